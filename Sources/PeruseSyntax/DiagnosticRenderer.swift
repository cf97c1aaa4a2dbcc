/// Turns a `Diagnostic` into the text the CLI prints:
///
///     query.sql:1:8: error: no such column: rat
///     select rat from crime
///            ^~~
///     help: did you mean "rate"?
public enum DiagnosticRenderer {
    public static func render(_ diagnostic: Diagnostic, in source: SourceText?) -> String {
        var out = ""
        guard let source, let range = diagnostic.range else {
            out = "\(source?.name ?? "peruse"): \(diagnostic.severity.rawValue): \(diagnostic.message)"
            if let help = diagnostic.help { out += "\nhelp: \(help)" }
            return out
        }
        let loc = source.location(of: range.start)
        out = "\(source.name):\(loc.line):\(loc.column): \(diagnostic.severity.rawValue): \(diagnostic.message)"
        let line = source.lineText(loc.line)
        out += "\n" + line + "\n"
        // Keep tabs so the caret lines up under the same tab stops as the source line.
        let prefix = String(line.prefix(loc.column - 1).map { $0 == "\t" ? Character("\t") : Character(" ") })
        let endLoc = source.location(of: range.end)
        let width: Int
        if endLoc.line == loc.line {
            width = max(1, endLoc.column - loc.column)
        } else {
            width = max(1, line.count - (loc.column - 1))
        }
        out += prefix + "^" + String(repeating: "~", count: max(0, width - 1))
        if let help = diagnostic.help { out += "\nhelp: \(help)" }
        return out
    }
}
