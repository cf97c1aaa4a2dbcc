/// Breaking text at spaces to fit a terminal: `.help`, the shell's messages (a tutorial's
/// lesson, a `.source` report), and the notes and source lines under a table, which would
/// otherwise wrap in the middle of a word.
public enum TextWrapping {
    /// `line` broken at spaces into lines no wider than `width` (a longer word stays whole);
    /// lines after the first start with `indent` spaces.
    public static func wrap(_ line: String, width: Int?, indent: Int = 0) -> [String] {
        guard let width, width >= 20, line.count > width else { return [line] }
        let margin = String(repeating: " ", count: min(indent, width / 2))
        let leading = line.prefix { $0 == " " }
        var words = line.dropFirst(leading.count).split(separator: " ", omittingEmptySubsequences: false)[...]
        var lines: [String] = []
        var current = String(leading) + (words.popFirst() ?? "")
        var startsLine = false
        for word in words {
            if startsLine {
                // Spaces at the start of a wrapped line would only push it right.
                if word.isEmpty { continue }
                current += word
                startsLine = false
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(Self.withoutTrailingSpaces(current))
                current = margin + word
                startsLine = word.isEmpty
            }
        }
        if !startsLine { lines.append(Self.withoutTrailingSpaces(current)) }
        return lines
    }

    private static func withoutTrailingSpaces(_ text: String) -> String {
        var text = text
        while text.last == " " { text.removeLast() }
        return text
    }

    /// Every line of `text` wrapped to `width` (nil: as it is), a wrapped line continuing under
    /// its own indentation.
    /// `indent` sets where continuation lines start instead (`note: ` and what follows it).
    public static func wrapLines(_ text: String, width: Int?, indent: Int? = nil) -> String {
        guard let width else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .flatMap { wrap(String($0), width: width, indent: indent ?? $0.prefix { $0 == " " }.count) }
            .joined(separator: "\n")
    }
}
