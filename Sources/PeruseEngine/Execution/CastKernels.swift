import PeruseStorage
import PeruseSyntax

/// Conversions between types, as DuckDB does them: DOUBLE → BIGINT rounds half away
/// from zero and fails out of range; text → number accepts surrounding spaces.
enum CastKernels {
    static func castValue(_ v: Value, to t: DataType) throws(Diagnostic) -> Value {
        switch (v, t) {
        case (.null, _): return .null
        case (_, .null): return .null
        case (.bigint(let x), .bigint): return .bigint(x)
        case (.bigint(let x), .double): return .double(Double(x))
        case (.bigint(let x), .boolean): return .boolean(x != 0)
        case (.double(let x), .double): return .double(x)
        case (.double(let x), .bigint): return .bigint(try doubleToInt(x))
        case (.double(let x), .boolean): return .boolean(x != 0)
        case (.boolean(let b), .boolean): return .boolean(b)
        case (.boolean(let b), .bigint): return .bigint(b ? 1 : 0)
        case (.boolean(let b), .double): return .double(b ? 1 : 0)
        case (.date(let d), .date): return .date(d)
        case (.varchar(let s), .varchar): return .varchar(s)
        case (_, .varchar): return .varchar(ValueFormatter.text(v) ?? "")
        case (.varchar(let s), _): return try parse(s, as: t)
        default:
            throw .error(
                "exec.cast", "Unimplemented type for cast (\(v.type) -> \(t))",
                help: "there is no conversion from \(v.type) to \(t)")
        }
    }

    /// DOUBLE → BIGINT rounds half to even, as DuckDB does (2.5 → 2, 3.5 → 4).
    static func doubleToInt(_ x: Double) throws(Diagnostic) -> Int64 {
        let r = x.rounded(.toNearestOrEven)
        guard r.isFinite, r >= -9.223372036854775808e18, r < 9.223372036854775808e18 else {
            throw .error("exec.cast", "Could not convert DOUBLE \(ValueFormatter.double(x)) to BIGINT: out of range")
        }
        return Int64(r)
    }

    static func parse(_ text: String, as t: DataType) throws(Diagnostic) -> Value {
        let s = text.trimmingSpaces
        func fail() -> Diagnostic {
            .error("exec.cast", "Could not convert string '\(text)' to \(t)")
        }
        switch t {
        case .bigint:
            guard let v = TextToNumber.bigint(s) else { throw fail() }
            return .bigint(v)
        case .double:
            guard let d = TextToNumber.double(s) else { throw fail() }
            return .double(d)
        case .boolean:
            switch s.lowercased() {
            case "true", "t", "yes", "y", "1": return .boolean(true)
            case "false", "f", "no", "n", "0": return .boolean(false)
            default: throw fail()
            }
        case .date:
            guard let d = ValueFormatter.parseDate(s) else {
                throw .error("exec.cast", "Could not convert string '\(text)' to DATE", help: "dates are written yyyy-mm-dd")
            }
            return .date(d)
        case .varchar: return .varchar(text)
        case .null: return .null
        }
    }

