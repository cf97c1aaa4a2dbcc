import Foundation
import Testing

@testable import PeruseShell

/// A lesson resumes, in a later session, at the first task the same learner has not passed;
/// the progress log says who checked what, and `.lesson restart` starts over.
@Suite struct LessonResumeTests {
    /// A three-task lesson whose answers are the queries given, hashed by `.lesson hash`.
    static func writeLesson(in harness: ShellHarness) throws -> String {
        let instructor = try ShellHarness([
            ".lesson hash select year from crime",
            ".lesson hash select count(*) from crime",
            ".lesson hash select max(rate) from crime",
        ])
        instructor.run()
        let expects = instructor.output.split(separator: "\n").map(String.init)
        #expect(expects.count == 3 && expects.allSatisfy { $0.hasPrefix("expect: ") }, "\(instructor.output)")
        let path = harness.path("rates.lesson")
        let text = """
            # Rates
            task: The years.
            \(expects[0])
            task: How many years?
            \(expects[1])
            task: The highest rate.
            hint: max() gives the largest value.
            \(expects[2])
            """
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// One session of `learner` typing `lines`; its console output.
    static func session(_ lines: [String], as learner: String?) throws -> (output: String, errors: String) {
        let h = try ShellHarness(lines)
        h.shell.lessonLearner = learner
        h.run()
        return (h.output, h.errorOutput)
    }

    @Test func eachLearnerResumesAtTheirFirstTaskNotPassed() throws {
        let folder = try ShellHarness([])
        let path = try Self.writeLesson(in: folder)

        let first = try Self.session([".lesson \(path)", "select year from crime", ".check", ".quit"], as: "ana")
        #expect(first.errors == "")
        #expect(!first.output.contains("resuming"))
        #expect(first.output.contains("✓ right!\n\nTask 2 of 3: How many years?"))

        // Ana comes back: task 2; she skips it and passes task 3; the end says one is left.
        let second = try Self.session(
            [".lesson \(path)", ".lesson skip", "select max(rate) as top from crime", ".check"], as: "ana")
        #expect(
            second.output.hasPrefix(
                "Rates\nresuming at task 2 of 3 (1 passed by ana); .lesson restart starts over\nTask 2 of 3: How many years?"
            ),
            "\(second.output)")
        #expect(
            second.output.hasSuffix(
                "✓ right!\n\nEnd of Rates: you passed 2 of 3 tasks; .lesson FILE again takes you to the first one left.\n"
            ))

        // Luis shares the folder: his own progress, from task 1.
        let luis = try Self.session([".lesson \(path) as luis", "select 1", ".check"], as: "ana")
        #expect(luis.output.hasPrefix("Rates\nTask 1 of 3: The years."), "\(luis.output)")
        #expect(luis.output.contains("not yet: your result has 1 row, the answer has 5 rows"), "\(luis.output)")

        // Ana again: task 2, the one left; she passes it and has done them all.
        let third = try Self.session([".lesson \(path)", "select count(year) from crime", ".check"], as: "ana")
        #expect(third.output.contains("resuming at task 2 of 3 (2 passed by ana)"))
        #expect(third.output.hasSuffix("✓ right!\n\nYou have done all 3 tasks of Rates.\n"))

        // Reopened when all are done, it says so; restart goes back to task 1, also next time.
        let fourth = try Self.session([".lesson \(path)", ".lesson restart"], as: "ana")
        #expect(
            fourth.output == "Rates\nYou have done all 3 tasks of Rates.\nRates\nTask 1 of 3: The years.\n"
                + "(run a query, then .check; .lesson hint for a hint)\n")
        let fifth = try Self.session([".lesson \(path)"], as: "ana")
        #expect(fifth.output.hasPrefix("Rates\nTask 1 of 3: The years."), "\(fifth.output)")

        let log = try String(contentsOfFile: path + ".progress", encoding: .utf8)
        let lines = log.split(separator: "\n").map { $0.split(separator: "\t").dropFirst().joined(separator: " ") }
        #expect(
            lines == ["ana task 1 pass", "ana task 3 pass", "luis task 1 fail", "ana task 2 pass", "ana restart"],
            "\(log)")
    }

    @Test func theLogFormatReadsBackPerLearner() {
        let log = """
            2026-11-24T05:20:00Z\tana\ttask 1\tpass
            2026-11-24T05:21:00Z\tluis\ttask 2\tpass
            2026-11-24T05:22:00Z\tana\ttask 3\tfail
            2026-11-24T05:23:00Z\tana\ttask 2\tpass
            2026-11-24T05:24:00Z\tana\trestart
            2026-11-24T05:25:00Z\tana\ttask 4\tpass
            an old line\ttask 5\tpass
            2026-11-24T05:26:00Z\tana maría\ttask 0\tpass
            """
        #expect(LessonProgress.passedTasks(in: log, by: "ana") == [3])
        #expect(LessonProgress.passedTasks(in: log, by: "luis") == [1])
        #expect(LessonProgress.passedTasks(in: log, by: "ana maría") == [])
        #expect(
            LessonProgress.checkLine(time: "T", learner: "ana\tmaría\n", task: 2, passed: false)
                == "T\tana maría\ttask 2\tfail")
        #expect(LessonProgress.restartLine(time: "T", learner: " ") == "T\t-\trestart")
    }

    /// `.lesson hash` asks the parsed query: only the top-level `order by` makes the order count.
    @Test func onlyTheTopLevelOrderByMakesTheOrderCount() throws {
        let h = try ShellHarness([
            ".lesson hash select year from (select year from crime order by year desc) as t",
            ".lesson hash select year from crime where year in (select year from extortion order by year limit 1)",
            ".lesson hash select 'order by' as words",
            ".lesson hash select year from crime where rate > (select avg(rate) from crime) order by year",
            ".lesson hash select year from crime union all select year from extortion order by 1",
            ".lesson hash select * from crime order by all",
            ".lesson hash create table x (a int)", ".lesson hash select year frm crime", "select * from x",
        ])
        h.run()
        // `expect: HASH (N rows, M columns)`: the words before the hash.
        let kinds: [String] = h.output.split(separator: "\n").map { line in
            line.split(separator: " ").prefix { !($0.count == 16 && $0.allSatisfy(\.isHexDigit)) }.joined(separator: " ")
        }
        #expect(
            kinds == ["expect:", "expect:", "expect:", "expect ordered:", "expect ordered:", "expect ordered:"],
            "\(h.output)")
        #expect(
            h.errorOutput.hasPrefix(
                "error: the expected result comes from a query that only reads: give a select\n"
                    + "<lesson hash>:1:13: error: syntax error at 'frm'"), "\(h.errorOutput)")
        #expect(h.errorOutput.contains("no such table: x"), "a statement that writes is not run")
    }
}
