import PeruseStorage
import PeruseSyntax

/// String work done once per dictionary entry instead of once per row: a function of one
/// VARCHAR column and constants is computed for each distinct string (`mapDictionary`,
/// cached per dictionary, so the answer is a new dictionary and a code per row), and
/// `a || b` of two dictionary columns once per pair of codes.
extension Evaluator {
    /// Identifies the concatenation table of two dictionaries (at their current sizes).
    struct PairKey: Hashable {
        var left: ObjectIdentifier
        var leftSize: Int
        var right: ObjectIdentifier
        var rightSize: Int
        var expr: BoundExpr
    }

    /// At most this many code pairs get a precomputed concatenation table.
    static let maxPairTable = 16_384

    /// `f(column, constants…)` where the first argument is a VARCHAR expression and every
    /// other argument a constant: answered per dictionary entry of the first argument.
    /// Nil for other shapes. Only for functions whose errors do not depend on the string
    /// (entries no selected row uses are computed too).
    func perDictionaryEntry(
        _ args: [BoundExpr], _ e: BoundExpr, _ batch: Batch, _ apply: ([Value]) throws(Diagnostic) -> Value
    ) throws(Diagnostic) -> Vector? {
        guard let first = args.first, first.type == .varchar, first.constantValue == nil else { return nil }
        var rest: [Value] = []
        for a in args.dropFirst() {
            guard let c = a.constantValue else { return nil }
            rest.append(c)
        }
        if rest.contains(.null) { return .nulls(e.type, count: batch.count) }
        return try mapDictionary(e, first, batch) { (s: String) throws(Diagnostic) -> Value in
            try apply([.varchar(s)] + rest)
        }
    }

    /// `a || b`: NULL when either side is NULL.
    func concatenate(_ e: BoundExpr, _ a: BoundExpr, _ b: BoundExpr, _ batch: Batch) throws(Diagnostic) -> Vector {
        let n = batch.count
        if a.constantValue == nil, let c = b.constantValue {
            guard case .varchar(let suffix) = c else { return .nulls(.varchar, count: n) }
            return try mapDictionary(e, a, batch) { .varchar($0 + suffix) }
        }
        if b.constantValue == nil, let c = a.constantValue {
            guard case .varchar(let prefix) = c else { return .nulls(.varchar, count: n) }
            return try mapDictionary(e, b, batch) { .varchar(prefix + $0) }
        }
        let x = try evaluate(a, batch)
        let y = try evaluate(b, batch)
        let validity = Vector.bothValid(x, y)
        if case .string(let left, let dl) = x.storage, case .string(let right, let dr) = y.storage,
            let table = pairTable(e, dl, dr)
        {
            let width = dr.count
            let (tableCodes, dictionary) = table.strings
            var out = [Int32](repeating: 0, count: n)
            for k in 0..<min(n, left.count, right.count) {
                let l = Int(left[left.startIndex + k])
                let r = Int(right[right.startIndex + k])
                guard l >= 0, l < dl.count, r >= 0, r < width else { continue }
                out[k] = tableCodes[tableCodes.startIndex + l * width + r]
            }
            return Vector(codes: out, dictionary: dictionary, validity: validity)
        }
        let out = (0..<n).map { (validity?[$0] ?? true) ? x.string(at: $0) + y.string(at: $0) : "" }
        return makeStringVector(out, validity: validity)
    }

    /// The concatenation of every pair of entries of two small, unique dictionaries, as
    /// codes (left code × right size + right code) into one new unique dictionary; cached.
    private func pairTable(_ e: BoundExpr, _ dl: StringDictionary, _ dr: StringDictionary) -> Vector? {
        guard dl.isUnique, dr.isUnique, dl.count > 0, dr.count > 0 else { return nil }
        let (size, overflow) = dl.count.multipliedReportingOverflow(by: dr.count)
        guard !overflow, size <= Self.maxPairTable else { return nil }
        let key = PairKey(
            left: ObjectIdentifier(dl), leftSize: dl.count, right: ObjectIdentifier(dr), rightSize: dr.count, expr: e)
        if let known = pairResults[key] { return known }
        let result = StringDictionary()
        var codes: [Int32] = []
        codes.reserveCapacity(size)
        for l in dl.values {
            for r in dr.values { codes.append(result.intern(l + r)) }
        }
        pinDictionary(dl)
        pinDictionary(dr)
        let table = Vector(codes: codes, dictionary: result)
        pairResults[key] = table
        return table
    }
}
