import PeruseStorage
import PeruseSyntax

/// Evaluates bound expressions over a batch, a whole vector at a time.
///
/// Every result is dense: one value per row of the batch. AND, OR and CASE evaluate
/// their later operands only on the rows that still need them, so `x <> 0 and 10 // x > 1`
/// never divides by zero, as in DuckDB.
final class Evaluator {
    /// Results computed once per string dictionary (e.g. `region = 'Lima'` per distinct
    /// region), reused across batches. Holds the dictionaries so their identity is stable.
    var dictionaryResults: [DictionaryKey: Vector] = [:]

    struct DictionaryKey: Hashable {
        var dictionary: ObjectIdentifier
        var size: Int
        var expr: BoundExpr
    }

    /// `a || b` of two dictionary columns, once per pair of codes (see `Evaluator+Dictionary`).
    var pairResults: [PairKey: Vector] = [:]

    /// Per-dictionary truth tables of filter conditions (see `Evaluator+Selection`).
    var codeTables: [DictionaryKey: [Bool]] = [:]

    /// `year`, `month` and `day` of a span of days, kept across batches (see `Evaluator+Dates`).
    var datePartTables: [ScalarFunction: DatePartTable] = [:]

    /// Dictionaries whose identity keys a cache entry: held so the identity stays theirs.
    private var pinned: [ObjectIdentifier: StringDictionary] = [:]

    func pinDictionary(_ d: StringDictionary) { pinned[ObjectIdentifier(d)] = d }

    /// The values of a correlated subquery's outer references, for this run of it.
    var parameters: [Value] = []
    /// The query this evaluator serves; subqueries run in child contexts of it.
    weak var context: ExecutionContext?
    /// Each subquery's answers, by the outer values it ran with (see `Evaluator+Subquery`).
    var subqueryAnswers: [Subquery: [[Value]: SubqueryAnswer]] = [:]
    /// How deep `evaluate` is nested, and the guard measured once it passes 32 levels: the
    /// parser allows 1000 levels, and a debug build's evaluation frames are large enough to
    /// overflow an 8 MB stack at a few hundred.
    private var depth = 0
    private var stackGuard: StackGuard?
    /// Compiled regular expressions, by pattern.
    var regexCache: [String: Regex<AnyRegexOutput>] = [:]

    func evaluate(_ e: BoundExpr, _ batch: Batch) throws(Diagnostic) -> Vector {
        depth += 1
        defer { depth -= 1 }
        if depth > 32 {
            if stackGuard == nil { stackGuard = StackGuard(reserve: 128 * 1024) }
            if stackGuard?.isNearlyExhausted() == true {
                throw .error(
                    "exec.too-deep", "expression nested too deeply to evaluate (\(depth) levels)", at: e.range,
                    help: "this thread's stack allows no deeper nesting")
            }
        }
        var v = try evaluateNode(e, batch)
        if v.type != e.type && e.type != .null { v.type = e.type }
        return v
    }

