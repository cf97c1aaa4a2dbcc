/// Builds a vector by appending values or whole vectors: for inserts, loaders and
/// for gathering a query's batches into its result.
///
/// VARCHAR values are interned into one dictionary owned by the builder, so the
/// built vector's dictionary holds each string once.
public struct VectorBuilder {
    public let type: DataType
    private var ints: [Int64] = []
    private var doubles: [Double] = []
    private var bools: [Bool] = []
    private var codes: [Int32] = []
    private var validity: [UInt64] = []
    private var nullCount = 0
    public private(set) var count = 0
    public let dictionary: StringDictionary
    /// Code translation for the last foreign dictionary appended, reused while it repeats.
    private var lastForeign: (dictionary: StringDictionary, map: [Int32])?

    public init(type: DataType, dictionary: StringDictionary? = nil, capacity: Int = 0) {
        self.type = type
        self.dictionary = dictionary ?? StringDictionary()
        switch type {
        case .bigint, .date: ints.reserveCapacity(capacity)
        case .double: doubles.reserveCapacity(capacity)
        case .boolean: bools.reserveCapacity(capacity)
        case .varchar: codes.reserveCapacity(capacity)
        case .null: break
        }
        validity.reserveCapacity((capacity + 63) / 64)
    }

    private mutating func pushValidity(_ valid: Bool) {
        if count & 63 == 0 { validity.append(0) }
        if valid {
            validity[validity.count - 1] |= 1 << UInt64(count & 63)
        } else {
            nullCount += 1
        }
        count += 1
    }

    /// Appends one value; it must already have this builder's type (or be NULL).
    public mutating func append(_ value: Value) {
        switch (type, value) {
        case (.bigint, .bigint(let v)), (.date, .date(let v)):
            ints.append(v)
            pushValidity(true)
        case (.double, .double(let v)):
            doubles.append(v)
            pushValidity(true)
        case (.boolean, .boolean(let v)):
            bools.append(v)
            pushValidity(true)
        case (.varchar, .varchar(let s)):
            codes.append(dictionary.intern(s))
            pushValidity(true)
        default:
            appendNull()
        }
    }

    public mutating func appendNull() {
        switch type {
        case .bigint, .date: ints.append(0)
        case .double: doubles.append(0)
        case .boolean: bools.append(false)
        case .varchar: codes.append(dictionary.intern(""))
        case .null: break
        }
        pushValidity(false)
    }

    /// Appends `n` NULLs.
    public mutating func appendNulls(_ n: Int) {
        guard n > 0 else { return }
        switch type {
        case .bigint, .date: ints.append(contentsOf: repeatElement(0, count: n))
        case .double: doubles.append(contentsOf: repeatElement(0, count: n))
        case .boolean: bools.append(contentsOf: repeatElement(false, count: n))
        case .varchar: codes.append(contentsOf: repeatElement(dictionary.intern(""), count: n))
        case .null: break
        }
        for _ in 0..<n { pushValidity(false) }
    }

    /// Appends every row of `v` (of the same type), or the rows listed in `selection`.
    public mutating func append(_ v: Vector, selection: [Int32]? = nil) {
        let n = selection?.count ?? v.count
        if v.type != type || (type != .null && { if case .null = v.storage { return true } else { return false } }()) {
            appendNulls(n)
            return
        }
        // Validity first, row by row only when there are NULLs.
        let startCount = count
        if let bm = v.validity {
            for k in 0..<n { pushValidity(bm[selection.map { Int($0[k]) } ?? k]) }
        } else {
            // Fast path: all valid.
            for _ in 0..<n { pushValidity(true) }
        }
        _ = startCount
        switch v.storage {
        case .int64(let a):
            if let sel = selection { for i in sel { ints.append(a[a.startIndex + Int(i)]) } } else { ints.append(contentsOf: a) }
        case .double(let a):
            if let sel = selection { for i in sel { doubles.append(a[a.startIndex + Int(i)]) } } else { doubles.append(contentsOf: a) }
        case .boolean(let a):
            if let sel = selection { for i in sel { bools.append(a[a.startIndex + Int(i)]) } } else { bools.append(contentsOf: a) }
        case .string(let c, let d):
            if d === dictionary {
                if let sel = selection { for i in sel { codes.append(c[c.startIndex + Int(i)]) } } else { codes.append(contentsOf: c) }
            } else {
                var map: [Int32]
                if let last = lastForeign, last.dictionary === d, last.map.count == d.count {
                    map = last.map
                } else {
                    map = [Int32](repeating: -1, count: d.count)
                }
                func translate(_ code: Int32) -> Int32 {
                    let k = Int(code)
                    guard k >= 0, k < map.count else { return dictionary.intern("") }
                    if map[k] < 0 { map[k] = dictionary.intern(d.values[k]) }
                    return map[k]
                }
                if let sel = selection {
                    for i in sel { codes.append(translate(c[c.startIndex + Int(i)])) }
                } else {
                    for code in c { codes.append(translate(code)) }
                }
                lastForeign = (d, map)
            }
        case .null:
            break
        }
    }

    /// The vector built so far.
    public func build() -> Vector {
        let bitmap: Bitmap? = nullCount == 0 ? nil : Bitmap(words: validity[...], count: count)
        switch type {
        case .bigint, .date: return Vector(type: type, count: count, storage: .int64(ints[...]), validity: bitmap)
        case .double: return Vector(type: type, count: count, storage: .double(doubles[...]), validity: bitmap)
        case .boolean: return Vector(type: type, count: count, storage: .boolean(bools[...]), validity: bitmap)
        case .varchar: return Vector(type: type, count: count, storage: .string(codes: codes[...], dictionary: dictionary), validity: bitmap)
        case .null: return Vector(type: .null, count: count, storage: .null, validity: Bitmap(count: count, valid: false))
        }
    }
}
