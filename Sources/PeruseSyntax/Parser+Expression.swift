/// Expressions, by precedence climbing over the table `Precedence` (clox's `parsePrecedence` and
/// `rules[]`): each level of the grammar's expression rules is a case, not a method, so one level
/// of parentheses costs three stack frames rather than a dozen.
extension Parser {
    /// Binding strength, lowest first, as in PostgreSQL and DuckDB. Each case is the rule of the same
    /// name in `Grammar/peruse.ebnf`.
    enum Precedence: Int, Comparable {
        case disjunction = 1
        case conjunction, negation, nullTest, comparison, concatenation, additive
        case multiplicative, unary, typecast

        static func < (a: Precedence, b: Precedence) -> Bool { a.rawValue < b.rawValue }

        /// The next tighter level: the right operand of a left-associative operator.
        var tighter: Precedence { Precedence(rawValue: rawValue + 1) ?? .typecast }
    }

    /// An expression with the height of its tree, so no tree grows deeper than `maxDepth`
    /// (later stages walk trees recursively, so a long `a + b + …` chain counts as deep).
    struct Subtree {
        var expr: Expr
        var height: Int
        var range: SourceRange { expr.range }

        init(_ expr: Expr, height: Int = 1) {
            self.expr = expr
            self.height = height
        }
    }

    /// Builds a node over `children`, failing when the tree would be too deep.
    func node(_ kind: Expr.Kind, _ range: SourceRange, _ children: [Subtree]) throws(Diagnostic)
        -> Subtree
    {
        let height = 1 + children.reduce(0) { max($0, $1.height) }
        guard height <= Self.maxDepth else { throw tooDeep(at: range) }
        return Subtree(Expr(kind, range: range), height: height)
    }

    /// A node from `first` to the token just consumed.
    func node(_ kind: Expr.Kind, from first: SourceRange, _ children: [Subtree]) throws(Diagnostic)
        -> Subtree
    {
        try node(kind, first.union(previous.range), children)
    }

    /// An expression whose operators all bind at least as tightly as `minimum`.
    ///
    /// Stack frames here and in `prefix` are on the path of every nesting level: keep them small.
    mutating func expression(_ minimum: Precedence = .disjunction) throws(Diagnostic) -> Subtree {
        try enterNesting()
        defer { depth -= 1 }
        var left = try prefix()
        while let level = infixPrecedence(), level >= minimum {
            left = try infix(left, level)
        }
        return left
    }

    /// The precedence of the operator at the current token, if it continues an expression.
    func infixPrecedence() -> Precedence? {
        switch peek.kind {
        case .keyword(.or): return .disjunction
        case .keyword(.and): return .conjunction
        case .keyword(.is): return .nullTest
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual: return .comparison
        case .keyword(.between), .keyword(.in), .keyword(.like), .keyword(.ilike): return .comparison
        case .keyword(.not):
            switch peekKind(ahead: 1) {
            case .keyword(.between), .keyword(.in), .keyword(.like), .keyword(.ilike): return .comparison
            default: return nil
            }
        case .concat: return .concatenation
        case .plus, .minus: return .additive
        case .star, .slash, .slashSlash, .percent: return .multiplicative
        case .doubleColon: return .typecast
        default: return nil
        }
    }

    /// `not x`, `- x`, `+ x`, `( x )`, `case …`, `cast(…)`, or a primary.
    mutating func prefix() throws(Diagnostic) -> Subtree {
        switch peek.kind {
        case .keyword(.not): return try negation()
        case .minus, .plus: return try unary()
        case .leftParen: return try parenthesized()
        case .keyword(.case): return try caseExpression()
        case .keyword(.cast): return try castExpression()
        case .keyword(.exists) where peekKind(ahead: 1) == .leftParen: return try existsExpression()
        default: return try primary()
        }
    }

