import PeruseStorage
import PeruseSyntax

/// The box-drawn table people read at a terminal, in the manner of DuckDB's CLI:
///
/// ```
/// ┌────────┬────────┬──────────┐
/// │  year  │  rate  │  region  │
/// │ bigint │ double │ varchar  │
/// ├────────┼────────┼──────────┤
/// │   2021 │   12.1 │ Apurímac │
/// │   2022 │   NULL │ 中文     │
/// └────────┴────────┴──────────┘
/// 2 rows
/// ```
///
/// Names and types are centred; numbers are right-aligned and everything else left-aligned.
/// Widths are terminal columns (`DisplayWidth`); control characters show as escapes (`\n`);
/// a value wider than `maxColumnWidth` is cut with `…`. `maxWidth` and `maxRows` elide middle
/// columns and middle rows (see `RenderOptions`); the footer counts all rows, and all columns
/// when some are hidden: `3 rows × 12 columns (5 shown)`.
struct TableRenderer {
    /// The widest a column may grow, in terminal columns.
    static let maxColumnWidth = 40

    let result: ResultTable
    let options: RenderOptions

    func render() -> String {
        guard !result.columns.isEmpty else { return footer(shownColumns: 0) }
        let rows = RowWindow(rowCount: result.rowCount, maxRows: options.maxRows)
        var columns = result.columns.indices.map { laidOutColumn($0, rows: rows) }
        let plan = ColumnPlan(widths: columns.map(\.width), maxWidth: options.maxWidth)
        if let shrink = plan.shrunkWidth {
            columns[plan.kept[0]].shrink(to: shrink)
        }
        var slots: [LaidOutColumn] =
            plan.kept.prefix(plan.leftCount).map { columns[$0] }
            + (plan.elides ? [LaidOutColumn.ellipsis(rows: rows.shownCount)] : [])
            + plan.kept.dropFirst(plan.leftCount).map { columns[$0] }
        let hiddenRows = hiddenRowsText(rows.hidden)
        widenToFit(hiddenRows, &slots)

        let style = TerminalStyle(enabled: options.useColor)
        var out = rule("┌", "┬", "┐", slots)
        if options.showHeader {
            out += line(slots.map { $0.header.padded(to: $0.width, .center, paint: style.header) })
            out += line(slots.map { $0.typeName.padded(to: $0.width, .center, paint: style.typeName) })
            if rows.shownCount > 0 || rows.hidden > 0 { out += rule("├", "┼", "┤", slots) }
        }
        for k in 0..<rows.head.count {
            out += line(slots.map { $0.cell(k, style) })
        }
        if let hiddenRows { out += hiddenRowsLine(hiddenRows, slots) }
        for k in rows.head.count..<rows.shownCount {
            out += line(slots.map { $0.cell(k, style) })
        }
        out += rule("└", "┴", "┘", slots)
        let footerText = footer(shownColumns: plan.elides ? plan.kept.count : result.columns.count)
        return out + (options.useColor ? style.footer(String(footerText.dropLast())) + "\n" : footerText)
    }

    private func laidOutColumn(_ index: Int, rows: RowWindow) -> LaidOutColumn {
        let vector = result.columns[index]
        let null = options.nullText ?? "NULL"
        let limit = Self.maxColumnWidth
        let cells = rows.indices.map { row in
            if let text = ValueFormatter.text(vector.value(at: row)) { return Cell(text, maxWidth: limit) }
            var cell = Cell(null, maxWidth: limit)
            cell.isNull = true
            return cell
        }
        let header = Cell(result.columnNames[index], maxWidth: limit)
        var typeText = vector.type.description.lowercased()
        let units = result.annotations.units
        if options.showsProvenance, index < units.count, let unit = units[index] { typeText += ", " + unit }
        let typeName = Cell(typeText, maxWidth: limit)
        return LaidOutColumn(
            header: header, typeName: typeName, cells: cells,
            alignment: vector.type.alignsRight ? .right : .left,
            showHeader: options.showHeader)
    }

