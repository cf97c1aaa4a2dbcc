import PeruseIO
import PeruseStorage
import Testing

/// Tricky CSV files, each with the schema and rows it must load as.
@Suite struct CSVCorpusTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var bytes: [UInt8]
        var schema: [String]
        var rows: [[Value]]
        var testDescription: String { name }

        init(_ name: String, _ text: String, _ schema: [String], _ rows: [[Value]]) {
            self.init(name, Array(text.utf8), schema, rows)
        }

        init(_ name: String, _ bytes: [UInt8], _ schema: [String], _ rows: [[Value]]) {
            self.name = name
            self.bytes = bytes
            self.schema = schema
            self.rows = rows
        }
    }

    static let cases: [Case] = [
        Case(
            "quotes.csv", "name,said\n\"Smith, Ana\",\"she said \"\"no\"\"\"\nBob,plain\n",
            ["name VARCHAR", "said VARCHAR"],
            [[.varchar("Smith, Ana"), .varchar("she said \"no\"")], [.varchar("Bob"), .varchar("plain")]]),
        Case(
            "newlines.csv", "id,note\n1,\"two\nlines\"\n2,\"crlf\r\ninside\"\n",
            ["id BIGINT", "note VARCHAR"],
            [[.bigint(1), .varchar("two\nlines")], [.bigint(2), .varchar("crlf\r\ninside")]]),
        Case(
            "bom.csv", [0xEF, 0xBB, 0xBF] + Array("año,valor\n2021,1.5\n".utf8),
            ["año BIGINT", "valor DOUBLE"], [[.bigint(2021), .double(1.5)]]),
        Case(
            "crlf.csv", "a,b\r\n1,x\r\n2,y\r\n", ["a BIGINT", "b VARCHAR"],
            [[.bigint(1), .varchar("x")], [.bigint(2), .varchar("y")]]),
        Case(
            "cr-only.csv", "a,b\r1,x\r2,y", ["a BIGINT", "b VARCHAR"],
            [[.bigint(1), .varchar("x")], [.bigint(2), .varchar("y")]]),
        Case(
            "semicolons.csv", "región;tasa;fecha\nLima;12,5;2023-01-02\nCusco;3;2023-02-03\n",
            ["región VARCHAR", "tasa VARCHAR", "fecha DATE"],
            [
                [.varchar("Lima"), .varchar("12,5"), .date(ValueFormatter.days(year: 2023, month: 1, day: 2))],
                [.varchar("Cusco"), .varchar("3"), .date(ValueFormatter.days(year: 2023, month: 2, day: 3))],
            ]),
        Case("tabs.tsv", "a\tb\n1\t2\n", ["a BIGINT", "b BIGINT"], [[.bigint(1), .bigint(2)]]),
        Case(
            "pipes.txt", "a|b|c\n1|x|true\n2|y|FALSE\n", ["a BIGINT", "b VARCHAR", "c BOOLEAN"],
            [[.bigint(1), .varchar("x"), .boolean(true)], [.bigint(2), .varchar("y"), .boolean(false)]]),
        Case(
            "all-null.csv", "a,empty,b\n1,,x\n2,,y\n", ["a BIGINT", "empty VARCHAR", "b VARCHAR"],
            [[.bigint(1), .null, .varchar("x")], [.bigint(2), .null, .varchar("y")]]),
        Case(
            "empty-vs-null.csv", "a,b\n\"\",\n", ["a VARCHAR", "b VARCHAR"], [[.varchar(""), .null]]),
        Case(
            "huge-integers.csv", "n\n1\n99999999999999999999\n-9223372036854775808\n", ["n DOUBLE"],
            [[.double(1)], [.double(1e20)], [.double(-9_223_372_036_854_775_808)]]),
        Case(
            "bigint-limits.csv", "n\n9223372036854775807\n-9223372036854775808\n", ["n BIGINT"],
            [[.bigint(.max)], [.bigint(.min)]]),
        Case(
            "mixed-numbers.csv", "n\n1\n2.5\n-3e2\n", ["n DOUBLE"], [[.double(1)], [.double(2.5)], [.double(-300)]]),
        Case(
            "text-wins.csv", "n\n1\nn/a\n", ["n VARCHAR"], [[.varchar("1")], [.varchar("n/a")]]),
        Case(
            "dates.csv", "d,not_a_date\n2024-02-29,2023-02-29\n1999-12-31,2023-01-01\n",
            ["d DATE", "not_a_date VARCHAR"],
            [
                [.date(ValueFormatter.days(year: 2024, month: 2, day: 29)), .varchar("2023-02-29")],
                [.date(ValueFormatter.days(year: 1999, month: 12, day: 31)), .varchar("2023-01-01")],
            ]),
        Case(
            "non-ascii.csv", "ciudad,población,名前\nApurímac,405759,東京\n",
            ["ciudad VARCHAR", "población BIGINT", "名前 VARCHAR"],
            [[.varchar("Apurímac"), .bigint(405_759), .varchar("東京")]]),
        Case(
            "no-header.csv", "1,2\n3,4\n", ["column0 BIGINT", "column1 BIGINT"],
            [[.bigint(1), .bigint(2)], [.bigint(3), .bigint(4)]]),
        Case(
            "text-no-header-detected.csv", "Ana,Lima\nBob,Cusco\n", ["Ana VARCHAR", "Lima VARCHAR"],
            [[.varchar("Bob"), .varchar("Cusco")]]),
        Case(
            "duplicate-names.csv", "a,a,,A\n1,2,3,4\n", ["a BIGINT", "a_1 BIGINT", "column2 BIGINT", "A_2 BIGINT"],
            [[.bigint(1), .bigint(2), .bigint(3), .bigint(4)]]),
        Case(
            "blank-lines.csv", "a,b\n1,2\n\n3,4\n\n", ["a BIGINT", "b BIGINT"],
            [[.bigint(1), .bigint(2)], [.bigint(3), .bigint(4)]]),
        Case("no-final-newline.csv", "a,b\n1,\"x\"", ["a BIGINT", "b VARCHAR"], [[.bigint(1), .varchar("x")]]),
        Case("header-only.csv", "a,b\n", ["a VARCHAR", "b VARCHAR"], []),
        Case(
            "spaces-around-numbers.csv", "a, b\n 1 , x \n", ["a BIGINT", "b VARCHAR"], [[.bigint(1), .varchar(" x ")]]),
        Case(
            "single-quotes.csv", "a,b\n'x,y',1\n'z',2\n", ["a VARCHAR", "b BIGINT"],
            [[.varchar("x,y"), .bigint(1)], [.varchar("z"), .bigint(2)]]),
        Case(
            "special-doubles.csv", "x\n1.5\ninf\n-inf\n", ["x DOUBLE"],
            [[.double(1.5)], [.double(.infinity)], [.double(-.infinity)]]),
        Case(
            "one-column.csv", "word\nhello\nworld\n", ["word VARCHAR"], [[.varchar("hello")], [.varchar("world")]]),
    ]

    @Test(arguments: cases)
    func loads(_ c: Case) throws {
        let scratch = try Scratch()
        try scratch.write(c.name, c.bytes)
        let table = try load(c.name, in: scratch)
        #expect(table.schemaText == c.schema)
        #expect(table.rows == c.rows)
    }

    /// A value past the sniffed sample that does not fit widens its column instead of failing:
    /// BIGINT → DOUBLE in place, then → VARCHAR by reading again, keeping each value's text.
    @Test func widensPastTheSample() throws {
        let scratch = try Scratch()
        var text = "id,amount,code,flag\n"
        for i in 0..<30_000 { text += "\(i),\(i % 7),\(i % 3),true\n" }
        text += "30000,2.5,X1,maybe\n30001,1e400,007,false\n"
        try scratch.write("late.csv", text)
        let table = try load("late.csv", in: scratch)
        #expect(table.schemaText == ["id BIGINT", "amount DOUBLE", "code VARCHAR", "flag VARCHAR"])
        #expect(table.rowCount == 30_002)
        #expect(table.rows[30_000] == [.bigint(30_000), .double(2.5), .varchar("X1"), .varchar("maybe")])
        #expect(table.rows[30_001] == [.bigint(30_001), .double(.infinity), .varchar("007"), .varchar("false")])
        #expect(table.rows[5] == [.bigint(5), .double(5), .varchar("2"), .varchar("true")])
    }

    @Test func optionsOverrideTheSniffer() throws {
        let scratch = try Scratch()
        try scratch.write("o.csv", "1;NA;2021-01-01\n2;x;NA\n")
        var options = LoadOptions()
        options.header = false
        options.delimiter = UInt8(ascii: ";")
        options.nullText = "NA"
        options.types = [("column0", .varchar), ("COLUMN2", .date)]
        let table = try load("o.csv", in: scratch, options: options)
        #expect(table.schemaText == ["column0 VARCHAR", "column1 VARCHAR", "column2 DATE"])
        #expect(
            table.rows == [
                [.varchar("1"), .null, .date(ValueFormatter.days(year: 2021, month: 1, day: 1))],
                [.varchar("2"), .varchar("x"), .null],
            ])
    }

    @Test func aGivenTypeThatDoesNotFitIsAnError() throws {
        let scratch = try Scratch()
        try scratch.write("t.csv", "a,b\n1,2\nx,3\n")
        var options = LoadOptions()
        options.types = [("a", .bigint)]
        #expect(
            throws: FileError(
                path: "t.csv", message: "cannot read 'x' as BIGINT for column a", line: 3, column: 1,
                help: "leave a out of types = (…) to let Peruse choose its type")
        ) {
            try load("t.csv", in: scratch, options: options)
        }
    }
}
