import Foundation
import Testing

/// Every saved script in `Examples/` runs through the real binary and prints exactly its
/// `.expected` file. With `PERUSE_RECORD=1` the expected files are rewritten instead.
@Suite struct ExamplesTests {
    static let examplesDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Examples")

    static let scripts: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: examplesDirectory.path)) ?? []
        return names.filter { $0.hasSuffix(".sql") }.sorted()
    }()

    @Test func thereAreAtLeastFiveExamples() {
        #expect(Self.scripts.count >= 5, "Examples/ holds \(Self.scripts.count) scripts")
    }

    @Test(arguments: scripts)
    func example(_ script: String) throws {
        let scriptURL = Self.examplesDirectory.appendingPathComponent(script)
        let expectedURL = scriptURL.deletingPathExtension().appendingPathExtension("expected")
        let run = try Peruse.run([scriptURL.path])
        #expect(run.exitedNormally)
        #expect(run.status == 0, "\(script) failed: \(run.stderr)")
        if ProcessInfo.processInfo.environment["PERUSE_RECORD"] == "1" {
            try run.stdoutBytes.write(to: expectedURL)
            return
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        #expect(run.stdout == expected, "\(script) printed something other than \(expectedURL.lastPathComponent)")
    }
}
