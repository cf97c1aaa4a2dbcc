import PeruseStorage
import PeruseSyntax

/// Filtering straight into a selection vector: the positions where a condition is true,
/// without building a boolean vector first. `column <op> constant` reads the column in
/// place (through the batch's selection, no gather); VARCHAR comparisons look each code up
/// in a per-dictionary table; AND narrows the selection one conjunct at a time.
extension Evaluator {
    /// Positions `0..<batch.count` where `e` is true (not false, not NULL), ascending.
    func truePositions(_ e: BoundExpr, _ batch: Batch) throws(Diagnostic) -> [Int32] {
        switch e.kind {
        case .and(let a, let b):
            if let range = rangePositions(a, b, batch) { return range }
            let first = try truePositions(a, batch)
            if first.isEmpty { return [] }
            if first.count == batch.count { return try truePositions(b, batch) }
            let second = try truePositions(b, batch.subset(first))
            return second.map { first[Int($0)] }
        case .or(let a, let b):
            if let nulls = anyNullPositions(e, batch) { return nulls }
            // True where the left side is; the right side is read only on the other rows.
            let first = try truePositions(a, batch)
            if first.count == batch.count { return first }
            let rest = Self.complement(first, count: batch.count)
            let second = try truePositions(b, batch.subset(rest))
            return Self.union(first, second.map { rest[Int($0)] })
        case .comparison(let op, let a, let b):
            if let fast = try comparisonPositions(e, op, a, b, batch) { return fast }
        case .inList(let v, let items, let negated):
            if let fast = inListPositions(v, items, negated: negated, batch) { return fast }
        case .not(let inner):
            return try falsePositions(inner, batch)
        case .isNull(let inner, let negated):
            if let fast = nullPositions(inner, wanted: !negated, batch) { return fast }
        default:
            break
        }
        return Self.positions(of: try evaluate(e, batch))
    }

    /// Positions of the true, non-NULL rows of a boolean vector.
    static func positions(of v: Vector) -> [Int32] {
        let n = v.count
        let values = v.booleans
        var out = [Int32](repeating: 0, count: n)
        var count = 0
        values.withUnsafeBufferPointer { b in
            out.withUnsafeMutableBufferPointer { o in
                // Adding the flag's byte (0 or 1) rather than branching on it: no mispredictions.
                if let validity = v.effectiveValidity {
                    for i in 0..<n {
                        o[count] = Int32(truncatingIfNeeded: i)
                        let word = validity.words[validity.words.startIndex + (i >> 6)]
                        count &+= Int(unsafeBitCast(b[i], to: UInt8.self)) & Int(truncatingIfNeeded: word >> UInt64(i & 63)) & 1
                    }
                } else {
                    for i in 0..<n {
                        o[count] = Int32(truncatingIfNeeded: i)
                        count &+= Int(unsafeBitCast(b[i], to: UInt8.self))
                    }
                }
            }
        }
        out.removeLast(n - count)
        return out
    }

    /// `column <op> constant` (either way round) on a stored column, read in place; or
    /// `expression <op> constant` on a BIGINT/DATE/DOUBLE expression, evaluated first (no
    /// boolean vector in between). Nil for other shapes.
    private func comparisonPositions(
        _ e: BoundExpr, _ op: ComparisonOperator, _ a: BoundExpr, _ b: BoundExpr, _ batch: Batch
    ) throws(Diagnostic) -> [Int32]? {
        let subject: BoundExpr
        let constant: Value
        let oper: ComparisonOperator
        if let c = b.constantValue, a.constantValue == nil {
            (subject, constant, oper) = (a, c, op)
        } else if let c = a.constantValue, b.constantValue == nil {
            (subject, constant, oper) = (b, c, op.flipped)
        } else {
            return nil
        }
        var batch = batch
        let v: Vector
        if case .column(let column) = subject.kind {
            guard column < batch.columns.count else { return nil }
            v = batch.columns[column]
        } else {
            guard subject.type.isNumeric || subject.type == .date else { return nil }
            v = try evaluate(subject, batch)
            batch = Batch(columns: [v], count: v.count)
        }
        if constant.isNull { return [] }
        switch (v.storage, constant) {
        case (.int64(let x), .bigint(let c)), (.int64(let x), .date(let c)):
            if batch.selection == nil { return SIMDSelection.compare(x, validity: v.validity, oper, c) }
            return Self.select(x, validity: v.validity, selection: batch.selection, count: batch.count, oper, c)
        case (.double(let x), .double(let c)):
            // NaN's ordering rules (equal to itself, above everything): take the general path.
            if c.isNaN || Self.hasNaN(x, batch.selection) { return nil }
            if batch.selection == nil { return SIMDSelection.compare(x, validity: v.validity, oper, c) }
            return Self.select(x, validity: v.validity, selection: batch.selection, count: batch.count, oper, c)
        case (.string(let codes, let dict), .varchar(let text)):
            let table = codeTable(e, dict) { Comparison.compareStrings($0, text, oper) }
            return Self.selectCodes(codes, table, validity: v.validity, selection: batch.selection, count: batch.count)
        default:
            return nil
        }
    }

