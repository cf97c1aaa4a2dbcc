import PeruseStorage
import PeruseSyntax

/// What one step of a running query did: the rows it handed on and, when timed, how long
/// its `next()` calls took (its children's time included). Counted once per batch.
final class StepStats {
    var rowsOut = 0
    var nanoseconds: Int64 = 0
}

/// The steps of one query as the executor built them, children before parents, so that
/// their order is the order rows flow through them (`explain`).
final class QueryProfile {
    struct Step {
        var node: PlanNode
        var stats: StepStats
        /// Indexes into `steps` of the steps feeding this one.
        var inputs: [Int]
        /// For a filter: the operator, which counts rows dropped because the condition was NULL.
        var filter: FilterOperator?
    }

    /// Whether `next()` calls are timed (`explain analyze`).
    let timed: Bool
    private(set) var steps: [Step] = []

    init(timed: Bool) {
        self.timed = timed
    }

    func add(_ step: Step) -> Int {
        steps.append(step)
        return steps.count - 1
    }
}

/// Counts the rows (and, when asked, the time) of the operator it wraps. Only `explain`
/// builds these, so a plain query pays nothing for them.
final class CountingOperator: Operator {
    private let inner: Operator
    private let stats: StepStats
    private let timed: Bool

    init(_ inner: Operator, stats: StepStats, timed: Bool) {
        self.inner = inner
        self.stats = stats
        self.timed = timed
    }

    func next() throws(Diagnostic) -> Batch? {
        guard timed else {
            let batch = try inner.next()
            stats.rowsOut += batch?.count ?? 0
            return batch
        }
        let start = ContinuousClock.now
        let batch = try inner.next()
        let elapsed = ContinuousClock.now - start
        let (seconds, attoseconds) = elapsed.components
        stats.nanoseconds += seconds * 1_000_000_000 + attoseconds / 1_000_000_000
        stats.rowsOut += batch?.count ?? 0
        return batch
    }
}

extension BoundExpr {
    /// True when this condition can only be NULL where a column it reads is NULL: then a
    /// batch whose columns hold no NULLs needs no check for UNKNOWN rows.
    var isNullOnlyFromColumns: Bool {
        var simple = true
        visit { node in
            switch node.kind {
            case .constant(let v): if v.isNull { simple = false }
            // A subquery or outer reference can be NULL whatever the row holds.
            case .function, .caseWhen, .arithmetic, .cast, .subquery, .inSubquery, .quantified, .parameter: simple = false
            default: break
            }
        }
        return simple
    }

    /// True when this condition is never NULL (IS [NOT] NULL tests joined by AND, OR, NOT):
    /// a filter on it drops no row as UNKNOWN, so there is nothing to count.
    var isNeverNull: Bool {
        switch kind {
        case .isNull: return true
        case .and(let a, let b), .or(let a, let b): return a.isNeverNull && b.isNeverNull
        case .not(let inner): return inner.isNeverNull
        default: return false
        }
    }
}
