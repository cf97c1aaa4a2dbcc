import PeruseStorage
import PeruseSyntax

/// Window functions whose result is a number of the row's place (`row_number`, `rank`,
/// `dense_rank`) or the value of one row of the partition (`lag`, `lead`, `first_value`,
/// `last_value`, `min`, `max`): each row's answer is written
/// as a typed number, or as the input row whose value it takes, and the values are copied
/// by one typed gather at the end. No `Value` per row.
extension WindowOperator {
    /// The output of `call`; nil for the other aggregates (and `min`/`max` of NULLs alone),
    /// which `FrameAccumulator` computes.
    static func picked(_ call: WindowCall, _ order: WindowOrder, _ args: [Vector], count: Int) -> Vector? {
        switch call.function {
        case .rowNumber, .rank, .denseRank:
            return ranks(call.function, order, count: count)
        case .lag, .lead:
            guard args.count == 3 else { return .nulls(call.type, count: count) }
            var offset: Int64 = 1
            if case .bigint(let o) = args[1].value(at: 0) { offset = o }
            let source = shifted(order, by: offset, lag: call.function == .lag, count: count)
            return gather(args[0], source, fallback: args[2], type: call.type)
        case .firstValue, .lastValue:
            guard let values = args.first else { return .nulls(call.type, count: count) }
            let first = call.function == .firstValue
            let source = sources(call, order, count: count) { rows, peerStart, peerEnd, out in
                for k in 0..<rows.count {
                    let (a, b) = frame(call, k, rows.count, peerStart, peerEnd)
                    out[Int(rows[k])] = a > b ? -1 : rows[first ? a : b]
                }
            }
            return gather(values, source, fallback: nil, type: call.type)
        case .aggregate(let kind) where kind == .min || kind == .max:
            guard let values = args.first,
                let keys = WindowOrder.ordinals(values, ascending: kind == .min)
            else { return nil }
            let source = sources(call, order, count: count) { rows, peerStart, peerEnd, out in
                best(call, rows, peerStart, peerEnd, keys, values.validity, &out)
            }
            return gather(values, source, fallback: nil, type: call.type)
        default:
            return nil
        }
    }

    /// `row_number`, `rank` or `dense_rank` of every row, from where peer groups start.
    private static func ranks(_ f: WindowCall.Function, _ order: WindowOrder, count: Int) -> Vector {
        var out = [Int64](repeating: 0, count: count)
        let starts = order.partitionStarts
        for g in 0..<max(0, starts.count - 1) where starts[g] < starts[g + 1] {
            var rank: Int64 = 0
            for p in starts[g]..<starts[g + 1] {
                let k = Int64(p - starts[g])
                switch f {
                case .rowNumber: rank = k + 1
                case .rank: if order.startsPeerGroup[p] { rank = k + 1 }
                default: if order.startsPeerGroup[p] { rank += 1 }
                }
                out[Int(order.rows[p])] = rank
            }
        }
        return Vector(int64: out)
    }

    /// For `lag`/`lead`: the row `offset` places before/after each row in its partition, or -1.
    private static func shifted(_ order: WindowOrder, by offset: Int64, lag: Bool, count: Int) -> [Int32] {
        var source = [Int32](repeating: -1, count: count)
        let starts = order.partitionStarts
        for g in 0..<max(0, starts.count - 1) where starts[g] < starts[g + 1] {
            let n = Int64(starts[g + 1] - starts[g])
            for p in starts[g]..<starts[g + 1] {
                let k = Int64(p - starts[g])
                let (target, overflow) = lag ? k.subtractingReportingOverflow(offset) : k.addingReportingOverflow(offset)
                if !overflow, target >= 0, target < n {
                    source[Int(order.rows[p])] = order.rows[starts[g] + Int(target)]
                }
            }
        }
        return source
    }

    /// One source row per input row (-1: none), filled a partition at a time by `fill`
    /// (given the partition's rows in window order and each position's peer bounds).
    private static func sources(
        _ call: WindowCall, _ order: WindowOrder, count: Int,
        _ fill: ([Int32], [Int], [Int], inout [Int32]) -> Void
    ) -> [Int32] {
        var source = [Int32](repeating: -1, count: count)
        let starts = order.partitionStarts
        for g in 0..<max(0, starts.count - 1) where starts[g] < starts[g + 1] {
            let range = starts[g]..<starts[g + 1]
            let peers = peerBounds(order.startsPeerGroup[range])
            fill(Array(order.rows[range]), peers.start, peers.end, &source)
        }
        return source
    }

