import Foundation
import PeruseSyntax
import Testing

/// Keeps `Grammar/peruse.ebnf`, its examples and the parser in agreement.
@Suite struct GrammarTests {
    let grammar: Grammar
    let examples: URL

    init() throws {
        // Tests/GrammarTests/GrammarTests.swift → the repository root.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let text = try String(contentsOf: root.appending(path: "Grammar/peruse.ebnf"), encoding: .utf8)
        grammar = Grammar(text)
        examples = root.appending(path: "Grammar/examples")
    }

    @Test func keywordsMatchTheLexer() {
        let lexer = Set(Keyword.allCases.map { $0.rawValue.uppercased() })
        let missingFromGrammar = lexer.subtracting(grammar.keywords).sorted()
        let unknownToLexer = grammar.keywords.subtracting(lexer).sorted()
        #expect(missingFromGrammar.isEmpty, "keywords the grammar never uses: \(missingFromGrammar)")
        #expect(unknownToLexer.isEmpty, "grammar keywords missing from Keyword: \(unknownToLexer)")
    }

    @Test func nonReservedKeywordsMatchTheLexer() {
        let lexer = Set(Keyword.allCases.filter { !$0.isReserved }.map { $0.rawValue.uppercased() })
        let rule = grammar.rules.first { $0.name == "non_reserved_keyword" }
        #expect(rule.map { Set($0.keywords) } == lexer)
    }

    @Test func everyRuleIsDefinedOnce() {
        var seen: [String: Int] = [:]
        for rule in grammar.rules { seen[rule.name, default: 0] += 1 }
        let duplicated = seen.filter { $0.value > 1 }.keys.sorted()
        #expect(duplicated.isEmpty, "rules defined more than once: \(duplicated)")
        let defined = Set(seen.keys)
        let undefined = Set(grammar.rules.flatMap(\.references)).subtracting(defined).sorted()
        #expect(undefined.isEmpty, "rules used but never defined: \(undefined)")
    }

    @Test func everyRuleButTheStartIsUsed() {
        #expect(grammar.rules.first?.name == "script")
        var usedElsewhere: Set<String> = []
        for rule in grammar.rules {
            usedElsewhere.formUnion(rule.references.filter { $0 != rule.name })
        }
        let unused = grammar.rules.dropFirst().map(\.name).filter { !usedElsewhere.contains($0) }
        #expect(unused.isEmpty, "rules no other rule uses: \(unused)")
    }

    @Test func everyRuleHasAnExample() throws {
        let files = Set(try exampleFiles().map { $0.deletingPathExtension().lastPathComponent })
        let names = Set(grammar.rules.map(\.name))
        let missing = names.subtracting(files).sorted()
        let stray = files.subtracting(names).sorted()
        #expect(missing.isEmpty, "rules without Grammar/examples/<rule>.sql: \(missing)")
        #expect(stray.isEmpty, "examples named after no rule: \(stray)")
    }

    @Test func everyExampleParses() throws {
        let files = try exampleFiles()
        #expect(!files.isEmpty)
        for file in files {
            let source = SourceText(
                name: "Grammar/examples/" + file.lastPathComponent,
                text: try String(contentsOf: file, encoding: .utf8))
            switch Parser.parseAll(source) {
            case .success(let statements):
                #expect(!statements.isEmpty, "\(file.lastPathComponent) holds no statement")
            case .failure(let diagnostic):
                Issue.record("\(DiagnosticRenderer.render(diagnostic, in: source))")
            }
        }
    }

    func exampleFiles() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: examples, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "sql" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }
}

/// Just enough of W3C EBNF to list rules, the rules each one uses, and its keyword terminals.
struct Grammar {
    struct Rule {
        var name: String
        /// Rule names on the right-hand side.
        var references: [String]
        /// Quoted terminals written in uppercase letters: `'SELECT'`.
        var keywords: [String]
    }

    var rules: [Rule] = []
    var keywords: Set<String> { Set(rules.flatMap(\.keywords)) }

    init(_ text: String) {
        var current: (name: String, body: String)?
        for line in Self.removingComments(text).split(separator: "\n", omittingEmptySubsequences: false) {
            if let range = line.range(of: "::="),
                case let head = line[..<range.lowerBound].trimmingCharacters(in: .whitespaces),
                !head.isEmpty, head.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" })
            {
                if let current { rules.append(Self.rule(current.name, current.body)) }
                current = (head, String(line[range.upperBound...]))
            } else if current != nil {
                current?.body += "\n" + line
            }
        }
        if let current { rules.append(Self.rule(current.name, current.body)) }
    }

    static func removingComments(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let open = rest.range(of: "/*") {
            out += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "*/") else { return out }
            rest = rest[close.upperBound...]
        }
        return out + rest
    }

    /// Splits a right-hand side into quoted terminals, character classes and names.
    static func rule(_ name: String, _ body: String) -> Rule {
        var references: [String] = []
        var keywords: [String] = []
        var chars = Array(body)[...]
        while let c = chars.first {
            if c == "'" || c == "\"" {
                let literal = chars.dropFirst().prefix { $0 != c }
                chars = chars.dropFirst(literal.count + 2)
                if !literal.isEmpty, literal.allSatisfy({ $0.isUppercase }) { keywords.append(String(literal)) }
            } else if c == "[" {
                chars = chars.drop { $0 != "]" }.dropFirst()
            } else if c.isLetter || c == "_" {
                let word = chars.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
                chars = chars.dropFirst(word.count)
                references.append(String(word))
            } else {
                chars = chars.dropFirst()
            }
        }
        return Rule(name: name, references: references, keywords: keywords)
    }
}