    private func evaluateNode(_ e: BoundExpr, _ batch: Batch) throws(Diagnostic) -> Vector {
        let n = batch.count
        switch e.kind {
        case .constant(let v):
            return .constant(v, type: e.type, count: n)
        case .column(let i):
            return batch.column(i)
        case .cast(let inner):
            return try CastKernels.cast(try evaluate(inner, batch), to: e.type, range: e.range)
        case .negate(let inner):
            return try Arithmetic.negate(try evaluate(inner, batch), range: e.range)
        case .arithmetic(let op, let a, let b):
            return try Arithmetic.apply(op, try evaluate(a, batch), try evaluate(b, batch), range: e.range)
        case .comparison(let op, let a, let b):
            if let fast = try compareWithDictionary(e, op, a, b, batch) { return fast }
            let left = try evaluate(a, batch)
            if let c = b.constantValue, let fast = Comparison.apply(op, left, constant: c) { return fast }
            let right = try evaluate(b, batch)
            if let c = a.constantValue, let fast = Comparison.apply(op.flipped, right, constant: c) { return fast }
            return Comparison.apply(op, left, right)
        case .and(let a, let b):
            return try logical(isAnd: true, a, b, batch)
        case .or(let a, let b):
            return try logical(isAnd: false, a, b, batch)
        case .not(let inner):
            let v = try evaluate(inner, batch)
            let out = v.booleans.map { !$0 }
            return Vector(boolean: out, validity: v.effectiveValidity)
        case .isNull(let inner, let negated):
            let v = try evaluate(inner, batch)
            guard let valid = v.effectiveValidity else {
                return Vector(boolean: [Bool](repeating: negated, count: n))
            }
            return Vector(boolean: (0..<n).map { valid[$0] == negated })
        case .like(let v, let pattern, let escape, let ci, let negated):
            return try like(e, v, pattern: pattern, escape: escape, caseInsensitive: ci, negated: negated, batch)
        case .inList(let v, let items, let negated):
            return try inList(e, v, items, negated: negated, batch)
        case .caseWhen(let whens, let otherwise):
            return try caseWhen(whens, otherwise, type: e.type, batch)
        case .concat(let a, let b):
            return try concatenate(e, a, b, batch)
        case .function(let f, let args):
            return try evaluateFunction(f, args, e, batch)
        case .parameter(let k):
            return .constant(k < parameters.count ? parameters[k] : .null, type: e.type, count: n)
        case .subquery(let s, let args):
            return try evaluateSubquery(s, args: args, type: e.type, batch)
        case .inSubquery(let x, let s, let args, let negated):
            return try evaluateMembership(x, s, args: args, negated: negated, batch)
        case .quantified(let x, let test, let s, let args):
            return try evaluateQuantified(x, test, s, args: args, batch)
        }
    }

    // MARK: Three-valued AND / OR with short-circuit

    private func logical(isAnd: Bool, _ a: BoundExpr, _ b: BoundExpr, _ batch: Batch) throws(Diagnostic) -> Vector {
        let n = batch.count
        let left = try evaluate(a, batch)
        let lv = left.booleans
        let lvalid = left.effectiveValidity
        // The rows whose answer the left side does not settle: for AND, all but the
        // definite falses; for OR, all but the definite trues.
        var pending: [Int32] = []
        pending.reserveCapacity(n)
        lv.withUnsafeBufferPointer { l in
            for i in 0..<n {
                let settled = (lvalid?[i] ?? true) && (l[i] != isAnd)
                if !settled { pending.append(Int32(truncatingIfNeeded: i)) }
            }
        }
        if pending.isEmpty { return left }
        let right = pending.count == n ? try evaluate(b, batch) : try evaluate(b, batch.subset(pending))
        let rv = right.booleans
        let rvalid = right.effectiveValidity
        var out = Array(lv)
        var validity = lvalid ?? Bitmap(count: n, valid: true)
        for (k, p) in pending.enumerated() {
            let i = Int(p)
            let lKnown = lvalid?[i] ?? true
            let rKnown = rvalid?[k] ?? true
            let r = rv[rv.startIndex + k]
            if rKnown && r != isAnd {
                // The right side settles it: false for AND, true for OR.
                out[i] = !isAnd
                validity[i] = true
            } else if lKnown && rKnown {
                out[i] = r
                validity[i] = true
            } else {
                out[i] = false
                validity[i] = false
            }
        }
        return Vector(boolean: out, validity: validity)
    }

    // MARK: CASE

    private func caseWhen(_ whens: [BoundWhen], _ otherwise: BoundExpr, type: DataType, _ batch: Batch)
        throws(Diagnostic) -> Vector
    {
        var out = DenseBuilder(type: type, count: batch.count)
        var remaining = (0..<batch.count).map { Int32(truncatingIfNeeded: $0) }
        for w in whens where !remaining.isEmpty {
            // The rows where the condition is true take this branch; false and NULL go on.
            let all = remaining.count == batch.count
            let hits = try truePositions(w.condition, all ? batch : batch.subset(remaining))
            let misses = Self.complement(hits, count: remaining.count)
            let matched = all ? hits : hits.map { remaining[Int($0)] }
            let rest = all ? misses : misses.map { remaining[Int($0)] }
            if !matched.isEmpty {
                out.scatter(try evaluate(w.result, batch.subset(matched)), to: matched)
            }
            remaining = rest
        }
        if !remaining.isEmpty {
            out.scatter(try evaluate(otherwise, batch.subset(remaining)), to: remaining)
        }
        return out.build()
    }

    // MARK: IN

