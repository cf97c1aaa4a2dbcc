import PeruseStorage
import PeruseSyntax

/// Aggregates over windows with PARTITION BY only (`max(rate) over (partition by region)`):
/// every row's frame is its whole partition, so each partition's total is computed in one
/// pass over the rows in input order (the order the sorting path adds them in too) and
/// written back to every row; no sort, and the values are read front to back.
extension WindowOperator {
    /// The output of `call`, or nil when it has an order, a frame that is not the whole
    /// partition, or an aggregate or type these loops do not cover.
    static func wholePartition(_ call: WindowCall, partitionIds: [Int32], args: [Vector], count: Int)
        throws(Diagnostic) -> Vector?
    {
        guard call.order.isEmpty, case .aggregate(let kind) = call.function, partitionIds.count == count,
            call.start == .unboundedPreceding,
            call.end == .unboundedFollowing || (call.end == .currentRow && call.isRange)
        else { return nil }
        var groups = 0
        for p in partitionIds { groups = max(groups, Int(p) + 1) }
        let values = args.first
        let validity = values?.effectiveValidity
        switch kind {
        case .countStar, .count:
            guard kind == .countStar || values != nil else { return nil }
            var counts = [Int64](repeating: 0, count: groups)
            for r in 0..<count where kind == .countStar || (validity?[r] ?? true) { counts[Int(partitionIds[r])] += 1 }
            return Vector(int64: partitionIds.map { counts[Int($0)] })
        case .sum, .avg:
            guard call.type == .bigint || call.type == .double, let values else { return nil }
            var nonNull = [Int64](repeating: 0, count: groups)
            var intSums = [Int128](repeating: 0, count: groups)
            var doubleSums = [Double](repeating: 0, count: groups)
            switch values.storage {
            case .int64(let a):
                for r in 0..<count where validity?[r] ?? true {
                    let g = Int(partitionIds[r])
                    nonNull[g] += 1
                    intSums[g] += Int128(a[a.startIndex + r])
                }
            case .double(let a):
                for r in 0..<count where validity?[r] ?? true {
                    let g = Int(partitionIds[r])
                    nonNull[g] += 1
                    doubleSums[g] += a[a.startIndex + r]
                }
            default:
                return nil
            }
            let isDouble = values.type == .double
            var groupValid = [Bool](repeating: false, count: groups)
            var ints = [Int64](repeating: 0, count: groups)
            var doubles = [Double](repeating: 0, count: groups)
            for g in 0..<groups where nonNull[g] > 0 {
                groupValid[g] = true
                let total = isDouble ? doubleSums[g] : Double(intSums[g])
                if kind == .avg {
                    doubles[g] = total / Double(nonNull[g])
                } else if call.type == .double {
                    doubles[g] = total
                } else if let v = Int64(exactly: intSums[g]) {
                    ints[g] = v
                } else {
                    throw .error("exec.overflow", "Overflow in SUM: the total does not fit in BIGINT")
                }
            }
            var valid = [UInt64](repeating: 0, count: (count + 63) >> 6)
            for r in 0..<count where groupValid[Int(partitionIds[r])] { valid[r >> 6] |= 1 << UInt64(r & 63) }
            let bitmap = Bitmap(words: valid[...], count: count)
            if call.type == .double {
                return Vector(double: partitionIds.map { doubles[Int($0)] }, validity: bitmap)
            }
            return Vector(int64: partitionIds.map { ints[Int($0)] }, validity: bitmap)
        case .min, .max:
            guard let values,
                let keys = WindowOrder.ordinals(values, ascending: kind == .min)
            else { return nil }
            // The first row in input order holding each partition's smallest key.
            var best = [Int32](repeating: -1, count: groups)
            var smallest = [UInt64](repeating: 0, count: groups)
            for r in 0..<count where values.validity?[r] ?? true {
                let g = Int(partitionIds[r])
                if best[g] < 0 || keys[r] < smallest[g] {
                    best[g] = Int32(truncatingIfNeeded: r)
                    smallest[g] = keys[r]
                }
            }
            return gather(values, partitionIds.map { best[Int($0)] }, fallback: nil, type: call.type)
        default:
            return nil
        }
    }
}
