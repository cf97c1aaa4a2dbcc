/// How to draw a result as a chart: which columns hold what, and the words around it.
/// The engine makes one for `chart …`; the renderers in PeruseIO draw it.
public struct ChartSpec: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        /// One bar per row, its length the value.
        case bar
        /// Points joined in x order; a missing x leaves a gap.
        case line
        /// How many values fall in each of `bins` equal ranges.
        case histogram = "hist"
    }

    public var kind: Kind
    /// The column of the values measured.
    public var valueColumn: Int
    /// The column naming each bar or x position (nil for a histogram).
    public var labelColumn: Int?
    /// A BOOLEAN column, true where the value is an estimate (drawn apart, marked `*`).
    public var estimatedColumn: Int?
    /// Histogram bins; nil picks ⌈log₂ n⌉ + 1 (Sturges).
    public var bins: Int?
    /// The heading: `rate by year`.
    public var title: String
    /// The unit of the values, when known: `percent`.
    public var unit: String?
    /// Where the figures come from, for the caption; empty when unknown.
    public var provenance: [String]

    public init(
        kind: Kind, valueColumn: Int, labelColumn: Int?, estimatedColumn: Int? = nil, bins: Int? = nil,
        title: String, unit: String? = nil, provenance: [String] = []
    ) {
        self.kind = kind
        self.valueColumn = valueColumn
        self.labelColumn = labelColumn
        self.estimatedColumn = estimatedColumn
        self.bins = bins
        self.title = title
        self.unit = unit
        self.provenance = provenance
    }
}
