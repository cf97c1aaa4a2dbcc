import ArgumentParser
import PeruseBuiltins
import PeruseEngine
import PeruseIO
import PeruseShell
import PeruseStorage
import PeruseSyntax

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The command line: where statements come from, and how results are printed.
///
/// Exit status: 0 when every statement succeeded, 1 when one failed, 2 for bad
/// command-line use (an unknown option, FILE together with `-c`, a FILE that cannot be read).
struct PeruseCommand: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "peruse",
        abstract: "Query in-memory tables with a small SQL language.",
        discussion: """
            With neither FILE nor -c, statements come from standard input: the interactive \
            shell when standard input is a terminal (with line editing, history and completion \
            when standard output is one too), otherwise the whole input is run as one script \
            named <stdin>. Scripts may hold meta-commands (.mode csv, .read FILE) on lines of \
            their own between statements.

            --load reads a CSV, TSV or JSON file into a table before anything else runs (the \
            table is named after the file unless NAME= is given); its report goes to standard \
            error, so standard output holds only query results.

            Query results go to standard output. Messages such as "created table t" are printed \
            at the prompt, and in scripts only when the format is table and standard output is \
            a terminal. Errors go to standard error, and a script stops at the first one unless \
            --keep-going is given.
            """,
        version: "peruse \(version)"
    )

    @Argument(help: ArgumentHelp("A script to run ('-' reads standard input).", valueName: "file"))
    var file: String?

    @Option(
        name: [.customShort("c"), .customLong("command")],
        help: ArgumentHelp(
            "Run these statements and exit (repeatable: each -c is a line, so -c '.mode csv' -c 'select 1' works).",
            valueName: "statements"))
    var commands: [String] = []

    /// The `-c` texts as one script, each on its own line and ended, so one `-c` never runs on
    /// into the next (a meta-command is a line; statements get a `;` if they lack one); nil
    /// without `-c`.
    var command: String? {
        guard commands.count > 1 else { return commands.first }
        return commands.map { text in
            let trimmed = String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
            return trimmed.hasPrefix(".") || trimmed.hasSuffix(";") || trimmed.isEmpty ? text : text + ";"
        }.joined(separator: "\n")
    }

    @Option(help: "How to print results.")
    var format: Format = .table

    @Option(
        name: .customLong("load"),
        help: ArgumentHelp(
            "Load a .csv, .tsv, .json or .ndjson file as a table first (repeatable).", valueName: "[name=]path"))
    var loads: [String] = []

    @Flag(name: .customLong("no-builtins"), help: "Start with no tables instead of the built-in dataset.")
    var noBuiltins = false

    @Flag(
        name: .customLong("keep-going"),
        help: "Run the rest of a script after a statement fails (the exit status is still 1).")
    var keepGoing = false

    @Option(
        name: .customLong("memory-limit"),
        help: ArgumentHelp(
            "Stop a statement that would hold more than this in memory: 2GB, 500MB, 1.5GiB, or none (default: half the physical memory).",
            valueName: "size"),
        transform: MemoryLimit.init(argument:))
    var memoryLimit: MemoryLimit?

    @Flag(
        name: .customLong("annotate"),
        help:
            "Print notes (rows dropped by NULL conditions, mixed units) and sources under results, as the prompt does.")
    var annotate = false

    @Option(
        name: .customLong("lang"),
        help: ArgumentHelp(
            "The language of errors and help: en or es (default: from LC_ALL, LC_MESSAGES or LANG; es* gives Spanish).",
            valueName: "en|es"))
    var lang: String?

    @Option(
        name: .customLong("verify"),
        help: ArgumentHelp(
            "Re-run every query in a Markdown handout and report each result that changed as FILE:LINE.",
            valueName: "handout.md"))
    var verify: String?

    func validate() throws {
        if file != nil && command != nil {
            throw ValidationError(CommandLineText.fileOrCommand.text(in: language))
        }
        if verify != nil && (file != nil || command != nil) {
            throw ValidationError(CommandLineText.verifyAlone.text(in: language))
        }
        if let lang, Language(argument: lang) == nil {
            throw ValidationError(CommandLineText.unknownLanguage.text(in: language, lang))
        }
    }

    /// `--lang`, else the environment's language.
    var language: Language {
        lang.flatMap(Language.init(argument:)) ?? Self.environmentLanguage
    }

    /// The language `LC_ALL`, `LC_MESSAGES` or `LANG` asks for.
    static var environmentLanguage: Language {
        var environment: [String: String] = [:]
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = getenv(name) { environment[name] = String(cString: value) }
        }
        return Language.from(environment: environment)
    }

    func run() throws {
        let output = OutputWriter(fileDescriptor: STDOUT_FILENO)
        let errors = OutputWriter(fileDescriptor: STDERR_FILENO)
        let input: Input
        do {
            input = try readInput()
        } catch {
            errors.writeLine("peruse: " + error.message(in: language))
            errors.flush()
            throw ExitCode(2)
        }

        let engine = Engine()
        if !noBuiltins {
            do throws(Diagnostic) {
                try Builtins.load(into: engine)
            } catch {
                // A bug, not a user error: show where in the built-in script it failed.
                let script = SourceText(name: "<builtins>", text: BuiltinScript.sql)
                errors.writeLine("peruse: " + CommandLineText.builtinsFailed.text(in: language))
                errors.writeLine(DiagnosticRenderer.render(error, in: script, language: language))
                errors.flush()
                throw ExitCode(1)
            }
        }

        // Set after the built-in tables load: the limit is for the user's statements.
        if let memoryLimit { engine.settings.memoryLimit = memoryLimit.bytes }
        engine.settings.language = language
        for argument in loads {
            let (name, path) = Self.splitLoadArgument(argument)
            do throws(Diagnostic) {
                errors.writeLine(ResultText.message.localized(try engine.load(path, as: name), to: language))
            } catch {
                let localized = MessageCatalog.localized(error, to: language)
                errors.writeLine("peruse: --load: \(localized.message)")
                if let help = localized.help { errors.writeLine("\(MessageCatalog.helpLabel(in: language)): \(help)") }
                errors.flush()
                throw ExitCode(1)
            }
            errors.flush()
        }
        if let verify {
            let text: String
            do {
                text = String(decoding: try Self.readFile(verify), as: UTF8.self)
            } catch {
                errors.writeLine("peruse: " + error.message(in: language))
                errors.flush()
                throw ExitCode(2)
            }
            let slash = verify.lastIndex(of: "/")
            engine.baseDirectory = slash.map { String(verify[...$0]) } ?? "."
            let verifier = HandoutVerifier(engine: engine, output: output, errors: errors, language: language)
            guard verifier.verify(path: verify, text: text) else { throw ExitCode(1) }
            return
        }
        if let file, file != "-", command == nil {
            // Paths in a script file are relative to the script's directory.
            let slash = file.lastIndex(of: "/")
            engine.baseDirectory = slash.map { String(file[...$0]) } ?? "."
        }

        installInterruptHandler()
        engine.isCancelled = { interruptFlag.isRaised }
        switch input {
        case .interactive:
            // At the prompt, say what a reader should know: notes, sources, units.
            engine.settings.countsRowsDroppedAsNull = true
            engine.settings.notesCountsSkippingNull = true
            let shell = interactiveShell(engine: engine, output: output, errors: errors)
            output.writeLine(
                TextWrapping.wrapLines(
                    banner(tables: engine.catalog.tableNames), width: output.isTerminal ? terminalWidth() : nil))
            output.flush()
            throw ExitCode(shell.run())
        case .script(let source):
            engine.settings.countsRowsDroppedAsNull = annotate
            engine.settings.notesCountsSkippingNull = annotate
            var settings = OutputSettings()
            settings.format = format.outputFormat
            settings.showsNotes = annotate
            settings.showsProvenance = annotate
            // At a terminal, like DuckDB's shell: fit the screen, show the ends of a long result.
            let shell = Shell(
                engine: engine, editor: PlainLineEditor(), console: output, errors: errors, settings: settings,
                interrupt: interruptFlag, language: language,
                terminalWidth: { [output] in output.isTerminal ? terminalWidth() : nil })
            let options = ScriptOptions(keepGoing: keepGoing, showsMessages: format == .table && output.isTerminal)
            switch shell.runScript(source, options: options) {
            case .succeeded: break
            // Ctrl-C stops a script with the shell's usual status for SIGINT.
            case .interrupted: throw ExitCode(130)
            case .failed: throw ExitCode(1)
            }
            if interruptFlag.isRaised { throw ExitCode(130) }
        }
    }

    /// `name=path` or `path`: a name is taken only when what comes before `=` is a plain word.
    static func splitLoadArgument(_ argument: String) -> (name: String?, path: String) {
        guard let equals = argument.firstIndex(of: "=") else { return (nil, argument) }
        let name = argument[..<equals]
        let isWord =
            !name.isEmpty
            && name.unicodeScalars.allSatisfy {
                $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_"
            }
        return isWord ? (String(name), String(argument[argument.index(after: equals)...])) : (nil, argument)
    }

    /// The shell at a terminal: readline when standard output is a terminal too, plain line
    /// reading (no prompts, no history) otherwise.
    private func interactiveShell(engine: Engine, output: OutputWriter, errors: OutputWriter) -> Shell {
        let environment = environmentVariables([
            "PERUSE_HISTORY", "PERUSE_TUTORIAL", "XDG_STATE_HOME", "HOME", "NO_COLOR", "PAGER", "USER", "LOGNAME",
        ])
        var settings = OutputSettings()
        settings.format = format.outputFormat
        settings.usesColor = output.isTerminal && (environment["NO_COLOR"] ?? "").isEmpty
        let editor: LineEditor =
            output.isTerminal
            ? ReadlineEditor(history: History.location(environment: environment).map(History.init(path:)))
            : PlainLineEditor()
        let shell = Shell(
            engine: engine, editor: editor, console: output, errors: errors, settings: settings,
            interrupt: interruptFlag, language: language,
            terminalWidth: { [output] in output.isTerminal ? terminalWidth() : nil },
            pager: { text in showInPager(text, command: environment["PAGER"]) })
        shell.tutorialProgressPath = Shell.tutorialProgressLocation(environment: environment)
        shell.lessonLearner = Shell.lessonLearner(environment: environment)
        ReadlineEditor.completionSource = { [shell] line, cursor in shell.completions(line: line, cursor: cursor) }
        return shell
    }

    private func banner(tables: [String]) -> String {
        let list =
            tables.isEmpty
            ? CommandLineText.bannerNoTables.text(in: language)
            : CommandLineText.bannerTables.text(in: language, tables.joined(separator: ", "))
        return CommandLineText.banner.text(in: language, Self.version, list)
    }
}

