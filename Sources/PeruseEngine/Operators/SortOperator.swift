import PeruseStorage
import PeruseSyntax

/// ORDER BY, and ORDER BY … LIMIT as a top-N that never sorts more than a few
/// thousand rows at once: rows that cannot make the top N are dropped as they arrive.
final class SortOperator: Operator {
    private let child: Operator
    private let keys: [SortKey]
    private let limit: Int?
    private let offset: Int
    private let context: ExecutionContext
    private var output = MaterializedOutput()

    init(_ child: Operator, keys: [SortKey], limit: Int?, offset: Int, _ context: ExecutionContext) {
        self.child = child
        self.keys = keys
        self.limit = limit
        self.offset = offset
        self.context = context
    }

    func next() throws(Diagnostic) -> Batch? {
        try output.next { () throws(Diagnostic) in try run() }
    }

    private func run() throws(Diagnostic) -> (columns: [Vector], count: Int) {
        var buffer: [VectorBuilder]?
        var buffered = 0
        let keep = limit.map { $0 + offset }
        // Top-N: the worst first-key value still in the running top N.
        var threshold: Value?
        while let batch = try child.next() {
            try context.checkCancelled()
            // Top-N: read the first key alone, and gather the other columns only for
            // the rows that can still make the top N.
            var rows = batch
            if keep != nil, let t = threshold, let first = keys.first, first.column < batch.columns.count {
                let pass = Self.rowsNotWorse(batch, first, than: t)
                if pass.isEmpty { continue }
                if pass.count < batch.count { rows = batch.subset(pass) }
            }
            let columns = (0..<rows.columns.count).map { rows.column($0) }
            // The buffered rows, plus the sort order of each.
            let bytesPerRow = columns.map(\.type).estimatedWidth + 4
            try context.budget.reserve(rows: rows.count, bytesPerRow: bytesPerRow, operator: "order by")
            if buffer == nil { buffer = columns.map { VectorBuilder(type: $0.type) } }
            for i in 0..<columns.count { buffer?[i].append(columns[i]) }
            buffered += rows.count
            if let keep, buffered > max(4 * keep, 8192), let b = buffer {
                let (kept, worst) = Self.sortedPrefix(b.map { $0.build() }, keys: keys, count: keep)
                buffer = kept.map { v in
                    var nb = VectorBuilder(type: v.type)
                    nb.append(v)
                    return nb
                }
                let keptCount = kept.first?.count ?? 0
                context.budget.release(bytes: (buffered - keptCount) * bytesPerRow)
                buffered = keptCount
                threshold = worst
            }
        }
        guard let b = buffer else { return ([], 0) }
        let columns = b.map { $0.build() }
        let total = columns.first?.count ?? 0
        let (sorted, _) = Self.sortedPrefix(columns, keys: keys, count: keep ?? total)
        let n = sorted.first?.count ?? 0
        let start = min(offset, n)
        let end = limit.map { min(n, start + $0) } ?? n
        let window = sorted.map { $0.slice(start: start, length: end - start) }
        return (window, end - start)
    }

    /// The first `count` rows of `columns` in key order, and the first key's value in
    /// the last of them (the top-N threshold) when `count` rows were kept.
    static func sortedPrefix(_ columns: [Vector], keys: [SortKey], count: Int) -> ([Vector], Value?) {
        let n = columns.first?.count ?? 0
        let comparators = keys.compactMap { k in k.column < columns.count ? KeyComparator(columns[k.column], k) : nil }
        var order = (0..<n).map { Int32(truncatingIfNeeded: $0) }
        order.sort { a, b in
            for c in comparators {
                let r = c.compare(Int(a), Int(b))
                if r != 0 { return r < 0 }
            }
            return a < b
        }
        let kept = Array(order.prefix(count))
        let out = columns.map { $0.gather(kept) }
        var worst: Value?
        if kept.count == count, count > 0, let first = keys.first, first.column < out.count {
            worst = out[first.column].value(at: count - 1)
        }
        return (out, worst)
    }

