import PeruseStorage

/// A vector of `count` rows filled out of order: CASE branches and similar scatter
/// their results into it. Rows never written stay NULL. Strings are codes into one
/// dictionary of the distinct strings written (code 0 is "", what NULL rows hold).
struct DenseBuilder {
    let type: DataType
    let count: Int
    private var ints: [Int64] = []
    private var doubles: [Double] = []
    private var bools: [Bool] = []
    private var codes: [Int32] = []
    private let dictionary = StringDictionary()
    private var validity: Bitmap

    init(type: DataType, count: Int) {
        self.type = type
        self.count = count
        validity = Bitmap(count: count, valid: false)
        switch type {
        case .bigint, .date: ints = [Int64](repeating: 0, count: count)
        case .double: doubles = [Double](repeating: 0, count: count)
        case .boolean: bools = [Bool](repeating: false, count: count)
        case .varchar: codes = [Int32](repeating: dictionary.intern(""), count: count)
        case .null: break
        }
    }

    /// Writes row `k` of `v` to row `positions[k]`, for every k.
    mutating func scatter(_ v: Vector, to positions: [Int32]) {
        let n = min(positions.count, v.count)
        switch v.storage {
        case .int64(let a): if !ints.isEmpty { Self.scatter(a, v.validity, positions, n, into: &ints, &validity) }
        case .double(let a): if !doubles.isEmpty { Self.scatter(a, v.validity, positions, n, into: &doubles, &validity) }
        case .boolean(let a): if !bools.isEmpty { Self.scatter(a, v.validity, positions, n, into: &bools, &validity) }
        case .string(let source, let d):
            guard !codes.isEmpty else { return }
            // Each distinct source code is interned once (a table when the source dictionary
            // is no bigger than the rows written, e.g. a constant's one entry).
            var table = [Int32](repeating: -1, count: d.count <= n ? d.count : 0)
            for k in 0..<n where v.isValid(k) && Int(positions[k]) < count {
                let c = Int(source[source.startIndex + k])
                let code: Int32
                if c >= 0 && c < table.count {
                    if table[c] < 0 { table[c] = dictionary.intern(d[Int32(truncatingIfNeeded: c)]) }
                    code = table[c]
                } else {
                    code = dictionary.intern(d[Int32(truncatingIfNeeded: c)])
                }
                codes[Int(positions[k])] = code
                validity[Int(positions[k])] = true
            }
        case .null:
            break
        }
    }

    /// The typed loop of `scatter`: one type, no per-row dispatch.
    private static func scatter<T>(
        _ a: ArraySlice<T>, _ valid: Bitmap?, _ positions: [Int32], _ n: Int, into out: inout [T], _ validity: inout Bitmap
    ) {
        for k in 0..<n {
            let i = Int(positions[k])
            guard i < out.count, valid?[k] ?? true else { continue }
            out[i] = a[a.startIndex + k]
            validity[i] = true
        }
    }

    /// Writes one value to row `i`.
    mutating func set(_ i: Int, _ value: Value) {
        guard i >= 0, i < count else { return }
        switch value {
        case .null: validity[i] = false; return
        case .bigint(let v), .date(let v): if !ints.isEmpty { ints[i] = v }
        case .double(let v): if !doubles.isEmpty { doubles[i] = v }
        case .boolean(let v): if !bools.isEmpty { bools[i] = v }
        case .varchar(let s): if !codes.isEmpty { codes[i] = dictionary.intern(s) }
        }
        validity[i] = true
    }

    func build() -> Vector {
        switch type {
        case .bigint, .date: return Vector(int64: ints, type: type, validity: validity)
        case .double: return Vector(double: doubles, validity: validity)
        case .boolean: return Vector(boolean: bools, validity: validity)
        case .varchar: return Vector(codes: codes, dictionary: dictionary, validity: validity)
        case .null: return .nulls(.null, count: count)
        }
    }
}
