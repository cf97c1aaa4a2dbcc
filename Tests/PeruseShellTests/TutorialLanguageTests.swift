import Foundation
import PeruseBuiltins
import PeruseEngine
import PeruseIO
import PeruseStorage
import PeruseSyntax
import Testing

@testable import PeruseShell

/// `.tutorial` in Spanish and English: every lesson text in both, the whole tutorial done in
/// Spanish, and `.lang` switching the language between two lessons.
@Suite struct TutorialLanguageTests {
    /// Each text of a lesson, named for the failure message.
    static func texts(of lesson: TutorialLesson) -> [(String, Bilingual)] {
        [("title", lesson.title), ("task", lesson.task), ("takeaway", lesson.takeaway)]
            + lesson.hints.enumerated().map { ("hint \($0.offset + 1)", $0.element) }
    }

    @Test func everyLessonTextIsInBothLanguages() {
        #expect(TutorialLesson.all.count >= 8)
        for (number, lesson) in TutorialLesson.all.enumerated() {
            #expect(lesson.hints.count >= 2, "lesson \(number + 1) has fewer than two hints")
            for (name, text) in Self.texts(of: lesson) {
                let where_ = "lesson \(number + 1), \(name): \(text.en)"
                #expect(!text.en.trimmingCharacters(in: .whitespaces).isEmpty, "no English text: \(where_)")
                #expect(!text.es.trimmingCharacters(in: .whitespaces).isEmpty, "no Spanish text: \(where_)")
                #expect(text.es != text.en, "the Spanish text is the English one: \(where_)")
            }
        }
    }

    /// Each lesson's answer runs on the tables as shipped and has rows to compare with.
    @Test func everyExpectedQueryHasAResult() throws {
        let engine = Engine()
        try Builtins.load(into: engine)
        for lesson in TutorialLesson.all {
            var rows: Int?
            engine.run(SourceText(name: "<lesson>", text: lesson.expected)) { outcome in
                if case .success(.rows(let table)) = outcome.result { rows = table.rowCount }
            }
            #expect((rows ?? 0) > 0, "\(lesson.expected)")
        }
    }

    /// The learner's answers in Spanish class, written differently again from the English ones.
    static let answers = [
        "SELECT * FROM crime;", "select year, rate from crime order by year",
        "select year, rate from crime where rate >= 12",
        "select year, rate from crime order by rate desc, year", "select count(*) as filas from indicators",
        "select source, count(source) as cifras from indicators group by source",
        "select year, rate, publisher, author from crime, sources where crime.source = sources.id",
        "select year, rate, reports from crime join extortion using (year)",
        "select max(reports) / min(reports) as veces from extortion",
        "select value, year, note from indicators where name like 'population_feeling%'",
    ]

