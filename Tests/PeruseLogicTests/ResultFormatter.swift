import Foundation
import PeruseStorage

/// Turns a result table into the text values a sqllogictest record compares, by each column's
/// type letter: `I` integer, `R` real with three decimals, `T` text. NULL is `NULL` for all.
enum ResultFormatter {
    /// Rows of rendered values, in engine order.
    static func rows(_ table: ResultTable, types: [Character]) -> [[String]] {
        (0..<table.rowCount).map { row in
            (0..<table.columns.count).map { column in
                let letter = column < types.count ? types[column] : "T"
                return render(table.value(row: row, column: column), as: letter)
            }
        }
    }

    static func render(_ value: Value, as letter: Character) -> String {
        if case .null = value { return "NULL" }
        switch letter {
        case "I": return integerText(value)
        case "R": return String(format: "%.3f", realValue(value))
        default:
            let text = ValueFormatter.text(value) ?? "NULL"
            return text.isEmpty ? "(empty)" : text
        }
    }

    /// A double truncated toward zero, as SQLite's runner prints a real in an `I` column.
    private static func integerText(_ value: Value) -> String {
        switch value {
        case .bigint(let v): return String(v)
        case .boolean(let b): return b ? "1" : "0"
        case .double(let d): return d.isFinite ? truncated(d) : ValueFormatter.double(d)
        case .varchar(let s): return truncated(leadingNumber(s))
        case .date, .null: return ValueFormatter.text(value) ?? "NULL"
        }
    }

    private static func truncated(_ d: Double) -> String {
        let t = d.rounded(.towardZero)
        if let i = Int64(exactly: t) { return String(i) }
        return String(format: "%.0f", t)
    }

    private static func realValue(_ value: Value) -> Double {
        switch value {
        case .bigint(let v): return Double(v)
        case .double(let d): return d
        case .boolean(let b): return b ? 1 : 0
        case .varchar(let s): return leadingNumber(s)
        case .date(let d): return Double(d)
        case .null: return 0
        }
    }

    /// The number a string starts with, as C's `atof` reads it (0 when none).
    private static func leadingNumber(_ s: String) -> Double {
        let text = s.trimmingSpaces
        var best = 0.0
        var end = text.startIndex
        while end < text.endIndex {
            end = text.index(after: end)
            if let d = Double(text[..<end]) { best = d }
        }
        return best
    }

    /// Sorts as the record asks: rows compared value by value, or all values, byte-wise
    /// like C's `strcmp`, which is how SQLite's runner sorted the results it hashed.
    static func sorted(_ rows: [[String]], _ sort: QuerySpec.Sort) -> [String] {
        switch sort {
        case .nosort: return rows.flatMap { $0 }
        case .rowsort:
            return rows.sorted { a, b in
                for (x, y) in zip(a, b) where x != y { return precedes(x, y) }
                return a.count < b.count
            }.flatMap { $0 }
        case .valuesort: return rows.flatMap { $0 }.sorted(by: precedes)
        }
    }

    /// Groups flat values into rows of `width` (the last row may be short).
    static func chunk(_ values: [String], width: Int) -> [[String]] {
        guard width > 0 else { return [values] }
        return stride(from: 0, to: values.count, by: width).map {
            Array(values[$0..<min($0 + width, values.count)])
        }
    }

    static func precedes(_ x: String, _ y: String) -> Bool {
        x.utf8.lexicographicallyPrecedes(y.utf8)
    }

    /// MD5 of every value followed by a newline.
    static func hash(_ values: [String]) -> String {
        var md5 = MD5()
        for value in values {
            md5.update(value.utf8)
            md5.update([0x0a])
        }
        return md5.finalize()
    }
}
