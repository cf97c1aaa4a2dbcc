import PeruseStorage
import PeruseSyntax

/// `yoy(value, year)` in a select list: the change in `value` from the row of the *previous
/// year* (`year - 1`) in the same result, or NULL when no row has that year. `yoy(value)`
/// reads the year from a column named `year`.
///
/// Unlike a positional `lag(value)`, a missing year is never skipped over: `extortion` has
/// 2021 and 2023 only, so 2023's change is NULL, with a note saying why. The query runs
/// first (filters, grouping, order); the changes are then looked up by year; `limit` and
/// `offset` apply last, so they never hide the previous year's row.
struct YearOverYear {
    private struct Call {
        var item: Int
        var value: Expr
        var year: Expr
        var name: String
        var range: SourceRange
    }

    private let select: SelectStatement
    private let calls: [Call]
    private let source: SourceText

    /// Nil when `select` has no `yoy` item; an error when `yoy` stands anywhere else.
    init?(_ select: SelectStatement, source: SourceText) throws(Diagnostic) {
        var calls: [Call] = []
        for (k, item) in select.items.enumerated() {
            guard case .expr(let e, let alias) = item else { continue }
            if case .function(let name, let args, let distinct) = e.kind, name.name.lowercased() == "yoy" {
                guard !distinct, args.count == 1 || args.count == 2 else {
                    throw .error(
                        "bind.yoy", "yoy takes a value and, optionally, a year: yoy(reports, year)", at: e.range)
                }
                let year =
                    args.count == 2 ? args[1] : Expr(.column(table: nil, name: Identifier("year")), range: e.range)
                let text = source.slice(e.range)
                calls.append(Call(item: k, value: args[0], year: year, name: alias?.name ?? text, range: e.range))
                for a in args { try Self.rejectNested(a) }
            } else {
                try Self.rejectNested(e)
            }
        }
        for e in [select.whereClause, select.having].compactMap({ $0 }) + select.orderBy.map(\.expr) {
            try Self.rejectNested(e)
        }
        guard !calls.isEmpty else { return nil }
        self.select = select
        self.calls = calls
        self.source = source
    }

    private static func rejectNested(_ e: Expr) throws(Diagnostic) {
        if let call = e.firstCall(named: "yoy") {
            throw .error(
                "bind.yoy", "yoy(…) must be a whole item of the select list", at: call.range,
                help: "select year, yoy(reports, year) as change from extortion")
        }
    }

    /// The words for the step that works out the changes, as `explain` lists it.
    var stepDescription: String {
        "look up each row's previous year for " + calls.map { source.slice($0.range) }.joined(separator: ", ")
    }

    /// The `limit`/`offset` step applied after the changes, if any, as `explain` lists it.
    var hasLimit: Bool { select.limit != nil || select.offset != nil }

    func run(with runner: StatementRunner, profile: QueryProfile? = nil) throws(Diagnostic) -> (
        table: ResultTable, executed: StatementRunner.ExecutedQuery
    ) {
        // The query with each yoy item replaced by its value and its year added at the end.
        var rewritten = select
        rewritten.limit = nil
        rewritten.offset = nil
        for call in calls {
            rewritten.items[call.item] = .expr(call.value, alias: Identifier(call.name, quoted: true))
            rewritten.items.append(.expr(call.year, alias: nil))
        }
        let executed = try runner.execute(rewritten, profile: profile)
        var table = executed.table
        var notes = runner.nullNotes(executed.context)
        let visibleCount = table.columns.count - calls.count
        let starWidth = runner.fromTable(select)?.schema.count ?? 0
        var changedColumns: [(column: Int, value: Expr)] = []
        for (k, call) in calls.enumerated() {
            // Stars before the item widen the result, so count columns, not items.
            let column = select.items.prefix(call.item).reduce(0) { n, item in
                if case .star = item { return n + starWidth }
                return n + 1
            }
            guard column < visibleCount else { continue }
            let (change, note) = try Self.changes(
                values: table.columns[column], years: table.columns[visibleCount + k], call: call.range, text: call.name
            )
            table.columns[column] = change
            changedColumns.append((column, call.value))
            if let note { notes.append(note) }
        }
        var columns = Array(table.columns.prefix(visibleCount))
        let names = Array(table.columnNames.prefix(visibleCount))
        let offset = try select.offset.map { (e: Expr) throws(Diagnostic) -> Int in try Self.count(e, runner) } ?? 0
        let limit = try select.limit.map { (e: Expr) throws(Diagnostic) -> Int in try Self.count(e, runner) }
        let rowCount = table.rowCount
        let start = min(offset, rowCount)
        let end = limit.map { min(rowCount, start + min($0, rowCount)) } ?? rowCount
        if start > 0 || end < rowCount {
            columns = columns.map { $0.slice(start: start, length: end - start) }
        }
        var result = ResultTable(columnNames: names, columns: columns)
        var annotations = runner.annotations(for: select, executed: executed)
        annotations.notes = notes + annotations.notes.filter { !notes.contains($0) }
        annotations.units = Array(annotations.units.prefix(visibleCount))
        if let metadata = runner.fromTable(select)?.metadata {
            for (column, value) in changedColumns where column < annotations.units.count {
                // A change in a percentage is in percentage points, not percent.
                let unit = UnitRules(metadata: metadata).unit(of: value)
                annotations.units[column] = unit == "percent" ? "percentage points" : unit
            }
        }
        result.annotations = annotations
        return (result, executed)
    }

