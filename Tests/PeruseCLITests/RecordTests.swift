import Foundation
import Testing

/// `.record FILE.md` at the prompt writes a handout that `peruse --verify` then passes.
@Suite(.serialized) struct RecordTests {
    @Test func aRecordedSessionVerifies() throws {
        let directory = try TemporaryDirectory()
        let handout = directory.file("class.md").path
        let t = try TmuxSession(home: directory.url)
        try t.waitForPrompt(count: 1)
        try t.type(".record '\(handout)'")
        try t.press("Enter")
        try t.waitFor("recording statements and results to")
        try t.type("select year, rate from crime where year >= 2022")
        try t.press("Enter")
        try t.waitFor("2 rows")
        try t.type("create table recent as select * from crime where year >= 2021")
        try t.press("Enter")
        try t.waitFor("created table recent")
        try t.type("select count(*) as years, max(rate) as top from recent")
        try t.press("Enter")
        try t.waitFor("1 row")
        try t.type(".record off")
        try t.press("Enter")
        try t.waitFor("stopped recording")

        let passing = try Peruse.run(["--verify", handout])
        expectExit(passing, 0)
        #expect(passing.stdout == "\(handout): 2 results verified\n", "\(passing.stderr)")
        let text = try String(contentsOfFile: handout, encoding: .utf8)
        #expect(
            text.contains("```sql\nselect year, rate from crime where year >= 2022;\n```\n\n| year | rate |\n"),
            "\(text)")
        #expect(text.contains("source: France 24 (INEI)"), "provenance is kept as a footnote: \(text)")

        // A changed result is caught: the recorded table no longer matches.
        let changed = text.replacingOccurrences(of: "| 2023 | 18.0 |", with: "| 2023 | 19.0 |")
        #expect(changed != text)
        try Data(changed.utf8).write(to: URL(fileURLWithPath: handout))
        let failing = try Peruse.run(["--verify", handout])
        expectExit(failing, 1)
        #expect(failing.stderr.contains("result changed"))
    }
}

/// `.tutorial` at the prompt keeps the lesson reached in `~/.peruse_tutorial` for the next session.
@Suite(.serialized) struct TutorialCLITests {
    @Test func theNextSessionResumesTheTutorial() throws {
        let home = try TemporaryDirectory()
        do {
            let t = try TmuxSession(home: home.url)
            try t.waitForPrompt(count: 1)
            try t.type(".tutorial")
            try t.press("Enter")
            try t.waitFor("Lesson 1 of 10")
            try t.type("select * from crime")
            try t.press("Enter")
            try t.waitFor("Lesson 2 of 10")
            try t.type(".quit")
            try t.press("Enter")
            try t.waitFor("[exit 0]")
        }
        #expect(try String(contentsOf: home.file(".peruse_tutorial"), encoding: .utf8) == "1\n")
        let t = try TmuxSession(home: home.url)
        try t.waitForPrompt(count: 1)
        try t.type(".tutorial")
        try t.press("Enter")
        try t.waitFor("Lesson 2 of 10: Choose columns")
    }

    /// A Spanish terminal (`LANG=es_PE.UTF-8`) gets the lessons in Spanish, and `--lang en` wins
    /// over it in the next session, which resumes at the same lesson in English.
    @Test func aSpanishSessionShowsSpanishLessons() throws {
        let home = try TemporaryDirectory()
        do {
            let t = try TmuxSession(environment: ["LANG": "es_PE.UTF-8"], home: home.url)
            try t.waitForPrompt(count: 1)
            try t.type(".tutorial")
            try t.press("Enter")
            try t.waitFor("Lección 1 de 10: Mira una tabla completa")
            try t.type("select year from crime")
            try t.press("Enter")
            try t.waitFor("todavía no: tu resultado tiene 1 columna y la respuesta esperada, 4 columnas")
            try t.type(".tutorial hint")
            try t.press("Enter")
            try t.waitFor("pista 1 de 3: Una consulta empieza con select; * significa todas las columnas.")
            try t.type("select * from crime")
            try t.press("Enter")
            try t.waitFor("Lección 2 de 10: Elige columnas")
            let screen = try t.screen()
            #expect(
                screen.contains("✓ ¡correcto! rate es una variación porcentual, no un porcentaje de personas"),
                "\(screen)")
            #expect(screen.contains("Muestra solo las columnas year y rate de crime."), "\(screen)")
            try t.type(".quit")
            try t.press("Enter")
            try t.waitFor("[exit 0]")
        }
        let t = try TmuxSession(["--lang", "en"], environment: ["LANG": "es_PE.UTF-8"], home: home.url)
        try t.waitForPrompt(count: 1)
        try t.type(".tutorial")
        try t.press("Enter")
        try t.waitFor("Lesson 2 of 10: Choose columns")
    }
}
