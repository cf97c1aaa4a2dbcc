import PeruseStorage

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Parsers for one field's bytes: no `String` is made for numbers, booleans or dates.
/// Leading and trailing spaces are allowed around them, as in DuckDB's casts from text.
enum FieldParsers {
    /// The bytes without leading and trailing spaces and tabs.
    @inline(__always)
    static func trimmed(_ field: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
        var lo = 0
        var hi = field.count
        while lo < hi, field[lo] == 0x20 || field[lo] == 0x09 { lo += 1 }
        while hi > lo, field[hi - 1] == 0x20 || field[hi - 1] == 0x09 { hi -= 1 }
        if lo == 0 && hi == field.count { return field }
        return UnsafeRawBufferPointer(rebasing: field[lo..<hi])
    }

    /// `[+-]digits` within BIGINT's range; nil otherwise (including past the range).
    @inline(__always)
    static func int64(_ raw: UnsafeRawBufferPointer) -> Int64? {
        let field = trimmed(raw)
        let n = field.count
        guard n > 0 else { return nil }
        var i = 0
        var negative = false
        let first = field[0]
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            i = 1
            guard n > 1 else { return nil }
        }
        if n - i <= 18 {
            // Eighteen digits cannot overflow.
            var value: Int64 = 0
            while i < n {
                let d = field[i] &- 0x30
                guard d < 10 else { return nil }
                value = value &* 10 &+ Int64(d)
                i += 1
            }
            return negative ? -value : value
        }
        // Accumulate negatively so Int64.min fits.
        var value: Int64 = 0
        while i < n {
            let d = field[i] &- 0x30
            guard d < 10 else { return nil }
            let (times10, o1) = value.multipliedReportingOverflow(by: 10)
            let (next, o2) = times10.subtractingReportingOverflow(Int64(d))
            guard !o1, !o2 else { return nil }
            value = next
            i += 1
        }
        if negative { return value }
        return value == .min ? nil : -value
    }

    private static let exactPowers: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
        1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    /// A decimal number (`12`, `-0.5`, `.5`, `1e-3`, `1.5E+10`) or `inf`, `-infinity`, `nan`
    /// in any case; nil for anything else. Correctly rounded: short numbers are converted
    /// exactly by hand, others by `strtod`.
    static func double(_ raw: UnsafeRawBufferPointer) -> Double? {
        let field = trimmed(raw)
        let n = field.count
        guard n > 0 else { return nil }
        var i = 0
        var negative = false
        if field[0] == UInt8(ascii: "-") || field[0] == UInt8(ascii: "+") {
            negative = field[0] == UInt8(ascii: "-")
            i = 1
        }
        var mantissa: UInt64 = 0
        var significant = 0  // digits accumulated in mantissa (leading zeros skipped)
        var dropped = 0  // integer digits that did not fit (they scale by 10 each)
        var fractionDigits = 0
        var sawDigit = false
        while i < n, field[i] &- 0x30 < 10 {
            let d = UInt64(field[i] &- 0x30)
            sawDigit = true
            if significant < 19 {
                if mantissa != 0 || d != 0 {
                    mantissa = mantissa &* 10 &+ d
                    significant += 1
                }
            } else {
                dropped += 1
            }
            i += 1
        }
        var truncated = dropped > 0
        if i < n, field[i] == UInt8(ascii: ".") {
            i += 1
            while i < n, field[i] &- 0x30 < 10 {
                let d = UInt64(field[i] &- 0x30)
                sawDigit = true
                if significant < 19 {
                    if mantissa != 0 || d != 0 {
                        mantissa = mantissa &* 10 &+ d
                        significant += 1
                    }
                    fractionDigits += 1
                } else if d != 0 {
                    truncated = true
                }
                i += 1
            }
        }
        guard sawDigit else { return special(field, from: i == 1 && n > 1 ? 1 : 0, negative: negative) }
        var exponent = 0
        if i < n, field[i] | 0x20 == UInt8(ascii: "e") {
            i += 1
            var expNegative = false
            if i < n, field[i] == UInt8(ascii: "-") || field[i] == UInt8(ascii: "+") {
                expNegative = field[i] == UInt8(ascii: "-")
                i += 1
            }
            let digitsStart = i
            while i < n, field[i] &- 0x30 < 10 {
                if exponent < 100_000 { exponent = exponent * 10 + Int(field[i] &- 0x30) }
                i += 1
            }
            guard i > digitsStart else { return nil }
            if expNegative { exponent = -exponent }
        }
        guard i == n else { return nil }
        let scale = exponent - fractionDigits + dropped
        if !truncated, mantissa <= (1 << 53), scale >= -22, scale <= 22 {
            // Both operands are exact, so one rounding: the correctly rounded result.
            var value = Double(mantissa)
            value = scale < 0 ? value / exactPowers[-scale] : value * exactPowers[scale]
            return negative ? -value : value
        }
        return viaStrtod(field)
    }

    /// `inf`, `infinity`, `nan` (any case) after an optional sign.
    private static func special(_ field: UnsafeRawBufferPointer, from start: Int, negative: Bool) -> Double? {
        var word: [UInt8] = []
        for i in start..<field.count { word.append(field[i] | 0x20) }
        switch String(decoding: word, as: UTF8.self) {
        case "inf", "infinity": return negative ? -.infinity : .infinity
        case "nan": return .nan
        default: return nil
        }
    }

    /// Converts text already checked to be a decimal number.
    private static func viaStrtod(_ field: UnsafeRawBufferPointer) -> Double? {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: field.count + 1) { buffer -> Double? in
            guard let base = buffer.baseAddress else { return nil }
            for i in 0..<field.count { base[i] = CChar(bitPattern: field[i]) }
            base[field.count] = 0
            var end: UnsafeMutablePointer<CChar>?
            let value = strtod(base, &end)
            guard let end, end == base + field.count else { return nil }
            return value
        }
    }

    /// `true` or `false` in any case.
    @inline(__always)
    static func boolean(_ raw: UnsafeRawBufferPointer) -> Bool? {
        let field = trimmed(raw)
        if field.count == 4, field[0] | 0x20 == 0x74, field[1] | 0x20 == 0x72, field[2] | 0x20 == 0x75,
            field[3] | 0x20 == 0x65
        {
            return true
        }
        if field.count == 5, field[0] | 0x20 == 0x66, field[1] | 0x20 == 0x61, field[2] | 0x20 == 0x6C,
            field[3] | 0x20 == 0x73, field[4] | 0x20 == 0x65
        {
            return false
        }
        return nil
    }

    /// An ISO date `yyyy-mm-dd` that exists; days since 1970-01-01.
    @inline(__always)
    static func date(_ raw: UnsafeRawBufferPointer) -> Int64? {
        let field = trimmed(raw)
        guard field.count == 10, field[4] == UInt8(ascii: "-"), field[7] == UInt8(ascii: "-") else { return nil }
        func digits(_ from: Int, _ count: Int) -> Int64? {
            var v: Int64 = 0
            for i in from..<(from + count) {
                let d = field[i] &- 0x30
                guard d < 10 else { return nil }
                v = v * 10 + Int64(d)
            }
            return v
        }
        guard let y = digits(0, 4), let m = digits(5, 2), let d = digits(8, 2), (1...12).contains(m), d >= 1 else {
            return nil
        }
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let lengths: [Int64] = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard d <= lengths[Int(m - 1)] else { return nil }
        return ValueFormatter.days(year: y, month: m, day: d)
    }
}