    /// The operator at the current token applied to `left`.
    mutating func infix(_ left: Subtree, _ level: Precedence) throws(Diagnostic) -> Subtree {
        switch peek.kind {
        case .keyword(.is): return try nullTest(left)
        case .keyword(.not), .keyword(.between), .keyword(.in), .keyword(.like), .keyword(.ilike):
            let negated = match(.not)
            if check(.between) { return try between(left, negated: negated) }
            if check(.in) { return try inList(left, negated: negated) }
            return try like(left, negated: negated)
        case .doubleColon: return try typecast(left)
        default: return try binary(left, level)
        }
    }

    /// `left op right` for the left-associative operators of `level`.
    mutating func binary(_ left: Subtree, _ level: Precedence) throws(Diagnostic) -> Subtree {
        let opToken = advance()
        let op = binaryOperator(opToken.kind)
        if op == .and || op == .or, let subject = left.expr.lastComparedSubject, isComparisonOperator(peek.kind) {
            throw conditionMissingItsSubject(subject, after: op == .and ? "'and'" : "'or'")
        }
        if isComparisonOperator(opToken.kind), startsQuantifiedSubquery {
            return try quantifiedSubquery(left, op)
        }
        let right = try expression(level.tighter)
        return try node(.binary(op, left.expr, right.expr), left.range.union(right.range), [left, right])
    }

    func binaryOperator(_ kind: TokenKind) -> BinaryOperator {
        switch kind {
        case .keyword(.or): return .or
        case .keyword(.and): return .and
        case .equal: return .equal
        case .notEqual: return .notEqual
        case .less: return .less
        case .lessEqual: return .lessEqual
        case .greater: return .greater
        case .greaterEqual: return .greaterEqual
        case .concat: return .concat
        case .plus: return .add
        case .minus: return .subtract
        case .star: return .multiply
        case .slash: return .divide
        case .slashSlash: return .integerDivide
        default: return .modulo
        }
    }

    func isComparisonOperator(_ kind: TokenKind) -> Bool {
        [.equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual].contains(kind)
    }

    /// `rate > 10 and < 20`, `year = 2021 or = 2022`: said as in speech, where the second
    /// condition borrows the first one's subject. SQL needs it written again.
    func conditionMissingItsSubject(_ subject: Expr, after word: String) -> Diagnostic {
        var diagnostic = expected("expression", after: word)
        let text = source.slice(subject.range)
        diagnostic.help = "each side of \(word) is a whole condition: write \(text) again"
        diagnostic.fixes = [Fix([.insert(text + " ", at: peek.range.start)])]
        return diagnostic
    }

    /// `not x`: binds more loosely than comparisons, so `not a = b` is `not (a = b)`.
    mutating func negation() throws(Diagnostic) -> Subtree {
        let start = advance().range
        let operand = try expression(.negation)
        return try node(.unary(.not, operand.expr), start.union(operand.range), [operand])
    }

    /// `- x`, `+ x`. A minus written right before a number folds into it, so that
    /// `-9223372036854775808` is one integer literal.
    mutating func unary() throws(Diagnostic) -> Subtree {
        let sign = advance()
        let numberFollows = check(.integer) || check(.decimal)
        let operand = try expression(.unary)
        if sign.kind == .minus, numberFollows, let folded = negatedLiteral(operand.expr) {
            return Subtree(Expr(.literal(folded), range: sign.range.union(operand.range)))
        }
        let op: UnaryOperator = sign.kind == .minus ? .negate : .plus
        return try node(.unary(op, operand.expr), sign.range.union(operand.range), [operand])
    }

    func negatedLiteral(_ expr: Expr) -> Literal? {
        switch expr.kind {
        case .literal(.integer(let digits)): return .integer("-" + digits)
        case .literal(.decimal(let digits)): return .decimal("-" + digits)
        default: return nil
        }
    }

    /// `( expression )`. The expression's range takes in the parentheses, so a result
    /// column named after it reads as written.
    mutating func parenthesized() throws(Diagnostic) -> Subtree {
        let open = advance()
        if startsQuery || (check(.leftParen) && queryFollowsParentheses()) {
            let inner = try query()
            try expect(.rightParen, "')'", after: "subquery")
            return Subtree(Expr(.subquery(inner), range: open.range.union(previous.range)))
        }
        var inner = try expression()
        try expect(.rightParen, "')'", after: "expression")
        inner.expr.range = open.range.union(previous.range)
        return inner
    }