    /// Positions of the rows whose first key is not strictly worse than `t` (the current
    /// N-th best). Numbers are read in place through the batch's selection.
    static func rowsNotWorse(_ batch: Batch, _ key: SortKey, than t: Value) -> [Int32] {
        let column = batch.columns[key.column]
        let nullsCanPass = key.nullsFirst && column.hasNulls
        switch (column.storage, t) {
        case (.double(let a), .double(let limit)) where !nullsCanPass && !limit.isNaN:
            // NaN sorts above every number.
            return key.ascending
                ? Evaluator.scan(a, column.validity, batch.selection, batch.count) { $0 <= limit }
                : Evaluator.scan(a, column.validity, batch.selection, batch.count) { $0 >= limit || $0.isNaN }
        case (.int64(let a), .bigint(let limit)) where !nullsCanPass, (.int64(let a), .date(let limit)) where !nullsCanPass:
            return key.ascending
                ? Evaluator.scan(a, column.validity, batch.selection, batch.count) { $0 <= limit }
                : Evaluator.scan(a, column.validity, batch.selection, batch.count) { $0 >= limit }
        case (_, .null):
            // The N-th best is NULL. NULLs first: only NULLs can tie it. NULLs last: any row can.
            let v = batch.column(key.column)
            return (0..<v.count).filter { !key.nullsFirst || !v.isValid($0) }.map { Int32(truncatingIfNeeded: $0) }
        default:
            return (0..<batch.count).map { Int32(truncatingIfNeeded: $0) }
        }
    }
}

/// Compares two rows of one column for a sort key, NULL placement included.
struct KeyComparator {
    private enum Keys {
        case ints(ArraySlice<Int64>)
        case doubles(ArraySlice<Double>)
        case ranks([Int32], ArraySlice<Int32>)  // rank of each dictionary code, codes
        case bools(ArraySlice<Bool>)
        case none
    }
    private let keys: Keys
    private let validity: Bitmap?
    private let ascending: Bool
    private let nullsFirst: Bool

    init(_ v: Vector, _ key: SortKey) {
        validity = v.effectiveValidity
        ascending = key.ascending
        nullsFirst = key.nullsFirst
        switch v.storage {
        case .int64(let a): keys = .ints(a)
        case .double(let a): keys = .doubles(a)
        case .boolean(let a): keys = .bools(a)
        case .string(let codes, let dict):
            // Sort the dictionary once; rows then compare by rank.
            let order = (0..<dict.count).sorted { Comparison.byteOrder(dict.values[$0], dict.values[$1]) < 0 }
            var rank = [Int32](repeating: 0, count: dict.count)
            var r: Int32 = 0
            for (k, code) in order.enumerated() {
                if k > 0 && Comparison.byteOrder(dict.values[order[k - 1]], dict.values[code]) != 0 { r += 1 }
                rank[code] = r
            }
            keys = .ranks(rank, codes)
        case .null: keys = .none
        }
    }

    /// Negative, zero or positive as row `a` sorts before, with or after row `b`.
    func compare(_ a: Int, _ b: Int) -> Int {
        let va = validity?[a] ?? true
        let vb = validity?[b] ?? true
        if !va || !vb {
            if va == vb { return 0 }
            return (!va) == nullsFirst ? -1 : 1
        }
        var r = 0
        switch keys {
        case .ints(let x): r = Self.order(x[x.startIndex + a], x[x.startIndex + b])
        case .doubles(let x): r = Self.orderDouble(x[x.startIndex + a], x[x.startIndex + b])
        case .bools(let x): r = Self.order(x[x.startIndex + a] ? 1 : 0, x[x.startIndex + b] ? 1 : 0)
        case .ranks(let rank, let codes):
            r = Self.order(Int64(rank[Int(codes[codes.startIndex + a])]), Int64(rank[Int(codes[codes.startIndex + b])]))
        case .none: r = 0
        }
        return ascending ? r : -r
    }

    private static func order(_ x: Int64, _ y: Int64) -> Int { x < y ? -1 : (x > y ? 1 : 0) }

    /// NaN sorts after every number, as in DuckDB.
    private static func orderDouble(_ x: Double, _ y: Double) -> Int {
        if x.isNaN || y.isNaN { return x.isNaN == y.isNaN ? 0 : (x.isNaN ? 1 : -1) }
        return x < y ? -1 : (x > y ? 1 : 0)
    }
}
