import PeruseStorage
import PeruseSyntax

/// Carries out one statement against the engine's catalog. Changes are built aside
/// and put into the catalog only when the whole statement has succeeded.
struct StatementRunner {
    let engine: Engine
    let source: SourceText
    /// Shared by every query of the statement (an insert's select and the copy it builds).
    let budget: MemoryBudget

    init(engine: Engine, source: SourceText) {
        self.engine = engine
        self.source = source
        self.budget = MemoryBudget(limit: engine.settings.memoryLimit)
    }

    func run(_ statement: Statement) throws(Diagnostic) -> StatementResult {
        switch statement {
        case .select(let select):
            return .rows(try annotatedQuery(select))
        case .summarize(let target):
            return .rows(try summarize(target))
        case .chart(let chart):
            return try self.chart(chart)
        case .explain(let select, let analyze):
            return .rows(try explain(select, analyze: analyze))
        case .createTable(let name, let columns, let ifNotExists):
            if try exists(name, ifNotExists: ifNotExists) { return .message("table \(name.name) already exists") }
            var schema: [ColumnInfo] = []
            for c in columns {
                guard let t = DataType.named(c.type.name) else {
                    let help = closestMatch(c.type.name, among: DataType.canonicalNames).map { "did you mean \($0)?" }
                        ?? "the types are BIGINT, DOUBLE, VARCHAR, BOOLEAN and DATE"
                    throw .error("bind.unknown-type", "no such type: \(c.type.name)", at: c.type.range, help: help)
                }
                if schema.contains(where: { $0.name.lowercased() == c.name.name.lowercased() }) {
                    throw .error("bind.duplicate-column", "column \(c.name.name) is named twice", at: c.name.range)
                }
                schema.append(ColumnInfo(name: c.name.name, type: t, notNull: c.notNull, unique: c.unique))
            }
            engine.catalog.put(Table(name: name.name, schema: schema))
            return .message("created table \(name.name)")
        case .createTableAs(let name, let select, let ifNotExists):
            if try exists(name, ifNotExists: ifNotExists) { return .message("table \(name.name) already exists") }
            let result = try query(select)
            var schema: [ColumnInfo] = []
            var columns: [Vector] = []
            for (columnName, vector) in zip(result.columnNames, result.columns) {
                if schema.contains(where: { $0.name.lowercased() == columnName.lowercased() }) {
                    throw .error(
                        "bind.duplicate-column", "column \(columnName) is named twice", at: name.range,
                        help: "give the columns different names with AS")
                }
                // A column of bare NULLs becomes BIGINT, as in DuckDB (INTEGER there).
                let v = vector.type == .null ? Vector.nulls(.bigint, count: vector.count) : vector
                schema.append(ColumnInfo(name: columnName, type: v.type))
                columns.append(v)
            }
            engine.catalog.put(Table(name: name.name, schema: schema, columns: columns))
            return .message("created table \(name.name) with \(rowsText(result.rowCount))")
        case .insertValues(let tableName, let columnNames, let rows):
            let table = try lookup(tableName)
            let targets = try targetColumns(table, columnNames)
            let binder = ExprBinder(scope: Scope(), mode: .rows(clause: "VALUES"), settings: engine.settings)
            // The insert builds a new copy of the table beside the old one.
            try budget.reserve(rows: table.rowCount + rows.count, of: table.schema.map(\.type), operator: "insert")
            var builders = table.columns.map { column in
                var b = VectorBuilder(type: column.type, dictionary: column.stringDictionary)
                b.append(column)
                return b
            }
            for row in rows {
                guard row.count == targets.count else {
                    let range = row.first.map { r in row.dropFirst().reduce(r.range) { $0.union($1.range) } }
                    throw .error(
                        "bind.insert-arity",
                        Self.arityMessage(table: table.name, columns: targets.count, values: row.count),
                        at: range ?? tableName.range)
                }
                var values = [Value](repeating: .null, count: table.schema.count)
                for (expr, target) in zip(row, targets) {
                    let bound = try TypeRules.cast(try binder.bind(expr), to: table.schema[target].type)
                    do {
                        values[target] = try ConstantFolder.evaluate(bound)
                    } catch let error {
                        throw error.at(expr.range)
                    }
                }
                for (i, v) in values.enumerated() { builders[i].append(v) }
            }
            let updated = Table(name: table.name, schema: table.schema, columns: builders.map { $0.build() })
            try checkConstraints(updated, at: tableName.range)
            engine.catalog.put(updated)
            return .message("inserted \(rowsText(rows.count))")
        case .insertSelect(let tableName, let columnNames, let select):
            let table = try lookup(tableName)
            let targets = try targetColumns(table, columnNames)
            let result = try query(select)
            guard result.columns.count == targets.count else {
                throw .error(
                    "bind.insert-arity",
                    "table \(table.name) has \(targets.count) columns but the query gives \(result.columns.count)",
                    at: tableName.range)
            }
            try budget.reserve(rows: table.rowCount + result.rowCount, of: table.schema.map(\.type), operator: "insert")
            var incoming = table.schema.map { Vector.nulls($0.type, count: result.rowCount) }
            for (k, target) in targets.enumerated() {
                incoming[target] = try CastKernels.cast(result.columns[k], to: table.schema[target].type, range: tableName.range)
            }
            var columns: [Vector] = []
            for (i, column) in table.columns.enumerated() {
                var b = VectorBuilder(type: column.type, dictionary: column.stringDictionary)
                b.append(column)
                b.append(incoming[i])
                columns.append(b.build())
            }
            let updated = Table(name: table.name, schema: table.schema, columns: columns)
            try checkConstraints(updated, at: tableName.range)
            engine.catalog.put(updated)
            return .message("inserted \(rowsText(result.rowCount))")
        case .dropTable(let name, let ifExists):
            if engine.catalog.table(name.name) == nil {
                if ifExists { return .message("no table \(name.name) to drop") }
                throw SelectBinder.unknownTable(name, catalog: engine.catalog)
            }
            engine.catalog.remove(name.name)
            return .message("dropped table \(name.name)")
        case .createIndex(_, let table):
            _ = try lookup(table)
            return .message("created index (Peruse keeps no indexes: nothing changed)")
        case .showTables:
            var names = VectorBuilder(type: .varchar)
            for t in engine.catalog.allTables { names.append(.varchar(t.name)) }
            return .rows(ResultTable(columnNames: ["name"], columns: [names.build()]))
        case .describe(let name):
            return .rows(describe(try lookup(name)))
        case .load(let path, let table, let options):
            return try load(path, as: table, options: options)
        case .save(let saved, let path):
            return try save(saved, to: path)
        }
    }

