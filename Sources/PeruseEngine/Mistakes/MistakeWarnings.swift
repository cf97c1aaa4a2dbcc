import PeruseStorage
import PeruseSyntax

/// Mistakes in queries that run: the SQL is valid (DuckDB accepts it and gives the same rows), so
/// they are warnings beside the result, never errors — but the result is almost never what the
/// writer meant (`= null` matches nothing, `or 2022` matches everything).
struct MistakeWarnings {
    let runner: StatementRunner

    var source: SourceText { runner.source }

    /// Warnings for `select`, which has just run; notes that need a second look at the data
    /// (`count(col)` against `count(*)`) only when `withNotes`, and the letter-case note only
    /// when the result came out empty (or as one row of aggregates, such as a count of 0).
    func check(_ select: SelectStatement, withNotes: Bool, result: StatementResult? = nil) -> [Diagnostic] {
        let expressions = select.clauseExpressions
        var out: [Diagnostic] = []
        for e in expressions {
            if let d = equalsNull(e) ?? notInNull(e) ?? orConstant(e) ?? bothValues(e) ?? reversedBetween(e) {
                out.append(d)
            }
        }
        out += decimalCommas(select)
        out += notInSubqueryNull(select)
        out += aliasesThatAreColumns(select)
        if withNotes {
            out += countColumnNotes(select)
            if case .rows(let table)? = result, table.rowCount == 0 || (table.rowCount == 1 && select.groupBy.isEmpty) {
                out += letterCaseNotes(select)
            }
        }
        return out
    }

    private func equalsNull(_ e: Expr) -> Diagnostic? {
        guard case .binary(let op, let a, let b) = e.kind, op == .equal || op == .notEqual,
            a.isNullLiteral || b.isNullLiteral
        else { return nil }
        let value = a.isNullLiteral ? b : a
        let written = op == .equal ? "=" : "<>"
        let replacement = op == .equal ? "is null" : "is not null"
        return Diagnostic(
            id: "mistake.equals-null", severity: .warning,
            message: "\(written) null is never true: no value equals NULL, not even NULL", range: e.range,
            help: "to find missing values, write \(replacement)",
            fixes: [.replace(e.range, with: "\(source.slice(value.range)) \(replacement)")],
            notes: ["the comparison gives NULL (unknown) on every row, so no row passes it"])
    }

    private func notInNull(_ e: Expr) -> Diagnostic? {
        guard case .inList(let value, let items, negated: true) = e.kind, items.contains(where: \.isNullLiteral)
        else { return nil }
        let kept = items.filter { !$0.isNullLiteral }.map { source.slice($0.range) }.joined(separator: ", ")
        var fixes: [Fix] = []
        if !kept.isEmpty { fixes = [.replace(e.range, with: "\(source.slice(value.range)) not in (\(kept))")] }
        return Diagnostic(
            id: "mistake.not-in-null", severity: .warning,
            message: "not in a list that holds NULL is never true", range: e.range,
            help: "leave NULL out of the list", fixes: fixes,
            notes: [
                "x not in (a, NULL) means x <> a and x <> NULL; x <> NULL is unknown, so no row passes"
            ])
    }

