import Foundation
import PeruseBuiltins
import PeruseEngine
import PeruseIO
import PeruseStorage
import PeruseSyntax
import Testing

/// What statements say, the notes under results, provenance lines and the words renderers add
/// all read in Spanish (`ResultText`): a test here fails when one the engine can make has no
/// Spanish text. English output is unchanged (the golden files and examples check it).
@Suite struct ResultTextTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    // MARK: Every text the engine makes has a Spanish template

    /// Each `.message("…")` literal in `Sources/PeruseEngine`, with its interpolations filled
    /// by sample values (a name, a count of rows, a chart kind): some filling must read in
    /// Spanish. A new message without a template fails here.
    @Test func everyStatementMessageLiteralHasSpanish() throws {
        let literals = try Self.messageLiterals()
        #expect(literals.count >= 10, "found only \(literals.count) .message literals: is the scan broken?")
        var missing: [String] = []
        for literal in literals {
            let fillings = Self.fillings(of: literal)
            if !fillings.contains(where: { ResultText.message.translation(of: $0, to: .es) != nil }) {
                missing.append(literal)
            }
        }
        #expect(missing.isEmpty, "statement messages with no Spanish text:\n\(missing.joined(separator: "\n"))")
    }

    /// Every message a statement can give, made for real, reads in Spanish line by line.
    @Test func everyStatementMessageReadsInSpanish() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("peruse-messages-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try "a,b\n1,x\n2,y\n".write(to: directory.appendingPathComponent("two.csv"), atomically: true, encoding: .utf8)
        try "a;b\n1;x\n".write(to: directory.appendingPathComponent("one.csv"), atomically: true, encoding: .utf8)
        try "[{\"a\": 1}]".write(to: directory.appendingPathComponent("one.json"), atomically: true, encoding: .utf8)
        try "{\"a\": 1}\n{\"a\": 2}\n".write(
            to: directory.appendingPathComponent("two.ndjson"), atomically: true, encoding: .utf8)
        let engine = try builtinEngine()
        engine.baseDirectory = directory.path
        let statements = [
            "create table t (a bigint)", "create table if not exists t (a bigint)",
            "create table u as select 1 as a", "create table w as select * from crime",
            "create table if not exists u as select 1 as a", "insert into t values (1)",
            "insert into t values (2), (3)",
            "insert into t select a from u", "insert into t select year from crime", "create index i on t (a)",
            "save t to 'saved.csv'", "save (select 1 as a) to 'one_row.csv'", "drop table t", "drop table if exists t",
            "chart bar rate by year from crime to '\(directory.path)/bar.svg'", "chart line rate by year from crime to '\(directory.path)/line.svg'",
            "chart hist rate from crime to '\(directory.path)/hist.svg'", "load 'two.csv'", "load 'one.csv' as one",
            "load 'one.json' as j", "load 'two.ndjson' as n",
        ]
        for sql in statements {
            guard case .message(let message) = try engine.query(sql) else {
                Issue.record("expected a message from: \(sql)")
                continue
            }
            #expect(ResultText.message.untranslatedLines(of: message).isEmpty, "\(sql): \(message)")
        }
    }

    /// Each kind of note, made by a query that needs it, reads in Spanish.
    @Test(arguments: [
        "select * from indicators where year < 2020",
        "select * from indicators where year + 1 < 2020 or year is null and false",
        "select * from indicators where year < 2020 and name = 'population_feeling_insecure' and year is null or false",
        "select year, count(*) from indicators group by year having max(year) > 2000",
        "select year, count(*) from indicators group by year having max(year) > 2000 and year > 0",
        "select rate + year from crime", "select rate - year from crime", "select * from crime where rate > year",
        "select * from crime where rate between year and 2",
        "select year, yoy(reports) from extortion", "select year, yoy(rate) as change from crime where year <> 2021",
    ])
    func everyKindOfNoteReadsInSpanish(_ sql: String) throws {
        let table = try rows(try builtinEngine(), sql)
        #expect(!table.annotations.notes.isEmpty, "no note from: \(sql)")
        for note in table.annotations.notes {
            #expect(ResultText.note.untranslatedLines(of: note).isEmpty, "\(sql): \(note)")
        }
    }

    /// The note maker's singular and plural forms both have their own template.
    @Test func oneDroppedRowIsSingular() throws {
        let engine = try builtinEngine()
        _ = try engine.query("create table t (a bigint); insert into t values (1), (null)")
        let note = try #require(try rows(engine, "select * from t where a > 0").annotations.notes.first)
        #expect(note == "where: dropped 1 row where a is NULL (a > 0 is neither true nor false for them)")
        #expect(
            ResultText.note.localized(note, to: .es)
                == "where: se descartó 1 fila en la que a es NULL (a > 0 no es ni verdadero ni falso para ella)")
    }

    /// The built-in tables' credits and caveats, and so their provenance lines, read in Spanish.
    @Test(arguments: ["crime", "extortion", "indicators", "events", "sources"])
    func everyProvenanceLineReadsInSpanish(_ table: String) throws {
        let metadata = try #require(Builtins.metadata(of: table))
        for phrase in [metadata.credit] + metadata.caveats {
            #expect(ResultText.hasSpanish(phrase: phrase), "no Spanish for \(table)'s \"\(phrase)\"")
        }
        #expect(ResultText.provenance.untranslatedLines(of: metadata.footer).isEmpty)
        #expect(ResultText.malformedTexts.isEmpty, "\(ResultText.malformedTexts)")
    }

    /// Every saved script in `Examples/`, run as the prompt runs it (notes counted), leaves no
    /// message, note or provenance line without Spanish.
    @Test func theExamplesLeaveNothingUntranslated() throws {
        let examples = Self.repository.appendingPathComponent("Examples")
        let walker = FileManager.default.enumerator(atPath: examples.path)
        var scripts: [String] = []
        while let name = walker?.nextObject() as? String {
            if name.hasSuffix(".sql") { scripts.append(name) }
        }
        #expect(scripts.count >= 5)
        var untranslated: [String] = []
        var texts = 0
        for script in scripts.sorted() {
            let url = examples.appendingPathComponent(script)
            let engine = try builtinEngine()
            engine.settings.writesFiles = false
            engine.baseDirectory = url.deletingLastPathComponent().path
            let source = SourceText(name: script, text: try String(contentsOf: url, encoding: .utf8))
            engine.run(source, keepGoing: true) { outcome in
                switch outcome.result {
                case .success(.message(let message)):
                    texts += 1
                    untranslated += ResultText.message.untranslatedLines(of: message).map { "\(script): \($0)" }
                case .success(.rows(let table)):
                    for note in table.annotations.notes {
                        texts += 1
                        untranslated += ResultText.note.untranslatedLines(of: note).map { "\(script): \($0)" }
                    }
                    for line in table.annotations.provenance {
                        texts += 1
                        untranslated += ResultText.provenance.untranslatedLines(of: line).map { "\(script): \($0)" }
                    }
                case .failure: break
                }
            }
        }
        #expect(texts > 20, "only \(texts) texts: do the examples still make notes?")
        #expect(untranslated.isEmpty, "no Spanish text for:\n\(untranslated.joined(separator: "\n"))")
    }

    /// Every kind of step `explain` can show reads in Spanish (each branch of
    /// `PlanExplanation.describe`).
    @Test func everyExplainStepReadsInSpanish() throws {
        let engine = try builtinEngine()
        let queries = [
            "select 1", "select year from crime where rate > 10 order by year",
            "select source, count(*) from indicators group by source having count(*) > 1",
            "select source from indicators group by source", "select sum(rate) from crime",
            "select distinct source from crime", "select year from crime order by rate desc nulls first limit 2 offset 1",
            "select year from crime order by rate limit 2", "select year from crime limit 2 offset 1",
            "select year from crime limit 2", "select year from crime offset 2",
            "select c.year from crime c join extortion e on c.year = e.year",
            "select c.year from crime c right join extortion e on c.year = e.year and e.reports > 5",
            "select c.year from crime c full join extortion e on c.year < e.year",
            "select count(*) from crime c left join extortion e on c.year < e.year",
            "select c.year from crime c, extortion e",
            "select year from crime union select year from extortion",
            "select year from crime intersect all select year from extortion",
            "select year from crime except select year from extortion order by 1",
            "select year, rank() over (order by rate), lag(rate) over (order by year) from crime",
            "select year, yoy(rate, year) from crime order by year desc limit 1",
            "select name from indicators where year >= 2014",
        ]
        var untranslated: [String] = []
        for sql in queries {
            for analyze in ["", "analyze "] {
                let table = try rows(engine, "explain \(analyze)\(sql)")
                let text = try #require(table.plainText, "\(sql)")
                untranslated += ResultText.explanation.untranslatedLines(of: text).map { "\(sql): \($0)" }
            }
        }
        #expect(untranslated.isEmpty, "no Spanish text for:\n\(untranslated.joined(separator: "\n"))")
    }

    // MARK: Spanish output, as the shell prints it

    @Test(arguments: [
        ("notes_null_filter_es", "select name, year from indicators where year >= 2014 order by year"),
        ("notes_yoy_gap_es", "select year, reports, yoy(reports, year) as change from extortion order by year"),
        ("notes_units_es", "select year, rate + year as odd from crime where rate > year"),
        ("chart_bar_extortion_es", "chart bar reports by year from extortion"),
        ("long_table_es", "select name, year from indicators"),
        (
            "explain_es",
            "explain select source, count(*) from indicators where year >= 2014 group by source having count(*) > 1 order by 2 desc limit 3"
        ),
        (
            "explain_join_es",
            "explain select distinct c.year from crime c left join extortion e on c.year = e.year and e.reports > 1 union all select 1 order by 1 limit 2 offset 1"
        ),
    ])
    func spanishGolden(_ name: String, _ sql: String) throws {
        let engine = try builtinEngine()
        let table = try rows(engine, sql)
        var options = RenderOptions(format: .table)
        options.maxWidth = 120
        options.maxRows = 10
        options.showsNotes = true
        options.showsProvenance = true
        options.language = .es
        try Golden.check(Renderer.render(table, options: options), "\(name).txt")
    }

    @Test func sourceReportInSpanish() throws {
        let engine = try builtinEngine()
        let text = try #require(SourceReport.text(for: "extortion", in: engine, language: .es))
        try Golden.check(text, "source_extortion_es.txt")
        #expect(
            SourceReport.text(for: "extortion", in: engine)
                == SourceReport.text(for: "extortion", in: engine, language: .en))
    }

    // MARK: Scanning the sources

    /// The string literal of every `.message("…")` in `Sources/PeruseEngine`.
    static func messageLiterals() throws -> [String] {
        let directory = repository.appendingPathComponent("Sources/PeruseEngine")
        let walker = FileManager.default.enumerator(atPath: directory.path)
        var literals: [String] = []
        while let path = walker?.nextObject() as? String {
            guard path.hasSuffix(".swift") else { continue }
            let text = try String(contentsOf: directory.appendingPathComponent(path), encoding: .utf8)
            var rest = Substring(text)
            while let start = rest.range(of: ".message(\"") {
                rest = rest[start.upperBound...]
                guard let end = Self.literalEnd(rest) else { break }
                literals.append(String(rest[..<end]))
                rest = rest[end...]
            }
        }
        return literals.filter { !$0.isEmpty }
    }

    /// Where the literal starting at `text` ends: its closing quote, past interpolations.
    static func literalEnd(_ text: Substring) -> Substring.Index? {
        var depth = 0
        var index = text.startIndex
        var previous: Character = " "
        while index < text.endIndex {
            let c = text[index]
            if depth > 0 {
                if c == "(" { depth += 1 } else if c == ")" { depth -= 1 }
            } else if previous == "\\" && c == "(" {
                depth = 1
            } else if c == "\"" && previous != "\\" {
                return index
            }
            previous = c
            index = text.index(after: index)
        }
        return nil
    }

    /// The literal with each `\(…)` replaced by every sample in turn (all combinations).
    static func fillings(of literal: String) -> [String] {
        let samples = ["t", "3 rows", "1 row", "bar", "line", "hist", "3"]
        var parts: [String] = [""]
        var holes = 0
        var depth = 0
        var previous: Character = " "
        for c in literal {
            if depth > 0 {
                if c == "(" { depth += 1 } else if c == ")" { depth -= 1 }
            } else if previous == "\\" && c == "(" {
                depth = 1
                parts[parts.count - 1].removeLast()
                parts.append("")
                holes += 1
            } else {
                parts[parts.count - 1].append(c)
            }
            previous = c
        }
        var texts = [parts[0]]
        for part in parts.dropFirst() {
            texts = texts.flatMap { text in samples.map { text + $0 + part } }
        }
        return texts
    }
}
