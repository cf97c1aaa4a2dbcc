import PeruseStorage

/// Reads a file into columns: the one entry point for `load` and `--load`.
public enum TableLoader {
    /// Reads the file at `path` (already resolved; `displayPath` is how the user wrote it).
    /// The format comes from the extension: `.json`, `.ndjson` and `.jsonl` are JSON, `.tsv`
    /// is CSV with tabs, anything else CSV unless its first character is `[` or `{`.
    /// `isCancelled` is polled between chunks.
    public static func load(
        path: String, displayPath: String, options: LoadOptions = LoadOptions(),
        isCancelled: @escaping @Sendable () -> Bool = { false }
    ) throws(FileError) -> LoadedTable {
        let source = try FileSource(path: path, displayPath: displayPath)
        var options = options
        var isJSON = false
        switch FileFormat(fileExtension: FileFormat.fileExtension(of: path)) {
        case .json, .ndjson: isJSON = true
        case .tsv: if options.delimiter == nil { options.delimiter = 0x09 }
        case .markdown:
            throw FileError(path: displayPath, message: "cannot load Markdown", help: "load a .csv, .tsv, .json or .ndjson file")
        case .csv: break
        case nil: isJSON = try startsLikeJSON(source)
        }
        do {
            if isJSON { return try JSONReader(source: source, options: options).read() }
            return try CSVReader(source: source, options: options, isCancelled: isCancelled).read()
        } catch {
            switch error {
            case .failure(let failure): throw source.locate(failure)
            case .file(let fileError): throw fileError
            case .widenToVarchar: throw FileError(path: displayPath, message: "could not settle a column's type")
            }
        }
    }

    /// Whether the first character after white space (and a byte-order mark) is `[` or `{`.
    private static func startsLikeJSON(_ source: FileSource) throws(FileError) -> Bool {
        var head = [UInt8](repeating: 0, count: 4096)
        let n = try head.withMutableBytes { (raw) throws(FileError) -> Int in
            guard let base = raw.baseAddress else { return 0 }
            return try source.read(into: base, count: raw.count)
        }
        try source.rewind()
        var i = head.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while i < n, [0x20, 0x09, 0x0A, 0x0D].contains(head[i]) { i += 1 }
        return i < n && (head[i] == UInt8(ascii: "[") || head[i] == UInt8(ascii: "{"))
    }
}
