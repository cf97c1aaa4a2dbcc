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
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case divide = "/"
    case integerDivide = "//"
    case modulo = "%"
    case concat = "||"
    case equal = "="
    case notEqual = "<>"
    case less = "<"
    case lessEqual = "<="
    case greater = ">"
    case greaterEqual = ">="
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
        /// `x [not] like p [escape c]` / `ilike`
        case like(Expr, pattern: Expr, escape: Expr?, caseInsensitive: Bool, negated: Bool)
        /// `x is [not] null`
        case isNull(Expr, negated: Bool)
        /// `case [operand] when … then … [else …] end`
        case caseWhen(operand: Expr?, whens: [WhenClause], otherwise: Expr?)
        /// `cast(x as T)` and `x::T`
        case cast(Expr, TypeName)
        /// `f(args)`, `count(*)` (args = [star]), `count(distinct x)`.
        case function(name: Identifier, args: [Expr], distinct: Bool)
        /// `f(args) over (…)`
        case window(name: Identifier, args: [Expr], distinct: Bool, WindowSpec)
        /// `(select …)`: one value.
        case subquery(SelectStatement)
        /// `[not] exists (select …)`
        case exists(SelectStatement, negated: Bool)
        /// `x [not] in (select …)`
        case inSubquery(Expr, SelectStatement, negated: Bool)
        /// `x op any (select …)`, `some` (the same) or `all`; `op` is a comparison.
        case quantified(Expr, BinaryOperator, SelectStatement, all: Bool)
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
    /// `*` or `t.*`, with `exclude (…)` and `replace (expr as c, …)`.
    case star(table: Identifier?, range: SourceRange, modifiers: StarModifiers = StarModifiers())
    case expr(Expr, alias: Identifier?)

    public static func == (a: SelectItem, b: SelectItem) -> Bool {
        switch (a, b) {
        case (.star(let t1, _, let m1), .star(let t2, _, let m2)): return t1 == t2 && m1 == m2
        case (.expr(let e1, let a1), .expr(let e2, let a2)): return e1 == e2 && a1 == a2
        default: return false
        }
    }
    public func hash(into h: inout Hasher) {
        switch self {
        case .star(let table, _, let modifiers):
            h.combine(0)
            h.combine(table)
            h.combine(modifiers)
        case .expr(let e, let alias):
            h.combine(1)
            h.combine(e)
            h.combine(alias)
        }
    }
}

/// What `from` reads: a table, a subquery, or a join of two of them.
public indirect enum TableRef: Hashable, Sendable {
    /// `t [[as] alias]`, or a CTE's name.
    case table(name: Identifier, alias: Identifier?)
    /// `(select …) [[as] alias [(c, …)]]`
    case subquery(SelectStatement, alias: Identifier?, columns: [Identifier])
    /// `left [kind] join right [on … | using (…)]`; a comma join is `.cross` with no condition.
    case join(JoinKind, TableRef, TableRef, JoinCondition?)

    /// A plain table reference (the common case).
    public init(name: Identifier, alias: Identifier? = nil) {
        self = .table(name: name, alias: alias)
    }
}

public enum JoinKind: String, Hashable, Sendable {
    case inner, left, right, full, cross
}

public enum JoinCondition: Hashable, Sendable {
    case on(Expr)
    case using([Identifier])
}

/// `name [(c, …)] as (query)` in a `with` clause.
public struct CommonTableExpression: Hashable, Sendable {
    public var name: Identifier
    public var columns: [Identifier]
    public var query: SelectStatement
    public init(name: Identifier, columns: [Identifier] = [], query: SelectStatement) {
        self.name = name
        self.columns = columns
        self.query = query
    }
}

public enum SetOperator: String, Hashable, Sendable {
    case union, intersect, except
}

/// One `union [all] select …` after the first select of a compound query.
public struct CompoundTerm: Hashable, Sendable {
    public var op: SetOperator
    public var all: Bool
    public var select: SelectStatement
    public init(op: SetOperator, all: Bool, select: SelectStatement) {
        self.op = op
        self.all = all
        self.select = select
    }
}

/// `over ([partition by …] [order by …] [rows|range between … and …])`
public struct WindowSpec: Hashable, Sendable {
    public var partitionBy: [Expr] = []
    public var orderBy: [OrderItem] = []
    public var frame: WindowFrame?
    public init() {}
}

/// `rows between start and end`; `range` frames only with unbounded/current row bounds.
public struct WindowFrame: Hashable, Sendable {
    public var isRange: Bool
    public var start: FrameBound
    public var end: FrameBound
    public init(isRange: Bool, start: FrameBound, end: FrameBound) {
        self.isRange = isRange
        self.start = start
        self.end = end
    }
}

public enum FrameBound: Hashable, Sendable {
    case unboundedPreceding
    case preceding(Expr)
    case currentRow
    case following(Expr)
    case unboundedFollowing
}

/// `exclude (a, b)` and `replace (expr as c)` after a select-list star.
public struct StarModifiers: Hashable, Sendable {
    public var exclude: [Identifier] = []
    public var replace: [(Expr, Identifier)] = []
    public init() {}
    public static func == (a: StarModifiers, b: StarModifiers) -> Bool {
        a.exclude == b.exclude && a.replace.map(\.0) == b.replace.map(\.0) && a.replace.map(\.1) == b.replace.map(\.1)
    }
    public func hash(into h: inout Hasher) {
        h.combine(exclude)
        for (e, n) in replace {
            h.combine(e)
            h.combine(n)
        }
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

/// A query: `[with …] select … [union …] [order by …] [limit …]`.
///
/// With `compound` terms, this select is the first operand and its `orderBy`, `limit` and
/// `offset` apply to the whole compound result.
public struct SelectStatement: Hashable, Sendable {
    public var with: [CommonTableExpression] = []
    public var distinct: Bool = false
    public var items: [SelectItem] = []
    public var from: TableRef? = nil
    public var whereClause: Expr? = nil
    public var groupBy: [Expr] = []
    /// `group by all`
    public var groupByAll: Bool = false
    public var having: Expr? = nil
    public var orderBy: [OrderItem] = []
    public var limit: Expr? = nil
    public var offset: Expr? = nil
    /// `order by all [asc|desc]`: the direction item, its expression unused.
    public var orderByAll: OrderItem? = nil
    public var compound: [CompoundTerm] = []
    public init() {}
}

public struct ColumnDefinition: Hashable, Sendable {
    public var name: Identifier
    public var type: TypeName
    /// `not null` (or `primary key`).
    public var notNull: Bool
    /// `unique` (or `primary key`).
    public var unique: Bool
    public init(name: Identifier, type: TypeName, notNull: Bool = false, unique: Bool = false) {
        self.name = name
        self.type = type
        self.notNull = notNull
        self.unique = unique
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
    /// `create [unique] index [if not exists] i on t (c, …)`: accepted, does nothing.
    case createIndex(name: Identifier, table: Identifier)
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
