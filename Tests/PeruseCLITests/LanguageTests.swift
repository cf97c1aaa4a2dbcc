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
}
