import Foundation
import PeruseBuiltins
import PeruseEngine
import PeruseShell
import PeruseSyntax
import Testing

@Suite struct SourceAndProvenanceTests {
    @Test func sourcePrintsTheBuiltinReport() throws {
        let h = try ShellHarness([".source crime"])
        h.run()
        let engine = Engine()
        try Builtins.load(into: engine)
        let expected = try #require(SourceReport.text(for: "crime", in: engine))
        #expect(h.output == expected)
        #expect(h.output.contains("caveats:"))
        #expect(h.errorOutput == "")
    }

    @Test func sourceExplainsTablesWithoutOne() throws {
        let h = try ShellHarness([".source", "create table mine (a bigint)", ".source mine", ".source crim"])
        h.run()
        #expect(
            h.errorOutput == """
                error: usage: .source TABLE
                error: mine is not a built-in table: it has no recorded source
                error: no such table: crim; did you mean crime?

                """)
    }

    @Test func provenanceIsOnByDefaultAndCanBeTurnedOff() throws {
        let query = "select year, rate from crime where year = 2023"
        let h = try ShellHarness([query, ".provenance off", query, ".provenance on", query, ".provenance maybe"])
        h.run()
        let results = h.output.components(separatedBy: "1 row\n")
        try #require(results.count == 4, "\(h.output)")
        let sourceLine = "source: France 24 (INEI)"
        #expect(results[0].contains("│ bigint, year │ double, percent │"))
        #expect(results[1].hasPrefix(sourceLine), "on by default: \(results[1])")
        #expect(results[1].contains("│ bigint │ double │"), "off: no units")
        #expect(!results[2].contains(sourceLine), "off: \(results[2])")
        #expect(results[2].contains("│ bigint, year │ double, percent │"), "on again")
        #expect(results[3].hasPrefix(sourceLine), "on again: \(results[3])")
        #expect(h.errorOutput == "error: usage: .provenance on|off\n")
    }
}
