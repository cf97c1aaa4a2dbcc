import PeruseEngine
import PeruseStorage
import PeruseSyntax

/// What the shell's `.source <table>` prints for a built-in table: the articles its figures
/// come from (title, publisher, author, date), the sentences the figures were taken from (the
/// comments above each `insert` in `BuiltinScript`), its caveats and its columns' units.
///
/// In Spanish the labels, the credit and the caveats are translated (`ResultText`); the
/// articles' titles and sentences, and the notes on the tables, stay as they were written.
public enum SourceReport {
    /// The report for `table` in `language`, or nil when it is not a built-in table.
    public static func text(for table: String, in engine: Engine, language: Language = .en) -> String? {
        let name = table.lowercased()
        guard let metadata = Builtins.metadata(of: name) else { return nil }
        let label = { (english: String) in ResultText.sourceReport.localized(english, to: language) }
        let phrase = { (english: String) in ResultText.phrase(english, to: language) }
        var lines = ["\(name): \(phrase(metadata.credit))"]
        lines.append("")
        lines.append(label(metadata.sourceIDs.count == 1 ? "article:" : "articles:"))
        for id in metadata.sourceIDs { lines.append("  " + article(id, engine, label)) }
        let about = comments(before: "create table \(name) ")
        if !about.isEmpty {
            lines.append("")
            lines.append(label("about the table:"))
            lines += about.map { "  " + $0 }
        }
        let quotes = comments(before: "insert into \(name) ")
        if !quotes.isEmpty {
            lines.append("")
            lines.append(label("taken from:"))
            lines += quotes.map { "  " + $0 }
        }
        lines.append("")
        lines.append(label("caveats:"))
        lines += metadata.caveats.map { "  - " + phrase($0) }
        if !metadata.units.isEmpty {
            let units = metadata.units.sorted { $0.key < $1.key }.map { label("\($0.key) in \($0.value)") }
            lines.append("")
            lines.append(label("units: " + units.joined(separator: ", ")))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `france24-focus: "Peru’s Fierce Fight…", France 24, author not given, date not given`
    private static func article(_ id: String, _ engine: Engine, _ label: (String) -> String) -> String {
        guard let sources = engine.catalog.table("sources"),
            let idColumn = sources.columnIndex("id")
        else { return id }
        for row in 0..<sources.rowCount where sources.columns[idColumn].value(at: row) == .varchar(id) {
            func field(_ column: String, _ missing: String) -> String {
                guard let k = sources.columnIndex(column), case .varchar(let text) = sources.columns[k].value(at: row)
                else { return label(missing) }
                return text
            }
            let title = sources.columnIndex("title").map { sources.columns[$0].value(at: row) }
            let titleText =
                title.flatMap { if case .varchar(let t) = $0 { "\"\(t)\"" } else { nil } } ?? label("untitled")
            return [
                "\(id): \(titleText)", field("publisher", "publisher not given"), field("author", "author not given"),
                field("published", "date not given"),
            ].joined(separator: ", ")
        }
        return id
    }

    /// The comment lines just above each statement of the built-in script starting with
    /// `prefix`, joined per statement: for an `insert`, the article's own sentences, quoted.
    static func comments(before prefix: String) -> [String] {
        var pending: [String] = []
        var out: [String] = []
        for raw in BuiltinScript.sql.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.drop(while: { $0 == " " })
            if line.hasPrefix("--") {
                let text = line.dropFirst(2).drop(while: { $0 == " " })
                if !text.allSatisfy({ $0 == "-" || $0 == "=" }) { pending.append(String(text)) }
            } else if line.lowercased().hasPrefix(prefix) {
                if !pending.isEmpty { out.append(pending.joined(separator: " ")) }
                pending = []
            } else if !line.hasPrefix("(") {
                pending = []
            }
        }
        return out
    }
}
