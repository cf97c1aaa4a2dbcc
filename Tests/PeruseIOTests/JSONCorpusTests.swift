import PeruseIO
import PeruseStorage
import Testing

/// JSON files, each with the schema and rows it must load as.
@Suite struct JSONCorpusTests {
    @Test func anArrayOfObjects() throws {
        let scratch = try Scratch()
        try scratch.write(
            "a.json",
            """
            [
              {"year": 2021, "rate": 12.1, "place": "Lima", "ok": true, "day": "2021-03-04"},
              {"year": 2022, "rate": 15, "place": "Cusco\\n\\"x\\" \\u00e9\\ud83d\\ude00", "ok": null},
              {"rate": null, "extra": [1, {"k": "v"}], "year": -5}
            ]
            """)
        let table = try load("a.json", in: scratch)
        #expect(table.formatDescription == "JSON array")
        #expect(
            table.schemaText == [
                "year BIGINT", "rate DOUBLE", "place VARCHAR", "ok BOOLEAN", "day DATE", "extra VARCHAR",
            ])
        #expect(
            table.rows == [
                [
                    .bigint(2021), .double(12.1), .varchar("Lima"), .boolean(true),
                    .date(ValueFormatter.days(year: 2021, month: 3, day: 4)), .null,
                ],
                [.bigint(2022), .double(15), .varchar("Cusco\n\"x\" é😀"), .null, .null, .null],
                [.bigint(-5), .null, .null, .null, .null, .varchar("[1, {\"k\": \"v\"}]")],
            ])
    }

    @Test func oneObjectPerLine() throws {
        let scratch = try Scratch()
        try scratch.write("b.ndjson", "{\"a\": 1, \"b\": \"x\"}\r\n{\"a\": \"two\", \"b\": 2.5}\n\n{\"c\": false}\n")
        let table = try load("b.ndjson", in: scratch)
        #expect(table.formatDescription == "NDJSON")
        #expect(table.schemaText == ["a VARCHAR", "b VARCHAR", "c BOOLEAN"])
        #expect(
            table.rows == [
                [.varchar("1"), .varchar("x"), .null], [.varchar("two"), .varchar("2.5"), .null],
                [.null, .null, .boolean(false)],
            ])
    }

    @Test func jsonIsRecognisedWithoutItsExtension() throws {
        let scratch = try Scratch()
        try scratch.write("data.txt", [0xEF, 0xBB, 0xBF] + Array("  [{\"n\": 99999999999999999999}]".utf8))
        let table = try load("data.txt", in: scratch)
        #expect(table.schemaText == ["n DOUBLE"])
        #expect(table.rows == [[.double(1e20)]])
    }
}
