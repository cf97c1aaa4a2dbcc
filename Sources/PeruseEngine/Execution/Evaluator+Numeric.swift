import Foundation
import PeruseStorage
import PeruseSyntax

/// `round` and `coalesce` as typed loops over whole vectors: a constant argument is read
/// once per batch, values never pass through `Value`.
extension Evaluator {
    /// `round(x)` / `round(x, places)`, as DuckDB: half away from zero; BIGINT rounds to
    /// tens, hundreds… for negative places and fails when the result leaves BIGINT.
    func round(_ args: [BoundExpr], _ e: BoundExpr, _ batch: Batch) throws(Diagnostic) -> Vector {
        let n = batch.count
        let v = try evaluate(args[0], batch)
        var places: Vector?
        var fixedPlaces: Int64? = 0
        if args.count > 1 {
            if let c = args[1].constantValue {
                guard case .bigint(let p) = c else { return .nulls(e.type, count: n) }
                fixedPlaces = p
            } else {
                places = try evaluate(args[1], batch)
                fixedPlaces = nil
            }
        }
        let validity = places.map { Vector.bothValid(v, $0) } ?? v.effectiveValidity
        let digits = places?.int64s ?? []
        switch v.storage {
        case .double(let x):
            if let p = fixedPlaces {
                let rounder = DoubleRounder(places: p)
                return Vector(double: x.map { rounder.round($0) }, validity: validity)
            }
            let out = (0..<n).map { DoubleRounder(places: digits[digits.startIndex + $0]).round(x[x.startIndex + $0]) }
            return Vector(double: out, validity: validity)
        case .int64(let x):
            if fixedPlaces.map({ $0 >= 0 }) == true { return Vector(int64: Array(x), type: e.type, validity: validity) }
            var out = [Int64](repeating: 0, count: n)
            for i in 0..<min(n, x.count) where validity?[i] ?? true {
                let value = x[x.startIndex + i]
                let p = fixedPlaces ?? digits[digits.startIndex + i]
                guard let r = Self.roundInteger(value, places: p) else {
                    throw .error("exec.overflow", "Overflow in ROUND of BIGINT (\(value))", at: e.range)
                }
                out[i] = r
            }
            return Vector(int64: out, type: e.type, validity: validity)
        default:
            return .nulls(e.type, count: n)
        }
    }

    /// `x` rounded to `places` decimal places (negative: to tens, hundreds…), half away from
    /// zero, exactly; nil when the result does not fit in BIGINT.
    static func roundInteger(_ x: Int64, places: Int64) -> Int64? {
        guard places < 0 else { return x }
        if places < -19 { return 0 }  // 10^20 > 2 × |x| for every BIGINT
        if places == -19 {
            // 10^19 does not fit in BIGINT: the result is 0 or ±10^19 (out of range).
            return x.magnitude >= 5_000_000_000_000_000_000 ? nil : 0
        }
        var scale: Int64 = 1
        for _ in 0..<Int(-places) { scale &*= 10 }
        var q = x / scale
        let r = x % scale
        if r.magnitude * 2 >= scale.magnitude { q += x < 0 ? -1 : 1 }
        let (result, overflow) = q.multipliedReportingOverflow(by: scale)
        return overflow ? nil : result
    }

    /// `coalesce(a, b, …)`: each argument evaluated only on the rows still NULL.
    func coalesce(_ args: [BoundExpr], _ e: BoundExpr, _ batch: Batch) throws(Diagnostic) -> Vector {
        let first = try evaluate(args[0], batch)
        guard args.count > 1, let validity = first.effectiveValidity, e.type != .null else { return first }
        switch first.storage {
        case .int64(let a):
            return try coalesceFill(
                Array(a), validity, args, batch, read: { $0.int64s },
                constant: { if case .bigint(let x) = $0 { x } else if case .date(let x) = $0 { x } else { nil } },
                make: { Vector(int64: $0, type: e.type, validity: $1) })
        case .double(let a):
            return try coalesceFill(
                Array(a), validity, args, batch, read: { $0.doubles },
                constant: { if case .double(let x) = $0 { x } else { nil } },
                make: { Vector(double: $0, validity: $1) })
        case .boolean(let a):
            return try coalesceFill(
                Array(a), validity, args, batch, read: { $0.booleans },
                constant: { if case .boolean(let x) = $0 { x } else { nil } },
                make: { Vector(boolean: $0, validity: $1) })
        case .string, .null:
            return try coalesceRows(args, e, batch)
        }
    }

