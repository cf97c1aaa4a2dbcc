import PeruseStorage
import PeruseSyntax

/// `sum`, `avg`, `count` and `count(*)` over frames that do not start at the partition's
/// first row (`rows between 2 preceding and 1 following`, `… and unbounded following`), as
/// typed loops. Counts and BIGINT sums come from prefix sums (exact); DOUBLE sums add the
/// frame's values in the order `FrameAccumulator` did (from the end for frames running to
/// the partition's end, else front to back per frame), so results do not move by a bit.
struct FrameTotals {
    private var totals: WindowTotalsOutput

    /// Nil unless `call` is such an aggregate over BIGINT or DOUBLE values (or none).
    init?(_ call: WindowCall, values: Vector?, count: Int) {
        guard let setup = WindowTotalsOutput(call, values: values, count: count) else { return nil }
        totals = setup
    }

    /// One partition: `rows` in window order, each row's frame from `WindowOperator.frame`.
    mutating func fill(_ call: WindowCall, _ rows: [Int32], _ peerStart: [Int], _ peerEnd: [Int]) throws(Diagnostic) {
        let n = rows.count
        let (kind, type, ints, doubles, valuesAreDouble, validity) = (
            totals.kind, totals.type, totals.ints, totals.doubles, totals.valuesAreDouble, totals.validity
        )
        // The outputs move into locals for the loop (no exclusivity checks per row) and back after.
        var (outInts, outDoubles, outValid) = (totals.outInts, totals.outDoubles, totals.outValid)
        (totals.outInts, totals.outDoubles, totals.outValid) = ([], [], [])
        defer { (totals.outInts, totals.outDoubles, totals.outValid) = (outInts, outDoubles, outValid) }
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

    func build() -> Vector { totals.build() }
}
