import PeruseBuiltins
import PeruseEngine
import PeruseIO
import PeruseStorage
import PeruseSyntax

extension Shell {
    /// Carries out one meta-command line such as `.mode csv` or `.read 'my queries.sql'`.
    /// Returns whether it succeeded. `location` (`script.sql:3`) starts its error in a script.
    @discardableResult
    func runMetaCommand(_ line: String, at location: String? = nil) -> Bool {
        let words = Self.metaArguments(String(line.dropFirst()))
        guard let name = words.first else {
            writeError(ShellError(.metaCommandNeedsName), at: location)
            return false
        }
        guard let command = MetaCommand(rawValue: name.lowercased()) else {
            let names = MetaCommand.allCases.map(\.rawValue)
            writeError(
                closestMatch(name, among: names).map { ShellError(.unknownMetaCommandSuggestion, name, $0) }
                    ?? ShellError(.unknownMetaCommand, name), at: location)
            return false
        }
        let arguments = Array(words.dropFirst())
        let outcome: Result<String?, ShellError>
        if script != nil && MetaCommand.promptOnly.contains(command) {
            outcome = .failure(ShellError(.onlyAtThePrompt, "." + command.rawValue))
        } else if command == .lesson {
            // The rest of the line as typed: `.lesson hash QUERY` keeps the query's quotes.
            let rest = line.dropFirst().trimmingSpaces.drop { $0 != " " && $0 != "\t" }
            outcome = lessonCommand(String(rest))
        } else {
            outcome = run(command, arguments)
        }
        switch outcome {
        case .success(let message?): writeMessage(message)
        case .success(nil): break
        case .failure(let error):
            writeError(error, at: location)
            return false
        }
        return true
    }

    private func run(_ command: MetaCommand, _ arguments: [String]) -> Result<String?, ShellError> {
        let argument = arguments.first
        switch command {
        case .help:
            let topic = arguments.isEmpty ? nil : arguments.joined(separator: " ")
            return HelpText(language: language, width: terminalWidth()).render(topic: topic).map { Optional($0) }
        case .tables:
            let names = engine.catalog.tableNames
            return .success(names.isEmpty ? say(.noTables) : names.joined(separator: "  "))
        case .schema:
            return schema(argument)
        case .mode:
            guard let argument else { return .success(say(.modeIs, settings.format.rawValue)) }
            guard let format = OutputFormat(rawValue: argument.lowercased()) else {
                return .failure(ShellError(.unknownMode, argument, MetaCommand.mode.usage))
            }
            settings.format = format
            return .success(nil)
        case .headers:
            return onOff(argument, command).map {
                settings.showHeader = $0
                return nil
            }
        case .timer:
            return onOff(argument, command).map {
                settings.showsTimer = $0
                return nil
            }
        case .provenance:
            return onOff(argument, command).map {
                settings.showsProvenance = $0
                return nil
            }
        case .source:
            guard let argument else { return .failure(ShellError(.usage, command.usage)) }
            guard engine.catalog.table(argument) != nil else { return schema(argument) }
            guard let report = SourceReport.text(for: argument, in: engine, language: language) else {
                return .failure(ShellError(.notBuiltinTable, argument))
            }
            return .success(report)
        case .limit:
            return limit(arguments)
        case .nullvalue:
            settings.nullText = arguments.isEmpty ? nil : arguments.joined(separator: " ")
            return .success(nil)
        case .maxrows:
            guard let argument else {
                return .success(say(.maxrowsIs, settings.maxRows.map(String.init) ?? "all"))
            }
            guard let rows = Self.rowCount(argument) else {
                return .failure(ShellError(.maxrowsNeedsNumber, MetaCommand.maxrows.usage))
            }
            settings.maxRows = rows
            return .success(nil)
        case .read:
            guard let argument else { return .failure(ShellError(.usage, command.usage)) }
            return read(argument).map { nil }
        case .output, .once:
            return redirect(to: argument, once: command == .once).map { nil }
        case .last:
            guard let lastResult else { return .failure(ShellError(.noResultYet)) }
            var options = settings.renderOptions(terminalWidth: nil, language: language)
            options.format = settings.format
            if let problem = pager(Renderer.render(lastResult, options: options)) {
                return .failure(.rendered(problem))
            }
            return .success(nil)
        case .lang:
            return languageCommand(argument)
        case .record:
            return recordCommand(argument)
        case .tutorial:
            return tutorialCommand(argument)
        case .lesson:
            return lessonCommand(arguments.joined(separator: " "))
        case .check:
            return checkCommand()
        case .quit, .exit:
            quitRequested = true
            return .success(nil)
        }
    }

