import PeruseStorage
import PeruseSyntax

/// Answers a beginner's failed statement: the cause in plain words, and the fix shown on their
/// own text (`Diagnostic.fixes`). The diagnostic keeps its id and message; help, fixes and notes
/// are what this adds. Texts in both languages are in `MessageCatalog+Mistakes.swift`.
struct MistakeAdvisor {
    let catalog: Catalog
    let source: SourceText

    /// `diagnostic`, from running `statement`, with the advice that fits it.
    func advise(_ diagnostic: Diagnostic, in statement: Statement) -> Diagnostic {
        guard case .select(let select) = statement else { return withSuggestionFix(diagnostic) }
        switch diagnostic.id {
        case "bind.not-grouped": return notGrouped(diagnostic, select)
        case "bind.aggregate-in-where": return aggregateInWhere(diagnostic, select)
        case "bind.aggregate-in-group": return aggregateInGroupBy(diagnostic, select) ?? diagnostic
        case "bind.unknown-column":
            return doubleQuotedText(diagnostic) ?? unquotedText(diagnostic, select) ?? missingFrom(diagnostic, select)
                ?? withSuggestionFix(diagnostic)
        case "bind.type-mismatch": return textAgainstNumber(diagnostic, select) ?? diagnostic
        case "exec.cast": return textAsCondition(diagnostic, select) ?? wordAgainstNumberColumn(diagnostic, select) ?? diagnostic
        default: return withSuggestionFix(diagnostic)
        }
    }

    /// A syntax error, with a decimal comma (`12,5`) recognised.
    static func advise(syntax diagnostic: Diagnostic, source: SourceText) -> Diagnostic {
        guard diagnostic.id.hasPrefix("syntax."), let range = diagnostic.range else { return diagnostic }
        let bytes = source.bytes
        guard range.start > 0, range.start + 1 < bytes.count, bytes[range.start] == UInt8(ascii: ","),
            isDigit(bytes[range.start - 1]), isDigit(bytes[range.start + 1])
        else { return diagnostic }
        var start = range.start - 1
        while start > 0, isDigit(bytes[start - 1]) || bytes[start - 1] == UInt8(ascii: ".") { start -= 1 }
        var end = range.start + 1
        while end < bytes.count, isDigit(bytes[end]) { end += 1 }
        let written = source.slice(SourceRange(start: start, end: end))
        let number = written.replacingFirstComma()
        var out = diagnostic
        out.help = "decimal numbers are written with a point: \(number) (a comma separates items)"
        out.fixes = [.replace(SourceRange(start: start, end: end), with: number)]
        return out
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }

    // MARK: - Grouping

    private func notGrouped(_ diagnostic: Diagnostic, _ select: SelectStatement) -> Diagnostic {
        guard let range = diagnostic.range else { return diagnostic }
        let column = source.slice(range)
        var out = diagnostic
        if let lastGroup = select.groupBy.last, !select.groupByAll {
            out.fixes.append(Fix([TextEdit.insert(", \(column)", at: lastGroup.range.end)]))
            let groups = select.groupBy.map { source.slice($0.range) }.joined(separator: ", ")
            out.notes = [
                "each result row stands for one group of \(groups); a group can hold many values of \(column), and Peruse will not pick one for you"
            ]
        } else {
            out.notes = [
                "with an aggregate and no group by, the result is one row for the whole table; \(column) has a value on every row, and Peruse will not pick one for you"
            ]
        }
        out.fixes.append(.replace(range, with: "max(\(column))"))
        return out
    }

