import PeruseStorage

/// Group ids by arithmetic for keys with few values (`group by year(d), month(d)`): each key's
/// offset from a base, the offsets combined into one index, the group id read from a table at
/// that index. The table is only a memory of what the hashing path (`hashedGroups`) answered:
/// a batch with any row the table cannot answer (a new group, a NULL key, a value outside the
/// ranges) goes through the hashing path, and its answers are written into the table.
struct PerfectGroupTable {
    /// Per key column: the smallest value the table covers, and how many values from there.
    var bases: [Int64]
    var spans: [Int64]
    /// The group id at each combined offset, -1 until seen.
    var ids: [Int32]
    /// False once the keys' ranges were too wide: the table is never tried again.
    var usable: Bool

    /// Offsets spanning at most this many combined values (256 KiB of ids).
    static let maxSize: Int64 = 1 << 16

    static let unusable = PerfectGroupTable(bases: [], spans: [], ids: [], usable: false)
}

extension GroupIdMapper {
    /// The group of each row from the table, or nil when these keys do not fit it.
    mutating func perfectGroups(_ keys: [Vector], count: Int) -> [Int32]? {
        if perfect == nil { perfect = Self.makePerfectTable(keys, count: count) }
        guard var table = perfect, table.usable else { return nil }
        var columns: [ArraySlice<Int64>] = []
        for key in keys {
            guard case .int64(let values) = key.storage, key.effectiveValidity == nil, values.count >= count else {
                return nil
            }
            columns.append(values)
        }
        // Each row's combined offset; -1 where a value falls outside its column's range.
        var index = [Int](repeating: 0, count: count)
        var stride = 1
        index.withUnsafeMutableBufferPointer { index in
            for (c, values) in columns.enumerated() {
                let (base, span) = (table.bases[c], UInt64(table.spans[c]))
                values.withUnsafeBufferPointer { values in
                    for i in 0..<count {
                        let (offset, overflow) = values[i].subtractingReportingOverflow(base)
                        // Out of range (as unsigned, one comparison) or already out: -1 stays.
                        let inside = !overflow && UInt64(bitPattern: offset) < span && index[i] >= 0
                        index[i] = inside ? index[i] &+ Int(truncatingIfNeeded: offset) &* stride : -1
                    }
                }
                stride *= Int(span)
            }
        }
        var complete = true
        let out = [Int32](unsafeUninitializedCapacity: count) { out, initialized in
            table.ids.withUnsafeBufferPointer { ids in
                index.withUnsafeBufferPointer { index in
                    for i in 0..<count {
                        let at = index[i]
                        let id = at >= 0 ? ids[at] : -1
                        if id < 0 { complete = false }
                        out[i] = id
                    }
                }
            }
            initialized = count
        }
        if complete { return out }
        // Some row is new to the table: the hashing path decides, and the table learns.
        perfect = nil
        let hashed = hashedGroups(keys, count: count)
        for i in 0..<count where index[i] >= 0 { table.ids[index[i]] = hashed[i] }
        perfect = table
        return hashed
    }

    /// A table around the first batch's values, with room on both sides; unusable when the
    /// keys are not BIGINT/DATE or their ranges together pass `PerfectGroupTable.maxSize`.
    static func makePerfectTable(_ keys: [Vector], count: Int) -> PerfectGroupTable {
        var bases: [Int64] = []
        var spans: [Int64] = []
        var size: Int64 = 1
        for key in keys {
            guard case .int64(let values) = key.storage, let low = values.min(), let high = values.max() else {
                return .unusable
            }
            let (width, overflow) = high.subtractingReportingOverflow(low)
            guard !overflow, width < PerfectGroupTable.maxSize else { return .unusable }
            // Twice the width seen, so later batches' values mostly land inside.
            let span = 2 * (width + 1)
            let base = low.subtractingReportingOverflow(width / 2 + 1)
            bases.append(base.overflow ? low : base.partialValue)
            spans.append(span)
            let product = size.multipliedReportingOverflow(by: span)
            guard !product.overflow, product.partialValue <= PerfectGroupTable.maxSize else { return .unusable }
            size = product.partialValue
        }
        return PerfectGroupTable(
            bases: bases, spans: spans, ids: [Int32](repeating: -1, count: Int(size)), usable: true)
    }
}
