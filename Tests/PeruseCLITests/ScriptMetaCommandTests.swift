import Foundation
import Testing

/// Meta-commands in scripts, as in the sqlite3 shell: a line starting with `.` between
/// statements sets how results print, reads another file or stops the script.
@Suite struct ScriptMetaCommandTests {
    @Test func aCommandStringCanBeAMetaCommand() throws {
        let run = try Peruse.run(["-c", ".tables"])
        expectExit(run, 0)
        #expect(run.stdout == "crime  events  extortion  indicators  sources\n")
    }

    /// Each `-c` is a line of one script, ended where it ends: all of them run, in order.
    @Test func severalCommandStringsRunInOrder() throws {
        let run = try Peruse.run(["-c", ".mode csv", "-c", "select 1 as a", "-c", "select 2 as b;", "-c", "select c"])
        expectExit(run, 1)
        #expect(run.stdout == "a\n1\nb\n2\n")
        #expect(run.stderr.hasPrefix("<command>:4:8: error: no such column: c"), "\(run.stderr)")
    }

    @Test func settingsChangeTheResultsAfterThem() throws {
        let directory = try TemporaryDirectory()
        let script = """
            -- A report: a table, then the same rows as CSV for a spreadsheet.
            select year, rate from crime where year >= 2022 order by year;
            .mode csv
            select year, rate from crime where year >= 2022 order by year;
            .headers off
            .nullvalue -
            select null as nothing, 1 as one;
            """
        _ = try directory.write("report.sql", Data(script.utf8))
        let run = try Peruse.run(["report.sql"], in: directory)
        expectExit(run, 0)
        #expect(run.stderr == "")
        #expect(
            run.stdout == """
                ┌────────┬────────┐
                │  year  │  rate  │
                │ bigint │ double │
                ├────────┼────────┤
                │   2022 │   15.4 │
                │   2023 │   18.0 │
                └────────┴────────┘
                2 rows
                year,rate
                2022,15.4
                2023,18.0
                -,1

                """, "\(run.stdout)")
    }

    @Test func aFailingMetaCommandNamesItsLineAndStopsTheScript() throws {
        let directory = try TemporaryDirectory()
        _ = try directory.write("bad.sql", Data("select 1 as one;\n.mode jsn\nselect 2 as two;\n".utf8))
        let stopped = try Peruse.run(["--format", "csv", "bad.sql"], in: directory)
        expectExit(stopped, 1)
        #expect(stopped.stdout == "one\n1\n")
        #expect(stopped.stderr == "bad.sql:2: error: unknown mode: jsn; use .mode table|csv|json|markdown|line\n")
        let kept = try Peruse.run(["--format", "csv", "--keep-going", "bad.sql"], in: directory)
        expectExit(kept, 1)
        #expect(kept.stdout == "one\n1\ntwo\n2\n")
        let spanish = try Peruse.run(["--format", "csv", "--lang", "es", "bad.sql"], in: directory)
        #expect(spanish.stderr.hasPrefix("bad.sql:2: error: modo desconocido: jsn"))
    }

    @Test func readRunsAnotherScriptWithPathsFromItsOwnFolder() throws {
        let directory = try TemporaryDirectory()
        try FileManager.default.createDirectory(at: directory.file("steps"), withIntermediateDirectories: true)
        _ = try directory.write("steps/reports.csv", Data("year,reports\n2021,4119\n2023,19401\n".utf8))
        _ = try directory.write("steps/load.sql", Data("load 'reports.csv';\nselect count(*) from reports;\n".utf8))
        _ = try directory.write("class/run.sql", Data(".read ../steps/load.sql\nselect max(reports) from reports;\n".utf8))
        let run = try Peruse.run(["--format", "csv", "class/run.sql"], in: directory)
        expectExit(run, 0)
        #expect(run.stdout == "count(*)\n2\nmax(reports)\n19401\n", "\(run.stderr)")
    }

    @Test func quitStopsAScriptThatSucceeded() throws {
        let run = try Peruse.run(["--format", "csv"], stdin: Data("select 1 as a;\n.quit\nselect 2 as b;\n".utf8))
        expectExit(run, 0)
        #expect(run.stdout == "a\n1\n")
    }

    @Test func promptOnlyCommandsAreRefusedInAScript() throws {
        let run = try Peruse.run(["--format", "csv"], stdin: Data(".tutorial\nselect 1 as a;\n".utf8))
        expectExit(run, 1)
        #expect(run.stderr == "<stdin>:1: error: .tutorial works at the prompt, not in a script\n")
        #expect(run.stdout == "")
    }

    /// A line starting with `.` inside an open string, or continuing an expression, is SQL.
    @Test func aDotLineInsideAStatementBelongsToIt() throws {
        let text = "select 'a\n.mode json\nb' as s;\nselect 1 +\n.5 as x;\nselect 1 as y\n.mode csv\nselect 2 as z;\n"
        let run = try Peruse.run(["--format", "csv"], stdin: Data(text.utf8))
        expectExit(run, 0)
        #expect(run.stdout == "s\n\"a\n.mode json\nb\"\nx\n1.5\ny\n1\nz\n2\n", "\(run.stdout)")
    }

    @Test func errorsAfterAMetaCommandNameTheScriptsOwnLines() throws {
        let directory = try TemporaryDirectory()
        _ = try directory.write("lines.sql", Data(".mode csv\n\nselect rat\nfrom crime;\n".utf8))
        let run = try Peruse.run(["lines.sql"], in: directory)
        expectExit(run, 1)
        #expect(run.stderr.hasPrefix("lines.sql:3:8: error: no such column: rat"), "\(run.stderr)")
    }

    @Test func outputGoesToAFileBesideTheScript() throws {
        let directory = try TemporaryDirectory()
        _ = try directory.write("sub/save.sql", Data(".mode csv\n.once years.csv\nselect year from crime where year < 2021 order by year;\nselect 'shown' as s;\n".utf8))
        let run = try Peruse.run(["sub/save.sql"], in: directory)
        expectExit(run, 0)
        #expect(run.stdout == "s\nshown\n")
        #expect(try String(contentsOf: directory.file("sub/years.csv"), encoding: .utf8) == "year\n2019\n2020\n")
    }
}
