import PeruseSyntax

/// The text forms a result can be rendered in.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// Unicode box drawing for people at a terminal: `┌──┬──┐`, a row of types, a footer
    /// counting rows.
    case table
    /// RFC 4180 comma-separated values, written the way DuckDB's `COPY … TO 'x.csv'` writes them.
    case csv
    /// One JSON array of objects, one object per line.
    case json
    /// A GitHub-flavoured Markdown pipe table.
    case markdown
    /// One `column = value` line per column, a blank line between rows (sqlite3's `.mode line`).
    case line
}

/// How `Renderer.render` lays a result out.
public struct RenderOptions: Sendable {
    /// The output format; `.table` unless set.
    public var format: OutputFormat = .table
    /// The text of a NULL; `nil` means the format's default: `NULL` in table and markdown, an
    /// empty field in CSV. JSON always writes `null`.
    public var nullText: String? = nil
    /// Whether CSV and table output start with the column names (table: names and types).
    /// Markdown always has its header row: a pipe table without one is not a table.
    public var showHeader: Bool = true
    /// Table only: the terminal width to fit. A wider table loses middle columns, replaced by
    /// one `…` column. `nil` means no limit.
    public var maxWidth: Int? = nil
    /// Table only: the most rows to show. A longer result shows the first ⌈n/2⌉ and last ⌊n/2⌋
    /// rows around a `… 995 more rows …` line. `nil` means every row.
    public var maxRows: Int? = nil
    /// Table only: print a result's notes under it (rows a filter dropped because its condition
    /// was NULL, values of different units added). Off unless asked; the shell turns it on.
    public var showsNotes: Bool = false
    /// Table only: print where a result's figures come from under it, and each column's unit
    /// beside its type. Off unless asked; the shell turns it on (`.provenance on|off`).
    public var showsProvenance: Bool = false
    /// Table and line only: colour with ANSI escapes (bold names, dim types and NULLs, coloured
    /// numbers). For terminals only; off by default.
    public var useColor: Bool = false
    /// The language of the words a renderer adds (`2 rows`, `note:`, chart captions) and of the
    /// notes and provenance lines it prints (`ResultText`). Values and column names are data
    /// and stay as they are. English unless set.
    public var language: Language = .en

    public init() {}

    /// Options for `format`, every other setting at its default.
    public init(format: OutputFormat) {
        self.format = format
    }
}
