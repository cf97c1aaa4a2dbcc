import PeruseIO
import PeruseStorage
import PeruseSyntax

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `summarize`, `chart` and `explain`.
extension StatementRunner {
    /// One row per column of a table or a query's result.
    func summarize(_ target: SummarizeTarget) throws(Diagnostic) -> ResultTable {
        let input: ResultTable
        var metadata: TableMetadata?
        switch target {
        case .table(let name):
            let table = try lookup(name)
            metadata = table.metadata
            input = ResultTable(columnNames: table.schema.map(\.name), columns: table.columns)
            var result = Summarizer.summarize(input, units: table.schema.map { metadata?.unit(of: $0.name) })
            if let metadata { result.annotations.provenance = [metadata.footer] }
            return result
        case .query(let select):
            let annotated = try annotatedQuery(select)
            var result = Summarizer.summarize(annotated, units: annotated.annotations.units)
            result.annotations.provenance = annotated.annotations.provenance
            result.annotations.notes = annotated.annotations.notes
            return result
        }
    }

    /// Runs the chart's query and returns its rows with the chart to draw, or writes the
    /// chart as SVG when `to 'file'` was given.
    func chart(_ chart: ChartStatement) throws(Diagnostic) -> StatementResult {
        let valueName = source.slice(chart.value.range)
        var select = chart.query
        var items: [SelectItem] = []
        if let label = chart.label {
            items.append(.expr(label, alias: Identifier(source.slice(label.range), quoted: true)))
        }
        items.append(.expr(chart.value, alias: Identifier(valueName, quoted: true)))
        select.items = items
        var result: ResultTable
        var estimatedColumn: Int?
        // A table with a BOOLEAN `estimated` column marks its estimates; a grouped query cannot.
        if chart.kind != .hist, let table = fromTable(select), let k = table.columnIndex("estimated"),
            table.schema[k].type == .boolean, select.groupBy.isEmpty,
            !items.contains(where: { if case .expr(let e, _) = $0 { return e.containsAggregate } else { return false } }
            )
        {
            var marked = select
            marked.items.append(.expr(Expr(.column(table: nil, name: Identifier(table.schema[k].name))), alias: nil))
            result = try annotatedQuery(marked)
            estimatedColumn = items.count
        } else {
            result = try annotatedQuery(select)
        }
        let valueColumn = chart.label == nil ? 0 : 1
        let valueType = result.columns[valueColumn].type
        guard valueType.isNumeric || valueType == .null else {
            throw .error(
                "bind.chart-value", "a chart needs numbers to draw, but \(valueName) is \(valueType)",
                at: chart.value.range,
                help: "chart a count instead: chart bar count(*) by \(valueName) from … group by \(valueName)")
        }
        let bins = try chart.bins.map { (e: Expr) throws(Diagnostic) -> Int in try binCount(e) }
        let title =
            chart.label.map { "\(valueName) by \(source.slice($0.range))" } ?? "\(valueName): how the values spread"
        result.chart = ChartSpec(
            kind: ChartSpec.Kind(rawValue: chart.kind.rawValue) ?? .bar, valueColumn: valueColumn,
            labelColumn: chart.label == nil ? nil : 0, estimatedColumn: estimatedColumn, bins: bins, title: title,
            unit: valueColumn < result.annotations.units.count ? result.annotations.units[valueColumn] : nil,
            provenance: result.annotations.provenance)
        guard let file = chart.file else { return .rows(result) }
        let svg = ChartRenderer.svg(result, language: engine.settings.language)
        try writeFile(file, svg, at: chart.fileRange)
        return .message("wrote \(chart.kind.rawValue) chart of \(rowsText(result.rowCount)) to \(file)")
    }

    private func binCount(_ e: Expr) throws(Diagnostic) -> Int {
        var probe = SelectStatement()
        probe.items = [.expr(e, alias: nil)]
        guard case .bigint(let n) = try query(probe).value(row: 0, column: 0), n >= 1, n <= 200 else {
            throw .error("bind.bins", "bins must be a whole number from 1 to 200", at: e.range)
        }
        return Int(n)
    }

    /// Writes the chart's SVG to `path`, relative to the script's directory as `save` does.
    private func writeFile(_ path: String, _ text: String, at range: SourceRange) throws(Diagnostic) {
        guard engine.settings.writesFiles else {
            throw .error("io.write", "writing files is turned off here", at: range)
        }
        guard !path.isEmpty else { throw .error("io.write", "the file name is empty", at: range) }
        do {
            try TextFileWriter.write(text, to: engine.resolvedPath(path), displayPath: path)
        } catch {
            throw Diagnostic(error, at: range)
        }
    }

    /// Runs the query, counting rows at every step, and lists the steps in the order rows go
    /// through them.
    func explain(_ select: SelectStatement, analyze: Bool) throws(Diagnostic) -> ResultTable {
        let profile = QueryProfile(timed: analyze)
        let start = ContinuousClock.now
        var finalSteps: [PlanExplanation.FinalStep] = []
        let executed: ExecutedQuery
        var resultRows: Int
        if let yearOverYear = try YearOverYear(select, source: source) {
            // yoy runs after the query: list its lookup, and the limit it applies after it.
            let run = try yearOverYear.run(with: self, profile: profile)
            executed = run.executed
            resultRows = run.table.rowCount
            let before = executed.table.rowCount
            finalSteps.append(.init(action: yearOverYear.stepDescription, rowsIn: before, rowsOut: before))
            if yearOverYear.hasLimit {
                finalSteps.append(
                    .init(action: "keep the rows the limit and offset ask for", rowsIn: before, rowsOut: resultRows))
            }
        } else {
            executed = try execute(select, profile: profile)
            resultRows = executed.table.rowCount
        }
        let total = ContinuousClock.now - start
        return PlanExplanation(
            profile: profile, plan: executed.plan, source: source, analyze: analyze, total: total,
            resultRows: resultRows, finalSteps: finalSteps
        ).table()
    }
}
