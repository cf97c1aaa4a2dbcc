import PeruseIO
import PeruseStorage
import Testing

@Suite struct CSVRendererTests {
    @Test func everyTypeWithNulls() {
        #expect(
            render(mixed, .csv) == """
                year,rate,region,ok,day
                2021,12.1,Apurímac,,2021-03-04
                -7,,,true,1999-12-31
                ,18.0,中文,false,

                """)
    }

    @Test func withoutHeaderAndWithNullText() {
        #expect(
            render(mixed, .csv) {
                $0.showHeader = false
                $0.nullText = "NULL"
            } == """
                2021,12.1,Apurímac,NULL,2021-03-04
                -7,NULL,NULL,true,1999-12-31
                NULL,18.0,中文,false,NULL

                """)
    }

    /// Pinned against DuckDB 2.0's `COPY (…) TO 'x.csv'`.
    @Test func quotingMatchesDuckDB() {
        let strings: [String] = [
            "a,b", " lead", "trail ", "", "q\"x", "l1\nl2", "a\rb", "#hash", "a#b", "NULL", "x'y", "tab\there", "\\",
        ]
        let result = makeResult(strings.enumerated().map { ("c\($0.offset)", .varchar, [.varchar($0.element)]) })
        let expected =
            "c0,c1,c2,c3,c4,c5,c6,c7,c8,c9,c10,c11,c12\n"
            + "\"a,b\", lead,trail ,\"\",\"q\"\"x\",\"l1\nl2\",\"a\rb\",\"#hash\",\"a#b\",NULL,x'y,tab\there,\\\n"
        #expect(render(result, .csv) == expected)
    }

    @Test func nullTextIsQuotedWhenAValueEqualsIt() {
        let result = makeResult([("a", .varchar, [.varchar("NULL"), .null, .varchar("")])])
        #expect(render(result, .csv) { $0.nullText = "NULL" } == "a\n\"NULL\"\nNULL\n\n")
        #expect(render(result, .csv) == "a\nNULL\n\n\"\"\n")
    }

    @Test func headerNamesAreQuotedLikeValues() {
        let result = makeResult([
            ("a b", .bigint, [.bigint(1)]), ("c,d", .bigint, [.bigint(2)]), ("q\"x", .bigint, [.bigint(3)]),
        ])
        #expect(render(result, .csv) == "a b,\"c,d\",\"q\"\"x\"\n1,2,3\n")
    }

    @Test func doublesUseValueFormatter() {
        let values: [Double] = [0.1, 18, 1e20, 1.0 / 3, -0.0, .nan, .infinity, -.infinity]
        let result = makeResult([("d", .double, values.map(Value.double))])
        #expect(render(result, .csv) == "d\n0.1\n18.0\n1e+20\n0.3333333333333333\n-0.0\nnan\ninf\n-inf\n")
    }

    @Test func emptyResultIsTheHeaderOnly() {
        #expect(render(empty, .csv) == "year,name\n")
        #expect(render(empty, .csv) { $0.showHeader = false } == "")
    }

    @Test func quoteFollowedByCombiningMarkIsStillDoubled() {
        let result = makeResult([("a", .varchar, [.varchar("\"\u{301}")])])
        #expect(render(result, .csv) == "a\n\"\"\"\u{301}\"\n")
    }
}
