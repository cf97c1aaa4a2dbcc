import PeruseEngine
import PeruseStorage
import PeruseSyntax

/// Runs a file's records against one engine and says which passed.
///
/// Records guarded by `skipif peruse` or by `onlyif <another engine>` are skipped. The runner
/// itself handles `set integer_division = true|false`, which Peruse's SQL does not have: it
/// switches `engine.settings.integerDivision`, as DuckDB's setting of that name does.
struct LogicRunner {
    static let engineName = "peruse"

    let engine: Engine
    /// Results with more values than this are compared by hash (0: never).
    var hashThreshold = 0

    struct Failure: CustomStringConvertible {
        var line: Int
        var sql: String
        var problem: String
        var expected: String
        var actual: String

        var description: String {
            var out = "\(problem)\n    " + sql.replacingNewlines(with: "\n    ")
            if !expected.isEmpty || !actual.isEmpty {
                out += "\n  expected:\n    " + expected.replacingNewlines(with: "\n    ")
                out += "\n  actual:\n    " + actual.replacingNewlines(with: "\n    ")
            }
            return out
        }
    }

    /// A query record's expected block rewritten with what the engine gave (`PERUSE_RECORD=1`).
    struct Rewrite {
        var record: LogicRecord
        var lines: [String]
    }

    struct Summary {
        var passed = 0
        var failed = 0
        var skipped = 0
        var failures: [Failure] = []
        var rewrites: [Rewrite] = []

        func line(for name: String) -> String {
            "\(name): \(passed) passed, \(failed) failed, \(skipped) skipped"
        }
    }

    init(engine: Engine) {
        self.engine = engine
    }

    mutating func run(_ records: [LogicRecord]) -> Summary {
        var summary = Summary()
        for record in records {
            let applies = record.conditions.allSatisfy { $0.allows(engine: Self.engineName) }
            switch record.kind {
            case .halt where applies: return summary
            case .hashThreshold(let n) where applies: hashThreshold = n
            case .halt, .hashThreshold: break
            case .unsupported: summary.skipped += 1
            case .statementOK, .error, .query:
                guard applies else {
                    summary.skipped += 1
                    continue
                }
                if let failure = check(record, &summary) {
                    summary.failed += 1
                    summary.failures.append(failure)
                } else {
                    summary.passed += 1
                }
            }
        }
        return summary
    }

    /// Runs one record; nil when it passed.
    private mutating func check(_ record: LogicRecord, _ summary: inout Summary) -> Failure? {
        let sql = record.sql
        func failure(_ problem: String, expected: String = "", actual: String = "") -> Failure {
            Failure(line: record.line, sql: sql, problem: problem, expected: expected, actual: actual)
        }
        if let setting = Self.integerDivisionSetting(sql) {
            engine.settings.integerDivision = setting
            if case .statementOK = record.kind { return nil }
            return failure("the runner's `set integer_division` always succeeds")
        }
        let outcome: Result<StatementResult, Diagnostic>
        do { outcome = .success(try engine.query(sql)) } catch { outcome = .failure(error) }
        // Every message and note a test's statements make must also read in Spanish (ResultText).
        if case .success(let result) = outcome {
            let untranslated = Self.untranslatedResultTexts(result)
            if !untranslated.isEmpty {
                return failure(
                    "no Spanish text for a message or note (add it to Sources/PeruseSyntax/Messages/ResultText+Entries.swift)",
                    actual: untranslated.joined(separator: "\n"))
            }
        }

        switch (record.kind, outcome) {
        case (.statementOK, .success):
            return nil
        case (.statementOK, .failure(let diagnostic)), (.query, .failure(let diagnostic)):
            return failure("failed: " + render(diagnostic, sql))
        case (.error, .success):
            return failure("expected an error, but it succeeded")
        case (.error(let message), .failure(let diagnostic)):
            // Every error a test expects must also read in Spanish (MessageCatalog).
            let untranslated = MessageCatalog.untranslated(diagnostic, in: .es)
            if !untranslated.isEmpty {
                return failure(
                    "no Spanish text for \(diagnostic.id) (add it to Sources/PeruseSyntax/Messages)",
                    actual: untranslated.joined(separator: "\n"))
            }
            let text = diagnostic.message + (diagnostic.help.map { "\n" + $0 } ?? "")
            guard let message, !text.contains(message) else { return nil }
            return failure("wrong error message", expected: message, actual: render(diagnostic, sql))
        case (.query, .success(.message(let message))):
            return failure("expected rows, but got a message", actual: message)
        case (.query(let spec), .success(.rows(let table))):
            return compare(record, spec, table, &summary).map { failure($0.0, expected: $0.1, actual: $0.2) }
        case (.halt, _), (.hashThreshold, _), (.unsupported, _):
            return nil
        }
    }

