import PeruseStorage
import PeruseSyntax

/// A step of a running query: hands out its output one batch at a time (nil when done).
protocol Operator: AnyObject {
    func next() throws(Diagnostic) -> Batch?
}

/// What every operator of one query shares.
final class ExecutionContext {
    let evaluator = Evaluator()
    /// Polled between batches; true stops the query with "Interrupted".
    let isCancelled: () -> Bool
    /// The statement's memory budget, shared by every operator that keeps rows.
    let budget: MemoryBudget
    /// Set by `explain`: every operator built is wrapped to count its rows.
    let profile: QueryProfile?
    /// Every filter built, bottom first, for the NULL accounting under a result.
    var filters: [(operator: FilterOperator, node: PlanNode)] = []
    /// Whether filters count the rows dropped because their condition was NULL.
    let countsRowsDroppedAsNull: Bool

    init(
        isCancelled: @escaping () -> Bool = { false }, budget: MemoryBudget = MemoryBudget(limit: nil),
        profile: QueryProfile? = nil, countsRowsDroppedAsNull: Bool = false
    ) {
        self.isCancelled = isCancelled
        self.budget = budget
        self.profile = profile
        self.countsRowsDroppedAsNull = countsRowsDroppedAsNull || profile != nil
        evaluator.context = self
    }

    /// A context for one run of a subquery of `parent`'s query, with its outer values.
    convenience init(parameters: [Value], parent: ExecutionContext?) {
        self.init(isCancelled: parent?.isCancelled ?? { false }, budget: parent?.budget ?? MemoryBudget(limit: nil))
        evaluator.parameters = parameters
    }

    func checkCancelled() throws(Diagnostic) {
        if isCancelled() { throw .error("exec.interrupted", "Interrupted") }
    }
}

/// Turns a plan into the operators that run it.
enum OperatorBuilder {
    /// `needed`: the columns of this node's output that anything above reads (nil: all).
    /// Only those are sliced out of a table, so a query reading one column of eight
    /// does not touch the other seven.
    static func build(_ node: PlanNode, _ context: ExecutionContext, needed: Set<Int>? = nil) -> Operator {
        guard let profile = context.profile else { return buildOperator(node, context, needed: needed) }
        let first = profile.steps.count
        let op = buildOperator(node, context, needed: needed)
        // The steps this node's children added end with their own roots: the inputs are
        // the steps added since `first` that no later step consumed.
        let added = Array(profile.steps.indices.dropFirst(first))
        let consumed = Set(added.flatMap { profile.steps[$0].inputs })
        let inputs = added.filter { !consumed.contains($0) }
        let stats = StepStats()
        _ = profile.add(.init(node: node, stats: stats, inputs: inputs, filter: op as? FilterOperator))
        return CountingOperator(op, stats: stats, timed: profile.timed)
    }

    private static func buildOperator(_ node: PlanNode, _ context: ExecutionContext, needed: Set<Int>?) -> Operator {
        func used(_ exprs: [BoundExpr]) -> Set<Int> { exprs.reduce(into: Set<Int>()) { $0.formUnion($1.columnsUsed) } }
        switch node {
        case .scan(let table): return ScanOperator(table, columns: needed, context)
        case .singleRow: return SingleRowOperator()
        case .filter(let child, let condition):
            let below = needed.map { $0.union(condition.columnsUsed) }
            let filter = FilterOperator(build(child, context, needed: below), condition, context)
            context.filters.append((filter, node))
            return filter
        case .project(let child, let exprs):
            return ProjectOperator(build(child, context, needed: used(exprs)), exprs, context)
        case .aggregate(let child, let groups, let aggregates):
            // corr(y, x) reads a second argument too.
            let below = used(groups + aggregates.compactMap(\.argument) + aggregates.compactMap(\.second))
            return HashAggregateOperator(
                build(child, context, needed: below), groups: groups, aggregates: aggregates, context)
        case .distinct(let child): return DistinctOperator(build(child, context), context)
        case .sort(let child, let keys):
            return SortOperator(build(child, context), keys: keys, limit: nil, offset: 0, context)
        case .topN(let child, let keys, let limit, let offset):
            return SortOperator(build(child, context), keys: keys, limit: limit, offset: offset, context)
        case .limit(let child, let limit, let offset):
            return LimitOperator(build(child, context, needed: needed), limit: limit, offset: offset)
        case .join(let spec, let left, let right):
            let width = left.outputTypes.count
            let residual = spec.residual?.columnsUsed ?? []
            let all = needed.map { $0.union(residual) }
            let leftNeeded = all.map { $0.filter { $0 < width }.union(used(spec.leftKeys)) }
            let rightNeeded = all.map { Set($0.filter { $0 >= width }.map { $0 - width }).union(used(spec.rightKeys)) }
            return HashJoinOperator(
                spec, build(left, context, needed: leftNeeded), build(right, context, needed: rightNeeded),
                leftTypes: left.outputTypes, rightTypes: right.outputTypes,
                buildsLeft: spec.buildsLeft(left: left, right: right), needed: all, context)
        case .setOperation(let op, let all, let left, let right):
            return SetOperationOperator(op, all: all, build(left, context), build(right, context), context)
        case .window(let child, let calls):
            let width = child.outputTypes.count
            var below = needed.map { Set($0.filter { $0 < width }) }
            for call in calls { below?.formUnion(used(call.args + call.partition + call.order)) }
            return WindowOperator(build(child, context, needed: below), calls, types: child.outputTypes, context)
        }
    }

