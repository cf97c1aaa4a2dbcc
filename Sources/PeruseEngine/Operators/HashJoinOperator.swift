import PeruseStorage
import PeruseSyntax

/// Joins two inputs: one (the build side, normally the right input) is read whole and
/// hashed on its keys (a chain of rows per distinct key), then the other (the probe side)
/// streams through, batch by batch, finding its partners. The left input is the build side
/// when the planner expects the right one to be much larger (`JoinSpec.buildsLeft`). With no
/// keys every build row is a candidate (a nested loop, for cross joins and conditions that
/// are not equalities). NULL keys never match. Candidate pairs are made 2,048 at a time,
/// always as left columns then right columns, the residual condition filters them, and outer
/// joins then add the rows that found no partner, with NULLs on the other side.
final class HashJoinOperator: Operator {
    private let spec: JoinSpec
    private let probeInput: Operator
    private let buildInput: Operator
    private let probeTypes: [DataType]
    private let buildTypes: [DataType]
    private let probeKeys: [BoundExpr]
    private let buildKeys: [BoundExpr]
    private let buildsLeft: Bool
    /// Where each side's columns start in the output (left columns come first).
    private let probeOffset: Int
    private let buildOffset: Int
    /// Whether rows of that side that match nothing are kept (outer joins).
    private let keepsUnmatchedProbe: Bool
    private let keepsUnmatchedBuild: Bool
    /// Output columns (left then right numbering) anyone reads; the rest stay placeholders.
    private let materialize: [Bool]
    private let context: ExecutionContext

    // The build input, whole, and its hash chains.
    private var built = false
    private var buildColumns: [Vector] = []
    private var buildCount = 0
    private var mapper: GroupIdMapper
    private var heads: [Int32] = []
    private var nextRow: [Int32] = []
    private var buildMatched: [Bool] = []

    // Where the probe input's current batch stands.
    private var probe: Batch?
    private var probeIds: [Int32] = []
    private var probeMatched: [Bool] = []
    private var probeRow = 0
    private var cursor: Int32 = -1
    private var rowStarted = false
    private var probeDone = false
    private var unmatchedBuild = 0
    private var pending: [Batch] = []

    private let unread = Vector(type: .null, count: 0, storage: .null)

    init(
        _ spec: JoinSpec, _ left: Operator, _ right: Operator, leftTypes: [DataType], rightTypes: [DataType],
        buildsLeft: Bool = false, needed: Set<Int>?, _ context: ExecutionContext
    ) {
        self.spec = spec
        self.buildsLeft = buildsLeft
        (probeInput, buildInput) = buildsLeft ? (right, left) : (left, right)
        (probeTypes, buildTypes) = buildsLeft ? (rightTypes, leftTypes) : (leftTypes, rightTypes)
        (probeKeys, buildKeys) = buildsLeft ? (spec.rightKeys, spec.leftKeys) : (spec.leftKeys, spec.rightKeys)
        (probeOffset, buildOffset) = buildsLeft ? (leftTypes.count, 0) : (0, leftTypes.count)
        let keepsLeft = spec.kind == .left || spec.kind == .full
        let keepsRight = spec.kind == .right || spec.kind == .full
        (keepsUnmatchedProbe, keepsUnmatchedBuild) = buildsLeft ? (keepsRight, keepsLeft) : (keepsLeft, keepsRight)
        self.materialize = (0..<(leftTypes.count + rightTypes.count)).map { needed?.contains($0) ?? true }
        self.context = context
        // Both sides' keys have the same types (the binder casts them to agree).
        self.mapper = GroupIdMapper(types: spec.rightKeys.map(\.type))
    }

    private var hasKeys: Bool { !buildKeys.isEmpty }

    /// A probe side's and a build side's columns as output: left columns, then right.
    private func output(probe: [Vector], build: [Vector]) -> [Vector] {
        buildsLeft ? build + probe : probe + build
    }

    func next() throws(Diagnostic) -> Batch? {
        if !built { try build() }
        while pending.isEmpty {
            try context.checkCancelled()
            if let current = probe {
                if probeRow < current.count {
                    try pairUp(current)
                } else {
                    if keepsUnmatchedProbe { emitUnmatchedProbe(current) }
                    probe = nil
                }
                continue
            }
            if !probeDone {
                if let batch = try probeInput.next() {
                    try startProbe(batch)
                    continue
                }
                probeDone = true
            }
            if keepsUnmatchedBuild, unmatchedBuild < buildCount {
                emitUnmatchedBuild()
                continue
            }
            return nil
        }
        return pending.removeFirst()
    }

    // MARK: Build

    private func build() throws(Diagnostic) {
        built = true
        let offset = buildOffset
        var builders = buildTypes.map { VectorBuilder(type: $0) }
        var ids: [Int32] = []
        // Each build row kept: its read columns, its key id and its place in a chain.
        let rowBytes = buildTypes.indices.filter { materialize[offset + $0] }.map { buildTypes[$0] }.estimatedWidth + 8
        while let batch = try buildInput.next() {
            try context.checkCancelled()
            try context.budget.reserve(rows: batch.count, bytesPerRow: rowBytes, operator: "join")
            for j in 0..<buildTypes.count where materialize[offset + j] && j < batch.columns.count {
                builders[j].append(batch.columns[j], selection: batch.selection)
            }
            if hasKeys { ids += try keyIds(buildKeys, batch) }
            buildCount += batch.count
        }
        buildColumns = (0..<buildTypes.count).map { materialize[offset + $0] ? builders[$0].build() : unread }
        buildMatched = [Bool](repeating: false, count: buildCount)
        guard hasKeys else { return }
        heads = [Int32](repeating: -1, count: mapper.groupCount)
        nextRow = [Int32](repeating: -1, count: buildCount)
        // Chains in row order: insert from the last row back.
        for r in stride(from: buildCount - 1, through: 0, by: -1) {
            let id = Int(ids[r])
            guard id >= 0 else { continue }
            nextRow[r] = heads[id]
            heads[id] = Int32(truncatingIfNeeded: r)
        }
    }

