/// Scans the UTF-8 bytes of a `SourceText` into tokens with byte ranges.
///
/// Lexical errors do not stop the scan: a bad character becomes an `.invalid` token and the
/// matching diagnostic is kept in `diagnostics`, keyed by the token's start offset, so the parser
/// can report it when it reaches the statement that contains it.
public struct Lexer {
    private let bytes: [UInt8]
    private var start = 0
    private var current = 0
    private var tokens: [Token] = []
    private var diagnostics: [Diagnostic] = []

    private init(source: SourceText) {
        self.bytes = source.bytes
    }

    /// Scans the whole source. The last token is always `.endOfInput`; `diagnostics` holds one entry
    /// per `.invalid` token, in order.
    public static func tokenize(_ source: SourceText) -> (tokens: [Token], diagnostics: [Diagnostic]) {
        var lexer = Lexer(source: source)
        lexer.scanAll()
        return (lexer.tokens, lexer.diagnostics)
    }

    private mutating func scanAll() {
        while true {
            skipTrivia()
            start = current
            guard let byte = peek() else { break }
            scanToken(byte)
        }
        tokens.append(Token(kind: .endOfInput, range: SourceRange(start: bytes.count, end: bytes.count)))
    }

    // MARK: - Characters

    private func peek(_ ahead: Int = 0) -> UInt8? {
        let i = current + ahead
        return i < bytes.count ? bytes[i] : nil
    }