    /// Fills the NULL rows of `values` from the later arguments, in order.
    private func coalesceFill<T>(
        _ values: [T], _ validity: Bitmap, _ args: [BoundExpr], _ batch: Batch, read: (Vector) -> ArraySlice<T>,
        constant: (Value) -> T?, make: ([T], Bitmap) -> Vector
    ) throws(Diagnostic) -> Vector {
        // `coalesce(rate, 0)`: the missing rows found a validity word at a time, each given the
        // constant; every row is then valid.
        if args.count >= 2, let c = args[1].constantValue, let x = constant(c) {
            var out = values
            let n = min(out.count, validity.count)
            for (w, word) in validity.words.enumerated() where word != ~0 {
                var missing = ~word
                while missing != 0 {
                    let i = w &* 64 &+ missing.trailingZeroBitCount
                    if i >= n { break }
                    out[i] = x
                    missing &= missing &- 1
                }
            }
            return make(out, Bitmap(count: out.count, valid: true))
        }
        var out = values
        var valid = validity
        var pending: [Int32] = []
        for i in 0..<min(out.count, valid.count) where !valid[i] { pending.append(Int32(truncatingIfNeeded: i)) }
        for a in args.dropFirst() where !pending.isEmpty {
            if let c = a.constantValue {
                guard let x = constant(c) else { continue }  // a NULL constant fills nothing
                for p in pending {
                    out[Int(p)] = x
                    valid[Int(p)] = true
                }
                pending = []
                break
            }
            let v = try evaluate(a, batch.subset(pending))
            let xs = read(v)
            var rest: [Int32] = []
            for (k, p) in pending.enumerated() {
                if k < xs.count && v.isValid(k) {
                    out[Int(p)] = xs[xs.startIndex + k]
                    valid[Int(p)] = true
                } else {
                    rest.append(p)
                }
            }
            pending = rest
        }
        return make(out, valid)
    }

    /// Strings (values from several dictionaries): row by row into a `DenseBuilder`.
    private func coalesceRows(_ args: [BoundExpr], _ e: BoundExpr, _ batch: Batch) throws(Diagnostic) -> Vector {
        let n = batch.count
        var out = DenseBuilder(type: e.type, count: n)
        var remaining = (0..<n).map { Int32(truncatingIfNeeded: $0) }
        for a in args where !remaining.isEmpty {
            let v = try evaluate(a, batch.subset(remaining))
            var found: [Int32] = []
            var foundRows: [Int32] = []
            var rest: [Int32] = []
            for (k, p) in remaining.enumerated() {
                if v.isValid(k) {
                    found.append(p)
                    foundRows.append(Int32(truncatingIfNeeded: k))
                } else {
                    rest.append(p)
                }
            }
            if !found.isEmpty { out.scatter(v.gather(foundRows), to: found) }
            remaining = rest
        }
        return out.build()
    }
}

extension Evaluator {
    /// `greatest`/`least` of BIGINT/DATE or DOUBLE vectors, NULLs skipped (NULL when all
    /// are), one typed pass per argument; nil for other types.
    static func extreme(_ vs: [Vector], greatest: Bool, type: DataType, count n: Int) -> Vector? {
        if vs.allSatisfy({ if case .int64 = $0.storage { true } else { false } }) {
            let (out, valid) = extreme(vs.map(\.int64s), vs, greatest: greatest, count: n, less: <)
            return Vector(int64: out, type: type, validity: valid)
        }
        if vs.allSatisfy({ if case .double = $0.storage { true } else { false } }) {
            // NaN is greater than every other double, as in DuckDB: least(NaN, 0) is 0.
            let (out, valid) = extreme(vs.map(\.doubles), vs, greatest: greatest, count: n) {
                Comparison.doubleOrder($0, $1) < 0
            }
            return Vector(double: out, validity: valid)
        }
        return nil
    }

    private static func extreme<T: Comparable & Numeric>(
        _ columns: [ArraySlice<T>], _ vs: [Vector], greatest: Bool, count n: Int, less: (T, T) -> Bool
    ) -> ([T], Bitmap) {
        var out = [T](repeating: 0, count: n)
        var has = [Bool](repeating: false, count: n)
        for (x, v) in zip(columns, vs) {
            let validity = v.validity
            for i in 0..<min(n, x.count) where validity?[i] ?? true {
                let value = x[x.startIndex + i]
                if !has[i] || (greatest ? less(out[i], value) : less(value, out[i])) {
                    out[i] = value
                    has[i] = true
                }
            }
        }
        var valid = Bitmap(count: n, valid: false)
        for i in 0..<n where has[i] { valid[i] = true }
        return (out, valid)
    }
}

/// DuckDB's rounding of a DOUBLE to `places` decimal places, with the power of ten
/// computed once: scale, round half away from zero, scale back; a result that overflows
/// gives the input back, and rounding to more places than a DOUBLE has gives 0.
struct DoubleRounder {
    private let negative: Bool
    private let modifier: Double

    init(places: Int64) {
        negative = places < 0
        modifier = Foundation.pow(10.0, negative ? -Double(places) : Double(places))
    }

    @inline(__always)
    func round(_ x: Double) -> Double {
        guard x.isFinite else { return x }
        if negative {
            let r = (x / modifier).rounded(.toNearestOrAwayFromZero) * modifier
            if r.isNaN { return 0 }
            return r.isInfinite ? x : r
        }
        let r = (x * modifier).rounded(.toNearestOrAwayFromZero) / modifier
        return r.isFinite ? r : x
    }
}
