import PeruseIO
import PeruseStorage
import Testing

@Suite struct TableElisionTests {
    /// Twelve BIGINT columns `c0`…`c11`, each 6 wide (`bigint`), so each takes 9 terminal columns.
    let wide = makeResult((0..<12).map { ("c\($0)", .bigint, [.bigint(Int64($0)), .bigint(100 * Int64($0))]) })

    @Test func middleColumnsAreElided() {
        // 1 + 12 × 9 = 109 columns wide; in 50, the … column (4) leaves room for five.
        #expect(
            render(wide, .table) { $0.maxWidth = 50 } == """
                ┌────────┬────────┬────────┬───┬────────┬────────┐
                │   c0   │   c1   │   c2   │ … │  c10   │  c11   │
                │ bigint │ bigint │ bigint │ … │ bigint │ bigint │
                ├────────┼────────┼────────┼───┼────────┼────────┤
                │      0 │      1 │      2 │ … │     10 │     11 │
                │      0 │    100 │    200 │ … │   1000 │   1100 │
                └────────┴────────┴────────┴───┴────────┴────────┘
                2 rows × 12 columns (5 shown)

                """)
    }

    @Test func fittingTableIsUntouched() {
        let text = render(wide, .table) { $0.maxWidth = 109 }
        #expect(!text.contains("…"))
        let bottom = "└" + Array(repeating: "────────", count: 12).joined(separator: "┴") + "┘\n"
        #expect(text.hasSuffix("│    900 │   1000 │   1100 │\n" + bottom + "2 rows\n"))
        #expect(text.split(separator: "\n").first.map { DisplayWidth.of(String($0)) } == 109)
    }

    @Test func everyLineFitsTheWidth() {
        for width in [10, 14, 23, 40, 77, 108] {
            let text = render(wide, .table) { $0.maxWidth = width }
            let lines = text.split(separator: "\n").dropLast()
            #expect(lines.allSatisfy { DisplayWidth.of(String($0)) <= width }, "maxWidth \(width)")
        }
    }

    @Test func aSingleTooWideColumnIsCut() {
        let result = makeResult([("name", .varchar, [.varchar("Apurímac Region")])])
        #expect(
            render(result, .table) { $0.maxWidth = 12 } == """
                ┌──────────┐
                │   name   │
                │ varchar  │
                ├──────────┤
                │ Apuríma… │
                └──────────┘
                1 row

                """)
    }

    @Test func middleRowsAreElided() {
        let result = makeResult([
            ("n", .bigint, (1...1000).map { .bigint(Int64($0)) }),
            ("sq", .double, (1...1000).map { .double(Double($0) / 4) }),
        ])
        #expect(
            render(result, .table) { $0.maxRows = 5 } == """
                ┌────────┬──────────┐
                │   n    │    sq    │
                │ bigint │  double  │
                ├────────┼──────────┤
                │      1 │     0.25 │
                │      2 │      0.5 │
                │      3 │     0.75 │
                │ … 995 more rows … │
                │    999 │   249.75 │
                │   1000 │    250.0 │
                └────────┴──────────┘
                1000 rows

                """)
    }

    @Test func narrowTableGetsAnEllipsisInEachColumn() {
        let result = makeResult([("n", .bigint, (1...4).map { .bigint(Int64($0)) })])
        #expect(
            render(result, .table) {
                $0.maxRows = 2
                $0.showHeader = false
                $0.maxWidth = 10
            } == """
                ┌───┐
                │ 1 │
                │ … │
                │ 4 │
                └───┘
                4 rows

                """)
    }

    @Test func rowAndColumnElisionTogether() {
        let text = render(wide, .table) {
            $0.maxWidth = 50
            $0.maxRows = 1
        }
        #expect(
            text == """
                ┌────────┬────────┬────────┬───┬────────┬────────┐
                │   c0   │   c1   │   c2   │ … │  c10   │  c11   │
                │ bigint │ bigint │ bigint │ … │ bigint │ bigint │
                ├────────┼────────┼────────┼───┼────────┼────────┤
                │      0 │      1 │      2 │ … │     10 │     11 │
                │                 … 1 more row …                 │
                └────────┴────────┴────────┴───┴────────┴────────┘
                2 rows × 12 columns (5 shown)

                """)
    }

    @Test func noRowsShownStillCountsThem() {
        let result = makeResult([("n", .bigint, (1...3).map { .bigint(Int64($0)) })])
        #expect(
            render(result, .table) { $0.maxRows = 0 } == """
                ┌─────────────────┐
                │        n        │
                │     bigint      │
                ├─────────────────┤
                │ … 3 more rows … │
                └─────────────────┘
                3 rows

                """)
    }
}
