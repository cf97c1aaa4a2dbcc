import Foundation
import Testing

/// `summarize`, `chart`, `explain`, notes and provenance through the real binary.
@Suite struct InsightCLITests {
    @Test func annotateShowsNotesAndSources() throws {
        let run = try Peruse.run(["--annotate", "-c", "select name from indicators where year >= 2014"])
        expectExit(run, 0)
        #expect(run.stdout.contains("note: where: dropped 27 rows where year is NULL"))
        #expect(run.stdout.contains("source: four news articles"))
    }

    @Test func scriptsShowNoNotesByDefault() throws {
        let run = try Peruse.run(["-c", "select name from indicators where year >= 2014"])
        expectExit(run, 0)
        #expect(!run.stdout.contains("note:"))
        #expect(!run.stdout.contains("source:"))
    }

    @Test func csvAndJSONNeverCarryProvenance() throws {
        for format in ["csv", "json"] {
            let run = try Peruse.run(["--annotate", "--format", format, "-c", "select year, rate from crime"])
            expectExit(run, 0)
            #expect(!run.stdout.contains("France 24"))
            #expect(!run.stdout.contains("note"))
        }
    }

    @Test func chartInAScriptAndToAFile() throws {
        let directory = try TemporaryDirectory()
        let run = try Peruse.run(
            ["-c", "chart line reports by year from extortion; chart bar rate by year from crime to 'crime.svg'"],
            in: directory)
        expectExit(run, 0)
        #expect(run.stdout.hasPrefix("reports by year (reports)\n"))
        #expect(run.stdout.contains("n = 2 rows · no row for 2022"))
        let svg = try String(contentsOf: directory.file("crime.svg"), encoding: .utf8)
        #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "))
    }

    @Test func explainInAScript() throws {
        let run = try Peruse.run(["-c", "explain select year from crime where year >= 2021"])
        expectExit(run, 0)
        #expect(
            run.stdout == """
                1. read table crime: 5 rows
                2. keep rows where year >= 2021: 5 rows → 3 rows
                3. compute the columns year: 3 rows → 3 rows
                result: 3 rows

                """)
    }
}
