import PeruseSyntax
import Testing

// Small builders for expected syntax trees. Ranges do not take part in equality, so they are left
// empty here.

func col(_ name: String, table: String? = nil) -> Expr {
    Expr(.column(table: table.map { Identifier($0) }, name: Identifier(name)))
}

func int(_ digits: String) -> Expr { Expr(.literal(.integer(digits))) }
func dec(_ digits: String) -> Expr { Expr(.literal(.decimal(digits))) }
func str(_ text: String) -> Expr { Expr(.literal(.string(text))) }
func bool(_ value: Bool) -> Expr { Expr(.literal(.boolean(value))) }
let null = Expr(.literal(.null))

func bin(_ op: BinaryOperator, _ a: Expr, _ b: Expr) -> Expr { Expr(.binary(op, a, b)) }
func un(_ op: UnaryOperator, _ a: Expr) -> Expr { Expr(.unary(op, a)) }
func call(_ name: String, _ args: Expr..., distinct: Bool = false) -> Expr {
    Expr(.function(name: Identifier(name), args: args, distinct: distinct))
}
func cast(_ e: Expr, _ type: String) -> Expr { Expr(.cast(e, TypeName(type))) }

/// The expression `text` parses to, or a failed expectation.
func expr(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Expr? {
    switch Parser.parseExpression(text) {
    case .success(let e): return e
    case .failure(let d):
        Issue.record("\(text): \(d.message)", sourceLocation: sourceLocation)
        return nil
    }
}

/// The statements `text` parses to, or a failed expectation.
func statements(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [Statement] {
    switch Parser.parseAll(SourceText(name: "test.sql", text: text)) {
    case .success(let list): return list.map(\.statement)
    case .failure(let d):
        Issue.record("\(text): \(d.message)", sourceLocation: sourceLocation)
        return []
    }
}

/// The single statement `text` parses to.
func statement(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Statement? {
    let list = statements(text, sourceLocation: sourceLocation)
    #expect(list.count == 1, sourceLocation: sourceLocation)
    return list.first
}

/// The single select `text` parses to.
func select(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> SelectStatement? {
    guard case .select(let query)? = statement(text, sourceLocation: sourceLocation) else {
        Issue.record("not a select: \(text)", sourceLocation: sourceLocation)
        return nil
    }
    return query
}

/// The rendered first error of `text` (file `test.sql`), or nil when it parses.
func renderedError(_ text: String) -> String? {
    let source = SourceText(name: "test.sql", text: text)
    guard case .failure(let d) = Parser.parseAll(source) else { return nil }
    return DiagnosticRenderer.render(d, in: source)
}

/// The first diagnostic of `text`, or nil when it parses.
func firstError(_ text: String) -> Diagnostic? {
    guard case .failure(let d) = Parser.parseAll(SourceText(name: "test.sql", text: text)) else {
        return nil
    }
    return d
}
