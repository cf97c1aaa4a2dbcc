import PeruseSyntax

/// The text of `.help` and `.help TOPIC`, from `HelpEntry.all`.
enum HelpText {
    /// Without a topic: every topic, grouped, one line each. With one: the topics it names.
    static func render(topic: String?) -> Result<String, ShellError> {
        guard let topic else { return .success(overview) }
        let matches = entries(for: topic)
        guard !matches.isEmpty else {
            let names = HelpEntry.all.map(\.name)
            let hint =
                closestMatch(topic, among: names + names.map { String($0.drop { $0 == "." }) })
                .map { "; did you mean \($0)?" } ?? "; type .help to list the topics"
            return .failure(ShellError(untranslated: "no help on \(topic)\(hint)"))
        }
        return .success(matches.map(detail).joined(separator: "\n\n"))
    }

    /// The entries `.help topic` shows: exact names first (`tables` is `.tables`, `.mode` is
    /// `mode`), else every entry whose name starts with that word (`create` → both forms).
    static func entries(for topic: String) -> [HelpEntry] {
        let wanted = key(topic)
        let exact = HelpEntry.all.filter { key($0.name) == wanted }
        if !exact.isEmpty { return exact }
        return HelpEntry.all.filter { key($0.name).split(separator: " ").first.map(String.init) == wanted }
    }

    private static func key(_ name: String) -> String {
        String(name.lowercased().drop { $0 == "." }).trimmingSpaces
    }

    static var overview: String {
        var lines: [String] = []
        for kind in HelpEntry.Kind.allCases {
            let entries = HelpEntry.all.filter { $0.kind == kind }
            let width = entries.map(\.name.count).max() ?? 0
            lines.append(kind.rawValue + ":")
            for entry in entries {
                lines.append(
                    "  " + entry.name + String(repeating: " ", count: width - entry.name.count + 2) + entry.summary)
            }
            lines.append("")
        }
        lines.append("Type .help TOPIC for details and examples: .help select, .help functions, .help .mode")
        return lines.joined(separator: "\n")
    }

    static func detail(_ entry: HelpEntry) -> String {
        var text = "\(entry.name): \(entry.summary)\n\n"
        text += entry.usage.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }
            .joined(separator: "\n")
        if !entry.examples.isEmpty {
            text += "\n\nExamples:\n" + entry.examples.map { "  " + $0 }.joined(separator: "\n")
        }
        return text
    }
}
