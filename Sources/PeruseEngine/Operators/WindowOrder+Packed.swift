import PeruseStorage

/// Window order keys packed into one unsigned integer per row, when they fit: each key
/// becomes its distance from the smallest key of its column (direction applied; VARCHAR by
/// the rank of its string in byte order), NULL one past either end, and the keys are laid
/// side by side in as many bits as each needs (year and month take 4 bits each). Rows then
/// sort by a stable radix sort on the packed keys, and peers are rows with equal keys.
extension WindowOrder {
    /// The packed key of every row, or nil when the keys need more than 64 bits together.
    static func packedKeys(_ order: [Vector], _ keys: [SortKey], count: Int) -> [UInt64]? {
        guard !order.isEmpty, order.count == keys.count else { return nil }
        var packed = [UInt64](repeating: 0, count: count)
        var usedBits = 0
        for (v, key) in zip(order, keys) {
            guard v.count == count, let ordinals = ordinals(v, ascending: key.ascending) else { return nil }
            let validity = v.validity
            var (low, high) = (UInt64.max, UInt64.min)
            var hasNull = false
            for r in 0..<count {
                if let validity, !validity[r] {
                    hasNull = true
                    continue
                }
                low = min(low, ordinals[r])
                high = max(high, ordinals[r])
            }
            // Values 0...span (+1 with NULLs): NULL is 0 when it sorts first, span + 1 when last.
            let span = low > high ? 0 : high - low
            let (top, overflow) = span.addingReportingOverflow(hasNull ? 1 : 0)
            guard !overflow else { return nil }
            let bits = UInt64.bitWidth - top.leadingZeroBitCount
            guard usedBits + bits <= 64 else { return nil }
            usedBits += bits
            let shift = UInt64(bits)
            let nullCode = key.nullsFirst ? 0 : top
            let offset: UInt64 = hasNull && key.nullsFirst ? 1 : 0
            for r in 0..<count {
                let valid = validity?[r] ?? true
                let code = valid ? ordinals[r] &- low &+ offset : nullCode
                packed[r] = bits == 64 ? code : (packed[r] << shift) | code
            }
        }
        return packed
    }

    /// Order-preserving unsigned keys of a column (NULL rows hold anything), reversed for a
    /// descending key; nil for a column without values.
    static func ordinals(_ v: Vector, ascending: Bool) -> [UInt64]? {
        let flip: UInt64 = ascending ? 0 : ~0
        switch v.storage {
        case .int64, .double:
            return normalizedKeys(v, SortKey(column: 0, ascending: ascending, nullsFirst: false))?.keys
        case .boolean(let a):
            return a.map { ($0 ? 1 : 0) ^ flip }
        case .string(let codes, let dict):
            let order = (0..<dict.count).sorted { Comparison.byteOrder(dict.values[$0], dict.values[$1]) < 0 }
            var rank = [UInt64](repeating: 0, count: dict.count)
            var r: UInt64 = 0
            for (k, code) in order.enumerated() {
                if k > 0 && Comparison.byteOrder(dict.values[order[k - 1]], dict.values[code]) != 0 { r += 1 }
                rank[code] = r
            }
            return codes.map { c in (c >= 0 && Int(c) < rank.count ? rank[Int(c)] : 0) ^ flip }
        case .null:
            return nil
        }
    }

    /// Sorts `rows[range]` by `packed` (ties in their current order: ascending rows) and
    /// marks where peer groups start.
    static func sortByPacked(_ rows: inout [Int32], _ peers: inout [Bool], _ range: Range<Int>, _ packed: [UInt64]) {
        let n = range.count
        var keys = [UInt64](repeating: 0, count: n)
        var order = [Int32](repeating: 0, count: n)
        var varying: UInt64 = 0
        for k in 0..<n {
            let r = rows[range.lowerBound + k]
            order[k] = r
            keys[k] = packed[Int(r)]
            varying |= keys[k] ^ keys[0]
        }
        if varying != 0 {
            // Least significant byte first, skipping bytes that are the same in every key;
            // each pass is a stable counting sort, so equal keys keep their order.
            var keysOut = keys
            var orderOut = order
            var shift: UInt64 = 0
            while shift < 64 {
                if (varying >> shift) & 0xff != 0 {
                    var counts = [Int](repeating: 0, count: 257)
                    for k in 0..<n { counts[Int((keys[k] >> shift) & 0xff) + 1] += 1 }
                    for b in 0..<256 { counts[b + 1] += counts[b] }
                    for k in 0..<n {
                        let b = Int((keys[k] >> shift) & 0xff)
                        keysOut[counts[b]] = keys[k]
                        orderOut[counts[b]] = order[k]
                        counts[b] += 1
                    }
                    swap(&keys, &keysOut)
                    swap(&order, &orderOut)
                }
                shift += 8
            }
        }
        for k in 0..<n {
            rows[range.lowerBound + k] = order[k]
            peers[range.lowerBound + k] = k == 0 || keys[k - 1] != keys[k]
        }
    }
}
