import PeruseEngine
import PeruseIO
import PeruseStorage
import PeruseSyntax

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The instructor's lesson open with `.lesson FILE`, and where the learner is in it.
struct LessonState {
    let lesson: LessonFile
    /// Where `.check` appends one line per check: the lesson's path with `.progress` added
    /// (its format: `LessonProgress`).
    let progressPath: String
    /// Who the log names for these checks.
    let learner: String
    /// The tasks (counted from 0) this learner has passed, in this session or an earlier one.
    var passed: Set<Int>
    /// The current task; `lesson.tasks.count` at the end.
    var task = 0
    var hintsShown = 0

    /// The first task not passed at or after `start`; the end when there is none.
    func nextTaskLeft(from start: Int) -> Int {
        (start..<max(start, lesson.tasks.count)).first { !passed.contains($0) } ?? lesson.tasks.count
    }
}

extension Shell {
    /// `.lesson FILE [as NAME]` opens a lesson where this learner left it; `hint`, `skip`,
    /// `restart`, `off`; `hash QUERY` prints an `expect:` line.
    func lessonCommand(_ rest: String) -> Result<String?, ShellError> {
        let words = Self.metaArguments(rest)
        switch words.first?.lowercased() {
        case nil:
            guard lesson != nil else { return .failure(ShellError(.usage, MetaCommand.lesson.usage)) }
            return .success(currentTaskText())
        case "hash":
            let query = rest.trimmingSpaces.dropFirst(4).trimmingSpaces
            return expectLine(for: query)
        case "hint":
            guard var state = lesson, state.task < state.lesson.tasks.count else {
                return .failure(ShellError(.lessonNotOpen))
            }
            let hints = state.lesson.tasks[state.task].hints
            guard state.hintsShown < hints.count else {
                return .success(hints.last.map { say(.lessonNoMoreHints, $0) } ?? say(.lessonNoHints))
            }
            state.hintsShown += 1
            lesson = state
            return .success(
                say(.lessonHint, String(state.hintsShown), String(hints.count), hints[state.hintsShown - 1]))
        case "skip":
            guard var state = lesson else { return .failure(ShellError(.lessonNotOpen)) }
            state.task = state.nextTaskLeft(from: state.task + 1)
            state.hintsShown = 0
            lesson = state
            return .success(currentTaskText())
        case "restart":
            guard var state = lesson else { return .failure(ShellError(.lessonNotOpen)) }
            logProgress(
                LessonProgress.restartLine(time: Self.utcTimestamp(), learner: state.learner), to: state.progressPath)
            state.passed = []
            state.task = 0
            state.hintsShown = 0
            lesson = state
            return .success(state.lesson.title + "\n" + currentTaskText())
        case "off":
            guard lesson != nil else { return .failure(ShellError(.lessonNotOpen)) }
            lesson = nil
            return .success(say(.lessonClosed))
        default:
            guard let path = words.first, words.count == 1 || (words.count > 2 && words[1].lowercased() == "as") else {
                return .failure(ShellError(.usage, MetaCommand.lesson.usage))
            }
            if words.count > 2 { lessonLearner = words.dropFirst(2).joined(separator: " ") }
            return FileAccess.readText(path).flatMap { LessonFile.parse($0, name: path) }.map {
                openLesson($0, path: path)
            }
        }
    }

    /// `.check`: grades the last result against the open task and logs it next to the lesson.
    func checkCommand() -> Result<String?, ShellError> {
        guard var state = lesson else { return .failure(ShellError(.lessonNotOpen)) }
        guard state.task < state.lesson.tasks.count else { return .success(currentTaskText()) }
        guard let lastResult else { return .failure(ShellError(.lessonNoResultToCheck)) }
        let expected = state.lesson.tasks[state.task].expectedHash
        let ordered = expected.hasPrefix("ordered:")
        let hash = LessonFile.hash(Self.rowLines(lastResult, ordered: ordered), columns: lastResult.columnNames.count)
        let passed = (ordered ? "ordered:" + hash : hash) == expected
        let line = LessonProgress.checkLine(
            time: Self.utcTimestamp(), learner: state.learner, task: state.task + 1, passed: passed)
        logProgress(line, to: state.progressPath)
        guard passed else {
            guard let shape = state.lesson.tasks[state.task].expectedShape else { return .success(say(.lessonNotYet)) }
            return .success(say(.lessonNotYetBecause, whyNotTheAnswer(lastResult, shape: shape, ordered: ordered)))
        }
        state.passed.insert(state.task)
        state.task = state.nextTaskLeft(from: state.task + 1)
        state.hintsShown = 0
        lesson = state
        return .success(say(.lessonRight) + "\n\n" + currentTaskText())
    }

    /// How `result` differs from an answer known only by its size and hash.
    private func whyNotTheAnswer(_ result: ResultTable, shape: LessonFile.Shape, ordered: Bool) -> String {
        if result.columnNames.count != shape.columns {
            return say(
                .tutorialYourResultHas, countText(result.columnNames.count, .tutorialOneColumn, .tutorialColumns),
                countText(shape.columns, .tutorialOneColumn, .tutorialColumns))
        }
        if result.rowCount != shape.rows {
            return say(
                .tutorialYourResultHas, countText(result.rowCount, .tutorialOneRow, .tutorialRows),
                countText(shape.rows, .tutorialOneRow, .tutorialRows))
        }
        return say(ordered ? .lessonSameSizeOrdered : .lessonSameSize)
    }

