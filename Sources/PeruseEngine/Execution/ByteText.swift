/// Searching text by its UTF-8 bytes, as DuckDB does. Swift's and Foundation's string
/// searches work on characters under canonical equivalence, so they would not find the `e`
/// of `e` + U+0301 and would find `é` written one way inside `é` written the other.
enum ByteText {
    /// Whether `needle` occurs in `haystack` (the empty string occurs everywhere).
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        let h = Array(haystack.utf8), n = Array(needle.utf8)
        return n.isEmpty || firstMatch(h, n, from: 0) != nil
    }

    /// `s` cut at each occurrence of `separator` (`[s]` for an empty separator).
    static func split(_ s: String, _ separator: String) -> [String] {
        let h = Array(s.utf8), n = Array(separator.utf8)
        guard !n.isEmpty else { return [s] }
        var parts: [String] = []
        var start = 0
        while let i = firstMatch(h, n, from: start) {
            parts.append(String(decoding: h[start..<i], as: UTF8.self))
            start = i + n.count
        }
        parts.append(String(decoding: h[start...], as: UTF8.self))
        return parts
    }

    /// `s` with every occurrence of `target` replaced by `replacement` (unchanged for an empty target).
    static func replace(_ s: String, _ target: String, _ replacement: String) -> String {
        let h = Array(s.utf8), n = Array(target.utf8)
        guard !n.isEmpty, firstMatch(h, n, from: 0) != nil else { return s }
        var out: [UInt8] = []
        out.reserveCapacity(h.count)
        var start = 0
        while let i = firstMatch(h, n, from: start) {
            out.append(contentsOf: h[start..<i])
            out.append(contentsOf: replacement.utf8)
            start = i + n.count
        }
        out.append(contentsOf: h[start...])
        return String(decoding: out, as: UTF8.self)
    }

    /// The first position at or after `start` where `needle` (not empty) begins in `haystack`.
    private static func firstMatch(_ haystack: [UInt8], _ needle: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, start >= 0, haystack.count - needle.count >= start else { return nil }
        var i = start
        while i <= haystack.count - needle.count {
            if haystack[i] == first && haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}
