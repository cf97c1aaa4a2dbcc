import PeruseStorage

/// `= <> < <= > >=` over two vectors of the same type. NULL on either side gives NULL.
/// Strings compare by their UTF-8 bytes, as DuckDB does.
enum Comparison {
    static func apply(_ op: ComparisonOperator, _ a: Vector, _ b: Vector) -> Vector {
        let validity = Vector.bothValid(a, b)
        let out: [Bool]
        switch (a.storage, b.storage) {
        case (.int64(let x), .int64(let y)): out = compare(op, x, y)
        case (.double(let x), .double(let y)): out = compare(op, x, y)
        case (.boolean(let x), .boolean(let y)): out = compare(op, x.map { $0 ? 1 : 0 }[...], y.map { $0 ? 1 : 0 }[...])
        case (.string, .string):
            out = (0..<min(a.count, b.count)).map { compareStrings(a.string(at: $0), b.string(at: $0), op) }
        default:
            return .nulls(.boolean, count: a.count)
        }
        return Vector(boolean: out, validity: validity)
    }

    private static func compare<T: Comparable>(_ op: ComparisonOperator, _ a: ArraySlice<T>, _ b: ArraySlice<T>) -> [Bool] {
        a.withUnsafeBufferPointer { x in
            b.withUnsafeBufferPointer { y in
                let n = min(x.count, y.count)
                switch op {
                case .equal: return (0..<n).map { x[$0] == y[$0] }
                case .notEqual: return (0..<n).map { x[$0] != y[$0] }
                case .less: return (0..<n).map { x[$0] < y[$0] }
                case .lessEqual: return (0..<n).map { x[$0] <= y[$0] }
                case .greater: return (0..<n).map { x[$0] > y[$0] }
                case .greaterEqual: return (0..<n).map { x[$0] >= y[$0] }
                }
            }
        }
    }

    /// Byte-wise comparison of two strings.
    static func compareStrings(_ a: String, _ b: String, _ op: ComparisonOperator) -> Bool {
        let order = byteOrder(a, b)
        switch op {
        case .equal: return order == 0
        case .notEqual: return order != 0
        case .less: return order < 0
        case .lessEqual: return order <= 0
        case .greater: return order > 0
        case .greaterEqual: return order >= 0
        }
    }

    /// −1, 0 or 1 as `a` sorts before, with or after `b` by UTF-8 bytes.
    static func byteOrder(_ a: String, _ b: String) -> Int {
        var ai = a.utf8.makeIterator()
        var bi = b.utf8.makeIterator()
        while true {
            switch (ai.next(), bi.next()) {
            case (nil, nil): return 0
            case (nil, _): return -1
            case (_, nil): return 1
            case (let x?, let y?):
                if x != y { return x < y ? -1 : 1 }
            }
        }
    }
}

/// A LIKE pattern: `%` matches any run of characters, `_` exactly one.
struct LikePattern {
    private let pattern: [Unicode.Scalar]
    private let caseInsensitive: Bool

    init(_ text: String, caseInsensitive: Bool) {
        self.caseInsensitive = caseInsensitive
        pattern = Array((caseInsensitive ? text.lowercased() : text).unicodeScalars)
    }

    func matches(_ text: String) -> Bool {
        let s = Array((caseInsensitive ? text.lowercased() : text).unicodeScalars)
        // Iterative matching with backtracking to the last %: linear in practice, never recursive.
        var p = 0, i = 0
        var starP = -1, starI = 0
        while i < s.count {
            if p < pattern.count && (pattern[p] == "_" || (pattern[p] != "%" && pattern[p] == s[i])) {
                p += 1
                i += 1
            } else if p < pattern.count && pattern[p] == "%" {
                starP = p
                starI = i
                p += 1
            } else if starP >= 0 {
                p = starP + 1
                starI += 1
                i = starI
            } else {
                return false
            }
        }
        while p < pattern.count && pattern[p] == "%" { p += 1 }
        return p == pattern.count
    }
}
