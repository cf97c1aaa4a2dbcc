import PeruseStorage
import PeruseSyntax

/// The columns an expression may name, and where they sit in the input batch.
struct Scope {
    struct Entry {
        var table: String?
        var name: String
        var type: DataType
    }

    var entries: [Entry] = []

    /// The input index and type of `table.name` (or `name`), or a diagnostic.
    func resolve(table: Identifier?, name: Identifier) throws(Diagnostic) -> (Int, DataType) {
        let lower = name.name.lowercased()
        let tableLower = table?.name.lowercased()
        var found: [Int] = []
        for (i, e) in entries.enumerated() where e.name.lowercased() == lower {
            if let tableLower, e.table?.lowercased() != tableLower { continue }
            found.append(i)
        }
        if found.count == 1 { return (found[0], entries[found[0]].type) }
        let written = (table.map { "\($0.name)." } ?? "") + name.name
        let range = (table?.range).map { $0.union(name.range) } ?? name.range
        if found.count > 1 {
            throw .error("bind.ambiguous-column", "ambiguous column: \(written)", at: range)
        }
        if let tableLower, !entries.contains(where: { $0.table?.lowercased() == tableLower }) {
            throw .error("bind.unknown-table", "no such table: \(table?.name ?? "")", at: table?.range ?? range)
        }
        let candidates = entries.map(\.name)
        let help = closestMatch(name.name, among: candidates).map { "did you mean \"\($0)\"?" }
            ?? (candidates.isEmpty
                ? "this query has no FROM clause, so there are no columns to name"
                : "the columns are: " + candidates.joined(separator: ", "))
        throw .error("bind.unknown-column", "no such column: \(written)", at: range, help: help)
    }
}
