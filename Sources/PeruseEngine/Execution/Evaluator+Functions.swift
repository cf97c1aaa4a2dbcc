import Foundation
import PeruseStorage
import PeruseSyntax

extension Evaluator {
    func evaluateFunction(_ f: ScalarFunction, _ args: [BoundExpr], _ e: BoundExpr, _ batch: Batch)
        throws(Diagnostic) -> Vector
    {
        let n = batch.count
        switch f {
        case .lower: return try mapDictionary(e, args[0], batch) { .varchar(CaseMapping.lower($0)) }
        case .upper: return try mapDictionary(e, args[0], batch) { .varchar(CaseMapping.upper($0)) }
        case .trim: return try mapDictionary(e, args[0], batch) { .varchar(Self.trimSpaces($0, leading: true, trailing: true)) }
        case .ltrim: return try mapDictionary(e, args[0], batch) { .varchar(Self.trimSpaces($0, leading: true, trailing: false)) }
        case .rtrim: return try mapDictionary(e, args[0], batch) { .varchar(Self.trimSpaces($0, leading: false, trailing: true)) }
        case .length: return try mapDictionary(e, args[0], batch) { .bigint(Int64($0.unicodeScalars.count)) }
        case .abs:
            let v = try evaluate(args[0], batch)
            if v.type == .double { return Vector(double: v.doubles.map { Swift.abs($0) }, validity: v.validity) }
            var out = [Int64](repeating: 0, count: n)
            for (k, x) in v.int64s.enumerated() {
                if x == .min && v.isValid(k) {
                    throw .error("exec.overflow", "Overflow on abs(\(x))", at: e.range)
                }
                out[k] = x == .min ? 0 : Swift.abs(x)
            }
            return Vector(int64: out, validity: v.effectiveValidity)
        case .round:
            return try round(args, e, batch)
        case .floor: return try mapDouble(args[0], batch) { $0.rounded(.down) }
        case .ceil: return try mapDouble(args[0], batch) { $0.rounded(.up) }
        case .sqrt: return try mapDouble(args[0], batch) { $0 < 0 ? .nan : $0.squareRoot() }
        case .ln: return try mapDouble(args[0], batch) { Foundation.log($0) }
        case .log10: return try mapDouble(args[0], batch) { Foundation.log10($0) }
        case .power:
            let a = try evaluate(args[0], batch), b = try evaluate(args[1], batch)
            let x = a.doubles, y = b.doubles
            return Vector(
                double: (0..<n).map { Foundation.pow(x[x.startIndex + $0], y[y.startIndex + $0]) },
                validity: Vector.bothValid(a, b))
        case .substr:
            let inRange = args.dropFirst().allSatisfy { a in
                guard case .bigint(let x) = a.constantValue else { return true }
                return Self.substringBounds.contains(x)
            }
            // Out-of-range constants fail only when a row has a string: row by row below.
            if inRange,
                let perEntry = try perDictionaryEntry(args, e, batch, { v throws(Diagnostic) in
                    guard case .varchar(let s) = v[0], case .bigint(let start) = v[1] else { return .null }
                    var length: Int64?
                    if v.count > 2 {
                        guard case .bigint(let l) = v[2] else { return .null }
                        length = l
                    }
                    return .varchar(try Self.substring(s, start: start, length: length, range: e.range))
                })
            {
                return perEntry
            }
            var vs: [Vector] = []
            for a in args { vs.append(try evaluate(a, batch)) }
            var out = [String](repeating: "", count: n)
            var validity = Bitmap(count: n, valid: true)
            for i in 0..<n {
                guard vs.allSatisfy({ $0.isValid(i) }) else { validity[i] = false; continue }
                let start = vs[1].int64s[vs[1].int64s.startIndex + i]
                let length = vs.count > 2 ? vs[2].int64s[vs[2].int64s.startIndex + i] : nil
                out[i] = try Self.substring(vs[0].string(at: i), start: start, length: length, range: e.range)
            }
            return makeStringVector(out, validity: validity)
        case .replace:
            if let perEntry = try perDictionaryEntry(args, e, batch, { v in
                guard case .varchar(let s) = v[0], case .varchar(let from) = v[1], case .varchar(let to) = v[2] else {
                    return .null
                }
                return .varchar(from.isEmpty ? s : ByteText.replace(s, from, to))
            }) {
                return perEntry
            }
            let s = try evaluate(args[0], batch), a = try evaluate(args[1], batch), b = try evaluate(args[2], batch)
            var out = [String](repeating: "", count: n)
            var validity = Bitmap(count: n, valid: true)
            for i in 0..<n {
                guard s.isValid(i), a.isValid(i), b.isValid(i) else { validity[i] = false; continue }
                let from = a.string(at: i)
                out[i] = from.isEmpty ? s.string(at: i) : ByteText.replace(s.string(at: i), from, b.string(at: i))
            }
            return makeStringVector(out, validity: validity)
        case .coalesce:
            return try coalesce(args, e, batch)
        case .nullif:
            // args: the value, then both operands at their common type.
            let a = try evaluate(args[0], batch)
            let eq = Comparison.apply(.equal, try evaluate(args[1], batch), try evaluate(args[2], batch))
            var result = a
            var validity = a.effectiveValidity ?? Bitmap(count: n, valid: true)
            for i in 0..<n where eq.isValid(i) && eq.booleans[eq.booleans.startIndex + i] { validity[i] = false }
            result.validity = validity.allValid ? nil : validity
            return result
        case .year, .month, .day, .dateDiff, .dateTrunc, .strftime:
            if let typed = try dateKernel(f, args, e, batch) { return typed }
            return try evaluateRowwise(f, args, e, batch)
        case .currentDate, .regexpMatches, .regexpReplace,
            .splitPart, .startsWith, .contains, .left, .right, .lpad, .rpad, .concat, .if:
            return try evaluateRowwise(f, args, e, batch)
        case .greatest, .least:
            var vs: [Vector] = []
            for a in args { vs.append(try evaluate(a, batch)) }
            if let typed = Self.extreme(vs, greatest: f == .greatest, type: e.type, count: n) { return typed }
            var out = DenseBuilder(type: e.type, count: n)
            for i in 0..<n {
                var best: Value = .null
                for v in vs where v.isValid(i) {
                    let x = v.value(at: i)
                    if best.isNull || (f == .greatest ? Self.less(best, x) : Self.less(x, best)) { best = x }
                }
                out.set(i, best)
            }
            return out.build()
        }
    }

