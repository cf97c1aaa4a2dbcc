import PeruseSyntax

/// A text written in English and Spanish side by side, where it is used: `.help` topics,
/// meta-command summaries, tutorial lessons; so a translator sees both at once. Shell messages
/// with `{}` holes live in the `ShellText` catalogue instead.
public struct Bilingual: Sendable, Equatable {
    public let en: String
    public let es: String

    public init(_ en: String, es: String) {
        self.en = en
        self.es = es
    }

    /// Text that reads the same in both languages, such as pure syntax (`show tables`).
    init(same text: String) { self.init(text, es: text) }

    /// The text in `language`.
    public func text(in language: Language) -> String {
        switch language {
        case .en: en
        case .es: es
        }
    }
}
