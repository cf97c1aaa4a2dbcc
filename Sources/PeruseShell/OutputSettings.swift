import PeruseIO
import PeruseSyntax

/// How the shell prints results; changed by `.mode`, `.headers`, `.nullvalue`, `.maxrows`
/// and `.timer`.
public struct OutputSettings: Sendable, Equatable {
    /// The result format (`.mode`).
    public var format: OutputFormat = .table
    /// Whether column names are printed (`.headers`).
    public var showHeader = true
    /// The text of NULL (`.nullvalue`); nil is the format's own default.
    public var nullText: String? = nil
    /// At a terminal, the most rows a table shows (`.maxrows`); nil shows every row.
    public var maxRows: Int? = 40
    /// Whether each statement's wall time is printed (`.timer`).
    public var showsTimer = false
    /// Whether tables use colour: set at a terminal unless `NO_COLOR` is set.
    public var usesColor = false
    /// Whether notes (rows dropped as NULL, mixed units) are printed under a table.
    public var showsNotes = true
    /// Whether a table from built-in data says where its figures come from (`.provenance`).
    public var showsProvenance = true

    public init() {}

    /// Render options for output going to a terminal `width` columns wide (nil: not a terminal),
    /// where only a terminal gets fitting, row eliding and colour; the words renderers add
    /// (`2 rows`, notes) in `language`.
    public func renderOptions(terminalWidth width: Int?, language: Language = .en) -> RenderOptions {
        var options = RenderOptions(format: format)
        options.language = language
        options.showHeader = showHeader
        options.nullText = nullText
        options.showsNotes = showsNotes
        options.showsProvenance = showsProvenance
        if let width {
            options.maxWidth = width
            options.maxRows = maxRows
            options.useColor = usesColor
        }
        return options
    }
}
