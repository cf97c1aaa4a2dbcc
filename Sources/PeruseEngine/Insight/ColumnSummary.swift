import PeruseStorage

/// The figures `summarize` gives for one column: how many values, how many NULLs, how many
/// distinct values, the smallest and largest, and for numbers the mean, the median and a
/// sparkline of how the values spread between the smallest and the largest.
struct ColumnSummary {
    var count = 0
    var nulls = 0
    var distinct = 0
    var min: Value = .null
    var max: Value = .null
    var mean: Double?
    var median: Double?
    /// A sparkline for numbers, the most frequent values for text and booleans.
    var shape = ""

    /// The bars of a sparkline, lowest first. An empty range of the spread is a space.
    static let sparkBlocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    static let sparkBins = 8
    static let topValueCount = 3

    init(_ column: Vector) {
        switch column.storage {
        case .int64(let values):
            var numbers: [Double] = []
            var seen = Set<Int64>()
            var lo = Int64.max
            var hi = Int64.min
            for k in 0..<column.count where column.isValid(k) {
                let v = values[values.startIndex + k]
                seen.insert(v)
                lo = Swift.min(lo, v)
                hi = Swift.max(hi, v)
                numbers.append(Double(v))
            }
            distinct = seen.count
            if !numbers.isEmpty {
                min = column.type == .date ? .date(lo) : .bigint(lo)
                max = column.type == .date ? .date(hi) : .bigint(hi)
            }
            if column.type == .bigint { describeNumbers(numbers) } else { count = numbers.count }
        case .double(let values):
            var numbers: [Double] = []
            for k in 0..<column.count where column.isValid(k) { numbers.append(values[values.startIndex + k]) }
            distinct = Set(numbers.map { $0 == 0 ? 0 : $0 }).count
            if let lo = numbers.min(), let hi = numbers.max() {
                min = .double(lo)
                max = .double(hi)
            }
            describeNumbers(numbers)
        case .boolean(let values):
            var tally: [String: Int] = [:]
            for k in 0..<column.count where column.isValid(k) {
                tally[values[values.startIndex + k] ? "true" : "false", default: 0] += 1
                count += 1
            }
            describeTally(tally, order: { $0 == "true" ? Value.boolean(true) : .boolean(false) })
        case .string(let codes, let dictionary):
            var perCode: [Int32: Int] = [:]
            for k in 0..<column.count where column.isValid(k) {
                perCode[codes[codes.startIndex + k], default: 0] += 1
                count += 1
            }
            var tally: [String: Int] = [:]
            for (code, n) in perCode { tally[dictionary[code], default: 0] += n }
            describeTally(tally, order: { .varchar($0) })
        case .null:
            break
        }
        nulls = column.count - count
    }

    private mutating func describeNumbers(_ numbers: [Double]) {
        count = numbers.count
        guard !numbers.isEmpty else { return }
        mean = numbers.reduce(0, +) / Double(numbers.count)
        let sorted = numbers.sorted()
        let middle = sorted.count / 2
        median = sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
        shape = Self.sparkline(sorted)
    }

    /// Counts of `sorted` in equal ranges between its first and last value, as blocks.
    static func sparkline(_ sorted: [Double]) -> String {
        guard let lo = sorted.first, let hi = sorted.last, lo.isFinite, hi.isFinite else { return "" }
        guard hi > lo else { return String(sparkBlocks[sparkBlocks.count - 1]) }
        var counts = [Int](repeating: 0, count: sparkBins)
        for v in sorted {
            let position = (v - lo) / (hi - lo) * Double(sparkBins)
            let bin = position.isFinite ? Swift.min(sparkBins - 1, Swift.max(0, Int(position))) : 0
            counts[bin] += 1
        }
        let most = counts.max() ?? 1
        return String(
            counts.map { n -> Character in
                if n == 0 { return " " }
                let level = (n * sparkBlocks.count + most - 1) / most - 1
                return sparkBlocks[Swift.min(sparkBlocks.count - 1, Swift.max(0, level))]
            })
    }

    private mutating func describeTally(_ tally: [String: Int], order: (String) -> Value) {
        distinct = tally.count
        let names = tally.keys.sorted()
        if let first = names.first, let last = names.last {
            min = order(first)
            max = order(last)
        }
        let top = tally.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        var parts = top.prefix(Self.topValueCount).map { "\($0.key) ×\($0.value)" }
        if top.count > Self.topValueCount { parts.append("…") }
        shape = parts.joined(separator: ", ")
    }
}

/// `summarize`: one row per column of `input`.
enum Summarizer {
    static func summarize(_ input: ResultTable, units: [String?]) -> ResultTable {
        var names = VectorBuilder(type: .varchar)
        var types = VectorBuilder(type: .varchar)
        var unitColumn = VectorBuilder(type: .varchar)
        var counts = VectorBuilder(type: .bigint)
        var nulls = VectorBuilder(type: .bigint)
        var distincts = VectorBuilder(type: .bigint)
        var mins = VectorBuilder(type: .varchar)
        var maxes = VectorBuilder(type: .varchar)
        var means = VectorBuilder(type: .double)
        var medians = VectorBuilder(type: .double)
        var shapes = VectorBuilder(type: .varchar)
        for (i, column) in input.columns.enumerated() {
            let s = ColumnSummary(column)
            names.append(.varchar(input.columnNames[i]))
            types.append(.varchar(column.type.description))
            unitColumn.append(i < units.count ? units[i].map(Value.varchar) ?? .null : .null)
            counts.append(.bigint(Int64(s.count)))
            nulls.append(.bigint(Int64(s.nulls)))
            distincts.append(.bigint(Int64(s.distinct)))
            mins.append(ValueFormatter.text(s.min).map(Value.varchar) ?? .null)
            maxes.append(ValueFormatter.text(s.max).map(Value.varchar) ?? .null)
            means.append(s.mean.map(Value.double) ?? .null)
            medians.append(s.median.map(Value.double) ?? .null)
            shapes.append(s.shape.isEmpty ? .null : .varchar(s.shape))
        }
        return ResultTable(
            columnNames: [
                "column_name", "column_type", "unit", "count", "null_count", "distinct", "min", "max", "mean",
                "median", "shape",
            ],
            columns: [
                names.build(), types.build(), unitColumn.build(), counts.build(), nulls.build(), distincts.build(),
                mins.build(), maxes.build(), means.build(), medians.build(), shapes.build(),
            ])
    }
}
