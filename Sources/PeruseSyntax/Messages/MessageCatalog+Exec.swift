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
        Entry("io.write", "cannot write '{}': {}", "no se puede escribir '{}': {}"),
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
    ]
}
