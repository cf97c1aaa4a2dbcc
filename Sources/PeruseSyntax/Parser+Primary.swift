/// The operands of expressions: literals, names, calls, `case`, `cast`, parentheses; and the
/// names and type names shared with statements.
extension Parser {
    /// A literal, a column, or a function call. (`case`, `cast` and parentheses are dispatched by
    /// `prefix`, so that nesting through them costs fewer stack frames.)
    mutating func primary() throws(Diagnostic) -> Subtree {
        if let literal = literal() { return literal }
        if isName(peek.kind), peekKind(ahead: 1) == .leftParen { return try functionCall() }
        if peek.kind == .identifier, startsDateWord() { return try dateWord() }
        return try columnReference()
    }

    /// `123`, `1.5`, `'text'`, `true`, `false`, `null`.
    mutating func literal() -> Subtree? {
        let token = peek
        let value: Literal
        switch token.kind {
        case .integer: value = .integer(token.text)
        case .decimal: value = .decimal(token.text)
        case .string: value = .string(token.text)
        case .keyword(.true): value = .boolean(true)
        case .keyword(.false): value = .boolean(false)
        case .keyword(.null): value = .null
        default: return nil
        }
        advance()
        return Subtree(Expr(.literal(value), range: token.range))
    }

    /// `name` or `table.name`.
    mutating func columnReference() throws(Diagnostic) -> Subtree {
        guard let first = matchName() else { throw expressionExpected() }
        guard match(.dot) else {
            return Subtree(Expr(.column(table: nil, name: first), range: first.range))
        }
        let name = try self.name("column name", after: "'\(first.name).'")
        return Subtree(Expr(.column(table: first, name: name), range: first.range.union(name.range)))
    }

    /// `expected expression after …`; for `=>` and `=<`, the operator the learner meant.
    func expressionExpected() -> Diagnostic {
        var diagnostic = expected("expression", after: afterPrevious)
        let flipped: String? =
            switch peek.kind {
            case .greater: ">="
            case .less: "<="
            default: nil
            }
        if let flipped, previous.kind == .equal, previous.range.end == peek.range.start,
            source.slice(previous.range) == "="
        {
            let written = previous.range.union(peek.range)
            diagnostic.range = written
            diagnostic.help = "did you mean '\(flipped)'? the = comes second"
            diagnostic.fixes = [.replace(written, with: flipped)]
        }
        return diagnostic
    }

    /// Whether a `date '…'` literal or `current_date` starts here.
    @inline(never)
    func startsDateWord() -> Bool {
        let word = peek.text.lowercased()
        return (word == "date" && peekKind(ahead: 1) == .string)
            || (word == "current_date" && peekKind(ahead: 1) != .dot)
    }

    /// `date '…'` or `current_date`; kept out of `primary`, whose frame is on the path of nesting.
    @inline(never)
    mutating func dateWord() throws(Diagnostic) -> Subtree {
        peekKind(ahead: 1) == .string ? try dateLiteral() : currentDate()
    }

    /// `current_date`, a call without parentheses.
    mutating func currentDate() -> Subtree {
        let name = advance()
        let identifier = Identifier(name.text, range: name.range)
        return Subtree(Expr(.function(name: identifier, args: [], distinct: false), range: name.range))
    }

    /// `date 'yyyy-mm-dd'`: a cast of the string to DATE.
    mutating func dateLiteral() throws(Diagnostic) -> Subtree {
        let word = advance()
        let text = advance()
        let range = word.range.union(text.range)
        let string = Expr(.literal(.string(text.text)), range: text.range)
        return Subtree(Expr(.cast(string, TypeName("date", range: word.range)), range: range), height: 2)
    }

    /// `f(args)`, `f(distinct x)`, `count(*)`, and `f(args) over (…)`.
    mutating func functionCall() throws(Diagnostic) -> Subtree {
        let name = try self.name("function name", after: afterPrevious)
        advance()
        var distinct = false
        var args: [Subtree] = []
        if check(.star) {
            args.append(Subtree(Expr(.star, range: advance().range)))
        } else if !check(.rightParen) {
            distinct = match(.distinct)
            if !distinct { _ = match(.all) }
            repeat { args.append(try expression()) } while match(.comma)
        }
        try expect(.rightParen, "')'", after: "function arguments")
        if check(.over) { return try windowCall(name, args, distinct: distinct) }
        return try call(name, args, distinct: distinct)
    }

    /// `f(args) over (…)`, after the arguments; kept out of `functionCall`'s frame.
    @inline(never)
    mutating func windowCall(_ name: Identifier, _ args: [Subtree], distinct: Bool) throws(Diagnostic) -> Subtree {
        let spec = try windowSpec()
        return try node(.window(name: name, args: args.map(\.expr), distinct: distinct, spec), from: name.range, args)
    }

    /// `over ([partition by e, …] [order by item, …] [frame])`
    mutating func windowSpec() throws(Diagnostic) -> WindowSpec {
        advance()
        try expect(.leftParen, "'('", after: "'over'")
        var spec = WindowSpec()
        if match(.partition) {
            try expect(.by, after: "'partition'")
            repeat { spec.partitionBy.append(try expression().expr) } while match(.comma)
        }
        if match(.order) {
            try expect(.by, after: "'order'")
            repeat { spec.orderBy.append(try orderItem()) } while match(.comma)
        }
        if check(.rows) || check(.range) {
            let isRange = advance().kind == .keyword(.range)
            if match(.between) {
                let start = try frameBound()
                try expect(.and, after: "frame start")
                spec.frame = WindowFrame(isRange: isRange, start: start, end: try frameBound())
            } else {
                spec.frame = WindowFrame(isRange: isRange, start: try frameBound(), end: .currentRow)
            }
        }
        try expect(.rightParen, "')'", after: "window specification")
        return spec
    }

