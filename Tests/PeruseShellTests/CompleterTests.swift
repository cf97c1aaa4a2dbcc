import PeruseBuiltins
import PeruseEngine
import PeruseShell
import Testing

@Suite struct CompleterTests {
    let completer: Completer

    init() throws {
        let engine = Engine()
        try Builtins.load(into: engine)
        completer = Completer(catalog: engine.catalog) { directory in
            switch directory {
            case "": ["Examples/", "data.csv", "notes.sql"]
            case "Examples/": ["lima.sql", "prisons.sql"]
            default: []
            }
        }
    }

    /// Candidates with the cursor at the end of `line`, or at `|` when the line has one.
    func candidates(_ line: String, pending: String = "") -> [String] {
        let parts = line.split(separator: "|", omittingEmptySubsequences: false)
        let text = parts.joined()
        return completer.complete(line: text, cursor: parts[0].utf8.count, pending: pending).candidates
    }

    @Test func columnNameAfterSelect() {
        #expect(candidates("select ra") == ["rate"])
        #expect(completer.complete(line: "select ra", cursor: 9).start == 7)
    }

    @Test func columnsOfTheStatementsTableOnly() {
        #expect(candidates("select | from sources").contains("publisher"))
        #expect(!candidates("select | from sources").contains("rate"))
        #expect(candidates("from crime where ye") == ["year"])
        #expect(candidates("select p| from indicators") == ["place", "power"])
    }

    @Test func allColumnsWhenNoTableYet() {
        #expect(candidates("select pub") == ["publisher", "published"].sorted())
    }

    @Test func tablesAfterFromJoinDescribe() {
        #expect(candidates("select * from ") == ["crime", "events", "extortion", "indicators", "sources"])
        #expect(candidates("select * from e") == ["events", "extortion"])
        #expect(candidates("describe in") == ["indicators"])
        #expect(candidates("select * from crime c join ev") == ["events"])
        #expect(candidates("insert into so") == ["sources"])
    }

    @Test func qualifiedColumnsThroughTableOrAlias() {
        #expect(candidates("select c.ra| from crime c") == ["c.rate"])
        #expect(candidates("select crime.ye| from crime") == ["crime.year"])
        #expect(candidates("select s.ti| from sources as s") == ["s.title"])
    }

    @Test func keywordsAndFunctions() {
        #expect(candidates("sel") == ["select"])
        #expect(candidates("select upp") == ["upper"])
        #expect(candidates("select rate from crime wher") == ["where"])
        #expect(candidates("select med") == ["median"])
    }

    @Test func caseFollowsWhatWasTyped() {
        #expect(candidates("SEL") == ["SELECT"])
        #expect(candidates("SELECT RA") == ["RATE"])
        #expect(candidates("select Ra") == ["rate"])
    }

    @Test func metaCommandsAndTheirArguments() {
        #expect(candidates(".he") == [".headers", ".help"])
        #expect(candidates(".q") == [".quit"])
        #expect(candidates(".mode c") == ["csv"])
        #expect(candidates(".schema cr") == ["crime"])
        #expect(candidates(".timer o") == ["off", "on"])
        #expect(candidates(".help sel") == ["select"])
        #expect(candidates(".lang e") == ["en", "es"])
        #expect(candidates(".tutorial h") == ["hint"])
        #expect(candidates(".tutorial r") == ["restart"])
        #expect(candidates(".maxrows a") == ["all"])
    }

    @Test func lessonAndRecordTakeASubwordOrAFile() {
        #expect(candidates(".lesson h") == ["hash", "hint"])
        #expect(candidates(".lesson ") == ["Examples/", "data.csv", "hash", "hint", "notes.sql", "off", "restart", "skip"])
        #expect(candidates(".lesson Ex") == ["Examples/"])
        #expect(completer.complete(line: ".lesson Ex", cursor: 10).appendsSpace == false)
        #expect(candidates(".record o") == ["off"])
        #expect(candidates(".record n") == ["notes.sql"])
    }

    @Test func filePathsAfterReadAndInsideLoadQuotes() {
        #expect(candidates(".read no") == ["notes.sql"])
        #expect(candidates(".read Ex") == ["Examples/"])
        #expect(completer.complete(line: ".read Ex", cursor: 8).appendsSpace == false)
        #expect(candidates(".read Examples/p") == ["Examples/prisons.sql"])
        #expect(candidates("load 'da") == ["data.csv"])
        #expect(candidates("select 'da") == [], "a plain string is not a file name")
    }

    @Test func earlierLinesOfTheStatementGiveItsTables() {
        #expect(candidates("where pub", pending: "select *\nfrom sources") == ["published", "publisher"])
        #expect(candidates("e", pending: "select * from") == ["events", "extortion"])
    }

    @Test func onlyTheCurrentStatementCounts() {
        #expect(candidates("select * from sources; select ra") == ["rate"])
    }
}
