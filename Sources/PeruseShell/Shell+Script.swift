import PeruseEngine
import PeruseIO
import PeruseSyntax

/// How the shell runs a script — a file, `-c` text, or piped input — rather than a prompt.
public struct ScriptOptions: Sendable {
    /// Run the rest after a statement or meta-command fails (the script still counts as failed).
    public var keepGoing: Bool
    /// Whether messages such as `created table t` are printed (at a terminal, in table format).
    public var showsMessages: Bool

    public init(keepGoing: Bool = false, showsMessages: Bool = false) {
        self.keepGoing = keepGoing
        self.showsMessages = showsMessages
    }
}

/// A script being run: its options, and what happened so far.
struct ScriptRun {
    var options: ScriptOptions
    var failed = false
    var interrupted = false
    /// Whether a result was printed, so the next table is set apart by a blank line.
    var printedBefore = false
}

extension Shell {
    /// What a script's run ended with.
    public enum ScriptOutcome: Equatable, Sendable {
        case succeeded, failed, interrupted
    }

    /// Runs `source` as a script. Statements end at `;` as in any SQL file; a line starting
    /// with `.` between statements is a meta-command (`.mode csv`, `.headers off`, `.read
    /// more.sql`, `.quit`), as in the sqlite3 shell. The first error stops the script unless
    /// `options.keepGoing`.
    public func runScript(_ source: SourceText, options: ScriptOptions) -> ScriptOutcome {
        let outer = script
        script = ScriptRun(options: options)
        defer { script = outer }
        runScriptText(source.text, name: source.name)
        guard let run = script else { return .succeeded }
        return run.interrupted ? .interrupted : run.failed ? .failed : .succeeded
    }

    /// Splits `text` at its meta-command lines and runs each part in order.
    func runScriptText(_ text: String, name: String) {
        guard Self.hasLineStartingWithDot(text) else {
            // Most scripts are only SQL: run them whole, as the engine reads them.
            runScriptStatements(text, name: name, firstLine: 1)
            return
        }
        var pending = ""
        var pendingStart = 1
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if quitRequested || stopsForInterrupt() { return }
            let trimmed = line.trimmingSpaces
            // Only looked at when a line starts with `.`: a `.` inside an open string, comment or
            // expression (`1 +` then `.5`) belongs to the statement.
            if trimmed.hasPrefix("."), StatementCompleteness.isComplete(pending) {
                runScriptStatements(pending, name: name, firstLine: pendingStart)
                pending = ""
                if quitRequested { return }
                if !runMetaCommand(trimmed, at: "\(name):\(index + 1)") { noteScriptFailure() }
                continue
            }
            if pending.isEmpty { pendingStart = index + 1 } else { pending += "\n" }
            pending += line
        }
        runScriptStatements(pending, name: name, firstLine: pendingStart)
    }

    /// Whether some line's first character other than a space or tab is `.`.
    static func hasLineStartingWithDot(_ text: String) -> Bool {
        var atLineStart = true
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\n"): atLineStart = true
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): continue
            case UInt8(ascii: ".") where atLineStart: return true
            default: atLineStart = false
            }
        }
        return false
    }

    /// Runs the statements of one part, padded so errors name the script's own lines.
    private func runScriptStatements(_ text: String, name: String, firstLine: Int) {
        guard !text.trimmingSpaces.isEmpty else { return }
        let padding = String(repeating: "\n", count: max(0, firstLine - 1))
        runStatements(SourceText(name: name, text: padding + text))
    }

    /// In a script, whether Ctrl-C came between statements: the script stops there (at the
    /// prompt the flag is only cleared before each statement).
    func stopsForInterrupt() -> Bool {
        guard script != nil, interrupt.isRaised else { return false }
        script?.interrupted = true
        quitRequested = true
        return true
    }

    /// Records a failure; stops the script unless it keeps going.
    func noteScriptFailure() {
        guard var run = script else { return }
        run.failed = true
        script = run
        if !run.options.keepGoing { quitRequested = true }
    }
}
