import PeruseStorage
import PeruseSyntax

/// What `RunningTotals` and `FrameTotals` share: the values they add up, read once from the
/// argument's typed buffer, and the typed result they fill (a value and a validity bit per row).
struct WindowTotalsOutput {
    let kind: AggregateKind
    let type: DataType
    let ints: ArraySlice<Int64>
    let doubles: ArraySlice<Double>
    let valuesAreDouble: Bool
    let validity: Bitmap?
    var outInts: [Int64]
    var outDoubles: [Double]
    var outValid: [UInt64]
    let count: Int

    /// Nil unless `call` is `sum`, `avg`, `count` or `count(*)` giving BIGINT or DOUBLE, over
    /// BIGINT or DOUBLE values (or none, for `count(*)`).
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

    /// The filled result.
    func build() -> Vector {
        let validity = Bitmap(words: outValid[...], count: count)
        return type == .double
            ? Vector(double: outDoubles, validity: validity) : Vector(int64: outInts, validity: validity)
    }
}
