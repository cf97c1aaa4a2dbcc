import PeruseStorage
import PeruseSyntax

/// Binds a `select` into a `QueryPlan`: with → from → where → group by/aggregates → having →
/// window functions → select list → distinct → order by → limit; compound queries
/// (`union`, `intersect`, `except`) in `SelectBinder+Compound`, `from` in `SelectBinder+From`.
struct SelectBinder {
    var context: BindContext
    /// Set when this query is a subquery: how it reaches the enclosing query's names.
    var correlation: Correlation?

    init(context: BindContext, correlation: Correlation? = nil) {
        self.context = context
        self.correlation = correlation
    }

    init(catalog: Catalog, settings: EngineSettings, source: SourceText) {
        self.init(context: BindContext(catalog: catalog, settings: settings, source: source))
    }

    func bind(_ select: SelectStatement) throws(Diagnostic) -> QueryPlan {
        var binder = self
        binder.context.ctes += select.with
        if !select.compound.isEmpty { return try binder.bindCompound(select) }
        return try binder.bindSelect(select)
    }

    /// A binder for expressions over `scope`, linked to this query's context.
    func exprBinder(_ scope: Scope, _ mode: ExprBinder.Mode) -> ExprBinder {
        ExprBinder(scope: scope, mode: mode, settings: context.settings, context: context, correlation: correlation)
    }

    private func bindSelect(_ select: SelectStatement) throws(Diagnostic) -> QueryPlan {
        // FROM: the rows and the names they bring.
        var plan: PlanNode
        var scope = Scope()
        if let from = select.from {
            (plan, scope) = try bindFrom(from)
        } else {
            plan = .singleRow
        }

        // WHERE, its conditions pushed into joins where they belong.
        if let w = select.whereClause {
            let condition = try TypeRules.condition(
                try exprBinder(scope, .rows(clause: "WHERE")).bind(w), clause: "WHERE")
            plan = Self.pushFilter(plan, condition)
        }

        let items = try expandItems(select.items, scope)

        // GROUP BY: expressions, select-list ordinals or aliases; `all`: every item without an aggregate.
        let rowBinder = exprBinder(scope, .rows(clause: "GROUP BY"))
        var groups: [BoundExpr] = []
        var groupExprs = select.groupBy
        if select.groupByAll {
            groupExprs = items.map(\.expr).filter { !$0.containsAggregate && !$0.isWindowCall }
        }
        for g in groupExprs {
            var e = g
            if case .literal(.integer(let text)) = g.kind, !select.groupByAll {
                guard let k = Int(text), k >= 1, k <= items.count else {
                    throw .error(
                        "bind.ordinal", "GROUP BY position \(text) is not in the select list (1 to \(items.count))",
                        at: g.range)
                }
                e = items[k - 1].expr
            } else if case .column(nil, let name) = g.kind, !scope.canResolve(table: nil, name: name),
                let item = items.first(where: { $0.alias?.name.lowercased() == name.name.lowercased() })
            {
                e = item.expr
            }
            if e.containsAggregate {
                throw .error("bind.aggregate-in-group", "aggregate functions are not allowed in GROUP BY", at: g.range)
            }
            let bound = try rowBinder.bind(e)
            if !groups.contains(bound) { groups.append(bound) }
        }

        let isAggregate =
            !groupExprs.isEmpty || select.groupByAll || select.having != nil
            || items.contains { $0.expr.containsAggregate }
            || select.orderBy.contains { $0.expr.containsAggregate }
        let aggregates = AggregateContext(groups: groups)
        let listMode: ExprBinder.Mode = isAggregate ? .aggregated(aggregates) : .rows(clause: "SELECT")
        var listBinder = exprBinder(scope, listMode)
        let windows = WindowCollector()
        listBinder.windows = windows

        var outputs: [BoundExpr] = []
        for item in items { outputs.append(try listBinder.bind(item.expr)) }

        var having: BoundExpr?
        if let h = select.having {
            var havingBinder = listBinder
            havingBinder.windows = nil
            if case .rows = listMode { havingBinder.mode = .rows(clause: "HAVING") }
            having = try TypeRules.condition(try havingBinder.bind(h), clause: "HAVING")
        }

        // ORDER BY: ordinals, aliases, select-list expressions, or extra hidden columns.
        let visible = outputs.count
        var keys: [SortKey] = []
        if let all = select.orderByAll {
            keys = (0..<visible).map {
                SortKey(column: $0, ascending: all.ascending ?? true, nullsFirst: all.nullsFirst ?? false)
            }
        }
        for o in select.orderBy {
            let column: Int
            if case .literal(.integer(let text)) = o.expr.kind {
                guard let k = Int(text), k >= 1, k <= visible else {
                    throw .error(
                        "bind.ordinal", "ORDER BY position \(text) is not in the select list (1 to \(visible))",
                        at: o.expr.range)
                }
                column = k - 1
            } else if case .column(nil, let name) = o.expr.kind,
                let k = items.firstIndex(where: { $0.alias?.name.lowercased() == name.name.lowercased() })
            {
                column = k
            } else {
                let b = try listBinder.bind(o.expr)
                if let k = outputs.firstIndex(of: b) {
                    column = k
                } else {
                    if select.distinct {
                        throw .error(
                            "bind.distinct-order",
                            "for SELECT DISTINCT, ORDER BY expressions must appear in the select list",
                            at: o.expr.range)
                    }
                    outputs.append(b)
                    column = outputs.count - 1
                }
            }
            // DuckDB's default: NULLS LAST whatever the direction.
            keys.append(SortKey(column: column, ascending: o.ascending ?? true, nullsFirst: o.nullsFirst ?? false))
        }

        if isAggregate {
            plan = .aggregate(plan, groups: aggregates.groups, aggregates: aggregates.aggregates)
            if let having { plan = .filter(plan, having) }
        } else if let having {
            plan = .filter(plan, having)
        }
        if !windows.calls.isEmpty {
            let width = isAggregate ? aggregates.groups.count + aggregates.aggregates.count : scope.entries.count
            let base = WindowCollector.placeholderBase
            outputs = outputs.map { $0.mappingColumns { $0 >= base ? width + ($0 - base) : $0 } }
            plan = .window(plan, windows.calls)
        }
        plan = .project(plan, outputs)
        if select.distinct { plan = .distinct(plan) }
        plan = try orderAndLimit(plan, keys: keys, select: select)
        if outputs.count > visible {
            let keep = (0..<visible).map { BoundExpr(.column($0), type: outputs[$0].type, range: .empty) }
            plan = .project(plan, keep)
        }
        return QueryPlan(root: plan, columnNames: items.map(\.name))
    }

