import PeruseStorage
import PeruseSyntax

/// Draws a result that carries a `ChartSpec`: in the terminal with Unicode blocks fitted to
/// a width, or as a standalone SVG document. Pure functions of the result: no terminal calls.
public enum ChartRenderer {
    /// The width used when the terminal's is unknown (a script writing to a pipe).
    public static let defaultWidth = 80

    /// The chart as lines of text at most `width` columns wide (when the labels allow), its
    /// title and caption in `language`.
    public static func terminal(_ result: ResultTable, width: Int? = nil, language: Language = .en) -> String {
        guard let spec = result.chart else { return "" }
        let model = ChartModel(result, spec, language: language)
        let width = max(30, width ?? defaultWidth)
        var lines = [model.title, ""]
        if model.marks.isEmpty {
            lines.append(ResultText.label.localized("(no values to draw)", to: language))
        } else {
            switch model.kind {
            case .bar, .histogram: lines += TerminalBars(model: model, width: width).lines()
            case .line: lines += TerminalLine(model: model, width: width).lines()
            }
        }
        lines += model.caption
        return lines.joined(separator: "\n") + "\n"
    }

    /// The chart as a standalone SVG document, its title and caption in `language`.
    public static func svg(_ result: ResultTable, language: Language = .en) -> String {
        guard let spec = result.chart else { return "" }
        return SVGChart(model: ChartModel(result, spec, language: language)).document()
    }
}

/// Horizontal bars, one per mark, with the value after each bar.
struct TerminalBars {
    let model: ChartModel
    let width: Int
    static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]
    static let maxLabelWidth = 24

    func lines() -> [String] {
        let labels = model.marks.map { Cell($0.label, maxWidth: Self.maxLabelWidth) }
        let labelWidth = labels.map(\.width).max() ?? 0
        let valueWidth = model.marks.map { DisplayWidth.of($0.valueText) }.max() ?? 0
        let barWidth = max(10, min(60, width - labelWidth - 2 - 1 - valueWidth))
        var out: [String] = []
        for (mark, label) in zip(model.marks, labels) {
            var line = label.padded(to: labelWidth, .right) + " │"
            guard let value = mark.value, value.isFinite else {
                out.append(line + " " + mark.valueText)
                continue
            }
            line += bar(value, cells: barWidth, estimated: mark.estimated)
            out.append(line + " " + mark.valueText)
        }
        let pad = String(repeating: " ", count: labelWidth)
        out.append(pad + " └" + String(repeating: "─", count: barWidth))
        let low = ChartNumber.text(model.low)
        let high = ChartNumber.text(model.high)
        let gap = max(1, barWidth - low.count - high.count + 1)
        out.append(pad + "  " + low + String(repeating: " ", count: gap) + high)
        return out
    }

    /// The bar for `value` in a field of `cells` columns: from zero, in eighths of a cell;
    /// an estimate is shaded `▒` in whole cells; values below zero grow left from the zero.
    private func bar(_ value: Double, cells: Int, estimated: Bool) -> String {
        let zero = Int((model.fraction(0) * Double(cells)).rounded())
        if model.low < 0 || estimated {
            let end = Int((model.fraction(value) * Double(cells)).rounded())
            let (from, to) = (min(zero, end), max(zero, end))
            let fill: Character = estimated ? "▒" : "█"
            return String(repeating: " ", count: from) + String(repeating: fill, count: max(0, to - from))
        }
        let eighthsTotal = Int((model.fraction(value) * Double(cells * 8)).rounded())
        var text = String(repeating: "█", count: eighthsTotal / 8)
        if eighthsTotal % 8 > 0 { text.append(Self.eighths[eighthsTotal % 8 - 1]) }
        if text.isEmpty && value != 0 { text = "▏" }
        return text
    }
}

/// Points on a grid, joined by dots between neighbours, never across a gap.
struct TerminalLine {
    let model: ChartModel
    let width: Int
    static let height = 10

    func lines() -> [String] {
        let high = ChartNumber.text(model.high)
        let low = ChartNumber.text(model.low)
        let axisWidth = max(high.count, low.count)
        let count = model.marks.count
        let slot = max(1, min(10, (width - axisWidth - 2) / max(1, count)))
        let plotWidth = slot * count
        var grid = [[Character]](repeating: [Character](repeating: " ", count: plotWidth), count: Self.height)
        func row(_ v: Double) -> Int { Int((model.fraction(v) * Double(Self.height - 1)).rounded()) }
        func column(_ i: Int) -> Int { i * slot + slot / 2 }
        for i in 0..<count {
            guard let v = model.marks[i].value, v.isFinite else { continue }
            if i + 1 < count, let w = model.marks[i + 1].value, w.isFinite {
                let (x0, x1) = (column(i), column(i + 1))
                for x in (x0 + 1)..<max(x0 + 1, x1) {
                    let t = Double(x - x0) / Double(x1 - x0)
                    let y = Int((model.fraction(v + (w - v) * t) * Double(Self.height - 1)).rounded())
                    grid[y][x] = "·"
                }
            }
        }
        for i in 0..<count {
            guard let v = model.marks[i].value, v.isFinite else { continue }
            grid[row(v)][column(i)] = model.marks[i].estimated ? "○" : "●"
        }
        var out: [String] = []
        for r in stride(from: Self.height - 1, through: 0, by: -1) {
            let label = r == Self.height - 1 ? high : r == 0 ? low : ""
            let tick = label.isEmpty ? " │" : " ┤"
            let text = String(grid[r])
            let trimmed = text.reversed().drop(while: { $0 == " " }).reversed()
            out.append(String(repeating: " ", count: axisWidth - label.count) + label + tick + String(trimmed))
        }
        let pad = String(repeating: " ", count: axisWidth)
        out.append(pad + " └" + String(repeating: "─", count: plotWidth))
        out.append(pad + "  " + centred(model.marks.map(\.label), slot: slot))
        out.append(pad + "  " + centred(model.marks.map { $0.isGap ? "–" : $0.valueText }, slot: slot))
        return out
    }

    /// Texts centred in their slots; when one does not fit, only every k-th is written.
    private func centred(_ texts: [String], slot: Int) -> String {
        let widest = texts.map { DisplayWidth.of($0) }.max() ?? 0
        let every = max(1, (widest + 1 + slot - 1) / slot)
        var line = ""
        for (i, text) in texts.enumerated() where i % every == 0 {
            let w = DisplayWidth.of(text)
            let centre = i * slot + slot / 2
            let start = max(line.count == 0 ? 0 : DisplayWidth.of(line) + 1, centre - w / 2)
            line += String(repeating: " ", count: max(0, start - DisplayWidth.of(line))) + text
        }
        return line
    }
}
