import PeruseStorage

/// Up to `capacity` rows flowing between operators: the child's columns, untouched,
/// and an optional selection vector naming the rows that are still in.
///
/// A filter only narrows the selection; columns are gathered when an expression
/// reads them (see `Evaluator`), so a column nobody reads is never copied.
struct Batch {
    static let capacity = 2048

    var columns: [Vector]
    /// Number of rows in the batch (the selection's length when there is one).
    var count: Int
    /// Row indexes into `columns`, ascending; nil means rows `0..<count`.
    var selection: [Int32]?

    init(columns: [Vector], count: Int, selection: [Int32]? = nil) {
        self.columns = columns
        self.count = count
        self.selection = selection
    }

    /// Column `i`, with only the selected rows, densely.
    func column(_ i: Int) -> Vector {
        guard i >= 0, i < columns.count else { return .nulls(.null, count: count) }
        guard let selection else { return columns[i] }
        return columns[i].gather(selection)
    }

    /// The rows at positions `positions` (indexes into this batch's rows, ascending).
    func subset(_ positions: [Int32]) -> Batch {
        if let selection {
            return Batch(columns: columns, count: positions.count, selection: positions.map { selection[Int($0)] })
        }
        return Batch(columns: columns, count: positions.count, selection: positions)
    }
}

extension Vector {
    /// The rows at `indexes`, copied into new dense buffers.
    func gather(_ indexes: [Int32]) -> Vector {
        let n = indexes.count
        var validity: Bitmap?
        if let bm = self.validity {
            var out = Bitmap(count: n, valid: false)
            for k in 0..<n where bm[Int(indexes[k])] { out[k] = true }
            validity = out
        }
        switch storage {
        case .int64(let a): return Vector(type: type, count: n, storage: .int64(Self.gather(a, indexes)), validity: validity)
        case .double(let a): return Vector(type: type, count: n, storage: .double(Self.gather(a, indexes)), validity: validity)
        case .boolean(let a): return Vector(type: type, count: n, storage: .boolean(Self.gather(a, indexes)), validity: validity)
        case .string(let c, let d):
            return Vector(type: type, count: n, storage: .string(codes: Self.gather(c, indexes), dictionary: d), validity: validity)
        case .null: return .nulls(type, count: n)
        }
    }

    @inline(__always)
    static func gather<T>(_ a: ArraySlice<T>, _ indexes: [Int32]) -> ArraySlice<T> {
        a.withUnsafeBufferPointer { src in
            indexes.withUnsafeBufferPointer { idx in
                [T](unsafeUninitializedCapacity: idx.count) { out, initialized in
                    // Selections are built from row positions, so every index is in range.
                    for k in 0..<idx.count { out.initializeElement(at: k, to: src[Int(idx[k])]) }
                    initialized = idx.count
                }
            }
        }[...]
    }

    /// A vector of `count` copies of `value`, typed `type`.
    static func constant(_ value: Value, type: DataType, count: Int) -> Vector {
        switch value {
        case .null: return .nulls(type, count: count)
        case .bigint(let v), .date(let v): return Vector(type: type, count: count, storage: .int64(ArraySlice(repeating: v, count: count)))
        case .double(let v): return Vector(type: type, count: count, storage: .double(ArraySlice(repeating: v, count: count)))
        case .boolean(let v): return Vector(type: type, count: count, storage: .boolean(ArraySlice(repeating: v, count: count)))
        case .varchar(let s):
            let d = StringDictionary()
            _ = d.intern(s)
            return Vector(type: type, count: count, storage: .string(codes: ArraySlice(repeating: 0, count: count), dictionary: d))
        }
    }

    /// The int64 buffer (BIGINT, DATE); zeros when the vector holds only NULLs.
    var int64s: ArraySlice<Int64> {
        if case .int64(let a) = storage { return a }
        return ArraySlice(repeating: 0, count: count)
    }

    var doubles: ArraySlice<Double> {
        if case .double(let a) = storage { return a }
        return ArraySlice(repeating: 0, count: count)
    }

    var booleans: ArraySlice<Bool> {
        if case .boolean(let a) = storage { return a }
        return ArraySlice(repeating: false, count: count)
    }

    /// Codes and dictionary of a VARCHAR vector (an empty-string dictionary for all-NULL).
    var strings: (codes: ArraySlice<Int32>, dictionary: StringDictionary) {
        if case .string(let c, let d) = storage { return (c, d) }
        let d = StringDictionary()
        _ = d.intern("")
        return (ArraySlice(repeating: 0, count: count), d)
    }

    /// The string of row `i` (the empty string for NULL).
    func string(at i: Int) -> String {
        guard case .string(let c, let d) = storage, i >= 0, i < count else { return "" }
        return d[c[c.startIndex + i]]
    }

    /// Validity of rows valid in both vectors (nil when neither has NULLs).
    static func bothValid(_ a: Vector, _ b: Vector) -> Bitmap? {
        let va = a.effectiveValidity
        let vb = b.effectiveValidity
        switch (va, vb) {
        case (nil, nil): return nil
        case (let x?, nil): return x
        case (nil, let y?): return y
        case (let x?, let y?): return x.intersection(y)
        }
    }

    /// The validity bitmap, counting a `.null` storage as all NULL.
    var effectiveValidity: Bitmap? {
        if case .null = storage { return Bitmap(count: count, valid: false) }
        return validity
    }
}

/// A dense VARCHAR vector from one string per row (NULL rows hold "").
func makeStringVector(_ values: [String], validity: Bitmap?) -> Vector {
    let d = StringDictionary(values: values)
    let codes = (0..<values.count).map { Int32(truncatingIfNeeded: $0) }
    return Vector(type: .varchar, count: values.count, storage: .string(codes: codes[...], dictionary: d), validity: validity)
}
