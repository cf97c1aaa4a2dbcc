import Foundation
import PeruseBuiltins
import PeruseEngine
import Testing

/// The `.test` files under `Logic/`, as paths relative to it.
enum LogicFiles {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Logic")

    static let all: [String] = {
        let base = directory.resolvingSymlinksInPath().path + "/"
        guard let walker = FileManager.default.enumerator(atPath: base) else { return [] }
        return walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".test") }.sorted()
    }()
}

@Test func logicFilesAreFound() {
    #expect(!LogicFiles.all.isEmpty, "no .test files under \(LogicFiles.directory.path)")
}

/// Runs one file of `Logic/` on a fresh engine with the built-in tables loaded,
/// recording an issue per failing record at its line.
@Test(arguments: LogicFiles.all)
func logicFile(_ file: String) throws {
    let url = LogicFiles.directory.appendingPathComponent(file)
    let text = try String(contentsOf: url, encoding: .utf8)
    let records = try LogicParser.parse(text)
    let engine = Engine()
    try Builtins.load(into: engine)
    // Notes as the prompt makes them, so the runner sees that each reads in Spanish.
    engine.settings.countsRowsDroppedAsNull = true
    var runner = LogicRunner(engine: engine)
    let summary = runner.run(records)
    print(summary.line(for: "Logic/\(file)"))
    for failure in summary.failures {
        Issue.record(
            Comment(rawValue: "Logic/\(file):\(failure.line): " + failure.description),
            sourceLocation: Testing.SourceLocation(
                fileID: "PeruseLogicTests/\(file)", filePath: url.path, line: failure.line, column: 1))
    }
    if LogicRecorder.isOn, !summary.rewrites.isEmpty {
        try LogicRecorder.apply(summary.rewrites, to: text).write(to: url, atomically: true, encoding: .utf8)
        print("Logic/\(file): rewrote \(summary.rewrites.count) expected results")
    }
}

/// By hand only: `PERUSE_SLT=../shared/sqllogictest/select1.test:… swift test --filter sqliteCorpus`
/// runs SQLite's corpus files with integer division on and prints counts and the first failures
/// (`PERUSE_SLT_SHOW=n` for more or fewer than 10).
@Test(.enabled(if: ProcessInfo.processInfo.environment["PERUSE_SLT"] != nil))
func sqliteCorpus() throws {
    let environment = ProcessInfo.processInfo.environment
    let paths = (environment["PERUSE_SLT"] ?? "").split(separator: ":")
    let show = environment["PERUSE_SLT_SHOW"].flatMap { Int($0) } ?? 10
    for path in paths {
        let records: [LogicRecord]
        do {
            records = try LogicParser.parse(try String(contentsOfFile: String(path), encoding: .utf8))
        } catch {
            Issue.record("\(path): \(error)")
            continue
        }
        let engine = Engine()
        engine.settings.integerDivision = true
        var runner = LogicRunner(engine: engine)
        let summary = runner.run(records)
        print(summary.line(for: String(path)))
        for failure in summary.failures.prefix(show) {
            print("\(path):\(failure.line): \(failure)")
        }
    }
}
