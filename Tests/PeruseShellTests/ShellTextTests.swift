import Foundation
@testable import PeruseShell
import PeruseSyntax
import Testing

/// Every text the shell shows exists in English and Spanish, and no shell source prints English
/// text that bypasses the catalogue.
@Suite struct ShellTextTests {
    static let shellSources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/PeruseShell")

    /// Files whose texts are still English only (`ShellError(untranslated:)`, literal messages).
    /// Emptied as each file moves to the catalogue; a file that no longer needs to be here fails.
    static let pending: Set<String> = []

    @Test(arguments: Language.allCases) func everyKeyHasATextIn(_ language: Language) {
        let table = language == .es ? ShellText.spanish : ShellText.english
        let missing = ShellText.allCases.filter { (table[$0] ?? "").isEmpty }
        #expect(missing.isEmpty, "no \(language.rawValue) text for: \(missing.map(\.rawValue))")
    }

    @Test func bothTextsHaveTheSameHoles() {
        for key in ShellText.allCases {
            let english = ShellText.english[key] ?? "", spanish = ShellText.spanish[key] ?? ""
            #expect(
                ShellText.holes(in: english) == ShellText.holes(in: spanish),
                "\(key.rawValue): \"\(english)\" / \"\(spanish)\"")
        }
    }

    @Test func argumentsFillTheHolesInOrder() {
        #expect(ShellText.unknownMode.text(in: .en, ["tabel", ".mode table"]) == "unknown mode: tabel; use .mode table")
        #expect(ShellText.unknownMode.text(in: .es, ["tabel", ".mode table"]) == "modo desconocido: tabel; usa .mode table")
        #expect(ShellError(.noSuchTable, "crim").message(in: .es) == "no existe la tabla: crim")
    }

    @Test func everyKeyIsUsedInTheSources() throws {
        let sources = try Self.swiftFiles().filter { !$0.path.contains("/Texts/") }
            .map { try String(contentsOf: $0, encoding: .utf8) }.joined()
        let unused = ShellText.allCases.filter { key in
            key != .verbatim && !sources.contains("." + key.rawValue + ")") && !sources.contains("." + key.rawValue + ",")
                && !sources.contains("." + key.rawValue + " ")
        }
        #expect(unused.isEmpty, "texts no source uses: \(unused.map(\.rawValue))")
    }

    /// A message written as a literal (`writeMessage("done")`, `.success("done")`,
    /// `ShellError(untranslated: "done")`) would print English whatever `.lang` says.
    @Test func noShellSourcePrintsLiteralText() throws {
        var offenders: [String] = []
        var stillPending: Set<String> = []
        for file in try Self.swiftFiles() where !file.path.contains("/Texts/") {
            let name = file.lastPathComponent
            let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            for (number, line) in lines.enumerated() where Self.printsLiteralText(String(line)) {
                if Self.pending.contains(name) { stillPending.insert(name) } else { offenders.append("\(name):\(number + 1): \(line.trimmingCharacters(in: .whitespaces))") }
            }
        }
        #expect(offenders.isEmpty, "English-only text; add a ShellText key:\n\(offenders.joined(separator: "\n"))")
        #expect(stillPending == Self.pending, "no longer English-only, take off `pending`: \(Self.pending.subtracting(stillPending))")
    }

    static func printsLiteralText(_ line: String) -> Bool {
        if line.contains("untranslated:") && !line.contains("init(untranslated") { return true }
        for call in ["writeMessage(\"", "writeError(\"", ".success(\"", "ShellError(\""] {
            guard let start = line.range(of: call) else { continue }
            let rest = line[start.upperBound...]
            guard let end = rest.firstIndex(of: "\"") else { return true }
            let literal = Self.withoutInterpolations(String(rest[..<end]))
            if literal.contains(where: \.isLetter) { return true }
        }
        return false
    }

    /// `"\(a) rows"` → ` rows`: the literal's own characters.
    static func withoutInterpolations(_ text: String) -> String {
        var out = "", depth = 0
        var previous: Character = " "
        for c in text {
            if depth > 0 {
                if c == "(" { depth += 1 } else if c == ")" { depth -= 1 }
            } else if previous == "\\" && c == "(" {
                depth = 1
                out.removeLast()
            } else {
                out.append(c)
            }
            previous = c
        }
        return out
    }

    static func swiftFiles() throws -> [URL] {
        let enumerator = FileManager.default.enumerator(at: shellSources, includingPropertiesForKeys: nil)
        return (enumerator?.allObjects as? [URL] ?? []).filter { $0.pathExtension == "swift" }
    }
}