    /// `year not in (select y from t)` where `y` has a NULL: never true, as with a list. Found by
    /// running the subquery's NULL count; a correlated subquery (which cannot run alone) is skipped.
    private func notInSubqueryNull(_ select: SelectStatement) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for whole in select.clauseExpressions {
            for e in whole.subexpressions {
                guard case .inSubquery(let value, let subquery, negated: true) = e.kind, nullCount(in: subquery, with: select.with) > 0
                else { continue }
                out.append(
                    Diagnostic(
                        id: "mistake.not-in-null", severity: .warning,
                        message: "not in a subquery that returns NULL is never true", range: e.range,
                        help: "leave the NULLs out of the subquery, or use not exists", fixes: notNullFix(subquery, closing: e.range.end - 1).map { [$0] } ?? [],
                        notes: [
                            "\(source.slice(value.range)) not in (…) is unknown for every value not in the subquery, because one of its values is NULL"
                        ]))
            }
        }
        return out
    }

    /// Rows of `subquery`'s first column that are NULL; 0 when it cannot run alone.
    private func nullCount(in subquery: SelectStatement, with: [CommonTableExpression]) -> Int64 {
        var probe = SelectStatement()
        probe.with = with
        probe.from = .subquery(subquery, alias: Identifier("peruse_not_in"), columns: [Identifier("peruse_value")])
        probe.items = [.expr(Expr(.function(name: Identifier("count"), args: [Expr(.star)], distinct: false)), alias: nil)]
        probe.whereClause = Expr(.isNull(Expr(.column(table: nil, name: Identifier("peruse_value"))), negated: false))
        guard let result = try? runner.execute(probe, profile: nil).table, case .bigint(let n) = result.value(row: 0, column: 0)
        else { return 0 }
        return n
    }

    /// `(select y from t)` → `(select y from t where y is not null)`, for a plain one-column subquery.
    private func notNullFix(_ subquery: SelectStatement, closing: Int) -> Fix? {
        guard subquery.items.count == 1, case .expr(let item, _) = subquery.items[0], case .column = item.kind,
            subquery.groupBy.isEmpty, !subquery.groupByAll, subquery.having == nil, subquery.orderBy.isEmpty,
            subquery.orderByAll == nil, subquery.limit == nil, subquery.compound.isEmpty, subquery.from != nil
        else { return nil }
        let column = source.slice(item.range)
        guard let condition = subquery.whereClause else {
            return Fix([.insert(" where \(column) is not null", at: closing)])
        }
        return .replace(condition.range, with: "(\(source.slice(condition.range))) and \(column) is not null")
    }

    private func orConstant(_ e: Expr) -> Diagnostic? {
        let terms = e.disjuncts
        // A number other than 0 is true as a condition (as in DuckDB); text there is an error
        // instead, which `MistakeAdvisor` answers the same way.
        guard terms.count >= 2, case .binary(.equal, let column, let first) = terms[0].kind,
            case .column = column.kind, first.isLiteralValue,
            terms.dropFirst().allSatisfy({ $0.isNumberLiteral && Double(source.slice($0.range)) != 0 })
        else { return nil }
        let values = ([first] + terms.dropFirst()).map { source.slice($0.range) }.joined(separator: ", ")
        let lone = source.slice(terms[1].range)
        return Diagnostic(
            id: "mistake.or-constant", severity: .warning,
            message: "or \(lone) compares \(lone) with nothing, so the condition is true for every row",
            range: e.range, help: "to match any of the values, list them with in",
            fixes: [.replace(e.range, with: "\(source.slice(column.range)) in (\(values))")])
    }

    /// `select 12,5 * 2`: valid SQL (two columns, `12` and `5 * 2`), but a comma written right
    /// between digits, with one or two digits after it, is most likely a decimal comma.
    private func decimalCommas(_ select: SelectStatement) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let bytes = source.bytes
        for (item, next) in zip(select.items, select.items.dropFirst()) {
            guard case .expr(let before, alias: nil) = item, case .expr(let after, _) = next,
                before.range.end + 1 == after.range.start, before.range.end < bytes.count,
                bytes[before.range.end] == UInt8(ascii: ","), let digits = Self.leadingDigits(after, in: source),
                (1...2).contains(digits.count)
            else { continue }
            // The digits just before the comma (the end of `12` or of `rate * 12`).
            var start = before.range.end
            while start > before.range.start, Self.isDigit(bytes[start - 1]) {
                start -= 1
            }
            guard start < before.range.end, start == before.range.start || !Self.isNameByte(bytes[start - 1]) else {
                continue
            }
            // `1,2,3` is a list of numbers, not a decimal comma.
            let afterEnd = before.range.end + 1 + digits.utf8.count
            let chainedAfter = afterEnd + 1 < bytes.count && bytes[afterEnd] == UInt8(ascii: ",")
                && Self.isDigit(bytes[afterEnd + 1])
            let chainedBefore = start >= 2 && bytes[start - 1] == UInt8(ascii: ",") && Self.isDigit(bytes[start - 2])
            if chainedAfter || chainedBefore { continue }
            let whole = source.slice(SourceRange(start: start, end: before.range.end))
            let range = SourceRange(start: start, end: before.range.end + 1 + digits.utf8.count)
            out.append(
                Diagnostic(
                    id: "mistake.decimal-comma", severity: .warning,
                    message: "\(whole),\(digits) is read as two columns: \(whole) and \(digits)", range: range,
                    help: "decimal numbers are written with a point: \(whole).\(digits)",
                    fixes: [.replace(range, with: "\(whole).\(digits)")]))
        }
        return out
    }

    /// The digits `e`'s text starts with when it starts with an integer (`5` of `5 * 2`).
    private static func leadingDigits(_ e: Expr, in source: SourceText) -> String? {
        let text = source.slice(e.range)
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty else { return nil }
        let rest = text.dropFirst(digits.count)
        // `5.5` or `5e3` or `5abc` are not the digits after a decimal comma.
        if let next = rest.first, next == "." || next.isLetter || next == "_" { return nil }
        return String(digits)
    }

    private static func isDigit(_ b: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) }

    private static func isNameByte(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "_") || b >= 0x80 || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(b | 0x20)
            || b == UInt8(ascii: ".")
    }

    /// `select year rate from crime`: a forgotten comma makes `rate` a new name for `year`.
    private func aliasesThatAreColumns(_ select: SelectStatement) -> [Diagnostic] {
        guard let table = runner.engine.catalog.table(readBy: select) else {
            return []
        }
        let columns = Set(table.schema.map { $0.name.lowercased() })
        return select.items.compactMap { item in
            guard case .expr(let e, let alias?) = item, case .column = e.kind, !alias.quoted,
                columns.contains(alias.name.lowercased()),
                source.keyword("as", before: alias.range.start) == nil
            else { return nil }
            let column = source.slice(e.range)
            return Diagnostic(
                id: "mistake.alias-is-column", severity: .warning,
                message: "\(alias.name) is read as a new name for \(column), not as a second column",
                range: alias.range, help: "to see both columns, put a comma between them",
                fixes: [Fix([.insert(",", at: e.range.end)])])
        }
    }

    /// `count(year)` skips rows where year is NULL: say so when it makes a difference.
    private func countColumnNotes(_ select: SelectStatement) -> [Diagnostic] {
        guard select.compound.isEmpty, select.from != nil else { return [] }
        var seen = Set<String>()
        var out: [Diagnostic] = []
        for e in select.clauseExpressions {
            guard case .function(let name, let args, distinct: false) = e.kind, name.name.lowercased() == "count",
                args.count == 1, case .column = args[0].kind
            else { continue }
            let column = source.slice(args[0].range)
            guard seen.insert(column.lowercased()).inserted else { continue }
            var probe = SelectStatement()
            probe.with = select.with
            probe.from = select.from
            probe.whereClause = select.whereClause
            probe.items = [
                .expr(Expr(.function(name: Identifier("count"), args: [Expr(.star)], distinct: false)), alias: nil),
                .expr(Expr(.function(name: name, args: args, distinct: false)), alias: nil),
            ]
            guard let result = try? runner.execute(probe, profile: nil).table,
                case .bigint(let all) = result.value(row: 0, column: 0),
                case .bigint(let counted) = result.value(row: 0, column: 1), all != counted
            else { continue }
            out.append(
                Diagnostic(
                    id: "mistake.count-column", severity: .note,
                    message: "count(\(column)) leaves out the \(all - counted) of \(all) rows where \(column) is NULL",
                    range: e.range,
                    help: "count(*) counts every row; count(\(column)) counts the rows that have a \(column)"))
        }
        return out
    }
}

extension Expr {
    var isLiteralValue: Bool {
        switch kind {
        case .literal(.integer), .literal(.decimal), .literal(.string): return true
        default: return false
        }
    }
}
