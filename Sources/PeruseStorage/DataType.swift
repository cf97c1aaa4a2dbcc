/// The types a column or expression can have.
public enum DataType: Hashable, Sendable, CustomStringConvertible {
    case bigint
    case double
    case varchar
    case boolean
    /// Days since 1970-01-01, stored as `Int64`.
    case date
    /// The type of a bare `NULL` literal, before anything gives it a real type.
    case null

    /// The name shown by `describe` and in messages: `BIGINT`, `DOUBLE`, …
    public var description: String {
        switch self {
        case .bigint: "BIGINT"
        case .double: "DOUBLE"
        case .varchar: "VARCHAR"
        case .boolean: "BOOLEAN"
        case .date: "DATE"
        case .null: "NULL"
        }
    }

    public var isNumeric: Bool { self == .bigint || self == .double }

    /// The type a type name stands for, accepting DuckDB's and PostgreSQL's usual aliases.
    public static func named(_ name: String) -> DataType? {
        switch name.lowercased() {
        case "bigint", "int8", "long", "integer", "int", "int4", "signed", "smallint", "int2",
            "short", "tinyint", "int1", "hugeint", "ubigint", "uinteger", "usmallint", "utinyint":
            .bigint
        case "double", "float8", "float", "float4", "real", "decimal", "numeric", "double precision":
            .double
        case "varchar", "text", "string", "char", "bpchar", "character", "character varying":
            .varchar
        case "boolean", "bool", "logical":
            .boolean
        case "date":
            .date
        default:
            nil
        }
    }

    /// Names offered as suggestions when a type name is unknown.
    public static let canonicalNames = ["BIGINT", "INTEGER", "DOUBLE", "VARCHAR", "BOOLEAN", "DATE"]
}
