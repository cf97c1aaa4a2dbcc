import PeruseStorage
import PeruseSyntax

/// More filter shapes answered straight as positions (see `Evaluator+Selection`): a
/// two-sided range on one column in one pass, IN over a stored number column, and the
/// merging of OR's two sides.
extension Evaluator {
    /// `column <op> constant` (either way round): its parts, or nil for other shapes.
    private func columnComparison(_ e: BoundExpr) -> (column: Int, op: ComparisonOperator, constant: Value)? {
        guard case .comparison(let op, let a, let b) = e.kind else { return nil }
        if case .column(let i) = a.kind, let c = b.constantValue { return (i, op, c) }
        if case .column(let i) = b.kind, let c = a.constantValue { return (i, op.flipped, c) }
        return nil
    }

    /// `x >(=) lo and x <(=) hi` (either order) on one stored BIGINT/DATE/DOUBLE column of a
    /// batch without a selection (what `between` binds to): nil for other shapes.
    /// With `wantTrue` false, the rows where it is false.
    func rangePositions(_ a: BoundExpr, _ b: BoundExpr, _ batch: Batch, wantTrue: Bool = true) -> [Int32]? {
        guard batch.selection == nil, let p = columnComparison(a), let q = columnComparison(b), p.column == q.column,
            p.column < batch.columns.count
        else { return nil }
        func lower(_ x: (column: Int, op: ComparisonOperator, constant: Value)) -> (Value, Bool)? {
            x.op == .greater ? (x.constant, false) : x.op == .greaterEqual ? (x.constant, true) : nil
        }
        func upper(_ x: (column: Int, op: ComparisonOperator, constant: Value)) -> (Value, Bool)? {
            x.op == .less ? (x.constant, false) : x.op == .lessEqual ? (x.constant, true) : nil
        }
        guard let (lo, hi) = lower(p).flatMap({ l in upper(q).map { (l, $0) } }) ?? lower(q).flatMap({ l in upper(p).map { (l, $0) } })
        else { return nil }
        let v = batch.columns[p.column]
        if lo.0.isNull || hi.0.isNull { return wantTrue ? [] : nil }
        switch (v.storage, lo.0, hi.0) {
        case (.int64(let x), .bigint(let l), .bigint(let h)), (.int64(let x), .date(let l), .date(let h)):
            return SIMDSelection.range(x, validity: v.validity, lower: l, lowerInclusive: lo.1, upper: h, upperInclusive: hi.1,
                outside: !wantTrue)
        case (.double(let x), .double(let l), .double(let h)):
            // A NaN value (above everything) is never below `h`: outside the range, as in the
            // lanes, where it fails both comparisons.
            guard !l.isNaN, !h.isNaN else { return nil }
            return SIMDSelection.range(x, validity: v.validity, lower: l, lowerInclusive: lo.1, upper: h, upperInclusive: hi.1,
                outside: !wantTrue)
        default:
            return nil
        }
    }

    /// The rows where a stored column is NULL (`wanted`) or not NULL: from its validity
    /// bitmap, no vector in between; nil for an expression that is not a column.
    func nullPositions(_ e: BoundExpr, wanted: Bool, _ batch: Batch) -> [Int32]? {
        guard case .column(let column) = e.kind, column < batch.columns.count else { return nil }
        guard let validity = batch.columns[column].effectiveValidity else {
            return wanted ? [] : (0..<batch.count).map { Int32(truncatingIfNeeded: $0) }
        }
        var out: [Int32] = []
        for k in 0..<batch.count {
            let row = batch.selection.map { Int($0[k]) } ?? k
            if validity[row] != wanted { out.append(Int32(truncatingIfNeeded: k)) }
        }
        return out
    }

