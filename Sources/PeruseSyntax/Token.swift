/// What a token is. Text is read from the source through the token's range only when needed.
public enum TokenKind: Hashable, Sendable {
    case keyword(Keyword)
    /// A bare identifier: `rate`, `año`.
    case identifier
    /// A double-quoted identifier: `"Rate 2023"`. `""` inside stands for one quote.
    case quotedIdentifier
    /// Digits only: `2021`.
    case integer
    /// Digits with a point or an exponent: `12.5`, `.5`, `1e3`.
    case decimal
    /// A single-quoted string: `'Lima'`. `''` inside stands for one quote.
    case string
    case leftParen, rightParen, comma, dot, semicolon
    case plus, minus, star, slash, slashSlash, percent, concat
    case equal, notEqual, less, lessEqual, greater, greaterEqual
    case doubleColon
    /// A character the language does not use; the lexer also reports a diagnostic.
    case invalid
    case endOfInput
}

/// A token: its kind, where it is, and (for names and literals) its decoded text.
public struct Token: Hashable, Sendable {
    public var kind: TokenKind
    public var range: SourceRange
    /// Decoded text for identifiers (quotes removed), strings (quotes removed, `''` folded),
    /// numbers (as written) and keywords (as written). Empty for punctuation.
    public var text: String

    public init(kind: TokenKind, range: SourceRange, text: String = "") {
        self.kind = kind
        self.range = range
        self.text = text
    }
}
