import Foundation
import PeruseSyntax
import Testing

/// Every diagnostic has its text in English and Spanish; the language comes from the environment.
@Suite struct MessageCatalogTests {
    static let sourcesDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources")

    /// Every `"syntax.…"`, `"bind.…"`, `"exec.…"`, `"io.…"`, `"mistake.…"` string in `Sources/`.
    static func idsUsedInSources() throws -> Set<String> {
        let pattern = try NSRegularExpression(pattern: #""((?:syntax|bind|exec|io|mistake)\.[a-z][a-z-]*)""#)
        var ids = Set<String>()
        let walker = FileManager.default.enumerator(atPath: sourcesDirectory.path)
        while let path = walker?.nextObject() as? String {
            guard path.hasSuffix(".swift"), !path.contains("Messages/") else { continue }
            let text = try String(contentsOf: sourcesDirectory.appendingPathComponent(path), encoding: .utf8)
            let range = NSRange(text.startIndex..., in: text)
            for match in pattern.matches(in: text, range: range) {
                if let r = Range(match.range(at: 1), in: text) { ids.insert(String(text[r])) }
            }
        }
        // The lexer builds these two from the kind of quote left open.
        ids.formUnion(["syntax.unterminated-string", "syntax.unterminated-identifier"])
        return ids
    }

    @Test func everyIDInSourcesHasEnglishAndSpanishText() throws {
        let ids = try Self.idsUsedInSources()
        #expect(ids.count > 50, "found only \(ids.count) ids: is the scan broken?")
        let missing = ids.filter { !MessageCatalog.hasTexts(for: $0) }.sorted()
        #expect(missing.isEmpty, "ids without English and Spanish text: \(missing)")
        #expect(MessageCatalog.malformedTexts.isEmpty, "\(MessageCatalog.malformedTexts)")
    }

    @Test func theCatalogueHasNoIDThatSourcesNeverUse() throws {
        let unused = MessageCatalog.ids.subtracting(try Self.idsUsedInSources()).sorted()
        #expect(unused.isEmpty, "texts for ids no diagnostic uses: \(unused)")
    }

    @Test func argumentsMoveIntoTheSpanishText() {
        let d = Diagnostic.error("bind.unknown-column", "no such column: rat", help: "did you mean \"rate\"?")
        let es = MessageCatalog.localized(d, to: .es)
        #expect(es.message == "no existe la columna: rat")
        #expect(es.help == "¿quisiste decir \"rate\"?")
        #expect(MessageCatalog.localized(d, to: .en) == d)
    }

    @Test func knownPhrasesInArgumentsAreTranslated() {
        let d = Diagnostic.error("syntax.expected", "expected expression after 'where'")
        #expect(MessageCatalog.localized(d, to: .es).message == "se esperaba una expresión después de 'where'")
    }

    /// A column may be called `name`, `query` or `alias`: the learner's names are never taken
    /// for the catalogue's words (`¿quisiste decir "un nombre"?` was a real bug).
    @Test func namesInArgumentsStayAsTheyAre() {
        let d = Diagnostic.error("bind.unknown-column", "no such column: query", help: "did you mean \"name\"?")
        let es = MessageCatalog.localized(d, to: .es)
        #expect(es.message == "no existe la columna: query")
        #expect(es.help == "¿quisiste decir \"name\"?")
    }

    @Test func textWithNoTemplateStaysEnglishAndIsReported() {
        let d = Diagnostic.error("bind.unknown-column", "something nobody wrote a template for")
        #expect(MessageCatalog.localized(d, to: .es).message == d.message)
        #expect(MessageCatalog.untranslated(d, in: .es) == [d.message])
    }

    @Test func languageFromTheEnvironment() {
        #expect(Language.from(environment: [:]) == .en)
        #expect(Language.from(environment: ["LANG": "es_PE.UTF-8"]) == .es)
        #expect(Language.from(environment: ["LANG": "es"]) == .es)
        #expect(Language.from(environment: ["LANG": "en_US.UTF-8"]) == .en)
        #expect(Language.from(environment: ["LC_ALL": "C", "LANG": "es_PE.UTF-8"]) == .en, "LC_ALL wins")
        #expect(Language.from(environment: ["LC_MESSAGES": "es_ES.UTF-8", "LANG": "C"]) == .es)
        #expect(Language.from(environment: ["LC_ALL": "", "LANG": "es_AR"]) == .es, "an empty LC_ALL is unset")
        #expect(Language(argument: "ES") == .es)
        #expect(Language(argument: "fr") == nil)
    }

    @Test func spanishRenderingWithCaretHelpFixAndNote() {
        let source = SourceText(name: "<command>", text: "select * from t where place = \"Lima\"")
        let d = Diagnostic(
            id: "bind.unknown-column", message: "no such column: Lima", range: SourceRange(start: 30, end: 36),
            help: "did you mean \"place\"?", fixes: [.replace(SourceRange(start: 30, end: 36), with: "'Lima'")])
        #expect(
            DiagnosticRenderer.render(d, in: source, language: .es) == """
                <command>:1:31: error: no existe la columna: Lima
                select * from t where place = "Lima"
                                              ^~~~~~
                ayuda: ¿quisiste decir "place"?
                    select * from t where place = 'Lima'
                """)
    }

    @Test func fixesRewriteOnlyTheLinesTheyTouch() {
        let source = SourceText(name: "q", text: "select year\nfrom crime\nwhere rate = null;\nselect 1")
        let start = source.text.utf8.count - "null;\nselect 1".utf8.count
        let fix = Fix([TextEdit(range: SourceRange(start: start - 2, end: start + 4), replacement: "is null")])
        #expect(fix.apply(to: source) == "where rate is null;")
        let overlapping = Fix([
            TextEdit(range: SourceRange(start: 0, end: 6), replacement: "x"),
            TextEdit(range: SourceRange(start: 3, end: 8), replacement: "y"),
        ])
        #expect(overlapping.apply(to: source) == nil)
        #expect(Fix.replace(SourceRange(start: 900, end: 901), with: "x").apply(to: source) == nil)
    }
}
