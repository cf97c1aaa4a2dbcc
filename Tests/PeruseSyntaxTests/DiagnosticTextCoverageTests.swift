import Foundation
import PeruseSyntax
import Testing

/// Every diagnostic text written in `Sources/` has a Spanish text, whether or not a test makes
/// that diagnostic happen: the test reads each call that names a diagnostic id
/// (`.error("bind.unknown-column", "no such column: \(name)", help: …)`), takes its string
/// literals (interpolations become holes) and asks the catalogue to translate each one.
@Suite struct DiagnosticTextCoverageTests {
    struct Text: CustomStringConvertible {
        var file: String
        var line: Int
        var id: String
        var english: String
        var description: String { "\(file):\(line): \(id): \(english)" }
    }

    @Test func everyDiagnosticTextInSourcesHasASpanishText() throws {
        let texts = try Self.textsInSources()
        #expect(texts.count > 150, "found only \(texts.count) texts: is the scan broken?")
        let missing = texts.filter { text in
            // A hole stands for an argument; `x` is one that no phrase table translates.
            let sample = text.english.replacingOccurrences(of: "{}", with: "x")
            return MessageCatalog.translation(of: sample, id: text.id, to: .es) == nil
        }
        #expect(missing.isEmpty, "no Spanish text:\n\(missing.map(\.description).joined(separator: "\n"))")
    }

    /// The string literals (with letters) inside each call that names an id.
    static func textsInSources() throws -> [Text] {
        var texts: [Text] = []
        let sources = MessageCatalogTests.sourcesDirectory
        let walker = FileManager.default.enumerator(atPath: sources.path)
        while let path = walker?.nextObject() as? String {
            guard path.hasSuffix(".swift"), !path.contains("Messages/") else { continue }
            let text = Array(try String(contentsOf: sources.appendingPathComponent(path), encoding: .utf8).unicodeScalars)
            var i = 0
            while i < text.count {
                guard text[i] == "\"" else {
                    i += 1
                    continue
                }
                let (literal, end) = Self.literal(text, from: i)
                defer { i = end }
                guard Self.isID(literal), Self.opensCall(text, before: i) else { continue }
                let line = text[..<i].filter { $0 == "\n" }.count + 1
                for english in Self.literalsInCall(text, from: end) where english.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) {
                    texts.append(Text(file: path, line: line, id: literal, english: english))
                }
            }
        }
        return texts
    }

    static func isID(_ s: String) -> Bool {
        let prefixes = ["syntax.", "bind.", "exec.", "io.", "mistake."]
        return prefixes.contains { s.hasPrefix($0) } && s.allSatisfy { $0.isLetter || $0 == "." || $0 == "-" }
    }

    /// Whether the id is the first argument of a call or an `id:` argument (not `x.id == "…"`).
    static func opensCall(_ text: [Unicode.Scalar], before index: Int) -> Bool {
        var j = index - 1
        while j >= 0, text[j] == " " || text[j] == "\n" { j -= 1 }
        guard j >= 0 else { return false }
        if text[j] == "(" { return true }
        return j >= 2 && String(String.UnicodeScalarView(text[(j - 2)...j])) == "id:"
    }

    /// Literals that are SQL, not words: a fix's replacement (`with: "…"`, `.insert("…"`) or an
    /// upper-case keyword compared with (`clause == "WHERE"`).
    static func isStatementText(_ literal: String, after preceding: ArraySlice<Unicode.Scalar>) -> Bool {
        let before = String(String.UnicodeScalarView(preceding.suffix(12)))
        if before.hasSuffix("with: ") || before.hasSuffix(".insert(") { return true }
        return literal.allSatisfy { $0.isUppercase || $0 == " " }
    }

    /// The literals with their interpolations as `{}`, up to the call's closing parenthesis.
    static func literalsInCall(_ text: [Unicode.Scalar], from start: Int) -> [String] {
        var depth = 1, j = start
        var out: [String] = []
        while j < text.count, depth > 0, j < start + 2000 {
            switch text[j] {
            case "(", "[": depth += 1
            case ")", "]": depth -= 1
            case "\"":
                let (literal, end) = Self.literal(text, from: j)
                if !Self.isStatementText(literal, after: text[start..<j]) { out.append(literal) }
                j = end
                continue
            case "/" where j + 1 < text.count && text[j + 1] == "/":
                while j < text.count, text[j] != "\n" { j += 1 }
                continue
            default: break
            }
            j += 1
        }
        return out
    }

    /// The string literal opening at `start` (`"`), with `\(…)` as `{}` and escapes kept as
    /// the text they stand for; and the index after it.
    static func literal(_ text: [Unicode.Scalar], from start: Int) -> (String, Int) {
        var out = ""
        var j = start + 1
        while j < text.count {
            let c = text[j]
            if c == "\\", j + 1 < text.count {
                if text[j + 1] == "(" {
                    var depth = 1, k = j + 2
                    while k < text.count, depth > 0 {
                        if text[k] == "\"" {
                            k = Self.literal(text, from: k).1
                            continue
                        }
                        if text[k] == "(" { depth += 1 } else if text[k] == ")" { depth -= 1 }
                        k += 1
                    }
                    out += "{}"
                    j = k
                    continue
                }
                let escaped: [Unicode.Scalar: String] = ["n": "\n", "t": "\t", "\"": "\"", "\\": "\\", "r": "\r", "0": "\0"]
                out += escaped[text[j + 1]] ?? String(text[j + 1])
                j += 2
                continue
            }
            if c == "\"" { return (out, j + 1) }
            if c == "\n" { return (out, j) }  // `"""` blocks and stray quotes end at the line
            out.unicodeScalars.append(c)
            j += 1
        }
        return (out, j)
    }
}
