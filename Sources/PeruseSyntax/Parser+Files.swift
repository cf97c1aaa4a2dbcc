/// `load` and `save`: statements that move data between files and tables.
extension Parser {
    /// `load 'path' [as t] [with (option = value, …)]`
    mutating func load() throws(Diagnostic) -> Statement {
        advance()
        let path = try filePath(after: "'load'")
        var table: Identifier?
        if match(.as) { table = try name("table name", after: "'as'") }
        var options: [LoadOption] = []
        if match(.with) {
            try expect(.leftParen, "'('", after: "'with'")
            options.append(try loadOption())
            while match(.comma) { options.append(try loadOption()) }
            try expect(.rightParen, "')'", after: "load options")
        }
        return .load(path: path, table: table, options: options)
    }

    /// `name = 'text' | true | false | (column type, …)`; `null` may name an option here.
    mutating func loadOption() throws(Diagnostic) -> LoadOption {
        let optionName: Identifier
        if check(.null) {
            let token = advance()
            optionName = Identifier(token.text, range: token.range)
        } else {
            optionName = try name("option name", after: afterPrevious)
        }
        try expect(.equal, "'='", after: "option name")
        let start = peek.range
        switch peek.kind {
        case .string:
            return LoadOption(name: optionName, setting: .string(advance().text), range: start)
        case .keyword(.true), .keyword(.false):
            let value = advance().kind == .keyword(.true)
            return LoadOption(name: optionName, setting: .boolean(value), range: start)
        case .leftParen:
            advance()
            var columns = [try columnDefinition()]
            while match(.comma) { columns.append(try columnDefinition()) }
            try expect(.rightParen, "')'", after: "column types")
            return LoadOption(name: optionName, setting: .columns(columns), range: start.union(previous.range))
        default:
            throw expected("a string, true, false or (column type, …)", after: "'='")
        }
    }

    /// `save t to 'path'` or `save (query) to 'path'`
    mutating func save() throws(Diagnostic) -> Statement {
        advance()
        let source: SaveSource
        if match(.leftParen) {
            guard check(.select) || check(.from) else { throw expected("query", after: "'('") }
            source = .query(try query())
            try expect(.rightParen, "')'", after: "query")
        } else {
            source = .table(try name("table name or (query)", after: "'save'"))
        }
        try expect(.to, after: afterPrevious)
        return .save(source: source, path: try filePath(after: "'to'"))
    }

    /// A quoted file path.
    mutating func filePath(after: String) throws(Diagnostic) -> FilePath {
        guard check(.string) else { throw expected("a quoted file path such as 'data.csv'", after: after) }
        let token = advance()
        return FilePath(token.text, range: token.range)
    }
}
