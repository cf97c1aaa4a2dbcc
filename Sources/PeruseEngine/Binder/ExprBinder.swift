import PeruseStorage
import PeruseSyntax

/// Binds expressions of one clause: names to input columns, types to every node.
///
/// In `.aggregated` mode (select list, `having` and `order by` of a grouped query) the
/// input is the aggregation's output: group keys and aggregate results.
struct ExprBinder {
    enum Mode {
        /// Rows of the `from` table. `clause` names the clause for messages.
        case rows(clause: String)
        /// Rows out of an aggregation; `scope` is the table's scope for the arguments.
        case aggregated(AggregateContext)
    }

    let scope: Scope
    var mode: Mode
    let settings: EngineSettings
    /// Where subqueries find tables and CTEs; nil where subqueries are not allowed.
    var context: BindContext?
    /// The enclosing query, for names a subquery does not define itself.
    var correlation: Correlation?
    /// Collects window functions, where they are allowed (select list and order by).
    var windows: WindowCollector?
    /// Recursion guard: the parser bounds nesting, but binding recursion is checked too.
    private var depth = 0
    /// Measured when nesting first passes 32 levels: binding frames are larger than the
    /// parser's, so a thread with a small stack can run short before the parser's limit.
    private var stackGuard: StackGuard?

    init(
        scope: Scope, mode: Mode, settings: EngineSettings, context: BindContext? = nil,
        correlation: Correlation? = nil
    ) {
        self.scope = scope
        self.mode = mode
        self.settings = settings
        self.context = context
        self.correlation = correlation
    }

    /// A binder for the same scope reading raw rows (aggregate arguments, group keys).
    var rowBinder: ExprBinder {
        var copy = self
        copy.mode = .rows(clause: "aggregate arguments")
        copy.windows = nil
        return copy
    }

    /// The name of the clause being bound, for messages.
    var clauseName: String {
        if case .rows(let c) = mode { return c }
        return "SELECT"
    }

    func bind(_ expr: Expr) throws(Diagnostic) -> BoundExpr {
        var copy = self
        copy.depth += 1
        if copy.depth > 2000 {
            throw .error("bind.too-deep", "expression nested too deeply", at: expr.range)
        }
        if copy.depth > 32 {
            if copy.stackGuard == nil { copy.stackGuard = StackGuard(reserve: 128 * 1024) }
            if copy.stackGuard?.isNearlyExhausted() == true {
                throw .error(
                    "bind.too-deep", "expression nested too deeply (\(copy.depth) levels)", at: expr.range,
                    help: "this thread's stack allows no deeper nesting")
            }
        }
        if case .aggregated(let context) = mode {
            if let b = try copy.bindAggregated(expr, context) { return b }
        } else if case .function(let name, _, _) = expr.kind, AggregateKind.named(name.name) != nil {
            let clause: String
            if case .rows(let c) = mode { clause = c } else { clause = "" }
            throw .error(
                "bind.aggregate-in-where", "aggregate functions are not allowed in \(clause)", at: expr.range,
                help: clause == "WHERE" ? "to filter on an aggregate, use HAVING after GROUP BY" : nil)
        }
        return try copy.bindNode(expr)
    }

    /// In aggregated mode: an aggregate call or a grouped expression becomes a column of
    /// the aggregation's output. Returns nil to bind the node's children as usual.
    private func bindAggregated(_ expr: Expr, _ context: AggregateContext) throws(Diagnostic) -> BoundExpr? {
        if case .function(let name, let args, let distinct) = expr.kind, let kind = AggregateKind.named(name.name) {
            let call = try bindAggregateCall(kind, name: name, args: args, distinct: distinct, range: expr.range)
            return BoundExpr(.column(context.column(for: call)), type: call.type, range: expr.range)
        }
        if !context.groups.isEmpty, !expr.containsAggregate, !expr.isSubqueryOrWindow,
            let b = try? rowBinder.bind(expr),
            let i = context.groups.firstIndex(of: b)
        {
            return BoundExpr(.column(i), type: b.type, range: expr.range)
        }
        if case .column(let table, let name) = expr.kind {
            if !scope.canResolve(table: table, name: name), let outer = try outerReference(expr) { return outer }
            _ = try scope.resolve(table: table, name: name)  // unknown names say so first
            let written = (table.map { "\($0.name)." } ?? "") + name.name
            throw .error(
                "bind.not-grouped",
                "column \"\(written)\" must appear in the GROUP BY clause or be used in an aggregate function",
                at: expr.range,
                help: "add \(written) to GROUP BY, or use an aggregate such as max(\(written))")
        }
        return nil
    }

