import PeruseSyntax

/// Conditions that read well aloud but hold for no row: one column equal to two values at once,
/// a range given high end first. DuckDB runs them and returns nothing, and so does Peruse; the
/// warning says why and shows the condition that was probably meant.
extension MistakeWarnings {
    /// `year = 2021 and year = 2022`: no row has two years.
    func bothValues(_ e: Expr) -> Diagnostic? {
        guard case .binary(.and, let a, let b) = e.kind,
            case .binary(.equal, let column, let first) = a.kind, case .column = column.kind, first.isLiteralValue,
            case .binary(.equal, let sameColumn, let second) = b.kind, sameColumn == column, second.isLiteralValue,
            first != second
        else { return nil }
        let name = source.slice(column.range)
        let values = "\(source.slice(first.range)), \(source.slice(second.range))"
        return Diagnostic(
            id: "mistake.both-values", severity: .warning,
            message: "\(name) cannot be \(source.slice(first.range)) and \(source.slice(second.range)) at once, so no row passes",
            range: e.range, help: "to keep the rows with either value, use in",
            fixes: [.replace(e.range, with: "\(name) in (\(values))")],
            notes: ["and keeps a row only when both conditions hold on that same row"])
    }

    /// `year between 2022 and 2020`: between wants the low end first.
    func reversedBetween(_ e: Expr) -> Diagnostic? {
        guard case .between(let value, let low, let high, negated: false) = e.kind,
            low.isNumberLiteral, high.isNumberLiteral,
            let lowNumber = Double(source.slice(low.range)), let highNumber = Double(source.slice(high.range)),
            lowNumber > highNumber
        else { return nil }
        let (lowText, highText) = (source.slice(low.range), source.slice(high.range))
        return Diagnostic(
            id: "mistake.between-reversed", severity: .warning,
            message: "between \(lowText) and \(highText) holds no value: the smaller number goes first",
            range: e.range, help: "swap the two ends",
            fixes: [.replace(e.range, with: "\(source.slice(value.range)) between \(highText) and \(lowText)")],
            notes: ["x between a and b means x >= a and x <= b"])
    }
}