    private mutating func match(_ ascii: Unicode.Scalar) -> Bool {
        guard peek() == UInt8(ascii: ascii) else { return false }
        current += 1
        return true
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// ASCII letters, `_`, and every byte of a multi-byte UTF-8 sequence (so `año` is one name).
    private static func isIdentifierStart(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || b == 0x5F || b >= 0x80
    }

    private static func isIdentifierPart(_ b: UInt8) -> Bool { isIdentifierStart(b) || isDigit(b) }

    // MARK: - Trivia

    private mutating func skipTrivia() {
        while let b = peek() {
            switch b {
            case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C:
                current += 1
            case UInt8(ascii: "-") where peek(1) == UInt8(ascii: "-"):
                while let c = peek(), c != 0x0A { current += 1 }
            case UInt8(ascii: "/") where peek(1) == UInt8(ascii: "*"):
                skipBlockComment()
            default:
                return
            }
        }
    }

    private mutating func skipBlockComment() {
        let opening = current
        current += 2
        while current < bytes.count {
            if bytes[current] == UInt8(ascii: "*"), peek(1) == UInt8(ascii: "/") {
                current += 2
                return
            }
            current += 1
        }
        start = opening
        report(
            "syntax.unterminated-comment", "unterminated block comment",
            at: SourceRange(start: opening, end: opening + 2))
    }

    // MARK: - Tokens

    private mutating func scanToken(_ byte: UInt8) {
        if isCurlyQuote(at: current) { return scanCurlyQuoted() }
        if Self.isIdentifierStart(byte) { return scanIdentifier() }
        if Self.isDigit(byte) || (byte == UInt8(ascii: ".") && peek(1).map(Self.isDigit) == true) {
            return scanNumber()
        }
        current += 1
        switch byte {
        case UInt8(ascii: "'"): scanQuoted(quote: byte, kind: .string)
        case UInt8(ascii: "\""): scanQuoted(quote: byte, kind: .quotedIdentifier)
        case UInt8(ascii: "("): add(.leftParen)
        case UInt8(ascii: ")"): add(.rightParen)
        case UInt8(ascii: ","): add(.comma)
        case UInt8(ascii: "."): add(.dot)
        case UInt8(ascii: ";"): add(.semicolon)
        case UInt8(ascii: "+"): add(.plus)
        case UInt8(ascii: "-"): add(.minus)
        case UInt8(ascii: "*"): add(.star)
        case UInt8(ascii: "%"): add(.percent)
        case UInt8(ascii: "/"): add(match("/") ? .slashSlash : .slash)
        case UInt8(ascii: "="):
            _ = match("=")
            add(.equal)
        case UInt8(ascii: "<"): add(match("=") ? .lessEqual : match(">") ? .notEqual : .less)
        case UInt8(ascii: ">"): add(match("=") ? .greaterEqual : .greater)
        case UInt8(ascii: "!") where match("="): add(.notEqual)
        case UInt8(ascii: "|") where match("|"): add(.concat)
        case UInt8(ascii: ":") where match(":"): add(.doubleColon)
        default: unexpectedCharacter(byte)
        }
    }

    private mutating func add(_ kind: TokenKind, text: String = "") {
        tokens.append(Token(kind: kind, range: SourceRange(start: start, end: current), text: text))
    }

    private var lexeme: String {
        String(decoding: bytes[start..<current], as: UTF8.self)
    }

    private mutating func scanIdentifier() {
        while let b = peek(), Self.isIdentifierPart(b) { current += 1 }
        let text = lexeme
        if let keyword = Keyword.lookup(text) {
            add(.keyword(keyword), text: text)
        } else {
            add(.identifier, text: text)
        }
    }

    private mutating func scanNumber() {
        var isDecimal = false
        while let b = peek(), Self.isDigit(b) { current += 1 }
        if peek() == UInt8(ascii: ".") {
            isDecimal = true
            current += 1
            while let b = peek(), Self.isDigit(b) { current += 1 }
        }
        if let e = peek(), e | 0x20 == UInt8(ascii: "e") {
            let signed = peek(1) == UInt8(ascii: "+") || peek(1) == UInt8(ascii: "-")
            if let d = peek(signed ? 2 : 1), Self.isDigit(d) {
                isDecimal = true
                current += signed ? 2 : 1
                while let b = peek(), Self.isDigit(b) { current += 1 }
            }
        }
        // `12abc` is a mistake, not the number 12 with the alias `abc`.
        if let b = peek(), Self.isIdentifierPart(b) {
            while let b = peek(), Self.isIdentifierPart(b) { current += 1 }
            let text = lexeme
            return report("syntax.bad-number", "invalid number '\(text)'", at: nil)
        }
        add(isDecimal ? .decimal : .integer, text: lexeme)
    }

    /// Scans a `'string'` or `"identifier"` after its opening quote; a doubled quote stands for one.
    private mutating func scanQuoted(quote: UInt8, kind: TokenKind) {
        var content: [UInt8] = []
        var segmentStart = current
        while current < bytes.count {
            if bytes[current] == quote {
                content.append(contentsOf: bytes[segmentStart..<current])
                if peek(1) == quote {
                    current += 2
                    segmentStart = current - 1
                    continue
                }
                current += 1
                return add(kind, text: String(decoding: content, as: UTF8.self))
            }
            current += 1
        }
        let what = kind == .string ? "string" : "quoted identifier"
        report(
            "syntax.unterminated-\(kind == .string ? "string" : "identifier")", "unterminated \(what)",
            at: SourceRange(start: start, end: start + 1))
    }

    /// `‘ ’ “ ”` (U+2018, U+2019, U+201C, U+201D): what word processors and slides make of quotes.
    private func isCurlyQuote(at i: Int) -> Bool {
        i + 2 < bytes.count && bytes[i] == 0xE2 && bytes[i + 1] == 0x80
            && [0x98, 0x99, 0x9C, 0x9D].contains(bytes[i + 2])
    }

    /// `‘Lima’` copied from a slide: an error whose fix is the same text in straight single quotes
    /// (text is what a quoted word in a condition nearly always is).
    private mutating func scanCurlyQuoted() {
        current += 3
        let contentStart = current
        while current < bytes.count, bytes[current] != 0x0A, bytes[current] != UInt8(ascii: "'"),
            bytes[current] != UInt8(ascii: "\"")
        {
            // ’ between letters is an apostrophe (‘it’s’), not the closing quote.
            if isCurlyQuote(at: current) {
                let next = current + 3 < bytes.count ? bytes[current + 3] : 0
                guard bytes[current + 2] == 0x99, Self.isIdentifierPart(next), next < 0x80 else { break }
                current += 3
                continue
            }
            current += 1
        }
        let content = String(decoding: bytes[contentStart..<current], as: UTF8.self)
        let closed = isCurlyQuote(at: current)
        if closed { current += 3 }
        let written = lexeme
        add(.invalid)
        let range = SourceRange(start: start, end: current)
        guard closed else {
            diagnostics.append(
                .error(
                    "syntax.curly-quote", "curly quotes are not SQL quotes: \(written.prefix(1))",
                    at: SourceRange(start: start, end: start + 3),
                    help: "type a straight quote: text goes in single quotes, 'like this'"))
            return
        }
        let quoted = content.sqlQuoted
        var diagnostic = Diagnostic.error(
            "syntax.curly-quote", "curly quotes are not SQL quotes: \(written)", at: range,
            help: "type straight quotes: text goes in single quotes, \(quoted)")
        diagnostic.fixes = [.replace(range, with: quoted)]
        diagnostic.notes = ["word processors and slides turn ' into ‘ ’; copy queries from a plain-text file"]
        diagnostics.append(diagnostic)
    }

    private mutating func unexpectedCharacter(_ byte: UInt8) {
        let shown: String
        if byte >= 0x20 && byte < 0x7F {
            shown = String(UnicodeScalar(byte))
        } else {
            shown = "\\u{" + String(byte, radix: 16) + "}"
        }
        report("syntax.unexpected-character", "unexpected character '\(shown)'", at: nil)
    }

    /// Records an `.invalid` token covering `start..<current` and its diagnostic (placed at `range`,
    /// or at the token itself).
    private mutating func report(_ id: String, _ message: String, at range: SourceRange?) {
        add(.invalid)
        let tokenRange = SourceRange(start: start, end: current)
        diagnostics.append(.error(id, message, at: range ?? tokenRange))
    }
}
