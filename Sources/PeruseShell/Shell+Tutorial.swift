import PeruseBuiltins
import PeruseEngine
import PeruseIO
import PeruseStorage
import PeruseSyntax

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where the learner is in `.tutorial`.
struct TutorialState {
    /// The index of the current lesson; `TutorialLesson.all.count` when all are done.
    var step: Int
    /// How many hints of the current lesson have been shown.
    var hintsShown = 0
    /// The built-in tables as shipped, for the expected results (whatever the learner changed).
    let reference: Engine
}

extension Shell {
    /// Where `.tutorial` keeps progress: `$PERUSE_TUTORIAL`, else `$XDG_STATE_HOME/peruse/tutorial`,
    /// else `~/.peruse_tutorial`; nil when none is set.
    public static func tutorialProgressLocation(environment: [String: String]) -> String? {
        if let path = environment["PERUSE_TUTORIAL"], !path.isEmpty { return path }
        if let state = environment["XDG_STATE_HOME"], !state.isEmpty { return state + "/peruse/tutorial" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.peruse_tutorial" }
        return nil
    }

    /// `.tutorial` starts or resumes the lessons; `hint`, `skip`, `restart`, `off`. Each text is
    /// looked up when it is shown, so `.lang` between lessons changes the next one's language.
    func tutorialCommand(_ argument: String?) -> Result<String?, ShellError> {
        switch argument?.lowercased() {
        case nil:
            if tutorial == nil {
                let reference = Engine()
                guard (try? Builtins.load(into: reference)) != nil else {
                    return .failure(ShellError(.tutorialCannotLoad))
                }
                tutorial = TutorialState(step: savedTutorialStep(), reference: reference)
            }
            return .success(currentLessonText())
        case "hint":
            guard var state = tutorial, state.step < TutorialLesson.all.count else {
                return .failure(ShellError(.tutorialNoLessonOpen))
            }
            let lesson = TutorialLesson.all[state.step]
            let text: String
            if state.hintsShown < lesson.hints.count {
                text = say(
                    .tutorialHint, String(state.hintsShown + 1), String(lesson.hints.count + 1),
                    lesson.hints[state.hintsShown].text(in: language))
            } else {
                text = say(.tutorialAnswer, lesson.expected)
            }
            state.hintsShown += 1
            tutorial = state
            return .success(text)
        case "skip":
            guard tutorial != nil else { return .failure(ShellError(.tutorialNoLessonOpen)) }
            advanceTutorial()
            return .success(currentLessonText())
        case "restart":
            saveTutorialStep(0)
            tutorial = nil
            return tutorialCommand(nil)
        case "off":
            tutorial = nil
            return .success(say(.tutorialClosed))
        default:
            return .failure(ShellError(.usage, MetaCommand.tutorial.usage))
        }
    }

    /// After a query's rows are printed: when a lesson is open, says whether they answer it.
    func checkTutorialAnswer(_ result: ResultTable) {
        guard let state = tutorial, state.step < TutorialLesson.all.count else { return }
        let lesson = TutorialLesson.all[state.step]
        var expected: ResultTable?
        state.reference.run(SourceText(name: "<tutorial>", text: lesson.expected)) { outcome in
            if case .success(.rows(let table)) = outcome.result { expected = table }
        }
        guard let expected else { return }
        // Row order counts only when the lesson's own query sorts its result (a subquery's
        // `order by` does not).
        let parsed = Parser.parseAll(SourceText(name: "<tutorial>", text: lesson.expected))
        let ordered = (try? parsed.get().last).map { Self.sortsItsResult($0.statement) } ?? false
        if Self.rowLines(result, ordered: ordered) == Self.rowLines(expected, ordered: ordered)
            && result.columnNames.count == expected.columnNames.count
        {
            advanceTutorial()
            writeMessage(say(.tutorialRight, lesson.takeaway.text(in: language)) + "\n\n" + currentLessonText())
        } else {
            writeMessage(say(.tutorialNotYet, whyNotTheAnswer(result, expected: expected, ordered: ordered)))
        }
    }

    /// How `result` differs from the lesson's `expected` one, in the shell's language.
    private func whyNotTheAnswer(_ result: ResultTable, expected: ResultTable, ordered: Bool) -> String {
        if result.columnNames.count != expected.columnNames.count {
            return say(
                .tutorialYourResultHas, countText(result.columnNames.count, .tutorialOneColumn, .tutorialColumns),
                countText(expected.columnNames.count, .tutorialOneColumn, .tutorialColumns))
        }
        if result.rowCount != expected.rowCount {
            return say(
                .tutorialYourResultHas, countText(result.rowCount, .tutorialOneRow, .tutorialRows),
                countText(expected.rowCount, .tutorialOneRow, .tutorialRows))
        }
        if ordered && Self.rowLines(result, ordered: false) == Self.rowLines(expected, ordered: false) {
            return say(.tutorialOtherOrder)
        }
        return say(.tutorialValuesDiffer)
    }

    /// `1 row`, `5 rows`: `one` for exactly one, else `many` with the number.
    func countText(_ number: Int, _ one: ShellText, _ many: ShellText) -> String {
        number == 1 ? say(one) : say(many, String(number))
    }

    /// The rows as text, one line each; sorted unless their order matters.
    static func rowLines(_ table: ResultTable, ordered: Bool) -> [String] {
        let rows = Array(Handout.expectedLines(table).dropFirst(2))
        return ordered ? rows : rows.sorted()
    }

    private func advanceTutorial() {
        guard var state = tutorial else { return }
        state.step = min(state.step + 1, TutorialLesson.all.count)
        state.hintsShown = 0
        tutorial = state
        saveTutorialStep(state.step)
    }

    private func currentLessonText() -> String {
        let lessons = TutorialLesson.all
        guard let step = tutorial?.step, step < lessons.count else {
            return say(.tutorialAllDone, String(lessons.count))
        }
        let lesson = lessons[step]
        return say(
            .tutorialLesson, String(step + 1), String(lessons.count), lesson.title.text(in: language),
            lesson.task.text(in: language))
    }

    private func savedTutorialStep() -> Int {
        guard let path = tutorialProgressPath, case .success(let text) = FileAccess.readText(path),
            let step = Int(text.trimmingSpaces), step >= 0
        else { return 0 }
        return min(step, TutorialLesson.all.count)
    }

    private func saveTutorialStep(_ step: Int) {
        guard let path = tutorialProgressPath else { return }
        if let slash = path.lastIndex(of: "/"), slash != path.startIndex {
            _ = mkdir(String(path[..<slash]), 0o755)
        }
        if case .success(let writer) = FileAccess.createFile(path) {
            writer.writeLine(String(step))
            writer.flush()
            writer.close()
        }
    }
}
