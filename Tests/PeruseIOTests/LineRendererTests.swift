import PeruseIO
import PeruseStorage
import Testing

@Suite struct LineRendererTests {
    @Test func oneColumnPerLineNamesRightAligned() {
        #expect(
            render(mixed, .line) == """
                  year = 2021
                  rate = 12.1
                region = Apurímac
                    ok = NULL
                   day = 2021-03-04

                  year = -7
                  rate = NULL
                region = NULL
                    ok = true
                   day = 1999-12-31

                  year = NULL
                  rate = 18.0
                region = 中文
                    ok = false
                   day = NULL

                """)
    }

    @Test func withoutHeaderNullTextAndEscapes() {
        let result = makeResult([("note", .varchar, [.varchar("two\nlines"), .null])])
        #expect(
            render(result, .line) {
                $0.showHeader = false
                $0.nullText = "-"
            } == "two\\nlines\n\n-\n")
    }

    @Test func emptyResultIsEmpty() {
        #expect(render(empty, .line) == "")
    }
}

@Suite struct ColorTests {
    private let bold = "\u{1B}[1m"
    private let dim = "\u{1B}[2m"
    private let cyan = "\u{1B}[36m"
    private let reset = "\u{1B}[0m"

    @Test func tableColoursHeaderNumbersAndNulls() {
        let result = makeResult([
            ("year", .bigint, [.bigint(2021), .null]), ("city", .varchar, [.varchar("Lima"), .null]),
        ])
        let text = render(result, .table) { $0.useColor = true }
        #expect(text.contains("│  \(bold)year\(reset)  │  \(bold)city\(reset)   │"), "names bold, centred")
        #expect(text.contains("│ \(dim)bigint\(reset) │ \(dim)varchar\(reset) │"))
        #expect(text.contains("│   \(cyan)2021\(reset) │ Lima    │"), "numbers coloured, text plain")
        #expect(text.contains("│   \(dim)NULL\(reset) │ \(dim)NULL\(reset)    │"), "NULL dimmed")
        #expect(text.hasSuffix("\(dim)2 rows\(reset)\n"))
    }

    @Test func withoutColourTheTextIsUnchanged() {
        let result = makeResult([("year", .bigint, [.bigint(2021)])])
        #expect(render(result, .table) { $0.useColor = false } == render(result, .table))
        #expect(!render(result, .table).contains("\u{1B}"))
    }

    @Test func lineModeColoursNames() {
        let result = makeResult([("year", .bigint, [.bigint(2021)])])
        #expect(render(result, .line) { $0.useColor = true } == "\(bold)year\(reset) = \(cyan)2021\(reset)\n")
    }
}
