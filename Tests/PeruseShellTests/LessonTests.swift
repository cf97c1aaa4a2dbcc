import Foundation
import PeruseShell
import Testing

@Suite struct LessonTests {
    /// `.lesson hash` gives the instructor the `expect:` lines; the learner's session runs the file.
    @Test func learnerGetsAWrongAnswerAHintThenTheRightOnesAndTheLogRecordsThem() throws {
        let instructor = try ShellHarness([
            ".lesson hash select year, rate from crime where rate > 10",
            ".lesson hash select year from crime order by year desc",
        ])
        instructor.run()
        #expect(instructor.errorOutput == "")
        let expects = instructor.output.split(separator: "\n").map(String.init)
        #expect(expects.count == 2)
        #expect(expects.first?.hasPrefix("expect: ") == true)
        #expect(expects.first?.hasSuffix(" (3 rows, 2 columns)") == true, "the answer's size follows the hash")
        #expect(expects.last?.hasPrefix("expect ordered: ") == true)
        #expect(expects.last?.hasSuffix(" (5 rows, 1 column)") == true)

        let learner = try ShellHarness([])
        let lessonPath = learner.path("class.lesson")
        let text = """
            # Crime rates
            -- for the workshop
            task: The years whose rate is above 10, with their rate.
            hint: Filter with where.
            hint: where rate > 10
            \(expects.first ?? "")

            task: Every year, newest first.
            \(expects.last ?? "")
            """
        #expect(!text.contains("rate > 10\n") || text.contains("hint: where rate > 10"))
        try text.write(toFile: lessonPath, atomically: true, encoding: .utf8)
        let h = try ShellHarness([
            ".check", ".lesson \(lessonPath)", ".check", "select year, rate from crime", ".check",
            ".lesson hint", "select rate, year from crime where rate > 10", ".check",
            "select year, rate from crime where 10 < rate", ".check",
            "select year from crime order by year", ".check",
            "select year from crime order by year desc", ".check", ".lesson",
        ])
        h.shell.lessonLearner = "ana"
        h.run()
        let lines = h.output.split(separator: "\n").filter {
            !"│┌├└".contains($0.first ?? " ") && !$0.hasSuffix(" rows")
        }
        #expect(h.errorOutput.contains("error: no lesson is open: type .lesson FILE"))
        #expect(h.errorOutput.contains("error: no result yet: run a query, then .check"))
        #expect(lines.contains("Crime rates"))
        #expect(lines.contains("Task 1 of 2: The years whose rate is above 10, with their rate."))
        #expect(lines.contains("hint 1 of 2: Filter with where."))
        // The `expect:` lines give the answer's size, so a wrong result is told how it differs.
        let notYet = lines.filter { $0.hasPrefix("not yet: ") }
        #expect(
            notYet == [
                "not yet: your result has 5 rows, the answer has 3 rows; .lesson hint helps",
                "not yet: the right size, but the values differ; .lesson hint helps",
                "not yet: the right size, but the values or their order differ; .lesson hint helps",
            ], "\(h.output)")
        #expect(lines.filter { $0 == "✓ right!" }.count == 2)
        #expect(lines.contains("Task 2 of 2: Every year, newest first."))
        #expect(lines.last == "You have done all 2 tasks of Crime rates.")

