/// The templates of `ResultText`, by kind. Within a kind the first template that matches a
/// line wins, so a more specific one (`… with 1 row`) comes before a general one.
extension ResultText {
    struct Entry: Sendable {
        let kind: ResultText
        let template: MessageTemplate

        init(_ kind: ResultText, _ english: String, _ spanish: String) {
            self.kind = kind
            self.template = MessageTemplate(english, spanish)
        }
    }

    static let entries: [Entry] =
        messageEntries + noteEntries + labelEntries + sourceReportEntries + explanationEntries + [
            // `TableMetadata.footer`; the credit and caveats in it are `phrases`.
            Entry(.provenance, "source: {}", "fuente: {}")
        ]

    /// What statements say (`Sources/PeruseEngine/StatementRunner*.swift`, `Engine+Files.swift`).
    static let messageEntries: [Entry] = [
        Entry(.message, "created table {} with {}", "tabla {} creada con {}"),
        Entry(.message, "created table {}", "tabla {} creada"),
        Entry(.message, "table {} already exists", "la tabla {} ya existe"),
        Entry(.message, "inserted 1 row", "se insertó 1 fila"),
        Entry(.message, "inserted {} rows", "se insertaron {} filas"),
        Entry(.message, "no table {} to drop", "no hay tabla {} que borrar"),
        Entry(.message, "dropped table {}", "tabla {} borrada"),
        Entry(
            .message, "created index (Peruse keeps no indexes: nothing changed)",
            "índice creado (Peruse no guarda índices: nada cambió)"),
        Entry(.message, "saved 1 row to {}", "se guardó 1 fila en {}"),
        Entry(.message, "saved {} rows to {}", "se guardaron {} filas en {}"),
        Entry(.message, "wrote bar chart of 1 row to {}", "se escribió un gráfico de barras de 1 fila en {}"),
        Entry(.message, "wrote line chart of 1 row to {}", "se escribió un gráfico de líneas de 1 fila en {}"),
        Entry(.message, "wrote hist chart of 1 row to {}", "se escribió un histograma de 1 fila en {}"),
        Entry(.message, "wrote bar chart of {} rows to {}", "se escribió un gráfico de barras de {} filas en {}"),
        Entry(.message, "wrote line chart of {} rows to {}", "se escribió un gráfico de líneas de {} filas en {}"),
        Entry(.message, "wrote hist chart of {} rows to {}", "se escribió un histograma de {} filas en {}"),
        // The three lines of a load report.
        Entry(.message, "loaded 1 row × 1 column into {} ({} s)", "se cargó 1 fila × 1 columna en {} ({} s)"),
        Entry(.message, "loaded 1 row × {} columns into {} ({} s)", "se cargó 1 fila × {} columnas en {} ({} s)"),
        Entry(.message, "loaded {} rows × 1 column into {} ({} s)", "se cargaron {} filas × 1 columna en {} ({} s)"),
        Entry(
            .message, "loaded {} rows × {} columns into {} ({} s)", "se cargaron {} filas × {} columnas en {} ({} s)"),
        Entry(.message, "columns: {}", "columnas: {}"),
        Entry(
            .message, "read as CSV, delimiter {}, quote {}, header",
            "leído como CSV, delimitador {}, comillas {}, con encabezado"),
        Entry(
            .message, "read as CSV, delimiter {}, quote {}, no header",
            "leído como CSV, delimitador {}, comillas {}, sin encabezado"),
        Entry(.message, "read as CSV, delimiter {}, header", "leído como CSV, delimitador {}, con encabezado"),
        Entry(.message, "read as CSV, delimiter {}, no header", "leído como CSV, delimitador {}, sin encabezado"),
        Entry(.message, "read as JSON array", "leído como arreglo JSON"),
        Entry(.message, "read as NDJSON", "leído como NDJSON"),
    ]

    /// Notes under results (`Sources/PeruseEngine/Insight`).
    static let noteEntries: [Entry] = [
        Entry(
            .note, "where: dropped 1 row where {} is NULL ({} is neither true nor false for them)",
            "where: se descartó 1 fila en la que {} es NULL ({} no es ni verdadero ni falso para ella)"),
        Entry(
            .note, "where: dropped {} rows where {} is NULL ({} is neither true nor false for them)",
            "where: se descartaron {} filas en las que {} es NULL ({} no es ni verdadero ni falso para ellas)"),
        Entry(
            .note, "where: dropped 1 row where {} is NULL, neither true nor false",
            "where: se descartó 1 fila en la que {} es NULL, ni verdadero ni falso"),
        Entry(
            .note, "where: dropped {} rows where {} is NULL, neither true nor false",
            "where: se descartaron {} filas en las que {} es NULL, ni verdadero ni falso"),
        Entry(
            .note, "having: dropped 1 row where {} is NULL ({} is neither true nor false for them)",
            "having: se descartó 1 grupo en el que {} es NULL ({} no es ni verdadero ni falso para él)"),
        Entry(
            .note, "having: dropped {} rows where {} is NULL ({} is neither true nor false for them)",
            "having: se descartaron {} grupos en los que {} es NULL ({} no es ni verdadero ni falso para ellos)"),
        Entry(
            .note, "having: dropped 1 row where {} is NULL, neither true nor false",
            "having: se descartó 1 grupo en el que {} es NULL, ni verdadero ni falso"),
        Entry(
            .note, "having: dropped {} rows where {} is NULL, neither true nor false",
            "having: se descartaron {} grupos en los que {} es NULL, ni verdadero ni falso"),
        Entry(
            .note, "adding values in different units: {} and {}", "se suman valores en unidades distintas: {} y {}"),
        Entry(
            .note, "subtracting values in different units: {} and {}",
            "se restan valores en unidades distintas: {} y {}"),
        Entry(
            .note, "comparing values in different units: {} and {}",
            "se comparan valores en unidades distintas: {} y {}"),
        Entry(
            .note, "{} is NULL for {}: a missing year is not skipped over",
            "{} es NULL para {}: un año que falta no se salta"),
    ]

