import PeruseIO
import PeruseStorage
import PeruseSyntax

/// `load` and `save`: the statements that read and write files.
extension StatementRunner {
    func load(_ path: FilePath, as name: Identifier?, options: [LoadOption]) throws(Diagnostic) -> StatementResult {
        .message(try engine.load(path.path, as: name?.name, options: try Self.loadOptions(options), at: path.range))
    }

    func save(_ saved: SaveSource, to path: FilePath) throws(Diagnostic) -> StatementResult {
        guard engine.settings.writesFiles else {
            throw .error("io.write", "writing files is turned off here", at: path.range)
        }
        let result: ResultTable
        switch saved {
        case .table(let name):
            let table = try lookup(name)
            result = ResultTable(columnNames: table.schema.map(\.name), columns: table.columns)
        case .query(let select):
            result = try query(select)
        }
        do {
            try TableWriter.write(
                result, to: engine.resolvedPath(path.path), displayPath: path.path, isCancelled: engine.isCancelled)
        } catch {
            throw Diagnostic(error, at: path.range)
        }
        return .message("saved \(rowsText(result.rowCount)) to \(path.path)")
    }

    static let optionNames = ["header", "delimiter", "quote", "null", "types"]

    /// The options of `load … with (…)`, checked.
    static func loadOptions(_ options: [LoadOption]) throws(Diagnostic) -> LoadOptions {
        var result = LoadOptions()
        var seen = Set<String>()
        for option in options {
            let name = option.name.name.lowercased()
            guard Self.optionNames.contains(name) else {
                let help = closestMatch(name, among: optionNames).map { "did you mean \($0)?" }
                    ?? "the options are " + optionNames.joined(separator: ", ")
                throw .error("bind.unknown-option", "no such load option: \(option.name.name)", at: option.name.range, help: help)
            }
            guard seen.insert(name).inserted else {
                throw .error("bind.duplicate-option", "option \(name) is given twice", at: option.name.range)
            }
            switch (name, option.setting) {
            case ("header", .boolean(let value)):
                result.header = value
            case ("delimiter", .string(let text)):
                guard let byte = singleByte(text) else {
                    throw .error(
                        "bind.bad-option", "delimiter must be one character", at: option.range,
                        help: "for example delimiter = ';' or delimiter = '\\t' (a tab)")
                }
                result.delimiter = byte
            case ("quote", .string(let text)):
                if text.isEmpty {
                    result.quote = .some(nil)
                } else {
                    guard let byte = singleByte(text) else {
                        throw .error(
                            "bind.bad-option", "quote must be one character, or '' for none", at: option.range)
                    }
                    result.quote = .some(byte)
                }
            case ("null", .string(let text)):
                result.nullText = text
            case ("types", .columns(let columns)):
                for column in columns {
                    guard let type = DataType.named(column.type.name) else {
                        let help = closestMatch(column.type.name, among: DataType.canonicalNames).map { "did you mean \($0)?" }
                            ?? "the types are BIGINT, DOUBLE, VARCHAR, BOOLEAN and DATE"
                        throw .error("bind.unknown-type", "no such type: \(column.type.name)", at: column.type.range, help: help)
                    }
                    result.types.append((column.name.name, type))
                }
            case ("header", _):
                throw .error("bind.bad-option", "header takes true or false", at: option.range)
            case ("types", _):
                throw .error(
                    "bind.bad-option", "types takes a list of columns and types", at: option.range,
                    help: "for example types = (year bigint, code varchar)")
            default:
                throw .error("bind.bad-option", "\(name) takes a quoted string", at: option.range)
            }
        }
        return result
    }

    /// One ASCII character; `\t` and `tab` stand for a tab.
    private static func singleByte(_ text: String) -> UInt8? {
        if text == "\\t" || text.lowercased() == "tab" { return 0x09 }
        let bytes = Array(text.utf8)
        guard bytes.count == 1, bytes[0] < 0x80, bytes[0] != 0x0A, bytes[0] != 0x0D else { return nil }
        return bytes[0]
    }
}

extension Diagnostic {
    /// A file problem as a diagnostic pointing at the path in the statement; the message names
    /// the file, line and column: `data.csv:3:7: unterminated quoted field`.
    init(_ error: FileError, at range: SourceRange?) {
        self.init(id: "io.file", message: error.description, range: range, help: error.help)
    }
}
