import Foundation
import PeruseShell
import Testing

@Suite struct LangAndRecordTests {
    @Test func langSwitchesTheMessageLanguage() throws {
        let h = try ShellHarness([
            "select rat from crime", ".lang es", ".lang", "select rat from crime", ".lang EN", "select rat from crime",
            ".lang fr",
        ])
        h.run()
        #expect(h.output == "idioma: es\n")
        let errors = h.errorOutput.split(separator: "\n").filter { $0.contains("error") }
        #expect(
            errors == [
                "<stdin>:1:8: error: no such column: rat", "<stdin>:1:8: error: no existe la columna: rat",
                "<stdin>:1:8: error: no such column: rat", "error: unknown language: fr; use .lang [en|es]",
            ], "\(h.errorOutput)")
        #expect(h.errorOutput.contains("ayuda: ¿quisiste decir \"rate\"?"))
    }

    @Test func metaCommandMessagesFollowTheLanguage() throws {
        let h = try ShellHarness([".lang es", ".mode tabel", ".schema crim", ".limit memory mucho", ".last", ".record", ".lang"])
        h.run()
        #expect(h.output == "no se está grabando\nidioma: es\n", "\(h.output)")
        #expect(
            h.errorOutput == """
                error: modo desconocido: tabel; usa .mode table|csv|json|markdown|line
                error: no existe la tabla: crim; ¿quisiste decir crime?
                error: 'mucho' no es un tamaño: da un número y una unidad, como 2GB o 500MB, o none
                error: todavía no hay resultado: ejecuta primero una consulta

                """, "\(h.errorOutput)")
    }

    @Test func recordAppendsStatementsThatSucceedAsAHandout() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("peruse-record-\(UUID().uuidString).md").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data("# Class notes\n\n".utf8).write(to: URL(fileURLWithPath: path))
        let h = try ShellHarness([
            ".record", ".record '\(path)'", ".record",
            "create table recent as select year, rate from crime where year >= 2022",
            "select * from recent order by year", "select rat from crime",
            ".record off", "select 1", ".record off",
        ])
        h.run()
        let messages = h.output.split(separator: "\n").filter { !$0.hasPrefix("│") && !$0.hasPrefix("┌") && !$0.hasPrefix("├") && !$0.hasPrefix("└") }
        #expect(
            messages == [
                "not recording", "recording statements and results to \(path); .record off stops", "recording to \(path)",
                "created table recent with 2 rows", "2 rows", "stopped recording to \(path)", "1 row", "not recording",
            ], "\(h.output)")
        #expect(h.errorOutput.contains("error: no such column: rat"))
        let handout = try String(contentsOfFile: path, encoding: .utf8)
        #expect(
            handout == """
                # Class notes

                ```sql
                create table recent as select year, rate from crime where year >= 2022;
                ```

                ```sql
                select * from recent order by year;
                ```

                | year | rate |
                |---:|---:|
                | 2022 | 15.4 |
                | 2023 | 18.0 |


                """, "\(handout)")
    }
}
