import PeruseStorage
import PeruseSyntax

/// The output of an operator that must read all its input before it can answer (group by,
/// sort, window functions): computed once as whole columns, then handed out a batch at a
/// time as slices of those columns (no copy).
struct MaterializedOutput {
    private var columns: [Vector] = []
    private var count = 0
    private var offset = 0
    private var computed = false

    /// The next batch; runs `compute` the first time.
    mutating func next(_ compute: () throws(Diagnostic) -> (columns: [Vector], count: Int)) throws(Diagnostic)
        -> Batch?
    {
        if !computed {
            (columns, count) = try compute()
            computed = true
        }
        guard offset < count else { return nil }
        let length = min(Batch.capacity, count - offset)
        let batch = Batch(columns: columns.map { $0.slice(start: offset, length: length) }, count: length)
        offset += length
        return batch
    }
}
