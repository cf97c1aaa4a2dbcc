import PeruseStorage
import PeruseSyntax

/// `+ - * / // %` and unary minus over vectors. BIGINT overflow and integer division
/// by zero are errors, as in DuckDB; DOUBLE follows IEEE (`1/0` is `inf`).
enum Arithmetic {
    static func apply(_ op: ArithmeticOperator, _ a: Vector, _ b: Vector, range: SourceRange) throws(Diagnostic) -> Vector {
        let validity = Vector.bothValid(a, b)
        if a.type == .double || b.type == .double || op == .divide {
            if op == .integerDivide {
                // DuckDB's // on DOUBLE divides as / does, but a zero divisor is an error.
                let y = b.doubles
                for i in 0..<y.count where y[y.startIndex + i] == 0 && (validity?[i] ?? true) {
                    let x = a.doubles[a.doubles.startIndex + i]
                    throw .error(
                        "exec.division-by-zero",
                        "Division by zero in expression (\(ValueFormatter.double(x)) // \(ValueFormatter.double(y[y.startIndex + i])))",
                        at: range, help: "use nullif(divisor, 0) to get NULL instead")
                }
            }
            return Vector(double: doubleOp(op, a.doubles, b.doubles), validity: validity)
        }
        return try intOp(op, a.int64s, b.int64s, validity: validity, range: range)
    }

    private static func doubleOp(_ op: ArithmeticOperator, _ a: ArraySlice<Double>, _ b: ArraySlice<Double>) -> [Double] {
        a.withUnsafeBufferPointer { x in
            b.withUnsafeBufferPointer { y in
                let n = min(x.count, y.count)
                switch op {
                case .add: return (0..<n).map { x[$0] + y[$0] }
                case .subtract: return (0..<n).map { x[$0] - y[$0] }
                case .multiply: return (0..<n).map { x[$0] * y[$0] }
                case .divide: return (0..<n).map { x[$0] / y[$0] }
                case .integerDivide: return (0..<n).map { x[$0] / y[$0] }
                case .modulo: return (0..<n).map { x[$0].truncatingRemainder(dividingBy: y[$0]) }
                }
            }
        }
    }

    private static func intOp(
        _ op: ArithmeticOperator, _ a: ArraySlice<Int64>, _ b: ArraySlice<Int64>, validity: Bitmap?, range: SourceRange
    ) throws(Diagnostic) -> Vector {
        let n = min(a.count, b.count)
        var out = [Int64](repeating: 0, count: n)
        var anyProblem = false
        a.withUnsafeBufferPointer { x in
            b.withUnsafeBufferPointer { y in
                out.withUnsafeMutableBufferPointer { r in
                    switch op {
                    case .add:
                        for i in 0..<n {
                            let (v, o) = x[i].addingReportingOverflow(y[i])
                            r[i] = v
                            anyProblem = anyProblem || o
                        }
                    case .subtract:
                        for i in 0..<n {
                            let (v, o) = x[i].subtractingReportingOverflow(y[i])
                            r[i] = v
                            anyProblem = anyProblem || o
                        }
                    case .multiply:
                        for i in 0..<n {
                            let (v, o) = x[i].multipliedReportingOverflow(by: y[i])
                            r[i] = v
                            anyProblem = anyProblem || o
                        }
                    case .integerDivide, .divide:
                        for i in 0..<n {
                            // Never traps: zero divisors and MIN / -1 report overflow.
                            let (v, o) = x[i].dividedReportingOverflow(by: y[i])
                            r[i] = o ? 0 : v
                            anyProblem = anyProblem || o
                        }
                    case .modulo:
                        for i in 0..<n {
                            if y[i] == 0 || (y[i] == -1 && x[i] == .min) {
                                anyProblem = true
                            } else if y[i] == -1 {
                                r[i] = 0
                            } else {
                                r[i] = x[i] % y[i]
                            }
                        }
                    }
                }
            }
        }
        if anyProblem {
            // Only a problem on a row that holds values counts (NULL slots hold zeros).
            for i in 0..<n where validity?[i] ?? true {
                let x = a[a.startIndex + i], y = b[b.startIndex + i]
                let sym = op == .divide ? "//" : op.rawValue
                if (op == .integerDivide || op == .divide || op == .modulo) && y == 0 {
                    throw .error(
                        "exec.division-by-zero", "Division by zero in expression (\(x) \(sym) \(y))", at: range,
                        help: "use nullif(divisor, 0) to get NULL instead")
                }
                let overflow: Bool
                switch op {
                case .add: overflow = x.addingReportingOverflow(y).overflow
                case .subtract: overflow = x.subtractingReportingOverflow(y).overflow
                case .multiply: overflow = x.multipliedReportingOverflow(by: y).overflow
                case .integerDivide, .divide: overflow = x.dividedReportingOverflow(by: y).overflow
                case .modulo: overflow = x == .min && y == -1
                }
                if overflow {
                    throw .error(
                        "exec.overflow", "Overflow in \(op.noun) of BIGINT (\(x) \(sym) \(y))", at: range,
                        help: "BIGINT holds −9223372036854775808 to 9223372036854775807; cast to DOUBLE for larger values")
                }
            }
        }
        return Vector(int64: out, validity: validity)
    }

    static func negate(_ v: Vector, range: SourceRange) throws(Diagnostic) -> Vector {
        if v.type == .double { return Vector(double: v.doubles.map { -$0 }, validity: v.validity) }
        let a = v.int64s
        var out = [Int64](repeating: 0, count: a.count)
        for (k, x) in a.enumerated() {
            let (r, o) = Int64(0).subtractingReportingOverflow(x)
            if o && v.isValid(k) {
                throw .error("exec.overflow", "Overflow in negation of BIGINT (-(\(x)))", at: range)
            }
            out[k] = o ? 0 : r
        }
        return Vector(int64: out, type: v.type, validity: v.effectiveValidity)
    }
}
