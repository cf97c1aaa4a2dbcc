import PeruseStorage
import PeruseSyntax

/// What a reader should know beside a query's rows: where the figures come from, their units,
/// rows a filter dropped because its condition was NULL, and sums or comparisons across units.
extension StatementRunner {
    /// Runs a `select` and annotates its result (`yoy(…)` items are computed here too).
    func annotatedQuery(_ select: SelectStatement) throws(Diagnostic) -> ResultTable {
        if let yearOverYear = try YearOverYear(select, source: source) {
            return try yearOverYear.run(with: self).table
        }
        let executed = try execute(select, profile: nil)
        var table = executed.table
        table.annotations = annotations(for: select, executed: executed)
        return table
    }

    /// Provenance, units and notes for the result of `select`.
    func annotations(for select: SelectStatement, executed: ExecutedQuery) -> ResultAnnotations {
        var out = ResultAnnotations()
        let metadata = fromTable(select)?.metadata
        if let metadata { out.provenance = [metadata.footer] }
        out.units = outputUnits(select, metadata: metadata)
        out.notes = nullNotes(executed.context) + unitWarnings(select, metadata: metadata)
        return out
    }

    /// The table a query reads, when it reads one.
    func fromTable(_ select: SelectStatement) -> Table? {
        guard case .table(let name, _) = select.from else { return nil }
        return engine.catalog.table(name.name)
    }

    /// The unit of each output column: a column taken as it is keeps its table's unit.
    private func outputUnits(_ select: SelectStatement, metadata: TableMetadata?) -> [String?] {
        guard let metadata, let table = fromTable(select) else { return [] }
        var units: [String?] = []
        for item in select.items {
            switch item {
            case .star: units += table.schema.map { metadata.unit(of: $0.name) }
            case .expr(let e, _): units.append(UnitRules(metadata: metadata).unit(of: e))
            }
        }
        return units
    }

    /// `dropped 24 rows where year is NULL (…)`, for every filter that dropped rows because
    /// its condition was NULL rather than false.
    func nullNotes(_ context: ExecutionContext) -> [String] {
        context.filters.compactMap { filter, node in
            guard filter.droppedUnknown > 0, case .filter(let child, let condition) = node else { return nil }
            return Self.nullNote(dropped: filter.droppedUnknown, condition: condition, over: child, source: source)
        }
    }

    static func nullNote(dropped: Int, condition: BoundExpr, over child: PlanNode, source: SourceText) -> String {
        let clause = child.isAggregate ? "having" : "where"
        return clause + ": "
            + droppedRowsText(dropped: dropped, condition: condition, over: child, source: source, explained: true)
    }

    /// `dropped 24 rows where year is NULL`, naming the column when the condition reads only one
    /// column of a table; `explained` adds why (the condition was neither true nor false).
    static func droppedRowsText(
        dropped: Int, condition: BoundExpr, over child: PlanNode, source: SourceText, explained: Bool
    ) -> String {
        let rows = dropped == 1 ? "1 row" : "\(dropped) rows"
        let text = source.slice(condition.range)
        if case .scan(let table) = child, condition.isNullOnlyFromColumns, condition.columnsUsed.count == 1,
            let column = condition.columnsUsed.first, column < table.schema.count
        {
            let name = table.schema[column].name
            return "dropped \(rows) where \(name) is NULL"
                + (explained ? " (\(text) is neither true nor false for them)" : "")
        }
        return "dropped \(rows) where \(text) is NULL" + (explained ? ", neither true nor false" : "")
    }

    /// Warnings for adding, subtracting or comparing values whose units differ.
    private func unitWarnings(_ select: SelectStatement, metadata: TableMetadata?) -> [String] {
        guard let metadata else { return [] }
        var warnings: [String] = []
        let rules = UnitRules(metadata: metadata)
        for item in select.items {
            if case .expr(let e, _) = item { _ = rules.unit(of: e, warnings: &warnings) }
        }
        if let w = select.whereClause { _ = rules.unit(of: w, warnings: &warnings) }
        if let h = select.having { _ = rules.unit(of: h, warnings: &warnings) }
        var seen = Set<String>()
        return warnings.filter { seen.insert($0).inserted }
    }
}

extension PlanNode {
    var isAggregate: Bool {
        if case .aggregate = self { return true }
        return false
    }
}

/// How units flow through an expression: a column has its table's unit; `+`, `-`, `abs`,
/// `round`, `min`, `max`, `sum`, `avg` and `median` keep it; `*` and `/` make a new, unknown one.
struct UnitRules {
    let metadata: TableMetadata

    private static let unitKeeping: Set<String> = [
        "abs", "round", "floor", "ceil", "min", "max", "sum", "avg", "mean", "median", "coalesce",
    ]

    /// The unit of `e`, or nil when it has none or it cannot be known.
    func unit(of e: Expr) -> String? {
        var ignored: [String] = []
        return unit(of: e, into: &ignored)
    }

    /// The unit of `e`, adding a warning for each place where units are mixed.
    func unit(of e: Expr, warnings: inout [String]) -> String? {
        unit(of: e, into: &warnings)
    }

    private func unit(of e: Expr, into warnings: inout [String]) -> String? {
        switch e.kind {
        case .column(_, let name): return metadata.unit(of: name.name)
        case .unary(.not, let x):
            _ = unit(of: x, into: &warnings)
            return nil
        case .unary(_, let x), .cast(let x, _): return unit(of: x, into: &warnings)
        case .binary(let op, let a, let b):
            let ua = unit(of: a, into: &warnings)
            let ub = unit(of: b, into: &warnings)
            switch op {
            case .add, .subtract, .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual:
                if let ua, let ub, ua != ub {
                    let verb = op == .add ? "adding" : op == .subtract ? "subtracting" : "comparing"
                    warnings.append("\(verb) values in different units: \(ua) and \(ub)")
                    return nil
                }
                return op == .add || op == .subtract ? (ua ?? ub) : nil
            default: return nil
            }
        case .between(let x, let lo, let hi, _):
            let ux = unit(of: x, into: &warnings)
            for bound in [lo, hi] {
                if let ux, let ub = unit(of: bound, into: &warnings), ub != ux {
                    warnings.append("comparing values in different units: \(ux) and \(ub)")
                }
            }
            return nil
        case .function(let name, let args, _):
            let units = args.map { unit(of: $0, into: &warnings) }
            return Self.unitKeeping.contains(name.name.lowercased()) ? units.first ?? nil : nil
        case .caseWhen(_, let whens, let otherwise):
            for w in whens {
                _ = unit(of: w.condition, into: &warnings)
                _ = unit(of: w.result, into: &warnings)
            }
            if let otherwise { _ = unit(of: otherwise, into: &warnings) }
            return nil
        case .inList(let x, let items, _):
            _ = unit(of: x, into: &warnings)
            items.forEach { _ = unit(of: $0, into: &warnings) }
            return nil
        case .like, .isNull, .literal, .star, .window, .subquery, .exists, .inSubquery, .quantified: return nil
        }
    }
}
