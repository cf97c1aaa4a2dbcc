import Foundation
import PeruseEngine
import PeruseStorage
import PeruseSyntax
import Testing

/// Each kind of bad file gives one error naming the file, line and column, and leaves the
/// catalog as it was.
@Suite struct BadInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var file: String
        var bytes: [UInt8]
        var message: String
        var testDescription: String { file }

        init(_ file: String, _ bytes: [UInt8], _ message: String) {
            self.file = file
            self.bytes = bytes
            self.message = message
        }

        init(_ file: String, _ text: String, _ message: String) {
            self.init(file, Array(text.utf8), message)
        }
    }

    static let cases: [Case] = [
        Case("unterminated.csv", "a,b\n1,\"open\n2,3\n", "unterminated.csv:2:3: unterminated quoted field"),
        Case("ragged.csv", "a,b\n1,2\n3,4,5\n", "ragged.csv:3:5: expected 2 fields but found 3"),
        Case("short.csv", "a,b\n1,2\n3\n", "short.csv:3:2: expected 2 fields but found 1"),
        Case("after-quote.csv", "a,b\n\"x\"y,2\n", "after-quote.csv:2:4: unexpected text after a closing quote"),
        Case("utf8.csv", Array("a\nok\nbad".utf8) + [0xFF] + Array("\n".utf8), "utf8.csv:3:4: invalid UTF-8"),
        Case(
            "binary.csv", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D],
            "binary.csv:3:1: a zero byte: this looks like a binary file, not text"),
        Case("empty.csv", "", "empty.csv:1:1: the file is empty"),
        Case("bom-only.csv", [0xEF, 0xBB, 0xBF], "bom-only.csv:1:1: the file is empty"),
        Case("blank.csv", "\n\n", "blank.csv:1:1: no rows: the file holds only blank lines"),
        Case("trailing.json", "[{\"a\": 1},]", "trailing.json:1:11: expected an object: each record must be { … }"),
        Case("string.json", "{\"a\": \"open}", "string.json:1:7: unterminated string"),
        Case("newline.json", "{\"a\": \"two\nlines\"}", "newline.json:1:11: a control character inside a string"),
        Case("twice.json", "{\"a\": 1, \"a\": 2}", "twice.json:1:15: key a appears twice in one object"),
        Case("scalar.json", "[1, 2]", "scalar.json:1:2: expected an object: each record must be { … }"),
        Case("nested.json", "[{\"a\": [1, {\"b\": 2]}]", "nested.json:1:19: mismatched ']'"),
        Case(
            "binary.json", [0x7B, 0x22, 0x61, 0x22, 0x3A, 0x00],
            "binary.json:1:6: a zero byte: this looks like a binary file, not JSON"),
        Case("empty.json", " \n", "empty.json:1:1: the file is empty"),
        Case("object.json", "[{\"a\": 1}", "object.json:1:10: expected ',' or ']' after an object"),
        Case("colon.json", "{\"a\" 1}", "colon.json:1:6: expected ':' after a key"),
        Case("escape.json", "{\"a\": \"\\q\"}", "escape.json:1:8: invalid escape in a string"),
        Case("start.json", "hello", "start.json:1:1: expected '[' or '{' to start JSON"),
    ]

    /// An engine holding one table `data`, with `directory` as its base directory.
    func engine(in directory: URL) throws -> Engine {
        let engine = Engine()
        engine.baseDirectory = directory.path
        try engine.query("create table data (x bigint); insert into data values (1), (2)")
        return engine
    }

    func expectUnchanged(_ engine: Engine, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(engine.catalog.tableNames == ["data"], sourceLocation: sourceLocation)
        #expect(engine.catalog.table("data")?.rowCount == 2, sourceLocation: sourceLocation)
        #expect(
            engine.catalog.table("data")?.schema == [ColumnInfo(name: "x", type: .bigint)],
            sourceLocation: sourceLocation)
    }

    func loadError(_ engine: Engine, _ statement: String) -> Diagnostic? {
        do {
            try engine.query(statement)
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: cases)
    func badFile(_ c: Case) throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data(c.bytes).write(to: directory.appendingPathComponent(c.file))
        let engine = try engine(in: directory)
        let diagnostic = loadError(engine, "load '\(c.file)' as data")
        #expect(diagnostic?.message == c.message)
        #expect(diagnostic?.range == SourceRange(start: 5, end: 7 + c.file.utf8.count))
        expectReadsInSpanish(diagnostic)
        expectUnchanged(engine)
    }

    /// Every part of the error (message, help) has a Spanish text.
    func expectReadsInSpanish(_ diagnostic: Diagnostic?, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        guard let diagnostic else { return }
        let missing = MessageCatalog.untranslated(diagnostic, in: .es)
        #expect(missing.isEmpty, "no Spanish text for: \(missing)", sourceLocation: sourceLocation)
    }

    @Test func typesNamingAMissingColumnOrAValueThatDoesNotFit() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data("a,b\n1,x\n".utf8).write(to: directory.appendingPathComponent("t.csv"))
        try Data("[{\"a\": 1}]".utf8).write(to: directory.appendingPathComponent("t.json"))
        let engine = try engine(in: directory)
        let cases: [(String, String, String)] = [
            ("load 't.csv' as data with (types = (c bigint))", "t.csv: types names c, which is not a column of the file", "the columns are a, b"),
            ("load 't.json' as data with (types = (c bigint))", "t.json: types names c, which is not a key of the file", "the keys are a"),
            ("load 't.csv' as data with (types = (b bigint))", "t.csv:2:3: cannot read 'x' as BIGINT for column b", "leave b out of types = (…) to let Peruse choose its type"),
        ]
        for (statement, message, help) in cases {
            let diagnostic = loadError(engine, statement)
            #expect(diagnostic?.message == message, "\(statement)")
            #expect(diagnostic?.help == help, "\(statement)")
            expectReadsInSpanish(diagnostic)
        }
        let spanish = try #require(loadError(engine, "load 't.csv' as data with (types = (b bigint))"))
        #expect(MessageCatalog.localized(spanish, to: .es).message == "t.csv:2:3: no se puede leer 'x' como BIGINT en la columna b")
        expectUnchanged(engine)
    }

    /// A file whose columns would pass the memory limit stops the load with the limit named,
    /// long before the machine runs out; under a higher limit it loads.
    @Test(arguments: ["big.csv", "big.json"])
    func aLoadPastTheMemoryLimitStops(_ file: String) throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let rows = (0..<20_000).map { file.hasSuffix(".csv") ? "\($0),name \($0)" : "{\"id\": \($0), \"name\": \"name \($0)\"}" }
        let text = (file.hasSuffix(".csv") ? ["id,name"] + rows : rows).joined(separator: "\n")
        try Data(text.utf8).write(to: directory.appendingPathComponent(file))
        let engine = try engine(in: directory)
        engine.settings.memoryLimit = 200_000
        let diagnostic = loadError(engine, "load '\(file)' as data")
        #expect(diagnostic?.message == "\(file): loading it would hold more than the 200 KB memory limit")
        #expect(diagnostic?.help == "raise the limit with .limit memory or --memory-limit (none: no limit)")
        expectReadsInSpanish(diagnostic)
        expectUnchanged(engine)
        engine.settings.memoryLimit = 50_000_000
        try engine.query("load '\(file)' as big")
        #expect(engine.catalog.table("big")?.rowCount == 20_000)
    }

    @Test func saveToAnUnknownExtension() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let engine = try engine(in: directory)
        let diagnostic = loadError(engine, "save data to 'out.xlsx'")
        #expect(diagnostic?.message == "out.xlsx: unknown file extension .xlsx")
        #expect(diagnostic?.help == "end the name in .csv, .tsv, .json, .ndjson or .md")
        expectReadsInSpanish(diagnostic)
        expectReadsInSpanish(loadError(engine, "save data to 'out'"))
    }

    @Test func missingFileAndDirectory() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(
            at: directory.appendingPathComponent("dir.csv"), withIntermediateDirectories: false)
        let engine = try engine(in: directory)
        #expect(
            loadError(engine, "load 'nope.csv' as data")?.message
                == "nope.csv: cannot open file: no such file or directory")
        let isDirectory = loadError(engine, "load 'dir.csv' as data")
        #expect(isDirectory?.message == "dir.csv: cannot load a directory")
        #expect(isDirectory?.help == "name a file inside it")
        expectReadsInSpanish(isDirectory)
        expectReadsInSpanish(loadError(engine, "load 'nope.csv' as data"))
        expectUnchanged(engine)
    }

    @Test(.enabled(if: getuid() != 0, "root reads any file"))
    func unreadableFile() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("secret.csv")
        try Data("a\n1\n".utf8).write(to: file)
        chmod(file.path, 0)
        let engine = try engine(in: directory)
        #expect(
            loadError(engine, "load 'secret.csv' as data")?.message == "secret.csv: cannot open file: permission denied"
        )
        expectUnchanged(engine)
    }

    /// A 100 MB line is refused after 16 MiB: quickly, and without reading the rest.
    @Test func aHundredMegabyteLine() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("line.csv")
        FileManager.default.createFile(atPath: file.path, contents: nil)
        let handle = try FileHandle(forWritingTo: file)
        let block = Data(repeating: UInt8(ascii: "x"), count: 1 << 20)
        for _ in 0..<100 { handle.write(block) }
        try handle.close()
        let engine = try engine(in: directory)
        let start = ContinuousClock.now
        let diagnostic = loadError(engine, "load 'line.csv' as data")
        #expect(diagnostic?.message == "line.csv:1:1: a record longer than 16 MiB starts here")
        expectReadsInSpanish(diagnostic)
        #expect(ContinuousClock.now - start < .seconds(30))
        expectUnchanged(engine)
    }

    @Test func badOptions() throws {
        let engine = Engine()
        let cases: [(String, String, String?)] = [
            ("load 'a.csv' with (heder = true)", "no such load option: heder", "did you mean header?"),
            ("load 'a.csv' with (header = 'yes')", "header takes true or false", nil),
            (
                "load 'a.csv' with (delimiter = ';;')", "delimiter must be one character",
                "for example delimiter = ';' or delimiter = '\\t' (a tab)"
            ),
            ("load 'a.csv' with (types = (a intger))", "no such type: intger", "did you mean INTEGER?"),
            ("load 'a.csv' with (null = 'x', null = 'y')", "option null is given twice", nil),
        ]
        for (statement, message, help) in cases {
            let diagnostic = loadError(engine, statement)
            #expect(diagnostic?.message == message, "\(statement)")
            #expect(diagnostic?.help == help, "\(statement)")
            expectReadsInSpanish(diagnostic)
        }
    }

    func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("peruse-engine-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
