import PeruseStorage
import PeruseSyntax

/// Maps rows to dense group ids from several key columns: each column gives a dense
/// id per distinct value, and the ids are combined pairwise through a hash map.
struct GroupIdMapper {
    private(set) var columns: [KeyColumnMapper]
    private var combiners: [Int64IdMap]
    /// Per combiner, the id of each pair of small ids (both below `pairSide`) at
    /// `left * pairSide + right`, -1 until seen: most pairs skip hashing when the keys have few
    /// values (year and month). The combiner's map stays the authority.
    private var pairTables: [[Int32]]
    private static let pairSide = 256
    /// Several BIGINT/DATE keys in narrow ranges: group ids by the keys' combined offset
    /// (`GroupIdMapper+Perfect.swift`); nil until tried, `.unusable` once it cannot serve.
    var perfect: PerfectGroupTable?
    /// For each group, the id of its value in each key column.
    private(set) var keyIds: [[Int32]]
    private(set) var groupCount = 0

    /// Group ids for a full batch without keys: all zero, shared rather than rebuilt.
    private let zeros = [Int32](repeating: 0, count: Batch.capacity)

    init(types: [DataType]) {
        columns = types.map { KeyColumnMapper(type: $0) }
        combiners = Array(repeating: Int64IdMap(), count: max(0, types.count - 1))
        pairTables = Array(repeating: [], count: max(0, types.count - 1))
        keyIds = Array(repeating: [], count: types.count)
    }

    /// The group of each row; new groups get the next ids in order of appearance.
    mutating func groups(_ keys: [Vector], count: Int) -> [Int32] {
        if keys.isEmpty {
            groupCount = max(groupCount, 1)
            return count == zeros.count ? zeros : [Int32](repeating: 0, count: count)
        }
        if keys.count >= 2, count >= 1024, let ids = perfectGroups(keys, count: count) { return ids }
        return hashedGroups(keys, count: count)
    }

    /// The group of each row, through each key column's ids and the pair maps.
    mutating func hashedGroups(_ keys: [Vector], count: Int) -> [Int32] {
        let perColumn = (0..<keys.count).map { columns[$0].ids(keys[$0]) }
        if keys.count == 1 {
            let ids = perColumn[0]
            let before = groupCount
            groupCount = columns[0].count
            // Single key: the column id is the group id. Record new groups' key ids.
            if groupCount > before { keyIds[0].append(contentsOf: (before..<groupCount).map { Int32(truncatingIfNeeded: $0) }) }
            return ids
        }
        var current = perColumn[0]
        let side = Self.pairSide
        for c in 1..<keys.count {
            let next = perColumn[c]
            let isLast = c == keys.count - 1
            // The table (256 KiB) pays off over full batches, not over a few rows.
            if pairTables[c - 1].isEmpty && count >= 1024 {
                pairTables[c - 1] = [Int32](repeating: -1, count: side * side)
            }
            let useTable = !pairTables[c - 1].isEmpty
            var table = pairTables[c - 1]
            pairTables[c - 1] = []
            for i in 0..<count {
                let (left, right) = (Int(current[i]), Int(next[i]))
                let small = useTable && left < side && right < side
                if small, table[left * side + right] >= 0 {
                    current[i] = table[left * side + right]
                    continue
                }
                let pair = Int64(left) << 32 | Int64(right)
                let fresh = Int32(truncatingIfNeeded: isLast ? groupCount : combiners[c - 1].count)
                let (id, isNew) = combiners[c - 1].id(for: pair, next: fresh)
                if isNew && isLast {
                    groupCount += 1
                    for k in 0..<keys.count { keyIds[k].append(perColumn[k][i]) }
                }
                if small { table[left * side + right] = id }
                current[i] = id
            }
            pairTables[c - 1] = table
        }
        return current
    }

    /// The key values of every group, one vector per key column.
    func keyVectors() -> [Vector] {
        (0..<columns.count).map { c in columns[c].values.build().gather(keyIds[c]) }
    }
}

/// GROUP BY and aggregates: consumes its whole input, then emits one row per group
/// (group keys, then aggregate results) in order of first appearance.
final class HashAggregateOperator: Operator {
    private let child: Operator
    private let groupExprs: [BoundExpr]
    private let aggregates: [AggregateCall]
    private let context: ExecutionContext
    private var output = MaterializedOutput()

