import PeruseStorage
import Testing

/// The runner's own parts, checked against known answers.
@Suite struct RunnerTests {
    @Test(arguments: [
        ("", "d41d8cd98f00b204e9800998ecf8427e"),
        ("a", "0cc175b9c0f1b6a831c399e269772661"),
        ("abc", "900150983cd24fb0d6963f7d28e17f72"),
        ("message digest", "f96b697d7cb7938d525a2f31aaf161d0"),
        ("abcdefghijklmnopqrstuvwxyz", "c3fcd3d76192e4007dfb496cca67e13b"),
        (
            "12345678901234567890123456789012345678901234567890123456789012345678901234567890",
            "57edf4a22be3c955ac49da2e2107b67a"
        ),
    ])
    func md5(_ input: String, _ digest: String) {
        #expect(MD5.hex(input) == digest)
    }

    @Test func hashOfValuesEndsEachWithNewline() {
        #expect(ResultFormatter.hash(["1", "2"]) == MD5.hex("1\n2\n"))
    }

    @Test func parsesRecordsOfBothDialects() throws {
        let text = """
            # a comment
            skipif peruse
            statement ok
            create table t (a int)

            query IT rowsort label-1
            select a, b
            from t
            ----
            1\tx
            2\ty

            query I nosort
            select 1
            ----
            3 values hashing to 0123456789abcdef0123456789abcdef

            statement error
            select nope
            ----
            no such column

            hash-threshold 8

            halt
            """
        let records = try LogicParser.parse(text)
        #expect(records.count == 6)
        #expect(records[0].conditions.count == 1)
        guard case .query(let spec) = records[1].kind else {
            Issue.record("not a query")
            return
        }
        #expect(spec.types == ["I", "T"])
        #expect(spec.sort == .rowsort)
        #expect(spec.label == "label-1")
        #expect(spec.expected == .values(["1", "x", "2", "y"]))
        #expect(records[1].sql == "select a, b\nfrom t")
        #expect(records[1].line == 6)
        #expect(records[1].expectedLines == 9..<11)
        guard case .query(let hashed) = records[2].kind else {
            Issue.record("not a query")
            return
        }
        #expect(hashed.expected == .hash(count: 3, md5: "0123456789abcdef0123456789abcdef"))
        guard case .error(let message) = records[3].kind else {
            Issue.record("not an error")
            return
        }
        #expect(message == "no such column")
    }

    @Test func readsWindowsLineEnds() throws {
        let records = try LogicParser.parse("hash-threshold 8\r\n\r\nquery I nosort\r\nselect 1\r\n----\r\n1\r\n")
        #expect(records.count == 2)
        #expect(records[1].sql == "select 1")
    }

    @Test func rendersByTypeLetter() {
        #expect(ResultFormatter.render(.double(18.0), as: "T") == "18.0")
        #expect(ResultFormatter.render(.double(-2.7), as: "I") == "-2")
        #expect(ResultFormatter.render(.bigint(3), as: "R") == "3.000")
        #expect(ResultFormatter.render(.boolean(true), as: "I") == "1")
        #expect(ResultFormatter.render(.varchar(""), as: "T") == "(empty)")
        #expect(ResultFormatter.render(.null, as: "R") == "NULL")
    }

    @Test func sortsRowsAndValues() {
        let rows = [["b", "1"], ["a", "2"], ["a", "10"]]
        #expect(ResultFormatter.sorted(rows, .rowsort) == ["a", "10", "a", "2", "b", "1"])
        #expect(ResultFormatter.sorted(rows, .valuesort) == ["1", "10", "2", "a", "a", "b"])
    }

    @Test func recognisesIntegerDivisionSetting() {
        #expect(LogicRunner.integerDivisionSetting("SET integer_division = true;") == true)
        #expect(LogicRunner.integerDivisionSetting("set integer_division to false") == false)
        #expect(LogicRunner.integerDivisionSetting("select 1") == nil)
    }
}