    /// `x is [not] null` and `x is [not] distinct from y`.
    mutating func nullTest(_ value: Subtree) throws(Diagnostic) -> Subtree {
        advance()
        let negated = match(.not)
        if match(.distinct) {
            try expect(.from, after: negated ? "'is not distinct'" : "'is distinct'")
            let other = try expression(.comparison)
            return try node(
                Self.distinctFrom(value.expr, other.expr, negated: negated), from: value.range, [value, other])
        }
        try expect(.null, after: negated ? "'is not'" : "'is'")
        return try node(.isNull(value.expr, negated: negated), from: value.range, [value])
    }

    /// `a is distinct from b` written with what the engine has: a CASE that treats two NULLs
    /// as the same and a NULL as different from any value, so the answer is never NULL.
    static func distinctFrom(_ a: Expr, _ b: Expr, negated: Bool) -> Expr.Kind {
        // Against a NULL literal it is an `is [not] null` test (and no `= NULL` for warnings to flag).
        if case .literal(.null) = b.kind { return .isNull(a, negated: !negated) }
        if case .literal(.null) = a.kind { return .isNull(b, negated: !negated) }
        let bothNull = Expr(.isNull(b, negated: !negated), range: b.range)
        let onlyRightNull = Expr(.literal(.boolean(!negated)), range: b.range)
        let compare = Expr(.binary(negated ? .equal : .notEqual, a, b), range: a.range.union(b.range))
        return .caseWhen(
            operand: nil,
            whens: [
                WhenClause(condition: Expr(.isNull(a, negated: false), range: a.range), result: bothNull),
                WhenClause(condition: Expr(.isNull(b, negated: false), range: b.range), result: onlyRightNull),
            ],
            otherwise: compare)
    }

    /// `[not] between low and high`, after the value and any `not`.
    mutating func between(_ value: Subtree, negated: Bool) throws(Diagnostic) -> Subtree {
        advance()
        let low = try expression(.concatenation)
        try expect(.and, after: "lower bound of 'between'")
        let high = try expression(.concatenation)
        return try node(
            .between(value.expr, low: low.expr, high: high.expr, negated: negated), from: value.range,
            [value, low, high])
    }

    /// `[not] in (a, b, …)`, after the value and any `not`.
    mutating func inList(_ value: Subtree, negated: Bool) throws(Diagnostic) -> Subtree {
        advance()
        guard check(.leftParen) else { throw listWithoutParentheses() }
        advance()
        if startsQuery {
            let inner = try query()
            try expect(.rightParen, "')'", after: "subquery")
            return try node(.inSubquery(value.expr, inner, negated: negated), from: value.range, [value])
        }
        if match(.rightParen) {
            // `x in ()`: false (NULL for a NULL x), as in DuckDB.
            return try node(.inList(value.expr, [], negated: negated), from: value.range, [value])
        }
        var items = [try expression()]
        while match(.comma) { items.append(try expression()) }
        try expect(.rightParen, "')'", after: "list of values")
        return try node(
            .inList(value.expr, items.map(\.expr), negated: negated), from: value.range, [value] + items)
    }

    /// `in 2021, 2022`: the values are there, the parentheses are not. The fix puts them around
    /// the run of values (numbers or texts, commas between).
    func listWithoutParentheses() -> Diagnostic {
        var diagnostic = expected("'('", after: "'in'")
        var i = position
        var last: Token?
        while i < tokens.count {
            if tokens[i].kind == .minus, i + 1 < tokens.count { i += 1 }
            guard [.integer, .decimal, .string].contains(tokens[i].kind) else { break }
            last = tokens[i]
            guard i + 1 < tokens.count, tokens[i + 1].kind == .comma else { break }
            i += 2
        }
        guard let last else { return diagnostic }
        let values = source.slice(SourceRange(start: peek.range.start, end: last.range.end))
        diagnostic.help = "the values after in go in parentheses: in (\(values))"
        diagnostic.fixes = [Fix([.insert("(", at: peek.range.start), .insert(")", at: last.range.end)])]
        return diagnostic
    }

