import PeruseEngine
import PeruseIO
import PeruseStorage
import PeruseSyntax

/// The interactive shell: reads lines from a `LineEditor`, gathers them into statements, runs
/// statements and meta-commands, and prints results with the current `OutputSettings`.
///
/// What the terminal does (readline, signals, the pager process) is supplied by the caller, so
/// this type runs the same against a scripted editor in tests.
public final class Shell {
    /// The primary prompt.
    public static let prompt = "peruse> "
    /// The prompt for the next line of an unfinished statement.
    public static let continuationPrompt = "   ...> "

    public let engine: Engine
    public var settings: OutputSettings
    let editor: LineEditor
    let console: OutputWriter
    let errors: OutputWriter
    let interrupt: InterruptFlag
    /// The language diagnostics are printed in (`.lang`), and the engine writes chart files in.
    var language: Language {
        didSet { engine.settings.language = language }
    }
    /// The open `.tutorial` lesson, if any.
    var tutorial: TutorialState?
    /// The open `.lesson` file, if any.
    var lesson: LessonState?
    /// Who a lesson's progress log names: `$USER` as the CLI sets it, or the name given with
    /// `.lesson FILE as NAME` (kept for the rest of the session); nil: `-`.
    public var lessonLearner: String?
    /// The file `.tutorial` keeps the learner's lesson number in; nil: progress is not kept.
    public var tutorialProgressPath: String?
    /// The handout `.record` appends to, and its path.
    var recording: (writer: OutputWriter, path: String)?
    /// The terminal's width for results on the console; nil when the console is not a terminal.
    let terminalWidth: () -> Int?
    /// Shows text in a pager (`.last`); returns an error message when it cannot.
    let pager: (String) -> String?

    /// Where results go instead of the console (`.output`, `.once`).
    var redirect: Redirect?
    /// The last query result, for `.last`.
    var lastResult: ResultTable?
    var hasExplainedCtrlC = false
    /// How deep `.read` calls are nested, to stop a file that reads itself.
    var readDepth = 0
    var quitRequested = false
    /// The script being run by `runScript`, if any (nil at the prompt).
    var script: ScriptRun?
    /// The earlier lines of the statement being typed, for completion.
    private var pendingText = ""

    struct Redirect {
        var writer: OutputWriter
        var path: String
        var once: Bool
    }

    public init(
        engine: Engine, editor: LineEditor, console: OutputWriter, errors: OutputWriter,
        settings: OutputSettings = OutputSettings(), interrupt: InterruptFlag = InterruptFlag(),
        language: Language = .en,
        terminalWidth: @escaping () -> Int? = { nil },
        pager: @escaping (String) -> String? = { _ in "no pager here" }
    ) {
        self.engine = engine
        self.editor = editor
        self.console = console
        self.errors = errors
        self.settings = settings
        self.interrupt = interrupt
        self.language = language
        engine.settings.language = language
        self.terminalWidth = terminalWidth
        self.pager = pager
        engine.isCancelled = { [interrupt] in interrupt.isRaised }
    }

    /// Reads and runs until `.quit`, `.exit` or the end of input. Returns the exit status: 0.
    public func run() -> Int32 {
        var buffer = StatementBuffer(sourceName: "<stdin>")
        while !quitRequested {
            pendingText = buffer.text
            switch editor.readLine(prompt: buffer.isEmpty ? Self.prompt : Self.continuationPrompt) {
            case .line(let text):
                interrupt.take()
                feed(text, into: &buffer, fromUser: true)
            case .interrupted:
                interrupt.take()
                buffer.clear()
                if !hasExplainedCtrlC {
                    hasExplainedCtrlC = true
                    writeMessage(say(.useCtrlDToExit))
                }
            case .endOfInput:
                // Run what was typed, as a blank line would.
                finish(&buffer, fromUser: true)
                finishRedirect()
                stopRecording()
                return 0
            }
        }
        finishRedirect()
        stopRecording()
        return 0
    }

    /// Tab's candidates for `line` with the cursor at UTF-8 offset `cursor`, in the context of
    /// the statement typed so far.
    public func completions(line: String, cursor: Int) -> Completion {
        Completer(catalog: engine.catalog).complete(line: line, cursor: cursor, pending: pendingText)
    }

