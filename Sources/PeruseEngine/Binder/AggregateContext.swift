import PeruseStorage
import PeruseSyntax

/// What an aggregate function computes.
enum AggregateKind: String, Hashable {
    case countStar = "count(*)"
    case count, sum, avg, min, max, median, stddev

    static func named(_ name: String) -> AggregateKind? {
        switch name.lowercased() {
        case "count": .count
        case "sum": .sum
        case "avg", "mean": .avg
        case "min": .min
        case "max": .max
        case "median": .median
        case "stddev", "stddev_samp": .stddev
        default: nil
        }
    }

    /// The result type for an argument of type `t`, or nil when the pair makes no sense.
    func resultType(for t: DataType) -> DataType? {
        switch self {
        case .countStar, .count: return .bigint
        case .sum: return t == .double ? .double : (t == .bigint || t == .null ? .bigint : nil)
        case .avg, .median, .stddev: return t.isNumeric || t == .null ? .double : nil
        case .min, .max: return t
        }
    }
}

/// One aggregate call in a query: `sum(reports)`, `count(distinct region)`.
struct AggregateCall: Hashable {
    var kind: AggregateKind
    /// nil for `count(*)`.
    var argument: BoundExpr?
    var distinct: Bool
    var type: DataType
}

/// The grouping keys and aggregates of one `select`, collected while binding its
/// select list, `having` and `order by`. After aggregation, column `i < groups.count`
/// of a batch is group key `i`, and column `groups.count + j` is aggregate `j`.
final class AggregateContext {
    var groups: [BoundExpr]
    var aggregates: [AggregateCall] = []

    init(groups: [BoundExpr]) { self.groups = groups }

    /// The output column of `call`, adding it if new.
    func column(for call: AggregateCall) -> Int {
        if let i = aggregates.firstIndex(of: call) { return groups.count + i }
        aggregates.append(call)
        return groups.count + aggregates.count - 1
    }
}
