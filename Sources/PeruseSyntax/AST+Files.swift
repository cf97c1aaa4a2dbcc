/// Syntax for moving data between files and tables: `load` and `save`.

/// A file path as written in a statement: `'data/events.csv'`.
public struct FilePath: Hashable, Sendable {
    /// The path with the quotes removed and `''` folded.
    public var path: String
    public var range: SourceRange

    public init(_ path: String, range: SourceRange = .empty) {
        self.path = path
        self.range = range
    }

    public static func == (a: FilePath, b: FilePath) -> Bool { a.path == b.path }
    public func hash(into h: inout Hasher) { h.combine(path) }
}

/// One `name = value` inside `load … with (…)`: `header = false`, `delimiter = ';'`,
/// `null = 'NA'`, `types = (year bigint, code varchar)`.
public struct LoadOption: Hashable, Sendable {
    public enum Setting: Hashable, Sendable {
        case string(String)
        case boolean(Bool)
        case columns([ColumnDefinition])
    }

    public var name: Identifier
    public var setting: Setting
    /// Where the value stands, for messages about it.
    public var range: SourceRange

    public init(name: Identifier, setting: Setting, range: SourceRange = .empty) {
        self.name = name
        self.setting = setting
        self.range = range
    }

    public static func == (a: LoadOption, b: LoadOption) -> Bool { a.name == b.name && a.setting == b.setting }
    public func hash(into h: inout Hasher) {
        h.combine(name)
        h.combine(setting)
    }
}

/// What `save … to 'path'` writes: a whole table or a query's result.
public enum SaveSource: Hashable, Sendable {
    case table(Identifier)
    case query(SelectStatement)
}