    /// The whole tutorial in Spanish: a wrong answer, every hint of a lesson, each lesson right.
    @Test func theWholeTutorialInSpanish() throws {
        var lines = [
            ".lang es", ".tutorial hint", ".tutorial", "select year from crime", "select * from crime limit 2",
        ]
        lines += [".tutorial hint", ".tutorial hint", ".tutorial hint"]
        lines += Self.answers.prefix(8)
        lines += ["select max(reports) - min(reports) from extortion", ".tutorial hint"]
        lines += Self.answers.suffix(2) + [".tutorial"]
        let h = try ShellHarness(lines)
        h.run()
        #expect(h.errorOutput == "error: no hay ninguna lección abierta: escribe .tutorial para empezar\n")
        let out = h.output
        #expect(
            out.contains(
                "todavía no: tu resultado tiene 1 columna y la respuesta esperada, 4 columnas; .tutorial hint te da una pista\n"
            ))
        #expect(
            out.contains(
                "todavía no: tu resultado tiene 2 filas y la respuesta esperada, 5 filas; .tutorial hint te da una pista\n"
            ))
        #expect(
            out.contains(
                "todavía no: los valores no coinciden con los de la respuesta esperada; .tutorial hint te da una pista\n"
            ))
        #expect(out.contains("pista 1 de 3: Una consulta empieza con select; * significa todas las columnas.\n"))
        #expect(out.contains("pista 2 de 3: Escribe el nombre de la tabla después de from.\n"))
        #expect(out.contains("la respuesta: select * from crime\n"))
        #expect(
            out.contains(
                "pista 1 de 3: / divide. Las denuncias crecieron, así que max(reports) es la de 2023 y min(reports) la de 2021.\n"
            ))
        let lessons = TutorialLesson.all
        for (number, lesson) in lessons.enumerated() {
            #expect(
                out.contains(
                    "Lección \(number + 1) de \(lessons.count): \(lesson.title.es)\n\(lesson.task.es)\n"
                        + "(escribe una consulta; .tutorial hint para una pista, .tutorial skip para pasar a la siguiente, .tutorial off para salir)\n"
                ),
                "lesson \(number + 1)")
            #expect(out.contains("✓ ¡correcto! \(lesson.takeaway.es)\n"), "lesson \(number + 1)")
        }
        #expect(out.components(separatedBy: "✓ ¡correcto!").count - 1 == lessons.count)
        #expect(out.contains("Cerca de 4.71, no 5"))
        #expect(out.contains("y el 56.6% de la encuesta LAPOP de 2014"))
        #expect(out.hasSuffix("Completaste las \(lessons.count) lecciones. .tutorial restart empieza de nuevo.\n"))
        for english in ["Lesson ", "right!", "not yet", "hint 1", "the answer"] {
            #expect(!out.contains(english), "English in the Spanish tutorial: \(english)")
        }
    }

    /// `.lang` between lessons: the next hint, verdict and lesson come in the new language.
    @Test func langSwitchesTheTutorialMidway() throws {
        let h = try ShellHarness([
            ".tutorial", "select * from crime", ".lang es", ".tutorial hint", "select year from crime",
            "select year, rate from crime", ".lang en", ".tutorial", ".tutorial off", ".lang es", ".tutorial off",
            ".tutorial sideways",
        ])
        h.run()
        let out = h.output
        #expect(out.hasPrefix("Lesson 1 of 10: Look at a whole table\n"))
        #expect(out.contains("✓ right! rate is a percentage change, not a share of people"))
        #expect(out.contains("\nLesson 2 of 10: Choose columns\n"))
        #expect(out.contains("pista 1 de 3: Escribe las columnas después de select, separadas por comas.\n"))
        #expect(out.contains("todavía no: tu resultado tiene 1 columna y la respuesta esperada, 2 columnas;"))
        #expect(out.contains("✓ ¡correcto! Las columnas salen en el orden en que las escribes"))
        #expect(
            out.contains(
                "\nLección 3 de 10: Quédate con algunas filas\n¿En qué años de crime la tasa (rate) es mayor que 10?"))
        #expect(out.contains("\nLesson 3 of 10: Keep some rows\nWhich years of crime have a rate above 10?"))
        #expect(out.contains("tutorial closed; .tutorial resumes where you were\n"))
        #expect(out.hasSuffix("tutorial cerrado; .tutorial retoma donde te quedaste\n"))
        #expect(h.errorOutput == "error: uso: .tutorial [hint|skip|restart|off]\n")
    }

    /// Singular and plural in the verdict: `1 row`, `1 fila`.
    @Test func aOneRowResultIsSingular() throws {
        let h = try ShellHarness([
            ".lang es", ".tutorial", "select * from crime where year = 2019", ".lang en",
            "select year from crime limit 1",
        ])
        h.run()
        #expect(h.output.contains("todavía no: tu resultado tiene 1 fila y la respuesta esperada, 5 filas;"))
        #expect(h.output.contains("not yet: your result has 1 column, the answer has 4 columns;"))
    }
}

/// At a terminal, the shell's long messages break between words, under their own indentation.
@Suite struct MessageWrappingTests {
    @Test(arguments: [".tutorial", ".source crime", ".lang es\n.tutorial"])
    func messagesFitTheTerminal(_ commands: String) throws {
        let h = try ShellHarness(commands.split(separator: "\n").map(String.init), terminalWidth: 50)
        h.run()
        let lines = h.output.split(separator: "\n")
        #expect(lines.count > 3)
        for line in lines {
            let longestWord = line.split(separator: " ").map(\.count).max() ?? 0
            #expect(line.count <= 50 || longestWord > 30, "\(line)")
        }
    }

    @Test func wrappedLinesKeepTheirIndentation() {
        let text = "title\n  a rather long line of words that must break somewhere here"
        #expect(
            TextWrapping.wrapLines(text, width: 30) == """
                title
                  a rather long line of words
                  that must break somewhere
                  here
                """)
        #expect(TextWrapping.wrapLines(text, width: nil) == text, "not a terminal: as it is")
    }
}
