import Foundation
import Testing

/// The beginners' mistakes Peruse answers, one example file each in `Mistakes/`:
///
///     -- exit 1
///     select rat from crime
///     -- en
///     (standard error in English)
///     -- es
///     (standard error in Spanish)
///
/// Each runs with `--annotate` (so notes show) in both languages, and every rewritten statement
/// shown under `help:` must itself run without an error. `PERUSE_RECORD=1` rewrites the files.
@Suite struct MistakeTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Mistakes")

    static let files: [String] =
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
        .filter { $0.hasSuffix(".txt") }.sorted()

    struct Example {
        var status: Int32
        var query: String
        var english: String
        var spanish: String

        init?(_ text: String) {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            guard lines.count > 3, lines[0].hasPrefix("-- exit "), let status = Int32(lines[0].dropFirst(8)),
                let en = lines.firstIndex(of: "-- en"), let es = lines.firstIndex(of: "-- es"), en < es
            else { return nil }
            self.status = status
            query = lines[1..<en].joined(separator: "\n")
            english = lines[(en + 1)..<es].map { $0 + "\n" }.joined()
            spanish = lines[(es + 1)...].joined(separator: "\n")
        }

        var text: String { "-- exit \(status)\n\(query)\n-- en\n\(english)-- es\n\(spanish)" }
    }

    @Test func atLeastTwelveKinds() {
        #expect(Self.files.count >= 12, "\(Self.files)")
    }

    @Test(arguments: files)
    func mistake(_ file: String) throws {
        let url = Self.directory.appendingPathComponent(file)
        let example = try #require(Example(try String(contentsOf: url, encoding: .utf8)), "\(file) is malformed")
        let english = try Peruse.run(["--format", "csv", "--annotate", "--lang", "en", "-c", example.query])
        let spanish = try Peruse.run(["--format", "csv", "--annotate", "--lang", "es", "-c", example.query])
        if ProcessInfo.processInfo.environment["PERUSE_RECORD"] == "1" {
            var recorded = example
            (recorded.status, recorded.english, recorded.spanish) = (english.status, english.stderr, spanish.stderr)
            try recorded.text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        expectExit(english, example.status)
        expectExit(spanish, example.status)
        #expect(english.stderr == example.english, "\(file), English")
        #expect(spanish.stderr == example.spanish, "\(file), Spanish")
        #expect(english.stderr.contains("^"), "a caret under the place")
        #expect(spanish.stderr.contains("ayuda: "), "help in Spanish")

        // The statements rewritten for the learner run cleanly.
        let lines = english.stderr.split(separator: "\n")
        let fixes =
            (lines.firstIndex { $0.hasPrefix("help: ") }).map { help in
                lines[(help + 1)...].prefix { $0.hasPrefix("    ") }
            } ?? []
        #expect(!fixes.isEmpty || file == "count-column.txt", "\(file) shows no rewritten statement")
        for fix in fixes {
            let run = try Peruse.run(["--format", "csv", "-c", String(fix.dropFirst(4))])
            expectExit(run, 0)
            #expect(run.stderr == "", "the fix \(fix) still warns: \(run.stderr)")
        }
    }

    @Test func warningsLeaveResultsAndTheExitStatusAlone() throws {
        let run = try Peruse.run(["--format", "csv", "-c", "select year from crime where rate = null"])
        expectExit(run, 0)
        #expect(run.stdout == "year\n")
        #expect(run.stderr.hasPrefix("<command>:1:30: warning: = null is never true"))
    }

    @Test func theCountNoteShowsOnlyWhereNotesAre() throws {
        let plain = try Peruse.run(["--format", "csv", "-c", "select count(year) from indicators"])
        #expect(plain.stderr == "")
        let annotated = try Peruse.run(["--annotate", "-c", "select count(year) from indicators"])
        #expect(annotated.stderr.contains("note: count(year) leaves out the 27 of 31 rows where year is NULL"))
        let same = try Peruse.run(["--annotate", "-c", "select count(rate) from crime"])
        #expect(same.stderr == "", "no note when count(col) equals count(*)")
    }

    @Test func deliberateRenamingWithAsIsNotAMistake() throws {
        let run = try Peruse.run(["--format", "csv", "-c", "select year as rate from crime limit 1"])
        expectExit(run, 0)
        #expect(run.stderr == "")
    }
}