    private func bindAggregateCall(
        _ kind: AggregateKind, name: Identifier, args: [Expr], distinct: Bool, range: SourceRange
    ) throws(Diagnostic) -> AggregateCall {
        if kind == .count, args.count == 1, case .star = args[0].kind {
            return AggregateCall(kind: .countStar, argument: nil, distinct: false, type: .bigint)
        }
        guard kind.arity.contains(args.count) else {
            let want =
                kind.arity.count == 1
                ? "\(kind.arity.lowerBound) argument\(kind.arity.lowerBound == 1 ? "" : "s")"
                : "\(kind.arity.lowerBound) to \(kind.arity.upperBound) arguments"
            throw .error(
                "bind.arity", "\(name.name.lowercased())() takes \(want), got \(args.count)", at: range)
        }
        if case .star = args[0].kind {
            throw .error("bind.star", "only count accepts *", at: args[0].range, help: "use count(*)")
        }
        if args[0].containsAggregate {
            throw .error("bind.nested-aggregate", "aggregate function calls cannot be nested", at: args[0].range)
        }
        var arg = try rowBinder.bind(args[0])
        if kind == .stringAgg { arg = try TypeRules.cast(arg, to: .varchar) }
        guard let type = kind.resultType(for: arg.type) else {
            var diagnostic = Diagnostic.error(
                "bind.aggregate-type", "\(name.name.lowercased())() cannot take a \(arg.type) argument",
                at: args[0].range)
            // `sum(place)`: adding up words is a beginner's way of asking how many there are.
            if arg.type == .varchar, [.sum, .avg].contains(kind), let written = context?.source.slice(args[0].range) {
                diagnostic.help = "\(name.name.lowercased())() works on numbers and \(written) holds text; to count its values, use count(\(written))"
                diagnostic.fixes = [.replace(range, with: "count(\(written))")]
            }
            throw diagnostic
        }
        var call = AggregateCall(kind: kind, argument: arg, distinct: distinct, type: type)
        try bindAggregateExtras(&call, args, name: name)
        return call
    }

    private func bindNode(_ expr: Expr) throws(Diagnostic) -> BoundExpr {
        let r = expr.range
        switch expr.kind {
        case .literal(let lit):
            return try bindLiteral(lit, range: r)
        case .column, .window, .subquery, .exists, .inSubquery, .quantified:
            return try bindReference(expr)
        case .star:
            throw .error("bind.star", "* is only allowed in a select list or count(*)", at: r)
        case .unary(let op, let operand):
            let e = try bind(operand)
            switch op {
            case .not:
                return BoundExpr(.not(try TypeRules.condition(e, clause: "NOT")), type: .boolean, range: r)
            case .plus:
                guard e.type.isNumeric || e.type == .null else { throw Self.operatorError("+", e, nil, r) }
                return e
            case .negate:
                guard e.type.isNumeric || e.type == .null else { throw Self.operatorError("-", e, nil, r) }
                let t: DataType = e.type == .null ? .bigint : e.type
                return BoundExpr(.negate(try TypeRules.cast(e, to: t)), type: t, range: r)
            }
        case .binary(let op, let lhs, let rhs):
            return try bindBinary(op, try bind(lhs), try bind(rhs), range: r)
        case .between(let e, let low, let high, let negated):
            let v = try bind(e)
            let lo = try bindComparison(.greaterEqual, v, try bind(low), range: r)
            let hi = try bindComparison(.lessEqual, v, try bind(high), range: r)
            let both = BoundExpr(.and(lo, hi), type: .boolean, range: r)
            return negated ? BoundExpr(.not(both), type: .boolean, range: r) : both
        case .inList(let e, let items, let negated):
            let v = try bind(e)
            var list: [BoundExpr] = []
            for item in items { list.append(try bind(item)) }
            guard let t = TypeRules.commonType([v] + list) else {
                throw .error("bind.type-mismatch", "Cannot compare values in IN list with \(v.type)", at: r)
            }
            var cast: [BoundExpr] = []
            for item in list { cast.append(try TypeRules.cast(item, to: t)) }
            return BoundExpr(.inList(try TypeRules.cast(v, to: t), cast, negated: negated), type: .boolean, range: r)
        case .like(let e, let pattern, let escape, let ci, let negated):
            let v = try textOperand(try bind(e), ci ? "ILIKE" : "LIKE")
            let p = try textOperand(try bind(pattern), ci ? "ILIKE" : "LIKE")
            var c: BoundExpr?
            if let escape { c = try textOperand(try bind(escape), "ESCAPE") }
            return BoundExpr(
                .like(v, pattern: p, escape: c, caseInsensitive: ci, negated: negated), type: .boolean, range: r)
        case .isNull(let e, let negated):
            return BoundExpr(.isNull(try bind(e), negated: negated), type: .boolean, range: r)
        case .caseWhen(let operand, let whens, let otherwise):
            return try bindCase(operand: operand, whens: whens, otherwise: otherwise, range: r)
        case .cast(let e, let typeName):
            guard let t = DataType.named(typeName.name) else {
                let help = closestMatch(typeName.name, among: DataType.canonicalNames).map { "did you mean \($0)?" }
                throw .error("bind.unknown-type", "no such type: \(typeName.name)", at: typeName.range, help: help)
            }
            let inner = try bind(e)
            if inner.type == t { return inner }
            // A constant is converted now, and one that cannot convert is an error now, as DuckDB
            // folds constants (only a plan it prunes to nothing, `where false`, skips the error).
            if let v = inner.constantValue {
                do {
                    return .constant(try CastKernels.castValue(v, to: t), type: t, range: r)
                } catch let error {
                    var d = error
                    d.range = r
                    throw d
                }
            }
            return BoundExpr(.cast(inner), type: t, range: r)
        case .function(let name, let args, let distinct):
            if distinct {
                throw .error("bind.distinct", "DISTINCT is only allowed in aggregate functions", at: r)
            }
            var bound: [BoundExpr] = []
            for a in args { bound.append(try bind(a)) }
            return try FunctionBinder.bind(name: name, args: bound, range: r)
        }
    }

