/// Statements and the clauses of a query.
extension Parser {
    static let statementKeywords: [Keyword] = [
        .select, .from, .with, .create, .insert, .drop, .show, .describe, .summarize, .chart, .explain, .load, .save,
    ]

    mutating func statement() throws(Diagnostic) -> Statement {
        if let statement = try insightStatement() { return statement }
        switch peek.kind {
        case .keyword(.select), .keyword(.from), .keyword(.with), .leftParen: return .select(try query())
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

    // MARK: - Tables

    /// `create table [if not exists] t (c type, …)` or `… t as query`.
    mutating func createTable() throws(Diagnostic) -> Statement {
        advance()
        if check(.index) || check(.unique) { return try createIndex() }
        try expect(.table, after: "'create'")
        let ifNotExists = check(.if) && peekKind(ahead: 1) == .keyword(.not)
        if ifNotExists {
            advance()
            advance()
            try expect(.exists, after: "'if not'")
        }
        let table = try name("table name", after: afterPrevious)
        if match(.as) {
            guard startsQuery else { throw expected("query", after: "'as'") }
            return .createTableAs(name: table, query: try query(), ifNotExists: ifNotExists)
        }
        try expect(.leftParen, "'(' or 'as'", after: "table name")
        var columns = [try columnDefinition()]
        while match(.comma) { columns.append(try columnDefinition()) }
        try expect(.rightParen, "')'", after: "column definitions")
        return .createTable(name: table, columns: columns, ifNotExists: ifNotExists)
    }

    /// `create [unique] index [if not exists] i on t (c, …)`, after `create`. Peruse keeps no
    /// indexes: the statement is checked and accepted so that scripts written for others run.
    mutating func createIndex() throws(Diagnostic) -> Statement {
        _ = match(.unique)
        try expect(.index, after: "'unique'")
        if check(.if), peekKind(ahead: 1) == .keyword(.not) {
            advance()
            advance()
            try expect(.exists, after: "'if not'")
        }
        let index = try name("index name", after: "'index'")
        try expect(.on, after: "index name")
        let table = try name("table name", after: "'on'")
        try expect(.leftParen, "'('", after: "table name")
        repeat {
            _ = try expression()
            _ = match(.asc) || match(.desc)
        } while match(.comma)
        try expect(.rightParen, "')'", after: "indexed columns")
        return .createIndex(name: index, table: table)
    }

    /// `name type`
    mutating func columnDefinition() throws(Diagnostic) -> ColumnDefinition {
        let column = try name("column name", after: afterPrevious)
        var definition = ColumnDefinition(name: column, type: try typeName(after: "column name"))
        while true {
            if match(.primary) {
                try expect(.key, after: "'primary'")
                definition.notNull = true
                definition.unique = true
            } else if match(.unique) {
                definition.unique = true
            } else if check(.not), peekKind(ahead: 1) == .keyword(.null) {
                advance()
                advance()
                definition.notNull = true
            } else if !match(.null) {
                return definition
            }
        }
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
        guard startsQuery else {
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
