/// An instructor's lesson, read from a plain-text file:
///
///     # Crime in Peru
///     task: Show every year and its rate.
///     hint: select names the columns.
///     expect: 1f0c3a9d5e7b2c41
///     task: The years, newest first.
///     expect ordered: 9a8b7c6d5e4f3a2b
///
/// `expect:` holds the hash of the expected result (`.lesson hash QUERY` makes it), so the
/// learner cannot read the answer; `expect ordered:` when the order of the rows matters.
/// Blank lines and lines starting with `--` are ignored.
struct LessonFile: Equatable {
    struct Task: Equatable {
        var text: String
        var hints: [String] = []
        var expectedHash = ""
    }

    var title: String
    var tasks: [Task]

    /// Reads a lesson's text; the error names the line that is wrong.
    static func parse(_ text: String, name: String) -> Result<LessonFile, ShellError> {
        var lesson = LessonFile(title: name, tasks: [])
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(raw).trimmingSpaces
            let place = "\(name):\(index + 1)"
            if line.isEmpty || line.hasPrefix("--") { continue }
            if line.hasPrefix("#") {
                lesson.title = String(line.dropFirst()).trimmingSpaces
                continue
            }
            guard let colon = line.firstIndex(of: ":") else {
                return .failure(ShellError(untranslated: "\(place): expected '# title', 'task:', 'hint:' or 'expect:'"))
            }
            let key = String(line[..<colon]).trimmingSpaces.lowercased()
            let value = String(line[line.index(after: colon)...]).trimmingSpaces
            if key == "task" {
                lesson.tasks.append(Task(text: value))
                continue
            }
            guard let last = lesson.tasks.indices.last else {
                return .failure(ShellError(untranslated: "\(place): '\(key):' comes after a 'task:' line"))
            }
            switch key {
            case "hint":
                lesson.tasks[last].hints.append(value)
            case "expect", "expect ordered":
                guard value.count == 16, value.allSatisfy(\.isHexDigit) else {
                    return .failure(ShellError(untranslated: "\(place): the hash has 16 hex digits; make it with .lesson hash QUERY"))
                }
                lesson.tasks[last].expectedHash = (key == "expect" ? "" : "ordered:") + value.lowercased()
            default:
                return .failure(ShellError(untranslated: "\(place): unknown line '\(key):'; use task:, hint: or expect:"))
            }
        }
        if lesson.tasks.isEmpty { return .failure(ShellError(untranslated: "\(name): the lesson has no 'task:' line")) }
        if let missing = lesson.tasks.firstIndex(where: { $0.expectedHash.isEmpty }) {
            return .failure(ShellError(untranslated: "\(name): task \(missing + 1) has no 'expect:' line"))
        }
        return .success(lesson)
    }

    /// The hash of a result: FNV-1a 64 over its column count and its rows as printed, one a
    /// line, sorted unless `ordered`; 16 lowercase hex digits.
    static func hash(_ rows: [String], columns: Int) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in ([String(columns)] + rows).joined(separator: "\n").utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
