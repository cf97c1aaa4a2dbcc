import PeruseStorage
import PeruseSyntax

/// One window function call: `f(args) over (partition by … order by … frame)`.
struct WindowCall: Hashable {
    enum Function: Hashable {
        case rowNumber, rank, denseRank, lag, lead, firstValue, lastValue
        case aggregate(AggregateKind)
    }

    /// A frame bound; offsets are row counts.
    enum Bound: Hashable {
        case unboundedPreceding
        case preceding(Int)
        case currentRow
        case following(Int)
        case unboundedFollowing
    }

    var function: Function
    /// lag/lead: value, offset (BIGINT constant), default; aggregates: the argument (none for count(*)).
    var args: [BoundExpr]
    var partition: [BoundExpr]
    var order: [BoundExpr]
    /// Direction and NULL placement of each `order` key; `column` is the key's index in `order`.
    var orderKeys: [SortKey]
    /// RANGE frames here only have unbounded or current-row bounds (peers count as current).
    var isRange: Bool
    var start: Bound
    var end: Bound
    var type: DataType
}

/// Window calls found while binding a select list and its order by. Each stands for a
/// column after the input's: bound as `placeholderBase + j` until the input's width is known.
final class WindowCollector {
    static let placeholderBase = 1 << 40
    private(set) var calls: [WindowCall] = []

    func column(for call: WindowCall) -> Int {
        if let i = calls.firstIndex(of: call) { return Self.placeholderBase + i }
        calls.append(call)
        return Self.placeholderBase + calls.count - 1
    }
}

extension ExprBinder {
    /// The functions `over (…)` accepts, for the help of an error.
    static let windowFunctionNames =
        "row_number, rank, dense_rank, lag, lead, first_value, last_value, sum, avg, min, max, count"

    func bindWindow(name: Identifier, args: [Expr], distinct: Bool, spec: WindowSpec, range r: SourceRange)
        throws(Diagnostic) -> BoundExpr
    {
        guard let windows else {
            throw .error(
                "bind.window", "window functions are not allowed in \(clauseName)", at: r,
                help: "window functions belong in the select list or ORDER BY")
        }
        if distinct { throw .error("bind.distinct", "DISTINCT is not supported in window functions", at: r) }
        var inner = self
        inner.windows = nil
        let lower = name.name.lowercased()
        var bound: [BoundExpr] = []
        let function: WindowCall.Function
        var type: DataType = .bigint
        func arity(_ allowed: ClosedRange<Int>) throws(Diagnostic) {
            guard allowed.contains(args.count) else {
                throw .error(
                    "bind.arity",
                    "\(lower)() takes \(allowed.lowerBound == allowed.upperBound ? "\(allowed.lowerBound)" : "\(allowed.lowerBound) to \(allowed.upperBound)") argument(s), got \(args.count)",
                    at: r)
            }
        }
        switch lower {
        case "row_number", "rank", "dense_rank":
            try arity(0...0)
            function = lower == "row_number" ? .rowNumber : (lower == "rank" ? .rank : .denseRank)
        case "lag", "lead":
            try arity(1...3)
            function = lower == "lag" ? .lag : .lead
            let value = try inner.bind(args[0])
            var offset = BoundExpr.constant(.bigint(1), range: r)
            if args.count > 1 {
                offset = try TypeRules.cast(try inner.bind(args[1]), to: .bigint)
                guard offset.constantValue != nil else {
                    throw .error("bind.window", "\(lower)() needs a constant offset", at: args[1].range)
                }
            }
            type = value.type
            var fallback = BoundExpr.constant(.null, type: type, range: r)
            if args.count > 2 {
                let d = try inner.bind(args[2])
                guard let t = TypeRules.commonType(value, d) else {
                    throw .error(
                        "bind.type-mismatch", "\(lower)() default has type \(d.type), not \(value.type)",
                        at: args[2].range)
                }
                type = t
                fallback = try TypeRules.cast(d, to: t)
            }
            bound = [try TypeRules.cast(value, to: type), offset, fallback]
        case "first_value", "last_value":
            try arity(1...1)
            function = lower == "first_value" ? .firstValue : .lastValue
            let value = try inner.bind(args[0])
            type = value.type
            bound = [value]
        default:
            guard let kind = AggregateKind.named(lower), [.count, .sum, .avg, .min, .max].contains(kind) else {
                throw .error(
                    "bind.window", "\(name.name) is not a window function", at: name.range,
                    help: "window functions: \(Self.windowFunctionNames)")
            }
            try arity(1...1)
            if kind == .count, case .star = args[0].kind {
                function = .aggregate(.countStar)
            } else {
                let value = try inner.rowlessArgument(args[0])
                guard let t = kind.resultType(for: value.type) else {
                    throw .error(
                        "bind.aggregate-type", "\(lower)() cannot take a \(value.type) argument", at: args[0].range)
                }
                function = .aggregate(kind)
                type = t
                bound = [value]
            }
        }
        var partition: [BoundExpr] = []
        for p in spec.partitionBy { partition.append(try inner.bind(p)) }
        var order: [BoundExpr] = []
        var keys: [SortKey] = []
        for o in spec.orderBy {
            order.append(try inner.bind(o.expr))
            keys.append(SortKey(column: keys.count, ascending: o.ascending ?? true, nullsFirst: o.nullsFirst ?? false))
        }
        // Without a frame: the whole partition, or with ORDER BY everything up to the current row's peers.
        var isRange = true
        var start = WindowCall.Bound.unboundedPreceding
        var end: WindowCall.Bound = order.isEmpty ? .unboundedFollowing : .currentRow
        if let frame = spec.frame {
            isRange = frame.isRange
            start = try frameBound(frame.start, isRange: isRange)
            end = try frameBound(frame.end, isRange: isRange)
        }
        let call = WindowCall(
            function: function, args: bound, partition: partition, order: order, orderKeys: keys, isRange: isRange,
            start: start, end: end, type: type)
        return BoundExpr(.column(windows.column(for: call)), type: type, range: r)
    }

    /// An aggregate's argument inside a window: `*` is not one.
    private func rowlessArgument(_ e: Expr) throws(Diagnostic) -> BoundExpr {
        if case .star = e.kind { throw .error("bind.star", "only count accepts *", at: e.range) }
        return try bind(e)
    }

    private func frameBound(_ b: FrameBound, isRange: Bool) throws(Diagnostic) -> WindowCall.Bound {
        func offset(_ e: Expr) throws(Diagnostic) -> Int {
            if isRange {
                throw .error(
                    "bind.window-frame", "RANGE frames with an offset are not supported", at: e.range,
                    help: "use ROWS BETWEEN n PRECEDING AND m FOLLOWING")
            }
            let v = try ConstantFolder.evaluate(
                try ExprBinder(scope: Scope(), mode: .rows(clause: "a frame"), settings: settings).bind(e))
            guard case .bigint(let n) = v, n >= 0, n < Int64(Int32.max) else {
                throw .error("bind.window-frame", "a frame offset must be a whole number, 0 or more", at: e.range)
            }
            return Int(n)
        }
        switch b {
        case .unboundedPreceding: return .unboundedPreceding
        case .unboundedFollowing: return .unboundedFollowing
        case .currentRow: return .currentRow
        case .preceding(let e): return .preceding(try offset(e))
        case .following(let e): return .following(try offset(e))
        }
    }
}
