import PeruseIO
import PeruseStorage
import Testing

@Suite struct TableRendererTests {
    @Test func everyTypeWithNulls() {
        #expect(
            render(mixed, .table) == """
                ┌────────┬────────┬──────────┬─────────┬────────────┐
                │  year  │  rate  │  region  │   ok    │    day     │
                │ bigint │ double │ varchar  │ boolean │    date    │
                ├────────┼────────┼──────────┼─────────┼────────────┤
                │   2021 │   12.1 │ Apurímac │ NULL    │ 2021-03-04 │
                │     -7 │   NULL │ NULL     │ true    │ 1999-12-31 │
                │   NULL │   18.0 │ 中文     │ false   │ NULL       │
                └────────┴────────┴──────────┴─────────┴────────────┘
                3 rows

                """)
    }

    @Test func emptyResultShowsTheHeaderBox() {
        #expect(
            render(empty, .table) == """
                ┌────────┬─────────┐
                │  year  │  name   │
                │ bigint │ varchar │
                └────────┴─────────┘
                0 rows

                """)
    }

    @Test func oneRowAndNullText() {
        let result = makeResult([("x", .varchar, [.null])])
        #expect(
            render(result, .table) { $0.nullText = "∅" } == """
                ┌─────────┐
                │    x    │
                │ varchar │
                ├─────────┤
                │ ∅       │
                └─────────┘
                1 row

                """)
    }

    @Test func withoutHeader() {
        let result = makeResult([("n", .bigint, [.bigint(1), .bigint(22)])])
        #expect(
            render(result, .table) { $0.showHeader = false } == """
                ┌────┐
                │  1 │
                │ 22 │
                └────┘
                2 rows

                """)
    }

    @Test func controlCharactersAreEscaped() {
        let result = makeResult([
            ("a\tb", .varchar, [.varchar("l1\nl2"), .varchar("\u{1B}[31mred\r"), .varchar("\u{85}x")])
        ])
        #expect(
            render(result, .table) == """
                ┌─────────────────┐
                │      a\\tb       │
                │     varchar     │
                ├─────────────────┤
                │ l1\\nl2          │
                │ \\u{1B}[31mred\\r │
                │ \\u{85}x         │
                └─────────────────┘
                3 rows

                """)
    }

    @Test func wideAndCombiningCharactersAlign() {
        let result = makeResult([
            (
                "名前", .varchar,
                [.varchar("中文字"), .varchar("e\u{301}te\u{301}"), .varchar("😀"), .varchar("👨‍👩‍👧"), .varchar("🇵🇪")]
            )
        ])
        #expect(
            render(result, .table) == """
                ┌─────────┐
                │  名前   │
                │ varchar │
                ├─────────┤
                │ 中文字  │
                │ été     │
                │ 😀      │
                │ 👨‍👩‍👧      │
                │ 🇵🇪      │
                └─────────┘
                5 rows

                """)
    }

    @Test func longValuesAreCutAtFortyColumns() {
        let long = String(repeating: "abcdefghij", count: 5)
        let wide = String(repeating: "中", count: 25)
        let result = makeResult([("s", .varchar, [.varchar(long), .varchar(wide)])])
        let cutLong = String(long.prefix(39)) + "…"
        let cutWide = String(repeating: "中", count: 19) + "…"
        #expect(
            render(result, .table) == """
                ┌──────────────────────────────────────────┐
                │                    s                     │
                │                 varchar                  │
                ├──────────────────────────────────────────┤
                │ \(cutLong) │
                │ \(cutWide)  │
                └──────────────────────────────────────────┘
                2 rows

                """)
    }

    @Test func nullTypedColumnAndLongHeader() {
        let name = String(repeating: "x", count: 45)
        let result = makeResult([("n", .null, [.null]), (name, .bigint, [.bigint(1)])])
        let cut = String(repeating: "x", count: 39) + "…"
        let bar = String(repeating: "─", count: 42)
        #expect(
            render(result, .table) == """
                ┌──────┬\(bar)┐
                │  n   │ \(cut) │
                │ null │                  bigint                  │
                ├──────┼\(bar)┤
                │ NULL │                                        1 │
                └──────┴\(bar)┘
                1 row

                """)
        #expect(render(result, .csv) == "n,\(name)\n,1\n")
        #expect(render(result, .json) == "[\n  {\"n\": null, \"\(name)\": 1}\n]\n")
    }

    @Test func crlfInsideOneGraphemeIsEscaped() {
        let result = makeResult([("t", .varchar, [.varchar("a\r\nb")])])
        #expect(render(result, .table).contains("│ a\\r\\nb  │"))
    }
}
