/// The language diagnostics, help and lessons are written in. Keywords stay English in both.
public enum Language: String, CaseIterable, Sendable {
    case en, es

    /// The language the environment asks for, as POSIX orders it: `LC_ALL`, then `LC_MESSAGES`,
    /// then `LANG` (the first one set and not empty). `es`, `es_PE.UTF-8`… give Spanish;
    /// anything else, or nothing, English.
    public static func from(environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("es") ? .es : .en
        }
        return .en
    }

    /// `en` or `es` (any case); nil for anything else.
    public init?(argument: String) {
        self.init(rawValue: argument.lowercased())
    }
}
