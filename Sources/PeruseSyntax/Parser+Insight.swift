/// `summarize`, `chart` and `explain`: the statements for seeing and understanding data.
extension Parser {
    /// Dispatches the statements of this file; nil when the next token starts none of them.
    mutating func insightStatement() throws(Diagnostic) -> Statement? {
        switch peek.kind {
        case .keyword(.summarize): return try summarize()
        case .keyword(.chart): return try chart()
        case .keyword(.explain): return try explain()
        default: return nil
        }
    }

    /// `summarize t` or `summarize (query)`
    mutating func summarize() throws(Diagnostic) -> Statement {
        advance()
        if match(.leftParen) {
            let inner = try parenthesizedQuery(after: "'('")
            return .summarize(.query(inner))
        }
        guard isName(peek.kind) else { throw expected("table name or '(' query ')'", after: "'summarize'") }
        return .summarize(.table(try name("table name", after: "'summarize'")))
    }

    /// A query up to its closing `)`, the `(` already consumed.
    private mutating func parenthesizedQuery(after: String) throws(Diagnostic) -> SelectStatement {
        guard startsQuery else { throw expected("query", after: after) }
        let inner = try query()
        try expect(.rightParen, "')'", after: "query")
        return inner
    }

    /// `chart bar v by l from … | chart line y by x from … | chart hist v from … [bins n]`,
    /// then `[to 'file.svg']`. The words `bar`, `line` and `hist` are names, not keywords.
    mutating func chart() throws(Diagnostic) -> Statement {
        advance()
        let kinds = ChartStatement.Kind.allCases.map(\.rawValue)
        guard peek.kind == .identifier, let kind = ChartStatement.Kind(rawValue: peek.text.lowercased()) else {
            var diagnostic = expected("'bar', 'line' or 'hist'", after: "'chart'")
            diagnostic.help =
                closestMatch(peek.text, among: kinds).map { "did you mean '\($0)'?" }
                ?? "charts are: chart bar v by label from t; chart line y by x from t; chart hist v from t"
            throw diagnostic
        }
        advance()
        let value = try expression().expr
        var label: Expr?
        if kind != .hist {
            try expect(.by, after: "the value to chart")
            label = try expression().expr
        }
        guard check(.from) else {
            throw expected("'from'", after: kind == .hist ? "the value to chart" : "'by' expression")
        }
        var query = try fromFirstQuery()
        try orderAndLimit(&query)
        var bins: Expr?
        if match(.bins) {
            guard kind == .hist else {
                throw .error("syntax.bins", "'bins' is for histograms (chart hist)", at: previous.range)
            }
            bins = try expression().expr
        }
        var file: String?
        var fileRange = SourceRange.empty
        if match(.to) {
            guard check(.string) else { throw expected("a file name in quotes", after: "'to'") }
            let token = advance()
            file = token.text
            fileRange = token.range
        }
        return .chart(
            ChartStatement(
                kind: kind, value: value, label: label, query: query, bins: bins, file: file, fileRange: fileRange))
    }

    /// `explain [analyze] query`
    mutating func explain() throws(Diagnostic) -> Statement {
        advance()
        let analyze = match(.analyze)
        guard startsQuery else {
            throw expected("query", after: analyze ? "'analyze'" : "'explain'")
        }
        return .explain(try query(), analyze: analyze)
    }
}
