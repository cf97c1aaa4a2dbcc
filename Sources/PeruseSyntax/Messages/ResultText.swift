/// Texts printed beside results rather than as diagnostics, in English and Spanish: what a
/// statement did (`created table t with 3 rows`), the notes under a result (`where: dropped 2
/// rows where rate is NULL …`), provenance lines (`source: France 24 (INEI); 2023 is an
/// estimate`) and the words the renderers add (`2 rows`, `… 5 more rows …`, chart captions).
///
/// The engine makes these texts in English, as values beside the rows; whoever prints them
/// passes them through `localized(_:_:to:)`. Each kind has its own `{}` templates (in
/// `ResultText+Entries.swift`), matched as `MessageCatalog` matches diagnostics: the English
/// template that matches gives the arguments, which fill the Spanish one. Arguments that are
/// known phrases (a caveat, `3 rows`, `2023 (no row for 2022)`) are translated too.
/// `Tests/PeruseEngineTests/ResultTextTests.swift` fails when a message or note the engine
/// can make has no Spanish template, and the logic tests when one of their results does.
public enum ResultText: String, CaseIterable, Sendable {
    /// What a statement other than a query did; a `load` report has one text per line.
    case message
    /// A note under a result.
    case note
    /// A provenance line: `source: CREDIT; CAVEAT; CAVEAT`.
    case provenance
    /// Words a renderer prints: row counts under tables, chart captions and titles.
    case label
    /// Labels of the `.source TABLE` report (the articles' own words stay as written).
    case sourceReport
    /// The lines of `explain`: its steps in plain words (`ResultText+Explanation.swift`).
    case explanation

    /// `text` in `language`: each line through this kind's templates; a line with no template
    /// stays English.
    public func localized(_ text: String, to language: Language) -> String {
        guard language != .en else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { line in translation(of: String(line), to: language) ?? String(line) }
            .joined(separator: "\n")
    }

    /// The lines of `text` that have no template of this kind (empty lines need none).
    public func untranslatedLines(of text: String, in language: Language = .es) -> [String] {
        text.split(separator: "\n").map(String.init).filter { translation(of: $0, to: language) == nil }
    }

    /// One line in `language`; nil when no template of this kind matches it.
    public func translation(of line: String, to language: Language) -> String? {
        if language == .en { return line }
        if self == .provenance { return Self.provenanceLine(line, to: language) }
        if self == .explanation { return Self.explanationLine(line, to: language) }
        for template in Self.templates[self] ?? [] {
            if let arguments = template.arguments(in: line) {
                return template.text(in: language, arguments: arguments) { Self.argument($0, to: language) }
            }
        }
        return nil
    }

    /// Templates by kind, from the entries.
    static let templates: [ResultText: [MessageTemplate]] = Dictionary(grouping: entries, by: \.kind)
        .mapValues { $0.map(\.template) }

    /// Templates whose two texts have different holes, or no Spanish: `kind: english`.
    public static var malformedTexts: [String] {
        entries.filter { !$0.template.isWellFormed }.map { "\($0.kind): \($0.template.english)" }
            + phrases.filter { $0.value.isEmpty }.map { "phrase: \($0.key)" }
    }

    /// Whether `phrase` (a built-in table's caveat or credit) has a Spanish text.
    public static func hasSpanish(phrase: String) -> Bool { phrases[phrase] != nil }

    /// A built-in table's caveat or credit in `language`; names (`France 24 (INEI)`) and
    /// phrases with no text stay as they are.
    public static func phrase(_ english: String, to language: Language) -> String {
        language == .es ? phrases[english] ?? english : english
    }

    /// An argument in `language`: a known phrase, a fragment (`3 rows`), or a list of
    /// fragments (`2023 (no row for 2022), 2025 (no row for 2024)`); anything else (names,
    /// numbers, the learner's SQL) stays as it is.
    static func argument(_ text: String, to language: Language) -> String {
        if let phrase = phrases[text] { return phrase }
        if let fragment = fragment(text, to: language) { return fragment }
        let items = text.split(separator: ", ", omittingEmptySubsequences: false).map(String.init)
        if items.count > 1 {
            let translated = items.map { fragment($0, to: language) }
            if translated.allSatisfy({ $0 != nil }) { return translated.compactMap { $0 }.joined(separator: ", ") }
        }
        return text
    }

    static func fragment(_ text: String, to language: Language) -> String? {
        for template in fragments {
            if let arguments = template.arguments(in: text), arguments.allSatisfy(\.isNumber) {
                return template.text(in: language, arguments: arguments) { $0 }
            }
        }
        return nil
    }

    /// `source: CREDIT; CAVEAT…` with the label and every part translated; nil when a part is
    /// not a known phrase.
    private static func provenanceLine(_ line: String, to language: Language) -> String? {
        for template in templates[.provenance] ?? [] {
            guard let arguments = template.arguments(in: line), let list = arguments.first else { continue }
            let parts = list.split(separator: "; ", omittingEmptySubsequences: false).map(String.init)
            guard parts.allSatisfy(hasSpanish(phrase:)) else { return nil }
            return template.text(in: language, arguments: arguments) { _ in
                parts.map { phrase($0, to: language) }.joined(separator: "; ")
            }
        }
        return nil
    }
}

extension String {
    /// Digits, with `,` between groups and an optional leading `-`: `1,234`.
    fileprivate var isNumber: Bool {
        let digits = hasPrefix("-") ? dropFirst() : Substring(self)
        return !digits.isEmpty && digits.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ",") }
    }
}
