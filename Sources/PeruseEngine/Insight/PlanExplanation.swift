import PeruseStorage
import PeruseSyntax

/// `explain`: the steps the executor built for a query, in the order rows flow through
/// them, each in plain words with the rows that went in and came out when it ran:
///
/// ```
/// 1. read table crime: 5 rows
/// 2. keep rows where year >= 2021: 5 rows → 3 rows
/// 3. compute year, rate: 3 rows → 3 rows
/// ```
///
/// The words come from the plan nodes the operators were built from; the counts from
/// the operators themselves (see `QueryProfile`).
struct PlanExplanation {
    let profile: QueryProfile
    let plan: QueryPlan
    let source: SourceText
    let analyze: Bool
    let total: Duration
    let resultRows: Int
    /// Steps done on the whole result after the operators (`yoy`), without times.
    var finalSteps: [FinalStep] = []

    struct FinalStep {
        var action: String
        var rowsIn: Int
        var rowsOut: Int
    }

    func table() -> ResultTable {
        var steps = VectorBuilder(type: .bigint)
        var actions = VectorBuilder(type: .varchar)
        var rowsIn = VectorBuilder(type: .bigint)
        var rowsOut = VectorBuilder(type: .bigint)
        var nullDropped = VectorBuilder(type: .bigint)
        var times = VectorBuilder(type: .double)
        var lines: [String] = []
        var context = DescriptionContext(columnNames: plan.columnNames)
        for (k, step) in profile.steps.enumerated() {
            let action = describe(step, &context)
            let inputs = step.inputs.map { profile.steps[$0].stats.rowsOut }
            let exclusive = step.stats.nanoseconds - step.inputs.reduce(0) { $0 + profile.steps[$1].stats.nanoseconds }
            let milliseconds = Double(max(0, exclusive)) / 1_000_000
            steps.append(.bigint(Int64(k + 1)))
            actions.append(.varchar(action))
            rowsIn.append(inputs.isEmpty ? .null : .bigint(Int64(inputs.reduce(0, +))))
            rowsOut.append(.bigint(Int64(step.stats.rowsOut)))
            times.append(.double(milliseconds))
            nullDropped.append(step.filter.map { .bigint(Int64($0.droppedUnknown)) } ?? .null)
            var line = "\(k + 1). \(action): "
            line +=
                inputs.isEmpty ? rows(step.stats.rowsOut) : "\(rows(inputs.reduce(0, +))) → \(rows(step.stats.rowsOut))"
            if analyze { line += " (\(Self.milliseconds(milliseconds)))" }
            if let filter = step.filter, filter.droppedUnknown > 0, case .filter(let child, let condition) = step.node {
                line += "; " + nullDrop(filter.droppedUnknown, condition, child)
            }
            lines.append(line)
        }
        for (offset, step) in finalSteps.enumerated() {
            let number = profile.steps.count + offset + 1
            steps.append(.bigint(Int64(number)))
            actions.append(.varchar(step.action))
            rowsIn.append(.bigint(Int64(step.rowsIn)))
            rowsOut.append(.bigint(Int64(step.rowsOut)))
            nullDropped.append(.null)
            times.append(.null)
            lines.append("\(number). \(step.action): \(rows(step.rowsIn)) → \(rows(step.rowsOut))")
        }
        lines.append("result: \(rows(resultRows))" + (analyze ? " in \(Self.milliseconds(Self.ms(total)))" : ""))
        var names = ["step", "action", "rows_in", "rows_out", "dropped_as_null"]
        var columns = [steps.build(), actions.build(), rowsIn.build(), rowsOut.build(), nullDropped.build()]
        if analyze {
            names.append("ms")
            columns.append(times.build())
        }
        var table = ResultTable(columnNames: names, columns: columns)
        table.plainText = lines.joined(separator: "\n") + "\n"
        return table
    }

    private func rows(_ n: Int) -> String { n == 1 ? "1 row" : "\(n) rows" }

    private func nullDrop(_ n: Int, _ condition: BoundExpr, _ child: PlanNode) -> String {
        StatementRunner.droppedRowsText(dropped: n, condition: condition, over: child, source: source, explained: false)
    }

