import PeruseStorage
import PeruseSyntax

/// `x [not] like pattern [escape c]` and `ilike`. NULL on any side gives NULL; the escape's
/// errors (more than one byte, a pattern ending in it) come only from rows with no NULL, as in
/// DuckDB, which checks them value by value.
extension Evaluator {
    func like(
        _ e: BoundExpr, _ v: BoundExpr, pattern: BoundExpr, escape: BoundExpr?, caseInsensitive ci: Bool,
        negated: Bool, _ batch: Batch
    ) throws(Diagnostic) -> Vector {
        let n = batch.count
        let constantEscape = escape == nil ? Value.varchar("") : escape?.constantValue
        if let p = pattern.constantValue, let c = constantEscape {
            guard case .varchar(let text) = p, case .varchar(let escapeText) = c else {
                return .nulls(.boolean, count: n)
            }
            if let matcher = try? LikePattern(text, escape: escapeText, caseInsensitive: ci), !matcher.endsInEscape {
                return try mapDictionary(e, v, batch) { s in .boolean(matcher.matches(s) != negated) }
            }
        }
        // Row by row: a per-dictionary answer would check values no row holds.
        let sv = try evaluate(v, batch)
        let pv = try evaluate(pattern, batch)
        let cv = try escape.map { (c: BoundExpr) throws(Diagnostic) -> Vector in try evaluate(c, batch) }
        var validity = Vector.bothValid(sv, pv)
        if let cv, let escapeValid = cv.effectiveValidity {
            validity = validity.map { $0.intersection(escapeValid) } ?? escapeValid
        }
        var out = [Bool](repeating: false, count: n)
        var last: (text: String, escape: String, matcher: LikePattern)?
        for i in 0..<n where validity?[i] ?? true {
            let text = pv.string(at: i)
            let escapeText = cv?.string(at: i) ?? ""
            let matcher: LikePattern
            if let last, last.text == text, last.escape == escapeText {
                matcher = last.matcher
            } else {
                do {
                    matcher = try LikePattern(text, escape: escapeText, caseInsensitive: ci)
                } catch {
                    throw Self.likeError(error, e, pattern: pattern, escape: escape)
                }
                last = (text, escapeText, matcher)
            }
            do {
                out[i] = try matcher.match(sv.string(at: i)) != negated
            } catch {
                throw Self.likeError(error, e, pattern: pattern, escape: escape)
            }
        }
        return Vector(boolean: out, validity: validity)
    }

    private static func likeError(
        _ problem: LikePattern.Problem, _ e: BoundExpr, pattern: BoundExpr, escape: BoundExpr?
    ) -> Diagnostic {
        switch problem {
        case .escapeTooLong:
            return .error(
                "exec.like-escape", "Invalid escape string. Escape string must be empty or one character.",
                at: escape?.range ?? e.range, help: "the escape is one ASCII character, such as '!' or '\\'")
        case .endsInEscape:
            return .error(
                "exec.like-escape", "Like pattern must not end with escape character!", at: pattern.range,
                help: "write the escape character twice to match it itself")
        }
    }
}