/// `--format`: the command line's names for `OutputFormat`.
enum Format: String, CaseIterable, ExpressibleByArgument {
    case table, csv, json, markdown, line

    var outputFormat: OutputFormat {
        switch self {
        case .table: .table
        case .csv: .csv
        case .json: .json
        case .markdown: .markdown
        case .line: .line
        }
    }
}

/// `--memory-limit`: a size such as `2GB`, or `none`.
struct MemoryLimit {
    /// nil: no limit.
    var bytes: Int?

    init(argument: String) throws {
        if ["none", "unlimited"].contains(argument.lowercased()) {
            bytes = nil
        } else if let size = ByteSize.parse(argument) {
            bytes = size
        } else {
            // Read before --lang is known: the environment's language.
            throw ValidationError(CommandLineText.notASize.text(in: PeruseCommand.environmentLanguage, argument))
        }
    }
}

// MARK: - Input

extension PeruseCommand {
    enum Input {
        case interactive
        case script(SourceText)
    }

    /// Why FILE could not be read; printed after `peruse: `, in the command's language.
    struct InputError: Error {
        var text: CommandLineText
        var arguments: [String]

        init(_ text: CommandLineText, _ arguments: String...) {
            self.text = text
            self.arguments = arguments
        }

        func message(in language: Language) -> String { text.text(in: language, arguments) }
    }

