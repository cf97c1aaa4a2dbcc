import PeruseStorage
import PeruseSyntax

/// The running state of one aggregate across all groups: updated a batch at a time
/// with each row's group id, finished into one value per group.
protocol AggregateState: AnyObject {
    /// `groups[k]` is the group of row k of `values` (nil values: `count(*)`).
    func update(groups: [Int32], groupCount: Int, values: Vector?) throws(Diagnostic)
    func finish(groupCount: Int) throws(Diagnostic) -> Vector
}

enum AggregateStates {
    static func make(_ call: AggregateCall, range: SourceRange) -> AggregateState {
        let argType = call.argument?.type ?? .null
        let inner: AggregateState
        switch call.kind {
        case .countStar: inner = CountState(star: true)
        case .count: inner = CountState(star: false)
        case .sum: inner = argType == .double ? SumDoubleState(average: false) : SumIntState(range: range)
        case .avg: inner = argType == .double ? SumDoubleState(average: true) : AvgIntState()
        case .min, .max: inner = MinMaxState(type: call.type, isMax: call.kind == .max)
        case .median: inner = MedianState()
        case .stddev: inner = VarianceState(squareRoot: true)
        case .stringAgg:
            if case .varchar(let separator) = call.parameter {
                inner = StringAggState(separator: separator)
            } else {
                inner = StringAggState(separator: ",")
            }
        case .quantileCont:
            if case .double(let q) = call.parameter { inner = QuantileState(fraction: q) } else { inner = QuantileState(fraction: 0.5) }
        case .mode: inner = ModeState(type: call.type)
        case .varSamp: inner = VarianceState(squareRoot: false)
        case .corr: inner = CorrelationState()
        }
        return call.distinct ? DistinctState(inner: inner, type: argType) : inner
    }
}

/// Grows per-group arrays as groups appear.
@inline(__always)
private func grow<T>(_ a: inout [T], to n: Int, with v: T) {
    if a.count < n { a.append(contentsOf: repeatElement(v, count: n - a.count)) }
}

final class CountState: AggregateState {
    let star: Bool
    var counts: [Int64] = []
    init(star: Bool) { self.star = star }

    func update(groups: [Int32], groupCount: Int, values: Vector?) {
        grow(&counts, to: groupCount, with: 0)
        if star && groupCount == 1 && !counts.isEmpty {
            counts[0] &+= Int64(groups.count)
            return
        }
        counts.withUnsafeMutableBufferPointer { c in
            if star || values?.effectiveValidity == nil {
                for g in groups { c[Int(g)] &+= 1 }
            } else if let validity = values?.effectiveValidity {
                for (k, g) in groups.enumerated() where validity[k] { c[Int(g)] &+= 1 }
            }
        }
    }

    func finish(groupCount: Int) -> Vector {
        grow(&counts, to: groupCount, with: 0)
        return Vector(int64: Array(counts.prefix(groupCount)))
    }

    /// `rows` more rows in the one group there is (no group by).
    func add(rows: Int) {
        grow(&counts, to: 1, with: 0)
        counts[0] &+= Int64(rows)
    }
}

/// SUM of BIGINT, accumulated in 128 bits so only a final result past BIGINT fails.
final class SumIntState: AggregateState {
    var sums: [Int128] = []
    var seen: [Bool] = []
    let range: SourceRange
    init(range: SourceRange) { self.range = range }

    func update(groups: [Int32], groupCount: Int, values: Vector?) {
        grow(&sums, to: groupCount, with: 0)
        grow(&seen, to: groupCount, with: false)
        guard let values else { return }
        let a = values.int64s
        let validity = values.effectiveValidity
        a.withUnsafeBufferPointer { x in
            sums.withUnsafeMutableBufferPointer { s in
                seen.withUnsafeMutableBufferPointer { seen in
                    for (k, g) in groups.enumerated() where validity?[k] ?? true {
                        // 2^64 rows of BIGINT cannot overflow 128 bits.
                        s[Int(g)] &+= Int128(x[k])
                        seen[Int(g)] = true
                    }
                }
            }
        }
    }

