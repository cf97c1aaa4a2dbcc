import PeruseStorage
import PeruseSyntax

/// An aggregate over two arguments (corr): given both, row for row.
protocol PairedAggregateState: AggregateState {
    func update(groups: [Int32], groupCount: Int, values: Vector?, second: Vector) throws(Diagnostic)
}

/// Grows per-group arrays as groups appear.
private func growArray<T>(_ a: inout [T], to n: Int, with v: T) {
    if a.count < n { a.append(contentsOf: repeatElement(v, count: n - a.count)) }
}

/// The numbers of a numeric vector as doubles, row `k`.
private func number(_ v: Vector, _ k: Int) -> Double {
    switch v.storage {
    case .int64(let a): return Double(a[a.startIndex + k])
    case .double(let a): return a[a.startIndex + k]
    default: return 0
    }
}

/// STRING_AGG: the non-NULL strings of each group in input order, joined by the separator.
final class StringAggState: AggregateState {
    let separator: String
    var parts: [[String]] = []
    init(separator: String) { self.separator = separator }

    func update(groups: [Int32], groupCount: Int, values: Vector?) {
        growArray(&parts, to: groupCount, with: [])
        guard let values else { return }
        for (k, g) in groups.enumerated() where values.isValid(k) { parts[Int(g)].append(values.string(at: k)) }
    }

    func finish(groupCount: Int) -> Vector {
        growArray(&parts, to: groupCount, with: [])
        var b = VectorBuilder(type: .varchar, capacity: groupCount)
        for g in 0..<groupCount {
            if parts[g].isEmpty { b.appendNull() } else { b.append(.varchar(parts[g].joined(separator: separator))) }
        }
        return b.build()
    }
}

/// QUANTILE_CONT: the value at fraction q of the sorted values, interpolating between neighbours.
final class QuantileState: AggregateState {
    let fraction: Double
    var values: [[Double]] = []
    init(fraction: Double) { self.fraction = fraction }

    func update(groups: [Int32], groupCount: Int, values v: Vector?) {
        growArray(&values, to: groupCount, with: [])
        guard let v else { return }
        for (k, g) in groups.enumerated() where v.isValid(k) { values[Int(g)].append(number(v, k)) }
    }

    func finish(groupCount: Int) -> Vector {
        growArray(&values, to: groupCount, with: [])
        var b = VectorBuilder(type: .double, capacity: groupCount)
        for g in 0..<groupCount {
            let xs = values[g].sorted { Comparison.doubleOrder($0, $1) < 0 }
            guard !xs.isEmpty else {
                b.appendNull()
                continue
            }
            let position = Double(xs.count - 1) * fraction
            let lo = Int(position.rounded(.down))
            let hi = min(xs.count - 1, lo + 1)
            b.append(.double(position == Double(lo) ? xs[lo] : interpolate(xs[lo], xs[hi], position - Double(lo))))
        }
        return b.build()
    }
}

/// MODE: the most frequent non-NULL value; among equally frequent ones, the first seen.
final class ModeState: AggregateState {
    let type: DataType
    var counts: [[Value: (count: Int, first: Int)]] = []
    var seen = 0
    init(type: DataType) { self.type = type }

    func update(groups: [Int32], groupCount: Int, values: Vector?) {
        growArray(&counts, to: groupCount, with: [:])
        guard let values else { return }
        for (k, g) in groups.enumerated() where values.isValid(k) {
            let v = values.value(at: k)
            let gi = Int(g)
            if let known = counts[gi][v] {
                counts[gi][v] = (known.count + 1, known.first)
            } else {
                counts[gi][v] = (1, seen)
            }
            seen += 1
        }
    }

    func finish(groupCount: Int) -> Vector {
        growArray(&counts, to: groupCount, with: [:])
        var b = VectorBuilder(type: type, capacity: groupCount)
        for g in 0..<groupCount {
            let best = counts[g].max { a, b in
                a.value.count != b.value.count ? a.value.count < b.value.count : a.value.first > b.value.first
            }
            b.append(best?.key ?? .null)
        }
        return b.build()
    }
}

/// VAR_SAMP and STDDEV (sample), by Welford's method for numerical stability.
final class VarianceState: AggregateState {
    /// True for STDDEV (the square root of the variance).
    let squareRoot: Bool
    var n: [Double] = []
    var mean: [Double] = []
    var m2: [Double] = []

    init(squareRoot: Bool) { self.squareRoot = squareRoot }

    func update(groups: [Int32], groupCount: Int, values v: Vector?) {
        growArray(&n, to: groupCount, with: 0)
        growArray(&mean, to: groupCount, with: 0)
        growArray(&m2, to: groupCount, with: 0)
        guard let v else { return }
        for (k, g) in groups.enumerated() where v.isValid(k) {
            let x = number(v, k)
            let gi = Int(g)
            n[gi] += 1
            let delta = x - mean[gi]
            mean[gi] += delta / n[gi]
            m2[gi] += delta * (x - mean[gi])
        }
    }

    func finish(groupCount: Int) -> Vector {
        growArray(&n, to: groupCount, with: 0)
        growArray(&m2, to: groupCount, with: 0)
        var b = VectorBuilder(type: .double, capacity: groupCount)
        for g in 0..<groupCount {
            guard n[g] >= 2 else { b.appendNull(); continue }
            let variance = m2[g] / (n[g] - 1)
            b.append(.double(squareRoot ? variance.squareRoot() : variance))
        }
        return b.build()
    }
}

/// CORR(y, x): the Pearson correlation of the rows where both are non-NULL, from running
/// co-moments. NaN when either side does not vary, as in DuckDB.
final class CorrelationState: PairedAggregateState {
    var n: [Double] = []
    var meanX: [Double] = []
    var meanY: [Double] = []
    var m2X: [Double] = []
    var m2Y: [Double] = []
    var cXY: [Double] = []

    func update(groups: [Int32], groupCount: Int, values: Vector?) {
        grow(groupCount)
    }

    func update(groups: [Int32], groupCount: Int, values: Vector?, second: Vector) {
        grow(groupCount)
        guard let values else { return }
        for (k, g) in groups.enumerated() where values.isValid(k) && second.isValid(k) {
            let y = number(values, k)
            let x = number(second, k)
            let gi = Int(g)
            n[gi] += 1
            let dx = x - meanX[gi]
            let dy = y - meanY[gi]
            meanX[gi] += dx / n[gi]
            meanY[gi] += dy / n[gi]
            m2X[gi] += dx * (x - meanX[gi])
            m2Y[gi] += dy * (y - meanY[gi])
            cXY[gi] += dx * (y - meanY[gi])
        }
    }

    private func grow(_ count: Int) {
        growArray(&n, to: count, with: 0)
        growArray(&meanX, to: count, with: 0)
        growArray(&meanY, to: count, with: 0)
        growArray(&m2X, to: count, with: 0)
        growArray(&m2Y, to: count, with: 0)
        growArray(&cXY, to: count, with: 0)
    }

    func finish(groupCount: Int) -> Vector {
        grow(groupCount)
        var b = VectorBuilder(type: .double, capacity: groupCount)
        for g in 0..<groupCount {
            if n[g] == 0 {
                b.appendNull()
                continue
            }
            let r = cXY[g] / (m2X[g] * m2Y[g]).squareRoot()
            b.append(.double(r.isNaN ? .nan : r))
        }
        return b.build()
    }
}
