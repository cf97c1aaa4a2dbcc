import Foundation
import PeruseStorage
import PeruseSyntax

/// Date, text and conditional functions, evaluated a row at a time (they are not on the
/// paths the benchmarks measure; `mapDictionary` covers the string functions that are).
extension Evaluator {
    func evaluateRowwise(_ f: ScalarFunction, _ args: [BoundExpr], _ e: BoundExpr, _ batch: Batch)
        throws(Diagnostic) -> Vector
    {
        let n = batch.count
        if f == .if { return try evaluateIf(args, e, batch) }
        if Self.perEntryFunctions.contains(f),
            let perEntry = try perDictionaryEntry(args, e, batch, { v throws(Diagnostic) in try apply(f, v, range: e.range) })
        {
            return perEntry
        }
        var vectors: [Vector] = []
        for a in args { vectors.append(try evaluate(a, batch)) }
        var out = DenseBuilder(type: e.type, count: n)
        for i in 0..<n {
            let values = vectors.map { $0.value(at: i) }
            if f != .concat && values.contains(where: \.isNull) { continue }
            out.set(i, try apply(f, values, range: e.range))
        }
        return out.build()
    }

    /// `if(c, a, b)`: each branch evaluated only on its rows.
    /// Functions of a string whose errors never depend on it, and that are NULL on a NULL
    /// string: with constant other arguments, computed once per dictionary entry.
    private static let perEntryFunctions: Set<ScalarFunction> = [
        .regexpMatches, .regexpReplace, .splitPart, .startsWith, .contains, .left, .right,
    ]

    private func evaluateIf(_ args: [BoundExpr], _ e: BoundExpr, _ batch: Batch) throws(Diagnostic) -> Vector {
        let when = BoundWhen(condition: args[0], result: args[1])
        return try evaluate(BoundExpr(.caseWhen([when], otherwise: args[2]), type: e.type, range: e.range), batch)
    }

    private func apply(_ f: ScalarFunction, _ v: [Value], range: SourceRange) throws(Diagnostic) -> Value {
        switch f {
        case .year, .month, .day:
            guard case .date(let d) = v[0] else { return .null }
            let (y, m, day) = ValueFormatter.civil(fromDays: d)
            return .bigint(f == .year ? y : f == .month ? m : day)
        case .dateDiff:
            guard case .varchar(let part) = v[0], case .date(let a) = v[1], case .date(let b) = v[2] else {
                return .null
            }
            return .bigint(try Self.dateDiff(part, a, b, range: range))
        case .dateTrunc:
            guard case .varchar(let part) = v[0], case .date(let d) = v[1] else { return .null }
            return .date(try Self.dateTrunc(part, d, range: range))
        case .strftime:
            guard case .date(let d) = v[0], case .varchar(let format) = v[1] else { return .null }
            return .varchar(Self.strftime(d, format))
        case .currentDate:
            let days = Int64((Date().timeIntervalSince1970 / 86_400).rounded(.down))
            return .date(days)
        case .regexpMatches:
            let pattern = try regex(text(v[1]), range)
            let match = (try? pattern.firstMatch(in: text(v[0]))) ?? nil
            return .boolean(match != nil)
        case .regexpReplace:
            let global = v.count > 3 && text(v[3]).contains("g")
            let pattern = try regex(text(v[1]), range)
            let subject = text(v[0])
            let replacement = text(v[2])
            if global { return .varchar(subject.replacing(pattern, with: replacement)) }
            return .varchar(subject.replacing(pattern, with: replacement, maxReplacements: 1))
        case .splitPart:
            guard case .bigint(let k) = v[2] else { return .null }
            let s = text(v[0])
            let sep = text(v[1])
            // An empty separator splits into code points, as in DuckDB.
            let parts = sep.isEmpty ? s.unicodeScalars.map { String($0) } : ByteText.split(s, sep)
            let index = k > 0 ? Int(k) - 1 : (k < 0 ? parts.count + Int(max(k, -Int64(Int32.max))) : -1)
            return .varchar(index >= 0 && index < parts.count ? parts[index] : "")
        case .startsWith: return .boolean(text(v[0]).utf8.starts(with: text(v[1]).utf8))
        case .contains: return .boolean(ByteText.contains(text(v[0]), text(v[1])))
        case .left, .right:
            guard case .bigint(let k) = v[1] else { return .null }
            let scalars = Array(text(v[0]).unicodeScalars)
            let count =
                k >= 0
                ? min(Int(min(k, Int64(Int32.max))), scalars.count)
                : max(0, scalars.count - Int(min(-k, Int64(Int32.max))))
            let slice = f == .left ? scalars.prefix(count) : scalars.suffix(count)
            return .varchar(String(String.UnicodeScalarView(slice)))
        case .lpad, .rpad:
            guard case .bigint(let k) = v[1] else { return .null }
            return .varchar(try Self.pad(text(v[0]), to: k, with: text(v[2]), left: f == .lpad, range: range))
        case .concat:
            return .varchar(v.map { text($0) }.joined())
        default:
            return .null
        }
    }

