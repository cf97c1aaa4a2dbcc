import PeruseStorage
import PeruseSyntax

/// What binding a query needs from outside it: the catalog, the settings, the source text
/// (for column names), and the CTEs in scope (innermost last).
struct BindContext {
    let catalog: Catalog
    let settings: EngineSettings
    let source: SourceText
    var ctes: [CommonTableExpression] = []

    /// The CTE called `name`, innermost first, with the CTEs visible to its own query.
    func cte(named name: String) -> (CommonTableExpression, BindContext)? {
        let lower = name.lowercased()
        guard let i = ctes.lastIndex(where: { $0.name.name.lowercased() == lower }) else { return nil }
        var inner = self
        inner.ctes = Array(ctes.prefix(i))
        return (ctes[i], inner)
    }
}

/// A subquery's link to the query around it: names the subquery does not define are bound
/// by the outer query's binder, and become parameters the subquery reads (`.parameter(k)`
/// is the value of `captured[k]` on the outer row being evaluated).
final class Correlation {
    let outer: ExprBinder
    private(set) var captured: [BoundExpr] = []

    init(outer: ExprBinder) { self.outer = outer }

    /// The parameter standing for `expr` (a column reference) of the outer query.
    func capture(_ expr: Expr) throws(Diagnostic) -> BoundExpr {
        let bound = try outer.bind(expr)
        let k: Int
        if let existing = captured.firstIndex(of: bound) {
            k = existing
        } else {
            captured.append(bound)
            k = captured.count - 1
        }
        return BoundExpr(.parameter(k), type: bound.type, range: expr.range)
    }
}

extension ExprBinder {
    /// `expr` (a column the local scope lacks) as an outer reference; nil when no enclosing
    /// query has it either, so the caller reports the local error.
    func outerReference(_ expr: Expr) throws(Diagnostic) -> BoundExpr? {
        guard let correlation else { return nil }
        do {
            return try correlation.capture(expr)
        } catch let error {
            if error.id == "bind.unknown-column" || error.id == "bind.unknown-table" { return nil }
            throw error
        }
    }

    /// Binds a query inside an expression, linked to this binder for outer references.
    private func bindInner(_ query: SelectStatement, range: SourceRange) throws(Diagnostic) -> (QueryPlan, [BoundExpr])
    {
        guard let context else {
            throw .error("bind.subquery", "subqueries are not allowed in \(clauseName)", at: range)
        }
        var outer = self
        outer.windows = nil
        let correlation = Correlation(outer: outer)
        let plan = try SelectBinder(context: context, correlation: correlation).bind(query)
        return (plan, correlation.captured)
    }

    /// `(select …)` as one value.
    func bindSubquery(_ query: SelectStatement, range r: SourceRange) throws(Diagnostic) -> BoundExpr {
        let (plan, args) = try bindInner(query, range: r)
        try Self.expectOneColumn(plan, range: r)
        let type = plan.root.outputTypes.first ?? .null
        return BoundExpr(
            .subquery(Subquery(plan: plan.root, kind: .scalar, range: r), args: args), type: type, range: r)
    }

    /// `exists (select …)`
    func bindExists(_ query: SelectStatement, range r: SourceRange) throws(Diagnostic) -> BoundExpr {
        let (plan, args) = try bindInner(query, range: r)
        let first = PlanNode.limit(plan.root, limit: 1, offset: 0)
        return BoundExpr(
            .subquery(Subquery(plan: first, kind: .exists, range: r), args: args), type: .boolean, range: r)
    }

    /// `x [not] in (select …)`: both sides at their common type.
    func bindInSubquery(_ value: BoundExpr, _ query: SelectStatement, negated: Bool, range r: SourceRange)
        throws(Diagnostic) -> BoundExpr
    {
        let (x, root, args) = try bindCompared(value, query, clause: "IN", range: r)
        let subquery = Subquery(plan: root, kind: .membership, range: r)
        return BoundExpr(.inSubquery(x, subquery, args: args, negated: negated), type: .boolean, range: r)
    }

    /// `x op any (select …)` and `x op all (select …)`. `= any` is `in`, `<> all` is `not in`;
    /// `x op all (…)` is `not (x op' any (…))` with op' the opposite comparison, which has the
    /// same three values: false where some v fails, true where none can (no rows included).
    func bindQuantified(
        _ value: BoundExpr, _ op: ComparisonOperator, _ query: SelectStatement, all: Bool, range r: SourceRange
    ) throws(Diagnostic) -> BoundExpr {
        let (x, root, args) = try bindCompared(value, query, clause: all ? "ALL" : "ANY", range: r)
        let anyOperator = all ? op.opposite : op
        let test: BoundExpr
        if let extremes = ExtremesTest(anyOperator) {
            let subquery = Subquery(plan: root, kind: .extremes, range: r)
            test = BoundExpr(.quantified(x, extremes, subquery, args: args), type: .boolean, range: r)
        } else {
            let subquery = Subquery(plan: root, kind: .membership, range: r)
            test = BoundExpr(.inSubquery(x, subquery, args: args, negated: false), type: .boolean, range: r)
        }
        return all ? BoundExpr(.not(test), type: .boolean, range: r) : test
    }

    /// The tested value and the subquery's plan, both at their common type, and the subquery's
    /// outer references.
    private func bindCompared(_ value: BoundExpr, _ query: SelectStatement, clause: String, range r: SourceRange)
        throws(Diagnostic) -> (BoundExpr, PlanNode, [BoundExpr])
    {
        let (plan, args) = try bindInner(query, range: r)
        try Self.expectOneColumn(plan, range: r)
        let columnType = plan.root.outputTypes.first ?? .null
        guard let t = TypeRules.commonType(value.type, columnType, aIsStringLiteral: value.isStringLiteral) else {
            throw .error(
                "bind.type-mismatch",
                "Cannot compare values of type \(value.type) and type \(columnType) in \(clause)", at: r,
                help: "an explicit cast is required")
        }
        var root = plan.root
        if columnType != t {
            root = .project(
                root, [BoundExpr(.cast(BoundExpr(.column(0), type: columnType, range: r)), type: t, range: r)])
        }
        return (try TypeRules.cast(value, to: t), root, args)
    }

    private static func expectOneColumn(_ plan: QueryPlan, range: SourceRange) throws(Diagnostic) {
        guard plan.columnNames.count == 1 else {
            throw .error(
                "bind.subquery-columns",
                "subquery returns \(plan.columnNames.count) columns; here it must return 1", at: range)
        }
    }
}
