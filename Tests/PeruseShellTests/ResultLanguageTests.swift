import Foundation
import PeruseShell
import Testing

/// After `.lang es` the shell's results speak Spanish too: what statements did, row counts,
/// notes, sources and `.source`; the data, column names and units stay as they are.
@Suite struct ResultLanguageTests {
    @Test func statementMessagesRowCountsNotesAndSourcesInSpanish() throws {
        let h = try ShellHarness([
            ".lang es", "create table t (a bigint)", "insert into t values (1), (null)", "insert into t values (2)",
            "select a from t where a > 1", "select rate + year as odd from crime where year = 2023",
            "drop table t", "drop table if exists t", ".lang en", "select 1 as x",
        ])
        h.run()
        let lines = h.output.split(separator: "\n").filter { !"┌│├└".contains($0.first ?? " ") }
        #expect(
            lines == [
                "tabla t creada", "se insertaron 2 filas", "se insertó 1 fila", "1 fila", "1 fila",
                "nota: se suman valores en unidades distintas: percent y year",
                "fuente: France 24 (INEI); 2023 es una estimación; las tasas pueden ser acumuladas desde 2019, así que no las sumes",
                "tabla t borrada", "no hay tabla t que borrar", "1 row",
            ], "\(h.output)")
    }

    @Test func sourceReportLabelsInSpanishArticleWordsAsWritten() throws {
        let h = try ShellHarness([".lang es", ".source crime"])
        h.run()
        #expect(h.output.contains("\nartículo:\n"), "\(h.output)")
        #expect(h.output.contains("\nadvertencias:\n  - 2023 es una estimación\n"), "\(h.output)")
        #expect(h.output.contains("\nunidades: rate en percent, year en year\n"), "\(h.output)")
        #expect(h.output.contains("\"2023* *18% (estimated)\""), "the article's words stay as written")
    }

    @Test func recordedHandoutFootnotesFollowTheLanguage() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("peruse-es-\(UUID().uuidString).md")
            .path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let h = try ShellHarness([
            ".lang es", ".record '\(path)'", "select rate from crime where year = 2019", ".record off",
        ])
        h.run()
        let handout = try String(contentsOfFile: path, encoding: .utf8)
        #expect(handout.contains("\nfuente: France 24 (INEI); 2023 es una estimación;"), "\(handout)")
        #expect(handout.contains("| 5.5 |"))
    }
}
