import PeruseStorage
import PeruseSyntax

/// The scalar functions Peruse knows. Binding (argument counts and types) is in
/// `FunctionBinder`; evaluation in `Evaluator+Functions`.
enum ScalarFunction: String, Hashable, CaseIterable {
    case abs, round, floor, ceil, sqrt, power, ln, log10
    case lower, upper, length, trim, ltrim, rtrim, substr, replace
    case coalesce, nullif, greatest, least
    // Evaluated row by row (Evaluator+MoreFunctions, FunctionBinder+More).
    case year, month, day, dateDiff = "date_diff", dateTrunc = "date_trunc", strftime, currentDate = "current_date"
    case regexpMatches = "regexp_matches", regexpReplace = "regexp_replace", splitPart = "split_part"
    case startsWith = "starts_with", contains, left, right, lpad, rpad, concat, `if`

    static func named(_ name: String) -> ScalarFunction? {
        switch name.lowercased() {
        case "ceiling": .ceil
        case "pow": .power
        case "substring": .substr
        case "char_length", "len": .length
        case "datediff": .dateDiff
        case "datetrunc": .dateTrunc
        case "prefix": .startsWith
        case "iif": .if
        default: ScalarFunction(rawValue: name.lowercased())
        }
    }

    /// Every function name a user may call, aggregates included (for suggestions and help).
    static let allNames: [String] =
        ScalarFunction.allCases.map(\.rawValue) + [
            "count", "sum", "avg", "min", "max", "median", "stddev", "string_agg", "quantile_cont", "mode",
            "var_samp", "corr",
        ]
}

/// Checks a call's arguments and decides its result type.
enum FunctionBinder {
    static func bind(name: Identifier, args: [BoundExpr], range r: SourceRange) throws(Diagnostic) -> BoundExpr {
        guard let f = ScalarFunction.named(name.name) else {
            let help = closestMatch(name.name, among: ScalarFunction.allNames).map { "did you mean \($0)()?" }
            throw .error("bind.unknown-function", "no such function: \(name.name)", at: name.range, help: help)
        }
        func arity(_ allowed: ClosedRange<Int>) throws(Diagnostic) {
            guard allowed.contains(args.count) else {
                let want = allowed.lowerBound == allowed.upperBound
                    ? "\(allowed.lowerBound)" : "\(allowed.lowerBound) to \(allowed.upperBound)"
                throw .error(
                    "bind.arity", "\(f.rawValue)() takes \(want) argument\(allowed.upperBound == 1 ? "" : "s"), got \(args.count)",
                    at: r)
            }
        }
        func numeric(_ e: BoundExpr) throws(Diagnostic) -> BoundExpr {
            if e.type.isNumeric { return e }
            if e.type == .null { return try TypeRules.cast(e, to: .bigint) }
            if e.isStringLiteral { return try TypeRules.cast(e, to: .double) }
            throw .error(
                "bind.argument-type", "\(f.rawValue)() needs a number, got \(e.type)", at: e.range,
                help: e.type == .varchar ? "convert it with cast(x as DOUBLE)" : nil)
        }
        func text(_ e: BoundExpr) throws(Diagnostic) -> BoundExpr { try TypeRules.cast(e, to: .varchar) }
        func call(_ a: [BoundExpr], _ t: DataType) -> BoundExpr { BoundExpr(.function(f, a), type: t, range: r) }

        switch f {
        case .abs:
            try arity(1...1)
            let x = try numeric(args[0])
            return call([x], x.type)
        case .round:
            try arity(1...2)
            let x = try numeric(args[0])
            if args.count == 2 {
                return call([x, try TypeRules.cast(try numeric(args[1]), to: .bigint)], x.type)
            }
            return call([x], x.type)
        case .floor, .ceil, .sqrt, .ln, .log10:
            try arity(1...1)
            return call([try TypeRules.cast(try numeric(args[0]), to: .double)], .double)
        case .power:
            try arity(2...2)
            return call(
                [try TypeRules.cast(try numeric(args[0]), to: .double), try TypeRules.cast(try numeric(args[1]), to: .double)],
                .double)
        case .lower, .upper, .trim, .ltrim, .rtrim:
            try arity(1...1)
            return call([try text(args[0])], .varchar)
        case .length:
            try arity(1...1)
            return call([try text(args[0])], .bigint)
        case .substr:
            try arity(2...3)
            var a = [try text(args[0])]
            for e in args.dropFirst() { a.append(try TypeRules.cast(try numeric(e), to: .bigint)) }
            return call(a, .varchar)
        case .replace:
            try arity(3...3)
            return call([try text(args[0]), try text(args[1]), try text(args[2])], .varchar)
        case .coalesce, .greatest, .least:
            try arity(1...Int.max)
            guard let t = TypeRules.commonType(args) else {
                throw .error(
                    "bind.type-mismatch",
                    "\(f.rawValue)() arguments have different types: "
                        + Set(args.map(\.type.description)).sorted().joined(separator: ", "), at: r,
                    help: "cast them to one type")
            }
            var a: [BoundExpr] = []
            for e in args { a.append(try TypeRules.cast(e, to: t)) }
            return call(a, t)
        case .year, .month, .day, .dateDiff, .dateTrunc, .strftime, .currentDate, .regexpMatches, .regexpReplace,
            .splitPart, .startsWith, .contains, .left, .right, .lpad, .rpad, .concat, .if:
            return try bindMore(f, args, range: r)
        case .nullif:
            try arity(2...2)
            guard let t = TypeRules.commonType(args[0], args[1]) else {
                throw .error("bind.type-mismatch", "Cannot compare values of type \(args[0].type) and type \(args[1].type)", at: r)
            }
            // The result keeps the first argument's type; the comparison is at the common type.
            let first = args[0].type == .null ? try TypeRules.cast(args[0], to: t) : args[0]
            return call([first, try TypeRules.cast(args[0], to: t), try TypeRules.cast(args[1], to: t)], first.type)
        }
    }
}
