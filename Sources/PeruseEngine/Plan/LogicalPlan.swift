import PeruseStorage

/// A sort key: an input column, its direction and where NULLs go.
struct SortKey: Hashable {
    var column: Int
    var ascending: Bool
    var nullsFirst: Bool
}

/// The steps a query runs, from the table to the result. Each node reads its child's
/// batches; column references in a node's expressions index the child's output.
indirect enum PlanNode {
    /// Every column of a table, in batches of up to `Batch.capacity` rows.
    case scan(Table)
    /// One row with no columns: the source of `select 1 + 1`.
    case singleRow
    /// Keeps the rows where the condition is true (not false, not NULL).
    case filter(PlanNode, BoundExpr)
    /// Computes one output column per expression.
    case project(PlanNode, [BoundExpr])
    /// Groups rows on `groups` and computes `aggregates` per group; outputs the group
    /// keys then the aggregate results. No groups: one row for the whole input.
    case aggregate(PlanNode, groups: [BoundExpr], aggregates: [AggregateCall])
    /// Drops repeated rows (all columns compared).
    case distinct(PlanNode)
    /// Orders all rows by the keys.
    case sort(PlanNode, [SortKey])
    /// The first `limit` rows after `offset` in key order, without sorting everything.
    case topN(PlanNode, [SortKey], limit: Int, offset: Int)
    /// Skips `offset` rows, then passes at most `limit` rows (nil: all).
    case limit(PlanNode, limit: Int?, offset: Int)
    /// The left columns then the right columns of each matching pair (see `JoinSpec`).
    case join(JoinSpec, PlanNode, PlanNode)
    /// `union [all]`, `intersect [all]`, `except [all]` of two inputs of the same types.
    case setOperation(SetOperation, all: Bool, PlanNode, PlanNode)
    /// The input's columns, then one column per window function.
    case window(PlanNode, [WindowCall])
}

/// How two inputs are joined. Rows pair up when every left key equals its right key
/// (NULL keys never match) and the residual condition is true; with no keys, every pair
/// is a candidate (a nested loop). Outer joins keep unmatched rows with NULLs.
struct JoinSpec {
    enum Kind { case inner, left, right, full }
    var kind: Kind
    /// Over the left input's columns.
    var leftKeys: [BoundExpr]
    /// Over the right input's columns (indexes from 0), each of its left key's type.
    var rightKeys: [BoundExpr]
    /// Over the joined row (left columns, then right columns).
    var residual: BoundExpr?
}

enum SetOperation { case union, intersect, except }

/// A bound query: its plan and the names of its visible result columns (the plan may
/// carry extra trailing columns that only `order by` needs).
struct QueryPlan {
    var root: PlanNode
    var columnNames: [String]
}