    /// The lines of a statement's message, a result's notes and provenance, that have no Spanish text.
    static func untranslatedResultTexts(_ result: StatementResult) -> [String] {
        switch result {
        case .message(let message):
            return ResultText.message.untranslatedLines(of: message)
        case .rows(let table):
            return table.annotations.notes.flatMap { ResultText.note.untranslatedLines(of: $0) }
                + table.annotations.provenance.flatMap { ResultText.provenance.untranslatedLines(of: $0) }
                + (table.chart.map { ResultText.label.untranslatedLines(of: $0.title) } ?? [])
                + (table.plainText.map { ResultText.explanation.untranslatedLines(of: $0) } ?? [])
        }
    }

    /// Nil when the table matches; else the problem, expected and actual text.
    private func compare(
        _ record: LogicRecord, _ spec: QuerySpec, _ table: ResultTable, _ summary: inout Summary
    ) -> (String, String, String)? {
        let width = spec.types.count
        let rows = ResultFormatter.rows(table, types: spec.types)
        let actual = ResultFormatter.sorted(rows, spec.sort)
        let useHash = hashThreshold > 0 && actual.count > hashThreshold
        let actualLines =
            useHash
            ? ["\(actual.count) values hashing to \(ResultFormatter.hash(actual))"]
            : spec.sort == .valuesort
                ? actual : ResultFormatter.chunk(actual, width: width).map { $0.joined(separator: "\t") }

        if table.columns.count != width {
            summary.rewrites.append(Rewrite(record: record, lines: actualLines))
            return (
                "expected \(width) columns (\(String(spec.types))), got \(table.columns.count)",
                "", actualLines.joined(separator: "\n")
            )
        }
        let expectedText: String
        switch spec.expected {
        case .hash(let count, let md5):
            if actual.count == count && ResultFormatter.hash(actual) == md5 { return nil }
            expectedText = "\(count) values hashing to \(md5)"
        case .values(let values):
            let expected: [String]
            switch spec.sort {
            case .nosort: expected = values
            case .rowsort: expected = ResultFormatter.sorted(ResultFormatter.chunk(values, width: width), .rowsort)
            case .valuesort: expected = values.sorted(by: ResultFormatter.precedes)
            }
            if expected == actual { return nil }
            expectedText =
                spec.sort == .valuesort
                ? expected.joined(separator: "\n")
                : ResultFormatter.chunk(expected, width: width).map { $0.joined(separator: "\t") }.joined(
                    separator: "\n")
        }
        summary.rewrites.append(Rewrite(record: record, lines: actualLines))
        return ("wrong result", expectedText, actualLines.joined(separator: "\n"))
    }

    private func render(_ diagnostic: Diagnostic, _ sql: String) -> String {
        DiagnosticRenderer.render(diagnostic, in: SourceText(name: "<record>", text: sql))
    }

    /// `set integer_division = true` (or `to false`, any case, optional `;`): the setting, or nil.
    static func integerDivisionSetting(_ sql: String) -> Bool? {
        var text = sql.lowercased().filter { !$0.isWhitespace }
        while text.hasSuffix(";") { text.removeLast() }
        for prefix in ["setinteger_division=", "setinteger_divisionto"] where text.hasPrefix(prefix) {
            switch text.dropFirst(prefix.count) {
            case "true", "1", "on": return true
            case "false", "0", "off": return false
            default: return nil
            }
        }
        return nil
    }
}

extension String {
    fileprivate func replacingNewlines(with separator: String) -> String {
        split(separator: "\n", omittingEmptySubsequences: false).joined(separator: separator)
    }
}
