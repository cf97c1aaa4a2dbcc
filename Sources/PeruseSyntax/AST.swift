/// The syntax tree the parser produces. Names are as written; nothing is resolved yet.
/// Source ranges are carried on every node but never take part in equality.

/// A name as written. Matching against the catalog is case-insensitive.
public struct Identifier: Hashable, Sendable, CustomStringConvertible {
    public var name: String
    public var quoted: Bool
    public var range: SourceRange

    public init(_ name: String, quoted: Bool = false, range: SourceRange = .empty) {
        self.name = name
        self.quoted = quoted
        self.range = range
    }

    public var description: String { name }

    public static func == (a: Identifier, b: Identifier) -> Bool {
        a.name == b.name && a.quoted == b.quoted
    }
    public func hash(into h: inout Hasher) {
        h.combine(name)
        h.combine(quoted)
    }
}

/// A type name in `cast(x as T)`, `x::T` or a column definition: `BIGINT`, `varchar`, `INTEGER`...
public struct TypeName: Hashable, Sendable {
    public var name: String
    public var range: SourceRange

    public init(_ name: String, range: SourceRange = .empty) {
        self.name = name
        self.range = range
    }
    public static func == (a: TypeName, b: TypeName) -> Bool { a.name.lowercased() == b.name.lowercased() }
    public func hash(into h: inout Hasher) { h.combine(name.lowercased()) }
}

public enum Literal: Hashable, Sendable {
    /// Digits as written (a leading `-` when the parser folded a unary minus into it).
    case integer(String)
    /// A number with a point or exponent, as written.
    case decimal(String)
    case string(String)
    case boolean(Bool)
    case null
}

public enum UnaryOperator: String, Hashable, Sendable {
    case negate = "-"
    case plus = "+"
    case not = "not"
}

public enum BinaryOperator: String, Hashable, Sendable {
    case add = "+", subtract = "-", multiply = "*", divide = "/", integerDivide = "//", modulo = "%"
    case concat = "||"
    case equal = "=", notEqual = "<>", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
    case and, or
}

/// An expression with the source range it was parsed from.
public struct Expr: Hashable, Sendable {
    public indirect enum Kind: Hashable, Sendable {
        case literal(Literal)
        /// `rate` or `c.rate`.
        case column(table: Identifier?, name: Identifier)
        /// `*` inside `count(*)`; select-list stars are `SelectItem.star`.
        case star
        case unary(UnaryOperator, Expr)
        case binary(BinaryOperator, Expr, Expr)
        /// `x [not] between lo and hi`
        case between(Expr, low: Expr, high: Expr, negated: Bool)
        /// `x [not] in (a, b, …)`
        case inList(Expr, [Expr], negated: Bool)
        /// `x [not] like p` / `ilike`
        case like(Expr, pattern: Expr, caseInsensitive: Bool, negated: Bool)
        /// `x is [not] null`
        case isNull(Expr, negated: Bool)
        /// `case [operand] when … then … [else …] end`
        case caseWhen(operand: Expr?, whens: [WhenClause], otherwise: Expr?)
        /// `cast(x as T)` and `x::T`
        case cast(Expr, TypeName)
        /// `f(args)`, `count(*)` (args = [star]), `count(distinct x)`.
        case function(name: Identifier, args: [Expr], distinct: Bool)
    }

    public var kind: Kind
    public var range: SourceRange

    public init(_ kind: Kind, range: SourceRange = .empty) {
        self.kind = kind
        self.range = range
    }

    public static func == (a: Expr, b: Expr) -> Bool { a.kind == b.kind }
    public func hash(into h: inout Hasher) { h.combine(kind) }
}

public struct WhenClause: Hashable, Sendable {
    public var condition: Expr
    public var result: Expr
    public init(condition: Expr, result: Expr) {
        self.condition = condition
        self.result = result
    }
}

public enum SelectItem: Hashable, Sendable {
    /// `*` or `t.*`
    case star(table: Identifier?, range: SourceRange)
    case expr(Expr, alias: Identifier?)

    public static func == (a: SelectItem, b: SelectItem) -> Bool {
        switch (a, b) {
        case (.star(let t1, _), .star(let t2, _)): return t1 == t2
        case (.expr(let e1, let a1), .expr(let e2, let a2)): return e1 == e2 && a1 == a2
        default: return false
        }
    }
    public func hash(into h: inout Hasher) {
        switch self {
        case .star(let table, _):
            h.combine(0)
            h.combine(table)
        case .expr(let e, let alias):
            h.combine(1)
            h.combine(e)
            h.combine(alias)
        }
    }
}

/// A table in `from`. (Joins and subqueries come with the wider language.)
public struct TableRef: Hashable, Sendable {
    public var name: Identifier
    public var alias: Identifier?
    public init(name: Identifier, alias: Identifier? = nil) {
        self.name = name
        self.alias = alias
    }
}

public struct OrderItem: Hashable, Sendable {
    public var expr: Expr
    /// nil when neither `asc` nor `desc` was written (ascending).
    public var ascending: Bool?
    /// nil when `nulls first|last` was not written (DuckDB: nulls last).
    public var nullsFirst: Bool?
    public init(expr: Expr, ascending: Bool? = nil, nullsFirst: Bool? = nil) {
        self.expr = expr
        self.ascending = ascending
        self.nullsFirst = nullsFirst
    }
}

public struct SelectStatement: Hashable, Sendable {
    public var distinct: Bool = false
    public var items: [SelectItem] = []
    public var from: TableRef? = nil
    public var whereClause: Expr? = nil
    public var groupBy: [Expr] = []
    public var having: Expr? = nil
    public var orderBy: [OrderItem] = []
    public var limit: Expr? = nil
    public var offset: Expr? = nil
    public init() {}
}

public struct ColumnDefinition: Hashable, Sendable {
    public var name: Identifier
    public var type: TypeName
    public init(name: Identifier, type: TypeName) {
        self.name = name
        self.type = type
    }
}

public enum Statement: Hashable, Sendable {
    case select(SelectStatement)
    /// `create table t (c T, …)`
    case createTable(name: Identifier, columns: [ColumnDefinition], ifNotExists: Bool)
    /// `create table t as select …`
    case createTableAs(name: Identifier, query: SelectStatement, ifNotExists: Bool)
    /// `insert into t [(c, …)] values (…), (…)`
    case insertValues(table: Identifier, columns: [Identifier]?, rows: [[Expr]])
    /// `insert into t [(c, …)] select …`
    case insertSelect(table: Identifier, columns: [Identifier]?, query: SelectStatement)
    case dropTable(name: Identifier, ifExists: Bool)
    case showTables
    case describe(table: Identifier)
    /// `summarize t` or `summarize (query)`: one row per column describing its values.
    case summarize(SummarizeTarget)
    /// `chart bar|line|hist …`
    case chart(ChartStatement)
    /// `explain [analyze] query`
    case explain(SelectStatement, analyze: Bool)
    /// `load 'path' [as t] [with (option = value, …)]`
    case load(path: FilePath, table: Identifier?, options: [LoadOption])
    /// `save t to 'path'` or `save (select …) to 'path'`
    case save(source: SaveSource, path: FilePath)
}

/// A statement with where it stands in the source.
public struct ParsedStatement: Hashable, Sendable {
    public var statement: Statement
    public var range: SourceRange
    public init(statement: Statement, range: SourceRange) {
        self.statement = statement
        self.range = range
    }
    public static func == (a: ParsedStatement, b: ParsedStatement) -> Bool { a.statement == b.statement }
    public func hash(into h: inout Hasher) { h.combine(statement) }
}
