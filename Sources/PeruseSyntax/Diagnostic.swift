/// A problem found in a statement, as a value: every stage returns these,
/// and only the CLI and shell turn them into text (see `DiagnosticRenderer`).
public struct Diagnostic: Error, Hashable, Sendable {
    public enum Severity: String, Sendable {
        case error, warning, note
    }

    /// A stable identifier, e.g. `syntax.expected`, `bind.unknown-column`, `exec.overflow`.
    public var id: String
    public var severity: Severity
    /// Terse, lowercase, in SQLite's manner: `no such column: rte`.
    public var message: String
    /// Where the problem is, if it has a place in the source.
    public var range: SourceRange?
    /// A suggestion, e.g. `did you mean "rate"?`.
    public var help: String?

    public init(
        id: String, severity: Severity = .error, message: String,
        range: SourceRange? = nil, help: String? = nil
    ) {
        self.id = id
        self.severity = severity
        self.message = message
        self.range = range
        self.help = help
    }

    public static func error(
        _ id: String, _ message: String, at range: SourceRange? = nil, help: String? = nil
    ) -> Diagnostic {
        Diagnostic(id: id, message: message, range: range, help: help)
    }
}
