import PeruseStorage
import PeruseSyntax

/// Argument checks and result types of the date, text and conditional functions.
extension FunctionBinder {
    static func bindMore(_ f: ScalarFunction, _ args: [BoundExpr], range r: SourceRange) throws(Diagnostic) -> BoundExpr
    {
        func arity(_ allowed: ClosedRange<Int>) throws(Diagnostic) {
            guard allowed.contains(args.count) else {
                let want =
                    allowed.lowerBound == allowed.upperBound
                    ? "\(allowed.lowerBound)" : "\(allowed.lowerBound) to \(allowed.upperBound)"
                throw .error("bind.arity", "\(f.rawValue)() takes \(want) arguments, got \(args.count)", at: r)
            }
        }
        func date(_ e: BoundExpr) throws(Diagnostic) -> BoundExpr {
            if e.type == .date || e.type == .null || e.isStringLiteral { return try TypeRules.cast(e, to: .date) }
            throw .error(
                "bind.argument-type", "\(f.rawValue)() needs a DATE, got \(e.type)", at: e.range,
                help: "write a date as date '2023-11-24', or convert text with cast(x as DATE)")
        }
        func text(_ e: BoundExpr) throws(Diagnostic) -> BoundExpr { try TypeRules.cast(e, to: .varchar) }
        func integer(_ e: BoundExpr) throws(Diagnostic) -> BoundExpr {
            guard e.type.isNumeric || e.type == .null || e.isStringLiteral else {
                throw .error("bind.argument-type", "\(f.rawValue)() needs a number, got \(e.type)", at: e.range)
            }
            return try TypeRules.cast(e, to: .bigint)
        }
        func call(_ a: [BoundExpr], _ t: DataType) -> BoundExpr { BoundExpr(.function(f, a), type: t, range: r) }

        switch f {
        case .year, .month, .day:
            try arity(1...1)
            return call([try date(args[0])], .bigint)
        case .dateDiff:
            try arity(3...3)
            try checkPart(args[0], allowed: ["day", "week", "month", "quarter", "year"], f)
            return call([try text(args[0]), try date(args[1]), try date(args[2])], .bigint)
        case .dateTrunc:
            try arity(2...2)
            try checkPart(args[0], allowed: ["day", "week", "month", "quarter", "year"], f)
            return call([try text(args[0]), try date(args[1])], .date)
        case .strftime:
            try arity(2...2)
            return call([try date(args[0]), try text(args[1])], .varchar)
        case .currentDate:
            try arity(0...0)
            return call([], .date)
        case .regexpMatches:
            try arity(2...2)
            return call([try text(args[0]), try text(args[1])], .boolean)
        case .regexpReplace:
            try arity(3...4)
            return call(try args.map(text), .varchar)
        case .splitPart:
            try arity(3...3)
            return call([try text(args[0]), try text(args[1]), try integer(args[2])], .varchar)
        case .startsWith, .contains:
            try arity(2...2)
            return call([try text(args[0]), try text(args[1])], .boolean)
        case .left, .right:
            try arity(2...2)
            return call([try text(args[0]), try integer(args[1])], .varchar)
        case .lpad, .rpad:
            try arity(3...3)
            return call([try text(args[0]), try integer(args[1]), try text(args[2])], .varchar)
        case .concat:
            try arity(1...Int.max)
            return call(try args.map(text), .varchar)
        case .if:
            try arity(3...3)
            guard let t = TypeRules.commonType([args[1], args[2]]) else {
                throw .error(
                    "bind.type-mismatch", "if() branches have different types: \(args[1].type) and \(args[2].type)",
                    at: r,
                    help: "cast them to one type")
            }
            return call(
                [
                    try TypeRules.condition(args[0], clause: "if()"), try TypeRules.cast(args[1], to: t),
                    try TypeRules.cast(args[2], to: t),
                ], t)
        default:
            throw .error("bind.unknown-function", "no such function: \(f.rawValue)", at: r)
        }
    }

    /// A constant date part must be one Peruse knows.
    private static func checkPart(_ e: BoundExpr, allowed: [String], _ f: ScalarFunction) throws(Diagnostic) {
        guard case .varchar(let part) = e.constantValue else { return }
        guard allowed.contains(part.lowercased()) else {
            throw .error(
                "bind.date-part", "\(f.rawValue)() does not know the date part '\(part)'", at: e.range,
                help: "the parts are: " + allowed.joined(separator: ", "))
        }
    }
}
