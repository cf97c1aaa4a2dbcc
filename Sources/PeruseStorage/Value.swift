/// One value, boxed: for literals, rendering and tests. Execution works on `Vector`s.
public enum Value: Hashable, Sendable {
    case null
    case bigint(Int64)
    case double(Double)
    case varchar(String)
    case boolean(Bool)
    /// Days since 1970-01-01.
    case date(Int64)

    public var type: DataType {
        switch self {
        case .null: .null
        case .bigint: .bigint
        case .double: .double
        case .varchar: .varchar
        case .boolean: .boolean
        case .date: .date
        }
    }

    public var isNull: Bool { if case .null = self { true } else { false } }

    /// SQL's sameness, as DuckDB has it (for sets of values and cached answers): text is equal
    /// when its UTF-8 bytes are (not under Swift's canonical equivalence), NaN equals NaN, and
    /// -0.0 equals 0.0.
    public static func == (a: Value, b: Value) -> Bool {
        switch (a, b) {
        case (.null, .null): true
        case (.bigint(let x), .bigint(let y)), (.date(let x), .date(let y)): x == y
        case (.double(let x), .double(let y)): x == y || (x.isNaN && y.isNaN)
        case (.varchar(let x), .varchar(let y)): ExactText(x) == ExactText(y)
        case (.boolean(let x), .boolean(let y)): x == y
        default: false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null: hasher.combine(0)
        case .bigint(let x): hasher.combine(1); hasher.combine(x)
        case .date(let x): hasher.combine(2); hasher.combine(x)
        case .double(let x): hasher.combine(3); hasher.combine(x.isNaN ? Double.nan.bitPattern : (x == 0 ? 0 : x.bitPattern))
        case .varchar(let s): hasher.combine(4); ExactText(s).hash(into: &hasher)
        case .boolean(let x): hasher.combine(5); hasher.combine(x)
        }
    }
}
