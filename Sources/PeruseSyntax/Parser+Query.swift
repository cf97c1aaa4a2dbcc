/// Queries: `with`, the select core, set operations, `from` with joins and subqueries,
/// and the clauses after it.
extension Parser {
    /// Whether the current token can start a query.
    var startsQuery: Bool { check(.select) || check(.from) || check(.with) }

    /// `[with …] core ( (union|intersect|except) [all] core )* [order by …] [limit …]`
    mutating func query() throws(Diagnostic) -> SelectStatement {
        try enterNesting()
        defer { depth -= 1 }
        var ctes: [CommonTableExpression] = []
        if match(.with) {
            repeat { ctes.append(try commonTableExpression()) } while match(.comma)
        }
        var query = try queryOperand()
        query.with = ctes + query.with
        while let op = setOperator() {
            advance()
            let all = match(.all)
            if !all { _ = match(.distinct) }
            query.compound.append(CompoundTerm(op: op, all: all, select: try queryOperand()))
        }
        try orderAndLimit(&query)
        return query
    }

    /// `[order by …] [limit …]` after a query's last operand.
    mutating func orderAndLimit(_ query: inout SelectStatement) throws(Diagnostic) {
        if check(.order) { try orderByClause(&query) }
        if check(.limit) || check(.offset) {
            let (limit, offset) = try limitClause()
            if query.compound.isEmpty && (query.limit != nil || query.offset != nil) {
                // `(select … limit 2) limit 1`: the outer limit applies to the inner result.
                query = Self.wrapped(query)
            }
            (query.limit, query.offset) = (limit, offset)
        }
    }

    /// `select * from (query)`: a parenthesized query as an operand.
    static func wrapped(_ inner: SelectStatement) -> SelectStatement {
        var outer = SelectStatement()
        outer.items = [.star(table: nil, range: .empty)]
        outer.from = .subquery(inner, alias: nil, columns: [])
        return outer
    }

    private func setOperator() -> SetOperator? {
        switch peek.kind {
        case .keyword(.union): return .union
        case .keyword(.intersect): return .intersect
        case .keyword(.except): return .except
        default: return nil
        }
    }

    /// A select core, or a parenthesized query.
    mutating func queryOperand() throws(Diagnostic) -> SelectStatement {
        if match(.leftParen) {
            let inner = try query()
            try expect(.rightParen, "')'", after: "query")
            return inner.compound.isEmpty && inner.orderBy.isEmpty && inner.limit == nil && inner.offset == nil
                && inner.with.isEmpty ? inner : Self.wrapped(inner)
        }
        if check(.from) { return try fromFirstQuery() }
        guard check(.select) else { throw expected("'select'", after: afterPrevious) }
        return try selectQuery()
    }

    /// `name [(c, …)] as (query)`
    mutating func commonTableExpression() throws(Diagnostic) -> CommonTableExpression {
        let name = try self.name("name", after: "'with'")
        let columns = check(.leftParen) ? try columnAliases() : []
        try expect(.as, after: "'\(name.name)'")
        try expect(.leftParen, "'('", after: "'as'")
        let inner = try query()
        try expect(.rightParen, "')'", after: "query")
        return CommonTableExpression(name: name, columns: columns, query: inner)
    }

    /// `(a, b, …)`
    mutating func columnAliases() throws(Diagnostic) -> [Identifier] {
        advance()
        var names = [try name("column name", after: "'('")]
        while match(.comma) { names.append(try name("column name", after: "','")) }
        try expect(.rightParen, "')'", after: "column names")
        return names
    }

    /// `select [distinct|all] items [from …] [where] [group by] [having]`
    mutating func selectQuery() throws(Diagnostic) -> SelectStatement {
        advance()
        var query = SelectStatement()
        query.distinct = match(.distinct)
        if !query.distinct { _ = match(.all) }
        query.items = try selectList()
        if check(.from) { query.from = try fromClause() }
        try queryTail(&query)
        return query
    }

    /// `from t [select items] …` (DuckDB style); without `select` it means `select *`.
    mutating func fromFirstQuery() throws(Diagnostic) -> SelectStatement {
        var query = SelectStatement()
        let start = peek.range
        query.from = try fromClause()
        if match(.select) {
            query.distinct = match(.distinct)
            if !query.distinct { _ = match(.all) }
            query.items = try selectList()
        } else {
            query.items = [.star(table: nil, range: start.union(previous.range))]
        }
        try queryTail(&query)
        return query
    }

    mutating func selectList() throws(Diagnostic) -> [SelectItem] {
        var items = [try selectItem()]
        while match(.comma) { items.append(try selectItem()) }
        return items
    }

    /// `*`, `t.*` (each with `exclude`/`replace`), or `expr [[as] alias]`.
    mutating func selectItem() throws(Diagnostic) -> SelectItem {
        if check(.star) {
            let range = advance().range
            return .star(table: nil, range: range, modifiers: try starModifiers())
        }
        if peekKind(ahead: 1) == .dot, peekKind(ahead: 2) == .star, let table = matchName() {
            advance()
            let range = table.range.union(advance().range)
            return .star(table: table, range: range, modifiers: try starModifiers())
        }
        let value = try expression().expr
        if match(.as) { return .expr(value, alias: try name("alias", after: "'as'")) }
        return .expr(value, alias: matchBareAlias())
    }

