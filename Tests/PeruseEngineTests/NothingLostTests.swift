import Foundation
import PeruseEngine
import PeruseStorage
import PeruseSyntax
import Testing

/// A statement that fails changes nothing: every table is as it was before it.
@Suite struct NothingLostTests {
    static func engine() throws -> Engine {
        let engine = Engine()
        try engine.query("create table t (x bigint, name varchar)")
        try engine.query("insert into t values (1, 'one'), (2, 'two'), (3, 'three'), (4, 'four')")
        return engine
    }

    /// Every row of `t`, as text, in order.
    static func rows(_ engine: Engine, _ table: String = "t") throws -> [[Value]] {
        guard case .rows(let result) = try engine.query("select * from \(table)") else { return [] }
        return (0..<result.rowCount).map { r in result.columns.map { $0.value(at: r) } }
    }

    static func fails(_ engine: Engine, _ sql: String) -> Diagnostic? {
        do {
            try engine.query(sql)
            return nil
        } catch {
            return error
        }
    }

    @Test func insertWithABadValueInTheThirdRowInsertsNothing() throws {
        let engine = try Self.engine()
        let before = try Self.rows(engine)
        let error = try #require(Self.fails(engine, "insert into t values (5, 'five'), (6, 'six'), ('seven', 'x')"))
        #expect(error.message == "Could not convert string 'seven' to BIGINT")
        #expect(try Self.rows(engine) == before)
    }

    @Test func insertWithAnOverflowInTheThirdRowInsertsNothing() throws {
        let engine = try Self.engine()
        let before = try Self.rows(engine)
        let error = try #require(
            Self.fails(engine, "insert into t values (5, 'a'), (6, 'b'), (9223372036854775807 + 1, 'c')"))
        #expect(error.id == "exec.overflow")
        #expect(try Self.rows(engine) == before)
    }

    @Test func insertSelectFailingPartWayInsertsNothing() throws {
        let engine = try Self.engine()
        let before = try Self.rows(engine)
        // Rows 1 and 2 divide fine; row 3 divides by zero.
        #expect(Self.fails(engine, "insert into t select 12 // (3 - x), name from t") != nil)
        #expect(try Self.rows(engine) == before)
    }

    @Test func createTableAsFailingPartWayCreatesNothing() throws {
        let engine = try Self.engine()
        let error = try #require(Self.fails(engine, "create table c as select 12 // (3 - x) as y from t"))
        #expect(error.message.hasPrefix("Division by zero"))
        #expect(engine.catalog.table("c") == nil)
        #expect(engine.catalog.tableNames == ["t"])
    }

    @Test func createTableAsOverTheMemoryLimitCreatesNothing() throws {
        let engine = try Self.engine()
        engine.settings.memoryLimit = 40
        #expect(Self.fails(engine, "create table c as select * from t")?.id == "exec.out-of-memory")
        #expect(engine.catalog.table("c") == nil)
    }

    @Test func saveIsRefusedWhenWritingFilesIsOff() throws {
        let engine = try Self.engine()
        engine.settings.writesFiles = false
        let path = "/tmp/peruse-writes-off-\(UInt64.random(in: 0...UInt64.max)).csv"
        let error = try #require(Self.fails(engine, "save t to '\(path)'"))
        #expect(error.message == "writing files is turned off here")
        #expect(access(path, F_OK) != 0)
    }

    @Test func aFailedStatementInAScriptLeavesEarlierWorkAndLaterStatementsRun() throws {
        let engine = try Self.engine()
        var failures = 0
        let ok = engine.run(
            SourceText(
                name: "s.sql",
                text: "insert into t values (5, 'five');\ninsert into t values (6, 'six'), ('x', 'y');\n"
                    + "insert into t values (7, 'seven');"),
            keepGoing: true
        ) { if case .failure = $0.result { failures += 1 } }
        #expect(!ok)
        #expect(failures == 1)
        #expect(try Self.rows(engine).map { $0[0] } == [1, 2, 3, 4, 5, 7].map { Value.bigint($0) })
    }
}

/// Nesting the parser accepts never crashes later stages: each either finishes or stops
/// with a diagnostic when the stack runs short (debug builds have large frames).
@Suite struct DeepNestingTests {
    static func nested(_ open: String, _ inner: String, _ close: String, _ n: Int) -> String {
        String(repeating: open, count: n) + inner + String(repeating: close, count: n)
    }

    @Test(arguments: [
        // Found by the statements fuzzer: 950 additions overflowed the binder's stack.
        "select 1" + String(repeating: " + 1", count: 950),
        "select " + nested("abs(", "-1", ")", 999),
        "select " + nested("coalesce(", "1", ")", 999),
        "select " + nested("case when true then ", "1", " end", 999),
        "select " + String(repeating: "not ", count: 999) + "true",
        "select " + String(repeating: "- ", count: 999) + "1",
        "select 1 where " + nested("(", "1 = 1", " or 1 = 1)", 999),
        "select sum(" + nested("abs(", "1", ")", 999) + ") from t group by " + nested("abs(", "x", ")", 999),
    ])
    func deepNestingFinishesOrSaysTooDeep(sql: String) throws {
        let engine = Engine()
        try engine.query("create table t (x bigint)")
        try engine.query("insert into t values (1), (2)")
        do {
            try engine.query(sql)
        } catch {
            #expect(error.id.hasSuffix(".too-deep"), "\(error.message)")
            #expect(error.message.hasPrefix("expression nested too deeply"))
        }
        // The engine still works.
        guard case .rows(let result) = try engine.query("select count(*) from t") else { return }
        #expect(result.columns[0].value(at: 0) == .bigint(2))
    }
}