    private func rule(_ left: String, _ middle: String, _ right: String, _ slots: [LaidOutColumn]) -> String {
        let bars = slots.map { String(repeating: "─", count: $0.width + 2) }
        return left + bars.joined(separator: middle) + right + "\n"
    }

    private func line(_ texts: [String]) -> String {
        "│ " + texts.joined(separator: " │ ") + " │\n"
    }

    private func hiddenRowsText(_ hidden: Int) -> Cell? {
        hidden > 0 ? Cell(label("… \(hidden) more \(hidden == 1 ? "row" : "rows") …"), maxWidth: .max) : nil
    }

    /// Widens the last column so `text` fits across the table, unless that breaks `maxWidth`.
    private func widenToFit(_ text: Cell?, _ slots: inout [LaidOutColumn]) {
        guard let text, !slots.isEmpty else { return }
        let inner = innerWidth(slots)
        let tableWidth = inner + 4
        let extra = text.width - inner
        if extra > 0, tableWidth + extra <= options.maxWidth ?? .max {
            slots[slots.count - 1].width += extra
        }
    }

    /// Columns between the outer `│ ` and ` │`.
    private func innerWidth(_ slots: [LaidOutColumn]) -> Int {
        slots.reduce(0) { $0 + $1.width + 3 } - 3
    }

    /// `│ … 995 more rows … │` across the whole table, or `…` in each column when that
    /// text does not fit.
    private func hiddenRowsLine(_ text: Cell, _ slots: [LaidOutColumn]) -> String {
        let inner = innerWidth(slots)
        if text.width <= inner { return line([text.padded(to: inner, .center)]) }
        let dots = Cell("…", maxWidth: 1)
        return line(slots.map { dots.padded(to: $0.width, $0.alignment) })
    }

    private func footer(shownColumns: Int) -> String {
        let n = result.rowCount
        var text = "\(n) \(n == 1 ? "row" : "rows")"
        if shownColumns < result.columns.count {
            text += " × \(result.columns.count) columns (\(shownColumns) shown)"
        }
        return label(text) + "\n"
    }

    /// Words the table adds, in the options' language.
    private func label(_ english: String) -> String { ResultText.label.localized(english, to: options.language) }
}

/// One column's cells, ready to draw.
struct LaidOutColumn {
    var header: Cell
    var typeName: Cell
    var cells: [Cell]
    var alignment: Cell.Alignment
    var width: Int

    init(header: Cell, typeName: Cell, cells: [Cell], alignment: Cell.Alignment, showHeader: Bool) {
        self.header = header
        self.typeName = typeName
        self.cells = cells
        self.alignment = alignment
        let headerWidth = showHeader ? max(header.width, typeName.width) : 0
        self.width = max(1, cells.reduce(headerWidth) { max($0, $1.width) })
    }

    /// Row `k`'s cell padded to the column, NULL dimmed and numbers coloured under `style`.
    func cell(_ k: Int, _ style: TerminalStyle) -> String {
        let cell = cells[k]
        if cell.isNull { return cell.padded(to: width, alignment, paint: style.null) }
        if alignment == .right { return cell.padded(to: width, alignment, paint: style.number) }
        return cell.padded(to: width, alignment)
    }

    /// The `…` column standing for elided columns.
    static func ellipsis(rows: Int) -> LaidOutColumn {
        let dots = Cell("…", maxWidth: 1)
        return LaidOutColumn(
            header: dots, typeName: dots, cells: Array(repeating: dots, count: rows),
            alignment: .left, showHeader: true)
    }

    /// Cuts every cell to `newWidth` columns.
    mutating func shrink(to newWidth: Int) {
        header = header.truncated(to: newWidth)
        typeName = typeName.truncated(to: newWidth)
        cells = cells.map { $0.truncated(to: newWidth) }
        width = newWidth
    }
}
