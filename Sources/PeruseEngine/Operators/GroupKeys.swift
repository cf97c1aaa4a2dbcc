import PeruseStorage

/// An open-addressing hash map from Int64 to dense Int32 ids, for grouping.
/// Much faster than `Dictionary` on the hot path (no generic hashing, no boxing).
struct Int64IdMap {
    private var keys: [Int64]
    private var ids: [Int32]  // -1: empty slot
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [Int64](repeating: 0, count: size)
        ids = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    @inline(__always)
    private static func slot(_ key: Int64, _ mask: Int) -> Int {
        // Fold the high half in first: DOUBLE keys (bit patterns) often differ only there,
        // and the product's upper bits depend on every bit of the folded key.
        let k = UInt64(bitPattern: key)
        let h = (k ^ (k >> 32)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: h >> 32) & mask
    }

    /// The id of `key`, giving it `next` if new; `isNew` says which.
    @inline(__always)
    mutating func id(for key: Int64, next: Int32) -> (id: Int32, isNew: Bool) {
        var s = Self.slot(key, mask)
        while true {
            let existing = ids[s]
            if existing < 0 { break }
            if keys[s] == key { return (existing, false) }
            s = (s &+ 1) & mask
        }
        let id = next
        keys[s] = key
        ids[s] = id
        count += 1
        if count * 2 > ids.count { grow() }
        return (id, true)
    }

    private mutating func grow() {
        let oldKeys = keys, oldIds = ids
        let size = ids.count * 2
        keys = [Int64](repeating: 0, count: size)
        ids = [Int32](repeating: -1, count: size)
        mask = size - 1
        for (k, id) in zip(oldKeys, oldIds) where id >= 0 {
            var s = Self.slot(k, mask)
            while ids[s] >= 0 { s = (s &+ 1) & mask }
            keys[s] = k
            ids[s] = id
        }
    }
}

/// Gives every distinct value of one key column a dense id (NULL included), and keeps
/// each id's value so group keys can be output at the end.
struct KeyColumnMapper {
    let type: DataType
    private var map = Int64IdMap()
    private var nullId: Int32 = -1
    /// Strings: ids are codes in this dictionary; `translations` maps a source
    /// dictionary's codes to them (built lazily, reused while the source repeats).
    private let strings = StringDictionary()
    private var translation: (source: StringDictionary, size: Int, codes: [Int32])?
    /// The value of each id, in id order.
    private(set) var values: VectorBuilder
    private(set) var count = 0
    /// BIGINT and DATE keys in a narrow range (years, months, small codes): the id of `base + k`
    /// at `direct[k]` (-1 until seen), so most rows skip hashing. The map stays the authority;
    /// the table only remembers its answers.
    private var direct: [Int32] = []
    private var directBase: Int64 = 0
    private static let directSpan: Int64 = 4096

    init(type: DataType) {
        self.type = type
        values = VectorBuilder(type: type, dictionary: type == .varchar ? strings : nil)
    }

    /// The id of each row of `v`.
    mutating func ids(_ v: Vector) -> [Int32] {
        let n = v.count
        var out = [Int32](repeating: 0, count: n)
        let validity = v.effectiveValidity
        switch v.storage {
        case .int64(let a):
            if direct.isEmpty, n >= 1024, let first = a.first { startDirect(near: first) }
            let base = directBase
            var table = direct
            direct = []
            defer { direct = table }
            for i in 0..<n {
                if let validity, !validity[i] { out[i] = nullKey(); continue }
                let x = a[a.startIndex + i]
                // In the table's range when x - base is in 0..<span (as unsigned, one comparison).
                let (offset, overflow) = x.subtractingReportingOverflow(base)
                let slot = Int(truncatingIfNeeded: offset)
                let cached = !overflow && UInt64(bitPattern: offset) < UInt64(table.count)
                if cached, table[slot] >= 0 {
                    out[i] = table[slot]
                    continue
                }
                let (id, isNew) = map.id(for: x, next: Int32(truncatingIfNeeded: count))
                if isNew { newValue(type == .date ? .date(x) : .bigint(x)) }
                if cached { table[slot] = id }
                out[i] = id
            }
        case .double(let a):
            for i in 0..<n {
                if let validity, !validity[i] { out[i] = nullKey(); continue }
                var x = a[a.startIndex + i]
                if x == 0 { x = 0 }  // -0.0 groups with 0.0
                if x.isNaN { x = .nan }
                let (id, isNew) = map.id(for: Int64(bitPattern: x.bitPattern), next: Int32(truncatingIfNeeded: count))
                if isNew { newValue(.double(x)) }
                out[i] = id
            }
        case .boolean(let a):
            for i in 0..<n {
                if let validity, !validity[i] { out[i] = nullKey(); continue }
                let x = a[a.startIndex + i]
                let (id, isNew) = map.id(for: x ? 1 : 0, next: Int32(truncatingIfNeeded: count))
                if isNew { newValue(.boolean(x)) }
                out[i] = id
            }
        case .string(let codes, let dict):
            var table: [Int32]
            if let t = translation, t.source === dict {
                // A dictionary only grows, so the codes already mapped stay right.
                table = t.codes
                if table.count < dict.count { table += repeatElement(-1, count: dict.count - table.count) }
            } else {
                table = [Int32](repeating: -1, count: dict.count)
            }
            for i in 0..<n {
                if let validity, !validity[i] { out[i] = nullKey(); continue }
                let c = Int(codes[codes.startIndex + i])
                guard c >= 0, c < table.count else { out[i] = nullKey(); continue }
                var id = table[c]
                if id < 0 {
                    let s = dict.values[c]
                    let (mapped, isNew) = map.id(for: Int64(strings.intern(s)), next: Int32(truncatingIfNeeded: count))
                    if isNew { newValue(.varchar(s)) }
                    id = mapped
                    table[c] = id
                }
                out[i] = id
            }
            translation = (dict, dict.count, table)
        case .null:
            for i in 0..<n { out[i] = nullKey() }
        }
        return out
    }

    /// A table for the keys from `value - span/2` on (clamped so it does not overflow).
    private mutating func startDirect(near value: Int64) {
        let half = Self.directSpan / 2
        directBase = value < Int64.min + half ? Int64.min : value - half
        direct = [Int32](repeating: -1, count: Int(Self.directSpan))
    }

    private mutating func nullKey() -> Int32 {
        if nullId < 0 {
            nullId = Int32(truncatingIfNeeded: count)
            values.appendNull()
            count += 1
        }
        return nullId
    }

    private mutating func newValue(_ v: Value) {
        values.append(v)
        count += 1
    }
}