    /// Runs `op` to the end and gathers its batches into whole columns.
    static func collect(_ op: Operator, types: [DataType], _ context: ExecutionContext) throws(Diagnostic) -> [Vector] {
        var builders = types.map { VectorBuilder(type: $0) }
        while let batch = try op.next() {
            try context.budget.reserve(rows: batch.count, of: types, operator: "result")
            for i in 0..<builders.count where i < batch.columns.count {
                builders[i].append(batch.columns[i], selection: batch.selection)
            }
        }
        return builders.map { $0.build() }
    }
}

/// Reads a table in batches, sharing its buffers (no copy).
final class ScanOperator: Operator {
    private let table: Table
    private let context: ExecutionContext
    /// Which columns to slice; the others are left as empty placeholders nobody reads.
    private let read: [Bool]
    private var offset = 0
    private let unread = Vector(type: .null, count: 0, storage: .null)

    init(_ table: Table, columns: Set<Int>?, _ context: ExecutionContext) {
        self.table = table
        self.context = context
        self.read = table.columns.indices.map { columns?.contains($0) ?? true }
    }

    func next() throws(Diagnostic) -> Batch? {
        try context.checkCancelled()
        guard offset < table.rowCount else { return nil }
        let length = min(Batch.capacity, table.rowCount - offset)
        var columns: [Vector] = []
        columns.reserveCapacity(read.count)
        for (i, column) in table.columns.enumerated() {
            columns.append(read[i] ? column.slice(start: offset, length: length) : unread)
        }
        offset += length
        return Batch(columns: columns, count: length)
    }
}

/// The one row of a query without FROM.
final class SingleRowOperator: Operator {
    private var done = false
    func next() throws(Diagnostic) -> Batch? {
        if done { return nil }
        done = true
        return Batch(columns: [], count: 1)
    }
}

/// Narrows each batch's selection to the rows where the condition is true.
final class FilterOperator: Operator {
    private let child: Operator
    private let condition: BoundExpr
    private let context: ExecutionContext
    private let nullOnlyFromColumns: Bool
    private let neverNull: Bool
    /// Rows dropped because the condition was NULL (UNKNOWN) rather than false.
    private(set) var droppedUnknown = 0

    init(_ child: Operator, _ condition: BoundExpr, _ context: ExecutionContext) {
        self.child = child
        self.condition = condition
        self.context = context
        self.nullOnlyFromColumns = condition.isNullOnlyFromColumns
        self.neverNull = condition.isNeverNull
    }

    func next() throws(Diagnostic) -> Batch? {
        while let batch = try child.next() {
            if context.countsRowsDroppedAsNull && !nullOnlyFromColumns {
                // One evaluation tells both the rows kept and those dropped as NULL.
                let truth = try context.evaluator.evaluate(condition, batch)
                let kept = Evaluator.positions(of: truth)
                if kept.count == batch.count { return batch }
                droppedUnknown += Self.nullCount(truth)
                if kept.isEmpty { continue }
                return batch.subset(kept)
            }
            let kept = try context.evaluator.truePositions(condition, batch)
            if kept.count == batch.count { return batch }
            if context.countsRowsDroppedAsNull && !neverNull { try countUnknown(batch) }
            if kept.isEmpty { continue }
            return batch.subset(kept)
        }
        return nil
    }

