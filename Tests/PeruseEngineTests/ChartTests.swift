import Foundation
import PeruseEngine
import PeruseIO
import PeruseStorage
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Charts over the built-in data, drawn in the terminal and as SVG, against golden files.
@Suite struct ChartTests {
    static let charts: [(name: String, sql: String)] = [
        ("bar_crime", "chart bar rate by year from crime"),
        ("bar_extortion", "chart bar reports by year from extortion"),
        ("line_crime", "chart line rate by year from crime"),
        ("line_extortion", "chart line reports by year from extortion"),
        ("hist_percent", "chart hist value from indicators where unit = 'percent' bins 4"),
        (
            "bar_grouped",
            "chart bar count(*) by unit from indicators group by unit order by count(*) desc, unit limit 5"
        ),
    ]

    @Test(arguments: charts)
    func terminal(_ chart: (name: String, sql: String)) throws {
        let engine = try builtinEngine()
        try Golden.check(try shellText(engine, chart.sql), "chart_\(chart.name).txt")
    }

    @Test(arguments: charts)
    func svg(_ chart: (name: String, sql: String)) throws {
        let engine = try builtinEngine()
        let text = ChartRenderer.svg(try rows(engine, chart.sql))
        try Golden.check(text, "chart_\(chart.name).svg")
        let parser = XMLParser(data: Data(text.utf8))
        #expect(parser.parse(), "well-formed XML: \(String(describing: parser.parserError))")
        let document = try XMLDocument(data: Data(text.utf8))
        let root = try #require(document.rootElement())
        #expect(root.localName == "svg")
        #expect(root.uri == "http://www.w3.org/2000/svg")
        let texts = try document.nodes(forXPath: "//*[local-name()='text']").compactMap(\.stringValue)
        #expect(texts.contains { $0.hasPrefix("n = ") }, "the caption gives n")
    }

    @Test func narrowTerminalStillFits() throws {
        let engine = try builtinEngine()
        let text = try shellText(engine, "chart bar rate by year from crime", width: 40)
        let bars = text.split(separator: "\n").filter { $0.contains("│") }
        #expect(bars.allSatisfy { $0.count <= 40 })
        #expect(text.contains("18.0*"), "the 2023 estimate is marked")
    }

    @Test func barsStartAtZero() throws {
        let engine = try builtinEngine()
        let text = try shellText(engine, "chart bar rate by year from crime where year >= 2021")
        #expect(text.contains("\n      0 "), "the value axis starts at 0")
    }

    @Test func svgMarksTheGapAndTheEstimate() throws {
        let engine = try builtinEngine()
        let extortion = ChartRenderer.svg(try rows(engine, "chart line reports by year from extortion"))
        #expect(
            !extortion.contains("<line x1=\"") || !extortion.contains("stroke-width=\"2\"/>"),
            "no segment joins 2021 to 2023 across the missing 2022")
        #expect(extortion.contains(">no data<"))
        let crime = ChartRenderer.svg(try rows(engine, "chart line rate by year from crime"))
        #expect(crime.contains("stroke-dasharray"), "the segment into the 2023 estimate is dashed")
        #expect(crime.contains("fill=\"#ffffff\" stroke="), "the 2023 estimate is a hollow point")
    }

    @Test func toFileWritesTheSameSVG() throws {
        let engine = try builtinEngine()
        let path = FileManager.default.temporaryDirectory.appending(path: "peruse-chart-\(UUID().uuidString).svg").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try engine.query("chart bar rate by year from crime to '\(path)'")
        guard case .message(let message) = result else {
            Issue.record("expected a message")
            return
        }
        #expect(message == "wrote bar chart of 5 rows to \(path)")
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written == ChartRenderer.svg(try rows(engine, "chart bar rate by year from crime")))
    }

    @Test func aRelativeChartFileIsBesideTheScriptAndOneRowIsSingular() throws {
        let engine = try builtinEngine()
        let directory = FileManager.default.temporaryDirectory.appending(path: "peruse-chart-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        engine.baseDirectory = directory.path
        let result = try engine.query("chart bar rate by year from crime where year = 2019 to 'one.svg'")
        guard case .message(let message) = result else {
            Issue.record("expected a message")
            return
        }
        #expect(message == "wrote bar chart of 1 row to one.svg")
        #expect(FileManager.default.fileExists(atPath: directory.appending(path: "one.svg").path))
        #expect(!FileManager.default.fileExists(atPath: "one.svg"), "not in the working directory")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(leftovers == ["one.svg"], "no temporary file is left beside it")
    }

    @Test func aChartFileIsWrittenInTheEnginesLanguage() throws {
        let engine = try builtinEngine()
        let directory = FileManager.default.temporaryDirectory.appending(path: "peruse-chart-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        engine.baseDirectory = directory.path
        engine.settings.language = .es
        try engine.query("chart bar reports by year from extortion to 'es.svg'")
        let svg = try String(contentsOf: directory.appending(path: "es.svg"), encoding: .utf8)
        let table = try rows(engine, "chart bar reports by year from extortion")
        #expect(svg == ChartRenderer.svg(table, language: .es))
        #expect(svg != ChartRenderer.svg(table, language: .en))
        #expect(svg.contains("fuente"), "the caption's source line is in Spanish")
    }

    @Test func chartErrors() throws {
        let engine = try builtinEngine()
        #expect(throws: (any Error).self) { try engine.query("chart bar source by year from crime") }
        #expect(throws: (any Error).self) { try engine.query("chart hist rate from crime bins 0") }
        #expect(throws: (any Error).self) { try engine.query("chart bar rate by year from crime bins 3") }
        #expect(throws: (any Error).self) {
            try engine.query("chart bar rate by year from crime to '/no/such/dir/x.svg'")
        }
    }

    @Test func otherFormatsGetTheRows() throws {
        let engine = try builtinEngine()
        let table = try rows(engine, "chart bar reports by year from extortion")
        #expect(Renderer.render(table, options: RenderOptions(format: .csv)) == "year,reports\n2021,4119\n2023,19401\n")
    }
}
