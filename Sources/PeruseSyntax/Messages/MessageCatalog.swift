/// Every diagnostic's text in English and Spanish, keyed by the diagnostic's stable `id`.
///
/// A diagnostic is made with its English text (the words tests and scripts see by default).
/// Each id has one or more templates (`no such column: {}`), for its message, its help and its
/// notes; `localized(_:to:)` finds the template whose English matches, takes the arguments out of
/// its holes and fills the Spanish text with them (translating arguments that are known phrases,
/// such as `expression` in `expected expression after 'where'`). Text with no matching template
/// stays English; `Tests/PeruseSyntaxTests/MessageCatalogTests.swift` fails when an id used in
/// `Sources/` has no template, and the logic tests when one of their errors has no Spanish text.
public enum MessageCatalog {
    /// One text of a diagnostic id (a message, help or note form).
    struct Entry: Sendable {
        let id: String
        let template: MessageTemplate

        init(_ id: String, _ english: String, _ spanish: String) {
            self.id = id
            self.template = MessageTemplate(english, spanish)
        }
    }

    static let allEntries: [Entry] = syntaxEntries + bindEntries + execEntries + mistakeEntries

    /// Templates by id; the shared ones (`did you mean "x"?`) are under `*`.
    static let templatesByID: [String: [MessageTemplate]] = Dictionary(
        grouping: allEntries, by: \.id
    ).mapValues { $0.map(\.template) }

    /// Texts many ids use.
    static let shared: [MessageTemplate] = [
        MessageTemplate("did you mean \"{}\"?", "¿quisiste decir \"{}\"?"),
        MessageTemplate("did you mean {}?", "¿quisiste decir {}?"),
    ]

    static let phrases: [String: String] = syntaxPhrases.merging(
        [
            "addition": "la suma", "subtraction": "la resta", "multiplication": "la multiplicación",
            "division": "la división", "modulo": "el módulo", "a frame": "un marco",
            "aggregate arguments": "los argumentos de un agregado",
        ], uniquingKeysWith: { a, _ in a })

    /// The ids that have texts.
    public static var ids: Set<String> { Set(templatesByID.keys).subtracting(["*"]) }

    /// Whether `id` has at least one text, each with both languages and the same holes.
    public static func hasTexts(for id: String) -> Bool {
        guard let templates = templatesByID[id], !templates.isEmpty else { return false }
        return templates.allSatisfy(\.isWellFormed)
    }

    /// Texts whose English and Spanish have different holes, or no Spanish: `id: english`.
    public static var malformedTexts: [String] {
        allEntries.filter { !$0.template.isWellFormed }.map { "\($0.id): \($0.template.english)" }
    }

    /// Ids whose messages' holes hold the catalogue's own words (`expected expression after …`,
    /// `not allowed in a frame`, `Overflow in addition`) rather than the learner's names. Only
    /// these holes are translated as phrases, and only in the message: elsewhere, and in every
    /// help and note, a column called `name` or `query` must stay `name`, not become `un nombre`.
    static func holesArePhrases(id: String) -> Bool {
        id.hasPrefix("syntax.")
            || ["bind.aggregate-in-where", "bind.subquery", "bind.window", "bind.limit", "bind.not-boolean", "exec.overflow"]
                .contains(id)
    }

    /// `text` (a message, help or note of a diagnostic with this id) in `language`;
    /// nil when no template matches it.
    public static func translation(of text: String, id: String, to language: Language) -> String? {
        translation(of: text, id: id, to: language, phrasesInHoles: holesArePhrases(id: id))
    }

    static func translation(of text: String, id: String, to language: Language, phrasesInHoles: Bool) -> String? {
        if language == .en { return text }
        if let templates = templatesByID[id] {
            let phrasesHere = phrasesInHoles
            for template in templates {
                if let arguments = template.arguments(in: text) {
                    return template.text(in: language, arguments: arguments) {
                        phrasesHere ? phrases[$0] ?? $0 : $0
                    }
                }
            }
        }
        for template in shared {
            if let arguments = template.arguments(in: text) {
                return template.text(in: language, arguments: arguments) { $0 }
            }
        }
        return nil
    }

    /// The diagnostic with its message, help and notes in `language` (English where a text has
    /// no template). Fixes are the learner's own query and stay as they are.
    public static func localized(_ diagnostic: Diagnostic, to language: Language) -> Diagnostic {
        guard language != .en else { return diagnostic }
        var out = diagnostic
        let id = diagnostic.id
        out.message = translation(of: diagnostic.message, id: id, to: language) ?? diagnostic.message
        out.help = diagnostic.help.map { translation(of: $0, id: id, to: language, phrasesInHoles: false) ?? $0 }
        out.notes = diagnostic.notes.map { translation(of: $0, id: id, to: language, phrasesInHoles: false) ?? $0 }
        return out
    }

    /// The parts of `diagnostic` (message, help, notes) that have no text in `language`.
    public static func untranslated(_ diagnostic: Diagnostic, in language: Language) -> [String] {
        ([diagnostic.message] + (diagnostic.help.map { [$0] } ?? []) + diagnostic.notes)
            .filter { translation(of: $0, id: diagnostic.id, to: language) == nil }
    }

    /// `error`, `warning`, `note`, `help` in `language`.
    public static func label(_ severity: Diagnostic.Severity, in language: Language) -> String {
        switch (severity, language) {
        case (.error, _): "error"
        case (.warning, .en): "warning"
        case (.warning, .es): "aviso"
        case (.note, .en): "note"
        case (.note, .es): "nota"
        }
    }

    /// `help` or `ayuda`.
    public static func helpLabel(in language: Language) -> String { language == .es ? "ayuda" : "help" }
}
