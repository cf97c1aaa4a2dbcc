import PeruseStorage

/// What the user said about a file in `load … with (…)`; nil means "find out from the file".
public struct LoadOptions: Sendable {
    /// Whether the first CSV record names the columns.
    public var header: Bool?
    /// The CSV field delimiter, one byte: `,` `;` tab `|` …
    public var delimiter: UInt8?
    /// The CSV quote character; `.some(nil)` turns quoting off.
    public var quote: UInt8??
    /// Text that stands for NULL besides the empty field: `NA`, `-`.
    public var nullText: String?
    /// Types the user gave for some columns, by case-insensitive name.
    public var types: [(name: String, type: DataType)] = []
    /// The most memory the load may hold (the engine's memory limit; not a `with (…)` option).
    /// Past it the load stops with an error instead of the machine running out of memory.
    public var memoryLimit: Int?

    public init() {}
}

/// What a load produced: the columns, and how the file was read (for the report).
public struct LoadedTable {
    public var schema: [ColumnInfo]
    public var columns: [Vector]
    public var rowCount: Int
    /// `CSV (delimiter ',', header)`, `JSON array`, `NDJSON`.
    public var formatDescription: String
    /// The file's size in bytes.
    public var byteCount: Int
}

/// The formats a file can be read as or written in, chosen by extension.
public enum FileFormat: String, Sendable, CaseIterable {
    case csv, tsv, json, ndjson, markdown

    /// The format an extension names (`csv`, `TSV`, `jsonl`…); nil for other extensions
    /// (`.txt` among them: its contents decide).
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "csv": self = .csv
        case "tsv", "tab": self = .tsv
        case "json": self = .json
        case "ndjson", "jsonl": self = .ndjson
        case "md", "markdown": self = .markdown
        default: return nil
        }
    }

    /// The extension of `path` (after the last dot of its last component), lowercased.
    public static func fileExtension(of path: String) -> String {
        let last = path.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
        guard let dot = last.lastIndex(of: "."), dot != last.startIndex else { return "" }
        return String(last[last.index(after: dot)...]).lowercased()
    }
}
