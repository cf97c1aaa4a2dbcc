import PeruseStorage

/// Reads a CSV file into typed columns, in one pass over 4 MiB chunks: the first chunk is
/// sniffed (`CSVSniffer`), then records are split (`CSVTokenizer`) and each column's fields
/// parsed straight into its buffer (`ColumnLoader`). A column whose later values stop fitting
/// its sniffed type widens; when it must become VARCHAR the file is read again.
struct CSVReader {
    static let chunkSize = 4 << 20
    static let sampleSize = 1 << 20
    /// The longest record accepted: a longer one is most likely not CSV, or a quote left open.
    static let maxRecordSize = 16 << 20

    let source: FileSource
    let options: LoadOptions
    let isCancelled: @Sendable () -> Bool

    /// A reading buffer: `bytes[0..<filled]` hold the file from offset `base`.
    private struct Window {
        var bytes: [UInt8]
        var filled = 0
        var base = 0
        var atEnd = false
    }

    func read() throws(LoadInterruption) -> LoadedTable {
        let null = Array((options.nullText ?? "").utf8)
        let (sniffed, bomLength) = try sniff(null: null)
        var kinds = sniffed.kinds
        var fixed = [Bool](repeating: false, count: kinds.count)
        for (name, type) in options.types {
            guard let c = sniffed.names.firstIndex(where: { $0.lowercased() == name.lowercased() }) else {
                throw .file(
                    FileError(
                        path: source.displayPath, message: "types names \(name), which is not a column of the file",
                        help: "the columns are " + sniffed.names.joined(separator: ", ")))
            }
            kinds[c] = ColumnLoader.Kind(type)
            fixed[c] = true
        }
        let estimate = Int(Double(max(source.size, 0)) / max(sniffed.bytesPerRecord, 1) * 1.02) + 16
        // Each pass either finishes or turns one more column into VARCHAR.
        while true {
            do {
                let loaders = try pass(
                    sniffed, kinds: kinds, fixed: fixed, null: null, skip: bomLength, estimate: estimate)
                let columns = loaders.map { $0.build() }
                var description = "CSV, delimiter " + Self.show(sniffed.dialect.delimiter)
                if let quote = sniffed.dialect.quote, quote != UInt8(ascii: "\"") {
                    description += ", quote " + Self.show(quote)
                }
                description += sniffed.header ? ", header" : ", no header"
                return LoadedTable(
                    schema: zip(sniffed.names, columns).map { ColumnInfo(name: $0, type: $1.type) },
                    columns: columns, rowCount: columns.first?.count ?? 0, formatDescription: description,
                    byteCount: source.size)
            } catch .widenToVarchar(let column) {
                kinds[column] = .varchar
            }
        }
    }

    static func show(_ byte: UInt8) -> String {
        byte == 0x09 ? "tab" : "'" + String(UnicodeScalar(byte)) + "'"
    }

    /// Reads the start of the file and sniffs it; returns the result and the length of the
    /// byte-order mark, if any.
    private func sniff(null: [UInt8]) throws(LoadInterruption) -> (CSVSniffer.Result, Int) {
        try rewind()
        var window = Window(bytes: [UInt8](repeating: 0, count: Self.sampleSize))
        try fill(&window)
        if window.filled == 0 { throw .failure(ReadFailure(at: 0, "the file is empty")) }
        let bom = window.bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        if window.atEnd && window.filled == bom { throw .failure(ReadFailure(at: 0, "the file is empty")) }
        let sniffer = CSVSniffer(options: options, null: null)
        while true {
            // Grow the sample until it holds a whole record (a huge line ends in an error).
            let result: CSVSniffer.Result? = try window.bytes.withBytes { (all) throws(LoadInterruption) in
                let sample = UnsafeRawBufferPointer(rebasing: all[bom..<window.filled])
                var probe = CSVFields()
                let tokenizer = CSVTokenizer(dialect: CSVDialect(delimiter: UInt8(ascii: ","), quote: nil))
                _ = try? tokenizer.scan(sample, from: 0, atEnd: window.atEnd, maxRecords: 1, into: &probe)
                guard probe.recordCount > 0 || window.atEnd else { return nil }
                return try sniffer.sniff(sample, base: bom, atEnd: window.atEnd)
            }
            if let result { return (result, bom) }
            try grow(&window, recordStart: bom)
        }
    }