    /// Casts every row; a row that cannot be converted is an error at `range`.
    static func cast(_ v: Vector, to t: DataType, range: SourceRange) throws(Diagnostic) -> Vector {
        if v.type == t { return v }
        let n = v.count
        switch (v.storage, t) {
        case (.null, _):
            return .nulls(t, count: n)
        case (.int64(let a), .double) where v.type == .bigint:
            return Vector(double: a.map { Double($0) }, validity: v.validity)
        case (.double(let a), .bigint):
            var out = [Int64](repeating: 0, count: n)
            for (k, x) in a.enumerated() where v.isValid(k) {
                do { out[k] = try doubleToInt(x) } catch let error { throw error.at(range) }
            }
            return Vector(int64: out, validity: v.validity)
        case (.string(let codes, let dict), .bigint), (.string(let codes, let dict), .date),
            (.string(let codes, let dict), .double):
            return try parseCodes(codes, dict, validity: v.validity, to: t, range: range)
        case (.string(let codes, let dict), _) where t != .varchar:
            // Convert each distinct string once.
            var parsed = [Value?](repeating: nil, count: dict.count)
            var b = VectorBuilder(type: t, capacity: n)
            for (k, c) in codes.enumerated() {
                guard v.isValid(k) else { b.appendNull(); continue }
                let ci = Int(c)
                guard ci >= 0, ci < parsed.count else { b.appendNull(); continue }
                if parsed[ci] == nil {
                    do { parsed[ci] = try parse(dict.values[ci], as: t) } catch let error { throw error.at(range) }
                }
                b.append(parsed[ci] ?? .null)
            }
            return b.build()
        case (.int64(let a), .varchar) where v.type == .bigint:
            // Each distinct number formatted once; codes into a dictionary of them.
            let dictionary = StringDictionary()
            var seen = Int64IdMap()
            var codes = [Int32](repeating: 0, count: n)
            for k in 0..<min(n, a.count) where v.isValid(k) {
                let x = a[a.startIndex + k]
                let (code, isNew) = seen.id(for: x, next: Int32(truncatingIfNeeded: seen.count))
                if isNew { _ = dictionary.intern(ValueFormatter.text(.bigint(x)) ?? "") }
                codes[k] = code
            }
            if dictionary.count == 0 { _ = dictionary.intern("") }
            return Vector(codes: codes, dictionary: dictionary, validity: v.effectiveValidity)
        case (_, .varchar):
            var strings = [String](repeating: "", count: n)
            for k in 0..<n where v.isValid(k) { strings[k] = ValueFormatter.text(v.value(at: k)) ?? "" }
            return makeStringVector(strings, validity: v.effectiveValidity)
        default:
            var b = VectorBuilder(type: t, capacity: n)
            for k in 0..<n {
                do { b.append(try castValue(v.value(at: k), to: t)) } catch let error { throw error.at(range) }
            }
            return b.build()
        }
    }
}

extension CastKernels {
    /// Text to BIGINT, DATE or DOUBLE: each distinct code of the batch parsed once into a
    /// typed table, then one typed loop over the rows (the first row whose text cannot
    /// convert is the error, as row by row).
    static func parseCodes(
        _ codes: ArraySlice<Int32>, _ dict: StringDictionary, validity: Bitmap?, to t: DataType, range: SourceRange
    ) throws(Diagnostic) -> Vector {
        let n = codes.count
        let isDouble = t == .double
        // Per code: 0 not parsed yet, 1 a value, 2 NULL.
        var state = [UInt8](repeating: 0, count: dict.count)
        var intTable = [Int64](repeating: 0, count: isDouble ? 0 : dict.count)
        var doubleTable = [Double](repeating: 0, count: isDouble ? dict.count : 0)
        var ints = [Int64](repeating: 0, count: isDouble ? 0 : n)
        var doubles = [Double](repeating: 0, count: isDouble ? n : 0)
        var valid = [UInt64](repeating: 0, count: (n + 63) >> 6)
        for k in 0..<n where validity?[k] ?? true {
            let c = Int(codes[codes.startIndex + k])
            guard c >= 0, c < state.count else { continue }
            if state[c] == 0 {
                let value: Value
                do { value = try parse(dict.values[c], as: t) } catch let error { throw error.at(range) }
                switch value {
                case .bigint(let x), .date(let x):
                    if isDouble { state[c] = 2 } else { (intTable[c], state[c]) = (x, 1) }
                case .double(let x):
                    if isDouble { (doubleTable[c], state[c]) = (x, 1) } else { state[c] = 2 }
                default:
                    state[c] = 2
                }
            }
            guard state[c] == 1 else { continue }
            if isDouble { doubles[k] = doubleTable[c] } else { ints[k] = intTable[c] }
            valid[k >> 6] |= 1 << UInt64(k & 63)
        }
        let bitmap = Bitmap(words: valid[...], count: n)
        return isDouble ? Vector(double: doubles, validity: bitmap) : Vector(int64: ints, type: t, validity: bitmap)
    }
}

extension Diagnostic {
    /// The same diagnostic placed at `range` when it has no place yet.
    func at(_ range: SourceRange) -> Diagnostic {
        var d = self
        if d.range == nil { d.range = range }
        return d
    }
}
