import PeruseStorage

/// Turns a `ResultTable` into text: the one entry point for every output format.
public enum Renderer {
    /// The full text of one result in the chosen format, ending with a newline.
    public static func render(_ result: ResultTable, options: RenderOptions) -> String {
        switch options.format {
        case .table: TableRenderer(result: result, options: options).render()
        case .csv: CSVRenderer.render(result, options: options)
        case .json: JSONRenderer.render(result)
        case .markdown: MarkdownRenderer.render(result, options: options)
        }
    }
}

extension DataType {
    /// Numbers line up on the right in tables and Markdown; everything else on the left.
    var alignsRight: Bool { isNumeric }
}
