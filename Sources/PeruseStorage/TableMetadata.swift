/// Where a table's figures come from and what they measure: set for the built-in tables
/// by their loader, absent for tables a user creates.
public struct TableMetadata: Hashable, Sendable {
    /// Ids of the articles (rows of `sources`) the figures are taken from.
    public var sourceIDs: [String]
    /// The short credit shown under a result: `France 24 (INEI)`.
    public var credit: String
    /// Cautions a reader needs: `2023 is an estimate`, `rates may be cumulative`.
    public var caveats: [String]
    /// The unit of each column that has one, by lowercased column name: `percent`, `reports`.
    public var units: [String: String]

    public init(sourceIDs: [String], credit: String, caveats: [String] = [], units: [String: String] = [:]) {
        self.sourceIDs = sourceIDs
        self.credit = credit
        self.caveats = caveats
        self.units = units
    }

    /// The unit of column `name`, ignoring case; nil when it has none.
    public func unit(of name: String) -> String? { units[name.lowercased()] }

    /// One line for the foot of a result: `source: France 24 (INEI); 2023 is an estimate`.
    public var footer: String {
        (["source: " + credit] + caveats).joined(separator: "; ")
    }
}

/// What a reader should know about a result beyond its rows: set by the engine, shown by
/// the table format when asked (`RenderOptions.showsAnnotations`), never written to CSV or JSON.
public struct ResultAnnotations: Hashable, Sendable {
    /// Plain sentences about how the rows were made: `dropped 2 rows where rate is NULL`.
    public var notes: [String] = []
    /// Where the figures come from, one line per table read.
    public var provenance: [String] = []
    /// The unit of each result column (nil: none known), parallel to the columns, or empty.
    public var units: [String?] = []

    public init(notes: [String] = [], provenance: [String] = [], units: [String?] = []) {
        self.notes = notes
        self.provenance = provenance
        self.units = units
    }

    public var isEmpty: Bool { notes.isEmpty && provenance.isEmpty && units.allSatisfy { $0 == nil } }
}
