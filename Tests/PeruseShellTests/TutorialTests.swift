import Foundation
import PeruseShell
import Testing

@Suite struct TutorialTests {
    /// A learner's answers, spelled differently from the lessons' expected queries.
    static let answers = [
        "select * from crime", "select year, rate from crime", "select rate, year from crime where rate > 10",
        "select year, rate from crime order by rate desc", "select count(*) as n from indicators",
        "select source, count(*) from indicators group by source order by source",
        "select c.year, c.rate, s.publisher, s.author from crime c join sources s on s.id = c.source",
        "select c.year, c.rate, e.reports from crime c join extortion e on c.year = e.year",
        "select (select reports from extortion where year = 2023) / (select reports from extortion where year = 2021) as factor",
        "select value, year, note from indicators where name = 'population_feeling_insecure' order by value",
    ]

    /// Columns in another order than asked are not the answer.
    @Test func columnsInAnotherOrderAreNotTheAnswer() throws {
        let h = try ShellHarness([".tutorial"] + Self.answers.prefix(3))
        h.run()
        #expect(h.errorOutput == "")
        #expect(h.output.hasPrefix("Lesson 1 of 10: Look at a whole table\n"))
        #expect(h.output.components(separatedBy: "✓ right!").count - 1 == 2, "\(h.output)")
        #expect(h.output.hasSuffix("not yet: the values differ from the answer; .tutorial hint helps\n"))
    }

    /// Each lesson is accepted with a differently written query; the last ends the tutorial.
    @Test func allLessonsInOrderFinish() throws {
        var answers = Self.answers
        answers[2] = "select year, rate from crime where rate > 10"
        let h = try ShellHarness([".tutorial"] + answers + [".tutorial"])
        h.run()
        #expect(h.errorOutput == "")
        #expect(h.output.components(separatedBy: "✓ right!").count - 1 == 10, "\(h.output)")
        #expect(h.output.hasSuffix("You have done all 10 lessons. .tutorial restart starts again.\n"))
        #expect(h.output.contains("✓ right! About 4.71, not 5: \"fivefold\" rounds up."))
        #expect(h.output.contains("\nLesson 10 of 10: Question a claim: 90% feel unsafe\nThe Interior Minister told Congress"))
        #expect(!h.output.contains("¡correcto!") && !h.output.contains("Lección"), "no Spanish in English")
    }

    @Test func wrongAnswersSayWhyAndHintsComeInStages() throws {
        let h = try ShellHarness([
            ".tutorial hint", ".tutorial", "select year from crime", "select * from crime limit 2",
            ".tutorial hint", ".tutorial hint", ".tutorial hint", ".tutorial sideways",
            ".tutorial skip", "select rate, year from crime", ".tutorial off", "select 1",
        ])
        h.run()
        let messages = h.output.split(separator: "\n").filter {
            !"│┌├└".contains($0.first ?? " ") && !$0.hasSuffix(" rows")
        }
        #expect(messages.contains("not yet: your result has 1 column, the answer has 4 columns; .tutorial hint helps"))
        #expect(messages.contains("not yet: your result has 2 rows, the answer has 5 rows; .tutorial hint helps"))
        #expect(messages.contains("hint 1 of 3: A query starts with select; * means every column."))
        #expect(messages.contains("hint 2 of 3: Name the table after from."))
        #expect(messages.contains("the answer: select * from crime"))
        #expect(messages.contains("Lesson 2 of 10: Choose columns"))
        #expect(messages.contains("not yet: the values differ from the answer; .tutorial hint helps"))
        #expect(messages.contains("tutorial closed; .tutorial resumes where you were"))
        #expect(messages.filter { $0.hasPrefix("not yet") }.count == 3, "select 1 after .tutorial off is not checked")
        #expect(
            h.errorOutput
                == "error: no lesson is open: type .tutorial to start\nerror: usage: .tutorial [hint|skip|restart|off]\n"
        )
    }

    @Test func progressIsKeptAndResumed() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "peruse-tutorial-\(UUID().uuidString)/state"
        ).path
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let first = try ShellHarness([".tutorial", Self.answers[0], "select year, rate from crime"])
        first.shell.tutorialProgressPath = path
        first.run()
        #expect(first.output.contains("Lesson 3 of 10: Keep some rows"))

        let later = try ShellHarness([".tutorial", ".tutorial restart"])
        later.shell.tutorialProgressPath = path
        later.run()
        #expect(later.output.hasPrefix("Lesson 3 of 10: Keep some rows\n"), "\(later.output)")
        #expect(later.output.contains("\nLesson 1 of 10: Look at a whole table\n"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "0\n")
    }

    /// The expected results come from the tables as shipped, whatever the learner changed.
    @Test func answersAreCheckedAgainstTheOriginalTables() throws {
        let h = try ShellHarness([
            ".tutorial", "drop table crime", "create table crime as select * from extortion", "select * from crime",
        ])
        h.run()
        #expect(h.output.contains("not yet: your result has 3 columns, the answer has 4 columns"), "\(h.output)")
    }
}