    /// Columns (local or outer), window calls and subqueries: kept out of `bindNode`, whose
    /// frame is on the path of every nesting level.
    @inline(never)
    private func bindReference(_ expr: Expr) throws(Diagnostic) -> BoundExpr {
        let r = expr.range
        switch expr.kind {
        case .column(let table, let name):
            do {
                let (index, type) = try scope.resolve(table: table, name: name)
                return BoundExpr(.column(index), type: type, range: r)
            } catch let error {
                guard error.id == "bind.unknown-column" || error.id == "bind.unknown-table",
                    let outer = try outerReference(expr)
                else { throw error }
                return outer
            }
        case .window(let name, let args, let distinct, let spec):
            return try bindWindow(name: name, args: args, distinct: distinct, spec: spec, range: r)
        case .subquery(let query):
            return try bindSubquery(query, range: r)
        case .exists(let query, let negated):
            let e = try bindExists(query, range: r)
            return negated ? BoundExpr(.not(e), type: .boolean, range: r) : e
        case .inSubquery(let value, let query, let negated):
            return try bindInSubquery(try bind(value), query, negated: negated, range: r)
        case .quantified(let value, let op, let query, let all):
            guard let comparison = ComparisonOperator(op) else {
                throw .error("bind.internal", "not a reference", at: r)
            }
            return try bindQuantified(try bind(value), comparison, query, all: all, range: r)
        default:
            throw .error("bind.internal", "not a reference", at: r)
        }
    }

    /// An operand of LIKE: text (or NULL); numbers need an explicit cast, as in DuckDB.
    private func textOperand(_ e: BoundExpr, _ op: String) throws(Diagnostic) -> BoundExpr {
        if e.type == .varchar || e.type == .null { return try TypeRules.cast(e, to: .varchar) }
        throw .error(
            "bind.operator-type", "\(op) needs text, got \(e.type)", at: e.range,
            help: "cast it to text first: cast(x as VARCHAR) \(op.lowercased()) …")
    }

    private func bindLiteral(_ lit: Literal, range: SourceRange) throws(Diagnostic) -> BoundExpr {
        switch lit {
        case .integer(let text):
            if let v = Int64(text) { return .constant(.bigint(v), range: range) }
            if let d = Double(text) { return .constant(.double(d), range: range) }
            throw .error("bind.bad-number", "invalid number: \(text)", at: range)
        case .decimal(let text):
            guard let d = Double(text) else {
                throw .error("bind.bad-number", "invalid number: \(text)", at: range)
            }
            return .constant(.double(d), range: range)
        case .string(let s): return .constant(.varchar(s), range: range)
        case .boolean(let b): return .constant(.boolean(b), range: range)
        case .null: return .constant(.null, range: range)
        }
    }

