import PeruseStorage

/// A GitHub-flavoured Markdown pipe table:
///
/// ```
/// | year | region |
/// |---:|---|
/// | 2021 | Apurímac |
/// ```
///
/// Numeric columns are right-aligned (`---:`), others left (`---`). Cells are not padded:
/// Markdown does not need it. `|` in a value is written `\|` and line breaks `<br>`; NULL is
/// `nullText` (`NULL` by default). The header row is always written, whatever `showHeader`
/// says: a pipe table without one is not a table.
enum MarkdownRenderer {
    static func render(_ result: ResultTable, options: RenderOptions) -> String {
        header(result) + rows(result, options: options)
    }

    /// The header line and the alignment line.
    static func header(_ result: ResultTable) -> String {
        line(result.columnNames.map(escaped))
            + "|" + result.columnTypes.map { $0.alignsRight ? "---:|" : "---|" }.joined() + "\n"
    }

    /// One line per row.
    static func rows(_ result: ResultTable, options: RenderOptions) -> String {
        let null = options.nullText ?? "NULL"
        var out = ""
        for row in 0..<result.rowCount {
            let cells = result.columns.indices.map { column in
                ValueFormatter.text(result.value(row: row, column: column)).map(escaped) ?? null
            }
            out += line(cells)
        }
        return out
    }

    private static func line(_ cells: [String]) -> String {
        "|" + cells.map { " \($0) |" }.joined() + "\n"
    }

    /// `s` safe inside a table cell.
    static func escaped(_ s: String) -> String {
        var out = ""
        var previousWasCR = false
        for scalar in s.unicodeScalars {
            switch scalar {
            case "|": out += "\\|"
            case "\r": out += "<br>"
            case "\n" where previousWasCR: break
            case "\n": out += "<br>"
            default: out.unicodeScalars.append(scalar)
            }
            previousWasCR = scalar == "\r"
        }
        return out
    }
}
