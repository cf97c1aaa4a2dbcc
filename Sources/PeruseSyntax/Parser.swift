/// Turns source text into statements, one at a time, by recursive descent.
///
/// Each grammar rule in `Grammar/peruse.ebnf` has one method here or in the `Parser+Statement`,
/// `Parser+Expression` and `Parser+Primary` extensions, named after the rule; the binary precedence
/// levels are the cases of `Parser.Precedence` instead. Errors are values: `next()` returns the
/// first diagnostic of a statement and resumes after its `;`.
public struct Parser {
    /// The deepest an expression tree (or the parser's recursion into one) may go, as in SQLite
    /// and DuckDB. A thread whose stack runs short first gets the same diagnostic earlier (see
    /// `StackGuard`).
    static let maxDepth = 1000
    /// Below this depth the stack is not checked: ordinary queries never pay for it.
    static let stackCheckDepth = 32

    let source: SourceText
    let tokens: [Token]
    /// Lexical errors, by the start offset of their `.invalid` token.
    let lexicalErrors: [Int: Diagnostic]
    var position = 0
    /// How many nested rules (parentheses, prefix operators, arguments) are being parsed.
    var depth = 0
    /// Measured on the parsing thread when nesting first passes `stackCheckDepth`.
    var stackGuard: StackGuard?

    /// Scans `source` and prepares to parse its statements.
    public init(source: SourceText) {
        self.source = source
        let (tokens, diagnostics) = Lexer.tokenize(source)
        self.tokens = tokens
        var errors: [Int: Diagnostic] = [:]
        for (token, diagnostic) in zip(tokens.lazy.filter { $0.kind == .invalid }, diagnostics) {
            errors[token.range.start] = diagnostic
        }
        self.lexicalErrors = errors
    }

    /// Parses the next statement; nil at end of input. On error, returns the diagnostic and skips
    /// past the next `;` so the caller may go on (`--keep-going`).
    public mutating func next() -> Result<ParsedStatement, Diagnostic>? {
        while check(.semicolon) { advance() }
        if check(.endOfInput) { return nil }
        depth = 0
        stackGuard = nil
        if let lexical = lexicalErrorInStatement() {
            skipPastSemicolon()
            return .failure(lexical)
        }
        let first = peek.range
        do throws(Diagnostic) {
            let statement = try self.statement()
            let last = previous.range
            if !check(.semicolon) && !check(.endOfInput) {
                throw unexpectedToken()
            }
            advance()
            return .success(ParsedStatement(statement: statement, range: first.union(last)))
        } catch {
            skipPastSemicolon()
            return .failure(error)
        }
    }

    /// Parses every statement in `source`, or returns the first error.
    public static func parseAll(_ source: SourceText) -> Result<[ParsedStatement], Diagnostic> {
        var parser = Parser(source: source)
        var statements: [ParsedStatement] = []
        while let result = parser.next() {
            switch result {
            case .success(let statement): statements.append(statement)
            case .failure(let diagnostic): return .failure(diagnostic)
            }
        }
        return .success(statements)
    }

    /// Parses `text` as a single expression (used by tests).
    public static func parseExpression(_ text: String) -> Result<Expr, Diagnostic> {
        var parser = Parser(source: SourceText(name: "<expression>", text: text))
        if let lexical = parser.lexicalErrorInStatement() { return .failure(lexical) }
        do throws(Diagnostic) {
            let expr = try parser.expression()
            guard parser.check(.endOfInput) else { throw parser.unexpectedToken() }
            return .success(expr.expr)
        } catch {
            return .failure(error)
        }
    }

    // MARK: - Tokens

    var peek: Token { tokens[min(position, tokens.count - 1)] }

    var previous: Token { tokens[max(0, min(position, tokens.count) - 1)] }

    func peekKind(ahead: Int) -> TokenKind {
        tokens[min(position + ahead, tokens.count - 1)].kind
    }

    @discardableResult
    mutating func advance() -> Token {
        let token = peek
        if token.kind != .endOfInput { position += 1 }
        return token
    }

    func check(_ kind: TokenKind) -> Bool { peek.kind == kind }

    func check(_ keyword: Keyword) -> Bool { peek.kind == .keyword(keyword) }

    mutating func match(_ kind: TokenKind) -> Bool {
        guard check(kind) else { return false }
        advance()
        return true
    }

    mutating func match(_ keyword: Keyword) -> Bool { match(.keyword(keyword)) }

    /// Consumes a token of `kind`, or fails with `expected <what> after <after>`.
    @discardableResult
    mutating func expect(_ kind: TokenKind, _ what: String, after: String) throws(Diagnostic) -> Token {
        guard check(kind) else {
            var diagnostic = expected(what, after: after)
            if kind == .rightParen, closesBeforeHere {
                diagnostic.help = "write ')' here"
                diagnostic.fixes = [Fix([.insert(")", at: previous.range.end)])]
            }
            throw diagnostic
        }
        return advance()
    }

    /// Whether a `)` missing just before the current token is surely the mistake: the statement
    /// ends here, or a clause starts (`count(* from crime`).
    private var closesBeforeHere: Bool {
        switch peek.kind {
        case .endOfInput, .semicolon: return true
        case .keyword(let word):
            return [.from, .where, .group, .order, .having, .limit, .offset, .union, .intersect, .except]
                .contains(word)
        default: return false
        }
    }

