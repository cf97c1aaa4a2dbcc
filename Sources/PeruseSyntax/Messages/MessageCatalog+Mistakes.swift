/// Texts of the advice on beginners' mistakes (`Sources/PeruseEngine/Mistakes`): new help and
/// notes on existing errors, and the warnings on queries that run but cannot mean what they say.
extension MessageCatalog {
    static let mistakeEntries: [Entry] = [
        // A column neither grouped nor aggregated.
        Entry(
            "bind.not-grouped",
            "each result row stands for one group of {}; a group can hold many values of {}, and Peruse will not pick one for you",
            "cada fila del resultado representa un grupo de {}; un grupo puede tener muchos valores de {}, y Peruse no elige uno por ti"
        ),
        Entry(
            "bind.not-grouped",
            "with an aggregate and no group by, the result is one row for the whole table; {} has a value on every row, and Peruse will not pick one for you",
            "con un agregado y sin group by, el resultado es una sola fila para toda la tabla; {} tiene un valor en cada fila, y Peruse no elige uno por ti"
        ),
        // An aggregate in WHERE.
        Entry(
            "bind.aggregate-in-where",
            "where picks rows before they are grouped, and an aggregate exists only after grouping; having filters the groups",
            "where elige filas antes de agruparlas, y un agregado solo existe después de agrupar; having filtra los grupos"
        ),
        Entry(
            "bind.aggregate-in-where", "to compare each row with {} over the whole table, compute it in a subquery",
            "para comparar cada fila con {} de toda la tabla, calcúlalo en una subconsulta"),
        Entry(
            "bind.aggregate-in-where",
            "where looks at one row at a time, and {} needs every row; the subquery works it out first, then each row is compared with it",
            "where mira una fila a la vez, y {} necesita todas las filas; la subconsulta lo calcula primero y luego compara cada fila con él"
        ),
        // An aggregate (or its alias) in GROUP BY.
        Entry(
            "bind.aggregate-in-group", "{} is worked out for each group; group by what each result row should stand for",
            "{} se calcula para cada grupo; agrupa por lo que debe representar cada fila del resultado"),
        Entry(
            "bind.aggregate-in-group",
            "group by makes the groups first; an aggregate such as avg() is then computed in each of them",
            "group by forma primero los grupos; después se calcula en cada uno un agregado como avg()"),
        // Text in double quotes; a missing FROM.
        Entry(
            "bind.unknown-column", "text goes in single quotes: {}; double quotes name a column",
            "el texto va entre comillas simples: {}; las comillas dobles nombran una columna"),
        Entry(
            "bind.unknown-column", "{} is a column of {}: name the table with from",
            "{} es una columna de {}: nombra la tabla con from"),
        // `place = Lima`: text without quotes.
        Entry(
            "bind.unknown-column", "text goes in single quotes: '{}'; without them, {} is read as a column name",
            "el texto va entre comillas simples: '{}'; sin ellas, {} se lee como el nombre de una columna"),
        // `place = 'lima'` when the data says `Lima`.
        Entry(
            "mistake.letter-case", "no row matches {}, but {} has {} in another letter case",
            "ninguna fila cumple {}, pero {} tiene {} con otras mayúsculas y minúsculas"),
        Entry(
            "mistake.letter-case", "letter case counts in text: the data writes {}",
            "en el texto cuentan las mayúsculas: los datos escriben {}"),
        Entry(
            "mistake.letter-case", "letter case counts in text; ilike ignores it",
            "en el texto cuentan las mayúsculas; ilike no las tiene en cuenta"),
        // `sum(place)`: adding up text.
        Entry(
            "bind.aggregate-type", "{}() works on numbers and {} holds text; to count its values, use count({})",
            "{}() opera con números y {} guarda texto; para contar sus valores, usa count({})"),
        // A Spanish word for an English name (`año` for `year`).
        Entry(
            "bind.unknown-column", "names here are in English: {} is {}", "los nombres aquí están en inglés: {} es {}"),
        Entry(
            "bind.unknown-table", "names here are in English: {} is {}", "los nombres aquí están en inglés: {} es {}"),
        // Text compared with a number.
        Entry(
            "bind.type-mismatch", "{} holds text and {} is a number; write the number as text, in single quotes",
            "{} guarda texto y {} es un número; escribe el número como texto, entre comillas simples"),
        Entry(
            "bind.type-mismatch",
            "Peruse does not turn text into numbers by itself: cast({} as DOUBLE) does, when every value is a number",
            "Peruse no convierte texto en números por sí solo: cast({} as DOUBLE) lo hace, cuando todos los valores son números"
        ),
        // `place = 'Lima' or 'Cusco'`.
        Entry(
            "exec.cast", "to match any of the values, list them with in",
            "para aceptar cualquiera de los valores, enuméralos con in"),
        Entry(
            "exec.cast", "or joins two conditions; {} on its own is not a condition",
            "or une dos condiciones; {} por sí solo no es una condición"),
        // `year = 'Lima'`.
        Entry("exec.cast", "{} holds numbers, and {} is not one", "{} guarda números, y {} no es uno"),
        Entry("exec.cast", "{} is a value of {}, not of {}", "{} es un valor de {}, no de {}"),
        Entry(
            "exec.cast", "compare words with a column of text: {}", "compara las palabras con una columna de texto: {}"),
        // A decimal comma.
        Entry(
            "mistake.decimal-comma", "{},{} is read as two columns: {} and {}",
            "{},{} se lee como dos columnas: {} y {}"),
        Entry(
            "mistake.decimal-comma", "decimal numbers are written with a point: {}",
            "los números decimales se escriben con punto: {}"),
        Entry(
            "syntax.unexpected", "decimal numbers are written with a point: {} (a comma separates items)",
            "los números decimales se escriben con punto: {} (la coma separa elementos)"),
        Entry(
            "syntax.expected", "decimal numbers are written with a point: {} (a comma separates items)",
            "los números decimales se escriben con punto: {} (la coma separa elementos)"),
        // `= null`.
        Entry(
            "mistake.equals-null", "{} null is never true: no value equals NULL, not even NULL",
            "{} null nunca es verdadero: ningún valor es igual a NULL, ni siquiera NULL"),
        Entry(
            "mistake.equals-null", "to find missing values, write {}", "para encontrar valores que faltan, escribe {}"),
        Entry(
            "mistake.equals-null", "the comparison gives NULL (unknown) on every row, so no row passes it",
            "la comparación da NULL (desconocido) en cada fila, así que ninguna fila pasa"),
        // `not in (…, NULL)`.
        Entry(
            "mistake.not-in-null", "not in a list that holds NULL is never true",
            "not in con una lista que contiene NULL nunca es verdadero"),
        Entry("mistake.not-in-null", "leave NULL out of the list", "quita NULL de la lista"),
        Entry(
            "mistake.not-in-null",
            "x not in (a, NULL) means x <> a and x <> NULL; x <> NULL is unknown, so no row passes",
            "x not in (a, NULL) significa x <> a and x <> NULL; x <> NULL es desconocido, así que ninguna fila pasa"),
        Entry(
            "mistake.not-in-null", "not in a subquery that returns NULL is never true",
            "not in con una subconsulta que devuelve NULL nunca es verdadero"),
        Entry(
            "mistake.not-in-null", "leave the NULLs out of the subquery, or use not exists",
            "deja los NULL fuera de la subconsulta, o usa not exists"),
        Entry(
            "mistake.not-in-null",
            "{} not in (…) is unknown for every value not in the subquery, because one of its values is NULL",
            "{} not in (…) es desconocido para cada valor que no está en la subconsulta, porque uno de sus valores es NULL"),
        // `year = 2021 or 2022`.
        Entry(
            "mistake.or-constant", "or {} compares {} with nothing, so the condition is true for every row",
            "or {} no compara {} con nada, así que la condición es verdadera para todas las filas"),
        Entry(
            "mistake.or-constant", "to match any of the values, list them with in",
            "para aceptar cualquiera de los valores, enuméralos con in"),
        // `year = 2021 and year = 2022`.
        Entry(
            "mistake.both-values", "{} cannot be {} and {} at once, so no row passes",
            "{} no puede ser {} y {} a la vez, así que ninguna fila pasa"),
        Entry(
            "mistake.both-values", "to keep the rows with either value, use in",
            "para quedarte con las filas de cualquiera de los dos valores, usa in"),
        Entry(
            "mistake.both-values", "and keeps a row only when both conditions hold on that same row",
            "and conserva una fila solo cuando las dos condiciones se cumplen en esa misma fila"),
        // `year between 2022 and 2020`.
        Entry(
            "mistake.between-reversed", "between {} and {} holds no value: the smaller number goes first",
            "between {} and {} no incluye ningún valor: el número menor va primero"),
        Entry("mistake.between-reversed", "swap the two ends", "intercambia los dos extremos"),
        Entry(
            "mistake.between-reversed", "x between a and b means x >= a and x <= b",
            "x between a and b significa x >= a and x <= b"),
        // `select year rate`.
        Entry(
            "mistake.alias-is-column", "{} is read as a new name for {}, not as a second column",
            "{} se lee como un nombre nuevo para {}, no como una segunda columna"),
        Entry(
            "mistake.alias-is-column", "to see both columns, put a comma between them",
            "para ver las dos columnas, pon una coma entre ellas"),
        // `count(col)` against `count(*)`.
        Entry(
            "mistake.count-column", "count({}) leaves out the {} of {} rows where {} is NULL",
            "count({}) deja fuera {} de {} filas, las que tienen {} en NULL"),
        Entry(
            "mistake.count-column", "count(*) counts every row; count({}) counts the rows that have a {}",
            "count(*) cuenta todas las filas; count({}) cuenta las filas que tienen {}"),
    ]
}
