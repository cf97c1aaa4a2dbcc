import PeruseStorage
import PeruseSyntax

/// An expression with names resolved to column indexes and a type for every node.
/// Execution sees only these, never the syntax tree.
struct BoundExpr: Hashable {
    indirect enum Kind: Hashable {
        case constant(Value)
        /// Column `index` of the input batch.
        case column(Int)
        case cast(BoundExpr)
        case negate(BoundExpr)
        /// Operands already share the result's numeric type.
        case arithmetic(ArithmeticOperator, BoundExpr, BoundExpr)
        /// Operands already share one type.
        case comparison(ComparisonOperator, BoundExpr, BoundExpr)
        case and(BoundExpr, BoundExpr)
        case or(BoundExpr, BoundExpr)
        case not(BoundExpr)
        case isNull(BoundExpr, negated: Bool)
        case like(BoundExpr, pattern: BoundExpr, caseInsensitive: Bool, negated: Bool)
        /// Every list item already has the tested value's type.
        case inList(BoundExpr, [BoundExpr], negated: Bool)
        case caseWhen([BoundWhen], otherwise: BoundExpr)
        case concat(BoundExpr, BoundExpr)
        case function(ScalarFunction, [BoundExpr])
    }

    var kind: Kind
    var type: DataType
    /// Where it was written, for runtime errors. Not part of equality.
    var range: SourceRange

    init(_ kind: Kind, type: DataType, range: SourceRange) {
        self.kind = kind
        self.type = type
        self.range = range
    }

    static func == (a: BoundExpr, b: BoundExpr) -> Bool { a.kind == b.kind && a.type == b.type }
    func hash(into h: inout Hasher) {
        h.combine(kind)
        h.combine(type)
    }

    static func constant(_ v: Value, type: DataType? = nil, range: SourceRange = .empty) -> BoundExpr {
        BoundExpr(.constant(v), type: type ?? v.type, range: range)
    }

    /// The constant's value, if this is one.
    var constantValue: Value? {
        if case .constant(let v) = kind { return v }
        return nil
    }

    /// Column indexes this expression reads.
    var columnsUsed: Set<Int> {
        var out = Set<Int>()
        visit { if case .column(let i) = $0.kind { out.insert(i) } }
        return out
    }

    /// Calls `body` on this node and every node below it.
    func visit(_ body: (BoundExpr) -> Void) {
        body(self)
        switch kind {
        case .constant, .column: break
        case .cast(let e), .negate(let e), .not(let e), .isNull(let e, _): e.visit(body)
        case .arithmetic(_, let a, let b), .comparison(_, let a, let b), .and(let a, let b),
            .or(let a, let b), .concat(let a, let b):
            a.visit(body)
            b.visit(body)
        case .like(let a, let p, _, _):
            a.visit(body)
            p.visit(body)
        case .inList(let e, let items, _):
            e.visit(body)
            items.forEach { $0.visit(body) }
        case .caseWhen(let whens, let otherwise):
            for w in whens {
                w.condition.visit(body)
                w.result.visit(body)
            }
            otherwise.visit(body)
        case .function(_, let args): args.forEach { $0.visit(body) }
        }
    }
}

struct BoundWhen: Hashable {
    var condition: BoundExpr
    var result: BoundExpr
}

enum ArithmeticOperator: String, Hashable {
    case add = "+", subtract = "-", multiply = "*", divide = "/", integerDivide = "//", modulo = "%"

    /// The word DuckDB uses in overflow messages.
    var noun: String {
        switch self {
        case .add: "addition"
        case .subtract: "subtraction"
        case .multiply: "multiplication"
        case .divide, .integerDivide: "division"
        case .modulo: "modulo"
        }
    }
}

enum ComparisonOperator: String, Hashable {
    case equal = "=", notEqual = "<>", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="

    /// The operator with its operands swapped: `a < b` is `b > a`.
    var flipped: ComparisonOperator {
        switch self {
        case .equal, .notEqual: self
        case .less: .greater
        case .lessEqual: .greaterEqual
        case .greater: .less
        case .greaterEqual: .lessEqual
        }
    }
}