    /// Runs the lines of `text`: one typed line, or several at once (a paste, a recalled
    /// multi-line entry, a file run by `.read`).
    ///
    /// A typed line runs as soon as the statement could end there. Lines that come together
    /// are a script: a statement runs at its `;`, or at a blank line when it could end there,
    /// so `select year` followed by `from crime` is one statement. What is left at the end of
    /// a paste waits for more (or runs, when it could end there); a `.read` file runs it.
    func feed(_ text: String, into buffer: inout StatementBuffer, fromUser: Bool) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let isScript = lines.count > 1 || !fromUser
        for (index, line) in lines.enumerated() {
            if quitRequested { return }
            let line = line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
            let trimmed = line.trimmingSpaces
            let isLast = index == lines.count - 1
            buffer.advanceLine()
            if buffer.isEmpty && trimmed.hasPrefix(".") {
                if fromUser { editor.addToHistory(trimmed) }
                runMetaCommand(trimmed)
                continue
            }
            if trimmed.isEmpty {
                if !isScript || StatementCompleteness.isComplete(buffer.text) {
                    finish(&buffer, fromUser: fromUser)
                } else if !buffer.isEmpty {
                    buffer.append(line)
                }
                continue
            }
            buffer.append(line)
            switch StatementCompleteness.status(of: buffer.text) {
            case .endedWithSemicolon: finish(&buffer, fromUser: fromUser)
            case .complete where !isScript || (isLast && fromUser): finish(&buffer, fromUser: fromUser)
            default: break
            }
        }
    }

    /// Runs whatever the buffer holds, complete or not, and empties it.
    func finish(_ buffer: inout StatementBuffer, fromUser: Bool) {
        guard !buffer.isEmpty else { return }
        if fromUser { editor.addToHistory(buffer.text) }
        runStatements(buffer.source)
        buffer.clear()
    }

    /// Runs every statement in `source`, printing results, messages, errors and times.
    func runStatements(_ source: SourceText) {
        if stopsForInterrupt() { return }
        interrupt.take()
        // A script sets its results apart across parts split by meta-commands.
        var printedBefore = script?.printedBefore ?? false
        defer { script?.printedBefore = printedBefore }
        var started = ContinuousClock.now
        engine.run(source, keepGoing: script?.options.keepGoing ?? false) { outcome in
            let elapsed = ContinuousClock.now - started
            switch outcome.result {
            case .success(.rows(let table)):
                lastResult = table
                printResult(table, after: &printedBefore)
                checkTutorialAnswer(table)
                // Warnings (`= null`) always; notes (`count(col)`) when notes are shown.
                for warning in outcome.warnings where warning.severity != .note || settings.showsNotes {
                    writeError(DiagnosticRenderer.render(warning, in: source, language: language))
                }
            case .success(.message(let message)):
                let text = ResultText.message.localized(message, to: language)
                if let script {
                    // In a script, messages are for a person watching a terminal.
                    if script.options.showsMessages { printBlock(text, after: &printedBefore) }
                } else {
                    writeMessage(text)
                }
            case .failure(let diagnostic) where diagnostic.id == "exec.interrupted":
                interrupt.take()
                writeError(say(.interrupted))
                if script != nil {
                    script?.interrupted = true
                    quitRequested = true
                }
            case .failure(let diagnostic):
                writeError(DiagnosticRenderer.render(diagnostic, in: source, language: language))
                noteScriptFailure()
            }
            record(outcome, in: source)
            if settings.showsTimer { writeMessage(say(.runTime, Self.seconds(elapsed))) }
            started = ContinuousClock.now
        }
    }

    /// `0.012`: a duration in seconds with three decimals.
    static func seconds(_ duration: Duration) -> String {
        let millis = duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
        let whole = millis / 1000
        let fraction = String(millis % 1000)
        return "\(whole)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }

    private func printResult(_ table: ResultTable, after printedBefore: inout Bool) {
        let width = redirect == nil ? terminalWidth() : nil
        let text = Renderer.render(table, options: settings.renderOptions(terminalWidth: width, language: language))
        printBlock(text, after: &printedBefore)
        if redirect?.once == true { finishRedirect() }
    }

    /// A result's text where results go: table and Markdown blocks set apart by a blank line,
    /// CSV and JSON straight after each other.
    private func printBlock(_ text: String, after printedBefore: inout Bool) {
        let target = redirect?.writer ?? console
        if printedBefore && (settings.format == .table || settings.format == .markdown) { target.write("\n") }
        target.writeLine(text)
        target.flush()
        printedBefore = true
    }

    /// Closes a `.output` or `.once` file and goes back to the console.
    func finishRedirect() {
        guard let redirect else { return }
        redirect.writer.flush()
        redirect.writer.close()
        self.redirect = nil
    }

    /// A message for the user (`created table t`, settings); always on the console.
    func writeMessage(_ text: String) {
        errors.flush()
        // At a terminal, long lines break between words rather than wherever the screen ends.
        console.writeLine(TextWrapping.wrapLines(text, width: terminalWidth()))
        console.flush()
    }

    /// The catalogue's text `key` in the shell's language, with `arguments` in its holes.
    func say(_ key: ShellText, _ arguments: String...) -> String { key.text(in: language, arguments) }

    /// A meta-command's error as `error: …` in the shell's language, after `location` (a
    /// script's `file:line`) when given.
    func writeError(_ error: ShellError, at location: String? = nil) {
        let label = MessageCatalog.label(.error, in: language) + ": " + error.message(in: language)
        writeError(location.map { "\($0): \(label)" } ?? label)
    }

    /// An error, on standard error after anything already printed.
    func writeError(_ text: String) {
        console.flush()
        errors.writeLine(text)
        errors.flush()
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and line breaks.
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(self[first...last])
    }
}
