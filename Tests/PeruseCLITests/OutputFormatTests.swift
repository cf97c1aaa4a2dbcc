import Foundation
import Testing

/// Each `--format` on a small table made in the same command.
@Suite struct OutputFormatTests {
    static let setup = """
        create table t (name VARCHAR, n BIGINT, x DOUBLE);
        insert into t values ('a', 1, 1.5), ('b, c', NULL, 2.0), (NULL, 3, NULL);
        """

    func query(_ format: String, _ select: String = "select * from t") throws -> PeruseRun {
        try Peruse.run(["--no-builtins", "--format", format, "-c", Self.setup + select])
    }

    @Test func csvWithNullAsEmptyField() throws {
        let run = try query("csv")
        expectExit(run, 0)
        #expect(run.stdout == "name,n,x\na,1,1.5\n\"b, c\",,2.0\n,3,\n")
    }

    @Test func jsonIsValid() throws {
        let run = try query("json")
        expectExit(run, 0)
        let parsed = try JSONSerialization.jsonObject(with: run.stdoutBytes)
        let rows = try #require(parsed as? [[String: Any]])
        #expect(rows.count == 3)
        #expect(rows[0]["name"] as? String == "a")
        #expect(rows[0]["n"] as? Int == 1)
        #expect(rows[0]["x"] as? Double == 1.5)
        #expect(rows[1]["n"] is NSNull)
        #expect(rows[2]["name"] is NSNull)
    }

    @Test func jsonEmptyResult() throws {
        let run = try query("json", "select * from t where n > 100")
        expectExit(run, 0)
        #expect(run.stdout == "[]\n")
    }

    @Test func markdown() throws {
        let run = try query("markdown")
        expectExit(run, 0)
        #expect(run.stdout == MarkdownExpected.all)
    }

    @Test func table() throws {
        let run = try query("table")
        expectExit(run, 0)
        #expect(run.stdout == TableExpected.all)
    }

    @Test func tableIsTheDefault() throws {
        let run = try Peruse.run(["--no-builtins", "-c", Self.setup + "select * from t"])
        expectExit(run, 0)
        #expect(run.stdout == TableExpected.all)
    }

    /// Table and Markdown results are separated by a blank line; CSV and JSON are not.
    @Test func severalResults() throws {
        let two = "select 1 as a; select 2 as b;"
        let csv = try Peruse.run(["--no-builtins", "--format", "csv", "-c", two])
        #expect(csv.stdout == "a\n1\nb\n2\n")
        let markdown = try Peruse.run(["--no-builtins", "--format", "markdown", "-c", two])
        #expect(markdown.stdout == "| a |\n|---:|\n| 1 |\n\n| b |\n|---:|\n| 2 |\n")
        let table = try Peruse.run(["--no-builtins", "-c", two])
        #expect(table.stdout.contains("└────────┘\n1 row\n\n┌────────┐\n│   b    │"))
    }

    /// Piped output is never cut to a terminal's width or row limit.
    @Test func manyRowsArePrintedInFull() throws {
        let values = (1...5000).map { "(\($0))" }.joined(separator: ", ")
        let run = try Peruse.run([
            "--no-builtins", "--format", "csv", "-c",
            "create table big (i BIGINT); insert into big values \(values); select i from big",
        ])
        expectExit(run, 0)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 5001)
        #expect(lines.last == "5000")
    }
}

enum MarkdownExpected {
    static let all = """
        | name | n | x |
        |---|---:|---:|
        | a | 1 | 1.5 |
        | b, c | NULL | 2.0 |
        | NULL | 3 | NULL |

        """
}

enum TableExpected {
    static let all = """
        ┌─────────┬────────┬────────┐
        │  name   │   n    │   x    │
        │ varchar │ bigint │ double │
        ├─────────┼────────┼────────┤
        │ a       │      1 │    1.5 │
        │ b, c    │   NULL │    2.0 │
        │ NULL    │      3 │   NULL │
        └─────────┴────────┴────────┘
        3 rows

        """
}
