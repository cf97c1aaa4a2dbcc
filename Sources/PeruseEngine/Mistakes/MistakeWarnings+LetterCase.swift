import PeruseStorage
import PeruseSyntax

/// `where place = 'lima'` finds nothing when the data says `Lima`: text compares letter by
/// letter, case included, as in DuckDB. When a condition on a text column matches no row but
/// would match some ignoring case, a note says so and shows the spelling the data uses (or
/// `ilike` for a pattern). It needs second looks at the data, so it is a note: shown at the
/// prompt and with `--annotate`.
extension MistakeWarnings {
    func letterCaseNotes(_ select: SelectStatement) -> [Diagnostic] {
        guard select.compound.isEmpty, let table = runner.engine.catalog.table(readBy: select),
            let condition = select.whereClause
        else { return [] }
        let textColumns = Set(table.schema.filter { $0.type == .varchar }.map { $0.name.lowercased() })
        var out: [Diagnostic] = []
        for part in condition.conjuncts {
            let column: Expr
            let caseless: Expr
            switch part.kind {
            case .binary(.equal, let a, let b):
                guard case .column(_, let name) = a.kind, textColumns.contains(name.name.lowercased()),
                    case .literal(.string) = b.kind
                else { continue }
                column = a
                caseless = Expr(.binary(.equal, Self.lower(a), Self.lower(b)))
            case .like(let a, let pattern, let escape, caseInsensitive: false, negated: false):
                guard case .column(_, let name) = a.kind, textColumns.contains(name.name.lowercased()),
                    case .literal(.string) = pattern.kind
                else { continue }
                column = a
                caseless = Expr(.like(a, pattern: pattern, escape: escape, caseInsensitive: true, negated: false))
            default: continue
            }
            guard rowCount(select.from, where: part) == 0 else { continue }
            let spellings = distinctValues(of: column, from: select.from, where: caseless, limit: 4)
            guard !spellings.isEmpty else { continue }
            out.append(note(part, column: column, spellings: spellings))
        }
        return out
    }

    private func note(_ part: Expr, column: Expr, spellings: [String]) -> Diagnostic {
        let name = source.slice(column.range)
        let shown = spellings.prefix(3).map(\.sqlQuoted)
        var fixes: [Fix] = []
        var help = "letter case counts in text; ilike ignores it"
        switch part.kind {
        case .binary(_, _, let value) where spellings.count == 1:
            fixes = [.replace(value.range, with: shown[0])]
            help = "letter case counts in text: the data writes \(shown[0])"
        case .like:
            if let like = source.keyword("like", before: Self.patternStart(part)) {
                fixes = [.replace(like, with: "ilike")]
            }
        default: break
        }
        return Diagnostic(
            id: "mistake.letter-case", severity: .note,
            message: "no row matches \(source.slice(part.range)), but \(name) has \(shown.joined(separator: ", ")) in another letter case",
            range: part.range, help: help, fixes: fixes)
    }

    private static func patternStart(_ e: Expr) -> Int {
        if case .like(_, let pattern, _, _, _) = e.kind { return pattern.range.start }
        return e.range.start
    }

    private static func lower(_ e: Expr) -> Expr {
        Expr(.function(name: Identifier("lower"), args: [e], distinct: false))
    }

    /// Rows of `from` where `condition` holds; nil when it cannot be counted.
    private func rowCount(_ from: TableRef?, where condition: Expr) -> Int64? {
        var probe = SelectStatement()
        probe.from = from
        probe.whereClause = condition
        probe.items = [.expr(Expr(.function(name: Identifier("count"), args: [Expr(.star)], distinct: false)), alias: nil)]
        guard let result = try? runner.execute(probe, profile: nil).table, case .bigint(let n) = result.value(row: 0, column: 0)
        else { return nil }
        return n
    }

    /// Up to `limit` distinct values of `column` where `condition` holds, in order.
    private func distinctValues(of column: Expr, from: TableRef?, where condition: Expr, limit: Int) -> [String] {
        var probe = SelectStatement()
        probe.distinct = true
        probe.from = from
        probe.whereClause = condition
        probe.items = [.expr(column, alias: nil)]
        probe.orderBy = [OrderItem(expr: column)]
        probe.limit = Expr(.literal(.integer(String(limit))))
        guard let result = try? runner.execute(probe, profile: nil).table else { return [] }
        return (0..<result.rowCount).compactMap { row in
            if case .varchar(let text) = result.value(row: row, column: 0) { return text }
            return nil
        }
    }
}