    /// `min`/`max` of each row's frame as the row holding it (the first in window order
    /// among equals): frames never move backwards, so a queue of the positions that can
    /// still be the smallest key, in increasing key order, gives each in O(1) amortized.
    private static func best(
        _ call: WindowCall, _ rows: [Int32], _ peerStart: [Int], _ peerEnd: [Int], _ keys: [UInt64],
        _ validity: Bitmap?, _ out: inout [Int32]
    ) {
        let n = rows.count
        if n == 0 { return }
        if frame(call, 0, n, peerStart, peerEnd) == (0, n - 1) && frame(call, n - 1, n, peerStart, peerEnd) == (0, n - 1) {
            // Every frame is the whole partition (frames never move backwards): one scan.
            var found = -1
            var smallest = UInt64.max
            for p in 0..<n {
                let row = Int(rows[p])
                guard validity?[row] ?? true else { continue }
                if found < 0 || keys[row] < smallest { (found, smallest) = (row, keys[row]) }
            }
            if found >= 0 { for row in rows { out[Int(row)] = Int32(truncatingIfNeeded: found) } }
            return
        }
        var queue = [Int](repeating: 0, count: n)
        var queueKeys = [UInt64](repeating: 0, count: n)
        var (head, tail) = (0, 0)
        var included = -1
        for k in 0..<n {
            let (a, b) = frame(call, k, n, peerStart, peerEnd)
            while included < b {
                included += 1
                let row = Int(rows[included])
                guard validity?[row] ?? true else { continue }
                let key = keys[row]
                while tail > head && queueKeys[tail - 1] > key { tail -= 1 }
                queue[tail] = included
                queueKeys[tail] = key
                tail += 1
            }
            while head < tail && queue[head] < a { head += 1 }
            if a <= b && head < tail { out[Int(rows[k])] = rows[queue[head]] }
        }
    }

    /// Row `i` of the result is row `source[i]` of `values`, or where that is -1, row `i` of
    /// `fallback` (NULL without one). Typed copies; strings keep their dictionary unless a
    /// fallback brings another.
    static func gather(_ values: Vector, _ source: [Int32], fallback: Vector?, type: DataType) -> Vector {
        let count = source.count
        let fallback = fallback.flatMap { f -> Vector? in
            if case .null = f.storage { return nil }
            return f.count == count && (f.validity.map { $0.validCount > 0 } ?? true) ? f : nil
        }
        var valid = [UInt64](repeating: 0, count: (count + 63) >> 6)
        func pick<T>(_ a: ArraySlice<T>, _ b: ArraySlice<T>?, zero: T) -> [T] {
            var out = [T](repeating: zero, count: count)
            for i in 0..<count {
                let s = Int(source[i])
                if s >= 0 {
                    guard values.validity?[s] ?? true else { continue }
                    out[i] = a[a.startIndex + s]
                } else if let b, let fallback, fallback.validity?[i] ?? true {
                    out[i] = b[b.startIndex + i]
                } else {
                    continue
                }
                valid[i >> 6] |= 1 << UInt64(i & 63)
            }
            return out
        }
        let storage: Vector.Storage
        switch (values.storage, fallback?.storage) {
        case (.int64(let a), nil): storage = .int64(pick(a, nil, zero: 0)[...])
        case (.int64(let a), .int64(let b)?): storage = .int64(pick(a, b, zero: 0)[...])
        case (.double(let a), nil): storage = .double(pick(a, nil, zero: 0)[...])
        case (.double(let a), .double(let b)?): storage = .double(pick(a, b, zero: 0)[...])
        case (.boolean(let a), nil): storage = .boolean(pick(a, nil, zero: false)[...])
        case (.boolean(let a), .boolean(let b)?): storage = .boolean(pick(a, b, zero: false)[...])
        case (.string(let a, let d), nil): storage = .string(codes: pick(a, nil, zero: 0)[...], dictionary: d)
        case (.null, nil): return .nulls(type, count: count)
        default:
            // Strings from two dictionaries (or a NULL-typed value with a default): one
            // dictionary of the distinct strings, each source scattered in once.
            var out = DenseBuilder(type: type, count: count)
            let taken = source.indices.filter { source[$0] >= 0 }.map { Int32(truncatingIfNeeded: $0) }
            out.scatter(values.gather(taken.map { source[Int($0)] }), to: taken)
            if let fallback {
                let rest = source.indices.filter { source[$0] < 0 }.map { Int32(truncatingIfNeeded: $0) }
                out.scatter(fallback.gather(rest), to: rest)
            }
            return out.build()
        }
        return Vector(type: type, count: count, storage: storage, validity: Bitmap(words: valid[...], count: count))
    }
}
