import PeruseStorage
import PeruseSyntax

/// The columns an expression may name, and where they sit in the input batch: one entry
/// per input column, in order, qualified by the table (or alias) it came from.
struct Scope {
    struct Entry {
        var table: String?
        var name: String
        var type: DataType
        /// The right-hand copy of a `using` column: reachable only when qualified, and not
        /// part of `*` (the left copy, or a coalesced one, stands for both).
        var hidden = false
    }

    var entries: [Entry] = []

    /// The input index and type of `table.name` (or `name`), or a diagnostic.
    func resolve(table: Identifier?, name: Identifier) throws(Diagnostic) -> (Int, DataType) {
        let lower = name.name.lowercased()
        let tableLower = table?.name.lowercased()
        var found: [Int] = []
        for (i, e) in entries.enumerated() where e.name.lowercased() == lower {
            if let tableLower {
                if e.table?.lowercased() != tableLower { continue }
            } else if e.hidden {
                continue
            }
            found.append(i)
        }
        if found.count == 1 { return (found[0], entries[found[0]].type) }
        let written = (table.map { "\($0.name)." } ?? "") + name.name
        let range = (table?.range).map { $0.union(name.range) } ?? name.range
        if found.count > 1 {
            let qualified = found.compactMap { entries[$0].table.map { "\($0).\(entries[found[0]].name)" } }
            throw .error(
                "bind.ambiguous-column", "ambiguous column: \(written)", at: range,
                help: qualified.count > 1 ? "say which table: \(qualified[0]) or \(qualified.dropFirst().joined(separator: " or "))" : nil)
        }
        if let tableLower, !entries.contains(where: { $0.table?.lowercased() == tableLower }) {
            let tables = tableNames
            let help =
                closestMatch(table?.name ?? "", among: tables).map { "did you mean \"\($0)\"?" }
                ?? (tables.isEmpty ? nil : "the tables here are: " + tables.joined(separator: ", "))
            throw .error(
                "bind.unknown-table", "no such table: \(table?.name ?? "")", at: table?.range ?? range, help: help)
        }
        let candidates = entries.filter { e in tableLower.map { e.table?.lowercased() == $0 } ?? !e.hidden }.map(\.name)
        let close = closestMatch(name.name, among: candidates)
        if close == nil,
            let spanish = SpanishNames.diagnostic(
                "bind.unknown-column", "no such column: \(written)", word: name, among: candidates)
        {
            throw spanish
        }
        let help =
            close.map { "did you mean \"\($0)\"?" }
            ?? (candidates.isEmpty
                ? "this query has no FROM clause, so there are no columns to name"
                : "the columns are: " + candidates.joined(separator: ", "))
        throw .error("bind.unknown-column", "no such column: \(written)", at: range, help: help)
    }

    /// Whether `table.name` (or `name`) names exactly one column here.
    func canResolve(table: Identifier?, name: Identifier) -> Bool {
        (try? resolve(table: table, name: name)) != nil
    }

    /// The distinct table qualifiers, in order.
    var tableNames: [String] {
        var out: [String] = []
        for e in entries { if let t = e.table, !out.contains(t) { out.append(t) } }
        return out
    }
}
