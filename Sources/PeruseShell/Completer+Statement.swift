import PeruseSyntax

extension Completer {
    /// A table a statement reads, and the alias it is known by there.
    struct TableReference: Equatable {
        var table: String
        var alias: String?
    }

    /// The text of the last statement in `text` (after its last top-level `;`).
    static func currentStatement(_ text: String) -> String {
        let tokens = Lexer.tokenize(SourceText(name: "", text: text)).tokens
        guard let semicolon = tokens.last(where: { $0.kind == .semicolon }) else { return text }
        let bytes = Array(text.utf8)
        return String(decoding: bytes[min(semicolon.range.end, bytes.count)...], as: UTF8.self)
    }

    /// The tables named after `from` and `join` (and after commas in a from list), with aliases.
    static func tableReferences(_ statement: String) -> [TableReference] {
        let tokens = Lexer.tokenize(SourceText(name: "", text: statement)).tokens
        var references: [TableReference] = []
        var index = 0
        while index < tokens.count {
            let word = tokens[index].text.lowercased()
            guard word == "from" || word == "join" else {
                index += 1
                continue
            }
            index += 1
            while index < tokens.count, isName(tokens[index]) {
                var reference = TableReference(table: tokens[index].text)
                index += 1
                if index < tokens.count, tokens[index].text.lowercased() == "as" { index += 1 }
                if index < tokens.count, isName(tokens[index]), !isClauseWord(tokens[index]) {
                    reference.alias = tokens[index].text
                    index += 1
                }
                references.append(reference)
                guard index < tokens.count, tokens[index].kind == .comma else { break }
                index += 1
            }
        }
        return references
    }

    /// The word just before the unterminated string at the end of `text`, lowercased:
    /// `load` in `load 'da`.
    static func tokenBeforeOpenString(_ text: String) -> String? {
        let tokens = Lexer.tokenize(SourceText(name: "", text: text)).tokens
        guard let open = tokens.lastIndex(where: { $0.kind == .invalid || $0.kind == .string }), open > 0 else {
            return nil
        }
        return tokens[open - 1].text.lowercased()
    }

    private static func isName(_ token: Token) -> Bool {
        switch token.kind {
        case .identifier, .quotedIdentifier: return true
        case .keyword(let keyword): return !keyword.isReserved
        default: return false
        }
    }

    /// Words that follow a table reference and so are not its alias.
    private static func isClauseWord(_ token: Token) -> Bool {
        [
            "join", "on", "using", "inner", "left", "right", "full", "cross", "natural", "where", "group", "order",
            "limit", "having", "select",
        ]
        .contains(token.text.lowercased())
    }
}
