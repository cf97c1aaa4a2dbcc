/// Statements and the clauses of a query.
extension Parser {
    static let statementKeywords: [Keyword] = [
        .select, .from, .create, .insert, .drop, .show, .describe, .summarize, .chart, .explain, .load, .save,
    ]

    mutating func statement() throws(Diagnostic) -> Statement {
        if let statement = try insightStatement() { return statement }
        switch peek.kind {
        case .keyword(.select), .keyword(.from): return .select(try query())
        case .keyword(.create): return try createTable()
        case .keyword(.insert): return try insert()
        case .keyword(.drop): return try dropTable()
        case .keyword(.show): return try showTables()
        case .keyword(.describe): return try describeTable()
        case .keyword(.load): return try load()
        case .keyword(.save): return try save()
        default:
            var diagnostic = unexpectedToken()
            let word = peek.kind == .identifier ? peek.text : ""
            diagnostic.help = closestMatch(word, among: Self.statementKeywords.map(\.rawValue))
                .map { "did you mean '\($0)'?" }
            throw diagnostic
        }
    }

    // MARK: - Queries

    mutating func query() throws(Diagnostic) -> SelectStatement {
        check(.from) ? try fromFirstQuery() : try selectQuery()
    }

    /// `select [distinct|all] items [from t] …`
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

    /// `*`, `t.*`, or `expr [[as] alias]`.
    mutating func selectItem() throws(Diagnostic) -> SelectItem {
        if check(.star) { return .star(table: nil, range: advance().range) }
        if peekKind(ahead: 1) == .dot, peekKind(ahead: 2) == .star, let table = matchName() {
            advance()
            return .star(table: table, range: table.range.union(advance().range))
        }
        let value = try expression().expr
        if match(.as) { return .expr(value, alias: try name("alias", after: "'as'")) }
        return .expr(value, alias: matchBareAlias())
    }

    mutating func fromClause() throws(Diagnostic) -> TableRef {
        advance()
        return try tableReference()
    }

    /// `t [[as] alias]`
    mutating func tableReference() throws(Diagnostic) -> TableRef {
        let table = try name("table name", after: afterPrevious)
        if match(.as) { return TableRef(name: table, alias: try name("alias", after: "'as'")) }
        return TableRef(name: table, alias: matchBareAlias())
    }

    /// The clauses after `from`, in order; each may be left out.
    mutating func queryTail(_ query: inout SelectStatement) throws(Diagnostic) {
        if check(.where) { query.whereClause = try whereClause() }
        if check(.group) { query.groupBy = try groupByClause() }
        if check(.having) { query.having = try havingClause() }
        if check(.order) { query.orderBy = try orderByClause() }
        if check(.limit) || check(.offset) { (query.limit, query.offset) = try limitClause() }
    }

    mutating func whereClause() throws(Diagnostic) -> Expr {
        advance()
        return try expression().expr
    }

    mutating func groupByClause() throws(Diagnostic) -> [Expr] {
        advance()
        try expect(.by, after: "'group'")
        var keys = [try expression().expr]
        while match(.comma) { keys.append(try expression().expr) }
        return keys
    }

    mutating func havingClause() throws(Diagnostic) -> Expr {
        advance()
        return try expression().expr
    }

    mutating func orderByClause() throws(Diagnostic) -> [OrderItem] {
        advance()
        try expect(.by, after: "'order'")
        var items = [try orderItem()]
        while match(.comma) { items.append(try orderItem()) }
        return items
    }

    /// `expr [asc|desc] [nulls first|last]`
    mutating func orderItem() throws(Diagnostic) -> OrderItem {
        var item = OrderItem(expr: try expression().expr)
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
        return item
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

    // MARK: - Tables

    /// `create table [if not exists] t (c type, …)` or `… t as query`.
    mutating func createTable() throws(Diagnostic) -> Statement {
        advance()
        try expect(.table, after: "'create'")
        let ifNotExists = check(.if) && peekKind(ahead: 1) == .keyword(.not)
        if ifNotExists {
            advance()
            advance()
            try expect(.exists, after: "'if not'")
        }
        let table = try name("table name", after: afterPrevious)
        if match(.as) {
            guard check(.select) || check(.from) else { throw expected("query", after: "'as'") }
            return .createTableAs(name: table, query: try query(), ifNotExists: ifNotExists)
        }
        try expect(.leftParen, "'(' or 'as'", after: "table name")
        var columns = [try columnDefinition()]
        while match(.comma) { columns.append(try columnDefinition()) }
        try expect(.rightParen, "')'", after: "column definitions")
        return .createTable(name: table, columns: columns, ifNotExists: ifNotExists)
    }

    /// `name type`
    mutating func columnDefinition() throws(Diagnostic) -> ColumnDefinition {
        let column = try name("column name", after: afterPrevious)
        return ColumnDefinition(name: column, type: try typeName(after: "column name"))
    }

    /// `insert into t [(c, …)] values (…), …` or `… select …`.
    mutating func insert() throws(Diagnostic) -> Statement {
        advance()
        try expect(.into, after: "'insert'")
        let table = try name("table name", after: "'into'")
        var columns: [Identifier]?
        if match(.leftParen) {
            var names = [try name("column name", after: "'('")]
            while match(.comma) { names.append(try name("column name", after: "','")) }
            try expect(.rightParen, "')'", after: "column names")
            columns = names
        }
        if check(.values) {
            return .insertValues(table: table, columns: columns, rows: try valuesClause())
        }
        guard check(.select) || check(.from) else {
            throw expected("'values' or query", after: columns == nil ? "table name" : "column names")
        }
        return .insertSelect(table: table, columns: columns, query: try query())
    }

    /// `values (…), (…)`
    mutating func valuesClause() throws(Diagnostic) -> [[Expr]] {
        advance()
        var rows = [try valuesRow()]
        while match(.comma) { rows.append(try valuesRow()) }
        return rows
    }

    /// `(expr, …)`
    mutating func valuesRow() throws(Diagnostic) -> [Expr] {
        try expect(.leftParen, "'('", after: afterPrevious)
        var values = [try expression().expr]
        while match(.comma) { values.append(try expression().expr) }
        try expect(.rightParen, "')'", after: "row values")
        return values
    }

    /// `drop table [if exists] t`
    mutating func dropTable() throws(Diagnostic) -> Statement {
        advance()
        try expect(.table, after: "'drop'")
        let ifExists = check(.if) && peekKind(ahead: 1) == .keyword(.exists)
        if ifExists {
            advance()
            advance()
        }
        return .dropTable(name: try name("table name", after: afterPrevious), ifExists: ifExists)
    }

    /// `show tables`
    mutating func showTables() throws(Diagnostic) -> Statement {
        advance()
        try expect(.tables, after: "'show'")
        return .showTables
    }

    /// `describe [table] t`
    mutating func describeTable() throws(Diagnostic) -> Statement {
        advance()
        if check(.table), peekKind(ahead: 1) != .semicolon, peekKind(ahead: 1) != .endOfInput {
            advance()
        }
        return .describe(table: try name("table name", after: afterPrevious))
    }
}