    /// `unbounded preceding|following`, `current row`, `n preceding|following`
    mutating func frameBound() throws(Diagnostic) -> FrameBound {
        if match(.unbounded) {
            if match(.preceding) { return .unboundedPreceding }
            if match(.following) { return .unboundedFollowing }
            throw expected("'preceding' or 'following'", after: "'unbounded'")
        }
        if match(.current) {
            try expect(.row, after: "'current'")
            return .currentRow
        }
        let offset = try expression(.additive).expr
        if match(.preceding) { return .preceding(offset) }
        if match(.following) { return .following(offset) }
        throw expected("'preceding' or 'following'", after: "frame offset")
    }

    /// The node for a call; kept out of `functionCall`, whose frame is on the path of nesting.
    func call(_ name: Identifier, _ args: [Subtree], distinct: Bool) throws(Diagnostic) -> Subtree {
        try node(.function(name: name, args: args.map(\.expr), distinct: distinct), from: name.range, args)
    }

    /// `case [operand] when c then r … [else e] end`
    mutating func caseExpression() throws(Diagnostic) -> Subtree {
        let start = advance().range
        var parts: [Subtree] = []
        let operand = check(.when) ? nil : try expression()
        if let operand { parts.append(operand) }
        var whens: [WhenClause] = []
        try expect(.when, after: operand == nil ? "'case'" : "case operand")
        repeat {
            let condition = try expression()
            try expect(.then, after: "'when' condition")
            let result = try expression()
            whens.append(WhenClause(condition: condition.expr, result: result.expr))
            parts += [condition, result]
        } while match(.when)
        var otherwise: Subtree?
        if match(.else) {
            otherwise = try expression()
            if let otherwise { parts.append(otherwise) }
        }
        try expect(.end, after: otherwise == nil ? "'then' result" : "'else' result")
        return try node(
            .caseWhen(operand: operand?.expr, whens: whens, otherwise: otherwise?.expr), from: start, parts)
    }

    /// `cast(x as type)`
    mutating func castExpression() throws(Diagnostic) -> Subtree {
        let start = advance().range
        try expect(.leftParen, "'('", after: "'cast'")
        let value = try expression()
        try expect(.as, after: "expression in 'cast'")
        let type = try typeName(after: "'as'")
        try expect(.rightParen, "')'", after: "type name")
        return try node(.cast(value.expr, type), from: start, [value])
    }

    // MARK: - Names and types

    /// A type name: one word, or `double precision` / `character varying`, optionally followed by
    /// `(n)` or `(n, m)`, which are read and ignored.
    mutating func typeName(after: String) throws(Diagnostic) -> TypeName {
        guard peek.kind == .identifier || isNonReservedKeyword(peek.kind) else {
            throw expected("type name", after: after)
        }
        let first = advance()
        var name = first.text
        let lower = name.lowercased()
        if (lower == "double" && peek.text.lowercased() == "precision")
            || (lower == "character" && peek.text.lowercased() == "varying"), peek.kind == .identifier
        {
            name += " " + advance().text
        }
        if match(.leftParen) {
            try expect(.integer, "integer", after: "'(' in type '\(name)'")
            if match(.comma) { try expect(.integer, "integer", after: "',' in type '\(name)'") }
            try expect(.rightParen, "')'", after: "type modifiers")
        }
        return TypeName(name, range: first.range.union(previous.range))
    }

    /// A name: an identifier, a quoted identifier, or a keyword that is not reserved.
    mutating func matchName() -> Identifier? {
        let token = peek
        switch token.kind {
        case .identifier:
            advance()
            return Identifier(token.text, range: token.range)
        case .quotedIdentifier:
            advance()
            return Identifier(token.text, quoted: true, range: token.range)
        case .keyword(let keyword) where !keyword.isReserved:
            advance()
            return Identifier(token.text, range: token.range)
        default:
            return nil
        }
    }

    /// A name, or `expected <what> after <after>` (with a hint when a reserved keyword was used).
    mutating func name(_ what: String, after: String) throws(Diagnostic) -> Identifier {
        if let name = matchName() { return name }
        var diagnostic = expected(what, after: after)
        if case .keyword(let keyword) = peek.kind {
            diagnostic.help = "'\(keyword.rawValue)' is a keyword; write \"\(peek.text)\" to use it as a name"
        }
        throw diagnostic
    }

    /// An alias written without `as`: only a plain or quoted identifier, never a keyword, so that
    /// `select x from t` does not read `from` as an alias.
    mutating func matchBareAlias() -> Identifier? {
        guard check(.identifier) || check(.quotedIdentifier) else { return nil }
        return matchName()
    }

    func isNonReservedKeyword(_ kind: TokenKind) -> Bool {
        if case .keyword(let keyword) = kind { return !keyword.isReserved }
        return false
    }

    /// Whether a token of `kind` can be a name.
    func isName(_ kind: TokenKind) -> Bool {
        kind == .identifier || kind == .quotedIdentifier || isNonReservedKeyword(kind)
    }
}
