import Foundation
import Testing

/// `--load`, `load` and `save` through the real binary.
@Suite struct LoadSaveTests {
    static let corpus = #"""
        city,population,area,founded,capital,note
        Lima,9943800,2672.3,1535-01-18,true,"the ""City of Kings"""
        Cusco,428450,385.1,,false,
        Arequipa,1008290,,1540-08-15,false,"two
        lines"

        """#

    @Test func loadThenDescribe() throws {
        let directory = try TemporaryDirectory()
        _ = try directory.write("data.csv", Data(Self.corpus.utf8))
        let run = try Peruse.run(["--load", "data.csv", "-c", "describe data", "--format", "csv"], in: directory)
        expectExit(run, 0)
        #expect(
            run.stdout == """
                column_name,column_type,null_count,row_count,unit
                city,VARCHAR,0,3,
                population,BIGINT,0,3,
                area,DOUBLE,1,3,
                founded,DATE,1,3,
                capital,BOOLEAN,0,3,
                note,VARCHAR,1,3,

                """)
        // The report goes to standard error, so standard output holds only results.
        let lines = run.stderr.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines.first?.hasPrefix("loaded 3 rows × 6 columns into data (") == true)
        #expect(lines.first?.hasSuffix(" s)") == true)
        #expect(
            lines.dropFirst().first
                == "columns: city VARCHAR, population BIGINT, area DOUBLE, founded DATE, capital BOOLEAN, note VARCHAR")
        #expect(lines.last == "read as CSV, delimiter ',', header")
    }

    @Test func loadWithANameAndAFileNameThatIsNotAnIdentifier() throws {
        let directory = try TemporaryDirectory()
        _ = try directory.write("2023 sales.csv", Data("a\n1\n".utf8))
        _ = try directory.write("b.ndjson", Data("{\"x\": 1}\n".utf8))
        let run = try Peruse.run(
            [
                "--no-builtins", "--load", "2023 sales.csv", "--load", "t=b.ndjson", "-c", "show tables", "--format",
                "csv",
            ],
            in: directory)
        expectExit(run, 0)
        #expect(run.stdout == "name\n_2023_sales\nt\n")
    }

    @Test func aFailedLoadStopsWithTheFilePlace() throws {
        let directory = try TemporaryDirectory()
        _ = try directory.write("bad.csv", Data("a,b\n1,2\n3\n".utf8))
        let run = try Peruse.run(["--load", "bad.csv", "-c", "select 1"], in: directory)
        expectExit(run, 1)
        #expect(run.stdout == "")
        #expect(
            run.stderr == """
                peruse: --load: bad.csv:3:2: expected 2 fields but found 1
                help: every line needs the same number of fields (delimiter ',')

                """)
    }

    @Test func aLoadStatementErrorPointsAtThePath() throws {
        let run = try Peruse.run(["-c", "load 'missing.csv'"])
        expectExit(run, 1)
        #expect(
            run.stderr == """
                <command>:1:6: error: missing.csv: cannot open file: no such file or directory
                load 'missing.csv'
                     ^~~~~~~~~~~~~

                """)
    }

    /// Paths in a script file start from the script's directory, not the current one.
    @Test func scriptPathsAreRelativeToTheScript() throws {
        let directory = try TemporaryDirectory()
        try FileManager.default.createDirectory(at: directory.file("work"), withIntermediateDirectories: true)
        _ = try directory.write("work/in.csv", Data("n\n1\n2\n".utf8))
        _ = try directory.write(
            "work/script.sql", Data("load 'in.csv' as t; save (select sum(n) as total from t) to 'out.json';".utf8))
        let run = try Peruse.run(["work/script.sql"], in: directory)
        expectExit(run, 0)
        #expect(try String(contentsOf: directory.file("work/out.json"), encoding: .utf8) == "[\n  {\"total\": 3}\n]\n")
    }

    /// Dropping or replacing a built-in table lasts until the next start.
    @Test func builtInTablesComeBack() throws {
        let first = try Peruse.run([
            "-c",
            "drop table crime; drop table extortion; create table extortion (x bigint); select count(*) from extortion",
            "--format", "csv",
        ])
        expectExit(first, 0)
        #expect(first.stdout == "count(*)\n0\n")
        let second = try Peruse.run([
            "-c", "select count(*) from crime; select count(*) from extortion", "--format", "csv",
        ])
        expectExit(second, 0)
        #expect(second.stdout == "count(*)\n5\ncount(*)\n2\n")
    }

    /// A save killed with SIGKILL part-way leaves the old file whole.
    @Test func aKilledSaveLeavesTheOldFile() throws {
        let binary = try #require(Peruse.binary)
        let directory = try TemporaryDirectory()
        var text = "id,name,value\n"
        text.reserveCapacity(30_000_000)
        for i in 0..<1_000_000 { text += "\(i),name \(i % 1000),\(Double(i) / 7)\n" }
        _ = try directory.write("big.csv", Data(text.utf8))
        _ = try directory.write("out.csv", Data("the good file\n".utf8))
        let process = Process()
        process.executableURL = binary
        process.arguments = ["--no-builtins", "--load", "big.csv", "-c", "save big to 'out.csv'"]
        process.currentDirectoryURL = directory.url
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait until the temporary file is being written, then kill the process.
        let deadline = ContinuousClock.now + .seconds(120)
        var sawPartialFile = false
        while process.isRunning && ContinuousClock.now < deadline {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.url.path)) ?? []
            if let temp = names.first(where: { $0.hasPrefix(".out.csv.") }),
                let size = (try? FileManager.default.attributesOfItem(atPath: directory.file(temp).path))?[.size]
                    as? Int,
                size > 0
            {
                kill(process.processIdentifier, SIGKILL)
                sawPartialFile = true
                break
            }
            Thread.sleep(forTimeInterval: 0.001)
        }
        process.waitUntilExit()
        #expect(sawPartialFile, "the save finished before it could be interrupted")
        #expect(try String(contentsOf: directory.file("out.csv"), encoding: .utf8) == "the good file\n")
    }
}