    static func ms(_ d: Duration) -> Double {
        let (seconds, attoseconds) = d.components
        return Double(seconds) * 1000 + Double(attoseconds) / 1e15
    }

    /// `0.012 ms`: three decimals, enough for the small built-in tables.
    static func milliseconds(_ ms: Double) -> String {
        guard ms.isFinite, ms >= 0, ms < 1e12 else { return "? ms" }
        let thousandths = Int((ms * 1000).rounded())
        let fraction = String(thousandths % 1000)
        return "\(thousandths / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction) ms"
    }

    /// What later steps need to know about earlier ones: the names of the result columns and
    /// the expressions of the projection that sorting keys point into.
    struct DescriptionContext {
        var columnNames: [String]
        var projected: [BoundExpr] = []
    }

    private func text(_ e: BoundExpr) -> String {
        let t = source.slice(e.range)
        return t.isEmpty
            ? "?" : t.split(whereSeparator: { $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }

    private func describe(_ step: QueryProfile.Step, _ context: inout DescriptionContext) -> String {
        switch step.node {
        case .scan(let table): return "read table \(table.name)"
        case .singleRow: return "start from one empty row (no from)"
        case .filter(let child, let condition):
            return (child.isAggregate ? "keep groups where " : "keep rows where ") + text(condition)
        case .aggregate(_, let groups, let aggregates):
            let computed = aggregates.map(aggregateText).joined(separator: ", ")
            if groups.isEmpty { return "compute \(computed) over all rows" }
            let keys = groups.map(text).joined(separator: ", ")
            return aggregates.isEmpty ? "group by \(keys)" : "group by \(keys) and compute \(computed) per group"
        case .project(_, let exprs):
            if context.projected.isEmpty {
                context.projected = exprs
                let names = exprs.indices.map {
                    $0 < context.columnNames.count ? context.columnNames[$0] : text(exprs[$0])
                }
                return "compute the columns " + names.joined(separator: ", ")
            }
            return "drop the columns only the sort needed"
        case .distinct: return "remove duplicate rows"
        case .sort(_, let keys): return "sort by " + keyText(keys, context)
        case .topN(_, let keys, let limit, let offset):
            let skip = offset > 0 ? ", skip \(rows(offset))" : ""
            return "sort by \(keyText(keys, context))\(skip) and keep the first \(rows(limit))"
        case .limit(_, let limit, let offset):
            let skip = offset > 0 ? "skip \(rows(offset))" : ""
            guard let limit else { return skip }
            return (skip.isEmpty ? "" : skip + ", then ") + "keep the first \(rows(limit))"
        case .join(let spec, _, _):
            let kind: String
            switch spec.kind {
            case .inner: kind = "join"
            case .left: kind = "left join"
            case .right: kind = "right join"
            case .full: kind = "full join"
            }
            var how = spec.leftKeys.isEmpty
                ? "pairing every row with every row" : "on equal " + spec.leftKeys.map(text).joined(separator: ", ")
            if let residual = spec.residual { how += " where " + text(residual) }
            return "\(kind) the two inputs \(how)"
        case .setOperation(let op, let all, _, _):
            return "\(op) of the two inputs" + (all ? " (all rows)" : "")
        case .window(_, let calls):
            return "compute \(calls.count) window function\(calls.count == 1 ? "" : "s")"
        }
    }

    private func aggregateText(_ call: AggregateCall) -> String {
        guard let argument = call.argument else { return "count(*)" }
        return "\(call.kind.rawValue)(\(call.distinct ? "distinct " : "")\(text(argument)))"
    }

    private func keyText(_ keys: [SortKey], _ context: DescriptionContext) -> String {
        keys.map { key in
            var name = "?"
            if key.column < context.columnNames.count {
                name = context.columnNames[key.column]
            } else if key.column < context.projected.count {
                name = text(context.projected[key.column])
            }
            return name + (key.ascending ? "" : " descending") + (key.nullsFirst ? " (NULLs first)" : "")
        }.joined(separator: ", ")
    }
}