    func finish(groupCount: Int) throws(Diagnostic) -> Vector {
        grow(&sums, to: groupCount, with: 0)
        grow(&seen, to: groupCount, with: false)
        var out = [Int64](repeating: 0, count: groupCount)
        var validity = Bitmap(count: groupCount, valid: true)
        for g in 0..<groupCount {
            guard seen[g] else { validity[g] = false; continue }
            guard let v = Int64(exactly: sums[g]) else {
                throw .error(
                    "exec.overflow", "Overflow in SUM of BIGINT: the total \(sums[g]) does not fit in BIGINT", at: range,
                    help: "sum a DOUBLE instead: sum(cast(x as DOUBLE))")
            }
            out[g] = v
        }
        return Vector(int64: out, validity: validity)
    }
}

/// AVG of BIGINT: exact 128-bit sum, divided at the end.
final class AvgIntState: AggregateState {
    let sum = SumIntState(range: .empty)
    let count = CountState(star: false)

    func update(groups: [Int32], groupCount: Int, values: Vector?) {
        sum.update(groups: groups, groupCount: groupCount, values: values)
        count.update(groups: groups, groupCount: groupCount, values: values)
    }

    func finish(groupCount: Int) -> Vector {
        grow(&sum.sums, to: groupCount, with: 0)
        grow(&count.counts, to: groupCount, with: 0)
        var out = [Double](repeating: 0, count: groupCount)
        var validity = Bitmap(count: groupCount, valid: true)
        for g in 0..<groupCount {
            let n = count.counts[g]
            if n == 0 { validity[g] = false; continue }
            out[g] = Double(sum.sums[g]) / Double(n)
        }
        return Vector(double: out, validity: validity)
    }
}

/// SUM or AVG of DOUBLE.
final class SumDoubleState: AggregateState {
    let average: Bool
    var sums: [Double] = []
    var counts: [Int64] = []
    init(average: Bool) { self.average = average }

    func update(groups: [Int32], groupCount: Int, values: Vector?) {
        grow(&sums, to: groupCount, with: 0)
        grow(&counts, to: groupCount, with: 0)
        guard let values else { return }
        let a = values.doubles
        let validity = values.effectiveValidity
        a.withUnsafeBufferPointer { x in
            sums.withUnsafeMutableBufferPointer { s in
                counts.withUnsafeMutableBufferPointer { c in
                    if let validity {
                        for (k, g) in groups.enumerated() where validity[k] {
                            s[Int(g)] += x[k]
                            c[Int(g)] &+= 1
                        }
                    } else {
                        for k in 0..<groups.count {
                            let g = Int(groups[k])
                            s[g] += x[k]
                            c[g] &+= 1
                        }
                    }
                }
            }
        }
    }

    func finish(groupCount: Int) -> Vector {
        grow(&sums, to: groupCount, with: 0)
        grow(&counts, to: groupCount, with: 0)
        var out = [Double](repeating: 0, count: groupCount)
        var validity = Bitmap(count: groupCount, valid: true)
        for g in 0..<groupCount {
            if counts[g] == 0 { validity[g] = false; continue }
            out[g] = average ? sums[g] / Double(counts[g]) : sums[g]
        }
        return Vector(double: out, validity: validity)
    }
}

/// MIN or MAX of any type.
final class MinMaxState: AggregateState {
    let type: DataType
    let isMax: Bool
    var ints: [Int64] = []
    var doubles: [Double] = []
    var strings: [String] = []
    var seen: [Bool] = []

    init(type: DataType, isMax: Bool) {
        self.type = type
        self.isMax = isMax
    }

    func update(groups: [Int32], groupCount: Int, values: Vector?) {
        grow(&seen, to: groupCount, with: false)
        guard let values else { return }
        let validity = values.effectiveValidity
        switch values.storage {
        case .int64(let a):
            grow(&ints, to: groupCount, with: 0)
            for (k, g) in groups.enumerated() where validity?[k] ?? true {
                let x = a[a.startIndex + k], gi = Int(g)
                if !seen[gi] || (isMax ? x > ints[gi] : x < ints[gi]) {
                    ints[gi] = x
                    seen[gi] = true
                }
            }
        case .double(let a):
            grow(&doubles, to: groupCount, with: 0)
            for (k, g) in groups.enumerated() where validity?[k] ?? true {
                let x = a[a.startIndex + k], gi = Int(g)
                let order = Comparison.doubleOrder(x, doubles[gi])  // NaN is the greatest, as in DuckDB
                if !seen[gi] || (isMax ? order > 0 : order < 0) {
                    doubles[gi] = x
                    seen[gi] = true
                }
            }
        case .boolean(let a):
            grow(&ints, to: groupCount, with: 0)
            for (k, g) in groups.enumerated() where validity?[k] ?? true {
                let x: Int64 = a[a.startIndex + k] ? 1 : 0, gi = Int(g)
                if !seen[gi] || (isMax ? x > ints[gi] : x < ints[gi]) {
                    ints[gi] = x
                    seen[gi] = true
                }
            }
        case .string(let codes, let dict):
            grow(&strings, to: groupCount, with: "")
            for (k, g) in groups.enumerated() where validity?[k] ?? true {
                let x = dict[codes[codes.startIndex + k]], gi = Int(g)
                if !seen[gi] {
                    strings[gi] = x
                    seen[gi] = true
                } else {
                    let order = Comparison.byteOrder(x, strings[gi])
                    if isMax ? order > 0 : order < 0 { strings[gi] = x }
                }
            }
        case .null:
            break
        }
    }

