/// A half-open range of UTF-8 byte offsets into a `SourceText`.
///
/// Ranges never take part in the equality of the nodes that carry them,
/// so syntax trees compare structurally in tests.
public struct SourceRange: Hashable, Sendable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    /// The smallest range covering both.
    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(start: min(start, other.start), end: max(end, other.end))
    }

    public static let empty = SourceRange(start: 0, end: 0)
}

/// A line and column, both counted from 1. Columns count characters, not bytes.
public struct SourceLocation: Hashable, Sendable {
    public var line: Int
    public var column: Int
}

/// The text of a script, command string or typed line, with the name used in diagnostics.
public struct SourceText: Sendable {
    /// The name shown in diagnostics: a file path, `<command>` or `<stdin>`.
    public let name: String
    /// The text as given. Invalid UTF-8 has already been replaced by U+FFFD.
    public let text: String
    /// The UTF-8 bytes of `text`, which the lexer scans.
    public let bytes: [UInt8]
    /// Byte offset where each line starts.
    private let lineStarts: [Int]

    public init(name: String, text: String) {
        self.name = name
        self.text = text
        let bytes = Array(text.utf8)
        self.bytes = bytes
        var starts = [0]
        for (i, b) in bytes.enumerated() where b == UInt8(ascii: "\n") {
            starts.append(i + 1)
        }
        self.lineStarts = starts
    }

    /// Decodes bytes that may not be valid UTF-8, replacing bad sequences.
    public init(name: String, bytes: [UInt8]) {
        self.init(name: name, text: String(decoding: bytes, as: UTF8.self))
    }

    /// The text covered by `range`.
    public func slice(_ range: SourceRange) -> String {
        let lo = max(0, min(range.start, bytes.count))
        let hi = max(lo, min(range.end, bytes.count))
        return String(decoding: bytes[lo..<hi], as: UTF8.self)
    }

    /// The 1-based line index containing byte `offset`.
    func lineIndex(of offset: Int) -> Int {
        var lo = 0
        var hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// Line and column of a byte offset.
    public func location(of offset: Int) -> SourceLocation {
        let clamped = max(0, min(offset, bytes.count))
        let line = lineIndex(of: clamped)
        let start = lineStarts[line]
        let column = String(decoding: bytes[start..<clamped], as: UTF8.self).count + 1
        return SourceLocation(line: line + 1, column: column)
    }

    /// The text of 1-based line `line`, without its line break.
    public func lineText(_ line: Int) -> String {
        guard line >= 1, line <= lineStarts.count else { return "" }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
    }

    /// The byte offset where the line holding `offset` starts.
    public func lineStart(containing offset: Int) -> Int {
        lineStarts[lineIndex(of: max(0, min(offset, bytes.count)))]
    }

    /// The byte offset where the line holding `offset` ends (before its line break or `\r\n`).
    public func lineEnd(containing offset: Int) -> Int {
        let line = lineIndex(of: max(0, min(offset, bytes.count)))
        var end = line + 1 < lineStarts.count ? lineStarts[line + 1] - 1 : bytes.count
        if end > lineStarts[line], bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return end
    }
}
