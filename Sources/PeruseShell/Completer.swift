import PeruseEngine
import PeruseStorage
import PeruseSyntax

/// What Tab offers: the candidates for the word that starts at `start`.
public struct Completion: Equatable, Sendable {
    /// UTF-8 offset in the line where the word being completed starts.
    public var start: Int
    /// Full replacements for that word, sorted.
    public var candidates: [String]
    /// Whether a lone candidate is followed by a space (not after a directory's `/`).
    public var appendsSpace: Bool

    public init(start: Int, candidates: [String], appendsSpace: Bool = true) {
        self.start = start
        self.candidates = candidates
        self.appendsSpace = appendsSpace
    }
}

/// Tab completion as a pure function of the line, the cursor and the tables.
///
/// - a leading `.`: meta-commands; after `.read`, `.output`, `.once`: file paths; after
///   `.schema`: tables; after `.help`: topics; after `.mode`: modes;
/// - inside quotes after `load`, `save … to`, `from`: file paths;
/// - after `from`, `join`, `describe`, `into`, `table`: table names;
/// - after `t.`: the columns of table or alias `t`;
/// - elsewhere: the columns of the statement's tables (every column when it names none yet),
///   function names and keywords.
///
/// Candidates keep their own spelling, in capitals when the word typed so far is in capitals.
public struct Completer {
    /// Characters that end a word, for this completer and for readline alike.
    public static let wordBreakCharacters = " \t\n\"'`<>=;|&(),:+*%"

    let catalog: Catalog
    let functionNames: [String]
    let listDirectory: (String) -> [String]

    /// `listDirectory` lists a directory (`""` is the current one) with a `/` after
    /// subdirectories; by default it reads the file system.
    public init(
        catalog: Catalog, functionNames: [String] = Engine.functionNames,
        listDirectory: ((String) -> [String])? = nil
    ) {
        self.catalog = catalog
        self.functionNames = functionNames
        self.listDirectory = listDirectory ?? { FileAccess.listDirectory($0, includeHidden: false) }
    }

    /// Candidates for the word before `cursor` (a UTF-8 offset into `line`). `pending` holds the
    /// earlier lines of an unfinished statement, which tell which tables it reads.
    public func complete(line: String, cursor: Int, pending: String = "") -> Completion {
        let bytes = Array(line.utf8)
        let end = max(0, min(cursor, bytes.count))
        var start = end
        let breaks = Set(Self.wordBreakCharacters.utf8)
        while start > 0 && !breaks.contains(bytes[start - 1]) { start -= 1 }
        let word = String(decoding: bytes[start..<end], as: UTF8.self)
        let before = String(decoding: bytes[0..<start], as: UTF8.self)
        let rest = String(decoding: bytes[end...], as: UTF8.self)

        if pending.isEmpty, before.trimmingSpaces.isEmpty, word.hasPrefix(".") {
            return Completion(start: start, candidates: matching(MetaCommand.allCases.map { "." + $0.rawValue }, word))
        }
        if pending.isEmpty, before.trimmingSpaces.hasPrefix(".") {
            return metaArgument(before.trimmingSpaces, word: word, start: start)
        }
        let statement = Self.currentStatement(pending.isEmpty ? before : pending + "\n" + before)
        let tokens = Lexer.tokenize(SourceText(name: "", text: statement))
        if tokens.diagnostics.contains(where: { $0.id == "syntax.unterminated-string" }) {
            let opener = Self.tokenBeforeOpenString(statement)
            guard let opener, ["load", "from", "to", "save", "read"].contains(opener) else {
                return Completion(start: start, candidates: [])
            }
            return files(word, start: start)
        }
        let last = tokens.tokens.last { $0.kind != .endOfInput }
        if let last, Self.tableWords.contains(last.text.lowercased()),
            last.kind == .identifier || Self.isKeyword(last)
        {
            return Completion(start: start, candidates: matching(catalog.tableNames, word))
        }
        let references = Self.tableReferences(statement + word + rest)
        if let dot = word.lastIndex(of: ".") {
            let qualifier = String(word[..<dot])
            let partial = String(word[word.index(after: dot)...])
            let table = references.first { $0.alias?.lowercased() == qualifier.lowercased() }?.table ?? qualifier
            let columns = catalog.table(table)?.schema.map(\.name) ?? []
            return Completion(start: start, candidates: matching(columns, partial).map { qualifier + "." + $0 })
        }
        let tables = references.compactMap { catalog.table($0.table) }
        let columns = (tables.isEmpty ? catalog.allTables : tables).flatMap { $0.schema.map(\.name) }
        // Where an expression starts (after `select`, `where`, a comma, an operator), only the
        // keywords that can start one; elsewhere every keyword (`from`, `order`, …).
        let keywords =
            last.map(Self.startsExpression) ?? false
            ? Self.expressionKeywords : Keyword.allCases.map(\.rawValue)
        return Completion(start: start, candidates: matching(columns + functionNames + keywords, word))
    }

