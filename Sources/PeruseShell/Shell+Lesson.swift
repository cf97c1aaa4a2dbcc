#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import PeruseEngine
import PeruseIO
import PeruseSyntax

/// The instructor's lesson open with `.lesson FILE`, and where the learner is in it.
struct LessonState {
    let lesson: LessonFile
    /// Where `.check` appends one line per check: the lesson's path with `.progress` added.
    let progressPath: String
    var task = 0
    var hintsShown = 0
}

extension Shell {
    /// `.lesson FILE` opens a lesson; `hint`, `skip`, `off`; `hash QUERY` prints an `expect:` line.
    func lessonCommand(_ rest: String) -> Result<String?, ShellError> {
        let words = Self.metaArguments(rest)
        switch words.first?.lowercased() {
        case nil:
            guard lesson != nil else { return .failure(ShellError(untranslated: "usage: \(MetaCommand.lesson.usage)")) }
            return .success(currentTaskText())
        case "hash":
            let query = rest.trimmingSpaces.dropFirst(4).trimmingSpaces
            return expectLine(for: query)
        case "hint":
            guard var state = lesson, state.task < state.lesson.tasks.count else {
                return .failure(ShellError(untranslated: "no lesson is open: type .lesson FILE"))
            }
            let hints = state.lesson.tasks[state.task].hints
            guard state.hintsShown < hints.count else {
                return .success(hints.isEmpty ? "this task has no hints" : "no more hints: " + (hints.last ?? ""))
            }
            state.hintsShown += 1
            lesson = state
            return .success("hint \(state.hintsShown) of \(hints.count): " + hints[state.hintsShown - 1])
        case "skip":
            guard lesson != nil else { return .failure(ShellError(untranslated: "no lesson is open: type .lesson FILE")) }
            advanceLesson()
            return .success(currentTaskText())
        case "off":
            lesson = nil
            return .success("lesson closed")
        default:
            guard words.count == 1, let path = words.first else {
                return .failure(ShellError(untranslated: "usage: \(MetaCommand.lesson.usage)"))
            }
            return FileAccess.readText(path).flatMap { LessonFile.parse($0, name: path) }.map {
                lesson = LessonState(lesson: $0, progressPath: path + ".progress")
                return "\($0.title)\n" + currentTaskText()
            }
        }
    }

    /// `.check`: grades the last result against the open task and logs it next to the lesson.
    func checkCommand() -> Result<String?, ShellError> {
        guard let state = lesson else { return .failure(ShellError(untranslated: "no lesson is open: type .lesson FILE")) }
        guard state.task < state.lesson.tasks.count else { return .success(currentTaskText()) }
        guard let lastResult else { return .failure(ShellError(untranslated: "no result yet: run a query, then .check")) }
        let expected = state.lesson.tasks[state.task].expectedHash
        let ordered = expected.hasPrefix("ordered:")
        let hash = LessonFile.hash(Self.rowLines(lastResult, ordered: ordered), columns: lastResult.columnNames.count)
        let passed = (ordered ? "ordered:" + hash : hash) == expected
        logCheck(task: state.task + 1, passed: passed, path: state.progressPath)
        guard passed else { return .success("not yet: your result is not the expected one; .lesson hint helps") }
        advanceLesson()
        return .success("✓ right!\n\n" + currentTaskText())
    }

    /// `expect: HASH` for the query's result here; `expect ordered:` when the query sorts.
    private func expectLine(for query: String) -> Result<String?, ShellError> {
        guard !query.isEmpty else { return .failure(ShellError(untranslated: "usage: .lesson hash QUERY")) }
        var outcome: Result<String?, ShellError> = .failure(ShellError(untranslated: "the query gives no rows to hash"))
        engine.run(SourceText(name: "<lesson hash>", text: query)) { result in
            switch result.result {
            case .success(.rows(let table)):
                let ordered = query.lowercased().contains("order by")
                let hash = LessonFile.hash(Self.rowLines(table, ordered: ordered), columns: table.columnNames.count)
                outcome = .success((ordered ? "expect ordered: " : "expect: ") + hash)
            case .success(.message): break
            case .failure(let diagnostic):
                outcome = .failure(.rendered(DiagnosticRenderer.render(diagnostic, in: SourceText(name: "<lesson hash>", text: query), language: language)))
            }
        }
        return outcome
    }

    private func advanceLesson() {
        guard var state = lesson else { return }
        state.task = min(state.task + 1, state.lesson.tasks.count)
        state.hintsShown = 0
        lesson = state
    }

    private func currentTaskText() -> String {
        guard let state = lesson else { return "no lesson is open: type .lesson FILE" }
        let tasks = state.lesson.tasks
        guard state.task < tasks.count else { return "You have done all \(tasks.count) tasks of \(state.lesson.title)." }
        return "Task \(state.task + 1) of \(tasks.count): \(tasks[state.task].text)\n"
            + "(run a query, then .check; .lesson hint for a hint)"
    }

    /// Appends `2026-11-24T05:20:00Z	task 1	pass` to the progress log; a log that cannot be
    /// written is reported but does not stop the lesson.
    private func logCheck(task: Int, passed: Bool, path: String) {
        switch FileAccess.appendToFile(path) {
        case .success(let writer):
            writer.writeLine("\(Self.utcTimestamp())\ttask \(task)\t\(passed ? "pass" : "fail")")
            writer.flush()
            writer.close()
        case .failure(let error):
            writeError("warning: progress not logged: " + error.message(in: language))
        }
    }

    /// The current time as `2026-11-24T05:20:00Z`.
    static func utcTimestamp() -> String {
        var now = time(nil)
        var parts = tm()
        guard gmtime_r(&now, &parts) != nil else { return "?" }
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : String(n) }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T"
            + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
    }
}