    /// Words the renderers print (`Sources/PeruseIO`).
    static let labelEntries: [Entry] = [
        Entry(.label, "1 row", "1 fila"),
        Entry(.label, "{} rows", "{} filas"),
        Entry(.label, "1 row × {} columns ({} shown)", "1 fila × {} columnas ({} visibles)"),
        Entry(.label, "{} rows × {} columns ({} shown)", "{} filas × {} columnas ({} visibles)"),
        Entry(.label, "… 1 more row …", "… 1 fila más …"),
        Entry(.label, "… {} more rows …", "… {} filas más …"),
        Entry(.label, "(no values to draw)", "(no hay valores que dibujar)"),
        Entry(.label, "n = 1 row", "n = 1 fila"),
        Entry(.label, "n = {} rows", "n = {} filas"),
        Entry(.label, "no row for {}", "no hay fila de {}"),
        Entry(.label, "* estimated", "* estimado"),
        Entry(.label, "no data", "sin datos"),
        Entry(.label, "{}: how the values spread", "{}: cómo se reparten los valores"),
        Entry(.label, "{} by {}", "{} por {}"),
    ]

    /// The labels of `.source TABLE` (`Sources/PeruseBuiltins/SourceReport.swift`).
    static let sourceReportEntries: [Entry] = [
        Entry(.sourceReport, "article:", "artículo:"),
        Entry(.sourceReport, "articles:", "artículos:"),
        Entry(.sourceReport, "about the table:", "sobre la tabla:"),
        Entry(.sourceReport, "taken from:", "tomado de:"),
        Entry(.sourceReport, "caveats:", "advertencias:"),
        Entry(.sourceReport, "units: {}", "unidades: {}"),
        Entry(.sourceReport, "{} in {}", "{} en {}"),
        Entry(.sourceReport, "untitled", "sin título"),
        Entry(.sourceReport, "publisher not given", "medio no indicado"),
        Entry(.sourceReport, "author not given", "autor no indicado"),
        Entry(.sourceReport, "date not given", "fecha no indicada"),
    ]

    /// Pieces that stand inside other texts: counts of rows, and the years a `yoy` note lists.
    /// Their holes take numbers only.
    static let fragments: [MessageTemplate] = [
        MessageTemplate("1 row", "1 fila"),
        MessageTemplate("{} rows", "{} filas"),
        MessageTemplate("{} (no row for {})", "{} (no hay fila de {})"),
    ]

    /// Whole sentences written by the project that appear as arguments: the built-in tables'
    /// credits and caveats (`Sources/PeruseBuiltins/BuiltinMetadata.swift`). Credits that are
    /// names of people and publishers stay as they are, and are listed so to say so.
    static let phrases: [String: String] = [
        "France 24 (INEI)": "France 24 (INEI)",
        "Karla Velezmoro": "Karla Velezmoro",
        "Time News, InSight Crime, Karla Velezmoro": "Time News, InSight Crime, Karla Velezmoro",
        "2023 is an estimate": "2023 es una estimación",
        "the rates may be cumulative since 2019, so do not add them up":
            "las tasas pueden ser acumuladas desde 2019, así que no las sumes",
        "no article gives 2022": "ningún artículo da 2022",
        "\"fivefold\" in the article is really 4.71": "el \"fivefold\" (quíntuple) del artículo es en realidad 4.71",
        "four news articles (see the source column)": "cuatro artículos de prensa (mira la columna source)",
        "each value's unit is in the unit column": "la unidad de cada valor está en la columna unit",
        "caveats are in the note column": "las advertencias están en la columna note",
        "dates are no more precise than the articles": "las fechas no son más precisas que los artículos",
        "the five seed articles": "los cinco artículos de partida",
        "NULL where an article does not print its publisher, author or date":
            "NULL donde un artículo no indica su medio, autor o fecha",
    ]
}
