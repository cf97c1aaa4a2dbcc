import PeruseStorage
import PeruseSyntax

/// Turns a `ResultTable` into text: the one entry point for every output format.
public enum Renderer {
    /// The full text of one result in the chosen format, ending with a newline.
    public static func render(_ result: ResultTable, options: RenderOptions) -> String {
        switch options.format {
        case .table: tableText(result, options: options)
        case .csv: CSVRenderer.render(result, options: options)
        case .json: JSONRenderer.render(result)
        case .markdown: MarkdownRenderer.render(result, options: options)
        case .line: LineRenderer.render(result, options: options)
        }
    }
}

extension Renderer {
    /// A chart, a plain-text result (`explain`) or a box-drawn table, then the notes and
    /// provenance lines the options ask for.
    static func tableText(_ result: ResultTable, options: RenderOptions) -> String {
        var text: String
        if result.chart != nil {
            text = ChartRenderer.terminal(result, width: options.maxWidth, language: options.language)
        } else if let plain = result.plainText {
            text = ResultText.explanation.localized(plain, to: options.language)
        } else {
            text = TableRenderer(result: result, options: options).render()
        }
        let language = options.language
        if options.showsNotes {
            let label = MessageCatalog.label(.note, in: language) + ": "
            for note in result.annotations.notes {
                let line = label + TerminalText.escaped(ResultText.note.localized(note, to: language))
                text += TextWrapping.wrapLines(line, width: options.maxWidth, indent: label.count) + "\n"
            }
        }
        if options.showsProvenance && result.chart == nil {
            for line in result.annotations.provenance {
                let localized = TerminalText.escaped(ResultText.provenance.localized(line, to: language))
                text += TextWrapping.wrapLines(localized, width: options.maxWidth, indent: 2) + "\n"
            }
        }
        return text
    }
}

extension DataType {
    /// Numbers line up on the right in tables and Markdown; everything else on the left.
    var alignsRight: Bool { isNumeric }
}
