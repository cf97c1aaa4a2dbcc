import PeruseSyntax

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
/// learner cannot read the answer; `expect ordered:` when the order of the rows matters. The
/// hash may be followed by the answer's size, `(3 rows, 2 columns)` (any words: the two numbers
/// count), so that `.check` can say how a wrong result differs without giving the answer away.
/// Blank lines and lines starting with `--` are ignored.
///
/// A lesson can be written in Spanish: `tarea:` for `task:`, `pista:` for `hint:`, `esperado:`
/// for `expect:` and `esperado en orden:` for `expect ordered:` (`.lesson hash` prints these
/// when `.lang es`). Both spellings may be mixed in one file.
struct LessonFile: Equatable {
    struct Task: Equatable {
        var text: String
        var hints: [String] = []
        var expectedHash = ""
        /// The answer's rows and columns, when the `expect:` line gives them.
        var expectedShape: Shape?
    }

    /// A result's size: rows and columns.
    struct Shape: Equatable {
        var rows: Int
        var columns: Int
    }

    /// What a `key: value` line of a lesson says.
    enum LineKey: Equatable {
        case task, hint, expect, expectOrdered
    }

    /// Every key a line may start with, in English and Spanish.
    static let lineKeys: [String: LineKey] = [
        "task": .task, "tarea": .task,
        "hint": .hint, "pista": .hint,
        "expect": .expect, "esperado": .expect,
        "expect ordered": .expectOrdered, "esperado en orden": .expectOrdered,
    ]

    var title: String
    var tasks: [Task]

    /// The start of an `expect:` line in `language`: `expect ordered:`, `esperado en orden:`.
    static func expectKey(ordered: Bool, in language: Language) -> String {
        switch (language, ordered) {
        case (.en, false): "expect:"
        case (.en, true): "expect ordered:"
        case (.es, false): "esperado:"
        case (.es, true): "esperado en orden:"
        }
    }

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
            guard let colon = line.firstIndex(of: ":") else { return .failure(ShellError(.lessonBadLine, place)) }
            let written = String(line[..<colon]).trimmingSpaces
            let value = String(line[line.index(after: colon)...]).trimmingSpaces
            let words = written.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard let key = lineKeys[words.joined(separator: " ")] else {
                return .failure(ShellError(.lessonUnknownKey, place, written))
            }
            if key == .task {
                lesson.tasks.append(Task(text: value))
                continue
            }
            guard let last = lesson.tasks.indices.last else {
                return .failure(ShellError(.lessonLineBeforeTask, place, written))
            }
            switch key {
            case .task: break
            case .hint:
                lesson.tasks[last].hints.append(value)
            case .expect, .expectOrdered:
                let hash = String(value.prefix { !$0.isWhitespace })
                guard hash.count == 16, hash.allSatisfy(\.isHexDigit) else {
                    return .failure(ShellError(.lessonBadHash, place))
                }
                let size = String(value.dropFirst(hash.count)).trimmingSpaces
                if !size.isEmpty {
                    guard let shape = Self.shape(size) else { return .failure(ShellError(.lessonBadShape, place)) }
                    lesson.tasks[last].expectedShape = shape
                }
                lesson.tasks[last].expectedHash = (key == .expect ? "" : "ordered:") + hash.lowercased()
            }
        }
        if lesson.tasks.isEmpty { return .failure(ShellError(.lessonHasNoTasks, name)) }
        if let missing = lesson.tasks.firstIndex(where: { $0.expectedHash.isEmpty }) {
            return .failure(ShellError(.lessonTaskWithoutExpect, name, String(missing + 1)))
        }
        return .success(lesson)
    }

    /// `(3 rows, 2 columns)`, `(1 fila, 4 columnas)`: two whole numbers in parentheses, rows first.
    static func shape(_ text: String) -> Shape? {
        guard text.hasPrefix("("), text.hasSuffix(")") else { return nil }
        let numbers = text.dropFirst().dropLast().split(whereSeparator: { !$0.isASCII || !$0.isNumber })
            .compactMap { Int($0) }
        guard numbers.count == 2 else { return nil }
        return Shape(rows: numbers[0], columns: numbers[1])
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
