import PeruseEngine
import PeruseIO
import PeruseStorage
import Testing

/// `explain`, `summarize`, notes, provenance and units on the built-in tables, against golden files.
@Suite struct ExplainTests {
    static let outputs: [(name: String, sql: String)] = [
        ("explain_filter_sort", "explain select year, rate from crime where year >= 2021 order by rate desc limit 2"),
        ("explain_null_filter", "explain select name, value from indicators where year >= 2014"),
        (
            "explain_group",
            "explain select unit, count(*) as n from indicators group by unit having count(*) > 2 order by n desc"
        ),
        ("explain_distinct", "explain from indicators select distinct place order by place limit 3 offset 1"),
        ("explain_yoy", "explain select year, yoy(reports) as change from extortion order by year desc limit 1"),
        ("summarize_crime", "summarize crime"),
        ("summarize_query", "summarize (select year, reports from extortion)"),
        ("notes_null_filter", "select name, year from indicators where year >= 2014 order by year"),
        ("notes_yoy_gap", "select year, reports, yoy(reports, year) as change from extortion order by year"),
        ("notes_yoy_crime", "select year, rate, yoy(rate) as change from crime order by year"),
        ("notes_units", "select year, rate + year as odd from crime where rate > year"),
        ("describe_crime", "describe crime"),
    ]

    @Test(arguments: outputs)
    func golden(_ output: (name: String, sql: String)) throws {
        let engine = try builtinEngine()
        try Golden.check(try shellText(engine, output.sql, width: 120), "\(output.name).txt")
    }

    @Test func analyzeAddsTimes() throws {
        let engine = try builtinEngine()
        let text = try shellText(engine, "explain analyze select year from crime where rate > 10")
        let lines = text.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines.prefix(3).allSatisfy { $0.hasSuffix(" ms)") })
        #expect(lines.first?.hasPrefix("1. read table crime: 5 rows (") == true)
        #expect(lines.last?.hasPrefix("result: 3 rows in ") == true)
        let table = try rows(engine, "explain analyze select year from crime")
        #expect(table.columnNames == ["step", "action", "rows_in", "rows_out", "dropped_as_null", "ms"])
    }

    @Test func provenanceNeverInCSVOrJSON() throws {
        let engine = try builtinEngine()
        let table = try rows(engine, "select year, rate from crime where year = 2023")
        #expect(!table.annotations.provenance.isEmpty)
        for format in [OutputFormat.csv, .json, .markdown] {
            var options = RenderOptions(format: format)
            options.showsNotes = true
            options.showsProvenance = true
            #expect(!Renderer.render(table, options: options).contains("France 24"))
        }
    }

    @Test func userTablesHaveNoProvenance() throws {
        let engine = try builtinEngine()
        _ = try engine.query("create table t as select * from crime")
        let table = try rows(engine, "select * from t")
        #expect(table.annotations.provenance.isEmpty)
        #expect(table.annotations.units.allSatisfy { $0 == nil })
    }

    @Test func nullNoteOnlyWhenRowsWereDroppedAsNull() throws {
        let engine = try builtinEngine()
        #expect(try rows(engine, "select * from indicators where year is not null").annotations.notes.isEmpty)
        #expect(try rows(engine, "select * from crime where rate > 10").annotations.notes.isEmpty)
        let notes = try rows(engine, "select * from indicators where year < 2020").annotations.notes
        #expect(notes == ["where: dropped 27 rows where year is NULL (year < 2020 is neither true nor false for them)"])
    }
}