        let log = try String(contentsOfFile: lessonPath + ".progress", encoding: .utf8)
        let entries = log.split(separator: "\n").map { $0.split(separator: "\t").dropFirst().joined(separator: " ") }
        #expect(
            entries == ["ana task 1 fail", "ana task 1 fail", "ana task 1 pass", "ana task 2 fail", "ana task 2 pass"])
        let stamp = log.split(separator: "\t").first ?? ""
        #expect(stamp.count == 20 && stamp.hasSuffix("Z") && stamp.contains("T"), "\(log)")
        #expect(!text.contains("10 < rate"), "the answer is not in the file")
    }

    @Test func badLessonFilesNameTheLine() throws {
        let h = try ShellHarness([])
        let path = h.path("bad.lesson")
        try "# T\nhint: too early\n".write(toFile: path, atomically: true, encoding: .utf8)
        let short = h.path("short.lesson")
        try "task: one\nexpect: 12ab\n".write(toFile: short, atomically: true, encoding: .utf8)
        let sized = h.path("sized.lesson")
        try "task: one\nexpect: 0123456789abcdef (three rows)\n".write(toFile: sized, atomically: true, encoding: .utf8)
        let run = try ShellHarness([".lesson \(path)", ".lesson \(short)", ".lesson \(sized)", ".lesson hint", ".lesson hash"])
        run.run()
        #expect(
            run.errorOutput.contains(
                "error: \(sized):2: after the hash, give the answer's size as (3 rows, 2 columns), or nothing"))
        #expect(run.errorOutput.contains("error: \(path):2: 'hint:' comes after a 'task:' line"))
        #expect(
            run.errorOutput.contains("error: \(short):2: the hash has 16 hex digits; make it with .lesson hash QUERY"))
        #expect(run.errorOutput.contains("error: no lesson is open: type .lesson FILE"))
        #expect(run.errorOutput.contains("error: usage: .lesson hash QUERY"))
    }
}

@Suite struct ExampleLessonTests {
    /// `Examples/crime_rates.lesson` is answered by queries written otherwise than the hashed ones.
    @Test func theExampleLessonCanBeCompleted() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let h = try ShellHarness([])
        let copy = h.path("crime_rates.lesson")
        try FileManager.default.copyItem(
            atPath: root.appendingPathComponent("Examples/crime_rates.lesson").path, toPath: copy)
        let run = try ShellHarness([
            ".lesson \(copy)", "select year, rate from crime where not rate <= 10", ".check",
            "select year, rate from crime order by rate desc, year", ".check",
            "select count(*) as rows from indicators", ".check", ".check",
        ])
        run.run()
        #expect(run.errorOutput == "")
        #expect(run.output.components(separatedBy: "✓ right!").count - 1 == 3, "\(run.output)")
        let done = "You have done all 3 tasks of Crime rates in Peru.\n"
        #expect(run.output.hasSuffix(done + done), "a .check after the last task says so")
        let log = try String(contentsOfFile: copy + ".progress", encoding: .utf8)
        #expect(log.split(separator: "\n").count == 3)
    }

    /// `Examples/workshop/es/tasas_de_delito.lesson`, in Spanish, is answered the same way.
    @Test func theSpanishExampleLessonCanBeCompleted() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let h = try ShellHarness([])
        let copy = h.path("tasas_de_delito.lesson")
        try FileManager.default.copyItem(
            atPath: root.appendingPathComponent("Examples/workshop/es/tasas_de_delito.lesson").path, toPath: copy)
        let run = try ShellHarness([
            ".lang es", ".lesson \(copy)", "select year, rate from crime where rate >= 10.01", ".check",
            "select year, rate from crime order by rate desc, year", ".check",
            "select sum(reports) as denuncias from extortion", ".check",
            "select round(max(reports) * 1.0 / min(reports), 2) from extortion", ".check", ".lesson hint",
            ".lesson hint",
            "select round(19401.0 / 4119, 1) as veces", ".check",
        ])
        run.run()
        #expect(run.errorOutput == "")
        #expect(run.output.contains("Tasas de delito y extorsión en el Perú\nTarea 1 de 4: "), "\(run.output)")
        #expect(run.output.components(separatedBy: "✓ ¡correcto!").count - 1 == 4, "\(run.output)")
        #expect(
            run.output.contains("todavía no: el tamaño es el correcto, pero los valores no coinciden"), "4.71 is not 4.7")
        #expect(run.output.contains("pista 2 de 2: "))
        #expect(run.output.hasSuffix("Completaste las 4 tareas de Tasas de delito y extorsión en el Perú.\n"))
        let log = try String(contentsOfFile: copy + ".progress", encoding: .utf8)
        #expect(log.split(separator: "\n").count == 5)
    }
}
