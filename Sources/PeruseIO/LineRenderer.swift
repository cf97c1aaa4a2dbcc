import PeruseStorage

/// One `name = value` line per column and a blank line between rows, as sqlite3's `.mode line`:
///
/// ```
///   year = 2021
///   rate = 12.1
/// source = france24
///
///   year = 2022
/// ```
///
/// Names are right-aligned to the widest (in terminal columns); values are escaped like table
/// cells (`\n` for a line break) but never cut. NULL is `nullText` (`NULL` by default).
/// `showHeader` off leaves the names out: one value per line.
enum LineRenderer {
    static func render(_ result: ResultTable, options: RenderOptions) -> String {
        let null = options.nullText ?? "NULL"
        let names = result.columnNames.map { Cell($0, maxWidth: .max) }
        let width = names.map(\.width).max() ?? 0
        let style = TerminalStyle(enabled: options.useColor)
        var out = ""
        for row in 0..<result.rowCount {
            if row > 0 { out += "\n" }
            for (column, name) in names.enumerated() {
                let value = result.value(row: row, column: column)
                if options.showHeader { out += style.header(name.padded(to: width, .right)) + " = " }
                if let text = ValueFormatter.text(value) {
                    let escaped = TerminalText.escaped(text)
                    out += result.columns[column].type.alignsRight ? style.number(escaped) : escaped
                } else {
                    out += style.null(null)
                }
                out += "\n"
            }
        }
        return out
    }
}

/// ANSI colours for results at a terminal; every method returns its text unchanged when off.
struct TerminalStyle {
    let enabled: Bool

    func header(_ text: String) -> String { wrap(text, "1") }
    func typeName(_ text: String) -> String { wrap(text, "2") }
    func null(_ text: String) -> String { wrap(text, "2") }
    func number(_ text: String) -> String { wrap(text, "36") }
    func footer(_ text: String) -> String { wrap(text, "2") }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled && !text.isEmpty ? "\u{1B}[\(code)m" + text + "\u{1B}[0m" : text
    }
}