    private func text(_ v: Value) -> String {
        if case .varchar(let s) = v { return s }
        return ""
    }

    /// A compiled pattern, kept for later rows.
    private func regex(_ pattern: String, _ range: SourceRange) throws(Diagnostic) -> Regex<AnyRegexOutput> {
        if let known = regexCache[pattern] { return known }
        do {
            // Unicode scalars, not grapheme clusters, as RE2 in DuckDB: '.' matches the e of e + ◌́.
            let compiled = try Regex(pattern).matchingSemantics(.unicodeScalar)
            regexCache[pattern] = compiled
            return compiled
        } catch {
            throw .error("exec.regex", "invalid regular expression: \(pattern)", at: range)
        }
    }

    static func dateDiff(_ part: String, _ a: Int64, _ b: Int64, range: SourceRange) throws(Diagnostic) -> Int64 {
        let (y1, m1, _) = ValueFormatter.civil(fromDays: a)
        let (y2, m2, _) = ValueFormatter.civil(fromDays: b)
        switch part.lowercased() {
        case "day": return b - a
        case "week": return (b - a) / 7
        case "month": return (y2 * 12 + m2) - (y1 * 12 + m1)
        case "quarter": return (y2 * 4 + (m2 - 1) / 3) - (y1 * 4 + (m1 - 1) / 3)
        case "year": return y2 - y1
        default: throw .error("exec.date-part", "unknown date part '\(part)'", at: range)
        }
    }

    static func dateTrunc(_ part: String, _ d: Int64, range: SourceRange) throws(Diagnostic) -> Int64 {
        let (y, m, _) = ValueFormatter.civil(fromDays: d)
        switch part.lowercased() {
        case "day": return d
        case "week":
            // Weeks start on Monday; 1970-01-01 was a Thursday.
            let weekday = ((d + 3) % 7 + 7) % 7
            return d - weekday
        case "month": return ValueFormatter.days(year: y, month: m, day: 1)
        case "quarter": return ValueFormatter.days(year: y, month: (m - 1) / 3 * 3 + 1, day: 1)
        case "year": return ValueFormatter.days(year: y, month: 1, day: 1)
        default: throw .error("exec.date-part", "unknown date part '\(part)'", at: range)
        }
    }

    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]
    static let dayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// `%Y %m %d %B %b %A %a %j %y %e %%`; other characters as they are.
    static func strftime(_ d: Int64, _ format: String) -> String {
        let (y, m, day) = ValueFormatter.civil(fromDays: d)
        let weekday = Int(((d + 3) % 7 + 7) % 7)
        let dayOfYear = d - ValueFormatter.days(year: y, month: 1, day: 1) + 1
        func two(_ x: Int64) -> String { x < 10 ? "0\(x)" : "\(x)" }
        var out = ""
        var chars = format.makeIterator()
        while let c = chars.next() {
            guard c == "%", let spec = chars.next() else {
                out.append(c)
                continue
            }
            switch spec {
            case "Y": out += y >= 0 && y < 1000 ? String(String(y + 10000).dropFirst()) : String(y)
            case "y": out += two(((y % 100) + 100) % 100)
            case "m": out += two(m)
            case "d": out += two(day)
            case "e": out += String(day)
            case "B": out += monthNames[Int(m - 1)]
            case "b": out += String(monthNames[Int(m - 1)].prefix(3))
            case "A": out += dayNames[weekday]
            case "a": out += String(dayNames[weekday].prefix(3))
            case "j": out += dayOfYear < 10 ? "00\(dayOfYear)" : dayOfYear < 100 ? "0\(dayOfYear)" : "\(dayOfYear)"
            case "%": out += "%"
            default: out += "%" + String(spec)
            }
        }
        return out
    }

    /// DuckDB's lpad/rpad: cut to `length` characters, or fill with `fill` repeated.
    static func pad(_ s: String, to length: Int64, with fill: String, left: Bool, range: SourceRange) throws(Diagnostic)
        -> String
    {
        guard length < 100_000_000 else {
            throw .error("exec.pad", "pad length \(length) is too large", at: range)
        }
        let target = Int(max(0, length))
        var scalars = Array(s.unicodeScalars)
        if scalars.count >= target { return String(String.UnicodeScalarView(scalars.prefix(target))) }
        let filler = Array(fill.unicodeScalars)
        if filler.isEmpty { return s }
        var padding: [Unicode.Scalar] = []
        while padding.count < target - scalars.count { padding.append(filler[padding.count % filler.count]) }
        scalars = left ? padding + scalars : scalars + padding
        return String(String.UnicodeScalarView(scalars))
    }
}
