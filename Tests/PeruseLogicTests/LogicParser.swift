import PeruseStorage

/// Reads a sqllogictest file into records. Records end at a blank line; `#` lines between
/// records are comments.
enum LogicParser {
    struct Failure: Error, CustomStringConvertible {
        var line: Int
        var message: String
        var description: String { "line \(line): \(message)" }
    }

    static func parse(_ text: String) throws(Failure) -> [LogicRecord] {
        let lines = splitLines(text)
        var records: [LogicRecord] = []
        var conditions: [Condition] = []
        var i = 0
        while i < lines.count {
            let line = lines[i].trimmingSpaces
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard let head = words.first, !head.hasPrefix("#") else {
                if line.isEmpty { conditions = [] }
                i += 1
                continue
            }
            let start = i
            i += 1
            var record: LogicRecord
            switch head {
            case "skipif", "onlyif":
                guard words.count >= 2 else { throw Failure(line: start + 1, message: "\(head) needs an engine name") }
                conditions.append(Condition(mode: head == "skipif" ? .skipIf : .onlyIf, engine: words[1]))
                continue
            case "halt":
                record = LogicRecord(kind: .halt, sql: "", line: start + 1)
            case "hash-threshold":
                guard words.count >= 2, let n = Int(words[1]) else {
                    throw Failure(line: start + 1, message: "hash-threshold needs a number")
                }
                record = LogicRecord(kind: .hashThreshold(n), sql: "", line: start + 1)
            case "statement" where words.count >= 2 && (words[1] == "ok" || words[1] == "error"):
                record = errorOrStatement(words[1] == "ok", lines, &i, start)
            case "query" where words.count >= 2 && words[1] == "error":
                record = errorOrStatement(false, lines, &i, start)
            case "query" where words.count >= 2:
                record = try query(words, lines, &i, start)
            default:
                record = LogicRecord(kind: .unsupported(line), sql: "", line: start + 1)
                skipBlock(lines, &i)
            }
            record.conditions = conditions
            conditions = []
            records.append(record)
        }
        return records
    }

    /// `statement ok|error` or `query error`: the SQL, then for errors an optional `----` and
    /// the expected message substring.
    private static func errorOrStatement(_ ok: Bool, _ lines: [String], _ i: inout Int, _ start: Int) -> LogicRecord {
        let sql = readSQL(lines, &i)
        let lastSQLLine = i - 1
        var message: String?
        if i < lines.count, lines[i].trimmingSpaces == "----" {
            i += 1
            let from = i
            skipBlock(lines, &i)
            let text = lines[from..<i].joined(separator: "\n").trimmingSpaces
            message = text.isEmpty ? nil : text
        }
        var record = LogicRecord(kind: ok ? .statementOK : .error(message: message), sql: sql, line: start + 1)
        record.lastSQLLine = lastSQLLine
        return record
    }

    private static func query(_ words: [String], _ lines: [String], _ i: inout Int, _ start: Int) throws(Failure)
        -> LogicRecord
    {
        let types = Array(words[1])
        var sort = QuerySpec.Sort.nosort
        var label: String?
        if words.count >= 3 {
            guard let s = QuerySpec.Sort(rawValue: words[2]) else {
                throw Failure(line: start + 1, message: "unknown sort mode '\(words[2])'")
            }
            sort = s
        }
        if words.count >= 4 { label = words[3] }
        let sql = readSQL(lines, &i)
        let lastSQLLine = i - 1
        var expected = Expected.values([])
        var expectedLines: Range<Int>?
        if i < lines.count, lines[i].trimmingSpaces == "----" {
            i += 1
            let from = i
            skipBlock(lines, &i)
            expectedLines = from..<i
            expected = parseExpected(Array(lines[from..<i]))
        }
        var record = LogicRecord(
            kind: .query(QuerySpec(types: types, sort: sort, label: label, expected: expected)),
            sql: sql, line: start + 1)
        record.expectedLines = expectedLines
        record.lastSQLLine = lastSQLLine
        return record
    }

    /// Expected values: `N values hashing to <md5>`, or values one per line or tab-separated.
    static func parseExpected(_ lines: [String]) -> Expected {
        if lines.count == 1 {
            let words = lines[0].trimmingSpaces.split(separator: " ")
            if words.count == 5, let n = Int(words[0]), words[1] == "values", words[2] == "hashing",
                words[3] == "to"
            {
                return .hash(count: n, md5: words[4].lowercased())
            }
        }
        return .values(lines.flatMap { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) })
    }

    /// Lines up to a blank line or `----`, joined; `i` is left on the line that ended them.
    private static func readSQL(_ lines: [String], _ i: inout Int) -> String {
        var sql: [String] = []
        while i < lines.count {
            let trimmed = lines[i].trimmingSpaces
            if trimmed.isEmpty || trimmed == "----" { break }
            sql.append(lines[i])
            i += 1
        }
        return sql.joined(separator: "\n")
    }

    private static func skipBlock(_ lines: [String], _ i: inout Int) {
        while i < lines.count, !lines[i].trimmingSpaces.isEmpty { i += 1 }
    }

    /// Lines without their `\n` or `\r\n`. (In Swift `\r\n` is one `Character`, so both are
    /// separators here.)
    static func splitLines(_ text: String) -> [String] {
        text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .map(String.init)
    }
}