    func finish(groupCount: Int) -> Vector {
        grow(&seen, to: groupCount, with: false)
        var b = VectorBuilder(type: type, capacity: groupCount)
        for g in 0..<groupCount {
            guard seen[g] else { b.appendNull(); continue }
            switch type {
            case .bigint: b.append(.bigint(ints[g]))
            case .date: b.append(.date(ints[g]))
            case .boolean: b.append(.boolean(ints[g] != 0))
            case .double: b.append(.double(doubles[g]))
            case .varchar: b.append(.varchar(strings[g]))
            case .null: b.appendNull()
            }
        }
        return b.build()
    }
}

/// MEDIAN: keeps every value per group (it cannot be computed in one pass).
final class MedianState: AggregateState {
    var values: [[Double]] = []

    func update(groups: [Int32], groupCount: Int, values v: Vector?) {
        grow(&values, to: groupCount, with: [])
        guard let v else { return }
        let isDouble = v.type == .double
        let d = isDouble ? v.doubles : [][...]
        let i = isDouble ? [][...] : v.int64s
        for (k, g) in groups.enumerated() where v.isValid(k) {
            values[Int(g)].append(isDouble ? d[d.startIndex + k] : Double(i[i.startIndex + k]))
        }
    }

    func finish(groupCount: Int) -> Vector {
        grow(&values, to: groupCount, with: [])
        var out = [Double](repeating: 0, count: groupCount)
        var validity = Bitmap(count: groupCount, valid: true)
        for g in 0..<groupCount {
            var xs = values[g]
            if xs.isEmpty { validity[g] = false; continue }
            xs.sort { Comparison.doubleOrder($0, $1) < 0 }
            let m = xs.count / 2
            out[g] = xs.count % 2 == 1 ? xs[m] : interpolate(xs[m - 1], xs[m], 0.5)
        }
        return Vector(double: out, validity: validity)
    }
}

/// `agg(DISTINCT x)`: passes each (group, value) pair to the inner state once.
final class DistinctState: AggregateState {
    let inner: AggregateState
    var mapper: KeyColumnMapper
    var seen = Int64IdMap()

    init(inner: AggregateState, type: DataType) {
        self.inner = inner
        self.mapper = KeyColumnMapper(type: type)
    }

    func update(groups: [Int32], groupCount: Int, values: Vector?) throws(Diagnostic) {
        guard let values else { return }
        let ids = mapper.ids(values)
        var firstRows: [Int32] = []
        var firstGroups: [Int32] = []
        for k in 0..<groups.count {
            let pair = Int64(groups[k]) << 32 | Int64(ids[k])
            if seen.id(for: pair, next: Int32(truncatingIfNeeded: seen.count)).isNew {
                firstRows.append(Int32(truncatingIfNeeded: k))
                firstGroups.append(groups[k])
            }
        }
        try inner.update(groups: firstGroups, groupCount: groupCount, values: values.gather(firstRows))
    }

    func finish(groupCount: Int) throws(Diagnostic) -> Vector {
        try inner.finish(groupCount: groupCount)
    }
}

/// The value a fraction `d` of the way from `lo` to `hi`, weighted as DuckDB does: no overflow
/// between two huge values, and −inf with −inf stays −inf.
func interpolate(_ lo: Double, _ hi: Double, _ d: Double) -> Double {
    lo * (1 - d) + hi * d
}
