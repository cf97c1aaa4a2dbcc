import PeruseStorage
import PeruseSyntax

/// `sum`, `avg`, `count` and `count(*)` over frames that do not start at the partition's
/// first row (`rows between 2 preceding and 1 following`, `… and unbounded following`), as
/// typed loops. Counts and BIGINT sums come from prefix sums (exact); DOUBLE sums add the
/// frame's values in the order `FrameAccumulator` did (from the end for frames running to
/// the partition's end, else front to back per frame), so results do not move by a bit.
struct FrameTotals {
    private let kind: AggregateKind
    private let type: DataType
    private let ints: ArraySlice<Int64>
    private let doubles: ArraySlice<Double>
    private let valuesAreDouble: Bool
    private let validity: Bitmap?
    private var outInts: [Int64]
    private var outDoubles: [Double]
    private var outValid: [UInt64]
    private let count: Int

    /// Nil unless `call` is such an aggregate over BIGINT or DOUBLE values (or none).
    init?(_ call: WindowCall, values: Vector?, count: Int) {
        guard case .aggregate(let kind) = call.function else { return nil }
        switch kind {
        case .sum, .avg, .count, .countStar: break
        default: return nil
        }
        guard call.type == .bigint || call.type == .double else { return nil }
        switch values?.storage {
        case nil:
            guard kind == .countStar else { return nil }
            (ints, doubles, valuesAreDouble) = ([], [], false)
        case .int64(let a)?: (ints, doubles, valuesAreDouble) = (a, [], false)
        case .double(let a)?: (ints, doubles, valuesAreDouble) = ([], a, true)
        default: return nil
        }
        self.kind = kind
        self.type = call.type
        self.count = count
        validity = values?.validity
        outInts = call.type == .bigint ? [Int64](repeating: 0, count: count) : []
        outDoubles = call.type == .double ? [Double](repeating: 0, count: count) : []
        outValid = [UInt64](repeating: 0, count: (count + 63) / 64)
    }

    /// One partition: `rows` in window order, each row's frame from `WindowOperator.frame`.
    mutating func fill(_ call: WindowCall, _ rows: [Int32], _ peerStart: [Int], _ peerEnd: [Int]) throws(Diagnostic) {
        let n = rows.count
        // Prefix counts of non-NULL values and prefix BIGINT sums: frame [a, b] is p[b+1] - p[a].
        var nonNull = [Int](repeating: 0, count: n + 1)
        var intSums = [Int128](repeating: 0, count: valuesAreDouble ? 0 : n + 1)
        for k in 0..<n {
            let r = Int(rows[k])
            let valid = kind != .countStar && (validity?[r] ?? true)
            nonNull[k + 1] = nonNull[k] + (valid ? 1 : 0)
            if !valuesAreDouble {
                intSums[k + 1] = intSums[k] + (valid && !ints.isEmpty ? Int128(ints[ints.startIndex + r]) : 0)
            }
        }
        // Frames running to the partition's end: DOUBLE totals accumulated from the end.
        let fromEnd = call.end == .unboundedFollowing
        var tail = 0.0
        var tailStart = n
        var overflow = false
        for k in (fromEnd ? Array(stride(from: n - 1, through: 0, by: -1)) : Array(0..<n)) {
            let (a, b) = WindowOperator.frame(call, k, n, peerStart, peerEnd)
            let row = Int(rows[k])
            let size = a <= b ? b - a + 1 : 0
            let values = a <= b ? nonNull[b + 1] - nonNull[a] : 0
            switch kind {
            case .countStar: outInts[row] = Int64(size)
            case .count: outInts[row] = Int64(values)
            default:
                if values == 0 { continue }
                var total: Double
                if valuesAreDouble {
                    if fromEnd {
                        while tailStart > a {
                            tailStart -= 1
                            let r = Int(rows[tailStart])
                            if validity?[r] ?? true { tail += doubles[doubles.startIndex + r] }
                        }
                        total = tail
                    } else {
                        total = 0
                        for p in a...b {
                            let r = Int(rows[p])
                            if validity?[r] ?? true { total += doubles[doubles.startIndex + r] }
                        }
                    }
                } else {
                    let sum = intSums[b + 1] - intSums[a]
                    if kind == .sum && type == .bigint {
                        guard let v = Int64(exactly: sum) else {
                            overflow = true
                            continue
                        }
                        outInts[row] = v
                        break
                    }
                    total = Double(sum)
                }
                if kind == .avg { total /= Double(values) }
                if type == .double { outDoubles[row] = total }
            }
            outValid[row >> 6] |= 1 << UInt64(row & 63)
        }
        if overflow { throw .error("exec.overflow", "Overflow in SUM: the total does not fit in BIGINT") }
    }

    func build() -> Vector {
        let validity = Bitmap(words: outValid[...], count: count)
        return type == .double
            ? Vector(double: outDoubles, validity: validity) : Vector(int64: outInts, validity: validity)
    }
}