    /// `all (`, or `any (` / `some (` (elsewhere `any` and `some` are names), after a comparison operator.
    var startsQuantifiedSubquery: Bool {
        switch peek.kind {
        case .keyword(.all): return true
        case .keyword(.any), .keyword(.some): return peekKind(ahead: 1) == .leftParen
        default: return false
        }
    }

    /// `any (query)`, `some (query)` or `all (query)` after `value op`.
    mutating func quantifiedSubquery(_ value: Subtree, _ op: BinaryOperator) throws(Diagnostic) -> Subtree {
        let word = advance()
        let all = word.kind == .keyword(.all)
        let name = source.slice(word.range).lowercased()
        try expect(.leftParen, "'('", after: "'\(name)'")
        guard startsQuery || check(.leftParen) else { throw expected("query", after: "'\(name) ('") }
        let inner = try query()
        try expect(.rightParen, "')'", after: "subquery")
        return try node(.quantified(value.expr, op, inner, all: all), from: value.range, [value])
    }

    /// `[not] like pattern [escape c]` or `[not] ilike …`, after the value and any `not`.
    mutating func like(_ value: Subtree, negated: Bool) throws(Diagnostic) -> Subtree {
        let caseInsensitive = advance().kind == .keyword(.ilike)
        let pattern = try expression(.concatenation)
        var escape: Subtree?
        if match(.escape) { escape = try expression(.concatenation) }
        let last = escape ?? pattern
        let kind = Expr.Kind.like(
            value.expr, pattern: pattern.expr, escape: escape?.expr, caseInsensitive: caseInsensitive, negated: negated)
        return try node(kind, value.range.union(last.range), [value, pattern] + [escape].compactMap { $0 })
    }

    /// `exists (query)`
    mutating func existsExpression() throws(Diagnostic) -> Subtree {
        let start = advance().range
        advance()
        guard startsQuery || check(.leftParen) else { throw expected("query", after: "'exists ('") }
        let inner = try query()
        try expect(.rightParen, "')'", after: "subquery")
        return Subtree(Expr(.exists(inner, negated: false), range: start.union(previous.range)))
    }

    /// After a `(` that is followed by another `(`: whether the parentheses hold a query
    /// (`((select 1) union (select 2))`) rather than an expression.
    func queryFollowsParentheses() -> Bool {
        var k = 0
        while peekKind(ahead: k) == .leftParen { k += 1 }
        switch peekKind(ahead: k) {
        case .keyword(.select), .keyword(.from), .keyword(.with): break
        default: return false
        }
        // `((select 1) + 1)` is an expression: look for a set operator after the matching ')'.
        var level = 0
        var i = 0
        while true {
            let kind = peekKind(ahead: i)
            if kind == .endOfInput { return false }
            if kind == .leftParen { level += 1 }
            if kind == .rightParen {
                level -= 1
                if level == 0 {
                    switch peekKind(ahead: i + 1) {
                    case .keyword(.union), .keyword(.intersect), .keyword(.except), .keyword(.order),
                        .keyword(.limit):
                        return true
                    default: return false
                    }
                }
            }
            i += 1
        }
    }

    /// `x::type`
    mutating func typecast(_ value: Subtree) throws(Diagnostic) -> Subtree {
        advance()
        let type = try typeName(after: "'::'")
        return try node(.cast(value.expr, type), value.range.union(type.range), [value])
    }
}

extension Expr {
    /// The left side of the last comparison in a chain of `and`/`or` (`rate` in
    /// `year > 2020 and rate > 10`); nil when the chain does not end in a comparison.
    var lastComparedSubject: Expr? {
        guard case .binary(let op, let a, let b) = kind else { return nil }
        switch op {
        case .and, .or: return b.lastComparedSubject
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual: return a
        default: return nil
        }
    }
}