    /// The key id of each row, or -1 where a key is NULL.
    private func keyIds(_ keys: [BoundExpr], _ batch: Batch) throws(Diagnostic) -> [Int32] {
        var vectors: [Vector] = []
        for k in keys { vectors.append(try context.evaluator.evaluate(k, batch)) }
        var ids = mapper.groups(vectors, count: batch.count)
        for v in vectors {
            guard let validity = v.effectiveValidity else { continue }
            for i in 0..<batch.count where !validity[i] { ids[i] = -1 }
        }
        return ids
    }

    // MARK: Probe

    private func startProbe(_ batch: Batch) throws(Diagnostic) {
        probe = batch
        probeRow = 0
        rowStarted = false
        probeMatched = [Bool](repeating: false, count: batch.count)
        if hasKeys {
            probeIds = try keyIds(probeKeys, batch)
            let known = heads.count
            for i in 0..<probeIds.count where probeIds[i] >= known { probeIds[i] = -1 }
        }
    }

    /// Makes up to one batch of candidate pairs from the current probe batch and keeps those
    /// passing the residual condition.
    private func pairUp(_ probe: Batch) throws(Diagnostic) {
        var probeIndex: [Int32] = []
        var buildIndex: [Int32] = []
        probeIndex.reserveCapacity(Batch.capacity)
        buildIndex.reserveCapacity(Batch.capacity)
        while probeRow < probe.count && probeIndex.count < Batch.capacity {
            if !rowStarted {
                rowStarted = true
                if hasKeys {
                    let id = Int(probeIds[probeRow])
                    cursor = id >= 0 ? heads[id] : -1
                } else {
                    cursor = buildCount > 0 ? 0 : -1
                }
            }
            let p = Int32(truncatingIfNeeded: probeRow)
            while cursor >= 0 && probeIndex.count < Batch.capacity {
                probeIndex.append(p)
                buildIndex.append(cursor)
                if hasKeys {
                    cursor = nextRow[Int(cursor)]
                } else {
                    cursor = Int(cursor) + 1 < buildCount ? cursor + 1 : -1
                }
            }
            if cursor < 0 {
                probeRow += 1
                rowStarted = false
            }
        }
        if probeIndex.isEmpty { return }
        let candidates = Batch(
            columns: output(probe: probeSideColumns(probe, probeIndex), build: buildSideColumns(buildIndex)),
            count: probeIndex.count)
        guard let residual = spec.residual else {
            for p in probeIndex { probeMatched[Int(p)] = true }
            for b in buildIndex { buildMatched[Int(b)] = true }
            pending.append(candidates)
            return
        }
        let kept = try context.evaluator.truePositions(residual, candidates)
        for k in kept {
            probeMatched[Int(probeIndex[Int(k)])] = true
            buildMatched[Int(buildIndex[Int(k)])] = true
        }
        if kept.count == candidates.count {
            pending.append(candidates)
        } else if !kept.isEmpty {
            pending.append(candidates.subset(kept))
        }
    }

    private func probeSideColumns(_ probe: Batch, _ positions: [Int32]) -> [Vector] {
        let rows = probe.selection.map { sel in positions.map { sel[Int($0)] } } ?? positions
        return (0..<probeTypes.count).map { j in
            materialize[probeOffset + j] && j < probe.columns.count ? probe.columns[j].gather(rows) : unread
        }
    }

    private func buildSideColumns(_ rows: [Int32]) -> [Vector] {
        (0..<buildTypes.count).map { j in materialize[buildOffset + j] ? buildColumns[j].gather(rows) : unread }
    }

    /// The probe batch's rows that matched nothing, with NULLs for the build side.
    private func emitUnmatchedProbe(_ probe: Batch) {
        let rows = (0..<probe.count).filter { !probeMatched[$0] }.map { Int32(truncatingIfNeeded: $0) }
        if rows.isEmpty { return }
        let nulls = buildTypes.enumerated().map {
            materialize[buildOffset + $0.offset] ? Vector.nulls($0.element, count: rows.count) : unread
        }
        pending.append(Batch(columns: output(probe: probeSideColumns(probe, rows), build: nulls), count: rows.count))
    }

    /// The next batch of build rows that matched nothing, with NULLs for the probe side.
    private func emitUnmatchedBuild() {
        var rows: [Int32] = []
        while unmatchedBuild < buildCount && rows.count < Batch.capacity {
            if !buildMatched[unmatchedBuild] { rows.append(Int32(truncatingIfNeeded: unmatchedBuild)) }
            unmatchedBuild += 1
        }
        if rows.isEmpty { return }
        let nulls = probeTypes.enumerated().map {
            materialize[probeOffset + $0.offset] ? Vector.nulls($0.element, count: rows.count) : unread
        }
        pending.append(Batch(columns: output(probe: nulls, build: buildSideColumns(rows)), count: rows.count))
    }
}
