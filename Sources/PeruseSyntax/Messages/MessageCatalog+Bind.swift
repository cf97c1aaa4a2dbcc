/// Texts of the binder's diagnostics: names, types, clauses.
extension MessageCatalog {
    static let bindEntries: [Entry] = [
        Entry(
            "bind.not-grouped", "column \"{}\" must appear in the GROUP BY clause or be used in an aggregate function",
            "la columna \"{}\" debe estar en GROUP BY o dentro de una función de agregado"),
        Entry(
            "bind.not-grouped", "add {} to GROUP BY, or use an aggregate such as max({})",
            "añade {} a GROUP BY, o usa un agregado como max({})"),
        Entry(
            "bind.aggregate-in-where", "aggregate functions are not allowed in {}",
            "no se permiten funciones de agregado en {}"),
        Entry(
            "bind.aggregate-in-where", "to filter on an aggregate, use HAVING after GROUP BY",
            "para filtrar por un agregado, usa HAVING después de GROUP BY"),
        Entry("bind.unknown-column", "no such column: {}", "no existe la columna: {}"),
        Entry("bind.unknown-column", "no such column in *: {}", "no existe la columna en *: {}"),
        Entry("bind.unknown-column", "the columns are: {}", "las columnas son: {}"),
        Entry(
            "bind.unknown-column", "this query has no FROM clause, so there are no columns to name",
            "esta consulta no tiene FROM, así que no hay columnas que nombrar"),
        Entry("bind.unknown-table", "no such table: {}", "no existe la tabla: {}"),
        Entry("bind.unknown-table", "the tables are: {}", "las tablas son: {}"),
        Entry("bind.unknown-table", "the tables here are: {}", "las tablas aquí son: {}"),
        Entry("bind.unknown-table", "there are no tables yet", "aún no hay tablas"),
        Entry("bind.ambiguous-column", "ambiguous column: {}", "columna ambigua: {}"),
        Entry("bind.ambiguous-column", "say which table: {} or {}", "di de qué tabla: {} o {}"),
        Entry("bind.unknown-function", "no such function: {}", "no existe la función: {}"),
        Entry("bind.unknown-type", "no such type: {}", "no existe el tipo: {}"),
        Entry(
            "bind.unknown-type", "the types are BIGINT, DOUBLE, VARCHAR, BOOLEAN and DATE",
            "los tipos son BIGINT, DOUBLE, VARCHAR, BOOLEAN y DATE"),
        Entry("bind.unknown-option", "no such load option: {}", "no existe la opción de carga: {}"),
        Entry("bind.duplicate-option", "option {} is given twice", "la opción {} aparece dos veces"),
        Entry("bind.bad-option", "delimiter must be one character", "el delimitador debe ser un solo carácter"),
        Entry(
            "bind.bad-option", "for example delimiter = ';' or delimiter = '\\t' (a tab)",
            "por ejemplo delimiter = ';' o delimiter = '\\t' (un tabulador)"),
        Entry(
            "bind.bad-option", "quote must be one character, or '' for none",
            "quote debe ser un solo carácter, o '' para ninguno"),
        Entry("bind.bad-option", "header takes true or false", "header toma true o false"),
        Entry(
            "bind.bad-option", "types takes a list of columns and types", "types toma una lista de columnas y tipos"),
        Entry(
            "bind.bad-option", "for example types = (year bigint, code varchar)",
            "por ejemplo types = (year bigint, code varchar)"),
        Entry("bind.bad-option", "{} takes a quoted string", "{} toma un texto entre comillas simples"),
        Entry("bind.duplicate-column", "column {} is named twice", "la columna {} aparece dos veces"),
        Entry(
            "bind.duplicate-column", "give the columns different names with AS",
            "da a las columnas nombres distintos con AS"),
        Entry(
            "bind.insert-arity", "table {} has {} column but {} value was supplied",
            "la tabla {} tiene {} columna pero se dio {} valor"),
        Entry(
            "bind.insert-arity", "table {} has {} column but {} values were supplied",
            "la tabla {} tiene {} columna pero se dieron {} valores"),
        Entry(
            "bind.insert-arity", "table {} has {} columns but {} value was supplied",
            "la tabla {} tiene {} columnas pero se dio {} valor"),
        Entry(
            "bind.insert-arity", "table {} has {} columns but {} values were supplied",
            "la tabla {} tiene {} columnas pero se dieron {} valores"),
        Entry(
            "bind.insert-arity", "table {} has {} columns but the query gives {}",
            "la tabla {} tiene {} columnas pero la consulta da {}"),
        Entry("bind.table-exists", "table {} already exists", "la tabla {} ya existe"),
        Entry("bind.table-exists", "drop it first with: drop table {}", "bórrala antes con: drop table {}"),
        Entry("bind.arity", "{}() takes {} argument, got {}", "{}() toma {} argumento, recibió {}"),
        Entry("bind.arity", "{}() takes {} arguments, got {}", "{}() toma {} argumentos, recibió {}"),
        Entry("bind.arity", "{}() takes {} argument(s), got {}", "{}() toma {} argumento(s), recibió {}"),
        Entry("bind.arity", "{}() takes {}, got {}", "{}() toma {}, recibió {}"),
        Entry("bind.argument-type", "{}() needs a number, got {}", "{}() necesita un número, recibió {}"),
        Entry("bind.argument-type", "{}() needs a DATE, got {}", "{}() necesita una fecha (DATE), recibió {}"),
        Entry("bind.argument-type", "convert it with cast(x as DOUBLE)", "conviértelo con cast(x as DOUBLE)"),
        Entry(
            "bind.argument-type", "write a date as date '2023-11-24', or convert text with cast(x as DATE)",
            "escribe una fecha como date '2023-11-24', o convierte el texto con cast(x as DATE)"),
        Entry(
            "bind.type-mismatch", "{}() arguments have different types: {}",
            "los argumentos de {}() tienen tipos distintos: {}"),
        Entry("bind.type-mismatch", "cast them to one type", "conviértelos a un solo tipo con cast"),
        Entry(
            "bind.type-mismatch", "Cannot compare values of type {} and type {} in IN",
            "no se pueden comparar valores de tipo {} y de tipo {} en IN"),
        Entry(
            "bind.type-mismatch", "Cannot compare values of type {} and type {} in ANY",
            "no se pueden comparar valores de tipo {} y de tipo {} en ANY"),
        Entry(
            "bind.type-mismatch", "Cannot compare values of type {} and type {} in ALL",
            "no se pueden comparar valores de tipo {} y de tipo {} en ALL"),
        Entry(
            "bind.type-mismatch", "Cannot compare values of type {} and type {}",
            "no se pueden comparar valores de tipo {} y de tipo {}"),
        Entry(
            "bind.type-mismatch", "Cannot compare values in IN list with {}",
            "no se pueden comparar los valores de la lista de IN con {}"),
        Entry(
            "bind.type-mismatch", "an explicit cast is required, e.g. cast(x as {})",
            "hace falta un cast explícito, por ejemplo cast(x as {})"),
        Entry("bind.type-mismatch", "an explicit cast is required", "hace falta un cast explícito"),
        Entry(
            "bind.type-mismatch", "if() branches have different types: {} and {}",
            "las ramas de if() tienen tipos distintos: {} y {}"),
        Entry("bind.type-mismatch", "cannot join on {}: {} and {}", "no se puede unir por {}: {} y {}"),
        Entry("bind.type-mismatch", "join with ON and an explicit cast", "une con ON y un cast explícito"),
        Entry(
            "bind.type-mismatch", "{} cannot combine a {} column with a {} column",
            "{} no puede combinar una columna {} con una columna {}"),
        Entry("bind.type-mismatch", "cast one side to the other's type", "convierte un lado al tipo del otro con cast"),
        Entry(
            "bind.type-mismatch", "{}() default has type {}, not {}",
            "el valor por omisión de {}() es de tipo {}, no {}"),
        Entry(
            "bind.type-mismatch", "CASE branches have different types: {}",
            "las ramas de CASE tienen tipos distintos: {}"),
        Entry(
            "bind.type-mismatch", "cast the branches to one type, e.g. cast(x as VARCHAR)",
            "convierte las ramas a un solo tipo, por ejemplo cast(x as VARCHAR)"),
        Entry("bind.operator-type", "{} needs text, got {}", "{} necesita texto, recibió {}"),
        Entry(
            "bind.operator-type", "cast it to text first: cast(x as VARCHAR) {} …",
            "conviértelo a texto antes: cast(x as VARCHAR) {} …"),
        Entry("bind.operator-type", "cannot apply {} to {}", "no se puede aplicar {} a {}"),
        Entry(
            "bind.operator-type", "convert text to a number with cast(x as DOUBLE)",
            "convierte el texto en número con cast(x as DOUBLE)"),
        Entry("bind.date-part", "{}() does not know the date part '{}'", "{}() no conoce la parte de fecha '{}'"),
        Entry("bind.date-part", "the parts are: {}", "las partes son: {}"),
        Entry("bind.subquery", "subqueries are not allowed in {}", "no se permiten subconsultas en {}"),
        Entry(
            "bind.subquery-columns", "subquery returns {} columns; here it must return 1",
            "la subconsulta devuelve {} columnas; aquí debe devolver 1"),
        Entry(
            "bind.ordinal", "GROUP BY position {} is not in the select list (1 to {})",
            "la posición {} de GROUP BY no está en la lista de select (1 a {})"),
        Entry(
            "bind.ordinal", "ORDER BY position {} is not in the select list (1 to {})",
            "la posición {} de ORDER BY no está en la lista de select (1 a {})"),
        Entry(
            "bind.aggregate-in-group", "aggregate functions are not allowed in GROUP BY",
            "no se permiten funciones de agregado en GROUP BY"),
        Entry(
            "bind.distinct-order", "for SELECT DISTINCT, ORDER BY expressions must appear in the select list",
            "con SELECT DISTINCT, las expresiones de ORDER BY deben estar en la lista de select"),
        Entry("bind.star", "SELECT * needs a FROM clause", "SELECT * necesita un FROM"),
        Entry("bind.star", "only count accepts *", "solo count acepta *"),
        Entry("bind.star", "use count(*)", "usa count(*)"),
        Entry(
            "bind.star", "* is only allowed in a select list or count(*)",
            "* solo se permite en la lista de select o en count(*)"),
        Entry(
            "bind.limit", "{} must be a whole number of rows, 0 or more",
            "{} debe ser un número entero de filas, 0 o más"),
        Entry(
            "bind.limit", "LIMIT and OFFSET must be whole numbers of rows, 0 or more",
            "LIMIT y OFFSET deben ser números enteros de filas, 0 o más"),
        Entry(
            "bind.column-aliases", "{} column names given for {} columns",
            "se dieron {} nombres de columna para {} columnas"),
        Entry(
            "bind.set-columns", "{} needs the same number of columns on both sides ({} and {})",
            "{} necesita el mismo número de columnas a ambos lados ({} y {})"),
        Entry("bind.window", "window functions are not allowed in {}", "no se permiten funciones de ventana en {}"),
        Entry(
            "bind.window", "window functions belong in the select list or ORDER BY",
            "las funciones de ventana van en la lista de select o en ORDER BY"),
        Entry("bind.window", "{}() needs a constant offset", "{}() necesita un desplazamiento constante"),
        Entry("bind.window", "{} is not a window function", "{} no es una función de ventana"),
        Entry("bind.window", "window functions: {}", "funciones de ventana: {}"),
        Entry(
            "bind.distinct", "DISTINCT is not supported in window functions",
            "DISTINCT no se admite en funciones de ventana"),
        Entry(
            "bind.distinct", "DISTINCT is only allowed in aggregate functions",
            "DISTINCT solo se permite en funciones de agregado"),
        Entry("bind.aggregate-type", "{}() cannot take a {} argument", "{}() no acepta un argumento {}"),
        Entry(
            "bind.window-frame", "RANGE frames with an offset are not supported",
            "no se admiten marcos RANGE con desplazamiento"),
        Entry(
            "bind.window-frame", "use ROWS BETWEEN n PRECEDING AND m FOLLOWING",
            "usa ROWS BETWEEN n PRECEDING AND m FOLLOWING"),
        Entry(
            "bind.window-frame", "a frame offset must be a whole number, 0 or more",
            "el desplazamiento de un marco debe ser un número entero, 0 o más"),
        Entry(
            "bind.not-boolean", "{} must be a BOOLEAN expression, not {}", "{} debe ser una expresión BOOLEAN, no {}"),
        Entry(
            "bind.not-boolean", "compare it with something, e.g. {} x = 'value'",
            "compáralo con algo, por ejemplo {} x = 'valor'"),
        Entry("bind.aggregate-argument", "{}() needs a constant separator", "{}() necesita un separador constante"),
        Entry(
            "bind.aggregate-argument", "{}() needs a constant fraction between 0 and 1",
            "{}() necesita una fracción constante entre 0 y 1"),
        Entry("bind.too-deep", "expression nested too deeply ({} levels)", "expresión anidada demasiado ({} niveles)"),
        Entry("bind.too-deep", "expression nested too deeply", "expresión anidada demasiado"),
        Entry(
            "bind.nested-aggregate", "aggregate function calls cannot be nested",
            "no se pueden anidar funciones de agregado"),
        Entry("bind.internal", "not a reference", "no es una referencia"),
        Entry("bind.bad-number", "invalid number: {}", "número no válido: {}"),
        Entry(
            "bind.chart-value", "a chart needs numbers to draw, but {} is {}",
            "un gráfico necesita números para dibujar, pero {} es {}"),
        Entry(
            "bind.chart-value", "chart a count instead: chart bar count(*) by {} from … group by {}",
            "grafica un conteo en su lugar: chart bar count(*) by {} from … group by {}"),
        Entry("bind.bins", "bins must be a whole number from 1 to 200", "bins debe ser un número entero de 1 a 200"),
        Entry(
            "bind.yoy", "yoy takes a value and, optionally, a year: yoy(reports, year)",
            "yoy toma un valor y, si quieres, un año: yoy(reports, year)"),
        Entry(
            "bind.yoy", "yoy(…) must be a whole item of the select list",
            "yoy(…) debe ser un elemento entero de la lista de select"),
        Entry(
            "bind.yoy", "select year, yoy(reports, year) as change from extortion",
            "select year, yoy(reports, year) as change from extortion"),
        Entry("bind.yoy", "yoy needs whole-number years, not {}", "yoy necesita años enteros, no {}"),
        Entry(
            "bind.yoy", "give the year as the second argument: yoy(value, year)",
            "da el año como segundo argumento: yoy(value, year)"),
        Entry("bind.yoy", "yoy needs numbers, not {}", "yoy necesita números, no {}"),
        Entry(
            "bind.yoy", "yoy needs one row per year, but {} has more than one",
            "yoy necesita una fila por año, pero {} tiene más de una"),
        Entry(
            "bind.yoy", "group by year first: select year, yoy(sum(x), year) … group by year",
            "agrupa por año primero: select year, yoy(sum(x), year) … group by year"),
    ]
}
