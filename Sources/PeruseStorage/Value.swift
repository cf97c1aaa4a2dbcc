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
}