    /// Sorts (or takes the top N) and applies LIMIT/OFFSET.
    func orderAndLimit(_ input: PlanNode, keys: [SortKey], select: SelectStatement) throws(Diagnostic) -> PlanNode {
        var plan = input
        let limit = try select.limit.map { (e: Expr) throws(Diagnostic) -> Int in try constantCount(e, "LIMIT") }
        let offset =
            try select.offset.map { (e: Expr) throws(Diagnostic) -> Int in try constantCount(e, "OFFSET") } ?? 0
        if !keys.isEmpty {
            if let limit, offset <= 100_000, limit <= 100_000 - offset {
                plan = .topN(plan, keys, limit: limit, offset: offset)
            } else {
                plan = .sort(plan, keys)
                if limit != nil || offset > 0 { plan = .limit(plan, limit: limit, offset: offset) }
            }
        } else if limit != nil || offset > 0 {
            plan = .limit(plan, limit: limit, offset: offset)
        }
        return plan
    }

    /// The select list with stars expanded (`exclude` and `replace` applied).
    private func expandItems(_ selectItems: [SelectItem], _ scope: Scope) throws(Diagnostic)
        -> [(expr: Expr, name: String, alias: Identifier?)]
    {
        var items: [(expr: Expr, name: String, alias: Identifier?)] = []
        for item in selectItems {
            switch item {
            case .star(let table, let range, let modifiers):
                let matching = scope.entries.filter { e in
                    table.map { e.table?.lowercased() == $0.name.lowercased() } ?? !e.hidden
                }
                if matching.isEmpty {
                    if let table { throw .error("bind.unknown-table", "no such table: \(table.name)", at: table.range) }
                    throw .error("bind.star", "SELECT * needs a FROM clause", at: range)
                }
                let names = Set(matching.map { $0.name.lowercased() })
                for x in modifiers.exclude + modifiers.replace.map(\.1) where !names.contains(x.name.lowercased()) {
                    throw .error("bind.unknown-column", "no such column in *: \(x.name)", at: x.range)
                }
                let excluded = Set(modifiers.exclude.map { $0.name.lowercased() })
                for e in matching where !excluded.contains(e.name.lowercased()) {
                    if let replacement = modifiers.replace.first(where: {
                        $0.1.name.lowercased() == e.name.lowercased()
                    }) {
                        items.append((replacement.0, e.name, replacement.1))
                        continue
                    }
                    let id = Identifier(e.name, quoted: true, range: range)
                    let q = e.table.map { Identifier($0, quoted: true, range: range) }
                    items.append((Expr(.column(table: q, name: id), range: range), e.name, nil))
                }
            case .expr(let e, let alias):
                items.append((e, alias?.name ?? outputName(e), alias))
            }
        }
        return items
    }

    /// The value of a LIMIT or OFFSET expression: a constant whole number ≥ 0.
    private func constantCount(_ e: Expr, _ clause: String) throws(Diagnostic) -> Int {
        let b = try ExprBinder(scope: Scope(), mode: .rows(clause: clause), settings: context.settings).bind(e)
        let v = try ConstantFolder.evaluate(b)
        switch v {
        case .bigint(let n) where n >= 0: return Int(n)
        case .double(let d) where d >= 0 && d < 9.0e18: return Int(d.rounded())
        default:
            throw .error("bind.limit", "\(clause) must be a whole number of rows, 0 or more", at: e.range)
        }
    }

    /// The name of an unaliased select-list column: a column's name, or the text as written.
    func outputName(_ e: Expr) -> String {
        if case .column(_, let name) = e.kind { return name.name }
        let text = context.source.slice(e.range)
        let collapsed = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" })
            .joined(separator: " ")
        return collapsed.isEmpty ? "?column?" : collapsed
    }

    static func unknownTable(_ name: Identifier, catalog: Catalog) -> Diagnostic {
        let names = catalog.tableNames
        let close = closestMatch(name.name, among: names)
        if close == nil,
            let spanish = SpanishNames.diagnostic("bind.unknown-table", "no such table: \(name.name)", word: name, among: names)
        {
            return spanish
        }
        let help =
            close.map { "did you mean \"\($0)\"?" }
            ?? (names.isEmpty ? "there are no tables yet" : "the tables are: " + names.joined(separator: ", "))
        return .error("bind.unknown-table", "no such table: \(name.name)", at: name.range, help: help)
    }
}

extension Expr {
    var isWindowCall: Bool {
        if case .window = kind { return true }
        return false
    }
}