    private func bindBinary(_ op: BinaryOperator, _ a: BoundExpr, _ b: BoundExpr, range r: SourceRange)
        throws(Diagnostic) -> BoundExpr
    {
        switch op {
        case .and, .or:
            let x = try TypeRules.condition(a, clause: op.rawValue.uppercased())
            let y = try TypeRules.condition(b, clause: op.rawValue.uppercased())
            return BoundExpr(op == .and ? .and(x, y) : .or(x, y), type: .boolean, range: r)
        case .equal: return try bindComparison(.equal, a, b, range: r)
        case .notEqual: return try bindComparison(.notEqual, a, b, range: r)
        case .less: return try bindComparison(.less, a, b, range: r)
        case .lessEqual: return try bindComparison(.lessEqual, a, b, range: r)
        case .greater: return try bindComparison(.greater, a, b, range: r)
        case .greaterEqual: return try bindComparison(.greaterEqual, a, b, range: r)
        case .concat:
            return BoundExpr(
                .concat(try TypeRules.cast(a, to: .varchar), try TypeRules.cast(b, to: .varchar)), type: .varchar,
                range: r)
        case .add: return try bindArithmetic(.add, a, b, range: r)
        case .subtract: return try bindArithmetic(.subtract, a, b, range: r)
        case .multiply: return try bindArithmetic(.multiply, a, b, range: r)
        case .divide:
            return try bindArithmetic(settings.integerDivision ? .integerDivide : .divide, a, b, range: r)
        case .integerDivide: return try bindArithmetic(.integerDivide, a, b, range: r)
        case .modulo: return try bindArithmetic(.modulo, a, b, range: r)
        }
    }

    func bindComparison(_ op: ComparisonOperator, _ a: BoundExpr, _ b: BoundExpr, range r: SourceRange)
        throws(Diagnostic) -> BoundExpr
    {
        guard let t = TypeRules.commonType(a, b) else {
            throw .error(
                "bind.type-mismatch", "Cannot compare values of type \(a.type) and type \(b.type)", at: r,
                help: "an explicit cast is required, e.g. cast(x as \(a.type == .varchar ? b.type : a.type))")
        }
        return BoundExpr(
            .comparison(op, try TypeRules.cast(a, to: t), try TypeRules.cast(b, to: t)), type: .boolean, range: r)
    }

    private func bindArithmetic(_ op: ArithmeticOperator, _ a0: BoundExpr, _ b0: BoundExpr, range r: SourceRange)
        throws(Diagnostic) -> BoundExpr
    {
        // A string literal next to a number takes the number's type, as in DuckDB.
        var a = a0
        var b = b0
        if a.isStringLiteral && b.type.isNumeric { a = try TypeRules.cast(a, to: b.type) }
        if b.isStringLiteral && a.type.isNumeric { b = try TypeRules.cast(b, to: a.type) }
        // Dates: date ± days, date - date.
        if a.type == .date || b.type == .date {
            return try bindDateArithmetic(op, a, b, range: r)
        }
        let ok: (DataType) -> Bool = { $0.isNumeric || $0 == .null }
        guard ok(a.type), ok(b.type) else { throw Self.operatorError(op.rawValue, a, b, r) }
        var t: DataType = (a.type == .double || b.type == .double) ? .double : .bigint
        if op == .divide { t = .double }
        let x = try TypeRules.cast(a, to: t)
        let y = try TypeRules.cast(b, to: t)
        return BoundExpr(.arithmetic(op, x, y), type: t, range: r)
    }

    private func bindDateArithmetic(_ op: ArithmeticOperator, _ a: BoundExpr, _ b: BoundExpr, range r: SourceRange)
        throws(Diagnostic) -> BoundExpr
    {
        switch (op, a.type, b.type) {
        case (.add, .date, .bigint), (.subtract, .date, .bigint):
            let days = BoundExpr(.arithmetic(op, a.retyped(.bigint), b), type: .bigint, range: r)
            return days.retyped(.date)
        case (.add, .bigint, .date):
            return BoundExpr(.arithmetic(.add, a, b.retyped(.bigint)), type: .bigint, range: r).retyped(.date)
        case (.subtract, .date, .date):
            return BoundExpr(.arithmetic(.subtract, a.retyped(.bigint), b.retyped(.bigint)), type: .bigint, range: r)
        default:
            throw Self.operatorError(op.rawValue, a, b, r)
        }
    }

