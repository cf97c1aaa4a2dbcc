import Foundation
import Testing

/// `peruse --help` reads in Spanish for a Spanish-speaking user, and lists every option the
/// English help (written by swift-argument-parser) lists.
@Suite struct SpanishHelpTests {
    /// `--format`, `-c`…: the options a help text names.
    static func options(in text: String) -> Set<String> {
        let words = text.split(whereSeparator: { " \n[],.;:()".contains($0) })
        return Set(words.filter { $0.hasPrefix("-") && $0.count > 1 }.map { String($0.prefix { $0 != "=" }) })
    }

    @Test func spanishHelpNamesEveryOptionOfTheEnglishOne() throws {
        let english = try Peruse.run(["--help"])
        let spanish = try Peruse.run(["--lang", "es", "--help"])
        expectExit(english, 0)
        expectExit(spanish, 0)
        #expect(english.stdout.hasPrefix("OVERVIEW: "))
        #expect(spanish.stdout.hasPrefix("RESUMEN: Consulta tablas en memoria"))
        #expect(Self.options(in: english.stdout).count >= 12)
        #expect(Self.options(in: spanish.stdout) == Self.options(in: english.stdout))
    }

    @Test func theEnvironmentChoosesAndLangOverrides() throws {
        let fromEnvironment = try Peruse.run(["-h"], environment: ["LANG": "es_PE.UTF-8"])
        #expect(fromEnvironment.stdout.hasPrefix("RESUMEN: "))
        let overridden = try Peruse.run(["--lang=en", "--help"], environment: ["LANG": "es_PE.UTF-8"])
        #expect(overridden.stdout.hasPrefix("OVERVIEW: "))
        let statement = try Peruse.run(["--format", "csv", "-c", "select 1 as one"], environment: ["LANG": "es_PE.UTF-8"])
        #expect(statement.stdout == "one\n1\n", "only --help is taken over")
    }
}
