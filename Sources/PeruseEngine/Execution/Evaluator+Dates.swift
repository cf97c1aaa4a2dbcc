import PeruseStorage
import PeruseSyntax

/// Date functions as typed loops over the day numbers of a DATE vector: `year`, `month`,
/// `day`; `date_trunc` and `date_diff` with a constant part (the part is read once, not per
/// row); `strftime` with a constant format, formatted once per distinct date of the batch
/// into a dictionary. NULL rows keep their (zero) slot and stay NULL.
extension Evaluator {
    /// The result, or nil for shapes these loops do not cover (a part or format that is not
    /// a constant), which `evaluateRowwise` computes.
    func dateKernel(_ f: ScalarFunction, _ args: [BoundExpr], _ e: BoundExpr, _ batch: Batch) throws(Diagnostic) -> Vector? {
        switch f {
        case .year, .month, .day:
            guard args.count == 1 else { return nil }
            let v = try evaluate(args[0], batch)
            guard case .int64(let days) = v.storage else { return .nulls(e.type, count: batch.count) }
            var kept = datePartTables[f]
            defer { datePartTables[f] = kept }
            return Vector(int64: Self.dateParts(days, v.validity, f, cache: &kept), validity: v.validity)
        case .dateTrunc:
            guard args.count == 2, let unit = DateUnit(args[0]) else { return nil }
            let v = try evaluate(args[1], batch)
            guard case .int64(let days) = v.storage else { return .nulls(e.type, count: batch.count) }
            return Vector(int64: days.map { unit.truncate($0) }, type: .date, validity: v.validity)
        case .dateDiff:
            guard args.count == 3, let unit = DateUnit(args[0]) else { return nil }
            let a = try evaluate(args[1], batch), b = try evaluate(args[2], batch)
            guard case .int64(let x) = a.storage, case .int64(let y) = b.storage else {
                return .nulls(e.type, count: batch.count)
            }
            var out = [Int64](repeating: 0, count: batch.count)
            for i in 0..<min(batch.count, x.count, y.count) {
                out[i] = try unit.difference(x[x.startIndex + i], y[y.startIndex + i], range: e.range)
            }
            let validity = [a.validity, b.validity].compactMap { $0 }.reduce(nil) { (r: Bitmap?, v) in r?.intersection(v) ?? v }
            return Vector(int64: out, validity: validity)
        case .strftime:
            guard args.count == 2, case .varchar(let format)? = args[1].constantValue else { return nil }
            let v = try evaluate(args[0], batch)
            guard case .int64(let days) = v.storage else { return .nulls(e.type, count: batch.count) }
            let dictionary = StringDictionary()
            var known: [Int64: Int32] = [:]
            var codes = [Int32](repeating: 0, count: days.count)
            for (i, d) in days.enumerated() where v.validity?[i] ?? true {
                if let c = known[d] {
                    codes[i] = c
                } else {
                    let c = dictionary.intern(Self.strftime(d, format))
                    known[d] = c
                    codes[i] = c
                }
            }
            if dictionary.count == 0 { _ = dictionary.intern("") }
            return Vector(
                type: .varchar, count: days.count, storage: .string(codes: codes[...], dictionary: dictionary),
                validity: v.validity)
        default:
            return nil
        }
    }
}

extension Evaluator {
    /// The year, month or day of every day from `low` on: a table kept across batches, so
    /// that rows look their answer up instead of converting their day.
    struct DatePartTable {
        var low: Int64
        var values: [Int64]

        func covers(_ low: Int64, _ high: Int64) -> Bool {
            self.low <= low && high - self.low < Int64(values.count)
        }
    }

    /// Days a kept table may span (about 180 years; 512 KiB).
    static let maxDatePartSpan: Int64 = 1 << 16

