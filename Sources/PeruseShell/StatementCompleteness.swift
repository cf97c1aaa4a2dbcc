import PeruseSyntax

/// Decides whether typed text is ready to run or waits for another line.
///
/// Text is *incomplete* when a string, quoted name or block comment is still open, when a
/// parenthesis is still open, or when its last token cannot end a statement: a comma, an
/// operator, or a keyword such as `where`, `and` or `by`. Anything else is complete, and so is
/// text whose last token is `;` — there the user has said the statement ends, so an unfinished
/// one runs and reports its error rather than waiting forever.
///
///     StatementCompleteness.isComplete("select rate from crime")   // true
///     StatementCompleteness.isComplete("select rate from crime where")   // false
///     StatementCompleteness.isComplete("select rate from crime where;")   // true: runs, reports
public enum StatementCompleteness {
    /// Whether `text` should run now.
    public static func isComplete(_ text: String) -> Bool {
        status(of: text) != .incomplete
    }

    /// Whether text is waiting for more, could end here, or was ended with `;`.
    public enum Status: Equatable, Sendable {
        case incomplete, complete, endedWithSemicolon
    }

    /// The status of `text`; see the type's documentation.
    public static func status(of text: String) -> Status {
        let (tokens, diagnostics) = Lexer.tokenize(SourceText(name: "<input>", text: text))
        if diagnostics.contains(where: { unterminatedIDs.contains($0.id) }) { return .incomplete }
        let significant = tokens.filter { $0.kind != .endOfInput }
        guard let last = significant.last else { return .complete }
        if last.kind == .semicolon { return .endedWithSemicolon }
        var depth = 0
        for token in significant {
            switch token.kind {
            case .leftParen: depth += 1
            case .rightParen: depth -= 1
            case .semicolon: depth = 0
            default: break
            }
        }
        if depth > 0 || continues(after: last) { return .incomplete }
        return .complete
    }

    private static let unterminatedIDs: Set<String> = [
        "syntax.unterminated-string", "syntax.unterminated-identifier", "syntax.unterminated-comment",
    ]

    /// Whether a statement cannot end with `token`.
    static func continues(after token: Token) -> Bool {
        switch token.kind {
        case .keyword(let keyword): return continuingKeywords.contains(keyword.rawValue)
        case .identifier: return continuingWords.contains(token.text.lowercased())
        case .comma, .dot, .leftParen, .plus, .minus, .slash, .slashSlash, .percent, .concat,
            .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual, .doubleColon:
            return true
        default:
            // `*` can end a statement (`select *`); literals, names and `)` can too.
            return false
        }
    }

    /// Keywords after which something must follow. Listed by spelling so words that later
    /// become keywords (`join`, `on`, `union`) are covered whether or not the lexer knows them.
    static let continuingKeywords: Set<String> = [
        "select", "from", "where", "and", "or", "not", "by", "group", "order", "having", "between",
        "in", "like", "ilike", "is", "as", "case", "when", "then", "else", "limit", "offset",
        "distinct", "create", "insert", "into", "drop", "describe", "cast", "values", "table",
        "join", "on", "using", "union", "intersect", "except", "inner", "left", "right", "full",
        "outer", "cross", "set", "load", "save", "to", "with", "summarize", "chart", "explain",
    ]

    /// Plain words that, at the end of a line, still mean more is coming: the join words
    /// before they are keywords. (`load`, `save` and the like may be table names, so not here.)
    static let continuingWords: Set<String> = ["join", "on", "using"]
}
