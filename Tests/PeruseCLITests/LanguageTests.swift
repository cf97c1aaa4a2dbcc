import Foundation
import Testing

/// Errors and help in Spanish or English: `--lang`, else `LC_ALL`, `LC_MESSAGES`, `LANG`.
@Suite struct LanguageTests {
    static let spanishUnknownColumn = """
        <command>:1:8: error: no existe la columna: rat
        select rat from crime
               ^~~
        ayuda: ¿quisiste decir "rate"?
            select rate from crime

        """

    @Test func langFlagGivesSpanish() throws {
        let run = try Peruse.run(["--lang", "es", "-c", "select rat from crime"])
        expectExit(run, 1)
        #expect(run.stderr == Self.spanishUnknownColumn)
    }

    @Test func langEnvironmentGivesSpanishAndTheFlagWins() throws {
        let spanish = try Peruse.run(["-c", "select rat from crime"], environment: ["LANG": "es_PE.UTF-8"])
        #expect(spanish.stderr == Self.spanishUnknownColumn)
        let english = try Peruse.run(
            ["--lang", "en", "-c", "select rat from crime"], environment: ["LANG": "es_PE.UTF-8"])
        #expect(english.stderr.contains("error: no such column: rat"))
        let lcAll = try Peruse.run(["-c", "select rat from crime"], environment: ["LC_ALL": "C", "LANG": "es_PE"])
        #expect(lcAll.stderr.contains("no such column"), "LC_ALL=C overrides LANG")
    }

    @Test func englishIsTheDefault() throws {
        let run = try Peruse.run(["-c", "select 1 +"])
        #expect(run.stderr.hasPrefix("<command>:1:11: error: expected expression after '+'"))
    }

    @Test func syntaxErrorsInSpanishKeepKeywordsEnglish() throws {
        let run = try Peruse.run(["--lang", "es", "-c", "selct year from crime"])
        expectExit(run, 1)
        #expect(
            run.stderr == """
                <command>:1:1: error: error de sintaxis en 'selct'
                selct year from crime
                ^~~~~
                ayuda: ¿quisiste decir 'select'?
                    select year from crime

                """)
    }

    @Test func anUnknownLanguageIsACommandLineError() throws {
        let run = try Peruse.run(["--lang", "fr", "-c", "select 1"])
        expectExit(run, 2)
        #expect(run.stderr.contains("--lang takes en or es"))
    }

    @Test func identifiersWithAccents() throws {
        let run = try Peruse.run([
            "--format", "csv", "-c",
            """
            create table delitos (año bigint, región varchar, tasa double);
            insert into delitos values (2022, 'Lima', 15.4), (2023, 'Cusco', 7.5), (2023, 'Lima', 18.0);
            select región, max(año) as último_año, sum(tasa) as total from delitos group by región order by región;
            select Año from delitos where REGIÓN = 'Cusco'
            """,
        ])
        expectExit(run, 0)
        #expect(run.stdout == "región,último_año,total\nCusco,2023,7.5\nLima,2023,33.4\nAño\n2023\n")
    }

    @Test func aMisspeltAccentedColumnIsSuggestedInSpanish() throws {
        let run = try Peruse.run([
            "--lang", "es", "-c", "create table t (año bigint); select ano from t",
        ])
        expectExit(run, 1)
        #expect(run.stderr.contains("error: no existe la columna: ano"))
        #expect(run.stderr.contains("ayuda: ¿quisiste decir \"año\"?"))
    }

    /// `.help` at a real terminal: Spanish from `--lang es`, wrapped to the screen with each
    /// summary's continuation under its column; English again after `.lang en`.
    @Test func helpInSpanishAtATerminal() throws {
        let t = try TmuxSession(["--lang", "es"], width: 72, height: 60)
        try t.waitForPrompt(count: 1)
        try t.type(".help")
        try t.press("Enter")
        try t.waitFor("Escribe .help TEMA")
        var screen = try t.screen()
        #expect(screen.contains("Sentencias:\n  select        hazle una pregunta a una tabla\n"), "\(screen)")
        #expect(screen.contains("\nEl lenguaje:\n  uniones      combina las filas de dos tablas\n"))
        #expect(screen.contains("  .record      agrega cada sentencia y su resultado a una guía en\n               Markdown"))
        try t.type(".help select")
        try t.press("Enter")
        try t.waitFor("select: hazle una pregunta a una tabla")
        try t.waitFor("Ejemplos:")
        try t.type(".help .lang")
        try t.press("Enter")
        try t.waitFor(".lang: el idioma de los mensajes, los errores y la ayuda")
        try t.type(".lang en")
        try t.press("Enter")
        try t.type(".help select")
        try t.press("Enter")
        try t.waitFor("select: ask a question of one table")
        screen = try t.screen()
        #expect(screen.contains("Examples:\n  select year, rate from crime where year >= 2021 order by year"), "\(screen)")
    }
}
