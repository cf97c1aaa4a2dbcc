#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import PeruseBuiltins
import PeruseEngine
import PeruseIO
import PeruseStorage
import PeruseSyntax

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

    /// `.tutorial` starts or resumes the lessons; `hint`, `skip`, `restart`, `off`.
    func tutorialCommand(_ argument: String?) -> Result<String?, ShellError> {
        switch argument?.lowercased() {
        case nil:
            if tutorial == nil {
                let reference = Engine()
                guard (try? Builtins.load(into: reference)) != nil else {
                    return .failure(ShellError(untranslated: "the tutorial could not load the built-in tables"))
                }
                tutorial = TutorialState(step: savedTutorialStep(), reference: reference)
            }
            return .success(currentLessonText())
        case "hint":
            guard var state = tutorial, state.step < TutorialLesson.all.count else {
                return .failure(ShellError(untranslated: "no lesson is open: type .tutorial to start"))
            }
            let lesson = TutorialLesson.all[state.step]
            let text: String
            if state.hintsShown < lesson.hints.count {
                text = "hint \(state.hintsShown + 1) of \(lesson.hints.count + 1): " + lesson.hints[state.hintsShown]
            } else {
                text = "the answer: " + lesson.expected
            }
            state.hintsShown += 1
            tutorial = state
            return .success(text)
        case "skip":
            guard tutorial != nil else { return .failure(ShellError(untranslated: "no lesson is open: type .tutorial to start")) }
            advanceTutorial()
            return .success(currentLessonText())
        case "restart":
            saveTutorialStep(0)
            tutorial = nil
            return tutorialCommand(nil)
        case "off":
            tutorial = nil
            return .success("tutorial closed; .tutorial resumes where you were")
        default:
            return .failure(ShellError(untranslated: "usage: \(MetaCommand.tutorial.usage)"))
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
        let ordered = lesson.expected.lowercased().contains("order by")
        if Self.rowLines(result, ordered: ordered) == Self.rowLines(expected, ordered: ordered)
            && result.columnNames.count == expected.columnNames.count
        {
            advanceTutorial()
            writeMessage("✓ right!\n\n" + currentLessonText())
        } else {
            var why = "not yet: "
            if result.columnNames.count != expected.columnNames.count {
                why += "the answer has \(expected.columnNames.count) column\(expected.columnNames.count == 1 ? "" : "s"), yours \(result.columnNames.count)"
            } else if result.rowCount != expected.rowCount {
                why += "the answer has \(expected.rowCount) row\(expected.rowCount == 1 ? "" : "s"), yours \(result.rowCount)"
            } else if ordered && Self.rowLines(result, ordered: false) == Self.rowLines(expected, ordered: false) {
                why += "the right rows, in another order"
            } else {
                why += "the values differ from the answer"
            }
            writeMessage(why + "; .tutorial hint helps")
        }
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
            return "You have done all \(lessons.count) lessons. .tutorial restart starts again."
        }
        let lesson = lessons[step]
        return "Lesson \(step + 1) of \(lessons.count): \(lesson.title)\n\(lesson.task)\n"
            + "(type a query; .tutorial hint for a hint, .tutorial skip to move on, .tutorial off to stop)"
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
