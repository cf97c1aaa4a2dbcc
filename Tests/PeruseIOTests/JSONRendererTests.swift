import PeruseIO
import PeruseStorage
import Testing

@Suite struct JSONRendererTests {
    @Test func everyTypeWithNulls() {
        #expect(
            render(mixed, .json) == """
                [
                  {"year": 2021, "rate": 12.1, "region": "Apurímac", "ok": null, "day": "2021-03-04"},
                  {"year": -7, "rate": null, "region": null, "ok": true, "day": "1999-12-31"},
                  {"year": null, "rate": 18.0, "region": "中文", "ok": false, "day": null}
                ]

                """)
    }

    @Test func emptyResultIsAnEmptyArray() {
        #expect(render(empty, .json) == "[]\n")
    }

    @Test func nullTextDoesNotApply() {
        let result = makeResult([("a", .varchar, [.null])])
        #expect(render(result, .json) { $0.nullText = "NULL" } == "[\n  {\"a\": null}\n]\n")
    }

    @Test func stringEscapes() {
        let result = makeResult([("k\"\\", .varchar, [.varchar("q\"b\\n\nr\rt\tf\u{0C}b\u{08}e\u{1B}z\u{00}é中\u{7F}")])]
        )
        let expected = #"[\#n  {"k\"\\": "q\"b\\n\nr\rt\tf\fb\be\u001Bz\u0000é中\#u{7F}"}\#n]\#n"#
        #expect(render(result, .json) == expected)
    }

    @Test func nonFiniteDoubles() {
        let result = makeResult([
            ("d", .double, [.double(.nan), .double(.infinity), .double(-.infinity), .double(1e20), .double(1e-7)])
        ])
        #expect(
            render(result, .json) == """
                [
                  {"d": null},
                  {"d": "inf"},
                  {"d": "-inf"},
                  {"d": 1e+20},
                  {"d": 1e-07}
                ]

                """)
    }

    @Test func duplicateNamesGetSuffixes() {
        let result = makeResult([
            ("a", .bigint, [.bigint(1)]), ("a", .bigint, [.bigint(2)]), ("a_1", .bigint, [.bigint(3)]),
            ("a", .bigint, [.bigint(4)]),
        ])
        #expect(render(result, .json) == "[\n  {\"a\": 1, \"a_2\": 2, \"a_1\": 3, \"a_3\": 4}\n]\n")
    }

    @Test func bigintExtremes() {
        let result = makeResult([("n", .bigint, [.bigint(.min), .bigint(.max)])])
        #expect(render(result, .json) == "[\n  {\"n\": -9223372036854775808},\n  {\"n\": 9223372036854775807}\n]\n")
    }
}
