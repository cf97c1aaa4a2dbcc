import Foundation
import PeruseShell
import Testing

@Suite struct ShellTests {
    @Test func aCompleteLineRunsWithoutASemicolon() throws {
        let h = try ShellHarness([".mode csv", "select rate from crime where year = 2021"])
        #expect(h.run() == 0)
        #expect(h.output == "rate\n12.1\n")
        #expect(h.editor.prompts == ["peruse> ", "peruse> ", "peruse> "])
    }

    @Test func unfinishedStatementsContinueAndAreOneHistoryEntry() throws {
        let h = try ShellHarness([
            ".mode csv", "select year,", "rate from crime where", "year >", "2021", "select 1 as x",
        ])
        h.run()
        #expect(h.output == "year,rate\n2022,15.4\n2023,18.0\nx\n1\n")
        #expect(
            h.editor.prompts == ["peruse> ", "peruse> ", "   ...> ", "   ...> ", "   ...> ", "peruse> ", "peruse> "])
        #expect(
            h.editor.history == [".mode csv", "select year,\nrate from crime where\nyear >\n2021", "select 1 as x"])
    }

    @Test func aPasteOrRecalledEntryRunsEachStatement() throws {
        let h = try ShellHarness([
            ".mode csv\nselect 1 as a;\nselect 2\nas b;\n.headers off\nselect 3\n\nselect 4", "from crime where",
            "year = 2019",
        ])
        h.run()
        #expect(h.output == "a\n1\nb\n2\n3\n4\n2019,5.5,false,france24-focus\n", "\(h.errorOutput)")
        #expect(
            h.editor.history == [
                ".mode csv", "select 1 as a;", "select 2\nas b;", ".headers off", "select 3", "select 4",
                "from crime where\nyear = 2019",
            ])
    }

    @Test func severalStatementsOnOneLine() throws {
        let h = try ShellHarness([".mode csv", "select 1 as a; select 2 as b"])
        h.run()
        #expect(h.output == "a\n1\nb\n2\n")
    }

    @Test func aBlankLineOrSemicolonEndsAnUnfinishedStatementWithItsError() throws {
        let h = try ShellHarness(["select rate from crime where", "", "select (1 +;", ".mode csv", "select 'ok' as s"])
        h.run()
        #expect(h.errorOutput.contains("error: expected expression after 'where'"), "\(h.errorOutput)")
        #expect(h.errorOutput.components(separatedBy: "error:").count == 3, "two errors: \(h.errorOutput)")
        #expect(h.output.hasSuffix("s\nok\n"), "the shell goes on")
    }

    @Test func errorsShowTheCaretUnderWhatWasTyped() throws {
        let h = try ShellHarness(["select rat from crime"])
        h.run()
        #expect(
            h.errorOutput == """
                <stdin>:1:8: error: no such column: rat
                select rat from crime
                       ^~~
                help: did you mean "rate"?
                    select rate from crime

                """)
    }

    @Test func ctrlCAtThePromptClearsTheStatementAndExplainsOnce() throws {
        let editor = [
            LineInput.line("select rate from"), .interrupted, .interrupted, .line(".mode csv"), .line("select 1 as x"),
        ]
        let h = try ShellHarness([])
        let shell = Shell(
            engine: h.shell.engine, editor: ScriptedEditor(inputs: editor),
            console: OutputWriter(fileDescriptor: open(h.path("out"), O_WRONLY | O_CREAT, 0o644)),
            errors: OutputWriter(fileDescriptor: open(h.path("err"), O_WRONLY | O_CREAT, 0o644)))
        #expect(shell.run() == 0)
        let output = try String(contentsOfFile: h.path("out"), encoding: .utf8)
        #expect(output == "use Ctrl-D or .quit to exit\nx\n1\n")
    }

    @Test func endOfInputRunsWhatWasTyped() throws {
        let h = try ShellHarness([".mode csv", "select 5 as n,"])
        h.run()
        #expect(h.errorOutput.contains("error:"), "an unfinished statement reports its error at Ctrl-D")
    }

    @Test func quitAndExitStopReading() throws {
        for command in [".quit", ".exit", ".QUIT"] {
            let h = try ShellHarness([command, "select 1"])
            #expect(h.run() == 0)
            #expect(h.output == "")
            #expect(h.editor.prompts.count == 1)
        }
    }

    @Test func modesHeadersAndNullValue() throws {
        let h = try ShellHarness([
            ".mode line", "select year, rate from crime where year = 2019",
            ".mode json", "select 1 as a",
            ".mode markdown", "select 1 as a",
            ".mode csv", ".headers off", "select 1 as a",
            ".nullvalue (none)", "select null as a",
            ".nullvalue", "select null as a",
            ".mode", ".mode bogus",
        ])
        h.run()
        #expect(
            h.output == """
                year = 2019
                rate = 5.5
                [
                  {"a": 1}
                ]
                | a |
                |---:|
                | 1 |
                1
                (none)

                mode: csv

                """)
        #expect(h.errorOutput == "error: unknown mode: bogus; use .mode table|csv|json|markdown|line\n")
    }

    @Test func maxRowsAtATerminal() throws {
        let h = try ShellHarness(
            [".maxrows 2", "select year from crime", ".maxrows", ".maxrows all", ".maxrows", ".maxrows x"],
            terminalWidth: 80)
        h.run()
        #expect(h.output.contains("… 3 more rows …"))
        #expect(h.output.contains("maxrows: 2\nmaxrows: all\n"))
        #expect(h.errorOutput.contains("error: .maxrows N|all: N is a whole number above 0"))
    }

    @Test func timerPrintsEachStatementsTime() throws {
        let h = try ShellHarness([
            ".timer on", ".mode csv", "select 1 as a; select 2 as b", ".timer off", "select 3 as c",
        ])
        h.run()
        let lines = h.output.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("Run Time: ") && $0.hasSuffix(" s") }.count == 2, "\(lines)")
        #expect(lines.last == "3")
    }

    @Test func tablesAndSchema() throws {
        let h = try ShellHarness([
            ".tables", ".schema crime", "create table \"odd name\" (\"a b\" bigint)", ".schema \"odd name\"",
            ".schema crim",
        ])
        h.run()
        #expect(
            h.output == """
                crime  events  extortion  indicators  sources
                create table crime (year BIGINT, rate DOUBLE, estimated BOOLEAN, source VARCHAR);
                created table odd name
                create table "odd name" ("a b" BIGINT);

                """)
        #expect(h.errorOutput == "error: no such table: crim; did you mean crime?\n")
    }

    @Test func unknownMetaCommandSuggestsTheNearest() throws {
        let h = try ShellHarness([".hlep", ".tabels", ".zzzzzz"])
        h.run()
        #expect(
            h.errorOutput == """
                error: unknown command: .hlep; did you mean .help?
                error: unknown command: .tabels; did you mean .tables?
                error: unknown command: .zzzzzz; type .help to list them

                """)
    }

    @Test func outputAndOnceSendResultsToFiles() throws {
        let h = try ShellHarness([])
        let all = h.path("all.csv")
        let once = h.path("once.csv")
        let h2 = try ShellHarness([
            ".mode csv", ".output \(all)", "select 1 as a", "select 2 as b", ".output stdout", "select 3 as c",
            ".once '\(once)'", "select 4 as d", "select 5 as e", ".output /nonexistent/dir/x.csv",
        ])
        h2.run()
        #expect(try String(contentsOfFile: all, encoding: .utf8) == "a\n1\nb\n2\n")
        #expect(try String(contentsOfFile: once, encoding: .utf8) == "d\n4\n")
        #expect(h2.output == "c\n3\ne\n5\n")
        #expect(h2.errorOutput.hasPrefix("error: cannot write '/nonexistent/dir/x.csv'"))
    }

    @Test func readRunsAFileWithoutHistoryAndNamesItsLines() throws {
        let h = try ShellHarness([])
        let script = h.path("script.sql")
        try ".mode csv\nselect 1 as a;\n\nselect year\nfrom crime\nwhere year = 2019\n\nselect nope\n".write(
            toFile: script, atomically: true, encoding: .utf8)
        let h2 = try ShellHarness([".read \(script)", "select 2 as b", ".read /no/such/file.sql"])
        h2.run()
        #expect(h2.output == "a\n1\nyear\n2019\nb\n2\n")
        #expect(
            h2.errorOutput.hasPrefix("\(script):8:8: error: no such column: nope\nselect nope\n"), "\(h2.errorOutput)")
        #expect(h2.errorOutput.contains("error: cannot open '/no/such/file.sql'"))
        #expect(h2.editor.history == [".read \(script)", "select 2 as b", ".read /no/such/file.sql"])
    }

    @Test func aFileReadingItselfStops() throws {
        let h = try ShellHarness([])
        let script = h.path("loop.sql")
        try ".read \(script)\n".write(toFile: script, atomically: true, encoding: .utf8)
        let h2 = try ShellHarness([".read \(script)"])
        h2.run()
        #expect(h2.errorOutput == "error: .read is nested too deeply (a file reading itself?)\n")
    }

    @Test func lastShowsTheWholePreviousResultInThePager() throws {
        let h = try ShellHarness([".last", ".maxrows 2", "from indicators", ".last"], terminalWidth: 60)
        h.run()
        #expect(h.errorOutput == "error: no result yet: run a query first\n")
        #expect(h.paged.count == 1)
        let page = try #require(h.paged.first)
        #expect(page.contains("31 rows"))
        #expect(!page.contains("more rows"), "every row, not the terminal's window")
        #expect(page.contains("note"), "every column, not fitted to the terminal")
    }

    @Test func completionsUseTheStatementTypedSoFar() throws {
        let h = try ShellHarness([])
        #expect(h.shell.completions(line: "select ra", cursor: 9).candidates == ["rate"])
    }

    @Test func limitSetsTheMemoryBudgetAndRowsShown() throws {
        let h = try ShellHarness(
            [
                ".limit memory 2GB rows 3", ".limit", "from indicators", ".limit memory none", ".limit",
                ".limit memory lots", ".limit rows",
            ],
            terminalWidth: 200)
        h.run()
        #expect(h.output.contains("memory: 2 GB\nrows: 3\n"), "\(h.output)")
        #expect(h.output.contains("… 28 more rows …"))
        #expect(h.output.contains("memory: none\nrows: 3\n"))
        #expect(h.shell.engine.settings.memoryLimit == nil)
        #expect(
            h.errorOutput == """
                error: 'lots' is not a size: give a number and a unit, such as 2GB or 500MB, or none
                error: usage: .limit [memory SIZE|none] [rows N|all]

                """)
    }

    @Test func aQueryOverTheMemoryLimitFailsAndTheShellGoesOn() throws {
        let h = try ShellHarness([
            ".limit memory 1KB", ".mode csv", "select * from indicators", ".limit memory none",
            "select count(*) as n from indicators",
        ])
        h.run()
        #expect(h.errorOutput.contains("error:"), "\(h.errorOutput)")
        #expect(h.output == "n\n31\n")
    }

    @Test func provenanceAndSource() throws {
        let h = try ShellHarness([
            "select * from crime limit 1", ".provenance off", "select * from crime limit 1", ".source crime",
            ".source nope",
        ])
        h.run()
        let parts = h.output.components(separatedBy: "source: France 24")
        #expect(parts.count == 2, "provenance under the first table only: \(h.output)")
        #expect(h.output.contains("France 24"))
        #expect(h.errorOutput == "error: no such table: nope\n")
    }
}
