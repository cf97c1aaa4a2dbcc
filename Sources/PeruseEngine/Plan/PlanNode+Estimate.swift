/// Rough row counts, for choosing which side of a hash join to hold in memory.
extension PlanNode {
    /// An estimate of the rows this step gives: a table's row count, halved by a filter, the
    /// smaller side of a limit; joins and set operations the larger input. Only compared
    /// with other estimates, never shown.
    var estimatedRows: Int {
        switch self {
        case .scan(let table): return table.rowCount
        case .singleRow: return 1
        case .filter(let child, _): return child.estimatedRows / 2
        case .project(let child, _), .distinct(let child), .sort(let child, _), .window(let child, _):
            return child.estimatedRows
        case .aggregate(let child, let groups, _): return groups.isEmpty ? 1 : child.estimatedRows / 4
        case .topN(let child, _, let limit, _): return min(limit, child.estimatedRows)
        case .limit(let child, let limit, _): return limit.map { min($0, child.estimatedRows) } ?? child.estimatedRows
        case .join(_, let left, let right), .setOperation(_, _, let left, let right):
            return max(left.estimatedRows, right.estimatedRows)
        }
    }
}

extension JoinSpec {
    /// Whether to hold the left input in memory and stream the right one through it: when the
    /// right input looks much larger (by `estimatedRows`). Only for joins with keys; rows then
    /// come out in the right input's order, which SQL leaves unspecified without `order by`.
    /// Small inputs keep the left-to-right order, as the sqlite3 shell would show it.
    func buildsLeft(left: PlanNode, right: PlanNode) -> Bool {
        guard !rightKeys.isEmpty else { return false }
        let leftRows = left.estimatedRows, rightRows = right.estimatedRows
        return rightRows >= 100_000 && rightRows / 4 > leftRows
    }
}
