import PeruseStorage
import PeruseSyntax

/// `union [all]`, `intersect [all]`, `except [all]` over two inputs of the same column
/// types. Rows compare as whole rows, NULL equal to NULL (as `distinct` does). `union all`
/// streams both inputs; the others give each row a group id and count.
final class SetOperationOperator: Operator {
    private let op: SetOperation
    private let all: Bool
    private let left: Operator
    private let right: Operator
    private let context: ExecutionContext
    private var mapper: GroupIdMapper?
    /// How often each row value occurs on the right (intersect, except).
    private var rightCounts: [Int] = []
    /// How often each row value has been emitted or seen on the left.
    private var leftCounts: [Int] = []
    private var rightRead = false
    private var leftDone = false

    init(_ op: SetOperation, all: Bool, _ left: Operator, _ right: Operator, _ context: ExecutionContext) {
        self.op = op
        self.all = all
        self.left = left
        self.right = right
        self.context = context
    }

    func next() throws(Diagnostic) -> Batch? {
        if op != .union && !rightRead { try countRight() }
        while true {
            try context.checkCancelled()
            var batch: Batch?
            if !leftDone {
                batch = try left.next()
                if batch == nil { leftDone = true }
            }
            if batch == nil, op == .union { batch = try right.next() }
            guard let input = batch else { return nil }
            if op == .union && all { return input }
            let columns = (0..<input.columns.count).map { input.column($0) }
            let ids = try groupIds(columns, input.count)
            var keep: [Int32] = []
            for (k, g) in ids.enumerated() {
                let id = Int(g)
                if leftCounts.count <= id {
                    leftCounts.append(contentsOf: repeatElement(0, count: id + 1 - leftCounts.count))
                }
                let onRight = id < rightCounts.count ? rightCounts[id] : 0
                let seen = leftCounts[id]
                let emit: Bool
                switch (op, all) {
                case (.union, _): emit = seen == 0
                case (.intersect, false): emit = seen == 0 && onRight > 0
                case (.intersect, true): emit = seen < onRight
                case (.except, false): emit = seen == 0 && onRight == 0
                case (.except, true): emit = seen >= onRight
                }
                leftCounts[id] += (op == .except && all) || emit ? 1 : 0
                if emit { keep.append(Int32(truncatingIfNeeded: k)) }
            }
            if keep.isEmpty { continue }
            let dense = Batch(columns: columns, count: input.count)
            return keep.count == input.count ? dense : dense.subset(keep)
        }
    }

    /// Row ids; each distinct row seen is kept (its values and counts) and reserved for.
    private func groupIds(_ columns: [Vector], _ count: Int) throws(Diagnostic) -> [Int32] {
        if mapper == nil { mapper = GroupIdMapper(types: columns.map(\.type)) }
        let before = mapper?.groupCount ?? 0
        let ids = mapper?.groups(columns, count: count) ?? []
        let added = (mapper?.groupCount ?? 0) - before
        try context.budget.reserve(rows: added, bytesPerRow: columns.map(\.type).estimatedWidth + 16, operator: op.name)
        return ids
    }

    private func countRight() throws(Diagnostic) {
        rightRead = true
        while let batch = try right.next() {
            try context.checkCancelled()
            let columns = (0..<batch.columns.count).map { batch.column($0) }
            for g in try groupIds(columns, batch.count) {
                let id = Int(g)
                if rightCounts.count <= id {
                    rightCounts.append(contentsOf: repeatElement(0, count: id + 1 - rightCounts.count))
                }
                rightCounts[id] += 1
            }
        }
    }
}

extension SetOperation {
    /// The operator's name in messages.
    var name: String {
        switch self {
        case .union: "union"
        case .intersect: "intersect"
        case .except: "except"
        }
    }
}
