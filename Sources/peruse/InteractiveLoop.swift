import PeruseSyntax

/// The plain prompt used when both standard input and output are terminals.
///
/// Lines are read with `readLine` and collected until the statement looks finished
/// (see `InteractiveLoop.isComplete`) or a blank line is typed; the buffer then runs as one
/// source named `<stdin>`. `.quit`, `.exit` and Ctrl-D leave. A failed statement prints
/// its diagnostic and the loop goes on. (The readline shell replaces this in its own issue.)
struct InteractiveLoop {
    static let prompt = "peruse> "
    static let continuationPrompt = "   ...> "

    let runner: ScriptRunner
    let output: OutputWriter
    let errors: OutputWriter

    func run(banner: String) {
        output.writeLine(banner)
        var buffer = ""
        while true {
            output.write(buffer.isEmpty ? Self.prompt : Self.continuationPrompt)
            output.flush()
            guard let line = readLine(strippingNewline: true) else {
                // Ctrl-D: run what was typed, then leave on a fresh line.
                output.write("\n")
                if !buffer.isEmpty { runner.run(SourceText(name: "<stdin>", text: buffer)) }
                return
            }
            let trimmed = line.trimmingWhitespace
            if buffer.isEmpty && trimmed.hasPrefix(".") {
                if trimmed == ".quit" || trimmed == ".exit" { return }
                errors.writeLine("error: unknown command: \(trimmed) (type .quit to exit)")
                errors.flush()
                continue
            }
            if trimmed.isEmpty {
                if !buffer.isEmpty { runner.run(SourceText(name: "<stdin>", text: buffer)) }
                buffer = ""
                continue
            }
            buffer += buffer.isEmpty ? line : "\n" + line
            if Self.isComplete(buffer) {
                runner.run(SourceText(name: "<stdin>", text: buffer))
                buffer = ""
            }
        }
    }

    /// Whether `text` ends a statement: its last token outside comments is `;`, with no
    /// string, quoted identifier, block comment or parenthesis left open.
    static func isComplete(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var index = 0
        var depth = 0
        var endsWithSemicolon = false
        func byte(_ offset: Int) -> UInt8? {
            index + offset < bytes.count ? bytes[index + offset] : nil
        }
        while index < bytes.count {
            let current = bytes[index]
            switch current {
            case UInt8(ascii: "'"), UInt8(ascii: "\""):
                // A doubled quote inside stands for one quote, so scanning to the next
                // quote and re-entering handles it.
                guard let close = bytes[(index + 1)...].firstIndex(of: current) else { return false }
                index = close + 1
                endsWithSemicolon = false
                continue
            case UInt8(ascii: "-") where byte(1) == UInt8(ascii: "-"):
                index = bytes[index...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
                continue
            case UInt8(ascii: "/") where byte(1) == UInt8(ascii: "*"):
                var close = index + 2
                while close + 1 < bytes.count
                    && !(bytes[close] == UInt8(ascii: "*") && bytes[close + 1] == UInt8(ascii: "/"))
                {
                    close += 1
                }
                guard close + 1 < bytes.count else { return false }
                index = close + 2
                continue
            case 0x20, 0x09, 0x0A, 0x0D:
                break
            case UInt8(ascii: "("):
                depth += 1
                endsWithSemicolon = false
            case UInt8(ascii: ")"):
                depth -= 1
                endsWithSemicolon = false
            case UInt8(ascii: ";"):
                endsWithSemicolon = true
            default:
                endsWithSemicolon = false
            }
            index += 1
        }
        return endsWithSemicolon && depth <= 0
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    fileprivate var trimmingWhitespace: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }
        guard let first = firstIndex(where: { !isSpace($0) }),
            let last = lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(self[first...last])
    }
}
