import PeruseStorage
import PeruseSyntax

/// The `from` clause: tables, CTEs, subqueries and joins, each bringing its columns into
/// the scope in order (a join: the left side's, then the right side's).
extension SelectBinder {
    func bindFrom(_ ref: TableRef) throws(Diagnostic) -> (PlanNode, Scope) {
        switch ref {
        case .table(let name, let alias):
            if let (cte, cteContext) = context.cte(named: name.name) {
                let plan = try SelectBinder(context: cteContext, correlation: correlation).bind(cte.query)
                let names = try renamed(plan.columnNames, cte.columns, at: cte.name.range)
                return (plan.root, Self.scope(alias?.name ?? cte.name.name, names, plan.root.outputTypes))
            }
            guard let table = context.catalog.table(name.name) else {
                throw Self.unknownTable(name, catalog: context.catalog)
            }
            let scope = Self.scope(alias?.name ?? table.name, table.schema.map(\.name), table.schema.map(\.type))
            return (.scan(table), scope)
        case .subquery(let query, let alias, let columns):
            let plan = try SelectBinder(context: context, correlation: correlation).bind(query)
            let names = try renamed(plan.columnNames, columns, at: alias?.range ?? .empty)
            return (plan.root, Self.scope(alias?.name ?? "unnamed_subquery", names, plan.root.outputTypes))
        case .join(let kind, let leftRef, let rightRef, let condition):
            let (left, leftScope) = try bindFrom(leftRef)
            let (right, rightScope) = try bindFrom(rightRef)
            return try bindJoin(kind, left, leftScope, right, rightScope, condition)
        }
    }

    private static func scope(_ table: String, _ names: [String], _ types: [DataType]) -> Scope {
        Scope(entries: zip(names, types).map { Scope.Entry(table: table, name: $0.0, type: $0.1) })
    }

    /// Column names with the first ones replaced by `aliases` (`t(a, b)`).
    private func renamed(_ names: [String], _ aliases: [Identifier], at range: SourceRange) throws(Diagnostic)
        -> [String]
    {
        guard aliases.count <= names.count else {
            throw .error(
                "bind.column-aliases", "\(aliases.count) column names given for \(names.count) columns",
                at: aliases.last?.range ?? range)
        }
        var out = names
        for (i, a) in aliases.enumerated() { out[i] = a.name }
        return out
    }

    private func bindJoin(
        _ kind: JoinKind, _ left: PlanNode, _ leftScope: Scope, _ right: PlanNode, _ rightScope: Scope,
        _ condition: JoinCondition?
    ) throws(Diagnostic) -> (PlanNode, Scope) {
        let width = leftScope.entries.count
        var scope = Scope(entries: leftScope.entries + rightScope.entries)
        let specKind: JoinSpec.Kind
        switch kind {
        case .inner, .cross: specKind = .inner
        case .left: specKind = .left
        case .right: specKind = .right
        case .full: specKind = .full
        }
        var spec = JoinSpec(kind: specKind, leftKeys: [], rightKeys: [], residual: nil)
        switch condition {
        case nil:
            return (.join(spec, left, right), scope)
        case .on(let e):
            let bound = try TypeRules.condition(try exprBinder(scope, .rows(clause: "ON")).bind(e), clause: "ON")
            if specKind == .inner { return (Self.pushFilter(.join(spec, left, right), bound), scope) }
            var residual: [BoundExpr] = []
            for c in bound.conjuncts {
                if let (l, r) = Self.equiKey(c, width: width) {
                    spec.leftKeys.append(l)
                    spec.rightKeys.append(r)
                } else {
                    residual.append(c)
                }
            }
            spec.residual = BoundExpr.conjunction(residual)
            return (.join(spec, left, right), scope)
        case .using(let names):
            var coalesced: [BoundExpr] = []
            for name in names {
                let (li, lt) = try leftScope.resolve(table: nil, name: name)
                let (ri, rt) = try rightScope.resolve(table: nil, name: name)
                guard let t = TypeRules.commonType(lt, rt) else {
                    throw .error(
                        "bind.type-mismatch", "cannot join on \(name.name): \(lt) and \(rt)", at: name.range,
                        help: "join with ON and an explicit cast")
                }
                let l = try TypeRules.cast(BoundExpr(.column(li), type: lt, range: name.range), to: t)
                let r = try TypeRules.cast(BoundExpr(.column(ri), type: rt, range: name.range), to: t)
                spec.leftKeys.append(l)
                spec.rightKeys.append(r)
                switch specKind {
                case .inner, .left: scope.entries[width + ri].hidden = true
                case .right: scope.entries[li].hidden = true
                case .full:
                    scope.entries[li].hidden = true
                    scope.entries[width + ri].hidden = true
                    let both = [l, r.mappingColumns { $0 + width }]
                    coalesced.append(BoundExpr(.function(.coalesce, both), type: t, range: name.range))
                }
            }
            var plan = PlanNode.join(spec, left, right)
            if !coalesced.isEmpty {
                let all = scope.entries.enumerated().map {
                    BoundExpr(.column($0.offset), type: $0.element.type, range: .empty)
                }
                plan = .project(plan, all + coalesced)
                for (name, e) in zip(names, coalesced) {
                    scope.entries.append(Scope.Entry(table: nil, name: name.name, type: e.type))
                }
            }
            return (plan, scope)
        }
    }

