import PeruseIO
import PeruseStorage
import Testing

/// The handout format `--verify` reads and `.record` writes.
@Suite struct HandoutFormatTests {
    @Test func blocksAndTheTablesUnderThem() {
        let text =
            "Prose\n```sql\nselect 1;\nselect 2\n```\n\n\n| a |\n|---:|\n| 2 |\nSource: x\n```SQL\ncreate table t (a bigint)\n```\nend"
        let queries = Handout.queries(in: text)
        #expect(queries.count == 2)
        #expect(queries.first?.sql == "select 1;\nselect 2")
        #expect(queries.first?.line == 3)
        #expect(queries.first?.expected == ["| a |", "|---:|", "| 2 |"])
        #expect(queries.first?.expectedLine == 8)
        #expect(queries.last?.expected == nil)
    }

    @Test func whatRecordWritesIsWhatVerifyReads() throws {
        var builder = VectorBuilder(type: .bigint)
        builder.append(.bigint(2023))
        let table = ResultTable(columnNames: ["año"], columns: [builder.build()])
        let entry = Handout.entry(sql: "select año from t\n", result: table, footnotes: ["Source: INEI."])
        #expect(entry == "```sql\nselect año from t\n```\n\n| año |\n|---:|\n| 2023 |\n\nSource: INEI.\n")
        let read = try #require(Handout.queries(in: entry).first)
        #expect(read.sql == "select año from t")
        #expect(read.expected == Handout.expectedLines(table))
    }
}
