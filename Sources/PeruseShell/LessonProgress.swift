/// The progress log of a lesson: `FILE.progress` next to `FILE`, one line per event, fields
/// separated by tabs, for the instructor to collect from every learner sharing the folder:
///
///     2026-11-24T05:20:00Z	ana	task 1	fail
///     2026-11-24T05:21:13Z	ana	task 1	pass
///     2026-11-24T05:22:40Z	luis	task 1	pass
///     2026-11-24T05:30:02Z	ana	restart
///
/// The time is UTC; the learner is `$USER` or the name given with `.lesson FILE as NAME`
/// (`-` when neither is known; tabs and line breaks in it become spaces). `task N pass|fail`
/// is one `.check`; `restart` is `.lesson restart`, after which that learner's earlier passes
/// no longer count. The words stay English whatever `.lang` says, so logs from Spanish and
/// English sessions read alike.
enum LessonProgress {
    /// One `.check` of task `task` (counted from 1) by `learner`.
    static func checkLine(time: String, learner: String, task: Int, passed: Bool) -> String {
        "\(time)\t\(cleaned(learner))\ttask \(task)\t\(passed ? "pass" : "fail")"
    }

    /// `learner` starting the lesson over.
    static func restartLine(time: String, learner: String) -> String {
        "\(time)\t\(cleaned(learner))\trestart"
    }

    /// The tasks (counted from 0) `learner` has passed since their last restart, according to
    /// `log`; other learners' lines and lines not in this format are ignored.
    static func passedTasks(in log: String, by learner: String) -> Set<Int> {
        let name = cleaned(learner)
        var passed: Set<Int> = []
        for line in log.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingSpaces }
            guard fields.count >= 3, fields[1] == name else { continue }
            if fields.count == 3 && fields[2] == "restart" {
                passed.removeAll()
            } else if fields.count == 4, fields[3] == "pass", fields[2].hasPrefix("task "),
                let number = Int(fields[2].dropFirst(5)), number >= 1
            {
                passed.insert(number - 1)
            }
        }
        return passed
    }

    /// The learner's name as the log writes it: one line, one field.
    static func cleaned(_ learner: String) -> String {
        let name = String(learner.map { $0 == "\t" || $0.isNewline ? " " : $0 }).trimmingSpaces
        return name.isEmpty ? "-" : name
    }
}
