import PeruseEngine
import PeruseStorage
import PeruseSyntax
import Testing

/// Statements that would hold more than `EngineSettings.memoryLimit` stop with a clear
/// error naming the operator, and the engine keeps working afterwards.
@Suite struct MemoryBudgetTests {
    /// An engine holding `big(x)`: the integers 1 … 2^doublings, each once.
    static func engineWithBigTable(doublings: Int) throws -> Engine {
        let engine = Engine(settings: EngineSettings())
        try engine.query("create table big as select 1 as x")
        for k in 0..<doublings {
            try engine.query("insert into big select x + \(1 << k) from big")
        }
        return engine
    }

    static func error(_ engine: Engine, _ sql: String) -> Diagnostic? {
        do {
            try engine.query(sql)
            return nil
        } catch {
            return error
        }
    }

    @Test func bigTableIsWhatItSays() throws {
        let engine = try Self.engineWithBigTable(doublings: 15)
        let result = try engine.query("select count(distinct x), min(x), max(x) from big")
        guard case .rows(let table) = result else {
            Issue.record("no rows")
            return
        }
        #expect(table.columns.map { $0.value(at: 0) } == [.bigint(32768), .bigint(1), .bigint(32768)])
    }

    @Test func resultOverTheLimitStopsAndEngineStaysUsable() throws {
        let engine = try Self.engineWithBigTable(doublings: 15)
        engine.settings.memoryLimit = 100_000
        let error = try #require(Self.error(engine, "select x from big"))
        #expect(error.id == "exec.out-of-memory")
        #expect(error.message.hasPrefix("out of memory: the result would need at least "))
        #expect(error.message.hasSuffix(", over the 100 KB limit"))
        #expect(error.help?.contains("--memory-limit") == true)
        // The next statement works, and a result under the limit is fine.
        let small = try engine.query("select x from big where x <= 3")
        guard case .rows(let table) = small else {
            Issue.record("no rows")
            return
        }
        #expect(table.rowCount == 3)
    }

    /// Each operator that keeps rows stops the statement on its own, before the result does:
    /// 32768 groups of one key and a count need about 1.6 MB; the result alone 0.5 MB.
    @Test(arguments: [
        ("select x, count(*) from big group by x", "group by"),
        ("select distinct x, x + 1, x + 2 from big", "distinct"),
        ("select x, x + 1 as y from big order by y desc", "order by"),
        ("select count(distinct x) from big", "aggregate"),
        ("select median(x) from big", "aggregate"),
        ("create table copy as select x, x + 1 as y from big", "result"),
        ("insert into big select x from big where x < 10", "insert"),
        ("insert into big values (1)", "insert"),
    ])
    func operatorOverTheLimitStopsAndEngineStaysUsable(sql: String, operatorName: String) throws {
        let engine = try Self.engineWithBigTable(doublings: 15)
        engine.settings.memoryLimit = 200_000
        let error = try #require(Self.error(engine, sql))
        #expect(error.id == "exec.out-of-memory")
        #expect(error.message.hasPrefix("out of memory: the \(operatorName) would need at least "))
        #expect(error.message.hasSuffix(", over the 200 KB limit"))
        // Nothing changed, and the next statement works.
        #expect(engine.catalog.table("copy") == nil)
        guard case .rows(let table) = try engine.query("select count(*), max(x) from big") else {
            Issue.record("no rows")
            return
        }
        #expect(table.columns.map { $0.value(at: 0) } == [.bigint(32768), .bigint(32768)])
    }

    /// A runaway cross join (32768² rows) stops at the limit; the engine stays usable.
    @Test func runawayCrossJoinStops() throws {
        let engine = try Self.engineWithBigTable(doublings: 15)
        engine.settings.memoryLimit = 20_000_000
        let error = try #require(Self.error(engine, "select a.x, b.x from big a cross join big b"))
        #expect(error.id == "exec.out-of-memory")
        #expect(error.message.hasSuffix(", over the 20 MB limit"))
        guard case .rows(let table) = try engine.query("select count(*) from big") else {
            Issue.record("no rows")
            return
        }
        #expect(table.columns[0].value(at: 0) == .bigint(32768))
    }

    /// Top-N keeps only a few thousand rows however many it reads, so it fits where a
    /// full sort would not.
    @Test func topNStaysWithinASmallBudget() throws {
        let engine = try Self.engineWithBigTable(doublings: 15)
        engine.settings.memoryLimit = 200_000
        guard case .rows(let table) = try engine.query("select x from big order by x desc limit 3") else {
            Issue.record("no rows")
            return
        }
        #expect((0..<3).map { table.columns[0].value(at: $0) } == [.bigint(32768), .bigint(32767), .bigint(32766)])
    }

    @Test func noLimitMeansNoLimit() throws {
        let engine = try Self.engineWithBigTable(doublings: 15)
        engine.settings.memoryLimit = nil
        guard case .rows(let table) = try engine.query("select x from big") else {
            Issue.record("no rows")
            return
        }
        #expect(table.rowCount == 32768)
    }

    @Test func defaultLimitIsHalfThePhysicalMemory() throws {
        let limit = try #require(EngineSettings().memoryLimit)
        #expect(limit > 0)
        #expect(EngineSettings().memoryLimit == ByteSize.defaultMemoryLimit)
    }
}

@Suite struct ByteSizeTests {
    @Test(arguments: [
        ("2GB", 2_000_000_000), ("2 gb", 2_000_000_000), ("500MB", 500_000_000), ("1.5GiB", 1_610_612_736),
        ("10KB", 10_000), ("64 KiB", 65_536), ("100 bytes", 100), ("1TB", 1_000_000_000_000),
    ])
    func parses(text: String, bytes: Int) {
        #expect(ByteSize.parse(text) == bytes)
    }

    @Test(arguments: ["", "2", "GB", "2 XB", "-1GB", "0GB", "1e3GB", "nan GB", "99999999999999999999TB", "1.2.3GB"])
    func refuses(text: String) {
        #expect(ByteSize.parse(text) == nil)
    }

    @Test(arguments: [
        (0, "0 bytes"), (1, "1 byte"), (999, "999 bytes"), (1000, "1 KB"), (3_200_000_000, "3.2 GB"),
        (2_000_000_000, "2 GB"), (999_960_000, "1 GB"), (Int.max, "9.2 EB"),
    ])
    func formats(bytes: Int, text: String) {
        #expect(ByteSize.format(bytes) == text)
    }
}
