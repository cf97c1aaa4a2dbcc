/// Text to BIGINT and DOUBLE as DuckDB reads it: `1_000` (an underscore between digits),
/// `0x1f` and `0b101`, and for BIGINT a fraction rounded half away from zero (`'2.5'` → 3,
/// unlike DOUBLE → BIGINT, which rounds half to even). nil when the text is not a number
/// or the value does not fit.
enum TextToNumber {
    static func bigint(_ text: String) -> Int64? {
        var s = Substring(text)
        if s.hasPrefix("0x") || s.hasPrefix("0X") { return radix(s.dropFirst(2), 16) }
        if s.hasPrefix("0b") || s.hasPrefix("0B") { return radix(s.dropFirst(2), 2) }
        if s.contains(where: { $0 == "e" || $0 == "E" }) {
            // With an exponent: through DOUBLE, then half away from zero.
            guard let d = double(text) else { return nil }
            let r = d.rounded(.toNearestOrAwayFromZero)
            guard r.isFinite, r >= -9.223372036854775808e18, r < 9.223372036854775808e18 else { return nil }
            return Int64(r)
        }
        let negative = s.first == "-"
        if s.first == "-" || s.first == "+" { s = s.dropFirst() }
        let point = s.firstIndex(of: ".")
        let whole = point.map { s[..<$0] } ?? s
        let fraction = point.map { s[s.index(after: $0)...] } ?? ""
        guard !(whole.isEmpty && fraction.isEmpty), let w = digits(whole.isEmpty ? "0" : whole),
            fraction.isEmpty || digits(fraction) != nil
        else { return nil }
        // Accumulate negatively so that -9223372036854775808 fits.
        var value: Int64 = 0
        for d in w {
            let (times10, o1) = value.multipliedReportingOverflow(by: 10)
            let (next, o2) = times10.subtractingReportingOverflow(Int64(d))
            guard !o1, !o2 else { return nil }
            value = next
        }
        if let first = fraction.first(where: { $0 != "_" }), let digit = first.wholeNumberValue, digit >= 5 {
            let (next, o) = value.subtractingReportingOverflow(1)
            guard !o else { return nil }
            value = next
        }
        if negative { return value }
        return value == .min ? nil : -value
    }

    static func double(_ text: String) -> Double? {
        switch text.lowercased() {
        case "inf", "infinity", "+inf", "+infinity": return .infinity
        case "-inf", "-infinity": return -.infinity
        case "nan", "+nan", "-nan": return .nan
        default: break
        }
        var plain = ""
        var previous: Character = " "
        for (i, c) in zip(text.indices, text) {
            if c == "_" {
                let next = text.index(after: i)
                guard previous.isASCII, previous.isNumber, next < text.endIndex, text[next].isASCII, text[next].isNumber
                else { return nil }
            } else {
                guard c.isASCII, c.isNumber || "+-.eE".contains(c) else { return nil }
                plain.append(c)
            }
            previous = c
        }
        return plain.isEmpty ? nil : Double(plain)
    }

    /// The decimal digits of `s`, with single underscores allowed between digits.
    private static func digits(_ s: Substring) -> [Int]? {
        var out: [Int] = []
        var previousWasDigit = false
        for (i, c) in zip(s.indices, s) {
            if c == "_" {
                let next = s.index(after: i)
                guard previousWasDigit, next < s.endIndex, s[next].isASCII, s[next].isNumber else { return nil }
                previousWasDigit = false
                continue
            }
            guard c.isASCII, let d = c.wholeNumberValue else { return nil }
            out.append(d)
            previousWasDigit = true
        }
        return out.isEmpty ? nil : out
    }

    private static func radix(_ s: Substring, _ base: Int64) -> Int64? {
        guard !s.isEmpty, s.first != "_", s.last != "_" else { return nil }
        var value: Int64 = 0
        for c in s where c != "_" {
            guard c.isASCII, let d = c.hexDigitValue, Int64(d) < base else { return nil }
            let (times, o1) = value.multipliedReportingOverflow(by: base)
            let (next, o2) = times.addingReportingOverflow(Int64(d))
            guard !o1, !o2 else { return nil }
            value = next
        }
        return value
    }
}
