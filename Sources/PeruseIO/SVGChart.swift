import PeruseStorage

/// A `ChartModel` as a standalone SVG 1.1 document: the same marks, gaps, estimate markers
/// and caption as the terminal chart, in a fixed 640-pixel-wide drawing.
struct SVGChart {
    let model: ChartModel

    static let width = 640.0
    static let rowHeight = 22.0
    static let barHeight = 16.0
    static let plotHeight = 240.0
    static let characterWidth = 7.2
    static let captionLineHeight = 16.0
    static let barColour = "#4a78a8"
    static let estimateColour = "#a9c1da"

    func document() -> String {
        var body: [String] = []
        let top = 44.0
        let plotBottom: Double
        switch model.kind {
        case .bar, .histogram: plotBottom = bars(&body, top: top)
        case .line: plotBottom = line(&body, top: top)
        }
        var y = plotBottom + 36
        for caption in model.caption {
            body.append(text(caption, x: 12, y: y, attributes: ##"font-size="11" fill="#444""##))
            y += Self.captionLineHeight
        }
        let height = y + 8
        var out = ##"<?xml version="1.0" encoding="UTF-8"?>"## + "\n"
        out +=
            ##"<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="\##(n(Self.width))" height="\##(n(height))" viewBox="0 0 \##(n(Self.width)) \##(n(height))" font-family="sans-serif" font-size="12">"##
        out += "\n<title>\(escape(model.title))</title>\n"
        out += ##"<rect x="0" y="0" width="\##(n(Self.width))" height="\##(n(height))" fill="#ffffff"/>"## + "\n"
        out += text(model.title, x: 12, y: 24, attributes: ##"font-size="15" font-weight="bold""##) + "\n"
        out += body.joined(separator: "\n") + "\n</svg>\n"
        return out
    }

    /// Horizontal bars from zero; returns the bottom of the plot.
    private func bars(_ body: inout [String], top: Double) -> Double {
        let labelWidth = Double(model.marks.map { $0.label.count }.max() ?? 0) * Self.characterWidth
        let valueWidth = Double(model.marks.map { $0.valueText.count }.max() ?? 0) * Self.characterWidth
        let left = 12 + labelWidth + 8
        let plotWidth = max(100, Self.width - left - valueWidth - 20)
        func x(_ v: Double) -> Double { left + model.fraction(v) * plotWidth }
        let zero = x(0)
        for (i, mark) in model.marks.enumerated() {
            let y = top + Double(i) * Self.rowHeight
            let middle = y + Self.barHeight / 2 + 4
            body.append(text(mark.label, x: left - 8, y: middle, attributes: ##"text-anchor="end""##))
            guard let value = mark.value, value.isFinite else {
                body.append(
                    text(mark.valueText, x: zero + 6, y: middle, attributes: ##"fill="#888" font-style="italic""##))
                continue
            }
            let end = x(value)
            let (from, to) = (min(zero, end), max(zero, end))
            let style =
                mark.estimated
                ? ##"fill="\##(Self.estimateColour)" stroke="\##(Self.barColour)" stroke-dasharray="3 2""##
                : ##"fill="\##(Self.barColour)""##
            body.append(
                ##"<rect x="\##(n(from))" y="\##(n(y))" width="\##(n(to - from))" height="\##(n(Self.barHeight))" \##(style)><title>\##(escape(mark.label)): \##(escape(mark.valueText))</title></rect>"##
            )
            body.append(text(mark.valueText, x: to + 6, y: middle, attributes: ""))
        }
        let bottom = top + Double(model.marks.count) * Self.rowHeight
        body.append(axis(x1: zero, y1: top - 4, x2: zero, y2: bottom))
        body.append(axis(x1: left, y1: bottom, x2: left + plotWidth, y2: bottom))
        body.append(text(ChartNumber.text(model.low), x: left, y: bottom + 16, attributes: ##"text-anchor="middle""##))
        body.append(
            text(
                ChartNumber.text(model.high), x: left + plotWidth, y: bottom + 16,
                attributes: ##"text-anchor="middle""##))
        return bottom
    }

    /// Points joined by lines between neighbours, never across a gap; returns the plot's bottom.
    private func line(_ body: inout [String], top: Double) -> Double {
        let left =
            12 + Double(max(ChartNumber.text(model.high).count, ChartNumber.text(model.low).count))
            * Self.characterWidth + 8
        let plotWidth = Self.width - left - 24
        let bottom = top + Self.plotHeight
        let slot = plotWidth / Double(max(1, model.marks.count))
        func x(_ i: Int) -> Double { left + slot * (Double(i) + 0.5) }
        func y(_ v: Double) -> Double { bottom - model.fraction(v) * Self.plotHeight }
        body.append(axis(x1: left, y1: top, x2: left, y2: bottom))
        body.append(axis(x1: left, y1: y(0), x2: left + plotWidth, y2: y(0)))
        body.append(text(ChartNumber.text(model.high), x: left - 6, y: top + 4, attributes: ##"text-anchor="end""##))
        body.append(text(ChartNumber.text(model.low), x: left - 6, y: bottom + 4, attributes: ##"text-anchor="end""##))
        for i in model.marks.indices {
            guard let v = model.marks[i].value, v.isFinite, i + 1 < model.marks.count,
                let w = model.marks[i + 1].value, w.isFinite
            else { continue }
            let dashed = model.marks[i + 1].estimated || model.marks[i].estimated ? ##" stroke-dasharray="5 3""## : ""
            body.append(
                ##"<line x1="\##(n(x(i)))" y1="\##(n(y(v)))" x2="\##(n(x(i + 1)))" y2="\##(n(y(w)))" stroke="\##(Self.barColour)" stroke-width="2"\##(dashed)/>"##
            )
        }
        for (i, mark) in model.marks.enumerated() {
            let labelStyle = mark.isGap ? ##"text-anchor="middle" fill="#888""## : ##"text-anchor="middle""##
            body.append(text(mark.label, x: x(i), y: bottom + 16, attributes: labelStyle))
            guard let v = mark.value, v.isFinite else {
                body.append(
                    text(
                        mark.valueText, x: x(i), y: bottom + 30,
                        attributes: ##"text-anchor="middle" fill="#888" font-style="italic""##))
                continue
            }
            let fill = mark.estimated ? "#ffffff" : Self.barColour
            body.append(
                ##"<circle cx="\##(n(x(i)))" cy="\##(n(y(v)))" r="4" fill="\##(fill)" stroke="\##(Self.barColour)" stroke-width="2"><title>\##(escape(mark.label)): \##(escape(mark.valueText))</title></circle>"##
            )
            body.append(text(mark.valueText, x: x(i), y: y(v) - 9, attributes: ##"text-anchor="middle""##))
        }
        return bottom + 20
    }

    private func axis(x1: Double, y1: Double, x2: Double, y2: Double) -> String {
        ##"<line x1="\##(n(x1))" y1="\##(n(y1))" x2="\##(n(x2))" y2="\##(n(y2))" stroke="#333" stroke-width="1"/>"##
    }

    private func text(_ content: String, x: Double, y: Double, attributes: String) -> String {
        let extra = attributes.isEmpty ? "" : " " + attributes
        return ##"<text x="\##(n(x))" y="\##(n(y))"\##(extra)>\##(escape(content))</text>"##
    }

    /// A coordinate to one decimal, so the same chart always gives the same bytes.
    private func n(_ d: Double) -> String { ChartNumber.text((d * 10).rounded() / 10) }

    private func escape(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            // XML 1.0 forbids most control characters even as references: drop them.
            case _ where scalar.value < 0x20 && scalar != "\n" && scalar != "\t": continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