    private func metaArgument(_ before: String, word: String, start: Int) -> Completion {
        let words = before.dropFirst().split(separator: " ")
        guard words.count == 1, let command = MetaCommand(rawValue: words[0].lowercased()) else {
            return Completion(start: start, candidates: [])
        }
        switch command {
        case .read, .output, .once: return files(word, start: start)
        case .schema: return Completion(start: start, candidates: matching(catalog.tableNames, word))
        case .mode: return Completion(start: start, candidates: matching(MetaCommand.modeNames, word))
        case .source: return Completion(start: start, candidates: matching(catalog.tableNames, word))
        case .limit: return Completion(start: start, candidates: matching(MetaCommand.limitNames, word))
        case .headers, .timer, .provenance:
            return Completion(start: start, candidates: matching(MetaCommand.switchNames, word))
        case .help:
            let topics = HelpEntry.all.flatMap(\.names).filter { !$0.contains(" ") }
            return Completion(start: start, candidates: matching(topics, word))
        case .lang: return Completion(start: start, candidates: matching(Language.allCases.map(\.rawValue), word))
        case .tutorial: return Completion(start: start, candidates: matching(MetaCommand.tutorialWords, word))
        case .lesson, .record:
            // A sub-word (`.lesson hint`, `.record off`) or a file to open.
            let subwords = command == .lesson ? MetaCommand.lessonWords : ["off"]
            let candidates = (matching(subwords, word) + files(word, start: start).candidates).sorted()
            let endsInDirectory = candidates.count == 1 && candidates[0].hasSuffix("/")
            return Completion(start: start, candidates: candidates, appendsSpace: !endsInDirectory)
        case .maxrows: return Completion(start: start, candidates: matching(["all"], word))
        default: return Completion(start: start, candidates: [])
        }
    }

    /// Paths starting with `word`: entries of the directory it names so far.
    private func files(_ word: String, start: Int) -> Completion {
        let slash = word.lastIndex(of: "/")
        let directory = slash.map { String(word[...$0]) } ?? ""
        let partial = slash.map { String(word[word.index(after: $0)...]) } ?? word
        let entries = listDirectory(directory).filter { $0.hasPrefix(partial) }
        let candidates = entries.map { directory + $0 }
        let endsInDirectory = candidates.count == 1 && candidates[0].hasSuffix("/")
        return Completion(start: start, candidates: candidates, appendsSpace: !endsInDirectory)
    }

    /// Candidates that start with `word`, ignoring case; in capitals when `word` is.
    private func matching(_ names: [String], _ word: String) -> [String] {
        let lowered = word.lowercased()
        let shouting = word.contains { $0.isLetter } && word == word.uppercased()
        var seen = Set<String>()
        var out: [String] = []
        for name in names where name.lowercased().hasPrefix(lowered) {
            let spelled = shouting ? name.uppercased() : name
            if seen.insert(spelled.lowercased()).inserted { out.append(spelled) }
        }
        return out.sorted()
    }

    /// Keywords that can begin an expression.
    static let expressionKeywords = ["case", "cast", "not", "null", "true", "false", "exists", "distinct"]

    /// Whether an expression (not a clause keyword) comes after `token`.
    static func startsExpression(_ token: Token) -> Bool {
        switch token.kind {
        case .keyword(let keyword):
            return StatementCompleteness.continuingKeywords.contains(keyword.rawValue)
                && !["from", "join", "into", "table", "as", "by", "order", "group"].contains(keyword.rawValue)
                || keyword.rawValue == "by"
        case .identifier: return false
        default: return StatementCompleteness.continues(after: token)
        }
    }

    static let tableWords: Set<String> = ["from", "join", "describe", "into", "table", "update"]

    private static func isKeyword(_ token: Token) -> Bool {
        if case .keyword = token.kind { return true }
        return false
    }
}
