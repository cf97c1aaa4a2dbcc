import PeruseStorage
import PeruseSyntax

/// Window functions: reads its whole input, then for each call sorts the rows by partition
/// and order keys, walks each partition, and writes one value per row. Outputs the input's
/// columns followed by one column per call, in input order.
final class WindowOperator: Operator {
    private let child: Operator
    private let calls: [WindowCall]
    private let types: [DataType]
    private let context: ExecutionContext
    private var output = MaterializedOutput()

    init(_ child: Operator, _ calls: [WindowCall], types: [DataType], _ context: ExecutionContext) {
        self.child = child
        self.calls = calls
        self.types = types
        self.context = context
    }

    func next() throws(Diagnostic) -> Batch? {
        try output.next { () throws(Diagnostic) in try run() }
    }

    private func run() throws(Diagnostic) -> (columns: [Vector], count: Int) {
        var builders = types.map { VectorBuilder(type: $0) }
        // Every input row is kept, with one value per window function and its sort position.
        let rowBytes = types.estimatedWidth + calls.map(\.type).estimatedWidth + 8 * calls.count
        while let batch = try child.next() {
            try context.checkCancelled()
            try context.budget.reserve(rows: batch.count, bytesPerRow: rowBytes, operator: "window function")
            for i in 0..<builders.count {
                let column = i < batch.columns.count ? batch.columns[i] : Vector(type: .null, count: 0, storage: .null)
                if column.count == 0 && batch.count > 0 {
                    // A column nobody above reads (a placeholder): keep the row count right.
                    builders[i].appendNulls(batch.count)
                } else {
                    builders[i].append(column, selection: batch.selection)
                }
            }
        }
        var columns = builders.map { $0.build() }
        let count = columns.first?.count ?? 0
        for call in calls {
            try context.checkCancelled()
            columns.append(try compute(call, columns, count))
        }
        return (columns, count)
    }

    /// `exprs` evaluated over all rows, a batch at a time.
    private func evaluateAll(_ exprs: [BoundExpr], _ columns: [Vector], _ count: Int) throws(Diagnostic) -> [Vector] {
        var builders = exprs.map { VectorBuilder(type: $0.type) }
        var start = 0
        while start < count {
            let length = min(Batch.capacity, count - start)
            let batch = Batch(columns: columns.map { $0.slice(start: start, length: length) }, count: length)
            for (k, e) in exprs.enumerated() { builders[k].append(try context.evaluator.evaluate(e, batch)) }
            start += length
        }
        return builders.map { $0.build() }
    }

    private func compute(_ call: WindowCall, _ columns: [Vector], _ count: Int) throws(Diagnostic) -> Vector {
        if count == 0 { return DenseBuilder(type: call.type, count: 0).build() }
        let partition = try evaluateAll(call.partition, columns, count)
        let order = try evaluateAll(call.order, columns, count)
        let args = try evaluateAll(call.args, columns, count)
        var mapper = GroupIdMapper(types: partition.map(\.type))
        let partitionIds =
            partition.isEmpty ? [Int32](repeating: 0, count: count) : mapper.groups(partition, count: count)
        if let whole = try Self.wholePartition(call, partitionIds: partitionIds, args: args, count: count) {
            return whole
        }
        if let totals = try RunningTotals.byPeerGroups(
            call, partitionIds: partitionIds, order: order, values: args.first, count: count)
        {
            return totals
        }
        let windowOrder = WindowOrder(partitionIds: partitionIds, count: count, order: order, keys: call.orderKeys)
        if let picked = Self.picked(call, windowOrder, args, count: count) { return picked }
        let starts = windowOrder.partitionStarts
        var running = RunningTotals(call, values: args.first, count: count)
        var sliding = running == nil ? FrameTotals(call, values: args.first, count: count) : nil
        var out = DenseBuilder(type: call.type, count: running == nil && sliding == nil ? count : 0)
        for g in 0..<max(0, starts.count - 1) where starts[g] < starts[g + 1] {
            try context.checkCancelled()
            let range = starts[g]..<starts[g + 1]
            let rows = windowOrder.rows[range]
            let peers = Self.peerBounds(windowOrder.startsPeerGroup[range])
            if running != nil {
                try running?.fill(rows, end: call.end, isRange: call.isRange, peerEnd: peers.end)
            } else if sliding != nil {
                try sliding?.fill(call, Array(rows), peers.start, peers.end)
            } else {
                try frames(call, Array(rows), peers.start, peers.end, args, &out)
            }
        }
        return running?.build() ?? sliding?.build() ?? out.build()
    }

