import PeruseEngine
import PeruseIO
import PeruseShell
import PeruseSyntax

/// `peruse --verify FILE.md`: runs every query of a Markdown handout (see `Handout`) and reports,
/// as `FILE:LINE`, each result that is no longer what the handout shows.
struct HandoutVerifier {
    let engine: Engine
    let output: OutputWriter
    let errors: OutputWriter
    let language: Language

    /// True when every query ran and every result matched.
    func verify(path: String, text: String) -> Bool {
        var checked = 0
        var problems = 0
        for query in Handout.queries(in: text) {
            // Blank lines before the block keep line numbers in errors those of the file.
            let source = SourceText(
                name: path, text: String(repeating: "\n", count: max(0, query.line - 1)) + query.sql)
            var last: StatementOutcome?
            var failed = false
            engine.run(source) { outcome in
                last = outcome
                if case .failure(let diagnostic) = outcome.result {
                    failed = true
                    errors.writeLine(DiagnosticRenderer.render(diagnostic, in: source, language: language))
                }
            }
            if failed {
                problems += 1
                continue
            }
            guard case .success(.rows(let table))? = last?.result else {
                if let expected = query.expected {
                    problems += 1
                    report(path, query.expectedLine, .queryGivesNoRows, expected: expected, now: [])
                }
                continue
            }
            checked += 1
            let now = Handout.expectedLines(table)
            guard let expected = query.expected else {
                problems += 1
                report(path, query.line, .noResultUnderQuery, expected: [], now: now)
                continue
            }
            if expected.map(\.trimmingTrailingSpaces) != now {
                problems += 1
                report(path, query.expectedLine, .resultChanged, expected: expected, now: now)
            }
        }
        errors.flush()
        if problems == 0 {
            output.writeLine(
                checked == 1
                    ? CommandLineText.oneResultVerified.text(in: language, path)
                    : CommandLineText.resultsVerified.text(in: language, path, String(checked)))
        }
        output.flush()
        return problems == 0
    }

    private func report(
        _ path: String, _ line: Int, _ problem: CommandLineText, expected: [String], now: [String]
    ) {
        errors.writeLine("\(path):\(line): " + problem.text(in: language))
        if !expected.isEmpty {
            errors.writeLine(
                "  " + CommandLineText.expected.text(in: language) + "\n"
                    + expected.map { "    " + $0 }.joined(separator: "\n"))
        }
        if !now.isEmpty {
            errors.writeLine(
                "  " + CommandLineText.now.text(in: language) + "\n" + now.map { "    " + $0 }.joined(separator: "\n"))
        }
    }
}

extension String {
    fileprivate var trimmingTrailingSpaces: String {
        String(reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