    private func aggregateInWhere(_ diagnostic: Diagnostic, _ select: SelectStatement) -> Diagnostic {
        guard let condition = select.whereClause, condition.containsAggregate,
            let whereKeyword = source.keyword("where", before: condition.range.start)
        else { return diagnostic }
        if let compared = aggregateComparedWithRows(diagnostic, select, condition) { return compared }
        let parts = condition.conjuncts
        let moved = parts.filter(\.containsAggregate).map { source.slice($0.range) }.joined(separator: " and ")
        let kept = parts.filter { !$0.containsAggregate }.map { source.slice($0.range) }.joined(separator: " and ")
        var edits: [TextEdit] = []
        if kept.isEmpty {
            edits.append(TextEdit(range: source.withSpaceBefore(whereKeyword.union(condition.range)), replacement: ""))
        } else {
            edits.append(TextEdit(range: condition.range, replacement: kept))
        }
        if let having = select.having {
            edits.append(.insert(" and \(moved)", at: having.range.end))
        } else if let lastGroup = select.groupBy.last {
            edits.append(.insert(" having \(moved)", at: lastGroup.range.end))
        } else if kept.isEmpty && select.groupBy.isEmpty {
            edits = [TextEdit(range: whereKeyword, replacement: "having")]
        } else {
            return diagnostic
        }
        var out = diagnostic
        out.fixes = [Fix(edits)]
        out.notes = [
            "where picks rows before they are grouped, and an aggregate exists only after grouping; having filters the groups"
        ]
        return out
    }

    /// `group by promedio` where `promedio` is `avg(value)`: the groups are what the aggregate is
    /// computed over, so they are the select list's other columns (or none: no group by).
    private func aggregateInGroupBy(_ diagnostic: Diagnostic, _ select: SelectStatement) -> Diagnostic? {
        guard let range = diagnostic.range, let grouped = select.groupBy.first(where: { $0.range == range }),
            let first = select.groupBy.first, let last = select.groupBy.last
        else { return nil }
        var plain: [String] = []
        for item in select.items {
            guard case .expr(let e, _) = item else { return nil }
            if !e.outermostAggregates.isEmpty { continue }
            plain.append(source.slice(e.range))
        }
        var out = diagnostic
        let written = source.slice(grouped.range)
        out.help = "\(written) is worked out for each group; group by what each result row should stand for"
        if plain.isEmpty {
            guard let keyword = source.keyword("group", before: source.keyword("by", before: first.range.start)?.start ?? 0)
            else { return out }
            out.fixes = [Fix([TextEdit(range: source.withSpaceBefore(keyword.union(last.range)), replacement: "")])]
        } else {
            out.fixes = [.replace(first.range.union(last.range), with: plain.joined(separator: ", "))]
        }
        out.notes = ["group by makes the groups first; an aggregate such as avg() is then computed in each of them"]
        return out
    }

    /// `where rate > avg(rate)`: each row against an aggregate of the whole table. `having` cannot
    /// say that (rate is not grouped); a subquery computes the aggregate first.
    private func aggregateComparedWithRows(
        _ diagnostic: Diagnostic, _ select: SelectStatement, _ condition: Expr
    ) -> Diagnostic? {
        guard case .table(let name, let alias) = select.from else { return nil }
        let rowColumns = condition.conjuncts.filter(\.containsAggregate).flatMap(\.columnsOutsideAggregates)
        guard rowColumns.contains(where: { column in !select.groupBy.contains(column) }) else { return nil }
        let table = source.slice(name.range) + (alias.map { " " + source.slice($0.range) } ?? "")
        let aggregates = condition.outermostAggregates
        guard let first = aggregates.first else { return nil }
        var out = diagnostic
        out.help = "to compare each row with \(source.slice(first.range)) over the whole table, compute it in a subquery"
        out.fixes = [
            Fix(aggregates.map { TextEdit(range: $0.range, replacement: "(select \(source.slice($0.range)) from \(table))") })
        ]
        out.notes = [
            "where looks at one row at a time, and \(source.slice(first.range)) needs every row; the subquery works it out first, then each row is compared with it"
        ]
        return out
    }

    // MARK: - Names

    private func doubleQuotedText(_ diagnostic: Diagnostic) -> Diagnostic? {
        guard let range = diagnostic.range, source.slice(range).hasPrefix("\"") else { return nil }
        let inner = String(source.slice(range).dropFirst().dropLast())
        let quoted = inner.sqlQuoted
        var out = diagnostic
        out.help = "text goes in single quotes: \(quoted); double quotes name a column"
        out.fixes = [.replace(range, with: quoted)]
        return out
    }

