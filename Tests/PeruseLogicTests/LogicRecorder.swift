import Foundation

/// `PERUSE_RECORD=1`: rewrites each failing query's expected block with what the engine gave.
/// For writing new tests; never set in CI. Read the diff before committing it.
enum LogicRecorder {
    static var isOn: Bool { ProcessInfo.processInfo.environment["PERUSE_RECORD"] == "1" }

    /// The file's text with every rewrite applied.
    static func apply(_ rewrites: [LogicRunner.Rewrite], to text: String) -> String {
        var lines = LogicParser.splitLines(text)
        // Bottom-up, so earlier line numbers stay valid.
        for rewrite in rewrites.sorted(by: { $0.record.line > $1.record.line }) {
            if let range = rewrite.record.expectedLines {
                lines.replaceSubrange(range, with: rewrite.lines)
            } else {
                lines.insert(contentsOf: ["----"] + rewrite.lines, at: rewrite.record.lastSQLLine + 1)
            }
        }
        return lines.joined(separator: "\n")
    }
}