    /// Binds and runs a query.
    func query(_ select: SelectStatement) throws(Diagnostic) -> ResultTable {
        try execute(select, profile: nil).table
    }

    /// A query's rows with what ran to make them.
    struct ExecutedQuery {
        var table: ResultTable
        var plan: QueryPlan
        var context: ExecutionContext
    }

    /// Binds and runs a query, counting each step's rows into `profile` when given.
    func execute(_ select: SelectStatement, profile: QueryProfile?) throws(Diagnostic) -> ExecutedQuery {
        let plan = try SelectBinder(catalog: engine.catalog, settings: engine.settings, source: source).bind(select)
        let context = ExecutionContext(
            isCancelled: engine.isCancelled, budget: budget, profile: profile,
            countsRowsDroppedAsNull: engine.settings.countsRowsDroppedAsNull)
        let root = OperatorBuilder.build(plan.root, context)
        let types = plan.root.outputTypes
        let columns = try OperatorBuilder.collect(root, types: types, context)
        return ExecutedQuery(
            table: ResultTable(columnNames: plan.columnNames, columns: columns), plan: plan, context: context)
    }

    /// One row per column: its name, type, number of NULLs, the table's row count, and its unit.
    /// `table t has 2 columns but 3 values were supplied`, in the number each count needs.
    static func arityMessage(table: String, columns: Int, values: Int) -> String {
        switch (columns == 1, values == 1) {
        case (true, true): "table \(table) has \(columns) column but \(values) value was supplied"
        case (true, false): "table \(table) has \(columns) column but \(values) values were supplied"
        case (false, true): "table \(table) has \(columns) columns but \(values) value was supplied"
        case (false, false): "table \(table) has \(columns) columns but \(values) values were supplied"
        }
    }

