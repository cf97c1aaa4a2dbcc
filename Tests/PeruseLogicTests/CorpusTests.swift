import Foundation
import PeruseEngine
import Testing

/// SQLite's sqllogictest corpus, run by `.ci/run`: `PERUSE_SLT_DIR=dir swift test --filter corpusAgainstBaseline`
/// runs every `.test` file under `dir` with integer division on, prints each file's counts, and
/// fails on any failing record that `sqlite-corpus-differences.txt` does not list as a deliberate
/// difference (and on any listed record that now passes, so the list stays true).
/// `PERUSE_SLT_WRITE_BASELINE=1` rewrites the list from the failures, with a reason for each.
@Test(.enabled(if: ProcessInfo.processInfo.environment["PERUSE_SLT_DIR"] != nil))
func corpusAgainstBaseline() throws {
    let environment = ProcessInfo.processInfo.environment
    let directory = URL(fileURLWithPath: environment["PERUSE_SLT_DIR"] ?? ".").standardizedFileURL
    let baselineURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("sqlite-corpus-differences.txt")
    let baseline = CorpusBaseline.read(try String(contentsOf: baselineURL, encoding: .utf8))
    let files = (FileManager.default.enumerator(atPath: directory.path)?.compactMap { $0 as? String } ?? [])
        .filter { $0.hasSuffix(".test") }.sorted()
    #expect(!files.isEmpty, "no .test files under \(directory.path)")

    var found: [String: String] = [:]
    var totals = (passed: 0, failed: 0, skipped: 0)
    for file in files {
        let text = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
        let engine = Engine()
        engine.settings.integerDivision = true
        var runner = LogicRunner(engine: engine)
        let summary = runner.run(try LogicParser.parse(text))
        var deliberate = 0
        for failure in summary.failures {
            let key = "\(file):\(failure.line)"
            found[key] = CorpusBaseline.reason(for: failure)
            if let reason = baseline[key], reason != "unexplained" {
                deliberate += 1
            } else {
                Issue.record(Comment(rawValue: "\(key): unexpected failure: \(failure)"))
            }
        }
        totals.passed += summary.passed
        totals.failed += summary.failed
        totals.skipped += summary.skipped
        print(
            "\(file): \(summary.passed) passed, \(summary.failed) failed (\(deliberate) deliberate), \(summary.skipped) skipped"
        )
    }
    for (key, _) in baseline where found[key] == nil {
        Issue.record(Comment(rawValue: "\(key): listed as a deliberate difference but passes now: remove it"))
    }
    print(
        "total: \(totals.passed) passed, \(totals.failed) failed, \(totals.skipped) skipped (skips are the files' own onlyif/skipif)"
    )
    var byReason: [String: Int] = [:]
    for key in found.keys { byReason[baseline[key] ?? found[key] ?? "", default: 0] += 1 }
    for (reason, count) in byReason.sorted(by: { $0.value > $1.value }) {
        print("  \(count) deliberate: \(reason)")
    }
    if environment["PERUSE_SLT_WRITE_BASELINE"] != nil {
        try CorpusBaseline.write(found).write(to: baselineURL, atomically: true, encoding: .utf8)
        print("wrote \(found.count) entries to \(baselineURL.path)")
    }
}

/// The corpus records where Peruse deliberately answers differently from SQLite.
enum CorpusBaseline {
    /// `file:line` → reason, from lines `file:line<TAB>reason` (`#` starts a comment).
    static func read(_ text: String) -> [String: String] {
        var out: [String: String] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: "\t", maxSplits: 1)
            if parts.count == 2 { out[String(parts[0])] = String(parts[1]) }
        }
        return out
    }

    static func write(_ entries: [String: String]) -> String {
        var out = """
            # Records of SQLite's sqllogictest corpus where Peruse deliberately answers differently,
            # with the reason. CorpusTests.swift fails on any failure not listed here and on any
            # listed record that passes. Regenerate with PERUSE_SLT_WRITE_BASELINE=1 (see .ci/run).

            """
        for key in entries.keys.sorted(by: precedes) { out += "\(key)\t\(entries[key] ?? "")\n" }
        return out
    }

    private static func precedes(_ a: String, _ b: String) -> Bool {
        let (fa, la) = split(a)
        let (fb, lb) = split(b)
        return fa != fb ? fa < fb : la < lb
    }

    private static func split(_ key: String) -> (String, Int) {
        guard let colon = key.lastIndex(of: ":") else { return (key, 0) }
        return (String(key[..<colon]), Int(key[key.index(after: colon)...]) ?? 0)
    }

    /// Why a failure is a deliberate difference, judged from its message and SQL; failures no
    /// rule explains are "unexplained" and must be fixed rather than listed.
    static func reason(for failure: LogicRunner.Failure) -> String {
        let text = failure.problem
        if text.contains("must appear in the GROUP BY clause") {
            return
                "a column neither grouped nor aggregated is an error, as in DuckDB and PostgreSQL (SQLite picks a row)"
        }
        if text.contains("Division by zero") {
            return "division by zero is an error, as in DuckDB 2.0 (SQLite gives NULL)"
        }
        if text.contains("Could not convert string") {
            return "a string compared with a number is converted to a number and fails when it is not one, as in DuckDB"
        }
        if failure.sql.contains("x'") {
            return "no BLOB type, so no x'…' literals"
        }
        if failure.sql.uppercased().contains("NOT IN ()") {
            return "NULL NOT IN () is NULL, as in DuckDB (SQLite says true)"
        }
        return "unexplained"
    }
}