    private func pass(
        _ sniffed: CSVSniffer.Result, kinds: [ColumnLoader.Kind], fixed: [Bool], null: [UInt8], skip: Int,
        estimate: Int
    ) throws(LoadInterruption) -> [ColumnLoader] {
        try rewind()
        let columnCount = kinds.count
        let memory = LoadMemory(limit: options.memoryLimit, displayPath: source.displayPath)
        var loaders = (0..<columnCount).map { c in
            ColumnLoader(name: sniffed.names[c], index: c, kind: kinds[c], isFixed: fixed[c], capacity: estimate)
        }
        // The estimated rows are reserved, not yet touched: a file far over the limit stops here.
        try memory.check(LoadMemory.held(by: loaders))
        let tokenizer = CSVTokenizer(dialect: sniffed.dialect)
        let quote = sniffed.dialect.quote ?? 0
        var window = Window(bytes: [UInt8](repeating: 0, count: Self.chunkSize))
        var position = skip
        var headerPending = sniffed.header
        var fields = CSVFields()
        var rows: [Int32] = []
        var scratch: [UInt8] = []
        try fill(&window)
        while true {
            fields.removeAll()
            let next: Int
            do {
                next = try window.bytes.withBytes { (all) throws(CSVTokenizer.Problem) -> Int in
                    try tokenizer.scan(
                        UnsafeRawBufferPointer(rebasing: all[0..<window.filled]), from: position,
                        atEnd: window.atEnd, maxRecords: 8192, into: &fields)
                }
            } catch {
                throw Self.failure(error, base: window.base)
            }
            if fields.recordCount == 0 {
                if window.atEnd { break }
                // Keep the unfinished record and read more after it.
                if position > 0 {
                    window.bytes.withUnsafeMutableBytes { raw in
                        guard let p = raw.baseAddress else { return }
                        (p).copyMemory(from: p + position, byteCount: window.filled - position)
                    }
                    window.base += position
                    window.filled -= position
                    position = 0
                }
                if window.filled == window.bytes.count { try grow(&window, recordStart: 0) } else { try fill(&window) }
                continue
            }
            // Which records become rows: not the header, not blank lines; every row complete.
            rows.removeAll(keepingCapacity: true)
            for r in 0..<fields.recordCount {
                let count = fields.fieldCount(ofRecord: r)
                let first = Int(fields.recordFirstField[r])
                if count == 1 && columnCount > 1 && fields.flags[first] == 0
                    && fields.starts[first] == fields.ends[first]
                {
                    continue
                }
                if headerPending {
                    headerPending = false
                    continue
                }
                guard count == columnCount else {
                    let at =
                        count > columnCount
                        ? Int(fields.starts[first + columnCount]) : Int(fields.ends[first + count - 1])
                    throw .failure(
                        ReadFailure(
                            at: window.base + at,
                            "expected \(columnCount) field\(columnCount == 1 ? "" : "s") but found \(count)",
                            help:
                                "every line needs the same number of fields (delimiter \(Self.show(sniffed.dialect.delimiter)))"
                        ))
                }
                rows.append(Int32(truncatingIfNeeded: r))
            }
            try window.bytes.withBytes { (all) throws(LoadInterruption) in
                let bytes = UnsafeRawBufferPointer(rebasing: all[0..<window.filled])
                for c in 0..<columnCount {
                    try loaders[c].appendCSV(
                        column: c, columnCount: columnCount, rows: rows, fields: fields, bytes: bytes,
                        base: window.base, null: null, quote: quote, scratch: &scratch)
                }
            }
            try memory.check(LoadMemory.held(by: loaders) &+ window.bytes.count)
            position = next
        }
        return loaders
    }

    /// Reads into the free end of the window until it is full or the file ends.
    private func fill(_ window: inout Window) throws(LoadInterruption) {
        if isCancelled() { throw .file(FileError(path: source.displayPath, message: "interrupted")) }
        while window.filled < window.bytes.count && !window.atEnd {
            let room = window.bytes.count - window.filled
            let filled = window.filled
            let n: Int
            do {
                n = try window.bytes.withMutableBytes { (raw) throws(FileError) -> Int in
                    guard let base = raw.baseAddress else { return 0 }
                    return try source.read(into: base + filled, count: room)
                }
            } catch {
                throw .file(error)
            }
            if n == 0 { window.atEnd = true } else { window.filled += n }
        }
    }

    /// Doubles a full window for a record that does not fit, up to `maxRecordSize`.
    private func grow(_ window: inout Window, recordStart: Int) throws(LoadInterruption) {
        guard window.bytes.count < Self.maxRecordSize else {
            throw .failure(
                ReadFailure(
                    at: window.base + recordStart, "a record longer than \(Self.maxRecordSize >> 20) MiB starts here",
                    help: "is this a CSV file? a quote left open also makes one long record"))
        }
        window.bytes.append(contentsOf: repeatElement(0, count: window.bytes.count))
        try fill(&window)
    }

    private func rewind() throws(LoadInterruption) {
        do { try source.rewind() } catch { throw .file(error) }
    }

    static func failure(_ problem: CSVTokenizer.Problem, base: Int) -> LoadInterruption {
        switch problem {
        case .zeroByte(let at):
            .failure(ReadFailure(at: base + at, "a zero byte: this looks like a binary file, not text"))
        case .unterminatedQuote(let at):
            .failure(
                ReadFailure(
                    at: base + at, "unterminated quoted field",
                    help: "a field that starts with a quote must end with one"))
        case .textAfterQuote(let at):
            .failure(
                ReadFailure(
                    at: base + at, "unexpected text after a closing quote",
                    help: "inside a quoted field, write a quote twice: \"\""))
        }
    }
}
