/// `upper` and `lower` as DuckDB does them: one code point at a time, each to one code point
/// (Unicode's simple case mapping), so `upper('straße')` is `STRAẞE`, not `STRASSE`, and a
/// ligature such as `ﬁ` stays as it is. Swift's `uppercased()` uses the full mapping instead.
enum CaseMapping {
    static func upper(_ s: String) -> String {
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return s.uppercased() }
        return map(s) { c in
            if let special = upperExceptions[c.value] { return special }
            return single(c.properties.uppercaseMapping) ?? c
        }
    }

    static func lower(_ s: String) -> String {
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return s.lowercased() }
        return map(s) { c in
            if c.value == 0x130 { return "i" }  // İ: the simple mapping drops the dot
            return single(c.properties.lowercaseMapping) ?? c
        }
    }

    private static func map(_ s: String, _ f: (Unicode.Scalar) -> Unicode.Scalar) -> String {
        var out = String.UnicodeScalarView()
        for c in s.unicodeScalars { out.append(f(c)) }
        return String(out)
    }

    /// The mapping when it is one code point (the simple mapping agrees with it then).
    private static func single(_ mapped: String) -> Unicode.Scalar? {
        var it = mapped.unicodeScalars.makeIterator()
        guard let first = it.next(), it.next() == nil else { return nil }
        return first
    }

    /// Code points whose full uppercase mapping is several code points but whose simple one
    /// is a single other code point: ß, and Greek letters with ypogegrammeni (ᾳ → ᾼ).
    private static let upperExceptions: [UInt32: Unicode.Scalar] = {
        var table: [UInt32: Unicode.Scalar] = [0xDF: "\u{1E9E}", 0x1FB3: "\u{1FBC}", 0x1FC3: "\u{1FCC}", 0x1FF3: "\u{1FFC}"]
        for base: UInt32 in [0x1F80, 0x1F90, 0x1FA0] {
            for k: UInt32 in 0..<8 {
                if let upper = Unicode.Scalar(base + k + 8) { table[base + k] = upper }
            }
        }
        return table
    }()
}
