/// Every keyword the lexer recognises. Matching is case-insensitive.
///
/// `Grammar/peruse.ebnf` lists the same words; `GrammarTests` fails when the two disagree.
public enum Keyword: String, CaseIterable, Sendable {
    case all, and, any, `as`, asc, between, by, `case`, cast, create, cross, current, desc, describe
    case distinct, drop, `else`, end, escape, except, exclude, exists, `false`, first, following, from, full
    case group, having, `if`, ilike, `in`, index, inner, insert, intersect, into, `is`, join, key, last
    case left, like, limit, not, null, nulls, offset, on, or, order, outer, over, partition
    case preceding, primary, range, replace, right, row, rows, select, show, some, table, tables, then, `true`
    case unbounded, union, unique, using, values, when, `where`
    // Seeing and understanding data (Parser+Insight.swift).
    case analyze, bins, chart, explain, summarize, to
    // Files (Parser+Files.swift).
    case load, save, with

    /// Keywords that may also be used as plain identifiers (column, table or function names).
    public var isReserved: Bool {
        switch self {
        case .asc, .desc, .first, .last, .nulls, .offset, .tables, .exists, .if, .show,
            .describe, .values, .table, .current, .exclude, .following, .index, .left, .over,
            .partition, .preceding, .primary, .key, .range, .replace, .right, .row, .rows, .unbounded, .unique,
            .any, .some, .escape,
            .analyze, .bins, .chart, .explain, .summarize, .to, .load, .save:
            return false
        default:
            return true
        }
    }

    private static let byName: [String: Keyword] = {
        var m: [String: Keyword] = [:]
        for k in Keyword.allCases { m[k.rawValue] = k }
        return m
    }()

    /// The keyword spelled by `text`, ignoring case.
    public static func lookup(_ text: String) -> Keyword? {
        byName[text.lowercased()]
    }
}