    /// `[exclude (c, …)] [replace (expr as c, …)]` after a star.
    mutating func starModifiers() throws(Diagnostic) -> StarModifiers {
        var modifiers = StarModifiers()
        if match(.exclude) {
            if match(.leftParen) {
                repeat { modifiers.exclude.append(try name("column name", after: afterPrevious)) } while match(.comma)
                try expect(.rightParen, "')'", after: "excluded columns")
            } else {
                modifiers.exclude.append(try name("column name", after: "'exclude'"))
            }
        }
        if match(.replace) {
            try expect(.leftParen, "'('", after: "'replace'")
            repeat {
                let value = try expression().expr
                try expect(.as, after: "replacement expression")
                modifiers.replace.append((value, try name("column name", after: "'as'")))
            } while match(.comma)
            try expect(.rightParen, "')'", after: "replacements")
        }
        return modifiers
    }

    mutating func fromClause() throws(Diagnostic) -> TableRef {
        advance()
        return try tableReference()
    }

    /// `table_primary ( ',' table_primary | join )*`
    mutating func tableReference() throws(Diagnostic) -> TableRef {
        var left = try tablePrimary()
        while true {
            if match(.comma) {
                left = .join(.cross, left, try tablePrimary(), nil)
            } else if let kind = try joinKind() {
                let right = try tablePrimary()
                var condition: JoinCondition?
                if kind != .cross {
                    if match(.on) {
                        condition = .on(try expression().expr)
                    } else if match(.using) {
                        guard check(.leftParen) else { throw expected("'('", after: "'using'") }
                        condition = .using(try columnAliases())
                    } else {
                        throw expected("'on' or 'using'", after: "joined table")
                    }
                }
                left = .join(kind, left, right, condition)
            } else {
                return left
            }
        }
    }

    /// `[inner] join`, `left|right|full [outer] join`, `cross join`; nil when no join follows.
    mutating func joinKind() throws(Diagnostic) -> JoinKind? {
        let kind: JoinKind
        switch peek.kind {
        case .keyword(.join): kind = .inner
        case .keyword(.inner): kind = .inner
        case .keyword(.left): kind = .left
        case .keyword(.right): kind = .right
        case .keyword(.full): kind = .full
        case .keyword(.cross): kind = .cross
        default: return nil
        }
        if !check(.join) {
            let word = advance()
            if kind != .inner && kind != .cross { _ = match(.outer) }
            try expect(.join, after: "'\(word.text.lowercased())'")
        } else {
            advance()
        }
        return kind
    }

    /// `t [[as] alias]` or `(query) [[as] alias [(c, …)]]`
    mutating func tablePrimary() throws(Diagnostic) -> TableRef {
        if match(.leftParen) {
            if !startsQuery && !(check(.leftParen) && queryFollowsParentheses()) {
                // `(a cross join b)`: a parenthesized join.
                let joined = try tableReference()
                try expect(.rightParen, "')'", after: "joined tables")
                return joined
            }
            let inner = try query()
            try expect(.rightParen, "')'", after: "subquery")
            var alias: Identifier?
            if match(.as) { alias = try name("alias", after: "'as'") } else { alias = matchBareAlias() }
            let columns = alias != nil && check(.leftParen) ? try columnAliases() : []
            return .subquery(inner, alias: alias, columns: columns)
        }
        let table = try name("table name", after: afterPrevious)
        if match(.as) { return .table(name: table, alias: try name("alias", after: "'as'")) }
        return .table(name: table, alias: matchBareAlias())
    }

    /// The clauses between `from` and `order by`; each may be left out.
    mutating func queryTail(_ query: inout SelectStatement) throws(Diagnostic) {
        if check(.where) { query.whereClause = try whereClause() }
        if check(.group) { try groupByClause(&query) }
        if check(.having) { query.having = try havingClause() }
    }

    mutating func whereClause() throws(Diagnostic) -> Expr {
        advance()
        return try expression().expr
    }

    /// `group by all` or `group by expr, …`
    mutating func groupByClause(_ query: inout SelectStatement) throws(Diagnostic) {
        advance()
        try expect(.by, after: "'group'")
        if match(.all) {
            query.groupByAll = true
            return
        }
        var keys = [try expression().expr]
        while match(.comma) { keys.append(try expression().expr) }
        query.groupBy = keys
    }

    mutating func havingClause() throws(Diagnostic) -> Expr {
        advance()
        return try expression().expr
    }

    /// `order by all [asc|desc]` or `order by item, …`
    mutating func orderByClause(_ query: inout SelectStatement) throws(Diagnostic) {
        let start = advance().range
        try expect(.by, after: "'order'")
        if check(.all) {
            let all = advance()
            var item = OrderItem(expr: Expr(.star, range: start.union(all.range)))
            try orderDirection(&item)
            query.orderByAll = item
            return
        }
        var items = [try orderItem()]
        while match(.comma) { items.append(try orderItem()) }
        query.orderBy = items
    }

    /// `expr [asc|desc] [nulls first|last]`
    mutating func orderItem() throws(Diagnostic) -> OrderItem {
        var item = OrderItem(expr: try expression().expr)
        try orderDirection(&item)
        return item
    }

    mutating func orderDirection(_ item: inout OrderItem) throws(Diagnostic) {
        if match(.asc) {
            item.ascending = true
        } else if match(.desc) {
            item.ascending = false
        }
        if match(.nulls) {
            if match(.first) {
                item.nullsFirst = true
            } else if match(.last) {
                item.nullsFirst = false
            } else {
                throw expected("'first' or 'last'", after: "'nulls'")
            }
        }
    }

    /// `limit n [offset m]` or `offset m [limit n]`.
    mutating func limitClause() throws(Diagnostic) -> (limit: Expr?, offset: Expr?) {
        var limit: Expr?
        var offset: Expr?
        while true {
            if limit == nil, match(.limit) {
                limit = try expression().expr
            } else if offset == nil, match(.offset) {
                offset = try expression().expr
            } else {
                return (limit, offset)
            }
        }
    }
}