    private func inList(_ e: BoundExpr, _ v: BoundExpr, _ items: [BoundExpr], negated: Bool, _ batch: Batch)
        throws(Diagnostic) -> Vector
    {
        let n = batch.count
        let constants = items.compactMap(\.constantValue)
        if constants.count == items.count, v.type == .varchar {
            let set = Set(constants)  // Value's == compares text by bytes, as SQL does
            let hasNull = constants.contains(.null)
            return try mapDictionary(e, v, batch) { s in
                if set.contains(.varchar(s)) { return .boolean(!negated) }
                return hasNull ? .null : .boolean(negated)
            }
        }
        // x IN (a, b) is x = a OR x = b, with SQL's NULL rules.
        let x = try evaluate(v, batch)
        var result: Vector?
        for item in items {
            let eq = Comparison.apply(.equal, x, try evaluate(item, batch))
            result = result.map { Self.or3($0, eq) } ?? eq
        }
        guard var r = result else { return Vector(boolean: [Bool](repeating: negated, count: n), validity: x.effectiveValidity) }
        if negated { r = Vector(boolean: r.booleans.map { !$0 }, validity: r.effectiveValidity) }
        return r
    }

    /// Three-valued OR of two dense boolean vectors.
    static func or3(_ a: Vector, _ b: Vector) -> Vector {
        let n = a.count
        let av = a.booleans, bv = b.booleans
        var out = [Bool](repeating: false, count: n)
        var validity = Bitmap(count: n, valid: true)
        for i in 0..<n {
            let ak = a.isValid(i), bk = b.isValid(i)
            let x = av[av.startIndex + i], y = bv[bv.startIndex + i]
            if (ak && x) || (bk && y) {
                out[i] = true
            } else if !(ak && bk) {
                validity[i] = false
            }
        }
        return Vector(boolean: out, validity: validity)
    }

    // MARK: Work done once per dictionary entry

    /// `column op 'constant'` on VARCHAR: compared once per distinct string.
    private func compareWithDictionary(
        _ e: BoundExpr, _ op: ComparisonOperator, _ a: BoundExpr, _ b: BoundExpr, _ batch: Batch
    ) throws(Diagnostic) -> Vector? {
        guard a.type == .varchar else { return nil }
        let (subject, constant, oper): (BoundExpr, Value, ComparisonOperator)
        if let c = b.constantValue, a.constantValue == nil {
            (subject, constant, oper) = (a, c, op)
        } else if let c = a.constantValue, b.constantValue == nil {
            (subject, constant, oper) = (b, c, op.flipped)
        } else {
            return nil
        }
        guard case .varchar(let text) = constant else { return .nulls(.boolean, count: batch.count) }
        return try mapDictionary(e, subject, batch) { s in .boolean(Comparison.compareStrings(s, text, oper)) }
    }

    /// Evaluates `subject` (VARCHAR), applies `f` once per dictionary entry, and gathers
    /// the answers by code. NULL rows stay NULL. Answers are cached per dictionary.
    func mapDictionary(_ e: BoundExpr, _ subject: BoundExpr, _ batch: Batch, _ f: (String) throws(Diagnostic) -> Value)
        throws(Diagnostic) -> Vector
    {
        let v = try evaluate(subject, batch)
        let (codes, dict) = v.strings
        let key = DictionaryKey(dictionary: ObjectIdentifier(dict), size: dict.count, expr: e)
        let perEntry: Vector
        if let cached = dictionaryResults[key] {
            perEntry = cached
        } else if dict.isUnique || dict.count <= v.count {
            var b = VectorBuilder(type: e.type, capacity: dict.count)
            for s in dict.values { b.append(try f(s)) }
            perEntry = b.build()
            if dict.isUnique {
                pinDictionary(dict)
                dictionaryResults[key] = perEntry
            }
        } else {
            // A large dictionary that few rows use: answer row by row.
            var b = VectorBuilder(type: e.type, capacity: v.count)
            for i in 0..<v.count { b.append(v.isValid(i) ? try f(v.string(at: i)) : .null) }
            return b.build()
        }
        var out = perEntry.gatherCodes(codes)
        if let nulls = v.effectiveValidity {
            out.validity = out.validity.map { $0.intersection(nulls) } ?? nulls
        }
        return out
    }
}

extension Vector {
    /// Rows picked by dictionary codes (each code an index into this vector).
    func gatherCodes(_ codes: ArraySlice<Int32>) -> Vector {
        gather(Array(codes))
    }
}
