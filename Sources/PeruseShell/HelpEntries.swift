/// One `.help` topic: a statement, a part of the language, or a meta-command.
///
/// Adding a statement or feature to Peruse? Add its entry to `HelpEntry.statements`
/// (`HelpEntries+Statements.swift`) or `HelpEntry.language` (`HelpEntries+Language.swift`), its
/// summary and text in English and Spanish. Every example must run against the built-in tables
/// (`HelpTests` runs them all); examples are the same in both languages.
public struct HelpEntry: Sendable {
    public enum Kind: Sendable, CaseIterable {
        case statement, language, metaCommand
    }

    /// The topic's name, as `.help NAME` takes it: `select`, `create table`, `functions`, `.mode`.
    public var name: String
    /// The topic's Spanish name, which `.help` also takes and lists in Spanish: `funciones`.
    public var spanishName: String?
    public var kind: Kind
    /// One line.
    public var summary: Bilingual
    /// The syntax, or a longer explanation; may span lines. Both languages have as many lines.
    public var usage: Bilingual
    /// Lines to type at the prompt, each runnable over the built-in data.
    public var examples: [String]

    init(
        name: String, spanishName: String? = nil, kind: Kind, summary: Bilingual, usage: Bilingual,
        examples: [String]
    ) {
        self.name = name
        self.spanishName = spanishName
        self.kind = kind
        self.summary = summary
        self.usage = usage
        self.examples = examples
    }

    /// Every name `.help` takes for this topic.
    var names: [String] { [name] + (spanishName.map { [$0] } ?? []) }
}

extension HelpEntry {
    /// Every topic, in the order `.help` lists them.
    public static let all: [HelpEntry] = statements + language + metaCommands

    static let metaCommands: [HelpEntry] = MetaCommand.allCases.map { command in
        HelpEntry(
            name: "." + command.rawValue, kind: .metaCommand, summary: command.summary,
            usage: Bilingual(same: command.usage), examples: metaExamples[command] ?? [])
    }

    private static let metaExamples: [MetaCommand: [String]] = [
        .help: [".help select", ".help functions"],
        .tables: [".tables"],
        .schema: [".schema crime"],
        .source: [".source extortion"],
        .limit: [".limit memory 2GB", ".limit rows 10", ".limit"],
        .provenance: [".provenance off", "select * from crime", ".provenance on"],
        .mode: [".mode line", "select * from crime limit 1", ".mode table"],
        .headers: [".headers off", "select year from crime limit 2", ".headers on"],
        .nullvalue: [".nullvalue -", "select name, place from indicators limit 3", ".nullvalue"],
        .maxrows: [".maxrows 4", "from indicators", ".maxrows 40"],
        .timer: [".timer on", "select count(*) from indicators", ".timer off"],
        .read: [".read Examples/lima_crime_trend.sql"],
        .output: [".output results.csv", "select * from crime", ".output stdout"],
        .once: [".once crime.txt", "select * from crime"],
        .lang: [".lang es", ".lang", ".lang en"],
        .record: [".record class.md", "select year, rate from crime where year >= 2022", ".record off"],
        .tutorial: [".tutorial", "select * from crime", ".tutorial hint", ".tutorial off"],
        .lesson: [
            ".lesson hash select year, rate from crime", ".lesson Examples/crime_rates.lesson", ".lesson hint",
            ".lesson restart",
        ],
        .check: [".lesson Examples/crime_rates.lesson", "select year, rate from crime where rate > 10", ".check"],
        .last: ["from indicators", ".last"],
        .quit: [".quit"],
        .exit: [".exit"],
    ]
}
