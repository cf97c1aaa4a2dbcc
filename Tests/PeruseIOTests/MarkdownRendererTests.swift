import PeruseIO
import PeruseStorage
import Testing

@Suite struct MarkdownRendererTests {
    @Test func everyTypeWithNulls() {
        #expect(
            render(mixed, .markdown) == """
                | year | rate | region | ok | day |
                |---:|---:|---|---|---|
                | 2021 | 12.1 | Apurímac | NULL | 2021-03-04 |
                | -7 | NULL | NULL | true | 1999-12-31 |
                | NULL | 18.0 | 中文 | false | NULL |

                """)
    }

    @Test func pipesAndLineBreaksAreEscaped() {
        let result = makeResult([("a|b", .varchar, [.varchar("x|y"), .varchar("1\n2\r\n3\r4"), .varchar("")])])
        #expect(render(result, .markdown) == "| a\\|b |\n|---|\n| x\\|y |\n| 1<br>2<br>3<br>4 |\n|  |\n")
    }

    @Test func nullTextAndHeaderAlwaysShown() {
        let result = makeResult([("n", .bigint, [.null])])
        #expect(
            render(result, .markdown) {
                $0.nullText = "–"
                $0.showHeader = false
            } == "| n |\n|---:|\n| – |\n")
    }

    @Test func emptyResultIsTheHeaderOnly() {
        #expect(render(empty, .markdown) == "| year | name |\n|---:|---|\n")
    }
}
