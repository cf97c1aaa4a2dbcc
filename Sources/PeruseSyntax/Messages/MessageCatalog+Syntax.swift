/// Texts of the lexer's and parser's diagnostics, and words the parser puts into them.
extension MessageCatalog {
    static let syntaxEntries: [Entry] = [
        Entry("syntax.expected", "expected {} after {}", "se esperaba {} después de {}"),
        Entry("syntax.expected", "did you mean '{}'?", "¿quisiste decir '{}'?"),
        Entry("syntax.expected", "write '{}' here", "escribe '{}' aquí"),
        Entry(
            "syntax.expected", "did you mean '{}'? the = comes second",
            "¿quisiste decir '{}'? el = va en segundo lugar"),
        Entry(
            "syntax.expected", "the values after in go in parentheses: in ({})",
            "los valores después de in van entre paréntesis: in ({})"),
        Entry(
            "syntax.expected", "each side of {} is a whole condition: write {} again",
            "cada lado de {} es una condición completa: escribe {} otra vez"),
        Entry("syntax.unexpected", "syntax error at {}", "error de sintaxis en {}"),
        Entry("syntax.unexpected", "did you mean '{}'?", "¿quisiste decir '{}'?"),
        Entry(
            "syntax.too-deep", "expression nested too deeply (more than {} levels)",
            "expresión anidada demasiado (más de {} niveles)"),
        Entry("syntax.bins", "'bins' is for histograms (chart hist)", "'bins' es para histogramas (chart hist)"),
        Entry("syntax.bad-number", "invalid number '{}'", "número no válido '{}'"),
        Entry("syntax.unterminated-comment", "unterminated block comment", "comentario de bloque sin cerrar"),
        Entry("syntax.unterminated-string", "unterminated string", "texto sin cerrar"),
        Entry(
            "syntax.unterminated-identifier", "unterminated quoted identifier",
            "nombre entre comillas dobles sin cerrar"),
        Entry("syntax.unexpected-character", "unexpected character '{}'", "carácter inesperado '{}'"),
        Entry("syntax.curly-quote", "curly quotes are not SQL quotes: {}", "las comillas tipográficas no son comillas de SQL: {}"),
        Entry(
            "syntax.curly-quote", "type straight quotes: text goes in single quotes, {}",
            "escribe comillas rectas: el texto va entre comillas simples, {}"),
        Entry(
            "syntax.curly-quote", "type a straight quote: text goes in single quotes, 'like this'",
            "escribe una comilla recta: el texto va entre comillas simples, 'así'"),
        Entry(
            "syntax.curly-quote", "word processors and slides turn ' into ‘ ’; copy queries from a plain-text file",
            "los procesadores de texto y las diapositivas cambian ' por ‘ ’; copia las consultas desde un archivo de texto plano"
        ),
    ]

    /// Words and phrases that appear as arguments (`expected expression after 'where'`).
    /// Quoted tokens such as `'('` need no translation and are not listed.
    static let syntaxPhrases: [String: String] = [
        "expression": "una expresión",
        "query": "una consulta",
        "end of input": "el final",
        "type name": "un nombre de tipo",
        "table name": "el nombre de la tabla",
        "column name": "el nombre de la columna",
        "column names": "los nombres de las columnas",
        "index name": "el nombre del índice",
        "option name": "el nombre de la opción",
        "integer": "un número entero",
        "name": "un nombre",
        "identifier": "un nombre",
        "a string": "un texto",
        "joined table": "la tabla unida",
        "frame start": "el inicio del marco",
        "frame offset": "el desplazamiento del marco",
        "lower bound of 'between'": "el límite inferior de 'between'",
        "expression in 'cast'": "la expresión en 'cast'",
        "replacement expression": "la expresión de reemplazo",
        "the value to chart": "el valor a graficar",
        "'by' expression": "la expresión de 'by'",
        "'then' result": "el resultado de 'then'",
        "'else' result": "el resultado de 'else'",
        "'when' condition": "la condición de 'when'",
        "case operand": "el operando de case",
        "a file name in quotes": "un nombre de archivo entre comillas",
        "a quoted file path such as 'data.csv'": "una ruta de archivo entre comillas, como 'data.csv'",
        "a string, true, false or (column type, …)": "un texto, true, false o (columna tipo, …)",
        "table name or '(' query ')'": "el nombre de una tabla o '(' consulta ')'",
        "'values' or query": "'values' o una consulta",
        "'on' or 'using'": "'on' o 'using'",
        "'preceding' or 'following'": "'preceding' o 'following'",
        "'first' or 'last'": "'first' o 'last'",
        "'bar', 'line' or 'hist'": "'bar', 'line' o 'hist'",
        "'(' or 'as'": "'(' o 'as'",
        "alias": "un alias",
        "function name": "el nombre de la función",
        "function arguments": "los argumentos de la función",
        "column definitions": "las definiciones de columnas",
        "column types": "los tipos de las columnas",
        "excluded columns": "las columnas excluidas",
        "indexed columns": "las columnas del índice",
        "joined tables": "las tablas unidas",
        "list of values": "la lista de valores",
        "load options": "las opciones de carga",
        "replacements": "los reemplazos",
        "row values": "los valores de la fila",
        "subquery": "la subconsulta",
        "type modifiers": "los modificadores del tipo",
        "window specification": "la especificación de la ventana",
        "select list": "la lista de select",
        "statement": "la sentencia",
        "WHERE": "WHERE",
    ]
}
