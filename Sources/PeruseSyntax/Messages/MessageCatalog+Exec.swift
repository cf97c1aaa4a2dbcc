/// Texts of errors found while running a statement, and of file errors.
extension MessageCatalog {
    static let execEntries: [Entry] = [
        Entry("exec.overflow", "Overflow on abs({})", "desbordamiento en abs({})"),
        Entry("exec.overflow", "Overflow in {} of BIGINT ({})", "desbordamiento en {} de BIGINT ({})"),
        Entry(
            "exec.overflow",
            "BIGINT holds −9223372036854775808 to 9223372036854775807; cast to DOUBLE for larger values",
            "BIGINT va de −9223372036854775808 a 9223372036854775807; usa cast a DOUBLE para valores mayores"),
        Entry("exec.overflow", "Overflow in negation of BIGINT ({})", "desbordamiento al negar un BIGINT ({})"),
        Entry(
            "exec.substr", "Substring {} outside of supported range ({})",
            "el {} de substring está fuera del rango admitido ({})"),
        Entry(
            "exec.overflow", "Overflow in SUM of BIGINT: the total {} does not fit in BIGINT",
            "desbordamiento en SUM de BIGINT: el total {} no cabe en BIGINT"),
        Entry(
            "exec.overflow", "sum a DOUBLE instead: sum(cast(x as DOUBLE))",
            "suma un DOUBLE en su lugar: sum(cast(x as DOUBLE))"),
        Entry(
            "exec.overflow", "Overflow in SUM: the total does not fit in BIGINT",
            "desbordamiento en SUM: el total no cabe en BIGINT"),
        Entry(
            "exec.overflow", "Overflow in subtraction of BIGINT in yoy", "desbordamiento en la resta de BIGINT en yoy"),
        Entry("exec.division-by-zero", "Division by zero in expression ({})", "división por cero en la expresión ({})"),
        Entry(
            "exec.division-by-zero", "use nullif(divisor, 0) to get NULL instead",
            "usa nullif(divisor, 0) para obtener NULL en su lugar"),
        Entry("exec.cast", "Unimplemented type for cast ({} -> {})", "no hay conversión de tipo ({} -> {})"),
        Entry("exec.cast", "there is no conversion from {} to {}", "no existe conversión de {} a {}"),
        Entry(
            "exec.cast", "Could not convert DOUBLE {} to BIGINT: out of range",
            "no se pudo convertir el DOUBLE {} a BIGINT: fuera de rango"),
        Entry("exec.cast", "Could not convert string '{}' to {}", "no se pudo convertir el texto '{}' a {}"),
        Entry("exec.cast", "dates are written yyyy-mm-dd", "las fechas se escriben aaaa-mm-dd"),
        Entry(
            "exec.subquery-rows", "more than one row returned by a subquery used as an expression",
            "una subconsulta usada como valor devolvió más de una fila"),
        Entry(
            "exec.subquery-rows", "add LIMIT 1, or an aggregate such as max(…)",
            "añade LIMIT 1, o un agregado como max(…)"),
        Entry(
            "exec.too-deep", "expression nested too deeply to evaluate ({} levels)",
            "expresión anidada demasiado para evaluarla ({} niveles)"),
        Entry(
            "exec.too-deep", "this thread's stack allows no deeper nesting",
            "la pila de este hilo no permite anidar más"),
        Entry(
            "bind.too-deep", "this thread's stack allows no deeper nesting",
            "la pila de este hilo no permite anidar más"),
        Entry("exec.regex", "invalid regular expression: {}", "expresión regular no válida: {}"),
        Entry(
            "exec.like-escape", "Invalid escape string. Escape string must be empty or one character.",
            "cadena de escape no válida: debe estar vacía o tener un solo carácter"),
        Entry(
            "exec.like-escape", "the escape is one ASCII character, such as '!' or '\\'",
            "el escape es un solo carácter ASCII, como '!' o '\\'"),
        Entry(
            "exec.like-escape", "Like pattern must not end with escape character!",
            "un patrón de LIKE no puede terminar con el carácter de escape"),
        Entry(
            "exec.like-escape", "write the escape character twice to match it itself",
            "escribe el carácter de escape dos veces para que coincida consigo mismo"),
        Entry("exec.date-part", "unknown date part '{}'", "parte de fecha desconocida '{}'"),
        Entry("exec.pad", "pad length {} is too large", "la longitud de relleno {} es demasiado grande"),
        Entry("exec.interrupted", "Interrupted", "interrumpido"),
        Entry(
            "exec.out-of-memory", "out of memory: the {} would need at least {}, over the {} limit",
            "sin memoria: {} necesitaría al menos {}, más que el límite de {}"),
        Entry(
            "exec.out-of-memory",
            "narrow the query (a where clause, fewer groups, a limit), or raise the limit with .limit memory or --memory-limit",
            "acota la consulta (un where, menos grupos, un limit), o sube el límite con .limit memory o --memory-limit"),
        Entry("exec.not-null", "NOT NULL constraint failed: {}", "falla la restricción NOT NULL: {}"),
        Entry(
            "exec.unique", "duplicate key {}: UNIQUE constraint failed: {}",
            "clave repetida {}: falla la restricción UNIQUE: {}"),
        Entry("io.write", "writing files is turned off here", "aquí no se permite escribir archivos"),
        Entry("io.write", "the file name is empty", "el nombre del archivo está vacío"),
        Entry("io.file", "{}: cannot open file: {}", "{}: no se puede abrir el archivo: {}"),
        Entry("io.file", "{}: cannot read file: {}", "{}: no se puede leer el archivo: {}"),
        Entry("io.file", "{}: cannot read file again: {}", "{}: no se puede volver a leer el archivo: {}"),
        Entry("io.file", "{}: cannot load a directory", "{}: no se puede cargar un directorio"),
        Entry("io.file", "name a file inside it", "nombra un archivo dentro de él"),
        Entry("io.file", "{}: cannot load Markdown", "{}: no se puede cargar Markdown"),
        Entry("io.file", "load a .csv, .tsv, .json or .ndjson file", "carga un archivo .csv, .tsv, .json o .ndjson"),
        Entry("io.file", "{}: cannot save over a directory", "{}: no se puede guardar sobre un directorio"),
        Entry("io.file", "{}: cannot write file: {}", "{}: no se puede escribir el archivo: {}"),
        Entry("io.file", "{}: interrupted; the file was not written", "{}: interrumpido; el archivo no se escribió"),
        Entry("io.file", "{}: the file is empty", "{}: el archivo está vacío"),
        Entry(
            "io.file", "{}: a zero byte: this looks like a binary file, not text",
            "{}: un byte cero: parece un archivo binario, no texto"),
        Entry(
            "io.file", "{}: no rows: the file holds only blank lines",
            "{}: no hay filas: el archivo solo tiene líneas en blanco"),
        // Problems inside a CSV file, and their help.
        Entry("io.file", "{}: unterminated quoted field", "{}: campo entre comillas sin cerrar"),
        Entry("io.file", "a field that starts with a quote must end with one", "un campo que empieza con comillas debe terminar con ellas"),
        Entry("io.file", "{}: unexpected text after a closing quote", "{}: texto inesperado después de unas comillas de cierre"),
        Entry("io.file", "inside a quoted field, write a quote twice: \"\"", "dentro de un campo entre comillas, escribe la comilla dos veces: \"\""),
        Entry("io.file", "{}: expected 1 field but found {}", "{}: se esperaba 1 campo pero hay {}"),
        Entry("io.file", "{}: expected {} fields but found {}", "{}: se esperaban {} campos pero hay {}"),
        Entry(
            "io.file", "every line needs the same number of fields (delimiter {})",
            "cada línea necesita el mismo número de campos (delimitador {})"),
        Entry("io.file", "{}: a record longer than {} MiB starts here", "{}: aquí empieza un registro de más de {} MiB"),
        Entry(
            "io.file", "is this a CSV file? a quote left open also makes one long record",
            "¿es un archivo CSV? unas comillas sin cerrar también forman un solo registro largo"),
        Entry("io.file", "{}: types names {}, which is not a column of the file", "{}: types nombra {}, que no es una columna del archivo"),
        Entry("io.file", "the columns are {}", "las columnas son {}"),
        Entry("io.file", "{}: cannot read '{}' as {} for column {}", "{}: no se puede leer '{}' como {} en la columna {}"),
        Entry(
            "io.file", "leave {} out of types = (…) to let Peruse choose its type",
            "quita {} de types = (…) para que Peruse elija su tipo"),
        Entry("io.file", "{}: invalid UTF-8", "{}: UTF-8 no válido"),
        Entry("io.file", "save the file as UTF-8", "guarda el archivo como UTF-8"),
        Entry("io.file", "{}: could not settle a column's type", "{}: no se pudo decidir el tipo de una columna"),
        Entry("io.file", "{}: interrupted", "{}: interrumpido"),
        // Problems inside a JSON file, and their help.
        Entry(
            "io.file", "{}: a zero byte: this looks like a binary file, not JSON",
            "{}: un byte cero: parece un archivo binario, no JSON"),
        Entry("io.file", "{}: expected '[' or '{' to start JSON", "{}: se esperaba '[' o '{' al comienzo del JSON"),
        Entry(
            "io.file", "a JSON file holds an array of objects, or one object per line",
            "un archivo JSON contiene un arreglo de objetos, o un objeto por línea"),
        Entry("io.file", "{}: no columns: the file holds no keys", "{}: no hay columnas: el archivo no tiene claves"),
        Entry("io.file", "{}: types names {}, which is not a key of the file", "{}: types nombra {}, que no es una clave del archivo"),
        Entry("io.file", "the keys are {}", "las claves son {}"),
        Entry("io.file", "{}: key {} appears twice in one object", "{}: la clave {} aparece dos veces en un objeto"),
        Entry("io.file", "{}: expected an object: each record must be { … }", "{}: se esperaba un objeto: cada registro debe ser { … }"),
        Entry("io.file", "{}: expected a value", "{}: se esperaba un valor"),
        Entry("io.file", "{}: expected ':' after a key", "{}: se esperaba ':' después de una clave"),
        Entry("io.file", "{}: expected ',' or '}' after a value", "{}: se esperaba ',' o '}' después de un valor"),
        Entry("io.file", "{}: expected ',' or ']' after an object", "{}: se esperaba ',' o ']' después de un objeto"),
        Entry("io.file", "{}: unexpected text after the closing ']'", "{}: texto inesperado después del ']' de cierre"),
        Entry("io.file", "{}: unterminated string", "{}: cadena sin cerrar"),
        Entry("io.file", "{}: unterminated object", "{}: objeto sin cerrar"),
        Entry("io.file", "{}: unterminated array", "{}: arreglo sin cerrar"),
        Entry("io.file", "{}: mismatched '{}'", "{}: '{}' no corresponde"),
        Entry("io.file", "{}: a control character inside a string", "{}: un carácter de control dentro de una cadena"),
        Entry("io.file", "write line breaks in strings as \\n", "escribe los saltos de línea en las cadenas como \\n"),
        Entry("io.file", "{}: invalid escape in a string", "{}: secuencia de escape no válida en una cadena"),
        Entry("io.file", "{}: expected four hex digits after \\u", "{}: se esperaban cuatro dígitos hexadecimales después de \\u"),
        Entry("io.file", "{}: unpaired surrogate in \\u escape", "{}: sustituto sin pareja en un escape \\u"),
        // A load past the memory limit.
        Entry(
            "io.file", "{}: loading it would hold more than the {} memory limit",
            "{}: cargarlo ocuparía más que el límite de memoria de {}"),
        Entry(
            "io.file", "raise the limit with .limit memory or --memory-limit (none: no limit)",
            "sube el límite con .limit memory o --memory-limit (none: sin límite)"),
        // Saving.
        Entry("io.file", "{}: no file extension to choose a format by", "{}: no tiene extensión para elegir un formato"),
        Entry("io.file", "{}: unknown file extension .{}", "{}: extensión de archivo desconocida .{}"),
        Entry("io.file", "end the name in .csv, .tsv, .json, .ndjson or .md", "termina el nombre en .csv, .tsv, .json, .ndjson o .md"),
    ]
}