    /// Reads the script named on the command line, or decides on the prompt.
    private func readInput() throws(InputError) -> Input {
        // --verify reads its handout itself, after the tables are loaded.
        if verify != nil { return .script(SourceText(name: "<verify>", text: "")) }
        if let command {
            return .script(SourceText(name: "<command>", text: command))
        }
        if let file, file != "-" {
            return .script(SourceText(name: file, bytes: try Self.readFile(file)))
        }
        if file == nil && isatty(STDIN_FILENO) == 1 {
            return .interactive
        }
        return .script(SourceText(name: "<stdin>", bytes: try Self.readAll(STDIN_FILENO, path: nil)))
    }

    private static func readFile(_ path: String) throws(InputError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw InputError(.cannotOpen, path, errorText())
        }
        defer { close(descriptor) }
        var info = stat()
        if fstat(descriptor, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR {
            throw InputError(.cannotReadDirectory, path)
        }
        return try readAll(descriptor, path: path)
    }

    /// Reads until end of file (`path`: nil for standard input). The bytes may be any size and
    /// need not be UTF-8.
    private static func readAll(_ descriptor: Int32, path: String?) throws(InputError) -> [UInt8] {
        var bytes: [UInt8] = []
        let chunk = 1 << 16
        while true {
            let start = bytes.count
            bytes.append(contentsOf: repeatElement(0, count: chunk))
            let count = bytes.withUnsafeMutableBytes { buffer in
                // Never nil: the buffer has just grown by `chunk` bytes.
                buffer.baseAddress.map { read(descriptor, $0 + start, chunk) } ?? 0
            }
            if count < 0 {
                bytes.removeSubrange(start...)
                if errno == EINTR { continue }
                throw path.map { InputError(.cannotReadFile, $0, errorText()) }
                    ?? InputError(.cannotReadStandardInput, errorText())
            }
            bytes.removeSubrange((start + count)...)
            if count == 0 { return bytes }
        }
    }

    private static func errorText() -> String {
        String(cString: strerror(errno))
    }

}

/// The terminal's width in columns, for fitting tables; nil when unknown.
func terminalWidth() -> Int? {
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return Int(size.ws_col)
}

// MARK: - Exit status

extension PeruseCommand {
    /// Parses the arguments and runs, with ArgumentParser's usage errors exiting 2
    /// (its default is 64, `EX_USAGE`) so every kind of misuse has one status.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                // --help and --version
                if !message.isEmpty { print(message) }
                exitProcess(0)
            }
            if !message.isEmpty {
                let errors = OutputWriter(fileDescriptor: STDERR_FILENO)
                errors.writeLine(message)
                errors.flush()
            }
            exitProcess(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}

/// `exit(3)`, named apart from `ParsableCommand.exit(withError:)`.
private func exitProcess(_ status: Int32) -> Never {
    #if canImport(Glibc)
        Glibc.exit(status)
    #else
        Darwin.exit(status)
    #endif
}
