import PeruseSyntax
import Testing

@Suite struct LexerTests {
    func kinds(_ text: String) -> [TokenKind] {
        Lexer.tokenize(SourceText(name: "t", text: text)).tokens.map(\.kind)
    }

    func texts(_ text: String) -> [String] {
        Lexer.tokenize(SourceText(name: "t", text: text)).tokens.dropLast().map(\.text)
    }

    @Test func operators() {
        #expect(
            kinds("( ) , . ; + - * / // % || = == != <> < <= > >= ::") == [
                .leftParen, .rightParen, .comma, .dot, .semicolon, .plus, .minus, .star, .slash,
                .slashSlash, .percent, .concat, .equal, .equal, .notEqual, .notEqual, .less, .lessEqual,
                .greater, .greaterEqual, .doubleColon, .endOfInput,
            ])
    }

    @Test func keywordsIgnoreCase() {
        #expect(
            kinds("SELECT Select select") == [.keyword(.select), .keyword(.select), .keyword(.select), .endOfInput])
        #expect(texts("SeLeCt") == ["SeLeCt"])
    }

    /// Quotes a word processor curled (`‘Lima’`, `“Lima”`) are one invalid token whose fix is
    /// the text in straight quotes; an apostrophe between letters stays inside (`‘it’s’`).
    @Test func curlyQuotesAreOneMistakeWithItsFix() {
        for (text, fixed) in [("‘Lima’", "'Lima'"), ("“Lima”", "'Lima'"), ("‘it’s’", "'it’s'")] {
            let (tokens, diagnostics) = Lexer.tokenize(SourceText(name: "t", text: "x = \(text) y"))
            #expect(tokens.map(\.kind) == [.identifier, .equal, .invalid, .identifier, .endOfInput])
            #expect(diagnostics.first?.id == "syntax.curly-quote")
            #expect(diagnostics.first?.fixes.first?.apply(to: SourceText(name: "t", text: "x = \(text) y")) == "x = \(fixed) y")
        }
        let unclosed = Lexer.tokenize(SourceText(name: "t", text: "x = ‘Lima")).diagnostics
        #expect(unclosed.first?.range == SourceRange(start: 4, end: 7) && unclosed.first?.fixes == [])
    }

    @Test func identifiers() {
        #expect(kinds("año región _x x1") == [.identifier, .identifier, .identifier, .identifier, .endOfInput])
        #expect(texts("año región") == ["año", "región"])
    }

    @Test func quotedIdentifierFoldsDoubledQuotes() {
        let tokens = Lexer.tokenize(SourceText(name: "t", text: #""Rate ""2023""""#)).tokens
        #expect(tokens.first?.kind == .quotedIdentifier)
        #expect(tokens.first?.text == #"Rate "2023""#)
    }

    @Test func stringsFoldDoubledQuotes() {
        #expect(texts("'it''s' '' ''''") == ["it's", "", "'"])
        #expect(kinds("'a''b'") == [.string, .endOfInput])
    }

    @Test func numbers() {
        #expect(
            kinds("12 12.5 .5 1e3 1.5e-3 2E+4 12.") == [
                .integer, .decimal, .decimal, .decimal, .decimal, .decimal, .decimal, .endOfInput,
            ])
        #expect(texts("12 12.5 .5 1e3 1.5e-3") == ["12", "12.5", ".5", "1e3", "1.5e-3"])
    }

    @Test func numberFollowedByLettersIsInvalid() {
        let (tokens, diagnostics) = Lexer.tokenize(SourceText(name: "t", text: "12abc"))
        #expect(tokens.map(\.kind) == [.invalid, .endOfInput])
        #expect(diagnostics.map(\.message) == ["invalid number '12abc'"])
    }

    @Test func commentsAreSkipped() {
        #expect(kinds("1 -- one\n/* two\n */ 2 --") == [.integer, .integer, .endOfInput])
        #expect(kinds("1--2") == [.integer, .endOfInput])
    }

    @Test func unterminatedBlockComment() {
        let (tokens, diagnostics) = Lexer.tokenize(SourceText(name: "t", text: "1 /* never"))
        #expect(tokens.map(\.kind) == [.integer, .invalid, .endOfInput])
        #expect(diagnostics.map(\.message) == ["unterminated block comment"])
        #expect(diagnostics.first?.range == SourceRange(start: 2, end: 4))
    }

    @Test func unterminatedStringPointsAtOpeningQuote() {
        let (_, diagnostics) = Lexer.tokenize(SourceText(name: "t", text: "select 'abc"))
        #expect(diagnostics.map(\.message) == ["unterminated string"])
        #expect(diagnostics.first?.range == SourceRange(start: 7, end: 8))
        let (_, quoted) = Lexer.tokenize(SourceText(name: "t", text: #"select "abc"#))
        #expect(quoted.map(\.message) == ["unterminated quoted identifier"])
    }

    @Test func badCharacters() {
        let (tokens, diagnostics) = Lexer.tokenize(SourceText(name: "t", text: "a @ b ! | : \u{1}"))
        #expect(
            tokens.map(\.kind) == [
                .identifier, .invalid, .identifier, .invalid, .invalid, .invalid, .invalid, .endOfInput,
            ])
        #expect(
            diagnostics.map(\.message) == [
                "unexpected character '@'", "unexpected character '!'", "unexpected character '|'",
                "unexpected character ':'", "unexpected character '\\u{1}'",
            ])
    }

    @Test func rangesAreByteOffsets() {
        let tokens = Lexer.tokenize(SourceText(name: "t", text: "año = 'x'")).tokens
        #expect(
            tokens.map(\.range) == [
                SourceRange(start: 0, end: 4), SourceRange(start: 5, end: 6), SourceRange(start: 7, end: 10),
                SourceRange(start: 10, end: 10),
            ])
    }

    @Test func anyBytesLexWithoutTrapping() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let bytes = (0..<Int.random(in: 0..<200, using: &generator)).map { _ in
                UInt8.random(in: 0...255, using: &generator)
            }
            let tokens = Lexer.tokenize(SourceText(name: "t", bytes: bytes)).tokens
            #expect(tokens.last?.kind == .endOfInput)
        }
    }
}
