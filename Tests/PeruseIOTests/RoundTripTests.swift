import Foundation
import PeruseIO
import PeruseStorage
import Testing

/// `save` then `load` gives back the same table, for every type, NULLs and awkward text.
@Suite struct RoundTripTests {
    static var table: ResultTable {
        makeResult([
            ("year", .bigint, [.bigint(2021), .bigint(.min), .null, .bigint(.max), .bigint(0)]),
            ("rate", .double, [.double(12.1), .null, .double(18), .double(1e-05), .double(-1.5e300)]),
            (
                "region", .varchar,
                [.varchar("Apurímac"), .null, .varchar("中文, \"quoted\"\nline"), .varchar(""), .varchar("#x|y\tz")]
            ),
            ("ok", .boolean, [.null, .boolean(true), .boolean(false), .boolean(true), .null]),
            ("day", .date, [date(2021, 3, 4), date(1999, 12, 31), .null, date(2024, 2, 29), date(1970, 1, 1)]),
            ("nothing", .varchar, [.null, .null, .null, .null, .null]),
        ])
    }

    @Test(arguments: ["csv", "tsv", "json", "ndjson"])
    func saveThenLoad(_ fileExtension: String) throws {
        let scratch = try Scratch()
        let original = Self.table
        let name = "t." + fileExtension
        try TableWriter.write(original, to: scratch.path(name), displayPath: name)
        let loaded = try load(name, in: scratch)
        #expect(loaded.schema.map(\.name) == original.columnNames)
        #expect(loaded.schema.map(\.type) == original.columnTypes)
        #expect(loaded.rowCount == original.rowCount)
        for row in 0..<original.rowCount {
            #expect(loaded.rows[row] == (0..<original.columns.count).map { original.value(row: row, column: $0) })
        }
    }

    @Test func anEmptyTableKeepsItsHeader() throws {
        let scratch = try Scratch()
        let empty = makeResult([("a", .bigint, []), ("b", .varchar, [])])
        try TableWriter.write(empty, to: scratch.path("e.csv"), displayPath: "e.csv")
        let loaded = try load("e.csv", in: scratch)
        #expect(loaded.schema.map(\.name) == ["a", "b"])
        #expect(loaded.rowCount == 0)
        try TableWriter.write(empty, to: scratch.path("e.json"), displayPath: "e.json")
        #expect(try String(contentsOfFile: scratch.path("e.json"), encoding: .utf8) == "[]\n")
    }

    @Test func markdownIsWrittenButNotRead() throws {
        let scratch = try Scratch()
        try TableWriter.write(
            makeResult([("a|b", .bigint, [.bigint(1), .null])]), to: scratch.path("t.md"), displayPath: "t.md")
        #expect(
            try String(contentsOfFile: scratch.path("t.md"), encoding: .utf8) == "| a\\|b |\n|---:|\n| 1 |\n| NULL |\n")
        #expect(
            throws: FileError(
                path: "t.md", message: "cannot load Markdown", help: "load a .csv, .tsv, .json or .ndjson file")
        ) {
            try load("t.md", in: scratch)
        }
    }

    /// An interrupted save leaves the old file as it was, and no temporary file behind.
    @Test func aCancelledSaveKeepsTheOldFile() throws {
        let scratch = try Scratch()
        try scratch.write("keep.csv", "old,contents\n")
        let big = makeResult([("n", .bigint, (0..<20_000).map { .bigint(Int64($0)) })])
        let calls = Counter()
        #expect(throws: FileError(path: "keep.csv", message: "interrupted; the file was not written")) {
            try TableWriter.write(big, to: scratch.path("keep.csv"), displayPath: "keep.csv") { calls.next() > 2 }
        }
        #expect(try String(contentsOfFile: scratch.path("keep.csv"), encoding: .utf8) == "old,contents\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path) == ["keep.csv"])
    }

    @Test func saveErrors() throws {
        let scratch = try Scratch()
        let t = makeResult([("a", .bigint, [.bigint(1)])])
        #expect(
            throws: FileError(
                path: "x.xlsx", message: "unknown file extension .xlsx",
                help: "end the name in .csv, .tsv, .json, .ndjson or .md")
        ) {
            try TableWriter.write(t, to: scratch.path("x.xlsx"), displayPath: "x.xlsx")
        }
        #expect(throws: FileError(path: "no/such/dir.csv", message: "cannot write file: no such file or directory")) {
            try TableWriter.write(t, to: scratch.path("no/such/dir.csv"), displayPath: "no/such/dir.csv")
        }
        try FileManager.default.createDirectory(atPath: scratch.path("d.csv"), withIntermediateDirectories: false)
        #expect(
            throws: FileError(path: "d.csv", message: "cannot save over a directory", help: "name a file inside it")
        ) {
            try TableWriter.write(t, to: scratch.path("d.csv"), displayPath: "d.csv")
        }
    }
}

/// A thread-safe call counter for `isCancelled` closures.
final class Counter: @unchecked Sendable {
    private var count = 0
    private let lock = NSLock()
    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        count += 1
        return count
    }
}
