import PeruseStorage

/// A Markdown handout whose results can be checked again (`peruse --verify FILE.md`); the shell's
/// `.record` writes the same format.
///
/// Each query is a fenced block opened by a line ```` ```sql ```` and closed by ```` ``` ````.
/// Its statements run in order, on one engine for the whole handout (a table made in one block is
/// there in the next). When the block's last statement gives rows, the expected result follows
/// the block, after any blank lines: a Markdown pipe table exactly as `--format markdown` prints
/// it (a header line, an alignment line, one line per row; NULL written `NULL`). Everything else
/// in the file — prose, headings, source footnotes under a table — is left alone.
///
/// ````markdown
/// ```sql
/// select year, rate from crime where year >= 2022;
/// ```
///
/// | year | rate |
/// |---:|---:|
/// | 2022 | 15.4 |
/// | 2023 | 18.0 |
///
/// Source: France 24 (INEI); 2023 is an estimate.
/// ````
public enum Handout {
    /// One ```` ```sql ```` block and the result written under it.
    public struct Query: Equatable, Sendable {
        /// The statements, as written.
        public var sql: String
        /// The 1-based line of the block's first statement line (after the opening fence).
        public var line: Int
        /// The table lines under the block; nil when none follows.
        public var expected: [String]?
        /// The 1-based line where `expected` starts (or where it should be).
        public var expectedLine: Int
    }

    /// The queries in `text`, in order; a block left open runs to the end of the text.
    public static func queries(in text: String) -> [Query] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
        }
        var out: [Query] = []
        var index = 0
        while index < lines.count {
            guard isSQLFence(lines[index]) else {
                index += 1
                continue
            }
            let first = index + 1
            var end = first
            while end < lines.count, lines[end].trimmingSpaces != "```" { end += 1 }
            let sql = lines[first..<min(end, lines.count)].joined(separator: "\n")
            var next = end + 1
            while next < lines.count, lines[next].trimmingSpaces.isEmpty { next += 1 }
            var table: [String] = []
            var after = next
            while after < lines.count, lines[after].hasPrefix("|") {
                table.append(lines[after])
                after += 1
            }
            out.append(
                Query(sql: sql, line: first + 1, expected: table.isEmpty ? nil : table, expectedLine: next + 1))
            index = table.isEmpty ? end + 1 : after
        }
        return out
    }

    /// The text `.record` writes for one query: the block, then the result as a pipe table (when
    /// there are rows), then the footnotes.
    public static func entry(sql: String, result: ResultTable?, footnotes: [String] = []) -> String {
        var out = "```sql\n" + sql.trimmingTrailingNewlines + "\n```\n"
        if let result { out += "\n" + expectedText(result) }
        if !footnotes.isEmpty { out += "\n" + footnotes.joined(separator: "\n") + "\n" }
        return out
    }

    /// A result as the lines a handout holds under its query.
    public static func expectedLines(_ result: ResultTable) -> [String] {
        expectedText(result).split(separator: "\n").map(String.init)
    }

    private static func expectedText(_ result: ResultTable) -> String {
        var text = Renderer.render(result, options: RenderOptions(format: .markdown))
        if !text.hasSuffix("\n") { text += "\n" }
        return text
    }

    private static func isSQLFence(_ line: String) -> Bool {
        let trimmed = line.trimmingSpaces.lowercased()
        return trimmed == "```sql" || trimmed.hasPrefix("```sql ")
    }
}

extension String {
    fileprivate var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }

    fileprivate var trimmingTrailingNewlines: String {
        var s = self
        while s.hasSuffix("\n") { s.removeLast() }
        return s
    }
}