    /// Consumes `keyword`, or fails with `expected 'by' after 'order'` and the statement mended:
    /// the keyword in place of a misspelling of it (`order bye year`), else put in where it is
    /// missing (`order year` → `order by year`).
    mutating func expect(_ keyword: Keyword, after: String) throws(Diagnostic) {
        guard check(keyword) else {
            var diagnostic = expected("'\(keyword.rawValue)'", after: after)
            if peek.kind == .identifier, closestMatch(peek.text, among: [keyword.rawValue]) != nil {
                diagnostic.help = "did you mean '\(keyword.rawValue)'?"
                diagnostic.fixes = [.replace(peek.range, with: keyword.rawValue)]
            } else if peek.kind != .endOfInput, peek.kind != .semicolon, peek.kind != .invalid {
                diagnostic.help = "write '\(keyword.rawValue)' here"
                diagnostic.fixes = [Fix([.insert(" " + keyword.rawValue, at: previous.range.end)])]
            }
            throw diagnostic
        }
        advance()
    }

    // MARK: - Diagnostics

    /// `expected <what> after <after>`, pointing at the token found instead.
    func expected(_ what: String, after: String) -> Diagnostic {
        return .error("syntax.expected", "expected \(what) after \(after)", at: peek.range)
    }

    /// `syntax error at 'x'`, with a keyword suggestion when `x` (or the name before it) looks like
    /// a misspelt keyword.
    func unexpectedToken() -> Diagnostic {
        if let words = unquotedWords() { return words }
        let keywords = Keyword.allCases.map(\.rawValue)
        let suggestion = [peek, previous].lazy.filter { $0.kind == .identifier }
            .compactMap { token in closestMatch(token.text, among: keywords, preferringCutShort: true).map { (token, $0) } }.first
        // A misspelt keyword read as a name (`from crime wher year = 1`, `select rate form crime`)
        // is where the learner must look, so the caret goes under it rather than the next word.
        let culprit = suggestion?.0 ?? peek
        var diagnostic = Diagnostic.error(
            "syntax.unexpected", "syntax error at \(spelling(of: culprit))", at: culprit.range,
            help: suggestion.map { "did you mean '\($0.1)'?" })
        if let (token, keyword) = suggestion { diagnostic.fixes = [.replace(token.range, with: keyword)] }
        return diagnostic
    }

    /// `place = La Libertad`: words after a comparison, no quotes; the first is read as a column
    /// and the second cannot follow it. The fix quotes the run of words.
    func unquotedWords() -> Diagnostic? {
        let i = min(position, tokens.count - 1)
        guard i >= 2, tokens[i].kind == .identifier, tokens[i - 1].kind == .identifier,
            [.equal, .notEqual].contains(tokens[i - 2].kind)
        else { return nil }
        var last = i
        while last + 1 < tokens.count, tokens[last + 1].kind == .identifier { last += 1 }
        let range = tokens[i - 1].range.union(tokens[last].range)
        let quoted = source.slice(range).sqlQuoted
        var diagnostic = Diagnostic.error("syntax.unexpected", "syntax error at \(spelling(of: peek))", at: peek.range)
        diagnostic.help = "text goes in single quotes: \(quoted)"
        diagnostic.fixes = [.replace(range, with: quoted)]
        return diagnostic
    }

    /// How a token is named in messages: `'where'`, `')'`, `end of input`.
    func spelling(of token: Token) -> String {
        switch token.kind {
        case .endOfInput: return "end of input"
        case .keyword(let keyword): return "'\(keyword.rawValue)'"
        default:
            let text = source.slice(token.range)
            return "'\(text.count > 24 ? text.prefix(20) + "…" : text)'"
        }
    }

    /// Describes the token just consumed, for `after` in `expected`.
    var afterPrevious: String { spelling(of: previous) }

    /// Goes one level deeper, failing past the nesting limit or near the end of the stack; the
    /// caller steps back out (`defer { depth -= 1 }`).
    mutating func enterNesting() throws(Diagnostic) {
        guard depth < Self.maxDepth else { throw tooDeep(at: peek.range) }
        if depth >= Self.stackCheckDepth {
            if stackGuard == nil { stackGuard = StackGuard() }
            if stackGuard?.isNearlyExhausted() == true {
                var diagnostic = tooDeep(at: peek.range, levels: depth)
                diagnostic.help = "this thread's stack allows no deeper nesting"
                throw diagnostic
            }
        }
        depth += 1
    }

    func tooDeep(at range: SourceRange, levels: Int = Self.maxDepth) -> Diagnostic {
        .error(
            "syntax.too-deep", "expression nested too deeply (more than \(levels) levels)", at: range)
    }

    // MARK: - Recovery

    /// The lexical error in the tokens up to the next `;`, if any: those are reported first.
    func lexicalErrorInStatement() -> Diagnostic? {
        var i = position
        while i < tokens.count, tokens[i].kind != .semicolon, tokens[i].kind != .endOfInput {
            if tokens[i].kind == .invalid, let diagnostic = lexicalErrors[tokens[i].range.start] {
                return diagnostic
            }
            i += 1
        }
        return nil
    }

    mutating func skipPastSemicolon() {
        while !check(.endOfInput) {
            if advance().kind == .semicolon { return }
        }
    }
}