    init(_ child: Operator, groups: [BoundExpr], aggregates: [AggregateCall], _ context: ExecutionContext) {
        self.child = child
        self.groupExprs = groups
        self.aggregates = aggregates
        self.context = context
    }

    func next() throws(Diagnostic) -> Batch? {
        try output.next { () throws(Diagnostic) in try run() }
    }

    private func run() throws(Diagnostic) -> (columns: [Vector], count: Int) {
        var mapper = GroupIdMapper(types: groupExprs.map(\.type))
        let states = aggregates.map { AggregateStates.make($0, range: $0.argument?.range ?? .empty) }
        let evaluator = context.evaluator
        let operatorName = groupExprs.isEmpty ? "aggregate" : "group by"
        // Per group: each key's value and its slot in the id maps, and each aggregate's state.
        let bytesPerGroup = groupExprs.map(\.type).estimatedWidth + 8 * groupExprs.count + 32 * aggregates.count
        // median and DISTINCT aggregates also keep (up to) every input value.
        let bytesPerRow = 16 * aggregates.filter { $0.distinct || $0.kind.keepsValues }.count
        var groupsReserved = 0
        // `count(*)` alone with no group by (a filter's count): each batch adds its row count,
        // with no group ids to build.
        let onlyCountStar = groupExprs.isEmpty && !aggregates.isEmpty
            && aggregates.allSatisfy { $0.kind == .countStar && $0.argument == nil && !$0.distinct }
        while let batch = try child.next() {
            if onlyCountStar {
                for state in states { (state as? CountState)?.add(rows: batch.count) }
                continue
            }
            var keys: [Vector] = []
            for g in groupExprs { keys.append(try evaluator.evaluate(g, batch)) }
            let groups = mapper.groups(keys, count: batch.count)
            for (call, state) in zip(aggregates, states) {
                let values = try call.argument.map { (e: BoundExpr) throws(Diagnostic) -> Vector in
                    try evaluator.evaluate(e, batch)
                }
                if let paired = state as? PairedAggregateState, let second = call.second {
                    let other = try evaluator.evaluate(second, batch)
                    try paired.update(groups: groups, groupCount: mapper.groupCount, values: values, second: other)
                } else {
                    try state.update(groups: groups, groupCount: mapper.groupCount, values: values)
                }
            }
            try context.budget.reserve(
                rows: mapper.groupCount - groupsReserved, bytesPerRow: bytesPerGroup, operator: operatorName)
            try context.budget.reserve(rows: batch.count, bytesPerRow: bytesPerRow, operator: operatorName)
            groupsReserved = mapper.groupCount
        }
        // Without GROUP BY there is always exactly one row, even over no input.
        let groupCount = groupExprs.isEmpty ? 1 : mapper.groupCount
        var columns = groupExprs.isEmpty ? [] : mapper.keyVectors()
        for state in states { columns.append(try state.finish(groupCount: groupCount)) }
        return (columns, groupCount)
    }
}

/// SELECT DISTINCT: passes on each row the first time its values appear.
final class DistinctOperator: Operator {
    private let child: Operator
    private let context: ExecutionContext
    private var mapper = GroupIdMapper(types: [])
    private var started = false

    init(_ child: Operator, _ context: ExecutionContext) {
        self.child = child
        self.context = context
    }

    func next() throws(Diagnostic) -> Batch? {
        while let batch = try child.next() {
            let columns = (0..<batch.columns.count).map { batch.column($0) }
            if !started {
                mapper = GroupIdMapper(types: columns.map(\.type))
                started = true
            }
            let before = mapper.groupCount
            let groups = mapper.groups(columns, count: batch.count)
            // Every distinct row's values stay in the mapper, with their id map slots.
            try context.budget.reserve(
                rows: mapper.groupCount - before, bytesPerRow: columns.map(\.type).estimatedWidth + 8 * columns.count,
                operator: "distinct")
            var keep: [Int32] = []
            var seen = before
            for (k, g) in groups.enumerated() where Int(g) >= seen {
                keep.append(Int32(truncatingIfNeeded: k))
                seen = Int(g) + 1
            }
            if keep.isEmpty { continue }
            let dense = Batch(columns: columns, count: batch.count)
            return keep.count == batch.count ? dense : dense.subset(keep)
        }
        return nil
    }
}
