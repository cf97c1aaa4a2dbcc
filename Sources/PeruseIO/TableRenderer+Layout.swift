/// Which rows a table shows: all of them, or the first ⌈m/2⌉ and last ⌊m/2⌋ of `maxRows` m.
struct RowWindow {
    let head: Range<Int>
    let tail: Range<Int>

    init(rowCount: Int, maxRows: Int?) {
        guard let maxRows, rowCount > maxRows else {
            head = 0..<rowCount
            tail = rowCount..<rowCount
            return
        }
        let m = max(0, maxRows)
        head = 0..<(m + 1) / 2
        tail = (rowCount - m / 2)..<rowCount
    }

    /// The rows shown, in order.
    var indices: [Int] { Array(head) + Array(tail) }
    var shownCount: Int { head.count + tail.count }
    /// Rows between head and tail, left out.
    var hidden: Int { tail.lowerBound - head.upperBound }
}

/// Which columns fit in `maxWidth` terminal columns.
///
/// A table is `1 + Σ (width + 3)` columns wide (`│ ` before each cell, ` ` after it and a final
/// `│`). When it is too wide, columns are kept alternately from the left and the right edges
/// while they fit beside a 4-column-wide `…` column standing for the rest. At least one column
/// is kept; if even that is too wide, `shrunkWidth` says how far to cut it.
struct ColumnPlan {
    /// Indices of the columns shown, ascending.
    var kept: [Int]
    /// How many of `kept` go left of the `…` column.
    var leftCount: Int
    /// True when some columns are hidden behind a `…` column.
    var elides: Bool
    /// A new width for the single kept column, when it alone is too wide.
    var shrunkWidth: Int?

    init(widths: [Int], maxWidth: Int?) {
        let total = widths.reduce(1) { $0 + $1 + 3 }
        guard let maxWidth, total > maxWidth, !widths.isEmpty else {
            kept = Array(widths.indices)
            leftCount = kept.count
            elides = false
            shrunkWidth = nil
            return
        }
        let ellipsisWidth = 4
        var left: [Int] = []
        var right: [Int] = []
        var used = 1 + ellipsisWidth
        var (i, j) = (0, widths.count - 1)
        while i <= j {
            let fromLeft = left.count <= right.count
            let index = fromLeft ? i : j
            guard used + widths[index] + 3 <= maxWidth else { break }
            used += widths[index] + 3
            if fromLeft {
                left.append(index)
                i += 1
            } else {
                right.insert(index, at: 0)
                j -= 1
            }
        }
        if left.isEmpty { left = [0] }
        kept = left + right
        leftCount = left.count
        elides = kept.count < widths.count
        let width = (elides ? 1 + ellipsisWidth : 1) + widths[kept[0]] + 3
        shrunkWidth = kept.count == 1 && width > maxWidth ? max(1, widths[kept[0]] - (width - maxWidth)) : nil
    }
}