    /// `a is null or b is null or …` on stored columns: the rows where any of them is NULL,
    /// from their validity bitmaps a word at a time; nil for other shapes.
    func anyNullPositions(_ e: BoundExpr, _ batch: Batch) -> [Int32]? {
        var columns: [Int] = []
        func collect(_ x: BoundExpr) -> Bool {
            switch x.kind {
            case .or(let a, let b): return collect(a) && collect(b)
            case .isNull(let inner, let negated):
                guard !negated, case .column(let c) = inner.kind, c < batch.columns.count else { return false }
                columns.append(c)
                return true
            default: return false
            }
        }
        guard collect(e) else { return nil }
        let validities = columns.compactMap { batch.columns[$0].effectiveValidity }
        if validities.isEmpty { return [] }
        var out: [Int32] = []
        if let selection = batch.selection {
            for (k, row) in selection.enumerated() where validities.contains(where: { !$0[Int(row)] }) {
                out.append(Int32(truncatingIfNeeded: k))
            }
            return out
        }
        let wordCount = (batch.count + 63) >> 6
        for w in 0..<wordCount {
            var missing: UInt64 = 0
            for v in validities where w < v.words.count { missing |= ~v.words[v.words.startIndex + w] }
            if w == wordCount - 1 && batch.count & 63 != 0 { missing &= (1 << UInt64(batch.count & 63)) &- 1 }
            while missing != 0 {
                out.append(Int32(truncatingIfNeeded: w << 6 | missing.trailingZeroBitCount))
                missing &= missing &- 1
            }
        }
        return out
    }

    /// Where `column [not] in (constants…)` is true (or, with `wantTrue` false, false) on a
    /// stored BIGINT/DATE/DOUBLE column; nil for other shapes. A NULL in the list never
    /// decides a row: x IN (…, NULL) is true or NULL, x NOT IN (…, NULL) false or NULL.
    func inListPositions(_ v: BoundExpr, _ items: [BoundExpr], negated: Bool, wantTrue: Bool = true, _ batch: Batch)
        -> [Int32]?
    {
        guard case .column(let column) = v.kind, column < batch.columns.count else { return nil }
        let constants = items.compactMap(\.constantValue)
        guard constants.count == items.count else { return nil }
        // The rows wanted are those in the list (IN true, NOT IN false) or those not in it
        // (NOT IN true, IN false), and the latter are NULL when the list holds a NULL.
        let notInList = negated == wantTrue
        if notInList && constants.contains(.null) { return [] }
        let x = batch.columns[column]
        switch x.storage {
        case .int64(let values):
            var list: [Int64] = []
            for c in constants {
                switch c {
                case .bigint(let k), .date(let k): list.append(k)
                case .null: continue
                default: return nil
                }
            }
            return Self.membership(values, list, negated: notInList, x.validity, batch)
        case .double(let values):
            var list: [Double] = []
            for c in constants {
                switch c {
                case .double(let k) where !k.isNaN: list.append(k)
                case .null: continue
                default: return nil
                }
            }
            return Self.membership(values, list, negated: notInList, x.validity, batch)
        default:
            return nil
        }
    }

    private static func membership<T: Hashable>(
        _ values: ArraySlice<T>, _ list: [T], negated: Bool, _ validity: Bitmap?, _ batch: Batch
    ) -> [Int32] {
        if list.count <= 16 {
            return list.withUnsafeBufferPointer { l in
                scan(values, validity, batch.selection, batch.count) { x in
                    var found = false
                    for c in l where c == x { found = true }
                    return found != negated
                }
            }
        }
        let set = Set(list)
        return scan(values, validity, batch.selection, batch.count) { set.contains($0) != negated }
    }

    /// Positions `0..<count` not in `positions` (ascending, each below `count`).
    static func complement(_ positions: [Int32], count: Int) -> [Int32] {
        var words = [UInt64](repeating: 0, count: (count + 63) >> 6)
        for p in positions where Int(p) < count { words[Int(p) >> 6] |= 1 << UInt64(p & 63) }
        var out: [Int32] = []
        out.reserveCapacity(count - positions.count)
        for w in 0..<words.count {
            var free = ~words[w]
            if w == words.count - 1 && count & 63 != 0 { free &= (1 << UInt64(count & 63)) &- 1 }
            while free != 0 {
                out.append(Int32(truncatingIfNeeded: w << 6 | free.trailingZeroBitCount))
                free &= free &- 1
            }
        }
        return out
    }