    /// Whether `statement` is a query whose own `order by` sorts its result (an `order by`
    /// inside a subquery does not order the rows the query returns).
    static func sortsItsResult(_ statement: Statement) -> Bool {
        guard case .select(let select) = statement else { return false }
        return !select.orderBy.isEmpty || select.orderByAll != nil
    }

    /// Whether `statement` only reads, so `.lesson hash` may run it to hash its result.
    static func onlyReads(_ statement: Statement) -> Bool {
        switch statement {
        case .select, .describe, .showTables, .summarize: true
        default: false
        }
    }

    /// Opens `lesson` at the first task this learner has not passed, as its progress log says.
    private func openLesson(_ lesson: LessonFile, path: String) -> String? {
        let progressPath = path + ".progress"
        let learner = LessonProgress.cleaned(lessonLearner ?? "")
        var passed: Set<Int> = []
        if access(progressPath, F_OK) == 0 {
            switch FileAccess.readText(progressPath) {
            case .success(let log):
                passed = LessonProgress.passedTasks(in: log, by: learner).filter { $0 < lesson.tasks.count }
            case .failure(let error):
                writeWarning(say(.lessonProgressNotRead, error.message(in: language)))
            }
        }
        var state = LessonState(lesson: lesson, progressPath: progressPath, learner: learner, passed: passed)
        state.task = state.nextTaskLeft(from: 0)
        self.lesson = state
        var text = lesson.title + "\n"
        if !passed.isEmpty && state.task < lesson.tasks.count {
            text +=
                say(.lessonResuming, String(state.task + 1), String(lesson.tasks.count), String(passed.count), learner)
                + "\n"
        }
        return text + currentTaskText()
    }

    /// `expect: HASH` for the query's result here; `expect ordered:` when the query sorts
    /// (Spanish keys under `.lang es`).
    private func expectLine(for query: String) -> Result<String?, ShellError> {
        guard !query.isEmpty else { return .failure(ShellError(.usage, ".lesson hash QUERY")) }
        let source = SourceText(name: "<lesson hash>", text: query)
        let statements: [ParsedStatement]
        switch Parser.parseAll(source) {
        case .success(let parsed): statements = parsed
        case .failure(let diagnostic):
            // Printed as the engine's errors are, with no second `error:` label.
            writeError(DiagnosticRenderer.render(diagnostic, in: source, language: language))
            return .success(nil)
        }
        guard let last = statements.last, statements.allSatisfy({ Self.onlyReads($0.statement) }) else {
            return .failure(ShellError(.lessonHashNeedsQuery))
        }
        let ordered = Self.sortsItsResult(last.statement)
        var outcome: Result<String?, ShellError> = .failure(ShellError(.lessonHashNeedsQuery))
        engine.run(source) { result in
            switch result.result {
            case .success(.rows(let table)):
                let hash = LessonFile.hash(Self.rowLines(table, ordered: ordered), columns: table.columnNames.count)
                let size = say(
                    .lessonSize, countText(table.rowCount, .tutorialOneRow, .tutorialRows),
                    countText(table.columnNames.count, .tutorialOneColumn, .tutorialColumns))
                outcome = .success(LessonFile.expectKey(ordered: ordered, in: language) + " " + hash + " " + size)
            case .success(.message): break
            case .failure(let diagnostic):
                writeError(DiagnosticRenderer.render(diagnostic, in: source, language: language))
                outcome = .success(nil)
            }
        }
        return outcome
    }

    private func currentTaskText() -> String {
        guard let state = lesson else { return say(.lessonNotOpen) }
        let tasks = state.lesson.tasks
        guard state.task < tasks.count else {
            if state.passed.count >= tasks.count { return say(.lessonAllDone, String(tasks.count), state.lesson.title) }
            return say(.lessonEndWithTasksLeft, state.lesson.title, String(state.passed.count), String(tasks.count))
        }
        return say(.lessonTask, String(state.task + 1), String(tasks.count), tasks[state.task].text)
    }

    /// Appends `line` to the progress log; a log that cannot be written is reported but does
    /// not stop the lesson.
    private func logProgress(_ line: String, to path: String) {
        switch FileAccess.appendToFile(path) {
        case .success(let writer):
            writer.writeLine(line)
            writer.flush()
            writer.close()
        case .failure(let error):
            writeWarning(say(.lessonProgressNotLogged, error.message(in: language)))
        }
    }

    /// `warning: …` (`aviso: …`) on standard error.
    private func writeWarning(_ text: String) {
        writeError(MessageCatalog.label(.warning, in: language) + ": " + text)
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

extension Shell {
    /// The learner a lesson's progress log names by default: `$USER`, else `$LOGNAME`; nil when
    /// neither is set.
    public static func lessonLearner(environment: [String: String]) -> String? {
        [environment["USER"], environment["LOGNAME"]].compactMap { $0 }.first { !$0.isEmpty }
    }
}
