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
            let part = f
            let out = days.map { d -> Int64 in
                let (y, m, day) = ValueFormatter.civil(fromDays: d)
                return part == .year ? y : part == .month ? m : day
            }
            return Vector(int64: out, validity: v.validity)
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
