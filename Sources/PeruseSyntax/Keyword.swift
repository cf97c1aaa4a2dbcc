/// Every keyword the lexer recognises. Matching is case-insensitive.
///
/// `Grammar/peruse.ebnf` lists the same words; `GrammarTests` fails when the two disagree.
public enum Keyword: String, CaseIterable, Sendable {
    case all, and, `as`, asc, between, by, `case`, cast, create, desc, describe, distinct, drop
    case `else`, end, exists, `false`, first, from, group, having, `if`, ilike, `in`, insert, into
    case `is`, last, like, limit, not, null, nulls, offset, or, order, select, show, table, tables
    case then, `true`, values, when, `where`
    // Seeing and understanding data (Parser+Insight.swift).
    case analyze, bins, chart, explain, summarize, to
    // Files (Parser+Files.swift).
    case load, save, with

    /// Keywords that may also be used as plain identifiers (column or table names).
    public var isReserved: Bool {
        switch self {
        case .asc, .desc, .first, .last, .nulls, .offset, .tables, .exists, .if, .show,
            .describe, .values, .table, .analyze, .bins, .chart, .explain, .summarize, .to, .load, .save:
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