    /// `where place = Lima`, `place in (Lima, Cusco)`: a word compared with a column, with no
    /// quotes, is read as a column name. Answered only when no column is spelt like it.
    private func unquotedText(_ diagnostic: Diagnostic, _ select: SelectStatement) -> Diagnostic? {
        guard let range = diagnostic.range, diagnostic.help?.hasPrefix("did you mean") != true else { return nil }
        let known = Set(tableColumns(select).map { $0.lowercased() })
        func isUnknownName(_ e: Expr) -> Bool {
            guard case .column(nil, let name) = e.kind, !name.quoted else { return false }
            return !known.contains(name.name.lowercased())
        }
        for e in select.clauseExpressions {
            var words: [Expr] = []
            switch e.kind {
            case .binary(let op, let a, let b) where [.equal, .notEqual].contains(op):
                if a.range == range, isUnknownName(a), case .column = b.kind { words = [a] }
                if b.range == range, isUnknownName(b), case .column = a.kind { words = [b] }
            case .inList(let value, let items, _):
                guard case .column = value.kind, items.contains(where: { $0.range == range }) else { continue }
                words = items.filter(isUnknownName)
            default: continue
            }
            guard !words.isEmpty else { continue }
            let word = source.slice(range)
            var out = diagnostic
            out.help = "text goes in single quotes: '\(word)'; without them, \(word) is read as a column name"
            out.fixes = [Fix(words.map { TextEdit(range: $0.range, replacement: "'\(source.slice($0.range))'") })]
            return out
        }
        return nil
    }

    /// The column names of the statement's table, when it reads one table.
    private func tableColumns(_ select: SelectStatement) -> [String] {
        catalog.table(readBy: select)?.schema.map(\.name) ?? []
    }

    private func missingFrom(_ diagnostic: Diagnostic, _ select: SelectStatement) -> Diagnostic? {
        guard select.from == nil, let range = diagnostic.range, let end = select.selectListEnd else { return nil }
        let name = source.slice(range).lowercased()
        let owners = catalog.tableNames.filter { table in
            catalog.table(table)?.schema.contains { $0.name.lowercased() == name } == true
        }
        guard let table = owners.first else { return nil }
        var out = diagnostic
        out.help = "\(source.slice(range)) is a column of \(owners.joined(separator: ", ")): name the table with from"
        out.fixes = [Fix([.insert(" from \(table)", at: end)])]
        return out
    }

    /// `did you mean "rate"?` (or `'select'`), with the name replaced in the learner's text.
    private func withSuggestionFix(_ diagnostic: Diagnostic) -> Diagnostic {
        guard diagnostic.fixes.isEmpty, let range = diagnostic.range, let help = diagnostic.help,
            help.hasPrefix("did you mean \""), help.hasSuffix("\"?")
        else { return diagnostic }
        let suggestion = String(help.dropFirst("did you mean \"".count).dropLast(2))
        let written = source.slice(range)
        let prefix = written.lastIndex(of: ".").map { String(written[...$0]) } ?? ""
        var out = diagnostic
        out.fixes = [.replace(range, with: prefix + suggestion)]
        return out
    }

    // MARK: - Types

    private func textAgainstNumber(_ diagnostic: Diagnostic, _ select: SelectStatement) -> Diagnostic? {
        guard let range = diagnostic.range, diagnostic.message.hasPrefix("Cannot compare values of type"),
            let comparison = select.clauseExpressions.first(where: { $0.range == range }),
            case .binary(_, let a, let b) = comparison.kind
        else { return nil }
        let (number, other) = a.isNumberLiteral ? (a, b) : (b, a)
        guard number.isNumberLiteral, !other.isNumberLiteral else { return nil }
        let numberText = source.slice(number.range)
        let otherText = source.slice(other.range)
        var out = diagnostic
        out.help = "\(otherText) holds text and \(numberText) is a number; write the number as text, in single quotes"
        out.fixes = [.replace(number.range, with: "'\(numberText)'")]
        out.notes = [
            "Peruse does not turn text into numbers by itself: cast(\(otherText) as DOUBLE) does, when every value is a number"
        ]
        return out
    }
}

