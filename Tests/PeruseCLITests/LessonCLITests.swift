import Foundation
import Testing

/// A learner takes an instructor's lesson in the real binary at a real terminal, leaves, and
/// comes back the next session where they left off; the progress log says who did what.
@Suite(.serialized) struct LessonCLITests {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Examples")

    /// The example lesson copied into `folder`, so the progress log is written there.
    static func copyLesson(_ name: String, into folder: TemporaryDirectory) throws -> String {
        let copy = folder.file(URL(fileURLWithPath: name).lastPathComponent)
        try FileManager.default.copyItem(at: examples.appendingPathComponent(name), to: copy)
        return copy.path
    }

    /// Types `line` and presses Enter.
    static func enter(_ line: String, in t: TmuxSession) throws {
        try t.type(line)
        try t.press("Enter")
    }

    /// The log's lines without their time stamps.
    static func logEntries(_ path: String) throws -> [String] {
        try String(contentsOfFile: path + ".progress", encoding: .utf8).split(separator: "\n")
            .map { $0.split(separator: "\t").dropFirst().joined(separator: " ") }
    }

    @Test func aWrongAnswerAHintARightOneThenTheNextSessionResumes() throws {
        let home = try TemporaryDirectory()
        let lesson = try Self.copyLesson("crime_rates.lesson", into: home)
        do {
            let t = try TmuxSession(environment: ["USER": "ana"], home: home.url)
            try t.waitForPrompt(count: 1)
            try Self.enter(".lesson \(lesson)", in: t)
            try t.waitFor("Task 1 of 3: Show the years whose crime rate is above 10, with their rate.")
            try Self.enter("select year from crime", in: t)
            try t.waitFor("5 rows")
            try Self.enter(".check", in: t)
            try t.waitFor("not yet: your result has 1 column, the answer has 2 columns")
            try Self.enter(".lesson hint", in: t)
            try t.waitFor("hint 1 of 2: Pick the columns year and rate from the table crime.")
            try Self.enter("select year, rate from crime where rate > 10", in: t)
            try t.waitFor("3 rows")
            try Self.enter(".check", in: t)
            try t.waitFor("✓ right!")
            try t.waitFor("Task 2 of 3: Show every year and its rate, the highest rate first.")
            try Self.enter(".quit", in: t)
            try t.waitFor("[exit 0]")
        }
        #expect(try Self.logEntries(lesson) == ["ana task 1 fail", "ana task 1 pass"])

        let t = try TmuxSession(environment: ["USER": "ana"], home: home.url)
        try t.waitForPrompt(count: 1)
        try Self.enter(".lesson \(lesson)", in: t)
        try t.waitFor("resuming at task 2 of 3 (1 passed by ana); .lesson restart starts over")
        try t.waitFor("Task 2 of 3: Show every year and its rate, the highest rate first.")
        #expect(try !t.screen().contains("Task 1 of 3"))
    }

    /// The Spanish example lesson with `--lang es`, then resumed in a session whose `LANG` is
    /// Spanish; a second learner on the same account gives their name.
    @Test func enEspañolConLangYLuegoConLANG() throws {
        let home = try TemporaryDirectory()
        let lesson = try Self.copyLesson("workshop/es/tasas_de_delito.lesson", into: home)
        do {
            let t = try TmuxSession(["--lang", "es"], environment: ["USER": "rosa"], home: home.url)
            try t.waitForPrompt(count: 1)
            try Self.enter(".lesson \(lesson)", in: t)
            try t.waitFor("Tarea 1 de 4: Muestra los años cuya tasa de delito (rate) supera 10, con su tasa.")
            try Self.enter("select year, rate from crime", in: t)
            try t.waitFor("5 filas")
            try Self.enter(".check", in: t)
            try t.waitFor("todavía no: tu resultado tiene 5 filas y la respuesta esperada, 3 filas")
            try Self.enter(".lesson hint", in: t)
            try t.waitFor("pista 1 de 2: Elige las columnas year y rate de la tabla crime.")
            try Self.enter("select year, rate from crime where rate > 10", in: t)
            try t.waitFor("3 filas")
            try Self.enter(".check", in: t)
            try t.waitFor("✓ ¡correcto!")
            try t.waitFor("Tarea 2 de 4: ")
            try Self.enter(".quit", in: t)
            try t.waitFor("[exit 0]")
        }
        let t = try TmuxSession(environment: ["USER": "rosa", "LANG": "es_PE.UTF-8"], home: home.url)
        try t.waitForPrompt(count: 1)
        try Self.enter(".lesson \(lesson)", in: t)
        try t.waitFor("retomando en la tarea 2 de 4 (aprobadas: 1, por rosa); .lesson restart empieza de nuevo")
        try Self.enter(".lesson \(lesson) as luis", in: t)
        try t.waitFor("Tarea 1 de 4: ")
        try Self.enter(".check", in: t)
        try t.waitFor("todavía no hay resultado")
        try Self.enter("select year, rate from crime where rate > 10", in: t)
        try t.waitFor("3 filas")
        try Self.enter(".check", in: t)
        try t.waitFor("✓ ¡correcto!")
        #expect(try Self.logEntries(lesson) == ["rosa task 1 fail", "rosa task 1 pass", "luis task 1 pass"])
    }
}
