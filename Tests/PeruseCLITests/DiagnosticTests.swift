import Foundation
import Testing

/// Errors on standard error, with a place, a caret and a hint; and what runs after one.
@Suite struct DiagnosticTests {
    @Test func unknownColumnWithCaretAndHint() throws {
        let run = try Peruse.run(["-c", "select rat from crime"])
        expectExit(run, 1)
        #expect(run.stdout == "")
        #expect(
            run.stderr == """
                <command>:1:8: error: no such column: rat
                select rat from crime
                       ^~~
                help: did you mean "rate"?
                    select rate from crime

                """)
    }

    @Test func scriptFileErrorOnLineThree() throws {
        let directory = try TemporaryDirectory()
        let script = """
            select 1 as a;
            select 2 as b;
            select 3 +  from crime;
            select 4 as d;

            """
        _ = try directory.write("three.sql", Data(script.utf8))
        let run = try Peruse.run(["--format", "csv", "three.sql"], in: directory)
        expectExit(run, 1)
        #expect(run.stdout == "a\n1\nb\n2\n", "stops at the error")
        #expect(run.stderr.hasPrefix("three.sql:3:13: error: "))
        let lines = run.stderr.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count >= 3)
        if lines.count >= 3 {
            #expect(lines[1] == "select 3 +  from crime;")
            #expect(lines[2] == "            ^~~~")
        }
    }

    @Test func keepGoingRunsLaterStatementsAndStillFails() throws {
        let run = try Peruse.run([
            "--no-builtins", "--keep-going", "--format", "csv", "-c",
            "select 1 as a; select nope; select 2 as b; select 1 +; select 3 as c",
        ])
        expectExit(run, 1)
        #expect(run.stdout == "a\n1\nb\n2\nc\n3\n")
        #expect(run.stderr.components(separatedBy: ": error: ").count == 3, "two errors")
        #expect(run.stderr.hasPrefix("<command>:1:23: error: no such column: nope\n"))
    }

    @Test func withoutKeepGoingStopsAtFirstError() throws {
        let run = try Peruse.run([
            "--no-builtins", "--format", "csv", "-c", "select 1 as a; select nope; select 2 as b",
        ])
        expectExit(run, 1)
        #expect(run.stdout == "a\n1\n")
    }

    @Test func invalidUTF8FileIsAnErrorNotACrash() throws {
        let directory = try TemporaryDirectory()
        var bytes = Data("select 1 as one;\nselect ".utf8)
        bytes.append(contentsOf: [0xFF, 0xFE, 0xC3])
        bytes.append(contentsOf: Data(";\n".utf8))
        _ = try directory.write("bad.sql", bytes)
        let run = try Peruse.run(["--no-builtins", "--format", "csv", "bad.sql"], in: directory)
        expectExit(run, 1)
        // Each bad byte became U+FFFD, which the lexer reads as part of a name.
        #expect(
            run.stderr == """
                bad.sql:2:8: error: no such column: \u{FFFD}\u{FFFD}\u{FFFD}
                select \u{FFFD}\u{FFFD}\u{FFFD};
                       ^~~
                help: this query has no FROM clause, so there are no columns to name

                """)
        #expect(run.stdout == "one\n1\n")
    }

    @Test func invalidUTF8InStdinInsideAStringIsKept() throws {
        var bytes = Data("select '".utf8)
        bytes.append(0xFF)
        bytes.append(contentsOf: Data("' as s".utf8))
        let run = try Peruse.run(["--no-builtins", "--format", "csv"], stdin: bytes)
        expectExit(run, 0)
        #expect(run.stdout == "s\n\u{FFFD}\n")
    }

    @Test func overflowIsAnError() throws {
        let run = try Peruse.run(["--no-builtins", "-c", "select 9223372036854775807 + 1"])
        expectExit(run, 1)
        #expect(run.stderr.hasPrefix("<command>:1:8: error: "))
        #expect(run.stderr.lowercased().contains("overflow"))
    }

    @Test func divisionByZeroDoesNotTrap() throws {
        let run = try Peruse.run(["--no-builtins", "-c", "select 1 // 0, 1 % 0, -9223372036854775807 - 1 // -1"])
        #expect(run.exitedNormally)
    }
}
