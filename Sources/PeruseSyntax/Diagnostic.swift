/// A problem found in a statement, as a value: every stage returns these,
/// and only the CLI and shell turn them into text (see `DiagnosticRenderer`).
public struct Diagnostic: Error, Hashable, Sendable {
    public enum Severity: String, Sendable {
        case error, warning, note
    }

    /// A stable identifier, e.g. `syntax.expected`, `bind.unknown-column`, `exec.overflow`.
    /// `MessageCatalog` holds the English and Spanish text of every id.
    public var id: String
    public var severity: Severity
    /// Terse, lowercase, in SQLite's manner: `no such column: rte`. Always English here;
    /// `MessageCatalog.localized(_:to:)` gives the text in another language.
    public var message: String
    /// Where the problem is, if it has a place in the source.
    public var range: SourceRange?
    /// A suggestion, e.g. `did you mean "rate"?`.
    public var help: String? {
        get { extras?.help }
        set { extras = Extras.make(help: newValue, fixes: fixes, notes: notes) }
    }
    /// The statement as written, rewritten the ways that would mend it (printed under `help`).
    public var fixes: [Fix] {
        get { extras?.fixes ?? [] }
        set { extras = Extras.make(help: help, fixes: newValue, notes: notes) }
    }
    /// More to know, each printed as a `note:` line (why the mistake gives what it gives).
    public var notes: [String] {
        get { extras?.notes ?? [] }
        set { extras = Extras.make(help: help, fixes: fixes, notes: newValue) }
    }
    /// Help, fixes and notes, held apart so a diagnostic stays small: it is thrown through deep
    /// recursion (binder, evaluator), and a bigger error value means bigger stack frames
    /// (measured: 8 more bytes here stopped a 500-term sum from binding in a debug build).
    private var extras: Extras?

    private final class Extras: Hashable, Sendable {
        let help: String?
        let fixes: [Fix]
        let notes: [String]

        init(help: String?, fixes: [Fix], notes: [String]) {
            self.help = help
            self.fixes = fixes
            self.notes = notes
        }

        static func make(help: String?, fixes: [Fix], notes: [String]) -> Extras? {
            help == nil && fixes.isEmpty && notes.isEmpty ? nil : Extras(help: help, fixes: fixes, notes: notes)
        }

        static func == (a: Extras, b: Extras) -> Bool {
            a.help == b.help && a.fixes == b.fixes && a.notes == b.notes
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(help)
            hasher.combine(fixes)
            hasher.combine(notes)
        }
    }

    public init(
        id: String, severity: Severity = .error, message: String,
        range: SourceRange? = nil, help: String? = nil, fixes: [Fix] = [], notes: [String] = []
    ) {
        self.id = id
        self.severity = severity
        self.message = message
        self.range = range
        self.extras = Extras.make(help: help, fixes: fixes, notes: notes)
    }

    public static func error(
        _ id: String, _ message: String, at range: SourceRange? = nil, help: String? = nil
    ) -> Diagnostic {
        Diagnostic(id: id, message: message, range: range, help: help)
    }
}

/// One way to mend a statement: replacements of parts of the learner's own text.
public struct Fix: Hashable, Sendable {
    public var edits: [TextEdit]

    public init(_ edits: [TextEdit]) {
        self.edits = edits
    }

    /// Replaces `range` with `replacement`.
    public static func replace(_ range: SourceRange, with replacement: String) -> Fix {
        Fix([TextEdit(range: range, replacement: replacement)])
    }

    /// The lines of `source` the edits touch, with the edits made; nil when an edit falls outside
    /// the text or two edits overlap.
    public func apply(to source: SourceText) -> String? {
        let sorted = edits.sorted { ($0.range.start, $0.range.end) < ($1.range.start, $1.range.end) }
        guard let first = sorted.first, let last = sorted.last, last.range.end <= source.bytes.count else {
            return nil
        }
        for (a, b) in zip(sorted, sorted.dropFirst()) where a.range.end > b.range.start { return nil }
        let lineStart = source.lineStart(containing: first.range.start)
        let lineEnd = source.lineEnd(containing: last.range.end)
        var out: [UInt8] = []
        var at = lineStart
        for edit in sorted {
            out += source.bytes[at..<edit.range.start]
            out += Array(edit.replacement.utf8)
            at = edit.range.end
        }
        out += source.bytes[at..<max(at, lineEnd)]
        return String(decoding: out, as: UTF8.self)
    }
}

/// Put `replacement` where `range` was (an empty range inserts).
public struct TextEdit: Hashable, Sendable {
    public var range: SourceRange
    public var replacement: String

    public init(range: SourceRange, replacement: String) {
        self.range = range
        self.replacement = replacement
    }

    public static func insert(_ text: String, at offset: Int) -> TextEdit {
        TextEdit(range: SourceRange(start: offset, end: offset), replacement: text)
    }
}
