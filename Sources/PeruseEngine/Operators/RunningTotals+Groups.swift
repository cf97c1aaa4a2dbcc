import PeruseStorage
import PeruseSyntax

/// Running totals without sorting: when the frame runs from the partition's first row to
/// the current row (or its last peer, or the partition's end) and the order keys take few
/// distinct values, every row's total is the total of the peer groups before its own plus
/// the rows of its own group up to it (ties in input order, as the sorting path has them).
/// Two passes in row order over the values, the totals per (partition, peer group) in a
/// small table. Only for integer sums and counts, which are exact in any order of addition.
extension RunningTotals {
    /// Peer groups (partitions × distinct order keys) beyond this many take the sorting path.
    static let maxPeerGroups = 1 << 16

    static func byPeerGroups(
        _ call: WindowCall, partitionIds: [Int32], order: [Vector], values: Vector?, count: Int
    ) throws(Diagnostic) -> Vector? {
        guard case .aggregate(let kind) = call.function, call.start == .unboundedPreceding,
            call.end == .currentRow || call.end == .unboundedFollowing,
            call.type == .bigint || (call.type == .double && kind == .avg)
        else { return nil }
        let ints: ArraySlice<Int64>
        switch (kind, values?.storage) {
        case (.countStar, _): ints = []
        case (.sum, .int64(let a)?), (.avg, .int64(let a)?), (.count, .int64(let a)?): ints = a
        default: return nil
        }
        guard let (ranks, keys) = peerGroupRanks(order, call.orderKeys, count: count) else { return nil }
        var partitions = 0
        for p in partitionIds { partitions = max(partitions, Int(p) + 1) }
        let (groups, overflow) = partitions.multipliedReportingOverflow(by: keys)
        guard !overflow, groups <= maxPeerGroups, partitionIds.count == count, ranks.count == count else { return nil }
        let validity = kind == .countStar ? nil : values?.validity

        // Pass 1: each group's totals.
        var total = GroupTotals(groups)
        for r in 0..<count {
            let g = Int(partitionIds[r]) * keys + Int(ranks[r])
            total.add(g, validity?[r] ?? true, ints.isEmpty ? 0 : ints[ints.startIndex + r])
        }
        // What comes before each group in its partition (or, to the end, the whole partition).
        var before = GroupTotals(groups)
        for p in 0..<partitions {
            var sum: Int128 = 0
            var rows = 0
            var nonNull = 0
            for k in 0..<keys {
                let g = p * keys + k
                (before.sum[g], before.rows[g], before.nonNull[g]) = (sum, rows, nonNull)
                sum += total.sum[g]
                rows += total.rows[g]
                nonNull += total.nonNull[g]
            }
            if call.end == .unboundedFollowing {
                for k in 0..<keys { (before.sum[p * keys + k], before.rows[p * keys + k], before.nonNull[p * keys + k]) = (sum, rows, nonNull) }
            }
        }
        // Pass 2: each row's total.
        let wholeGroup = call.isRange && call.end == .currentRow
        let runs = call.end == .currentRow && !call.isRange
        var running = GroupTotals(runs ? groups : 0)
        var outInts = call.type == .bigint ? [Int64](repeating: 0, count: count) : []
        var outDoubles = call.type == .double ? [Double](repeating: 0, count: count) : []
        var outValid = [UInt64](repeating: 0, count: (count + 63) >> 6)
        var overflowed = false
        for r in 0..<count {
            let g = Int(partitionIds[r]) * keys + Int(ranks[r])
            var (sum, rows, nonNull) = (before.sum[g], before.rows[g], before.nonNull[g])
            if runs {
                running.add(g, validity?[r] ?? true, ints.isEmpty ? 0 : ints[ints.startIndex + r])
                (sum, rows, nonNull) = (sum + running.sum[g], rows + running.rows[g], nonNull + running.nonNull[g])
            } else if wholeGroup {
                (sum, rows, nonNull) = (sum + total.sum[g], rows + total.rows[g], nonNull + total.nonNull[g])
            }
            switch kind {
            case .countStar: outInts[r] = Int64(rows)
            case .count: outInts[r] = Int64(nonNull)
            case .sum:
                if nonNull == 0 { continue }
                guard let v = Int64(exactly: sum) else {
                    overflowed = true
                    continue
                }
                outInts[r] = v
            default:  // avg
                if nonNull == 0 { continue }
                outDoubles[r] = Double(sum) / Double(nonNull)
            }
            outValid[r >> 6] |= 1 << UInt64(r & 63)
        }
        if overflowed { throw .error("exec.overflow", "Overflow in SUM: the total does not fit in BIGINT") }
        let bitmap = Bitmap(words: outValid[...], count: count)
        return call.type == .double ? Vector(double: outDoubles, validity: bitmap) : Vector(int64: outInts, validity: bitmap)
    }

    /// The rank of each row's order key among the distinct keys (peers share one), and how
    /// many there are; nil when a sample of the rows already has too many distinct keys.
    private static func peerGroupRanks(_ order: [Vector], _ keys: [SortKey], count: Int) -> ([Int32], Int)? {
        if order.isEmpty { return ([Int32](repeating: 0, count: count), 1) }
        var sample = GroupIdMapper(types: order.map(\.type))
        _ = sample.groups(order.map { $0.slice(start: 0, length: min(count, 8192)) }, count: min(count, 8192))
        if sample.groupCount > 1024 { return nil }
        var mapper = GroupIdMapper(types: order.map(\.type))
        let ids = mapper.groups(order, count: count)
        let distinct = mapper.groupCount
        if distinct > maxPeerGroups { return nil }
        let comparators = zip(mapper.keyVectors(), keys).map { KeyComparator($0.0, $0.1) }
        let sorted = (0..<distinct).sorted { a, b in
            for c in comparators {
                let r = c.compare(a, b)
                if r != 0 { return r < 0 }
            }
            return a < b
        }
        var rank = [Int32](repeating: 0, count: distinct)
        for (r, id) in sorted.enumerated() { rank[id] = Int32(truncatingIfNeeded: r) }
        return (ids.map { rank[Int($0)] }, max(distinct, 1))
    }
}

/// Rows, non-NULL values and their sum, per group.
private struct GroupTotals {
    var sum: [Int128]
    var rows: [Int]
    var nonNull: [Int]

    init(_ groups: Int) {
        sum = [Int128](repeating: 0, count: groups)
        rows = [Int](repeating: 0, count: groups)
        nonNull = [Int](repeating: 0, count: groups)
    }

    @inline(__always)
    mutating func add(_ g: Int, _ valid: Bool, _ value: Int64) {
        rows[g] += 1
        if valid {
            nonNull[g] += 1
            sum[g] += Int128(value)
        }
    }
}