    /// `.limit memory 2GB rows 100`: any of the two settings, in pairs; none shows both.
    private func limit(_ arguments: [String]) -> Result<String?, ShellError> {
        if arguments.isEmpty {
            let memory = engine.settings.memoryLimit.map(ByteSize.format) ?? "none"
            return .success(say(.limitsAre, memory, settings.maxRows.map(String.init) ?? "all"))
        }
        guard arguments.count % 2 == 0 else { return .failure(ShellError(.usage, MetaCommand.limit.usage)) }
        var memory = engine.settings.memoryLimit
        var rows = settings.maxRows
        for pair in stride(from: 0, to: arguments.count, by: 2) {
            let value = arguments[pair + 1]
            switch arguments[pair].lowercased() {
            case "memory":
                if ["none", "unlimited"].contains(value.lowercased()) {
                    memory = nil
                } else if let bytes = ByteSize.parse(value) {
                    memory = bytes
                } else {
                    return .failure(
                        ShellError(.notASize, value))
                }
            case "rows":
                guard let n = Self.rowCount(value) else {
                    return .failure(ShellError(.limitRowsNeedsNumber))
                }
                rows = n
            default:
                return .failure(ShellError(.usage, MetaCommand.limit.usage))
            }
        }
        engine.settings.memoryLimit = memory
        settings.maxRows = rows
        return .success(nil)
    }

    /// `all` or `0`: no limit (`.some(nil)`); a positive number; anything else nil.
    static func rowCount(_ text: String) -> Int?? {
        if text.lowercased() == "all" || text == "0" { return .some(nil) }
        if let n = Int(text), n > 0 { return .some(n) }
        return nil
    }

    private func onOff(_ argument: String?, _ command: MetaCommand) -> Result<Bool, ShellError> {
        switch argument?.lowercased() {
        case "on": .success(true)
        case "off": .success(false)
        default: .failure(ShellError(.usage, command.usage))
        }
    }

    private func schema(_ name: String?) -> Result<String?, ShellError> {
        var tables = engine.catalog.allTables
        if let name {
            guard let table = engine.catalog.table(name) else {
                return .failure(
                    closestMatch(name, among: engine.catalog.tableNames).map { ShellError(.noSuchTableSuggestion, name, $0) }
                        ?? ShellError(.noSuchTable, name))
            }
            tables = [table]
        }
        if tables.isEmpty { return .success(say(.noTables)) }
        return .success(tables.map(Self.createStatement).joined(separator: "\n"))
    }

    /// `create table crime (year BIGINT, rate DOUBLE);`, quoting names that need it.
    static func createStatement(_ table: Table) -> String {
        let columns = table.schema.map { "\(quotedName($0.name)) \($0.type.description)" }
        return "create table \(quotedName(table.name)) (\(columns.joined(separator: ", ")));"
    }

    /// `name` as written in a statement: bare when it lexes as one plain identifier.
    static func quotedName(_ name: String) -> String {
        let tokens = Lexer.tokenize(SourceText(name: "", text: name)).tokens
        if tokens.count == 2, tokens[0].kind == .identifier, tokens[0].text == name { return name }
        return "\"" + name.replacingAll("\"", with: "\"\"") + "\""
    }

    /// Runs a file's lines as if typed, without adding them to history.
    private func read(_ path: String) -> Result<Void, ShellError> {
        guard readDepth < 16 else { return .failure(ShellError(.readNestedTooDeeply)) }
        return FileAccess.readText(engine.resolvedPath(path)).map { text in
            readDepth += 1
            defer { readDepth -= 1 }
            guard script == nil else {
                // A script's `.read` runs the file as a script, its paths relative to its folder.
                let outerBase = engine.baseDirectory
                defer { engine.baseDirectory = outerBase }
                let resolved = engine.resolvedPath(path)
                engine.baseDirectory = resolved.lastIndex(of: "/").map { String(resolved[...$0]) } ?? outerBase
                runScriptText(text, name: path)
                return
            }
            var buffer = StatementBuffer(sourceName: path)
            feed(text, into: &buffer, fromUser: false)
            finish(&buffer, fromUser: false)
        }
    }

    private func redirect(to path: String?, once: Bool) -> Result<Void, ShellError> {
        finishRedirect()
        guard let path, path != "stdout" else {
            return once ? .failure(ShellError(.usage, MetaCommand.once.usage)) : .success(())
        }
        return FileAccess.createFile(engine.resolvedPath(path)).map { writer in
            redirect = Redirect(writer: writer, path: path, once: once)
        }
    }

    /// Splits a meta-command's text into words; `'…'` or `"…"` keep spaces inside one word.
    static func metaArguments(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quote: Character?
        var inWord = false
        for c in text {
            if let q = quote {
                if c == q { quote = nil } else { current.append(c) }
            } else if c == "'" || c == "\"" {
                quote = c
                inWord = true
            } else if c == " " || c == "\t" {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(c)
                inWord = true
            }
        }
        if inWord { words.append(current) }
        return words
    }
}

extension String {
    /// Every `target` replaced by `replacement`, without Foundation.
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
