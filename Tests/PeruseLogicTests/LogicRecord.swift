/// One record of a sqllogictest file: a statement or query with what it should produce.
///
/// The format is SQLite's (`shared/sqllogictest/README.md` beside the repository) with DuckDB's additions:
/// expected error messages after `----`, and rows written on one line separated by tabs.
struct LogicRecord: Sendable {
    enum Kind: Sendable {
        /// `statement ok`
        case statementOK
        /// `statement error` / `query error`, with an optional expected message substring.
        case error(message: String?)
        /// `query <types> [sort] [label]`
        case query(QuerySpec)
        /// `hash-threshold N`
        case hashThreshold(Int)
        /// `halt`: stop reading the file.
        case halt
        /// A record the runner does not understand (`loop`, `require`, …): counted as skipped.
        case unsupported(String)
    }

    var kind: Kind
    var sql: String
    /// 1-based line of the record's first line (after its `skipif`/`onlyif` lines).
    var line: Int
    /// `skipif`/`onlyif` conditions written before the record.
    var conditions: [Condition] = []
    /// For queries: 0-based line indices `[start, end)` of the expected block (after `----`),
    /// or nil when the record has no `----` line; and the index of the last SQL line.
    var expectedLines: Range<Int>? = nil
    var lastSQLLine: Int = 0
}

struct QuerySpec: Sendable {
    enum Sort: String, Sendable { case nosort, rowsort, valuesort }
    /// One letter per column: `I` integer, `R` real, `T` text.
    var types: [Character]
    var sort: Sort
    var label: String?
    var expected: Expected
}

/// What a query should produce.
enum Expected: Sendable, Equatable {
    /// Every value in order, rows flattened (one per line, or tab-separated on a line).
    case values([String])
    /// `N values hashing to <md5>`.
    case hash(count: Int, md5: String)
}

/// `skipif <engine>` / `onlyif <engine>`.
struct Condition: Sendable {
    enum Mode: Sendable { case skipIf, onlyIf }
    var mode: Mode
    var engine: String

    /// Whether a record under this condition runs on `engine`.
    func allows(engine name: String) -> Bool {
        let same = engine.lowercased() == name.lowercased()
        return mode == .skipIf ? !same : same
    }
}
