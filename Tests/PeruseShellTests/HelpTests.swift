import Foundation
import PeruseEngine
import PeruseShell
import PeruseSyntax
import Testing

@Suite struct HelpTests {
    @Test func overviewListsEveryTopic() throws {
        let h = try ShellHarness([".help"])
        h.run()
        for entry in HelpEntry.all {
            #expect(h.output.contains("  \(entry.name)  "), "\(entry.name) is missing from .help")
        }
        for command in MetaCommand.allCases {
            #expect(h.output.contains("  .\(command.rawValue) "), ".\(command.rawValue) is missing from .help")
        }
    }

    @Test(arguments: Language.allCases) func everyFunctionIsDocumentedIn(_ language: Language) {
        let documented = HelpEntry.all.filter { $0.name == "functions" || $0.name == "aggregates" }
            .map { $0.usage.text(in: language) }.joined(separator: " ")
        let words = Set(documented.split { !$0.isLetter && !$0.isNumber && $0 != "_" }.map(String.init))
        for name in Engine.functionNames {
            #expect(
                words.contains(name),
                "add \(name) to the \(language.rawValue) text of functions or aggregates in HelpEntries+Language.swift")
        }
    }

    @Test func aTopicShowsUsageAndExamples() throws {
        let h = try ShellHarness([".help select", ".help .mode", ".help tables", ".help create"])
        h.run()
        #expect(h.output.contains("select: ask a question of one table\n\n  select [distinct] ITEMS"))
        #expect(h.output.contains("Examples:\n  select year, rate from crime where year >= 2021 order by year"))
        #expect(h.output.contains(".mode: set how results are printed"))
        #expect(h.output.contains(".tables: list the tables"))
        #expect(h.output.contains("create table: make a new empty table"))
    }

    @Test func anUnknownTopicSuggests() throws {
        let h = try ShellHarness([".help slect", ".help zzzzzz"])
        h.run()
        #expect(
            h.errorOutput
                == "error: no help on slect; did you mean select?\nerror: no help on zzzzzz; type .help to list the topics\n"
        )
    }

    /// Every example in `.help` runs over the built-in tables without an error, in order.
    @Test func everyExampleRuns() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("peruse-help-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        for entry in HelpEntry.all {
            // Files named by examples live in the package (to read) or a scratch folder (to write).
            let lines = entry.examples.map { line -> String in
                if line.hasPrefix(".read ") {
                    return ".read " + root.appendingPathComponent(String(line.dropFirst(6))).path
                }
                if line.hasPrefix(".output "), !line.hasSuffix("stdout") || line.hasPrefix(".once ") {
                    return ".output " + scratch.appendingPathComponent(String(line.dropFirst(8))).path
                }
                if line.hasPrefix(".record "), line != ".record off" {
                    return ".record " + scratch.appendingPathComponent(String(line.dropFirst(8))).path
                }
                if line.hasPrefix(".lesson Examples/") {
                    // A copy in the scratch folder: .check writes its progress log next to it.
                    let name = String(line.dropFirst(8))
                    let copy = scratch.appendingPathComponent(name.replacingOccurrences(of: "/", with: "_"))
                    try? FileManager.default.removeItem(at: copy)
                    try? FileManager.default.copyItem(at: root.appendingPathComponent(name), to: copy)
                    return ".lesson " + copy.path
                }
                if line.hasPrefix(".once ") {
                    return ".once " + scratch.appendingPathComponent(String(line.dropFirst(6))).path
                }
                return line
            }
            let h = try ShellHarness(lines)
            h.run()
            #expect(h.errorOutput == "", "\(entry.name): \(h.errorOutput)")
            if !entry.examples.isEmpty && !["quit", "exit", "once", "output"].contains(String(entry.name.dropFirst())) {
                #expect(
                    !h.output.isEmpty || !h.paged.isEmpty || entry.name == ".mode" || entry.name == ".nullvalue",
                    "\(entry.name) printed nothing")
            }
        }
    }
}

@Suite struct StatementHelpTests {
    /// The keywords a statement can start with; each must name a `.help` topic (alone or as its
    /// first word, as `create` does for `create table`).
    static let statementStarts: [Keyword] = [
        .select, .from, .with, .create, .insert, .drop, .show, .describe, .summarize, .chart, .explain, .load, .save,
    ]

    @Test func everyStatementKeywordHasHelp() {
        let firstWords = Set(HelpEntry.all.compactMap { $0.name.split(separator: " ").first.map(String.init) })
        for keyword in Self.statementStarts {
            #expect(firstWords.contains(keyword.rawValue), "add a .help entry for \(keyword.rawValue) in HelpEntries.swift")
        }
    }

    /// Every keyword that parses as the start of a statement is in `statementStarts`.
    @Test func statementStartsIsComplete() {
        for keyword in Keyword.allCases where !Self.statementStarts.contains(keyword) {
            let text = keyword.rawValue + " x"
            let parsed = Parser.parseAll(SourceText(name: "", text: text))
            if case .failure(let diagnostic) = parsed {
                #expect(diagnostic.range?.start == 0, "\(keyword.rawValue) seems to start a statement: \(diagnostic)")
            }
        }
    }
}
