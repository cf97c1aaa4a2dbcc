import PeruseSyntax

/// Spanish words a learner may type for the built-in tables' English names (`año` for `year`,
/// `delitos` for `crime`). Used only when no name is close in spelling: the answer is then
/// `did you mean "year"?`, with a note that names here are in English.
enum SpanishNames {
    /// Spanish word, lower case and without accents → the English name it stands for.
    static let english: [String: String] = [
        // Columns.
        "ano": "year", "anos": "year", "anio": "year",
        "tasa": "rate", "tasas": "rate", "indice": "rate",
        "estimado": "estimated", "estimada": "estimated", "estimacion": "estimated",
        "fuente": "source", "origen": "source",
        "denuncias": "reports", "reportes": "reports", "casos": "reports", "cantidad": "reports",
        "nombre": "name", "valor": "value", "unidad": "unit",
        "lugar": "place", "region": "place", "ciudad": "place", "departamento": "place", "provincia": "place",
        "nota": "note", "notas": "note", "mes": "month", "dia": "day",
        "evento": "event", "suceso": "event", "hecho": "event",
        "titulo": "title", "editorial": "publisher", "medio": "publisher", "autor": "author", "autora": "author",
        "fecha": "published", "publicado": "published", "archivo": "file",
        // Tables.
        "delitos": "crime", "delito": "crime", "crimen": "crime", "crimenes": "crime", "criminalidad": "crime",
        "delincuencia": "crime",
        "extorsion": "extortion", "extorsiones": "extortion",
        "indicadores": "indicators", "indicador": "indicators",
        "eventos": "events", "sucesos": "events", "hechos": "events",
        "fuentes": "sources", "articulos": "sources",
    ]

    /// The one of `names` that `word` translates, if any: `año` among `year, rate` is `year`.
    static func match(_ word: String, among names: [String]) -> String? {
        guard let meant = english[folded(word)] else { return nil }
        return names.first { $0.lowercased() == meant }
    }

    /// `no such column: año` with `did you mean "year"?` and the note that names here are in
    /// English; nil when `word` stands for none of `names`.
    static func diagnostic(_ id: String, _ message: String, word: Identifier, among names: [String]) -> Diagnostic? {
        guard let meant = match(word.name, among: names) else { return nil }
        var diagnostic = Diagnostic.error(id, message, at: word.range, help: "did you mean \"\(meant)\"?")
        diagnostic.notes = ["names here are in English: \(word.name) is \(meant)"]
        return diagnostic
    }

    /// Lower case, accents and ñ taken off: `Región` → `region`, `año` → `ano`.
    static func folded(_ word: String) -> String {
        String(
            word.lowercased().map { c -> Character in
                switch c {
                case "á", "à", "ä": "a"
                case "é", "è", "ë": "e"
                case "í", "ì", "ï": "i"
                case "ó", "ò", "ö": "o"
                case "ú", "ù", "ü": "u"
                case "ñ": "n"
                default: c
                }
            })
    }
}
