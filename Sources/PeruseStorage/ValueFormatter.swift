/// Text forms of values, as DuckDB prints them: the one place that decides how a
/// double or a date looks, shared by every renderer and by casts to VARCHAR.
public enum ValueFormatter {
    /// `18.0`, `0.1`, `1e+20`, `1e-05`, `0.3333333333333333`, `inf`, `nan`:
    /// the shortest digits that round-trip, in fixed notation for decimal exponents
    /// −4…15 (with `.0` when integral) and in scientific notation otherwise.
    public static func double(_ d: Double) -> String {
        if d.isNaN { return d.sign == .minus ? "-nan" : "nan" }  // 0.0 / 0.0 is -nan on x86, as in DuckDB
        if d.isInfinite { return d < 0 ? "-inf" : "inf" }
        if d == 0 { return d.sign == .minus ? "-0.0" : "0.0" }
        // Swift's description gives the shortest round-trip digits; re-lay them out.
        let (negative, digits, exponent) = decompose(d)
        var out = negative ? "-" : ""
        if exponent >= -4 && exponent <= 15 {
            if exponent >= 0 {
                let intCount = exponent + 1
                if digits.count <= intCount {
                    out += digits + String(repeating: "0", count: intCount - digits.count) + ".0"
                } else {
                    out += String(digits.prefix(intCount)) + "." + String(digits.dropFirst(intCount))
                }
            } else {
                out += "0." + String(repeating: "0", count: -exponent - 1) + digits
            }
        } else {
            out += String(digits.prefix(1))
            if digits.count > 1 { out += "." + String(digits.dropFirst()) }
            let e = abs(exponent)
            out += (exponent < 0 ? "e-" : "e+") + (e < 10 ? "0" : "") + String(e)
        }
        return out
    }

    /// Splits a finite non-zero double into sign, significant digits (no leading or
    /// trailing zeros) and the decimal exponent of the first digit.
    static func decompose(_ d: Double) -> (Bool, String, Int) {
        let text = abs(d).description  // e.g. "12.1", "1e-05", "1.2345678901234568e+17"
        var mantissa = Substring(text)
        var exp = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exp = Int(text[text.index(after: e)...]) ?? 0
        }
        var intPart = Substring(mantissa)
        var fracPart: Substring = ""
        if let dot = mantissa.firstIndex(of: ".") {
            intPart = mantissa[..<dot]
            fracPart = mantissa[mantissa.index(after: dot)...]
        }
        var all = String(intPart) + String(fracPart)
        var pointPos = intPart.count + exp  // digits before the decimal point
        while all.hasPrefix("0") && all.count > 1 {
            all.removeFirst()
            pointPos -= 1
        }
        while all.hasSuffix("0") && all.count > 1 { all.removeLast() }
        return (d < 0, all, pointPos - 1)
    }

    /// `2023-11-24` from days since 1970-01-01 (proleptic Gregorian).
    public static func date(_ days: Int64) -> String {
        let (y, m, d) = civil(fromDays: days)
        let ys = y < 0 ? "-" + pad(-y, 4) : pad(y, 4)
        return "\(ys)-\(pad(m, 2))-\(pad(d, 2))"
    }

    private static func pad(_ v: Int64, _ width: Int) -> String {
        let s = String(v)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    /// Year, month, day from days since the epoch (the days-from-civil inverse).
    public static func civil(fromDays days: Int64) -> (Int64, Int64, Int64) {
        let z = days.clampedForDates + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        return (y, m, d)
    }

    /// Days since the epoch of a valid year, month and day.
    public static func days(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = year - (month <= 2 ? 1 : 0)
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// Parses `yyyy-mm-dd`; nil if it is not a real date.
    public static func parseDate(_ text: String) -> Int64? {
        let parts = text.trimmingSpaces.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count >= 1, parts[0].count <= 6,
            let y = Int64(parts[0]), let m = Int64(parts[1]), let d = Int64(parts[2]),
            (1...12).contains(m), d >= 1
        else { return nil }
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let lengths: [Int64] = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard d <= lengths[Int(m - 1)] else { return nil }
        return days(year: y, month: m, day: d)
    }

    /// The text of a value as DuckDB's CSV output and casts to VARCHAR show it; NULL is `nil`.
    public static func text(_ value: Value) -> String? {
        switch value {
        case .null: nil
        case .bigint(let v): String(v)
        case .double(let d): double(d)
        case .varchar(let s): s
        case .boolean(let b): b ? "true" : "false"
        case .date(let d): date(d)
        }
    }
}

extension Int64 {
    /// Keeps date arithmetic far from overflow: ±100 million years.
    fileprivate var clampedForDates: Int64 { Swift.min(Swift.max(self, -36_500_000_000), 36_500_000_000) }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    public var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(self[first...last])
    }
}
