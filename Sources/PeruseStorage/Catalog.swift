/// The tables Peruse knows, by case-insensitive name.
public struct Catalog {
    private var tables: [String: Table] = [:]

    public init() {}

    /// The table called `name`, ignoring case.
    public func table(_ name: String) -> Table? { tables[name.lowercased()] }

    /// All tables, sorted by name.
    public var allTables: [Table] { tables.values.sorted { $0.name < $1.name } }

    public var tableNames: [String] { allTables.map(\.name) }

    /// Adds or replaces a table.
    public mutating func put(_ table: Table) { tables[table.name.lowercased()] = table }

    @discardableResult
    public mutating func remove(_ name: String) -> Table? { tables.removeValue(forKey: name.lowercased()) }
}
