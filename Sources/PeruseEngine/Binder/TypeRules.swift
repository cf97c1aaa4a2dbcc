import PeruseStorage
import PeruseSyntax

/// Implicit conversions, in DuckDB's manner: numbers widen to DOUBLE, a string literal
/// takes the type it is compared with, NULL takes any type.
enum TypeRules {
    /// The type two operands meet at, or nil when they cannot meet without an explicit cast.
    static func commonType(_ a: BoundExpr, _ b: BoundExpr) -> DataType? {
        commonType(a.type, b.type, aIsStringLiteral: a.isStringLiteral, bIsStringLiteral: b.isStringLiteral)
    }

    static func commonType(_ a: DataType, _ b: DataType, aIsStringLiteral: Bool = false, bIsStringLiteral: Bool = false)
        -> DataType?
    {
        if a == b { return a }
        if a == .null { return b }
        if b == .null { return a }
        if a.isNumeric && b.isNumeric { return .double }
        if aIsStringLiteral && b != .varchar { return b }
        if bIsStringLiteral && a != .varchar { return a }
        return nil
    }

    /// The common type of many expressions (NULL when all are NULL).
    static func commonType(_ exprs: [BoundExpr]) -> DataType? {
        var t: DataType = .null
        var literalOnly = true
        for e in exprs {
            guard let next = commonType(t, e.type, aIsStringLiteral: literalOnly && t == .varchar, bIsStringLiteral: e.isStringLiteral) else {
                return nil
            }
            if e.type != .null && !e.isStringLiteral { literalOnly = false }
            t = next
        }
        return t
    }

    /// `expr` converted to `type`: constants are converted now, others get a cast node.
    static func cast(_ expr: BoundExpr, to type: DataType) throws(Diagnostic) -> BoundExpr {
        if expr.type == type { return expr }
        if let v = expr.constantValue {
            do {
                return .constant(try CastKernels.castValue(v, to: type), type: type, range: expr.range)
            } catch let error {
                var d = error
                d.range = expr.range
                throw d
            }
        }
        return BoundExpr(.cast(expr), type: type, range: expr.range)
    }

    /// `expr` as a condition: BOOLEAN as is, numbers as `<> 0`, NULL as unknown.
    static func condition(_ expr: BoundExpr, clause: String) throws(Diagnostic) -> BoundExpr {
        switch expr.type {
        case .boolean: return expr
        case .null, .bigint, .double: return try cast(expr, to: .boolean)
        default:
            if expr.isStringLiteral { return try cast(expr, to: .boolean) }
            throw .error(
                "bind.not-boolean", "\(clause) must be a BOOLEAN expression, not \(expr.type)", at: expr.range,
                help: "compare it with something, e.g. \(clause == "WHERE" ? "where" : "…") x = 'value'")
        }
    }
}

extension BoundExpr {
    var isStringLiteral: Bool {
        if case .constant(.varchar) = kind { return true }
        return false
    }
}
