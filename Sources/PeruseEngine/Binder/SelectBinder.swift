import PeruseStorage
import PeruseSyntax

/// Binds a `select` into a `QueryPlan`: from → where → group by/aggregates → having →
/// select list → distinct → order by → limit.
struct SelectBinder {
    let catalog: Catalog
    let settings: EngineSettings
    let source: SourceText

    func bind(_ select: SelectStatement) throws(Diagnostic) -> QueryPlan {
        // FROM: the rows and the names they bring.
        var plan: PlanNode
        var scope = Scope()
        if let from = select.from {
            guard let table = catalog.table(from.name.name) else {
                throw Self.unknownTable(from.name, catalog: catalog)
            }
            let qualifier = from.alias?.name ?? table.name
            scope.entries = table.schema.map { Scope.Entry(table: qualifier, name: $0.name, type: $0.type) }
            plan = .scan(table)
        } else {
            plan = .singleRow
        }

        // WHERE
        if let w = select.whereClause {
            let b = ExprBinder(scope: scope, mode: .rows(clause: "WHERE"), settings: settings)
            plan = .filter(plan, try TypeRules.condition(try b.bind(w), clause: "WHERE"))
        }

        // The select list, with stars expanded.
        var items: [(expr: Expr, name: String, alias: Identifier?)] = []
        for item in select.items {
            switch item {
            case .star(let table, let range):
                let matching = scope.entries.filter { e in
                    table.map { e.table?.lowercased() == $0.name.lowercased() } ?? true
                }
                if matching.isEmpty {
                    if let table { throw .error("bind.unknown-table", "no such table: \(table.name)", at: table.range) }
                    throw .error("bind.star", "SELECT * needs a FROM clause", at: range)
                }
                for e in matching {
                    let id = Identifier(e.name, quoted: true, range: range)
                    let q = e.table.map { Identifier($0, quoted: true, range: range) }
                    items.append((Expr(.column(table: q, name: id), range: range), e.name, nil))
                }
            case .expr(let e, let alias):
                items.append((e, alias?.name ?? outputName(e), alias))
            }
        }

        // GROUP BY: expressions, select-list ordinals or aliases.
        let rowBinder = ExprBinder(scope: scope, mode: .rows(clause: "GROUP BY"), settings: settings)
        var groups: [BoundExpr] = []
        for g in select.groupBy {
            var e = g
            if case .literal(.integer(let text)) = g.kind {
                guard let k = Int(text), k >= 1, k <= items.count else {
                    throw .error(
                        "bind.ordinal", "GROUP BY position \(text) is not in the select list (1 to \(items.count))", at: g.range)
                }
                e = items[k - 1].expr
            } else if case .column(nil, let name) = g.kind, (try? scope.resolve(table: nil, name: name)) == nil,
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

        let isAggregate = !select.groupBy.isEmpty || select.having != nil
            || items.contains { $0.expr.containsAggregate }
            || select.orderBy.contains { $0.expr.containsAggregate }
        let context = AggregateContext(groups: groups)
        let listMode: ExprBinder.Mode = isAggregate ? .aggregated(context) : .rows(clause: "SELECT")
        let listBinder = ExprBinder(scope: scope, mode: listMode, settings: settings)

        var outputs: [BoundExpr] = []
        for item in items { outputs.append(try listBinder.bind(item.expr)) }

        var having: BoundExpr?
        if let h = select.having {
            having = try TypeRules.condition(try listBinder.bind(h), clause: "HAVING")
        }

        // ORDER BY: ordinals, aliases, select-list expressions, or extra hidden columns.
        let visible = outputs.count
        var keys: [SortKey] = []
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
                            "bind.distinct-order", "for SELECT DISTINCT, ORDER BY expressions must appear in the select list",
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
            plan = .aggregate(plan, groups: context.groups, aggregates: context.aggregates)
            if let having { plan = .filter(plan, having) }
        }
        plan = .project(plan, outputs)
        if select.distinct { plan = .distinct(plan) }

        let limit = try select.limit.map { (e: Expr) throws(Diagnostic) -> Int in try constantCount(e, "LIMIT") }
        let offset = try select.offset.map { (e: Expr) throws(Diagnostic) -> Int in try constantCount(e, "OFFSET") } ?? 0
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
        if outputs.count > visible {
            let keep = (0..<visible).map { BoundExpr(.column($0), type: outputs[$0].type, range: .empty) }
            plan = .project(plan, keep)
        }
        return QueryPlan(root: plan, columnNames: items.map(\.name))
    }

    /// The value of a LIMIT or OFFSET expression: a constant whole number ≥ 0.
    private func constantCount(_ e: Expr, _ clause: String) throws(Diagnostic) -> Int {
        let b = try ExprBinder(scope: Scope(), mode: .rows(clause: clause), settings: settings).bind(e)
        let v = try ConstantFolder.evaluate(b)
        switch v {
        case .bigint(let n) where n >= 0: return Int(n)
        case .double(let d) where d >= 0 && d < 9.0e18: return Int(d.rounded())
        default:
            throw .error("bind.limit", "\(clause) must be a whole number of rows, 0 or more", at: e.range)
        }
    }

    /// The name of an unaliased select-list column: a column's name, or the text as written.
    private func outputName(_ e: Expr) -> String {
        if case .column(_, let name) = e.kind { return name.name }
        let text = source.slice(e.range)
        let collapsed = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" })
            .joined(separator: " ")
        return collapsed.isEmpty ? "?column?" : collapsed
    }

    static func unknownTable(_ name: Identifier, catalog: Catalog) -> Diagnostic {
        let names = catalog.tableNames
        let help = closestMatch(name.name, among: names).map { "did you mean \"\($0)\"?" }
            ?? (names.isEmpty ? "there are no tables yet" : "the tables are: " + names.joined(separator: ", "))
        return .error("bind.unknown-table", "no such table: \(name.name)", at: name.range, help: help)
    }
}