    private static func count(_ e: Expr, _ runner: StatementRunner) throws(Diagnostic) -> Int {
        var probe = SelectStatement()
        probe.items = [.expr(e, alias: nil)]
        let value = try runner.query(probe).value(row: 0, column: 0)
        guard case .bigint(let n) = value, n >= 0 else {
            throw .error("bind.limit", "LIMIT and OFFSET must be whole numbers of rows, 0 or more", at: e.range)
        }
        return Int(n)
    }

    /// Each row's change from the row whose year is one less, and a note naming the years
    /// (after the first) that have no previous year.
    private static func changes(values: Vector, years: Vector, call: SourceRange, text: String) throws(Diagnostic)
        -> (Vector, String?)
    {
        guard years.type == .bigint || years.type == .null else {
            throw .error(
                "bind.yoy", "yoy needs whole-number years, not \(years.type)", at: call,
                help: "give the year as the second argument: yoy(value, year)")
        }
        guard values.type.isNumeric || values.type == .null else {
            throw .error("bind.yoy", "yoy needs numbers, not \(values.type)", at: call)
        }
        var byYear: [Int64: Int] = [:]
        for row in 0..<years.count {
            guard case .bigint(let y) = years.value(at: row) else { continue }
            if byYear[y] != nil {
                throw .error(
                    "bind.yoy", "yoy needs one row per year, but \(y) has more than one", at: call,
                    help: "group by year first: select year, yoy(sum(x), year) … group by year")
            }
            byYear[y] = row
        }
        let firstYear = byYear.keys.min()
        var missing: [Int64] = []
        var builder = VectorBuilder(type: values.type == .null ? .bigint : values.type)
        for row in 0..<years.count {
            guard case .bigint(let y) = years.value(at: row) else {
                builder.append(.null)
                continue
            }
            let (previousYear, overflow) = y.subtractingReportingOverflow(1)
            guard !overflow, let previous = byYear[previousYear] else {
                if y != firstYear { missing.append(y) }
                builder.append(.null)
                continue
            }
            switch (values.value(at: row), values.value(at: previous)) {
            case (.bigint(let now), .bigint(let before)):
                let (difference, overflowed) = now.subtractingReportingOverflow(before)
                if overflowed { throw .error("exec.overflow", "Overflow in subtraction of BIGINT in yoy", at: call) }
                builder.append(.bigint(difference))
            case (.double(let now), .double(let before)):
                builder.append(.double(now - before))
            default:
                builder.append(.null)
            }
        }
        guard !missing.isEmpty else { return (builder.build(), nil) }
        let list = missing.sorted().map { "\($0) (no row for \($0 - 1))" }.joined(separator: ", ")
        return (builder.build(), "\(text) is NULL for \(list): a missing year is not skipped over")
    }
}

extension Expr {
    /// The first call of function `name` in this expression, searching depth first.
    func firstCall(named name: String) -> Expr? {
        switch kind {
        case .function(let f, let args, _):
            if f.name.lowercased() == name { return self }
            return args.lazy.compactMap { $0.firstCall(named: name) }.first
        case .literal, .column, .star, .window, .subquery, .exists: return nil
        case .inSubquery(let x, _, _), .quantified(let x, _, _, _): return x.firstCall(named: name)
        case .unary(_, let x), .cast(let x, _), .isNull(let x, _): return x.firstCall(named: name)
        case .binary(_, let a, let b), .like(let a, let b, nil, _, _):
            return a.firstCall(named: name) ?? b.firstCall(named: name)
        case .like(let a, let b, let c?, _, _):
            return a.firstCall(named: name) ?? b.firstCall(named: name) ?? c.firstCall(named: name)
        case .between(let x, let lo, let hi, _):
            return x.firstCall(named: name) ?? lo.firstCall(named: name) ?? hi.firstCall(named: name)
        case .inList(let x, let items, _):
            return x.firstCall(named: name) ?? items.lazy.compactMap { $0.firstCall(named: name) }.first
        case .caseWhen(let operand, let whens, let otherwise):
            let parts =
                [operand].compactMap { $0 } + whens.flatMap { [$0.condition, $0.result] }
                + [otherwise].compactMap { $0 }
            return parts.lazy.compactMap { $0.firstCall(named: name) }.first
        }
    }
}