    /// The union of two ascending, disjoint position lists, ascending.
    static func union(_ a: [Int32], _ b: [Int32]) -> [Int32] {
        if a.isEmpty { return b }
        if b.isEmpty { return a }
        return a.withUnsafeBufferPointer { x in
            b.withUnsafeBufferPointer { y in
                [Int32](unsafeUninitializedCapacity: x.count + y.count) { out, initialized in
                    var (i, j, k) = (0, 0, 0)
                    while i < x.count && j < y.count {
                        let takeLeft = x[i] < y[j]
                        out[k] = takeLeft ? x[i] : y[j]
                        i &+= takeLeft ? 1 : 0
                        j &+= takeLeft ? 0 : 1
                        k &+= 1
                    }
                    while i < x.count {
                        out[k] = x[i]
                        i &+= 1
                        k &+= 1
                    }
                    while j < y.count {
                        out[k] = y[j]
                        j &+= 1
                        k &+= 1
                    }
                    initialized = k
                }
            }
        }
    }

    // MARK: False positions

    /// Positions `0..<batch.count` where `e` is false (not true, not NULL), ascending: where
    /// NOT e is true. Reads no more rows of any operand than `evaluate` would.
    func falsePositions(_ e: BoundExpr, _ batch: Batch) throws(Diagnostic) -> [Int32] {
        switch e.kind {
        case .and(let a, let b):
            if let range = rangePositions(a, b, batch, wantTrue: false) { return range }
            // False where either side is; the right side is read where the left is not false.
            let first = try falsePositions(a, batch)
            if first.count == batch.count { return first }
            let rest = Self.complement(first, count: batch.count)
            let second = try falsePositions(b, batch.subset(rest))
            return Self.union(first, second.map { rest[Int($0)] })
        case .or(let a, let b):
            let first = try falsePositions(a, batch)
            if first.isEmpty { return [] }
            if first.count == batch.count { return try falsePositions(b, batch) }
            return try falsePositions(b, batch.subset(first)).map { first[Int($0)] }
        case .not(let inner):
            return try truePositions(inner, batch)
        case .isNull(let inner, let negated):
            // IS [NOT] NULL is never NULL: false exactly where it is not true.
            if let fast = nullPositions(inner, wanted: negated, batch) { return fast }
        case .comparison:
            if let fast = comparisonFalsePositions(e, batch) { return fast }
        case .inList(let v, let items, let negated):
            if let fast = inListPositions(v, items, negated: negated, wantTrue: false, batch) { return fast }
        default:
            break
        }
        let v = try evaluate(e, batch)
        let values = v.booleans
        var out: [Int32] = []
        for i in 0..<min(v.count, values.count) where v.isValid(i) && !values[values.startIndex + i] {
            out.append(Int32(truncatingIfNeeded: i))
        }
        return out
    }

    /// Where `column <op> constant` on a stored BIGINT/DATE/DOUBLE column is false: a value
    /// for which the comparison does not hold; nil for other shapes.
    private func comparisonFalsePositions(_ e: BoundExpr, _ batch: Batch) -> [Int32]? {
        guard let p = columnComparison(e), p.column < batch.columns.count else { return nil }
        let v = batch.columns[p.column]
        if p.constant.isNull { return [] }
        switch (v.storage, p.constant) {
        case (.int64(let x), .bigint(let c)), (.int64(let x), .date(let c)):
            return Self.failing(x, v.validity, batch, p.op, c)
        case (.double(let x), .double(let c)):
            // NaN's ordering rules (equal to itself, above everything): take the general path.
            if c.isNaN || Self.hasNaN(x, batch.selection) { return nil }
            return Self.failing(x, v.validity, batch, p.op, c)
        default:
            return nil
        }
    }

    private static func failing<T: Comparable>(
        _ x: ArraySlice<T>, _ validity: Bitmap?, _ batch: Batch, _ op: ComparisonOperator, _ c: T
    ) -> [Int32] {
        let (selection, n) = (batch.selection, batch.count)
        switch op {
        case .equal: return scan(x, validity, selection, n) { !($0 == c) }
        case .notEqual: return scan(x, validity, selection, n) { !($0 != c) }
        case .less: return scan(x, validity, selection, n) { !($0 < c) }
        case .lessEqual: return scan(x, validity, selection, n) { !($0 <= c) }
        case .greater: return scan(x, validity, selection, n) { !($0 > c) }
        case .greaterEqual: return scan(x, validity, selection, n) { !($0 >= c) }
        }
    }
}
