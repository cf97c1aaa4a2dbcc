/// Turns a `Diagnostic` into the text the CLI prints:
///
///     query.sql:1:8: error: no such column: rat
///     select rat from crime
///            ^~~
///     help: did you mean "rate"?
///         select rate from crime
///
/// The rewritten statements under `help` are the diagnostic's fixes applied to the learner's own
/// text; `note:` lines follow. In Spanish the words come from `MessageCatalog`.
public enum DiagnosticRenderer {
    public static func render(_ diagnostic: Diagnostic, in source: SourceText?, language: Language = .en) -> String {
        let diagnostic = MessageCatalog.localized(diagnostic, to: language)
        let severity = MessageCatalog.label(diagnostic.severity, in: language)
        var out = ""
        if let source, let range = diagnostic.range {
            let loc = source.location(of: range.start)
            out = "\(source.name):\(loc.line):\(loc.column): \(severity): \(diagnostic.message)"
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
        } else {
            out = "\(source?.name ?? "peruse"): \(severity): \(diagnostic.message)"
        }
        if let help = diagnostic.help { out += "\n\(MessageCatalog.helpLabel(in: language)): \(help)" }
        if let source {
            for fix in diagnostic.fixes {
                guard let rewritten = fix.apply(to: source) else { continue }
                for line in rewritten.split(separator: "\n", omittingEmptySubsequences: false) {
                    out += "\n    " + line
                }
            }
        }
        for note in diagnostic.notes {
            out += "\n\(MessageCatalog.label(.note, in: language)): \(note)"
        }
        return out
    }
}
