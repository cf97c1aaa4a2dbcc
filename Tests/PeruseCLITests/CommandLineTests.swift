import Foundation
import Testing

/// Options, exit statuses and where the statements come from.
@Suite struct CommandLineTests {
    @Test func doneWhenLine() throws {
        let run = try Peruse.run(["-c", "select rate from crime where year >= 2021", "--format", "csv"])
        expectExit(run, 0)
        #expect(run.stdout == "rate\n12.1\n15.4\n18.0\n")
        #expect(run.stderr == "")
    }

    @Test func version() throws {
        let run = try Peruse.run(["--version"])
        expectExit(run, 0)
        #expect(run.stdout == "peruse 0.1.0\n")
    }

    @Test func helpExitsZero() throws {
        let run = try Peruse.run(["--help"])
        expectExit(run, 0)
        #expect(run.stdout.contains("USAGE: peruse"))
        #expect(run.stdout.contains("--keep-going"))
    }

    @Test(arguments: [
        ["--bogus"],
        ["--format", "xml", "-c", "select 1"],
        ["-c"],
        ["-c", "select 1", "script.sql"],
        ["a.sql", "b.sql"],
    ])
    func misuseExitsTwoWithUsage(arguments: [String]) throws {
        let run = try Peruse.run(arguments)
        expectExit(run, 2)
        #expect(run.stdout == "")
        #expect(run.stderr.hasPrefix("Error: "))
        #expect(run.stderr.contains("Usage: peruse"))
    }

    @Test func missingFileExitsTwo() throws {
        let run = try Peruse.run(["no-such-file.sql"])
        expectExit(run, 2)
        #expect(run.stderr == "peruse: cannot open 'no-such-file.sql': No such file or directory\n")
    }

    @Test func directoryAsFileExitsTwo() throws {
        let directory = try TemporaryDirectory()
        let run = try Peruse.run([directory.url.path])
        expectExit(run, 2)
        #expect(run.stderr == "peruse: cannot read '\(directory.url.path)': it is a directory\n")
    }

    @Test func successExitsZeroAndFailureOne() throws {
        expectExit(try Peruse.run(["--no-builtins", "-c", "select 1"]), 0)
        expectExit(try Peruse.run(["--no-builtins", "-c", "select nope"]), 1)
    }

    @Test func noBuiltinsStartsEmpty() throws {
        let run = try Peruse.run(["--no-builtins", "-c", "select * from crime"])
        expectExit(run, 1)
        #expect(run.stderr.contains("error: no such table: crime"))
    }

    @Test func stdinIsReadAsAScript() throws {
        let run = try Peruse.run(["--format", "csv"], stdin: "select 1+1 as two;\nselect 'a' as b\n")
        expectExit(run, 0)
        #expect(run.stdout == "two\n2\nb\na\n")
    }

    @Test func dashReadsStdin() throws {
        let run = try Peruse.run(["--format", "csv", "-"], stdin: "select 3 as x")
        expectExit(run, 0)
        #expect(run.stdout == "x\n3\n")
    }

    @Test func stdinErrorsAreNamedStdin() throws {
        let run = try Peruse.run([], stdin: "select 1+1;\nselect rat from crime;\n")
        expectExit(run, 1)
        #expect(run.stderr.hasPrefix("<stdin>:2:8: error: no such column: rat\n"))
    }

    @Test func emptyInputSucceedsSilently() throws {
        let run = try Peruse.run([], stdin: "")
        expectExit(run, 0)
        #expect(run.stdout == "")
        #expect(run.stderr == "")
    }

    @Test func scriptFileWithRelativeName() throws {
        let directory = try TemporaryDirectory()
        _ = try directory.write("q.sql", Data("select 40 + 2 as answer;\n".utf8))
        let run = try Peruse.run(["--format", "csv", "q.sql"], in: directory)
        expectExit(run, 0)
        #expect(run.stdout == "answer\n42\n")
    }

    /// In a script, `created table t` and the like are not printed when output is not a terminal.
    @Test func messagesAreQuietInScripts() throws {
        let run = try Peruse.run([
            "--no-builtins", "-c", "create table t (a BIGINT); insert into t values (1), (2);",
        ])
        expectExit(run, 0)
        #expect(run.stdout == "")
        #expect(run.stderr == "")
    }
}

/// `--memory-limit`: a statement over the limit fails with exit status 1; a bad size is misuse.
@Suite struct MemoryLimitOptionTests {
    @Test func statementOverTheLimitFailsAndTheScriptReportsIt() throws {
        // Doubling 2048 rows holds the 2048 selected (16 KB) and a 4096-row copy (32 KB):
        // over 40 KB. Doubling 1024 rows (24 KB) was not.
        let script =
            "create table t as select 1 as x;\n"
            + (0..<11).map { "insert into t select x + \(1 << $0) from t;\n" }.joined()
            + "insert into t select x + 2048 from t;\nselect count(*) from t;\n"
        let run = try Peruse.run(
            ["--memory-limit", "40KB", "--keep-going", "--format", "csv", "-"], stdin: Data(script.utf8))
        expectExit(run, 1)
        #expect(
            run.stderr == """
                <stdin>:13:1: error: out of memory: the insert would need at least 49.2 KB, over the 40 KB limit
                insert into t select x + 2048 from t;
                ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
                help: narrow the query (a where clause, fewer groups, a limit), or raise the limit with .limit memory or --memory-limit

                """)
        // --keep-going: the next statement still ran.
        #expect(run.stdout == "count(*)\n2048\n")
    }

    @Test(arguments: ["2", "lots", "0GB"])
    func badSizeIsMisuse(size: String) throws {
        let run = try Peruse.run(["--memory-limit", size, "-c", "select 1"])
        expectExit(run, 2)
        #expect(run.stderr.contains("is not a size"))
    }

    @Test func noneLiftsTheLimit() throws {
        let run = try Peruse.run(["--memory-limit", "none", "--format", "csv", "-c", "select 1 as x"])
        expectExit(run, 0)
        #expect(run.stdout == "x\n1\n")
    }
}