    /// `left = right` with each side reading only one input: the key pair (the right key's
    /// columns counted from 0). Nil for any other condition.
    static func equiKey(_ c: BoundExpr, width: Int) -> (BoundExpr, BoundExpr)? {
        guard case .comparison(.equal, let a, let b) = c.kind else { return nil }
        let ua = a.columnsUsed
        let ub = b.columnsUsed
        guard !ua.isEmpty, !ub.isEmpty else { return nil }
        if ua.allSatisfy({ $0 < width }), ub.allSatisfy({ $0 >= width }) {
            return (a, b.mappingColumns { $0 - width })
        }
        if ub.allSatisfy({ $0 < width }), ua.allSatisfy({ $0 >= width }) {
            return (b, a.mappingColumns { $0 - width })
        }
        return nil
    }

    /// `plan` filtered by `condition`, with each conjunct moved as far down into inner joins
    /// as the columns it reads allow: one side's conditions filter that side, equalities
    /// across become hash keys, the rest is checked on the joined pairs.
    static func pushFilter(_ plan: PlanNode, _ condition: BoundExpr) -> PlanNode {
        guard case .join(var spec, let left, let right) = plan else { return .filter(plan, condition) }
        let width = left.outputTypes.count
        var toLeft: [BoundExpr] = []
        var toRight: [BoundExpr] = []
        var residual: [BoundExpr] = []
        var above: [BoundExpr] = []
        for c in condition.conjuncts {
            let used = c.columnsUsed
            let leftOnly = !used.isEmpty && used.allSatisfy { $0 < width }
            let rightOnly = !used.isEmpty && used.allSatisfy { $0 >= width }
            switch spec.kind {
            case .inner:
                if used.isEmpty {
                    above.append(c)
                } else if leftOnly {
                    toLeft.append(c)
                } else if rightOnly {
                    toRight.append(c.mappingColumns { $0 - width })
                } else if let (l, r) = equiKey(c, width: width) {
                    spec.leftKeys.append(l)
                    spec.rightKeys.append(r)
                } else {
                    residual.append(c)
                }
            case .left where leftOnly: toLeft.append(c)
            case .right where rightOnly: toRight.append(c.mappingColumns { $0 - width })
            default: above.append(c)
            }
        }
        let newLeft = BoundExpr.conjunction(toLeft).map { pushFilter(left, $0) } ?? left
        let newRight = BoundExpr.conjunction(toRight).map { pushFilter(right, $0) } ?? right
        if !residual.isEmpty {
            spec.residual = BoundExpr.conjunction((spec.residual.map { [$0] } ?? []) + residual)
        }
        let joined = PlanNode.join(spec, newLeft, newRight)
        return BoundExpr.conjunction(above).map { .filter(joined, $0) } ?? joined
    }
}
