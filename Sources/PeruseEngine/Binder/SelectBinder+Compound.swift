import PeruseStorage
import PeruseSyntax

/// `union [all]`, `intersect [all]` and `except [all]`: `intersect` binds more tightly than
/// the other two, which apply left to right. Columns are matched by position and named
/// after the first query's; `order by` and `limit` apply to the whole result.
extension SelectBinder {
    func bindCompound(_ select: SelectStatement) throws(Diagnostic) -> QueryPlan {
        var first = select
        first.compound = []
        first.orderBy = []
        first.orderByAll = nil
        first.limit = nil
        first.offset = nil
        first.with = []
        var operands = [try bind(first)]
        for term in select.compound { operands.append(try bind(term.select)) }

        // Intersections first, folded into their left operand.
        var folded = [operands[0]]
        var loose: [CompoundTerm] = []
        for (i, term) in select.compound.enumerated() {
            if term.op == .intersect {
                let last = folded.removeLast()
                folded.append(try combine(last, operands[i + 1], term, select))
            } else {
                folded.append(operands[i + 1])
                loose.append(term)
            }
        }
        var result = folded[0]
        for (k, term) in loose.enumerated() { result = try combine(result, folded[k + 1], term, select) }

        // ORDER BY over the result's columns: positions, names, or expressions of them.
        let types = result.root.outputTypes
        let scope = Scope(
            entries: zip(result.columnNames, types).map { Scope.Entry(table: nil, name: $0.0, type: $0.1) })
        var outputs = types.enumerated().map { BoundExpr(.column($0.offset), type: $0.element, range: .empty) }
        let visible = outputs.count
        var keys: [SortKey] = []
        if let all = select.orderByAll {
            keys = (0..<visible).map {
                SortKey(column: $0, ascending: all.ascending ?? true, nullsFirst: all.nullsFirst ?? false)
            }
        }
        let binder = exprBinder(scope, .rows(clause: "ORDER BY"))
        for o in select.orderBy {
            var column: Int
            if case .literal(.integer(let text)) = o.expr.kind {
                guard let k = Int(text), k >= 1, k <= visible else {
                    throw .error(
                        "bind.ordinal", "ORDER BY position \(text) is not in the select list (1 to \(visible))",
                        at: o.expr.range)
                }
                column = k - 1
            } else {
                let b = try binder.bind(o.expr)
                if case .column(let i) = b.kind {
                    column = i
                } else {
                    outputs.append(b)
                    column = outputs.count - 1
                }
            }
            keys.append(SortKey(column: column, ascending: o.ascending ?? true, nullsFirst: o.nullsFirst ?? false))
        }
        var plan = result.root
        if outputs.count > visible { plan = .project(plan, outputs) }
        plan = try orderAndLimit(plan, keys: keys, select: select)
        if outputs.count > visible { plan = .project(plan, Array(outputs.prefix(visible))) }
        return QueryPlan(root: plan, columnNames: result.columnNames)
    }

    /// Two operands at their common column types, combined by `term`'s operator.
    private func combine(_ a: QueryPlan, _ b: QueryPlan, _ term: CompoundTerm, _ select: SelectStatement)
        throws(Diagnostic) -> QueryPlan
    {
        let ta = a.root.outputTypes
        let tb = b.root.outputTypes
        guard ta.count == tb.count else {
            throw .error(
                "bind.set-columns",
                "\(term.op.rawValue.uppercased()) needs the same number of columns on both sides (\(ta.count) and \(tb.count))",
                at: select.items.first.map(Self.range) ?? .empty)
        }
        var types: [DataType] = []
        for (x, y) in zip(ta, tb) {
            if let t = TypeRules.commonType(x, y) {
                types.append(t)
            } else if x == .varchar || y == .varchar {
                types.append(.varchar)
            } else {
                throw .error(
                    "bind.type-mismatch",
                    "\(term.op.rawValue.uppercased()) cannot combine a \(x) column with a \(y) column",
                    at: select.items.first.map(Self.range) ?? .empty, help: "cast one side to the other's type")
            }
        }
        func cast(_ plan: PlanNode, _ from: [DataType]) -> PlanNode {
            if from == types { return plan }
            let exprs = zip(from, types).enumerated().map { k, pair in
                let column = BoundExpr(.column(k), type: pair.0, range: .empty)
                return pair.0 == pair.1 ? column : BoundExpr(.cast(column), type: pair.1, range: .empty)
            }
            return .project(plan, exprs)
        }
        let op: SetOperation
        switch term.op {
        case .union: op = .union
        case .intersect: op = .intersect
        case .except: op = .except
        }
        return QueryPlan(
            root: .setOperation(op, all: term.all, cast(a.root, ta), cast(b.root, tb)), columnNames: a.columnNames)
    }

    private static func range(_ item: SelectItem) -> SourceRange {
        switch item {
        case .star(_, let range, _): return range
        case .expr(let e, _): return e.range
        }
    }
}
