import PeruseStorage
import PeruseSyntax

extension Expr {
    /// This expression and every expression inside it (not inside subqueries), parents first.
    var subexpressions: [Expr] {
        var out: [Expr] = []
        var stack: [Expr] = [self]
        while let e = stack.popLast() {
            out.append(e)
            stack.append(contentsOf: e.children.reversed())
        }
        return out
    }

    /// The expressions directly inside this one (a subquery's are its own).
    var children: [Expr] {
        switch kind {
        case .literal, .column, .star, .subquery, .exists: return []
        case .inSubquery(let x, _, _), .quantified(let x, _, _, _), .unary(_, let x), .cast(let x, _),
            .isNull(let x, _):
            return [x]
        case .binary(_, let a, let b): return [a, b]
        case .like(let a, let b, let c, _, _): return [a, b] + [c].compactMap { $0 }
        case .between(let x, let lo, let hi, _): return [x, lo, hi]
        case .inList(let x, let items, _): return [x] + items
        case .function(_, let args, _): return args
        case .window(_, let args, _, let spec): return args + spec.partitionBy + spec.orderBy.map(\.expr)
        case .caseWhen(let operand, let whens, let otherwise):
            return [operand].compactMap { $0 } + whens.flatMap { [$0.condition, $0.result] }
                + [otherwise].compactMap { $0 }
        }
    }

    /// The aggregate calls in this expression that are not inside another one (`avg(rate)` in
    /// `rate > avg(rate) * 2`), in source order.
    var outermostAggregates: [Expr] {
        if isAggregateCall { return [self] }
        return children.flatMap(\.outermostAggregates)
    }

    /// The columns this expression reads row by row, outside any aggregate (`rate` in
    /// `rate > avg(rate)`).
    var columnsOutsideAggregates: [Expr] {
        if isAggregateCall { return [] }
        if case .column = kind { return [self] }
        return children.flatMap(\.columnsOutsideAggregates)
    }

    private var isAggregateCall: Bool {
        if case .function(let name, _, _) = kind { return AggregateKind.named(name.name) != nil }
        return false
    }

    var isNullLiteral: Bool {
        if case .literal(.null) = kind { return true }
        return false
    }

    var isNumberLiteral: Bool {
        switch kind {
        case .literal(.integer), .literal(.decimal): return true
        default: return false
        }
    }
}

extension SelectStatement {
    /// Every expression the statement's own clauses hold (select list, where, group by, having,
    /// order by), each with its subexpressions.
    var clauseExpressions: [Expr] {
        var roots: [Expr] = items.compactMap { item in
            if case .expr(let e, _) = item { return e }
            return nil
        }
        roots += [whereClause, having].compactMap { $0 } + groupBy + orderBy.map(\.expr)
        return roots.flatMap(\.subexpressions)
    }

    /// Where the select list ends in the source (after its last item's alias).
    var selectListEnd: Int? {
        guard let last = items.last else { return nil }
        switch last {
        case .star(_, let range, _): return range.end
        case .expr(let e, let alias): return max(e.range.end, alias?.range.end ?? 0)
        }
    }
}

extension Catalog {
    /// The table `select` reads when its `from` is one table (not a join or a subquery).
    func table(readBy select: SelectStatement) -> Table? {
        guard case .table(let name, _) = select.from else { return nil }
        return table(name.name)
    }
}

extension SourceText {
    /// The range of `keyword` (any case) just before `offset`, with only spaces between; nil if
    /// another word comes first.
    func keyword(_ keyword: String, before offset: Int) -> SourceRange? {
        var end = min(offset, bytes.count)
        while end > 0, [32, 9, 10, 13].contains(bytes[end - 1]) { end -= 1 }
        let start = end - keyword.utf8.count
        guard start >= 0, slice(SourceRange(start: start, end: end)).lowercased() == keyword else { return nil }
        if start > 0, let before = Unicode.Scalar(Int(bytes[start - 1])).map(Character.init),
            before.isLetter || before.isNumber || before == "_"
        {
            return nil
        }
        return SourceRange(start: start, end: end)
    }

    /// `range` widened left over the spaces before it (to delete a clause with its space).
    func withSpaceBefore(_ range: SourceRange) -> SourceRange {
        var start = range.start
        while start > 0, [32, 9].contains(bytes[start - 1]) { start -= 1 }
        return SourceRange(start: start, end: range.end)
    }
}