    /// Whether a row the batch selects (every row without a selection) holds NaN.
    static func hasNaN(_ x: ArraySlice<Double>, _ selection: [Int32]?) -> Bool {
        guard let selection else { return x.contains(where: \.isNaN) }
        return x.withUnsafeBufferPointer { b in selection.contains { Int($0) < b.count && b[Int($0)].isNaN } }
    }

    /// For each code of `dict`, whether `f` holds for its string; cached per dictionary.
    private func codeTable(_ e: BoundExpr, _ dict: StringDictionary, _ f: (String) -> Bool) -> [Bool] {
        let key = DictionaryKey(dictionary: ObjectIdentifier(dict), size: dict.count, expr: e)
        if let cached = codeTables[key] { return cached }
        let table = dict.values.map(f)
        if dict.isUnique {
            pinDictionary(dict)
            codeTables[key] = table
        }
        return table
    }

    private static func select<T: Comparable>(
        _ values: ArraySlice<T>, validity: Bitmap?, selection: [Int32]?, count n: Int,
        _ op: ComparisonOperator, _ c: T
    ) -> [Int32] {
        switch op {
        case .equal: return scan(values, validity, selection, n) { $0 == c }
        case .notEqual: return scan(values, validity, selection, n) { $0 != c }
        case .less: return scan(values, validity, selection, n) { $0 < c }
        case .lessEqual: return scan(values, validity, selection, n) { $0 <= c }
        case .greater: return scan(values, validity, selection, n) { $0 > c }
        case .greaterEqual: return scan(values, validity, selection, n) { $0 >= c }
        }
    }

    /// The positions whose value passes `test`, NULLs excluded: branch-free when there
    /// are no NULLs. Reads `values` through `selection` when there is one.
    @inline(__always)
    static func scan<T>(
        _ values: ArraySlice<T>, _ validity: Bitmap?, _ selection: [Int32]?, _ n: Int, _ test: (T) -> Bool
    ) -> [Int32] {
        var out = [Int32](repeating: 0, count: n)
        var count = 0
        values.withUnsafeBufferPointer { x in
            out.withUnsafeMutableBufferPointer { o in
                // `&` rather than `&&`: no branch on data, so no mispredictions.
                if let selection {
                    selection.withUnsafeBufferPointer { s in
                        if let validity {
                            for k in 0..<n {
                                let i = Int(s[k])
                                o[count] = Int32(truncatingIfNeeded: k)
                                count &+= (test(x[i]) ? 1 : 0) & (validity[i] ? 1 : 0)
                            }
                        } else {
                            for k in 0..<n {
                                o[count] = Int32(truncatingIfNeeded: k)
                                count &+= test(x[Int(s[k])]) ? 1 : 0
                            }
                        }
                    }
                } else if let validity {
                    for i in 0..<n {
                        o[count] = Int32(truncatingIfNeeded: i)
                        count &+= (test(x[i]) ? 1 : 0) & (validity[i] ? 1 : 0)
                    }
                } else {
                    for i in 0..<n {
                        o[count] = Int32(truncatingIfNeeded: i)
                        count &+= test(x[i]) ? 1 : 0
                    }
                }
            }
        }
        out.removeLast(n - count)
        return out
    }

    private static func selectCodes(
        _ codes: ArraySlice<Int32>, _ table: [Bool], validity: Bitmap?, selection: [Int32]?, count n: Int
    ) -> [Int32] {
        table.withUnsafeBufferPointer { t in
            scan(codes, validity, selection, n) { code in
                let c = Int(code)
                return c >= 0 && c < t.count && t[c]
            }
        }
    }
}
