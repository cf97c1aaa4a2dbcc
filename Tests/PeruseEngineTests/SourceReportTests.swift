import PeruseBuiltins
import Testing

/// The text behind the shell's `.source <table>`, for each built-in table with figures.
@Suite struct SourceReportTests {
    @Test(arguments: ["crime", "extortion"])
    func golden(_ table: String) throws {
        let engine = try builtinEngine()
        let text = try #require(SourceReport.text(for: table, in: engine))
        try Golden.check(text, "source_\(table).txt")
    }

    @Test func quotesTheArticle() throws {
        let engine = try builtinEngine()
        let crime = try #require(SourceReport.text(for: "CRIME", in: engine))
        #expect(crime.contains("\"2023* *18% (estimated)\""))
        #expect(crime.contains("France 24"))
        let extortion = try #require(SourceReport.text(for: "extortion", in: engine))
        #expect(extortion.contains("fivefold"))
        #expect(SourceReport.text(for: "no_such_table", in: engine) == nil)
    }
}
