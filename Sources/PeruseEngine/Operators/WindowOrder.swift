import PeruseStorage

/// The rows of a window call in window order: grouped by partition (a counting sort on the
/// dense partition ids, rows ascending within each), then by the order keys: packed into
/// one unsigned integer per row when they fit in 64 bits (`WindowOrder+Packed`), else a
/// single BIGINT or DOUBLE key as order-preserving bit patterns, else `KeyComparator`s.
/// Ties keep input order.
struct WindowOrder {
    /// Input rows, in window order.
    private(set) var rows: [Int32]
    /// Whether position `k` of `rows` starts a peer group (rows equal on every order key)
    /// within its partition; the first row of a partition always does.
    private(set) var startsPeerGroup: [Bool]
    /// Where each partition starts in `rows`, plus `rows.count` at the end.
    private(set) var partitionStarts: [Int]

    init(partitionIds: [Int32], count: Int, order: [Vector], keys: [SortKey]) {
        var groups = 0
        for id in partitionIds { groups = max(groups, Int(id) + 1) }
        var starts = [Int](repeating: 0, count: groups + 1)
        for id in partitionIds { starts[Int(id) + 1] += 1 }
        for g in 0..<groups { starts[g + 1] += starts[g] }
        var next = starts
        var rows = [Int32](repeating: 0, count: count)
        for (row, id) in partitionIds.enumerated() {
            rows[next[Int(id)]] = Int32(truncatingIfNeeded: row)
            next[Int(id)] += 1
        }
        var peers = [Bool](repeating: order.isEmpty ? false : true, count: count)
        let packed = Self.packedKeys(order, keys, count: count)
        for g in 0..<groups where starts[g] < starts[g + 1] {
            let range = starts[g]..<starts[g + 1]
            peers[range.lowerBound] = true
            if let packed {
                Self.sortByPacked(&rows, &peers, range, packed)
            } else if order.count == 1, let key = keys.first, let normalized = Self.normalizedKeys(order[0], key) {
                Self.sortByKeys(&rows, &peers, range, normalized, key)
            } else if !order.isEmpty {
                Self.sortByComparators(&rows, &peers, range, zip(order, keys).map { KeyComparator($0.0, $0.1) })
            }
        }
        self.rows = rows
        self.startsPeerGroup = peers
        self.partitionStarts = starts
    }

    /// Keys whose unsigned order is the rows' order for `key`'s direction (NULL rows get
    /// no key: nil validity bits are read separately); nil for other column types.
    static func normalizedKeys(_ v: Vector, _ key: SortKey) -> (keys: [UInt64], validity: Bitmap?)? {
        let flip: UInt64 = key.ascending ? 0 : ~0
        switch v.storage {
        case .int64(let x):
            return (x.map { (UInt64(bitPattern: $0) ^ (1 << 63)) ^ flip }, v.validity)
        case .double(let x):
            return (
                x.map { d in
                    // -0.0 sorts with 0.0 and every NaN with every other, after all numbers.
                    let canonical = d.isNaN ? Double.nan : (d == 0 ? 0 : d)
                    let bits = canonical.bitPattern
                    return (bits & (1 << 63) != 0 ? ~bits : bits | (1 << 63)) ^ flip
                }, v.validity)
        default:
            return nil
        }
    }

    private static func sortByKeys(
        _ rows: inout [Int32], _ peers: inout [Bool], _ range: Range<Int>, _ normalized: (keys: [UInt64], validity: Bitmap?),
        _ key: SortKey
    ) {
        let keys = normalized.keys
        var nulls: [Int32] = []
        var pairs: [(key: UInt64, row: Int32)] = []
        pairs.reserveCapacity(range.count)
        for p in range {
            let r = rows[p]
            if let validity = normalized.validity, !validity[Int(r)] {
                nulls.append(r)
            } else {
                pairs.append((keys[Int(r)], r))
            }
        }
        pairs.sort { $0.key < $1.key || ($0.key == $1.key && $0.row < $1.row) }
        var p = range.lowerBound
        func placeNulls() {
            for (k, r) in nulls.enumerated() {
                rows[p] = r
                peers[p] = k == 0
                p += 1
            }
        }
        if key.nullsFirst { placeNulls() }
        for (k, pair) in pairs.enumerated() {
            rows[p] = pair.row
            peers[p] = k == 0 || pairs[k - 1].key != pair.key
            p += 1
        }
        if !key.nullsFirst { placeNulls() }
        peers[range.lowerBound] = true
    }

    private static func sortByComparators(
        _ rows: inout [Int32], _ peers: inout [Bool], _ range: Range<Int>, _ comparators: [KeyComparator]
    ) {
        rows[range].sort { a, b in
            for c in comparators {
                let r = c.compare(Int(a), Int(b))
                if r != 0 { return r < 0 }
            }
            return a < b
        }
        for p in range.dropFirst() {
            peers[p] = !comparators.allSatisfy { $0.compare(Int(rows[p - 1]), Int(rows[p])) == 0 }
        }
    }
}