    /// The first and last position of each position's peer group, from where groups start.
    static func peerBounds(_ startsGroup: ArraySlice<Bool>) -> (start: [Int], end: [Int]) {
        let n = startsGroup.count
        var peerStart = [Int](repeating: 0, count: n)
        var peerEnd = [Int](repeating: n - 1, count: n)
        for k in 1..<max(n, 1) {
            peerStart[k] = startsGroup[startsGroup.startIndex + k] ? k : peerStart[k - 1]
        }
        if n > 1 {
            for k in stride(from: n - 2, through: 0, by: -1) {
                peerEnd[k] = peerStart[k + 1] == peerStart[k] ? peerEnd[k + 1] : k
            }
        }
        return (peerStart, peerEnd)
    }

    /// The frame of each row, as positions in `rows` (empty when start > end).
    static func frame(_ call: WindowCall, _ k: Int, _ n: Int, _ peerStart: [Int], _ peerEnd: [Int]) -> (Int, Int) {
        func position(_ b: WindowCall.Bound, isStart: Bool) -> Int {
            switch b {
            case .unboundedPreceding: return 0
            case .unboundedFollowing: return n - 1
            case .currentRow: return call.isRange ? (isStart ? peerStart[k] : peerEnd[k]) : k
            case .preceding(let o): return k - o
            case .following(let o): return k + o
            }
        }
        return (max(0, position(call.start, isStart: true)), min(n - 1, position(call.end, isStart: false)))
    }

    private func frames(
        _ call: WindowCall, _ rows: [Int32], _ peerStart: [Int], _ peerEnd: [Int], _ args: [Vector],
        _ out: inout DenseBuilder
    ) throws(Diagnostic) {
        let n = rows.count
        let value = args.first
        switch call.function {
        case .aggregate(let kind):
            if call.start == .unboundedPreceding {
                // Frames only grow: one running accumulator.
                var acc = FrameAccumulator(kind: kind, values: value)
                var included = -1
                for k in 0..<n {
                    let (_, b) = Self.frame(call, k, n, peerStart, peerEnd)
                    while included < b {
                        included += 1
                        acc.add(Int(rows[included]))
                    }
                    out.set(Int(rows[k]), try acc.result(type: call.type))
                }
            } else if call.end == .unboundedFollowing {
                // Frames only shrink from the front: accumulate backwards.
                var acc = FrameAccumulator(kind: kind, values: value)
                var included = n
                for k in stride(from: n - 1, through: 0, by: -1) {
                    let (a, _) = Self.frame(call, k, n, peerStart, peerEnd)
                    while included > a {
                        included -= 1
                        acc.add(Int(rows[included]))
                    }
                    out.set(Int(rows[k]), try acc.result(type: call.type))
                }
            } else {
                for k in 0..<n {
                    let (a, b) = Self.frame(call, k, n, peerStart, peerEnd)
                    var acc = FrameAccumulator(kind: kind, values: value)
                    if a <= b { for p in a...b { acc.add(Int(rows[p])) } }
                    out.set(Int(rows[k]), try acc.result(type: call.type))
                }
            }
        default:
            break
        }
    }
}

/// sum, avg, min, max, count over the rows of one frame, added one at a time.
struct FrameAccumulator {
    let kind: AggregateKind
    let values: Vector?
    private var rows = 0
    private var nonNull = 0
    private var intSum: Int128 = 0
    private var doubleSum = 0.0
    private var best: Value = .null

    init(kind: AggregateKind, values: Vector?) {
        self.kind = kind
        self.values = values
    }

    mutating func add(_ row: Int) {
        rows += 1
        guard let values, values.isValid(row) else { return }
        nonNull += 1
        switch values.storage {
        case .int64(let a): intSum &+= Int128(a[a.startIndex + row])
        case .double(let a): doubleSum += a[a.startIndex + row]
        default: break
        }
        if kind == .min || kind == .max {
            let v = values.value(at: row)
            if best.isNull || (kind == .min ? Evaluator.less(v, best) : Evaluator.less(best, v)) { best = v }
        }
    }

    func result(type: DataType) throws(Diagnostic) -> Value {
        switch kind {
        case .countStar: return .bigint(Int64(rows))
        case .count: return .bigint(Int64(nonNull))
        case .min, .max: return best
        case .sum:
            if nonNull == 0 { return .null }
            if type == .double { return .double(values?.type == .double ? doubleSum : Double(intSum)) }
            guard let v = Int64(exactly: intSum) else {
                throw .error("exec.overflow", "Overflow in SUM: the total does not fit in BIGINT")
            }
            return .bigint(v)
        case .avg:
            if nonNull == 0 { return .null }
            let total = values?.type == .double ? doubleSum : Double(intSum)
            return .double(total / Double(nonNull))
        default:
            return .null
        }
    }
}
