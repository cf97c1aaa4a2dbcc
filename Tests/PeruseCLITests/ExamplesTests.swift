import Foundation
import Testing

/// Every saved script in `Examples/` runs through the real binary and prints exactly its
/// `.expected` file (`workshop/es/` with `--lang es`). With `PERUSE_RECORD=1` the expected files are rewritten instead.
@Suite struct ExamplesTests {
    static let examplesDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Examples")

    /// Every `.sql` file under `Examples/`, subfolders included (`workshop/en/1_….sql`).
    static let scripts: [String] = {
        let walker = FileManager.default.enumerator(atPath: examplesDirectory.path)
        var names: [String] = []
        while let name = walker?.nextObject() as? String {
            if name.hasSuffix(".sql") { names.append(name) }
        }
        return names.sorted()
    }()

    @Test func thereAreAtLeastFiveExamples() {
        #expect(Self.scripts.count >= 5, "Examples/ holds \(Self.scripts.count) scripts")
    }

    /// The workshop runs in Spanish and English, step for step.
    @Test func theWorkshopHasTheSameStepsInBothLanguages() {
        let english = Self.scripts.filter { $0.hasPrefix("workshop/en/") }
        let spanish = Self.scripts.filter { $0.hasPrefix("workshop/es/") }
        #expect(english.count >= 5)
        #expect(english.count == spanish.count)
        let steps = { (paths: [String]) in paths.map { $0.split(separator: "/").last?.prefix(2) ?? "" } }
        #expect(steps(english) == steps(spanish))
    }

    @Test(arguments: scripts)
    func example(_ script: String) throws {
        let scriptURL = Self.examplesDirectory.appendingPathComponent(script)
        let expectedURL = scriptURL.deletingPathExtension().appendingPathExtension("expected")
        // The Spanish workshop runs in Spanish, as a class in Lima would run it.
        let language = script.hasPrefix("workshop/es/") ? ["--lang", "es"] : []
        let run = try Peruse.run(language + [scriptURL.path])
        #expect(run.exitedNormally)
        #expect(run.status == 0, "\(script) failed: \(run.stderr)")
        #expect(run.stderr == "", "\(script) warns: \(run.stderr)")
        if ProcessInfo.processInfo.environment["PERUSE_RECORD"] == "1" {
            try run.stdoutBytes.write(to: expectedURL)
            return
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        #expect(run.stdout == expected, "\(script) printed something other than \(expectedURL.lastPathComponent)")
    }
}