    private func bindCase(operand: Expr?, whens: [WhenClause], otherwise: Expr?, range r: SourceRange)
        throws(Diagnostic) -> BoundExpr
    {
        let subject = try operand.map { (e: Expr) throws(Diagnostic) -> BoundExpr in try bind(e) }
        var conditions: [BoundExpr] = []
        var results: [BoundExpr] = []
        for w in whens {
            let c = try bind(w.condition)
            if let subject {
                conditions.append(try bindComparison(.equal, subject, c, range: w.condition.range))
            } else {
                conditions.append(try TypeRules.condition(c, clause: "CASE WHEN"))
            }
            results.append(try bind(w.result))
        }
        let elseExpr =
            try otherwise.map { (e: Expr) throws(Diagnostic) -> BoundExpr in try bind(e) }
            ?? .constant(.null, range: r)
        guard let t = TypeRules.commonType(results + [elseExpr]) else {
            let types = Set((results + [elseExpr]).map(\.type).filter { $0 != .null }).map(\.description).sorted()
            throw .error(
                "bind.type-mismatch", "CASE branches have different types: \(types.joined(separator: ", "))", at: r,
                help: "cast the branches to one type, e.g. cast(x as VARCHAR)")
        }
        var bw: [BoundWhen] = []
        for (c, res) in zip(conditions, results) {
            bw.append(BoundWhen(condition: c, result: try TypeRules.cast(res, to: t)))
        }
        return BoundExpr(.caseWhen(bw, otherwise: try TypeRules.cast(elseExpr, to: t)), type: t, range: r)
    }

    static func operatorError(_ op: String, _ a: BoundExpr, _ b: BoundExpr?, _ r: SourceRange) -> Diagnostic {
        let types = b.map { "\(a.type) \(op) \($0.type)" } ?? "\(op)\(a.type)"
        return .error(
            "bind.operator-type", "cannot apply \(op) to \(types)", at: r,
            help: a.type == .varchar || b?.type == .varchar ? "convert text to a number with cast(x as DOUBLE)" : nil)
    }
}

extension BoundExpr {
    /// The same node under another type with the same storage (DATE ↔ BIGINT days).
    func retyped(_ t: DataType) -> BoundExpr {
        var copy = self
        copy.type = t
        return copy
    }
}

extension Expr {
    /// True for subqueries and window calls, which are never group keys themselves.
    var isSubqueryOrWindow: Bool {
        switch kind {
        case .subquery, .exists, .inSubquery, .quantified, .window: return true
        default: return false
        }
    }

    /// True when an aggregate call appears anywhere in this expression (outside subqueries).
    var containsAggregate: Bool {
        switch kind {
        case .literal, .column, .star, .subquery, .exists: return false
        case .inSubquery(let e, _, _), .quantified(let e, _, _, _): return e.containsAggregate
        case .window(_, let args, _, let spec):
            return args.contains { $0.containsAggregate } || spec.partitionBy.contains { $0.containsAggregate }
                || spec.orderBy.contains { $0.expr.containsAggregate }
        case .function(let name, let args, _):
            return AggregateKind.named(name.name) != nil || args.contains { $0.containsAggregate }
        case .unary(_, let e), .isNull(let e, _), .cast(let e, _): return e.containsAggregate
        case .binary(_, let a, let b): return a.containsAggregate || b.containsAggregate
        case .between(let e, let lo, let hi, _):
            return e.containsAggregate || lo.containsAggregate || hi.containsAggregate
        case .inList(let e, let items, _): return e.containsAggregate || items.contains { $0.containsAggregate }
        case .like(let e, let p, let c, _, _):
            return e.containsAggregate || p.containsAggregate || (c?.containsAggregate ?? false)
        case .caseWhen(let op, let whens, let otherwise):
            return (op?.containsAggregate ?? false)
                || whens.contains { $0.condition.containsAggregate || $0.result.containsAggregate }
                || (otherwise?.containsAggregate ?? false)
        }
    }
}
