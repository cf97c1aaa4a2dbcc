import PeruseEngine
import PeruseIO
import PeruseShell
import PeruseSyntax

/// Runs source text through the engine and prints what each statement produced:
/// results to standard output, diagnostics (with a caret) to standard error.
///
/// Used for a script file, `-c`, piped standard input, and each chunk typed at the prompt.
final class ScriptRunner {
    private let engine: Engine
    private let output: OutputWriter
    private let errors: OutputWriter
    private let renderOptions: RenderOptions
    /// Whether `.message` results (`created table t`) are printed; queries always are.
    private let showsMessages: Bool
    private let keepGoing: Bool
    /// The language diagnostics, messages and the words renderers add are printed in.
    private let language: Language

    init(
        engine: Engine, output: OutputWriter, errors: OutputWriter,
        renderOptions: RenderOptions, showsMessages: Bool, keepGoing: Bool, language: Language = .en
    ) {
        self.language = language
        self.engine = engine
        self.output = output
        self.errors = errors
        self.renderOptions = renderOptions
        self.showsMessages = showsMessages
        self.keepGoing = keepGoing
    }

    /// Runs every statement in `source`; returns false if any failed.
    /// Stops at the first failure unless `keepGoing`.
    @discardableResult
    func run(_ source: SourceText) -> Bool {
        var printedBefore = false
        let succeeded = engine.run(source, keepGoing: keepGoing) { outcome in
            switch outcome.result {
            case .success(.rows(let table)):
                printBlock(Renderer.render(table, options: renderOptions), after: &printedBefore)
                printWarnings(outcome.warnings, in: source)
            case .success(.message(let message)):
                if showsMessages {
                    printBlock(ResultText.message.localized(message, to: language), after: &printedBefore)
                }
            case .failure(let diagnostic):
                // Flush first so an error appears after the results of the statements before it.
                output.flush()
                errors.writeLine(DiagnosticRenderer.render(diagnostic, in: source, language: language))
                errors.flush()
            }
        }
        output.flush()
        return succeeded
    }

    /// Warnings (`= null`) always, on standard error so results stay clean; notes (`count(col)`)
    /// only where notes are shown.
    private func printWarnings(_ warnings: [Diagnostic], in source: SourceText) {
        let shown = warnings.filter { $0.severity != .note || renderOptions.showsNotes }
        guard !shown.isEmpty else { return }
        output.flush()
        for warning in shown {
            errors.writeLine(DiagnosticRenderer.render(warning, in: source, language: language))
        }
        errors.flush()
    }

    /// Table and Markdown blocks are separated by a blank line; CSV and JSON follow each other.
    private func printBlock(_ text: String, after printedBefore: inout Bool) {
        if printedBefore && separatesBlocks { output.write("\n") }
        output.writeLine(text)
        printedBefore = true
    }

    private var separatesBlocks: Bool {
        switch renderOptions.format {
        case .table, .markdown: true
        case .csv, .json, .line: false
        }
    }
}
