import Foundation
import PeruseStorage
import PeruseSyntax

extension Evaluator {
    func evaluateFunction(_ f: ScalarFunction, _ args: [BoundExpr], _ e: BoundExpr, _ batch: Batch)
        throws(Diagnostic) -> Vector
    {
        let n = batch.count
        switch f {
        case .lower: return try mapDictionary(e, args[0], batch) { .varchar($0.lowercased()) }
        case .upper: return try mapDictionary(e, args[0], batch) { .varchar($0.uppercased()) }
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
            var vs: [Vector] = []
            for a in args { vs.append(try evaluate(a, batch)) }
            var out = [String](repeating: "", count: n)
            var validity = Bitmap(count: n, valid: true)
            for i in 0..<n {
                guard vs.allSatisfy({ $0.isValid(i) }) else { validity[i] = false; continue }
                let start = vs[1].int64s[vs[1].int64s.startIndex + i]
                let length = vs.count > 2 ? vs[2].int64s[vs[2].int64s.startIndex + i] : nil
                out[i] = Self.substring(vs[0].string(at: i), start: start, length: length)
            }
            return makeStringVector(out, validity: validity)
        case .replace:
            let s = try evaluate(args[0], batch), a = try evaluate(args[1], batch), b = try evaluate(args[2], batch)
            var out = [String](repeating: "", count: n)
            var validity = Bitmap(count: n, valid: true)
            for i in 0..<n {
                guard s.isValid(i), a.isValid(i), b.isValid(i) else { validity[i] = false; continue }
                let from = a.string(at: i)
                out[i] = from.isEmpty ? s.string(at: i) : s.string(at: i).replacingOccurrences(of: from, with: b.string(at: i))
            }
            return makeStringVector(out, validity: validity)
        case .coalesce:
            var out = DenseBuilder(type: e.type, count: n)
            var remaining = (0..<n).map { Int32(truncatingIfNeeded: $0) }
            for a in args where !remaining.isEmpty {
                let v = try evaluate(a, batch.subset(remaining))
                var found: [Int32] = []
                var foundRows: [Int32] = []
                var rest: [Int32] = []
                for (k, p) in remaining.enumerated() {
                    if v.isValid(k) {
                        found.append(p)
                        foundRows.append(Int32(truncatingIfNeeded: k))
                    } else {
                        rest.append(p)
                    }
                }
                if !found.isEmpty { out.scatter(v.gather(foundRows), to: found) }
                remaining = rest
            }
            return out.build()
        case .nullif:
            // args: the value, then both operands at their common type.
            let a = try evaluate(args[0], batch)
            let eq = Comparison.apply(.equal, try evaluate(args[1], batch), try evaluate(args[2], batch))
            var result = a
            var validity = a.effectiveValidity ?? Bitmap(count: n, valid: true)
            for i in 0..<n where eq.isValid(i) && eq.booleans[eq.booleans.startIndex + i] { validity[i] = false }
            result.validity = validity.allValid ? nil : validity
            return result
        case .year, .month, .day, .dateDiff, .dateTrunc, .strftime, .currentDate, .regexpMatches, .regexpReplace,
            .splitPart, .startsWith, .contains, .left, .right, .lpad, .rpad, .concat, .if:
            return try evaluateRowwise(f, args, e, batch)
        case .greatest, .least:
            var vs: [Vector] = []
            for a in args { vs.append(try evaluate(a, batch)) }
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

    private func round(_ args: [BoundExpr], _ e: BoundExpr, _ batch: Batch) throws(Diagnostic) -> Vector {
        let v = try evaluate(args[0], batch)
        let n = batch.count
        let digits: Vector? = args.count > 1 ? try evaluate(args[1], batch) : nil
        func places(_ i: Int) -> Int64 {
            guard let d = digits else { return 0 }
            return d.int64s[d.int64s.startIndex + i]
        }
        let validity = digits.map { Vector.bothValid(v, $0) } ?? v.effectiveValidity
        if v.type == .double {
            let x = v.doubles
            return Vector(
                double: (0..<n).map { Self.roundDouble(x[x.startIndex + $0], places($0)) }, validity: validity)
        }
        // BIGINT: rounding to a negative number of places rounds to tens, hundreds…
        let x = v.int64s
        var out = [Int64](repeating: 0, count: n)
        for i in 0..<n {
            let value = x[x.startIndex + i]
            let p = places(i)
            guard p < 0 else { out[i] = value; continue }
            if p < -18 { out[i] = 0; continue }
            var scale: Int64 = 1
            for _ in 0..<(-p) { scale *= 10 }
            let rounded = (Double(value) / Double(scale)).rounded(.toNearestOrAwayFromZero) * Double(scale)
            if validity?[i] ?? true {
                do { out[i] = try CastKernels.doubleToInt(rounded) } catch let error { throw error.at(e.range) }
            }
        }
        return Vector(int64: out, validity: validity)
    }

    static func roundDouble(_ x: Double, _ places: Int64) -> Double {
        guard x.isFinite else { return x }
        let p = Swift.max(-300, Swift.min(300, places))
        let scale = Foundation.pow(10.0, Double(p))
        let r = (x * scale).rounded(.toNearestOrAwayFromZero) / scale
        return r.isFinite ? r : x
    }

    static func trimSpaces(_ s: String, leading: Bool, trailing: Bool) -> String {
        var scalars = Substring(s).unicodeScalars[...]
        while leading && scalars.first == " " { scalars.removeFirst() }
        while trailing && scalars.last == " " { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }

    /// DuckDB's substr: 1-based; a negative start counts from the end; 0 is before the first.
    static func substring(_ s: String, start: Int64, length: Int64?) -> String {
        let scalars = Array(s.unicodeScalars)
        let n = Int64(scalars.count)
        let begin: Int64 = start > 0 ? start - 1 : (start < 0 ? Swift.max(n + start, -1) : -1)
        var end = n
        if let length {
            if length < 0 { return "" }
            end = begin > n ? n : begin + Swift.min(length, n + 1)
        }
        let lo = Int(Swift.max(0, Swift.min(begin, n)))
        let hi = Int(Swift.max(0, Swift.min(end, n)))
        guard hi > lo else { return "" }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[lo..<hi])
        return String(out)
    }

    /// Ordering of two non-NULL values of one type.
    static func less(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.bigint(let x), .bigint(let y)), (.date(let x), .date(let y)): return x < y
        case (.double(let x), .double(let y)): return x < y
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