    /// The year, month or day of each valid day number (0 in NULL slots). When the days fall in
    /// a span of at most `maxDatePartSpan` days (with the spans of earlier batches), each day of
    /// it is converted once into a table kept in `cache`; a wider batch whose days span fewer
    /// than 4 per row gets a table of its own; otherwise one conversion per row.
    static func dateParts(
        _ days: ArraySlice<Int64>, _ validity: Bitmap?, _ part: ScalarFunction, cache: inout DatePartTable?
    ) -> [Int64] {
        func pick(_ d: Int64) -> Int64 {
            let (y, m, day) = ValueFormatter.civil(fromDays: d)
            return part == .year ? y : part == .month ? m : day
        }
        let n = days.count
        var (low, high) = (Int64.max, Int64.min)
        days.withUnsafeBufferPointer { src in
            for i in 0..<src.count where validity?[i] ?? true {
                low = min(low, src[i])
                high = max(high, src[i])
            }
        }
        if low > high { return [Int64](repeating: 0, count: n) }
        // (Inside these days `civil` converts without clamping, so walking agrees with it.)
        guard low >= -36_000_000_000, high <= 36_000_000_000 else {
            return days.enumerated().map { i, d in validity?[i] ?? true ? pick(d) : 0 }
        }
        let table: DatePartTable
        if let kept = cache, kept.covers(low, high) {
            table = kept
        } else {
            let wideLow = min(low, cache?.low ?? low)
            let wideHigh = max(high, cache.map { $0.low + Int64($0.values.count) - 1 } ?? high)
            if wideHigh - wideLow < maxDatePartSpan {
                table = DatePartTable(low: wideLow, values: partTable(from: wideLow, count: Int(wideHigh - wideLow) + 1, part))
                cache = table
            } else if high - low < Int64(4 * n) {
                table = DatePartTable(low: low, values: partTable(from: low, count: Int(high - low) + 1, part))
            } else {
                return days.enumerated().map { i, d in validity?[i] ?? true ? pick(d) : 0 }
            }
        }
        let base = table.low
        return table.values.withUnsafeBufferPointer { values in
            days.withUnsafeBufferPointer { src in
                [Int64](unsafeUninitializedCapacity: n) { out, initialized in
                    for i in 0..<n {
                        // NULL slots may hold any day: they read 0 instead of the table.
                        let valid = validity?[i] ?? true
                        out[i] = valid ? values[Int(src[i] &- base)] : 0
                    }
                    initialized = n
                }
            }
        }
    }

    /// The part of each of `count` days from `low`, walking a month at a time: only the first
    /// day needs a full conversion.
    static func partTable(from low: Int64, count size: Int, _ part: ScalarFunction) -> [Int64] {
        var table = [Int64](repeating: 0, count: size)
        var (y, m, day) = ValueFormatter.civil(fromDays: low)
        var k = 0
        while k < size {
            let run = min(size - k, Int(Self.daysIn(month: m, year: y) - day + 1))
            switch part {
            case .year: for j in 0..<run { table[k + j] = y }
            case .month: for j in 0..<run { table[k + j] = m }
            default: for j in 0..<run { table[k + j] = day + Int64(j) }
            }
            k += run
            (day, m) = (1, m == 12 ? 1 : m + 1)
            if m == 1 { y += 1 }
        }
        return table
    }

    /// Days in a month of the proleptic Gregorian calendar.
    static func daysIn(month: Int64, year: Int64) -> Int64 {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// A constant `date_trunc`/`date_diff` part.
private enum DateUnit {
    case day, week, month, quarter, year

    init?(_ part: BoundExpr) {
        guard case .varchar(let text)? = part.constantValue else { return nil }
        switch text.lowercased() {
        case "day": self = .day
        case "week": self = .week
        case "month": self = .month
        case "quarter": self = .quarter
        case "year": self = .year
        default: return nil
        }
    }

    /// The first day of the unit holding day `d` (weeks start on Monday).
    func truncate(_ d: Int64) -> Int64 {
        if self == .day { return d }
        if self == .week {
            // 1970-01-01 was a Thursday; day numbers are far inside Int64 (see `civil`).
            let weekday = ((d % 7) + 7 + 3) % 7
            return d &- weekday
        }
        let (y, m, _) = ValueFormatter.civil(fromDays: d)
        switch self {
        case .month: return ValueFormatter.days(year: y, month: m, day: 1)
        case .quarter: return ValueFormatter.days(year: y, month: (m - 1) / 3 * 3 + 1, day: 1)
        default: return ValueFormatter.days(year: y, month: 1, day: 1)
        }
    }

    /// Unit boundaries crossed from `a` to `b`, as DuckDB's date_diff.
    func difference(_ a: Int64, _ b: Int64, range: SourceRange) throws(Diagnostic) -> Int64 {
        switch self {
        case .day, .week:
            let (days, overflow) = b.subtractingReportingOverflow(a)
            if overflow { throw .error("exec.overflow", "Overflow in subtraction of BIGINT (\(b) - \(a))", at: range) }
            return self == .day ? days : days / 7
        default:
            let (y1, m1, _) = ValueFormatter.civil(fromDays: a)
            let (y2, m2, _) = ValueFormatter.civil(fromDays: b)
            switch self {
            case .month: return (y2 * 12 + m2) - (y1 * 12 + m1)
            case .quarter: return (y2 * 4 + (m2 - 1) / 3) - (y1 * 4 + (m1 - 1) / 3)
            default: return y2 - y1
            }
        }
    }
}
