/// A column's name and type.
public struct ColumnInfo: Hashable, Sendable {
    public var name: String
    public var type: DataType
    /// Inserts may not put NULL here.
    public var notNull: Bool
    /// Inserts may not repeat a value here (NULLs may repeat).
    public var unique: Bool
    public init(name: String, type: DataType, notNull: Bool = false, unique: Bool = false) {
        self.name = name
        self.type = type
        self.notNull = notNull
        self.unique = unique
    }
}

/// A named table: one contiguous vector per column, all of `rowCount` rows.
///
/// A value type: a statement builds the new version and the catalog swaps it in only
/// when the statement succeeds, so a failed statement changes nothing.
public struct Table {
    public var name: String
    public var schema: [ColumnInfo]
    public var columns: [Vector]
    public var rowCount: Int
    /// Provenance and units, for the built-in tables; nil for a user's own.
    public var metadata: TableMetadata?

    public init(name: String, schema: [ColumnInfo], columns: [Vector], metadata: TableMetadata? = nil) {
        self.name = name
        self.schema = schema
        self.columns = columns
        self.rowCount = columns.first?.count ?? 0
        self.metadata = metadata
    }

    /// An empty table with the given columns.
    public init(name: String, schema: [ColumnInfo]) {
        self.init(
            name: name, schema: schema,
            columns: schema.map { VectorBuilder(type: $0.type).build() })
    }

    /// Index of the column called `name`, ignoring case.
    public func columnIndex(_ name: String) -> Int? {
        let lower = name.lowercased()
        return schema.firstIndex { $0.name.lowercased() == lower }
    }
}

/// The result of a query: named columns of equal length.
public struct ResultTable {
    public var columnNames: [String]
    public var columns: [Vector]
    public var rowCount: Int
    /// Notes, provenance and units for the reader; empty unless the engine set them.
    public var annotations = ResultAnnotations()
    /// When set, the table format draws this chart of the rows instead of a table.
    public var chart: ChartSpec?
    /// When set, the table format prints this text instead of a box (`explain`); other
    /// formats still write the rows.
    public var plainText: String?

    public init(columnNames: [String], columns: [Vector]) {
        self.columnNames = columnNames
        self.columns = columns
        self.rowCount = columns.first?.count ?? 0
    }

    public var columnTypes: [DataType] { columns.map(\.type) }

    public func value(row: Int, column: Int) -> Value {
        guard column >= 0, column < columns.count else { return .null }
        return columns[column].value(at: row)
    }
}
