import Foundation
import PeruseSyntax
import Testing

@testable import PeruseShell

/// Every text the `peruse` command prints itself has English and Spanish, and the command
/// prints no literal English that bypasses `CommandLineText`.
@Suite struct CommandLineTextTests {
    static let commandSources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/peruse")

    @Test func everyKeyHasBothTextsWithTheSameHoles() {
        for key in CommandLineText.allCases {
            let english = CommandLineText.english[key] ?? ""
            let spanish = CommandLineText.spanish[key] ?? ""
            #expect(!english.isEmpty && !spanish.isEmpty, "\(key.rawValue) lacks a text")
            #expect(ShellText.holes(in: english) == ShellText.holes(in: spanish), "\(key.rawValue)")
        }
        #expect(CommandLineText.resultsVerified.text(in: .es, "a.md", "2") == "a.md: 2 resultados verificados")
    }

    @Test func everyKeyIsUsedByTheCommand() throws {
        let sources = try Self.sources().map(\.text).joined()
        let unused = CommandLineText.allCases.filter { key in
            ![".\(key.rawValue))", ".\(key.rawValue),", ".\(key.rawValue).", ".\(key.rawValue) "].contains(
                where: sources.contains)
        }
        #expect(unused.isEmpty, "texts the command never uses: \(unused.map(\.rawValue))")
    }

    /// `writeLine("cannot …")` or `ValidationError("…")` with words would print English whatever
    /// `--lang` says (`peruse: ` and `--load: ` are names, not words).
    @Test func theCommandPrintsNoLiteralEnglish() throws {
        var offenders: [String] = []
        for (name, text) in try Self.sources() {
            for (number, line) in text.split(separator: "\n").enumerated() {
                for call in ["writeLine(\"", "ValidationError(\"", "InputError(message: \""] {
                    guard let start = line.range(of: call) else { continue }
                    let rest = line[start.upperBound...]
                    let literal = ShellTextTests.withoutInterpolations(String(rest.prefix { $0 != "\"" }))
                    let words = literal.replacingOccurrences(of: "peruse", with: "").replacingOccurrences(
                        of: "--load", with: "")
                    if words.contains(where: \.isLetter) { offenders.append("\(name):\(number + 1): \(line)") }
                }
            }
        }
        #expect(
            offenders.isEmpty, "English-only text; add a CommandLineText key:\n\(offenders.joined(separator: "\n"))")
    }

    static func sources() throws -> [(name: String, text: String)] {
        try FileManager.default.contentsOfDirectory(atPath: commandSources.path).filter { $0.hasSuffix(".swift") }.map {
            ($0, try String(contentsOf: commandSources.appendingPathComponent($0), encoding: .utf8))
        }
    }
}
