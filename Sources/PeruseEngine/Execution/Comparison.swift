import PeruseStorage

/// `= <> < <= > >=` over two vectors of the same type. NULL on either side gives NULL.
/// Strings compare by their UTF-8 bytes, as DuckDB does; doubles as DuckDB orders them
/// (NaN equals NaN and is greater than every other value, infinity included).
enum Comparison {
    static func apply(_ op: ComparisonOperator, _ a: Vector, _ b: Vector) -> Vector {
        let validity = Vector.bothValid(a, b)
        let out: [Bool]
        switch (a.storage, b.storage) {
        case (.int64(let x), .int64(let y)): out = compare(op, x, y)
        case (.double(let x), .double(let y)):
            if x.contains(where: \.isNaN) || y.contains(where: \.isNaN) {
                out = (0..<min(x.count, y.count)).map {
                    holds(op, doubleOrder(x[x.startIndex + $0], y[y.startIndex + $0]))
                }
            } else {
                out = compare(op, x, y)
            }
        case (.boolean(let x), .boolean(let y)): out = compare(op, x.map { $0 ? 1 : 0 }[...], y.map { $0 ? 1 : 0 }[...])
        case (.string, .string):
            out = (0..<min(a.count, b.count)).map { compareStrings(a.string(at: $0), b.string(at: $0), op) }
        default:
            return .nulls(.boolean, count: a.count)
        }
        return Vector(boolean: out, validity: validity)
    }

    /// `a <op> c` for a BIGINT/DATE or DOUBLE vector and a constant of its type, without a
    /// vector of copies of `c`; nil for other types.
    static func apply(_ op: ComparisonOperator, _ a: Vector, constant c: Value) -> Vector? {
        let out: [Bool]
        switch (a.storage, c) {
        case (_, .null):
            return .nulls(.boolean, count: a.count)
        case (.int64(let x), .bigint(let k)), (.int64(let x), .date(let k)):
            out = compare(op, x, k)
        case (.double(let x), .double(let k)):
            if k.isNaN || x.contains(where: \.isNaN) {
                out = x.map { holds(op, doubleOrder($0, k)) }
            } else {
                out = compare(op, x, k)
            }
        default:
            return nil
        }
        return Vector(boolean: out, validity: a.effectiveValidity)
    }

    private static func compare<T: Comparable>(_ op: ComparisonOperator, _ a: ArraySlice<T>, _ c: T) -> [Bool] {
        switch op {
        case .equal: return a.map { $0 == c }
        case .notEqual: return a.map { $0 != c }
        case .less: return a.map { $0 < c }
        case .lessEqual: return a.map { $0 <= c }
        case .greater: return a.map { $0 > c }
        case .greaterEqual: return a.map { $0 >= c }
        }
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
        holds(op, byteOrder(a, b))
    }

    /// −1, 0 or 1 as `x` sorts before, with or after `y` in DuckDB's order of doubles:
    /// NaN is equal to NaN and after everything else; −0.0 equals 0.0.
    static func doubleOrder(_ x: Double, _ y: Double) -> Int {
        if x.isNaN || y.isNaN { return x.isNaN == y.isNaN ? 0 : (x.isNaN ? 1 : -1) }
        return x < y ? -1 : (x > y ? 1 : 0)
    }

    /// −1, 0 or 1 as `a` sorts before, with or after `b`, two non-NULL values of one type
    /// (0 for values of different types, which binding never compares).
    static func order(_ a: Value, _ b: Value) -> Int {
        switch (a, b) {
        case (.bigint(let x), .bigint(let y)), (.date(let x), .date(let y)): return x < y ? -1 : (x > y ? 1 : 0)
        case (.double(let x), .double(let y)): return doubleOrder(x, y)
        case (.boolean(let x), .boolean(let y)): return x == y ? 0 : (x ? 1 : -1)
        case (.varchar(let x), .varchar(let y)): return byteOrder(x, y)
        default: return 0
        }
    }

    /// Whether `op` holds between two values that compare as `order` (−1, 0 or 1).
    static func holds(_ op: ComparisonOperator, _ order: Int) -> Bool {
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

/// A LIKE pattern: `%` matches any run of characters, `_` exactly one, and with an escape
/// character (`like 'a!%' escape '!'`) the character after it matches only itself.
struct LikePattern {
    /// What can go wrong with an escape, as in DuckDB: an escape of more than one byte, and a
    /// pattern that ends in the escape character (an error only where matching reaches it).
    enum Problem: Error {
        case escapeTooLong, endsInEscape
    }

    /// The pattern's characters as scalar values; the wildcards are values past the last scalar.
    private let pattern: [UInt32]
    /// The pattern ended in an escape character with nothing after it (left out of `pattern`).
    let endsInEscape: Bool
    private let caseInsensitive: Bool

    private static let anyRun: UInt32 = 0x11_0000
    private static let anyOne: UInt32 = 0x11_0001

    /// `escape` is "" for none; more than one byte is an error, as in DuckDB.
    init(_ text: String, escape: String = "", caseInsensitive: Bool) throws(Problem) {
        guard escape.utf8.count <= 1 else { throw .escapeTooLong }
        self.caseInsensitive = caseInsensitive
        let escapeValue = (caseInsensitive ? CaseMapping.lower(escape) : escape).unicodeScalars.first?.value
        var out: [UInt32] = []
        var escaped = false
        for c in (caseInsensitive ? CaseMapping.lower(text) : text).unicodeScalars {
            if escaped {
                out.append(c.value)
                escaped = false
            } else if c.value == escapeValue {
                escaped = true
            } else {
                out.append(c == "%" ? Self.anyRun : c == "_" ? Self.anyOne : c.value)
            }
        }
        pattern = out
        endsInEscape = escaped
    }

    /// Whether `text` matches. A pattern that ends in its escape character matches nothing,
    /// and is an error where its part before the escape matches the start of `text`.
    func match(_ text: String) throws(Problem) -> Bool {
        let s = (caseInsensitive ? CaseMapping.lower(text) : text).unicodeScalars.map(\.value)
        guard endsInEscape else { return Self.matches(s, pattern) }
        if Self.matches(s, pattern + [Self.anyRun]) { throw .endsInEscape }
        return false
    }

    /// `match` for a pattern known not to end in its escape character.
    func matches(_ text: String) -> Bool {
        let s = (caseInsensitive ? CaseMapping.lower(text) : text).unicodeScalars.map(\.value)
        return !endsInEscape && Self.matches(s, pattern)
    }

    private static func matches(_ s: [UInt32], _ pattern: [UInt32]) -> Bool {
        // Iterative matching with backtracking to the last %: linear in practice, never recursive.
        var p = 0
        var i = 0
        var starP = -1
        var starI = 0
        while i < s.count {
            if p < pattern.count && (pattern[p] == anyOne || (pattern[p] != anyRun && pattern[p] == s[i])) {
                p += 1
                i += 1
            } else if p < pattern.count && pattern[p] == anyRun {
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
        while p < pattern.count && pattern[p] == anyRun { p += 1 }
        return p == pattern.count
    }
}
