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
        /// `escape` nil when there is none; a NULL escape makes the answer NULL.
        case like(BoundExpr, pattern: BoundExpr, escape: BoundExpr?, caseInsensitive: Bool, negated: Bool)
        /// Every list item already has the tested value's type.
        case inList(BoundExpr, [BoundExpr], negated: Bool)
        case caseWhen([BoundWhen], otherwise: BoundExpr)
        case concat(BoundExpr, BoundExpr)
        case function(ScalarFunction, [BoundExpr])
        /// The value of a correlated subquery's outer reference `k` (see `Evaluator.parameters`).
        case parameter(Int)
        /// A scalar or EXISTS subquery; `args` are its outer references, read from this batch.
        case subquery(Subquery, args: [BoundExpr])
        /// `x [not] in (select …)`; the subquery's one column has `x`'s type.
        case inSubquery(BoundExpr, Subquery, args: [BoundExpr], negated: Bool)
        /// `x op any (select …)` for an operator other than `=` (that is `inSubquery`), decided
        /// by the least and greatest values; the subquery's one column has `x`'s type. `all` is
        /// bound as `not (x op' any …)`.
        case quantified(BoundExpr, ExtremesTest, Subquery, args: [BoundExpr])
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
        case .constant, .column, .parameter: break
        case .subquery(_, let args): args.forEach { $0.visit(body) }
        case .inSubquery(let e, _, let args, _), .quantified(let e, _, _, let args):
            e.visit(body)
            args.forEach { $0.visit(body) }
        case .cast(let e), .negate(let e), .not(let e), .isNull(let e, _): e.visit(body)
        case .arithmetic(_, let a, let b), .comparison(_, let a, let b), .and(let a, let b),
            .or(let a, let b), .concat(let a, let b):
            a.visit(body)
            b.visit(body)
        case .like(let a, let p, let c, _, _):
            a.visit(body)
            p.visit(body)
            c?.visit(body)
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

extension BoundExpr {
    /// This expression with every column reference `i` replaced by `f(i)` (outer references
    /// of subqueries included; the subqueries' own plans are untouched).
    func mappingColumns(_ f: (Int) -> Int) -> BoundExpr {
        func m(_ e: BoundExpr) -> BoundExpr { e.mappingColumns(f) }
        var copy = self
        switch kind {
        case .constant, .parameter: return self
        case .column(let i): copy.kind = .column(f(i))
        case .cast(let e): copy.kind = .cast(m(e))
        case .negate(let e): copy.kind = .negate(m(e))
        case .not(let e): copy.kind = .not(m(e))
        case .isNull(let e, let n): copy.kind = .isNull(m(e), negated: n)
        case .arithmetic(let op, let a, let b): copy.kind = .arithmetic(op, m(a), m(b))
        case .comparison(let op, let a, let b): copy.kind = .comparison(op, m(a), m(b))
        case .and(let a, let b): copy.kind = .and(m(a), m(b))
        case .or(let a, let b): copy.kind = .or(m(a), m(b))
        case .concat(let a, let b): copy.kind = .concat(m(a), m(b))
        case .like(let a, let p, let c, let ci, let n):
            copy.kind = .like(m(a), pattern: m(p), escape: c.map(m), caseInsensitive: ci, negated: n)
        case .inList(let e, let items, let n): copy.kind = .inList(m(e), items.map(m), negated: n)
        case .caseWhen(let whens, let otherwise):
            copy.kind = .caseWhen(
                whens.map { BoundWhen(condition: m($0.condition), result: m($0.result)) }, otherwise: m(otherwise))
        case .function(let fn, let args): copy.kind = .function(fn, args.map(m))
        case .subquery(let s, let args): copy.kind = .subquery(s, args: args.map(m))
        case .inSubquery(let e, let s, let args, let n): copy.kind = .inSubquery(m(e), s, args: args.map(m), negated: n)
        case .quantified(let e, let op, let s, let args): copy.kind = .quantified(m(e), op, s, args: args.map(m))
        }
        return copy
    }

    /// The operands of a chain of ANDs: `a and (b and c)` gives [a, b, c].
    var conjuncts: [BoundExpr] {
        if case .and(let a, let b) = kind { return a.conjuncts + b.conjuncts }
        return [self]
    }

    /// The AND of `parts` (nil when there are none).
    static func conjunction(_ parts: [BoundExpr]) -> BoundExpr? {
        guard var out = parts.first else { return nil }
        for p in parts.dropFirst() { out = BoundExpr(.and(out, p), type: .boolean, range: out.range) }
        return out
    }
}

/// A bound subquery inside an expression: its plan, run when the expression is evaluated
/// (once, or once per distinct value of its outer references). Compared by identity.
final class Subquery: Hashable {
    enum Kind {
        /// One value: NULL for no rows, an error for more than one.
        case scalar
        /// Whether there is any row.
        case exists
        /// The set of values of its one column, for IN.
        case membership
        /// The least and greatest of its one column's values, for `x < any (…)` and the like.
        case extremes
    }

    let plan: PlanNode
    let kind: Kind
    let range: SourceRange

    init(plan: PlanNode, kind: Kind, range: SourceRange) {
        self.plan = plan
        self.kind = kind
        self.range = range
    }

    static func == (a: Subquery, b: Subquery) -> Bool { a === b }
    func hash(into h: inout Hasher) { h.combine(ObjectIdentifier(self)) }
}

struct BoundWhen: Hashable {
    var condition: BoundExpr
    var result: BoundExpr
}

enum ArithmeticOperator: String, Hashable {
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case divide = "/"
    case integerDivide = "//"
    case modulo = "%"

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
    case equal = "="
    case notEqual = "<>"
    case less = "<"
    case lessEqual = "<="
    case greater = ">"
    case greaterEqual = ">="

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

    /// The operator that holds exactly where this one fails (both NULL together): `a < b` is `not a >= b`.
    var opposite: ComparisonOperator {
        switch self {
        case .equal: .notEqual
        case .notEqual: .equal
        case .less: .greaterEqual
        case .lessEqual: .greater
        case .greater: .lessEqual
        case .greaterEqual: .less
        }
    }

    /// The comparison a syntax operator spells; nil for the others (`+`, `and`, …).
    init?(_ op: BinaryOperator) {
        switch op {
        case .equal: self = .equal
        case .notEqual: self = .notEqual
        case .less: self = .less
        case .lessEqual: self = .lessEqual
        case .greater: self = .greater
        case .greaterEqual: self = .greaterEqual
        default: return nil
        }
    }
}

/// What `x op any (…)` asks of the subquery's values, when the least and the greatest of them
/// decide it: every comparison but `=`, which needs the whole set (`in`).
enum ExtremesTest: Hashable {
    /// `<>`: some value differs from x (the least or the greatest does).
    case differs
    /// `<` or `<=`: x is below the greatest.
    case belowGreatest(orEqual: Bool)
    /// `>` or `>=`: x is above the least.
    case aboveLeast(orEqual: Bool)

    /// nil for `=`.
    init?(_ op: ComparisonOperator) {
        switch op {
        case .equal: return nil
        case .notEqual: self = .differs
        case .less: self = .belowGreatest(orEqual: false)
        case .lessEqual: self = .belowGreatest(orEqual: true)
        case .greater: self = .aboveLeast(orEqual: false)
        case .greaterEqual: self = .aboveLeast(orEqual: true)
        }
    }
}
