import PeruseStorage
import PeruseSyntax

/// A chart's marks, worked out once from a result and its `ChartSpec` and drawn by both the
/// terminal and the SVG renderer, so the two always show the same thing.
///
/// Honest by default: the value axis includes zero; whole-number labels (years) run without
/// holes, a missing one becoming a gap that is neither drawn nor joined over; estimates are
/// marked; the caption gives n and the sources.
struct ChartModel {
    struct Mark {
        var label: String
        /// nil: no value here (a missing year, or a NULL).
        var value: Double?
        var valueText: String
        var estimated: Bool
        /// True for a label the data has no row for (a year between two others).
        var isGap: Bool
    }

    var kind: ChartSpec.Kind
    var title: String
    var marks: [Mark]
    /// The value axis: always includes zero.
    var low: Double
    var high: Double
    var caption: [String]
    var hasEstimates: Bool { marks.contains { $0.estimated } }

    /// Whole-number labels spanning at most this many steps have their missing values shown.
    static let maxFilledSpan: Int64 = 200
    static let maxBins = 200

    /// The marks of `result` drawn as `spec` says, with the title and caption in `language`.
    init(_ result: ResultTable, _ spec: ChartSpec, language: Language = .en) {
        let label = { (english: String) in ResultText.label.localized(english, to: language) }
        kind = spec.kind
        title = label(spec.title) + (spec.unit.map { " (\($0))" } ?? "")
        let values =
            spec.valueColumn < result.columns.count ? result.columns[spec.valueColumn] : .nulls(.double, count: 0)
        switch spec.kind {
        case .histogram:
            marks = Self.histogram(values, bins: spec.bins)
        case .bar, .line:
            let labels = spec.labelColumn.flatMap { $0 < result.columns.count ? result.columns[$0] : nil }
            let estimated = spec.estimatedColumn.flatMap { $0 < result.columns.count ? result.columns[$0] : nil }
            marks = Self.labelled(
                values, labels: labels, estimated: estimated, sortByLabel: spec.kind == .line, noData: label("no data"))
        }
        let known = marks.compactMap(\.value).filter(\.isFinite)
        low = min(0, known.min() ?? 0)
        high = max(0, known.max() ?? 0)
        if low == high { high = low + 1 }
        let n = result.rowCount
        var caption = [label("n = \(n) \(n == 1 ? "row" : "rows")")]
        let gaps = marks.filter(\.isGap).map(\.label)
        if !gaps.isEmpty { caption.append(label("no row for " + gaps.joined(separator: ", "))) }
        if marks.contains(where: { $0.estimated }) { caption.append(label("* estimated")) }
        self.caption =
            [caption.joined(separator: " · ")]
            + spec.provenance.map { ResultText.provenance.localized($0, to: language) }
    }

    private static func labelled(
        _ values: Vector, labels: Vector?, estimated: Vector?, sortByLabel: Bool, noData: String
    ) -> [Mark] {
        var marks: [(key: Int64?, mark: Mark)] = []
        for row in 0..<values.count {
            let label = labels.map { ValueFormatter.text($0.value(at: row)) ?? "NULL" } ?? String(row + 1)
            let value = number(values.value(at: row))
            let isEstimate = estimated.map { $0.value(at: row) == .boolean(true) } ?? false
            var key: Int64?
            if let labels, case .bigint(let k) = labels.value(at: row) { key = k }
            let text = (ValueFormatter.text(values.value(at: row)) ?? "NULL") + (isEstimate ? "*" : "")
            marks.append((key, Mark(label: label, value: value, valueText: text, estimated: isEstimate, isGap: false)))
        }
        // Whole-number labels (years): put them in order and show the missing ones as gaps.
        let keys = marks.compactMap(\.key)
        guard keys.count == marks.count, let lo = keys.min(), let hi = keys.max() else {
            return marks.map(\.mark)
        }
        let (span, overflow) = hi.subtractingReportingOverflow(lo)
        guard !overflow, span <= maxFilledSpan, Set(keys).count == keys.count else {
            return sortByLabel ? marks.sorted { ($0.key ?? 0) < ($1.key ?? 0) }.map(\.mark) : marks.map(\.mark)
        }
        var byKey: [Int64: Mark] = [:]
        for m in marks { if let k = m.key { byKey[k] = m.mark } }
        return (lo...hi).map { k in
            byKey[k] ?? Mark(label: String(k), value: nil, valueText: noData, estimated: false, isGap: true)
        }
    }

    private static func histogram(_ values: Vector, bins requested: Int?) -> [Mark] {
        var numbers: [Double] = []
        for row in 0..<values.count {
            if let v = number(values.value(at: row)), v.isFinite { numbers.append(v) }
        }
        guard let lo = numbers.min(), let hi = numbers.max() else { return [] }
        var bins = requested ?? Int((Double(numbers.count).squareRoot()).rounded(.up))
        if requested == nil {
            // Sturges: ⌈log₂ n⌉ + 1.
            var log2 = 0
            while (1 << log2) < numbers.count && log2 < 62 { log2 += 1 }
            bins = log2 + 1
        }
        bins = max(1, min(maxBins, bins))
        if hi == lo { bins = 1 }
        let width = (hi - lo) / Double(bins)
        var counts = [Int](repeating: 0, count: bins)
        for v in numbers {
            let position = width > 0 ? (v - lo) / width : 0
            let bin = position.isFinite ? min(bins - 1, max(0, Int(position))) : 0
            counts[bin] += 1
        }
        return counts.enumerated().map { k, n in
            let from = lo + Double(k) * width
            let to = k == bins - 1 ? hi : lo + Double(k + 1) * width
            let label = "\(ChartNumber.text(from)) – \(ChartNumber.text(to))"
            return Mark(label: label, value: Double(n), valueText: String(n), estimated: false, isGap: false)
        }
    }

    private static func number(_ v: Value) -> Double? {
        switch v {
        case .bigint(let n): Double(n)
        case .double(let d): d
        default: nil
        }
    }

    /// Where `value` falls between `low` (0) and `high` (1).
    func fraction(_ value: Double) -> Double {
        let f = (value - low) / (high - low)
        return f.isFinite ? min(1, max(0, f)) : 0
    }
}

/// Short number text for axes and bin edges: at most three decimals, no trailing zeros.
enum ChartNumber {
    static func text(_ d: Double) -> String {
        guard d.isFinite else { return ValueFormatter.double(d) }
        if abs(d) >= 1e15 { return ValueFormatter.double(d) }
        let scaled = (d * 1000).rounded()
        if scaled == scaled.rounded(.towardZero), abs(scaled) < 9e15 {
            let n = Int64(scaled)
            let whole = n / 1000
            var fraction = abs(n % 1000)
            if fraction == 0 { return (n < 0 && whole == 0 ? "-" : "") + String(whole) }
            var digits = 3
            while fraction % 10 == 0 {
                fraction /= 10
                digits -= 1
            }
            let f = String(fraction)
            let sign = n < 0 && whole == 0 ? "-" : ""
            return sign + String(whole) + "." + String(repeating: "0", count: digits - f.count) + f
        }
        return ValueFormatter.double(d)
    }
}
