import PeruseStorage
import PeruseSyntax

/// `sum`, `avg`, `count` and `count(*)` over window frames that start at the partition's
/// first row (running totals): one pass per partition over typed buffers, results written
/// straight into typed output. The general path (`FrameAccumulator`) covers the rest.
struct RunningTotals {
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
        guard case .aggregate(let kind) = call.function, call.start == .unboundedPreceding else { return nil }
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
            self.kind, self.type, self.ints, self.doubles, self.valuesAreDouble, self.validity
        )
        let hasValues = kind != .countStar
        var outInts = self.outInts
        var outDoubles = self.outDoubles
        var outValid = self.outValid
        self.outInts = []
        self.outDoubles = []
        self.outValid = []
        defer {
            self.outInts = outInts
            self.outDoubles = outDoubles
            self.outValid = outValid
        }
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

    func build() -> Vector {
        let validity = Bitmap(words: outValid[...], count: count)
        return type == .double
            ? Vector(double: outDoubles, validity: validity) : Vector(int64: outInts, validity: validity)
    }
}
