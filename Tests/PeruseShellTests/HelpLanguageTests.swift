import Foundation
import PeruseEngine
import PeruseSyntax
import Testing

@testable import PeruseShell

/// `.help` in English and Spanish: every text has both, the shell shows the one `.lang` asks
/// for, and lines fit the terminal.
@Suite struct HelpLanguageTests {
    /// Summaries are prose: each needs its own Spanish. Usage may read the same in both only when
    /// it is pure syntax (keywords and punctuation) or a meta-command's usage.
    @Test func everyHelpTextHasEnglishAndSpanish() {
        for entry in HelpEntry.all {
            for language in Language.allCases {
                #expect(!entry.summary.text(in: language).isEmpty, "\(entry.name): no \(language.rawValue) summary")
                #expect(!entry.usage.text(in: language).isEmpty, "\(entry.name): no \(language.rawValue) usage")
            }
            #expect(entry.summary.es != entry.summary.en, "\(entry.name): the Spanish summary is the English one")
            if entry.kind != .metaCommand && entry.usage.es == entry.usage.en {
                let words = entry.usage.en.split { !$0.isLetter }.map { $0.lowercased() }
                let prose = words.filter { Keyword(rawValue: $0) == nil }
                #expect(prose.isEmpty, "\(entry.name): the Spanish usage is the English one, which has \(prose)")
            }
            let english = entry.usage.en.split(separator: "\n", omittingEmptySubsequences: false)
            let spanish = entry.usage.es.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(
                english.count == spanish.count,
                "\(entry.name): the usage has \(english.count) lines in English, \(spanish.count) in Spanish")
        }
    }

    @Test func everySpanishTopicNameIsItsOwn() {
        let spanishNames = HelpEntry.all.compactMap(\.spanishName)
        let englishNames = Set(HelpEntry.all.map(\.name))
        #expect(Set(spanishNames).count == spanishNames.count, "two topics share a Spanish name")
        #expect(englishNames.isDisjoint(with: spanishNames))
        for name in ["uniones", "funciones", "agregados", "tipos", "nulos"] {
            #expect(spanishNames.contains(name), "no topic is called \(name) in Spanish")
        }
    }

    @Test func helpFollowsLang() throws {
        let h = try ShellHarness([".lang es", ".help", ".help select", ".help .mode", ".help uniones", ".help slect"])
        h.run()
        let out = h.output
        for title in ["Sentencias:", "El lenguaje:", "Meta-comandos:"] {
            #expect(out.contains(title + "\n"), "\(title) is missing")
        }
        #expect(!out.contains("Statements:"))
        for entry in HelpEntry.all {
            let name = entry.spanishName ?? entry.name
            #expect(out.contains("  \(name)  "), "\(name) is missing from the Spanish .help")
            #expect(out.contains(entry.summary.es), "\(entry.name): the Spanish summary is missing")
            if !entry.summary.es.contains(entry.summary.en) {
                #expect(!out.contains(entry.summary.en), "\(entry.name): the English summary is shown")
            }
        }
        #expect(out.contains("Escribe .help TEMA para ver detalles y ejemplos"))
        #expect(out.contains("select: hazle una pregunta a una tabla\n\n  select [distinct] ELEMENTOS [from TABLA"))
        #expect(out.contains("Ejemplos:\n  select year, rate from crime where year >= 2021 order by year"))
        #expect(out.contains(".mode: elige cómo se imprimen los resultados"))
        #expect(out.contains("uniones (joins): combina las filas de dos tablas\n"))
        #expect(out.contains("left join conserva cada fila de A"))
        #expect(h.errorOutput == "error: no hay ayuda sobre slect; ¿quisiste decir select?\n")
    }

    @Test func spanishTopicNamesWorkInEitherLanguage() throws {
        let h = try ShellHarness([".help funciones", ".help agregados", ".help tipos", ".help nulos", ".help funcion"])
        h.run()
        #expect(h.output.contains("functions: scalar functions"))
        #expect(h.output.contains("aggregates: functions over groups of rows"))
        #expect(h.output.contains("types: BIGINT"))
        #expect(h.output.contains("nulls: NULL: a missing value"))
        #expect(h.errorOutput == "error: no help on funcion; did you mean functions?\n")
        let es = try ShellHarness([".lang es", ".help funcion"])
        es.run()
        #expect(es.errorOutput == "error: no hay ayuda sobre funcion; ¿quisiste decir funciones?\n")
    }

    @Test func severalWordsNameOneTopic() throws {
        let h = try ShellHarness([".help create table", ".help window functions", ".help ventanas"])
        h.run()
        #expect(h.output.contains("create table: make a new empty table"))
        #expect(!h.output.contains("create index"), ".help create table shows only create table")
        #expect(h.output.components(separatedBy: "window functions: a value per row").count == 3)
    }

    /// At a terminal, no line of `.help` is wider than the screen except examples, kept whole to copy.
    @Test(arguments: Language.allCases) func helpFitsTheTerminal(_ language: Language) throws {
        let h = try ShellHarness(
            [".lang \(language.rawValue)", ".help", ".help .record", ".help keys"], terminalWidth: 60)
        h.run()
        var inExamples = false
        for line in h.output.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasSuffix(":") && !line.hasPrefix(" ") { inExamples = line == "Examples:" || line == "Ejemplos:" }
            if line.isEmpty { inExamples = false }
            if !inExamples { #expect(line.count <= 60, "\(line.count) characters: \(line)") }
        }
        let wide = try ShellHarness([".help"], terminalWidth: nil)
        wide.run()
        #expect(
            wide.output.contains(
                "  .record      append each statement and its result to a Markdown handout that peruse --verify checks; off: stop\n"
            ))
    }

    @Test func wrappedLinesHangUnderTheSummary() {
        let help = HelpText(language: .en, width: 40)
        #expect(
            help.wrap("  .record      append each statement and its result to a handout", indent: 14) == [
                "  .record      append each statement and", "              its result to a handout",
            ])
        #expect(help.wrap("  short line", indent: 4) == ["  short line"])
        #expect(
            help.wrap("  text:    lower upper length trim ltrim rtrim substr", indent: 4) == [
                "  text:    lower upper length trim ltrim", "    rtrim substr",
            ])
        #expect(HelpText(language: .en, width: nil).wrap(String(repeating: "word ", count: 40), indent: 2).count == 1)
    }

    @Test func completionOffersSpanishTopicNames() {
        let completer = Completer(catalog: Engine().catalog)
        let candidates = completer.complete(line: ".help fun", cursor: 9, pending: "").candidates
        #expect(candidates.contains("functions") && candidates.contains("funciones"), "\(candidates)")
    }
}
