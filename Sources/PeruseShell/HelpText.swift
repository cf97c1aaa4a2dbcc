import PeruseIO
import PeruseSyntax

/// The text of `.help` and `.help TOPIC`, from `HelpEntry.all`, in the shell's language and
/// wrapped to the terminal's width.
struct HelpText {
    let language: Language
    /// The terminal's width in characters; nil (not a terminal): lines are not wrapped.
    let width: Int?

    /// Without a topic: every topic, grouped, one line each. With one: the topics it names.
    func render(topic: String?) -> Result<String, ShellError> {
        guard let topic else { return .success(overview) }
        let matches = Self.entries(for: topic)
        guard !matches.isEmpty else {
            // Suggest names in the shell's language first: `funcion` → `funciones` in Spanish.
            let spanish = HelpEntry.all.compactMap(\.spanishName)
            let english = HelpEntry.all.map(\.name)
            let names = language == .es ? spanish + english : english + spanish
            let suggestion = closestMatch(topic, among: names + names.map { String($0.drop { $0 == "." }) })
            return .failure(
                suggestion.map { ShellError(.noHelpOnSuggestion, topic, $0) } ?? ShellError(.noHelpOn, topic))
        }
        return .success(matches.map(detail).joined(separator: "\n\n"))
    }

    /// The entries `.help topic` shows: exact names, English or Spanish, first (`tables` is
    /// `.tables`, `.mode` is `mode`, `funciones` is `functions`), else every entry whose name
    /// starts with that word (`create` → both forms), else those of the topic's first word.
    static func entries(for topic: String) -> [HelpEntry] {
        let wanted = key(topic)
        let exact = HelpEntry.all.filter { $0.names.contains { key($0) == wanted } }
        if !exact.isEmpty { return exact }
        let byFirstWord = HelpEntry.all.filter { key($0.name).split(separator: " ").first.map(String.init) == wanted }
        if !byFirstWord.isEmpty { return byFirstWord }
        let words = wanted.split(separator: " ")
        return words.count > 1 ? entries(for: String(words[0])) : []
    }

    private static func key(_ name: String) -> String {
        String(name.lowercased().drop { $0 == "." }).trimmingSpaces
    }

    var overview: String {
        var lines: [String] = []
        let sections: [(HelpEntry.Kind, ShellText)] = [
            (.statement, .helpStatements), (.language, .helpLanguage), (.metaCommand, .helpMetaCommands),
        ]
        for (kind, title) in sections {
            let entries = HelpEntry.all.filter { $0.kind == kind }
            let names = entries.map { language == .es ? $0.spanishName ?? $0.name : $0.name }
            let column = (names.map(\.count).max() ?? 0) + 4
            lines.append(say(title) + ":")
            for (entry, name) in zip(entries, names) {
                let gap = String(repeating: " ", count: column - 2 - name.count)
                lines += wrap("  " + name + gap + entry.summary.text(in: language), indent: column)
            }
            lines.append("")
        }
        lines += wrap(say(.helpFooter), indent: 2)
        return lines.joined(separator: "\n")
    }

    /// One topic: its name and summary, its usage, and its examples (never wrapped, so they
    /// can be copied whole).
    func detail(_ entry: HelpEntry) -> String {
        let title = language == .es ? entry.spanishName.map { "\($0) (\(entry.name))" } ?? entry.name : entry.name
        var lines = wrap(title + ": " + entry.summary.text(in: language), indent: 2)
        lines.append("")
        for line in entry.usage.text(in: language).split(separator: "\n", omittingEmptySubsequences: false) {
            lines += wrap("  " + line, indent: 4 + line.prefix { $0 == " " }.count)
        }
        if !entry.examples.isEmpty {
            lines += ["", say(.helpExamples) + ":"] + entry.examples.map { "  " + $0 }
        }
        return lines.joined(separator: "\n")
    }

    private func say(_ key: ShellText) -> String { key.text(in: language) }

    /// `line` wrapped to the help's width; lines after the first start with `indent` spaces.
    func wrap(_ line: String, indent: Int) -> [String] {
        TextWrapping.wrap(line, width: width, indent: indent)
    }
}
