import PeruseStorage
import PeruseSyntax

/// Subqueries inside expressions. An uncorrelated one runs once per query; a correlated
/// one runs once per distinct combination of its outer values, its answers kept.
extension Evaluator {
    /// What one run of a subquery gave.
    enum SubqueryAnswer {
        case value(Value)
        case members(Set<Value>, hasNull: Bool)
        /// The least and greatest non-NULL values (NULL when there are none).
        case extremes(least: Value, greatest: Value, hasNull: Bool)
    }

    func evaluateSubquery(_ s: Subquery, args: [BoundExpr], type: DataType, _ batch: Batch) throws(Diagnostic)
        -> Vector
    {
        let n = batch.count
        if args.isEmpty {
            guard case .value(let v) = try answer(s, []) else { return .nulls(type, count: n) }
            return .constant(v, type: type, count: n)
        }
        var argVectors: [Vector] = []
        for a in args { argVectors.append(try evaluate(a, batch)) }
        var out = DenseBuilder(type: type, count: n)
        for i in 0..<n {
            if case .value(let v) = try answer(s, argVectors.map { $0.value(at: i) }) { out.set(i, v) }
        }
        return out.build()
    }

    /// `x [not] in (subquery)`: true when x is among the values; NULL when it is not but x
    /// or one of the values is NULL; false otherwise (always false for no values).
    func evaluateMembership(_ x: BoundExpr, _ s: Subquery, args: [BoundExpr], negated: Bool, _ batch: Batch)
        throws(Diagnostic) -> Vector
    {
        try eachRow(x, against: s, args: args, batch) { answer, v in
            guard case .members(let set, let hasNull) = answer else { return false }
            if set.isEmpty && !hasNull { return negated }
            if v.isNull { return nil }
            if set.contains(v) { return !negated }
            return hasNull ? nil : negated
        }
    }

    /// `x op any (subquery)`: true when x op v holds for some value v; false when it fails for
    /// every v, or there is none; NULL otherwise (x NULL, or only the NULLs could make it hold).
    func evaluateQuantified(_ x: BoundExpr, _ test: ExtremesTest, _ s: Subquery, args: [BoundExpr], _ batch: Batch)
        throws(Diagnostic) -> Vector
    {
        try eachRow(x, against: s, args: args, batch) { answer, v in
            guard case .extremes(let least, let greatest, let hasNull) = answer else { return false }
            if least.isNull && !hasNull { return false }
            if v.isNull { return nil }
            if !least.isNull, Self.someValue(test, v, least: least, greatest: greatest) { return true }
            return hasNull ? nil : false
        }
    }

    /// Evaluates `x` and the outer references once for the batch, then each row's truth from
    /// the subquery's answer for its outer values (`decide` gives nil for NULL).
    private func eachRow(
        _ x: BoundExpr, against s: Subquery, args: [BoundExpr], _ batch: Batch,
        decide: (SubqueryAnswer, Value) -> Bool?
    ) throws(Diagnostic) -> Vector {
        let n = batch.count
        let probe = try evaluate(x, batch)
        var argVectors: [Vector] = []
        for a in args { argVectors.append(try evaluate(a, batch)) }
        var out = [Bool](repeating: false, count: n)
        var validity = Bitmap(count: n, valid: true)
        for i in 0..<n {
            let answer = try answer(s, argVectors.map { $0.value(at: i) })
            if let truth = decide(answer, probe.value(at: i)) {
                out[i] = truth
            } else {
                validity[i] = false
            }
        }
        return Vector(boolean: out, validity: validity)
    }

    /// Whether some value between `least` and `greatest` (both among them) passes `test` with `x`.
    private static func someValue(_ test: ExtremesTest, _ x: Value, least: Value, greatest: Value) -> Bool {
        switch test {
        case .differs: return Comparison.order(x, least) != 0 || Comparison.order(x, greatest) != 0
        case .belowGreatest(let orEqual):
            let order = Comparison.order(x, greatest)
            return order < 0 || (orEqual && order == 0)
        case .aboveLeast(let orEqual):
            let order = Comparison.order(x, least)
            return order > 0 || (orEqual && order == 0)
        }
    }

    /// The subquery's answer for these outer values, run on first need.
    private func answer(_ s: Subquery, _ parameters: [Value]) throws(Diagnostic) -> SubqueryAnswer {
        if let known = subqueryAnswers[s]?[parameters] { return known }
        let child = ExecutionContext(parameters: parameters, parent: context)
        var root = OperatorBuilder.build(s.plan, child)
        if s.kind == .scalar { root = LimitOperator(root, limit: 2, offset: 0) }
        // What one run holds is given back after it: correlated runs do not add up.
        let before = child.budget.reserved
        defer { child.budget.release(bytes: child.budget.reserved - before) }
        let columns = try OperatorBuilder.collect(root, types: s.plan.outputTypes, child)
        let rows = columns.first?.count ?? 0
        let result: SubqueryAnswer
        switch s.kind {
        case .scalar:
            if rows > 1 {
                throw .error(
                    "exec.subquery-rows", "more than one row returned by a subquery used as an expression", at: s.range,
                    help: "add LIMIT 1, or an aggregate such as max(…)")
            }
            result = .value(rows == 0 ? .null : columns[0].value(at: 0))
        case .exists:
            result = .value(.boolean(rows > 0))
        case .membership:
            var set = Set<Value>()
            var hasNull = false
            if let column = columns.first {
                for i in 0..<column.count {
                    let v = column.value(at: i)
                    if v.isNull { hasNull = true } else { set.insert(v) }
                }
            }
            result = .members(set, hasNull: hasNull)
        case .extremes:
            var least = Value.null
            var greatest = Value.null
            var hasNull = false
            if let column = columns.first {
                for i in 0..<column.count {
                    let v = column.value(at: i)
                    if v.isNull {
                        hasNull = true
                    } else if least.isNull {
                        (least, greatest) = (v, v)
                    } else if Comparison.order(v, least) < 0 {
                        least = v
                    } else if Comparison.order(v, greatest) > 0 {
                        greatest = v
                    }
                }
            }
            result = .extremes(least: least, greatest: greatest, hasNull: hasNull)
        }
        subqueryAnswers[s, default: [:]][parameters] = result
        return result
    }
}
