import Foundation
import Testing

/// Inputs that are large or hostile: each must end in a result or an error, never a crash.
@Suite struct RobustnessTests {
    @Test func tenThousandNestedParentheses() throws {
        let depth = 10_000
        let sql = "select " + String(repeating: "(", count: depth) + "1" + String(repeating: ")", count: depth)
        let run = try Peruse.run(["--no-builtins", "-c", sql])
        expectExit(run, 1)
        #expect(run.stderr.hasPrefix("<command>:1:"))
        #expect(run.stderr.contains(": error: "))
    }

    @Test func unclosedNestedParentheses() throws {
        let run = try Peruse.run(["--no-builtins", "-c", "select " + String(repeating: "(", count: 10_000)])
        expectExit(run, 1)
    }

    /// From a file: Linux allows one command-line argument at most 128 KiB, so not through `-c`.
    @Test func oneMegabyteStringLiteral() throws {
        let text = String(repeating: "abcdefghij", count: 100_000)
        let directory = try TemporaryDirectory()
        _ = try directory.write("big.sql", Data("select '\(text)' as s;\n".utf8))
        let run = try Peruse.run(["--no-builtins", "--format", "csv", "big.sql"], in: directory)
        expectExit(run, 0)
        #expect(run.stdout == "s\n\(text)\n")
    }

    @Test func oneMegabyteLiteralFromStdin() throws {
        let text = String(repeating: "x", count: 1 << 20)
        let run = try Peruse.run(["--no-builtins", "--format", "json"], stdin: "select '\(text)' as s;")
        expectExit(run, 0)
        #expect(run.stdout.count == (1 << 20) + "[\n  {\"s\": \"\"}\n]\n".count)
    }

    /// A 100,000-row insert read from standard input, and all of it printed back.
    @Test func hundredThousandRowsThroughStdin() throws {
        let rows = 100_000
        var script = "create table big (i BIGINT, s VARCHAR);\ninsert into big values "
        script += (0..<rows).map { "(\($0), 'row \($0)')" }.joined(separator: ",\n")
        script += ";\nselect i, s from big;\n"
        let run = try Peruse.run(["--no-builtins", "--format", "csv"], stdin: script)
        expectExit(run, 0)
        #expect(run.stdout.hasPrefix("i,s\n0,row 0\n1,row 1\n"))
        #expect(run.stdout.hasSuffix("\n99999,row 99999\n"))
        #expect(run.stdout.utf8.count(where: { $0 == UInt8(ascii: "\n") }) == rows + 1)
    }

    @Test func nullBytesAndControlCharacters() throws {
        let run = try Peruse.run(["--no-builtins"], stdin: Data([0x73, 0x00, 0x01, 0x1B, 0x0A]))
        expectExit(run, 1)
    }

    @Test func unterminatedStringAndComment() throws {
        expectExit(try Peruse.run(["--no-builtins", "-c", "select 'abc"]), 1)
        expectExit(try Peruse.run(["--no-builtins", "-c", "select 1 /* never closed"]), 1)
    }
}
