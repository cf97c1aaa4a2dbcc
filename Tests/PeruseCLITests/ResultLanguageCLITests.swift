import Foundation
import Testing

/// With `--lang es` (or a Spanish `LANG`) the real binary prints in Spanish the words it puts
/// beside results — row counts, notes, sources, load reports, `--verify` reports, its own
/// errors — while values, column names and units stay as they are.
@Suite struct ResultLanguageCLITests {
    @Test func annotatedResultInSpanish() throws {
        let run = try Peruse.run([
            "--lang", "es", "--annotate", "-c",
            "select year, reports, yoy(reports) as change from extortion order by year",
        ])
        expectExit(run, 0)
        #expect(
            run.stdout == """
                ┌──────────────┬─────────────────┬─────────────────┐
                │     year     │     reports     │     change      │
                │ bigint, year │ bigint, reports │ bigint, reports │
                ├──────────────┼─────────────────┼─────────────────┤
                │         2021 │            4119 │            NULL │
                │         2023 │           19401 │            NULL │
                └──────────────┴─────────────────┴─────────────────┘
                2 filas
                nota: change es NULL para 2023 (no hay fila de 2022): un año que falta no se salta
                fuente: Karla Velezmoro; ningún artículo da 2022; el "fivefold" (quíntuple) del artículo es en realidad 4.71

                """)
    }

    @Test func spanishFromTheEnvironmentAndEnglishUnchanged() throws {
        let sql = "select name from indicators where year > 2023"
        let spanish = try Peruse.run(["--annotate", "-c", sql], environment: ["LANG": "es_PE.UTF-8"])
        #expect(spanish.stdout.contains("\n1 fila\nnota: where: se descartaron 27 filas en las que year es NULL"))
        let english = try Peruse.run(["--annotate", "-c", sql], environment: ["LANG": "C"])
        #expect(english.stdout.contains("\n1 row\nnote: where: dropped 27 rows where year is NULL"))
    }

    @Test func loadReportInSpanish() throws {
        let directory = try TemporaryDirectory()
        _ = try directory.write("datos.csv", Data("año,tasa\n2021,12.1\n2022,15.4\n".utf8))
        let run = try Peruse.run(
            ["--lang", "es", "--load", "datos.csv", "--format", "csv", "-c", "select count(*) from datos"],
            in: directory)
        expectExit(run, 0)
        let lines = run.stderr.split(separator: "\n")
        #expect(lines.first?.hasPrefix("se cargaron 2 filas × 2 columnas en datos (") == true, "\(run.stderr)")
        #expect(
            lines.dropFirst().map(String.init) == [
                "columnas: año BIGINT, tasa DOUBLE", "leído como CSV, delimitador ',', con encabezado",
            ])
    }

    @Test func verifyReportsInSpanish() throws {
        let directory = try TemporaryDirectory()
        let handout = "```sql\nselect 1 as x\n```\n\n| x |\n|---:|\n| 1 |\n"
        _ = try directory.write("guia.md", Data(handout.utf8))
        let passing = try Peruse.run(["--lang", "es", "--verify", "guia.md"], in: directory)
        expectExit(passing, 0)
        #expect(passing.stdout == "guia.md: 1 resultado verificado\n")
        _ = try directory.write("guia.md", Data(handout.replacingOccurrences(of: "| 1 |", with: "| 2 |").utf8))
        let failing = try Peruse.run(["--lang", "es", "--verify", "guia.md"], in: directory)
        expectExit(failing, 1)
        #expect(
            failing.stderr == """
                guia.md:5: el resultado cambió
                  esperado:
                    | x |
                    |---:|
                    | 2 |
                  ahora:
                    | x |
                    |---:|
                    | 1 |

                """)
    }

    @Test func commandLineErrorsInSpanish() throws {
        let missing = try Peruse.run(["--lang", "es", "no_existe.sql"])
        expectExit(missing, 2)
        #expect(missing.stderr == "peruse: no se puede abrir 'no_existe.sql': No such file or directory\n")
        let both = try Peruse.run(["--lang", "es", "-c", "select 1", "x.sql"])
        expectExit(both, 2)
        #expect(both.stderr.contains("da un archivo o sentencias con -c, no ambos"))
        let size = try Peruse.run(["--memory-limit", "mucho", "-c", "select 1"], environment: ["LANG": "es_PE.UTF-8"])
        expectExit(size, 2)
        #expect(size.stderr.contains("'mucho' no es un tamaño"))
    }
}
