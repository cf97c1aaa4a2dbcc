import PeruseStorage
import PeruseSyntax

/// What an aggregate function computes.
enum AggregateKind: String, Hashable {
    case countStar = "count(*)"
    case count, sum, avg, min, max, median, stddev
    case stringAgg = "string_agg", quantileCont = "quantile_cont", mode, varSamp = "var_samp", corr

    /// Whether it keeps every input value (not one running state per group).
    var keepsValues: Bool { [.median, .stringAgg, .quantileCont, .mode].contains(self) }

    /// How many arguments it takes: (least, most).
    var arity: ClosedRange<Int> {
        switch self {
        case .stringAgg: 1...2
        case .quantileCont, .corr: 2...2
        default: 1...1
        }
    }

    static func named(_ name: String) -> AggregateKind? {
        switch name.lowercased() {
        case "count": .count
        case "sum": .sum
        case "avg", "mean": .avg
        case "min": .min
        case "max": .max
        case "median": .median
        case "stddev", "stddev_samp": .stddev
        case "string_agg", "group_concat", "listagg": .stringAgg
        case "quantile_cont": .quantileCont
        case "mode": .mode
        case "var_samp", "variance": .varSamp
        case "corr": .corr
        default: nil
        }
    }

    /// The result type for an argument of type `t`, or nil when the pair makes no sense.
    func resultType(for t: DataType) -> DataType? {
        switch self {
        case .countStar, .count: return .bigint
        case .sum: return t == .double ? .double : (t == .bigint || t == .null ? .bigint : nil)
        case .avg, .median, .stddev, .quantileCont, .varSamp, .corr: return t.isNumeric || t == .null ? .double : nil
        case .min, .max, .mode: return t
        case .stringAgg: return .varchar
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
    /// corr's second argument.
    var second: BoundExpr? = nil
    /// string_agg's separator, quantile_cont's fraction.
    var parameter: Value? = nil
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