    /// Adds the rows of `batch` where a condition that is NULL only where a column it reads is
    /// NULL is NULL: decided on those rows only (a few, usually). Only batches that lost rows
    /// get here.
    private func countUnknown(_ batch: Batch) throws(Diagnostic) {
        let nullable = condition.columnsUsed.compactMap { i in
            i < batch.columns.count ? batch.columns[i].effectiveValidity : nil
        }
        if nullable.isEmpty { return }
        var candidates: [Int32] = []
        if let selection = batch.selection {
            for (k, row) in selection.enumerated() where nullable.contains(where: { !$0[Int(row)] }) {
                candidates.append(Int32(truncatingIfNeeded: k))
            }
        } else {
            let wordCount = (batch.count + 63) >> 6
            for w in 0..<wordCount {
                var missing: UInt64 = 0
                for v in nullable where w < v.words.count { missing |= ~v.words[v.words.startIndex + w] }
                if w == wordCount - 1 && batch.count & 63 != 0 { missing &= (1 << UInt64(batch.count & 63)) &- 1 }
                while missing != 0 {
                    candidates.append(Int32(truncatingIfNeeded: w << 6 | missing.trailingZeroBitCount))
                    missing &= missing &- 1
                }
            }
        }
        if candidates.isEmpty { return }
        droppedUnknown += try unknownCount(batch.subset(candidates))
    }

    private static func nullCount(_ truth: Vector) -> Int {
        if case .null = truth.storage { return truth.count }
        return truth.validity.map { truth.count - $0.validCount } ?? 0
    }

    /// The rows of `batch` where the condition is NULL: neither true nor false.
    private func unknownCount(_ batch: Batch) throws(Diagnostic) -> Int {
        let decided =
            try context.evaluator.truePositions(condition, batch).count
            + context.evaluator.falsePositions(condition, batch).count
        return max(0, batch.count - decided)
    }
}

/// Computes the output columns.
final class ProjectOperator: Operator {
    private let child: Operator
    private let exprs: [BoundExpr]
    private let context: ExecutionContext

    init(_ child: Operator, _ exprs: [BoundExpr], _ context: ExecutionContext) {
        self.child = child
        self.exprs = exprs
        self.context = context
    }

    /// When every output is a plain input column, the batch passes through re-indexed
    /// with its selection kept: nothing is copied until someone reads the rows.
    private lazy var passThrough: [Int]? = {
        var indexes: [Int] = []
        for e in exprs {
            guard case .column(let i) = e.kind else { return nil }
            indexes.append(i)
        }
        return indexes
    }()

    func next() throws(Diagnostic) -> Batch? {
        guard let batch = try child.next() else { return nil }
        if let indexes = passThrough, indexes.allSatisfy({ $0 < batch.columns.count }) {
            return Batch(columns: indexes.map { batch.columns[$0] }, count: batch.count, selection: batch.selection)
        }
        var columns: [Vector] = []
        columns.reserveCapacity(exprs.count)
        for e in exprs { columns.append(try context.evaluator.evaluate(e, batch)) }
        return Batch(columns: columns, count: batch.count)
    }
}

/// Skips `offset` rows, then passes at most `limit`.
final class LimitOperator: Operator {
    private let child: Operator
    private var toSkip: Int
    private var remaining: Int?

    init(_ child: Operator, limit: Int?, offset: Int) {
        self.child = child
        self.toSkip = offset
        self.remaining = limit
    }

    func next() throws(Diagnostic) -> Batch? {
        while true {
            if let r = remaining, r <= 0 { return nil }
            guard let batch = try child.next() else { return nil }
            var start = 0
            if toSkip > 0 {
                start = min(toSkip, batch.count)
                toSkip -= start
            }
            var end = batch.count
            if let r = remaining, r < end - start { end = start + r }
            if end <= start { continue }
            remaining = remaining.map { $0 - (end - start) }
            if start == 0 && end == batch.count { return batch }
            return batch.subset((start..<end).map { Int32(truncatingIfNeeded: $0) })
        }
    }
}
