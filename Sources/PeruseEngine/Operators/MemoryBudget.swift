import PeruseStorage
import PeruseSyntax

/// The bytes one statement's operators may hold at once. Every operator that keeps
/// rows (groups, sort buffers, DISTINCT's seen values, the collected result, the copy
/// an insert builds) reserves what it is about to keep, and the statement stops with
/// an "out of memory" diagnostic naming that operator before it passes the limit.
///
/// Figures are estimates of the column buffers (see `DataType.estimatedWidth`), not
/// exact heap sizes; they are meant to stop a runaway query, not to account for bytes.
final class MemoryBudget {
    /// Bytes allowed; nil: no limit.
    let limit: Int?
    /// Bytes reserved so far by this statement.
    private(set) var reserved = 0

    init(limit: Int?) {
        self.limit = limit
    }

    /// Records that `operator` (a user-facing name: "group by", "order by", "result")
    /// is about to hold `bytes` more, or throws when that would pass the limit.
    func reserve(bytes: Int, operator name: String) throws(Diagnostic) {
        let (total, overflow) = reserved.addingReportingOverflow(max(0, bytes))
        if let limit, overflow || total > limit {
            let need = overflow ? "more than \(ByteSize.format(Int.max))" : ByteSize.format(total)
            throw .error(
                "exec.out-of-memory",
                "out of memory: the \(name) would need at least \(need), over the \(ByteSize.format(limit)) limit",
                help: "narrow the query (a where clause, fewer groups, a limit), or raise the limit with .limit memory or --memory-limit")
        }
        reserved = total
    }

    /// Reserves `rows` rows of columns of `types`.
    func reserve(rows: Int, of types: [DataType], operator name: String) throws(Diagnostic) {
        try reserve(rows: rows, bytesPerRow: types.estimatedWidth, operator: name)
    }

    /// Reserves `rows` rows of `bytesPerRow` each.
    func reserve(rows: Int, bytesPerRow: Int, operator name: String) throws(Diagnostic) {
        let (bytes, overflow) = max(0, rows).multipliedReportingOverflow(by: max(0, bytesPerRow))
        try reserve(bytes: overflow ? Int.max : bytes, operator: name)
    }

    /// Gives back bytes an operator no longer holds.
    func release(bytes: Int) {
        reserved = max(0, reserved - max(0, bytes))
    }
}

extension DataType {
    /// Estimated bytes per row in a column of this type: the value slot plus a share of
    /// the string dictionary for VARCHAR.
    var estimatedWidth: Int {
        switch self {
        case .bigint, .double, .date: 8
        case .boolean: 1
        case .varchar: 16
        case .null: 0
        }
    }
}

extension [DataType] {
    /// Estimated bytes of one row with columns of these types.
    var estimatedWidth: Int { reduce(0) { $0 + $1.estimatedWidth } }
}
