/// Syntax of the statements that help people see and understand data: `summarize`,
/// `chart` and `explain` (parsed in `Parser+Insight.swift`).

/// What `summarize` looks at.
public enum SummarizeTarget: Hashable, Sendable {
    case table(Identifier)
    case query(SelectStatement)
}

/// `chart bar v by l from … | chart line y by x from … | chart hist v from … [bins n]`,
/// each optionally followed by `to 'file.svg'`.
public struct ChartStatement: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case bar, line, hist
    }

    public var kind: Kind
    /// The values measured: bar lengths, line heights, or the values binned.
    public var value: Expr
    /// The bar names or x positions (nil for `hist`).
    public var label: Expr?
    /// The query after the chart's head: `from t [where …] …`, with its select list left as `*`.
    public var query: SelectStatement
    /// `bins n` for `hist`.
    public var bins: Expr?
    /// `to 'file.svg'`: write the chart there as SVG instead of drawing it.
    public var file: String?
    /// Where the file name was written, for errors about it.
    public var fileRange: SourceRange

    public init(
        kind: Kind, value: Expr, label: Expr?, query: SelectStatement, bins: Expr? = nil, file: String? = nil,
        fileRange: SourceRange = .empty
    ) {
        self.kind = kind
        self.value = value
        self.label = label
        self.query = query
        self.bins = bins
        self.file = file
        self.fileRange = fileRange
    }

    public static func == (a: ChartStatement, b: ChartStatement) -> Bool {
        a.kind == b.kind && a.value == b.value && a.label == b.label && a.query == b.query && a.bins == b.bins
            && a.file == b.file
    }
    public func hash(into h: inout Hasher) {
        h.combine(kind)
        h.combine(value)
        h.combine(file)
    }
}
