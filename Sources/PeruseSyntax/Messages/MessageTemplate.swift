/// A message with `{}` holes for its arguments, in English and Spanish:
/// `no such column: {}` / `no existe la columna: {}`.
///
/// Diagnostics are made with their English text; a template recognises that text, takes the
/// arguments out of the holes, and puts them into the other language's text.
struct MessageTemplate: Sendable {
    let english: String
    let spanish: String
    private let englishParts: [Substring]
    private let spanishParts: [Substring]

    init(_ english: String, _ spanish: String) {
        self.english = english
        self.spanish = spanish
        englishParts = english.split(separator: "{}", omittingEmptySubsequences: false)
        spanishParts = spanish.split(separator: "{}", omittingEmptySubsequences: false)
    }

    /// How many `{}` holes the English text has.
    var holes: Int { englishParts.count - 1 }
    /// Whether both texts have the same holes (a test checks every template).
    var isWellFormed: Bool { englishParts.count == spanishParts.count && !spanish.isEmpty }

    /// The arguments when `text` is this template's English with its holes filled; else nil.
    func arguments(in text: String) -> [String]? {
        let characters = Array(text)
        let parts = englishParts.map(Array.init)
        guard let first = parts.first, characters.starts(with: first) else { return nil }
        var found: [String] = []
        return match(characters, from: first.count, parts: parts, part: 1, found: &found) ? found : nil
    }

    /// Fills the template's `language` text with `arguments` (each passed through `translate`).
    func text(in language: Language, arguments: [String], translate: (String) -> String) -> String {
        let parts = language == .es ? spanishParts : englishParts
        var out = String(parts.first ?? "")
        for (index, part) in parts.dropFirst().enumerated() {
            out += index < arguments.count ? translate(arguments[index]) : ""
            out += part
        }
        return out
    }

    /// Matches parts `part…` from `position`, each hole taking as few characters as it can
    /// (a hole may be empty: `''` is a string).
    private func match(
        _ text: [Character], from position: Int, parts: [[Character]], part: Int, found: inout [String]
    ) -> Bool {
        guard part < parts.count else { return position == text.count }
        let literal = parts[part]
        if part == parts.count - 1 && literal.isEmpty {
            found.append(String(text[position...]))
            return true
        }
        var end = position
        while end + literal.count <= text.count {
            if text[end..<(end + literal.count)].elementsEqual(literal) {
                found.append(String(text[position..<end]))
                if match(text, from: end + literal.count, parts: parts, part: part + 1, found: &found) {
                    return true
                }
                found.removeLast()
            }
            end += 1
        }
        return false
    }
}