extension MistakeAdvisor {
    /// `year = 'Lima'`: a word compared with a column of numbers; the word belongs with a text
    /// column, and those of the table are named.
    fileprivate func wordAgainstNumberColumn(_ diagnostic: Diagnostic, _ select: SelectStatement) -> Diagnostic? {
        guard let range = diagnostic.range, diagnostic.message.hasPrefix("Could not convert string") else { return nil }
        for e in select.clauseExpressions {
            guard case .binary(let op, let a, let b) = e.kind,
                [.equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual].contains(op)
            else { continue }
            let (column, text) = b.range == range ? (a, b) : (b, a)
            guard text.range == range, case .literal(.string(let word)) = text.kind, case .column = column.kind
            else { continue }
            var out = diagnostic
            out.help = "\(source.slice(column.range)) holds numbers, and \(source.slice(text.range)) is not one"
            if let holder = textColumnHolding(word, select) {
                out.help = "\(source.slice(text.range)) is a value of \(holder), not of \(source.slice(column.range))"
                out.fixes = [.replace(column.range, with: holder)]
                return out
            }
            let textColumns = textColumnNames(select)
            if !textColumns.isEmpty {
                out.notes = ["compare words with a column of text: \(textColumns.joined(separator: ", "))"]
            }
            return out
        }
        return nil
    }

    /// The first text column of the statement's table that holds `word` on some row.
    private func textColumnHolding(_ word: String, _ select: SelectStatement) -> String? {
        guard let table = catalog.table(readBy: select) else { return nil }
        for (info, vector) in zip(table.schema, table.columns) {
            guard case .string(let codes, let dictionary) = vector.storage, let code = dictionary.code(of: word)
            else { continue }
            // Codes are slice-indexed from startIndex; validity from 0.
            for (row, c) in codes.enumerated() where c == code && vector.isValid(row) { return info.name }
        }
        return nil
    }

    /// The VARCHAR columns of the statement's table, when it reads one table.
    private func textColumnNames(_ select: SelectStatement) -> [String] {
        catalog.table(readBy: select)?.schema.filter { $0.type == .varchar }.map(\.name) ?? []
    }

    /// `place = 'Lima' or 'Cusco'`: the second text is read as a condition and cannot be one.
    fileprivate func textAsCondition(_ diagnostic: Diagnostic, _ select: SelectStatement) -> Diagnostic? {
        guard let range = diagnostic.range else { return nil }
        for e in select.clauseExpressions {
            let terms = e.disjuncts
            guard terms.count >= 2, terms.dropFirst().contains(where: { $0.range == range }),
                case .binary(.equal, let column, let first) = terms[0].kind, case .column = column.kind,
                first.isLiteralValue, terms.dropFirst().allSatisfy(\.isLiteralValue)
            else { continue }
            let values = ([first] + terms.dropFirst()).map { source.slice($0.range) }.joined(separator: ", ")
            var out = diagnostic
            out.help = "to match any of the values, list them with in"
            out.fixes = [.replace(e.range, with: "\(source.slice(column.range)) in (\(values))")]
            out.notes = ["or joins two conditions; \(source.slice(range)) on its own is not a condition"]
            return out
        }
        return nil
    }
}

extension Expr {
    /// The parts of a chain of `and`s.
    var conjuncts: [Expr] {
        if case .binary(.and, let a, let b) = kind { return a.conjuncts + b.conjuncts }
        return [self]
    }

    /// The parts of a chain of `or`s.
    var disjuncts: [Expr] {
        if case .binary(.or, let a, let b) = kind { return a.disjuncts + b.disjuncts }
        return [self]
    }
}

extension String {
    fileprivate func replacingFirstComma() -> String {
        guard let comma = firstIndex(of: ",") else { return self }
        return self[..<comma] + "." + self[index(after: comma)...]
    }
}