    private func describe(_ table: Table) -> ResultTable {
        var names = VectorBuilder(type: .varchar)
        var types = VectorBuilder(type: .varchar)
        var nulls = VectorBuilder(type: .bigint)
        var rows = VectorBuilder(type: .bigint)
        var units = VectorBuilder(type: .varchar)
        for (info, column) in zip(table.schema, table.columns) {
            names.append(.varchar(info.name))
            types.append(.varchar(info.type.description))
            nulls.append(.bigint(Int64(column.count - (column.effectiveValidity?.validCount ?? column.count))))
            rows.append(.bigint(Int64(table.rowCount)))
            units.append(table.metadata?.unit(of: info.name).map(Value.varchar) ?? .null)
        }
        var result = ResultTable(
            columnNames: ["column_name", "column_type", "null_count", "row_count", "unit"],
            columns: [names.build(), types.build(), nulls.build(), rows.build(), units.build()])
        if let metadata = table.metadata { result.annotations.provenance = [metadata.footer] }
        return result
    }

    func lookup(_ name: Identifier) throws(Diagnostic) -> Table {
        guard let t = engine.catalog.table(name.name) else {
            throw SelectBinder.unknownTable(name, catalog: engine.catalog)
        }
        return t
    }

    /// True when the table exists and `if not exists` was given; an error when it exists without it.
    private func exists(_ name: Identifier, ifNotExists: Bool) throws(Diagnostic) -> Bool {
        guard engine.catalog.table(name.name) != nil else { return false }
        if ifNotExists { return true }
        throw .error(
            "bind.table-exists", "table \(name.name) already exists", at: name.range,
            help: "drop it first with: drop table \(name.name)")
    }

    /// The schema index of each named column, or all columns in order.
    private func targetColumns(_ table: Table, _ names: [Identifier]?) throws(Diagnostic) -> [Int] {
        guard let names else { return Array(table.schema.indices) }
        var out: [Int] = []
        for n in names {
            guard let i = table.columnIndex(n.name) else {
                let help = closestMatch(n.name, among: table.schema.map(\.name)).map { "did you mean \"\($0)\"?" }
                throw .error("bind.unknown-column", "no such column: \(n.name)", at: n.range, help: help)
            }
            if out.contains(i) {
                throw .error("bind.duplicate-column", "column \(n.name) is named twice", at: n.range)
            }
            out.append(i)
        }
        return out
    }

    /// `not null` and `unique` over the whole new version of a table.
    private func checkConstraints(_ table: Table, at range: SourceRange) throws(Diagnostic) {
        for (info, column) in zip(table.schema, table.columns) {
            if info.notNull, column.hasNulls {
                throw .error(
                    "exec.not-null", "NOT NULL constraint failed: \(table.name).\(info.name)", at: range)
            }
            guard info.unique else { continue }
            var seen = Set<Value>()
            for i in 0..<column.count where column.isValid(i) {
                let v = column.value(at: i)
                if !seen.insert(v).inserted {
                    throw .error(
                        "exec.unique", "duplicate key \(ValueFormatter.text(v) ?? ""): UNIQUE constraint failed: \(table.name).\(info.name)",
                        at: range)
                }
            }
        }
    }

    func rowsText(_ n: Int) -> String { n == 1 ? "1 row" : "\(n) rows" }
}

extension Vector {
    /// The dictionary of a VARCHAR vector, so appends keep sharing it.
    var stringDictionary: StringDictionary? {
        if case .string(_, let d) = storage, d.isUnique { return d }
        return nil
    }
}

extension PlanNode {
    /// The type of each output column.
    var outputTypes: [DataType] {
        switch self {
        case .scan(let t): return t.schema.map(\.type)
        case .singleRow: return []
        case .filter(let c, _), .distinct(let c), .sort(let c, _), .topN(let c, _, _, _), .limit(let c, _, _):
            return c.outputTypes
        case .project(_, let exprs): return exprs.map(\.type)
        case .aggregate(_, let groups, let aggregates): return groups.map(\.type) + aggregates.map(\.type)
        case .join(_, let l, let r): return l.outputTypes + r.outputTypes
        case .setOperation(_, _, let l, _): return l.outputTypes
        case .window(let c, let calls): return c.outputTypes + calls.map(\.type)
        }
    }
}