    private func mapDouble(_ arg: BoundExpr, _ batch: Batch, _ f: (Double) -> Double) throws(Diagnostic) -> Vector {
        let v = try evaluate(arg, batch)
        return Vector(double: v.doubles.map(f), validity: v.effectiveValidity)
    }

    static func trimSpaces(_ s: String, leading: Bool, trailing: Bool) -> String {
        var scalars = Substring(s).unicodeScalars[...]
        while leading && scalars.first == " " { scalars.removeFirst() }
        while trailing && scalars.last == " " { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }

    /// The offsets and lengths `substr` accepts, as DuckDB.
    static let substringBounds: ClosedRange<Int64> = -4_294_967_296...4_294_967_295

    /// DuckDB's substr, in characters: position `start` is 1-based, a negative start counts
    /// from the end (-1 is the last character) and 0 is just before the first; a length
    /// takes that many characters from there, a negative length that many before it.
    static func substring(_ s: String, start: Int64, length: Int64?, range: SourceRange) throws(Diagnostic) -> String {
        for (what, x) in [("offset", start), ("length", length ?? 0)] where !substringBounds.contains(x) {
            let bound = x < 0 ? "< \(substringBounds.lowerBound)" : "> \(substringBounds.upperBound)"
            throw .error("exec.substr", "Substring \(what) outside of supported range (\(bound))", at: range)
        }
        let scalars = Array(s.unicodeScalars)
        let n = Int64(scalars.count)
        // Positions 1…n; both bounds are within ±2^33, so nothing here overflows.
        let first = start < 0 ? n + start + 1 : start
        var (lo, hi) = (first, n + 1)
        if let length { (lo, hi) = length >= 0 ? (first, first + length) : (first + length, first) }
        lo = Swift.max(lo, 1)
        hi = Swift.min(hi, n + 1)
        guard hi > lo else { return "" }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[Int(lo - 1)..<Int(hi - 1)])
        return String(out)
    }

    /// Ordering of two non-NULL values of one type.
    static func less(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.bigint(let x), .bigint(let y)), (.date(let x), .date(let y)): return x < y
        case (.double(let x), .double(let y)): return Comparison.doubleOrder(x, y) < 0
        case (.boolean(let x), .boolean(let y)): return !x && y
        case (.varchar(let x), .varchar(let y)): return Comparison.byteOrder(x, y) < 0
        default: return false
        }
    }
}

/// Evaluates an expression that reads no columns, once.
enum ConstantFolder {
    static func evaluate(_ e: BoundExpr) throws(Diagnostic) -> Value {
        let v = try Evaluator().evaluate(e, Batch(columns: [], count: 1))
        return v.value(at: 0)
    }
}
