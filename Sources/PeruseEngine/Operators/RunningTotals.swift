import PeruseStorage
import PeruseSyntax

/// `sum`, `avg`, `count` and `count(*)` over window frames that start at the partition's
/// first row (running totals): one pass per partition over typed buffers, results written
/// straight into typed output. The general path (`FrameAccumulator`) covers the rest.
struct RunningTotals {
    private var totals: WindowTotalsOutput

    /// Nil unless `call` is such an aggregate over BIGINT or DOUBLE values (or none).
    init?(_ call: WindowCall, values: Vector?, count: Int) {
        guard call.start == .unboundedPreceding, let setup = WindowTotalsOutput(call, values: values, count: count) else { return nil }
        totals = setup
    }

    /// One partition: `rows` in window order; each frame ends at `end` (`peerEnd` gives the
    /// last peer of each position, for RANGE frames).
    mutating func fill(_ rows: ArraySlice<Int32>, end: WindowCall.Bound, isRange: Bool, peerEnd: [Int]) throws(Diagnostic) {
        let n = rows.count
        var included = -1
        var seen = 0
        var nonNull = 0
        var intSum: Int128 = 0
        var doubleSum = 0.0
        var overflow = false
        let (kind, type, ints, doubles, valuesAreDouble, validity) = (
            totals.kind, totals.type, totals.ints, totals.doubles, totals.valuesAreDouble, totals.validity
        )
        let hasValues = kind != .countStar
        // The outputs move into locals for the loop (no exclusivity checks per row) and back after.
        var (outInts, outDoubles, outValid) = (totals.outInts, totals.outDoubles, totals.outValid)
        (totals.outInts, totals.outDoubles, totals.outValid) = ([], [], [])
        defer { (totals.outInts, totals.outDoubles, totals.outValid) = (outInts, outDoubles, outValid) }
        for k in 0..<n {
            let last: Int
            switch end {
            case .currentRow: last = isRange ? peerEnd[k] : k
            case .unboundedFollowing: last = n - 1
            case .following(let o): last = min(n - 1, k + o)
            case .preceding(let o): last = k - o
            case .unboundedPreceding: last = -1
            }
            while included < last {
                included += 1
                let r = Int(rows[rows.startIndex + included])
                seen += 1
                guard hasValues, validity?[r] ?? true else { continue }
                nonNull += 1
                if valuesAreDouble {
                    doubleSum += doubles[doubles.startIndex + r]
                } else {
                    intSum += Int128(ints[ints.startIndex + r])
                }
            }
            let row = Int(rows[rows.startIndex + k])
            switch kind {
            case .countStar:
                outInts[row] = Int64(seen)
            case .count:
                outInts[row] = Int64(nonNull)
            case .sum:
                if nonNull == 0 { continue }
                if type == .double {
                    outDoubles[row] = valuesAreDouble ? doubleSum : Double(intSum)
                } else if let v = Int64(exactly: intSum) {
                    outInts[row] = v
                } else {
                    overflow = true
                }
            default:  // avg
                if nonNull == 0 { continue }
                outDoubles[row] = (valuesAreDouble ? doubleSum : Double(intSum)) / Double(nonNull)
            }
            outValid[row >> 6] |= 1 << UInt64(row & 63)
        }
        if overflow { throw .error("exec.overflow", "Overflow in SUM: the total does not fit in BIGINT") }
    }

    func build() -> Vector { totals.build() }
}
