import PeruseSyntax

/// The lines of the statement being typed, and where in its input it began (so errors in a
/// file run by `.read` name the file's line, not the statement's).
struct StatementBuffer {
    let sourceName: String
    private(set) var text = ""
    /// Input lines seen so far, and the 1-based line the buffered text starts on.
    private var linesSeen = 0
    private var startLine = 1

    init(sourceName: String) {
        self.sourceName = sourceName
    }

    var isEmpty: Bool { text.isEmpty }

    /// Counts one more input line; call before looking at each line.
    mutating func advanceLine() { linesSeen += 1 }

    mutating func append(_ line: String) {
        if text.isEmpty {
            text = line
            startLine = linesSeen
        } else {
            text += "\n" + line
        }
    }

    mutating func clear() { text = "" }

    /// The text as source, padded with line breaks so positions name the input's own lines.
    /// At the prompt (name `<stdin>`) each statement counts from line 1.
    var source: SourceText {
        let padding = sourceName == "<stdin>" ? "" : String(repeating: "\n", count: max(0, startLine - 1))
        return SourceText(name: sourceName, text: padding + text)
    }
}
