import PeruseStorage

/// Reads a JSON file — an array of objects, or one object per line (NDJSON) — into typed
/// columns. The file is read into memory and scanned twice: once to find the columns (every
/// key, in order of first appearance) and their types, once to fill them. Numbers are BIGINT
/// or DOUBLE, `true`/`false` BOOLEAN, strings VARCHAR (or DATE when every one is `yyyy-mm-dd`),
/// nested objects and arrays VARCHAR holding their JSON text; a missing key is NULL.
struct JSONReader {
    let source: FileSource
    let options: LoadOptions

    func read() throws(LoadInterruption) -> LoadedTable {
        let memory = LoadMemory(limit: options.memoryLimit, displayPath: source.displayPath)
        // The whole file is read into memory first.
        try memory.check(source.size)
        let bytes: [UInt8]
        do { bytes = try source.readAll() } catch { throw .file(error) }
        return try bytes.withBytes { (all) throws(LoadInterruption) -> LoadedTable in
            // Pass 1: columns and types.
            var schemaScanner = JSONScanner(bytes: all)
            var schema = SchemaVisitor()
            try schemaScanner.scan(&schema)
            let names = schemaScanner.keys.strings
            guard !names.isEmpty else {
                throw .failure(ReadFailure(at: 0, "no columns: the file holds no keys", help: "a JSON file holds an array of objects, or one object per line"))
            }
            var kinds = schema.kinds + [ColumnLoader.Kind](repeating: .undecided, count: max(0, names.count - schema.kinds.count))
            var fixed = [Bool](repeating: false, count: names.count)
            for (name, type) in options.types {
                guard let c = names.firstIndex(where: { $0.lowercased() == name.lowercased() }) else {
                    throw .file(
                        FileError(
                            path: source.displayPath, message: "types names \(name), which is not a key of the file",
                            help: "the keys are " + names.joined(separator: ", ")))
                }
                kinds[c] = ColumnLoader.Kind(type)
                fixed[c] = true
            }
            // Pass 2: values.
            var load = LoadVisitor(
                loaders: names.indices.map { c in
                    ColumnLoader(name: names[c], index: c, kind: kinds[c], isFixed: fixed[c], capacity: schema.records)
                })
            try memory.check(LoadMemory.held(by: load.loaders) &+ bytes.count)
            var scanner = JSONScanner(bytes: all)
            try scanner.scan(&load)
            try memory.check(LoadMemory.held(by: load.loaders) &+ bytes.count)
            let columns = load.loaders.map { $0.build() }
            let uniqueNames = Self.distinctNames(names)
            return LoadedTable(
                schema: zip(uniqueNames, columns).map { ColumnInfo(name: $0, type: $1.type) }, columns: columns,
                rowCount: load.rows, formatDescription: scanner.isArray ? "JSON array" : "NDJSON",
                byteCount: bytes.count)
        }
    }

    /// Keys that differ only in case would be one column name: later ones get `_1`, `_2`.
    static func distinctNames(_ names: [String]) -> [String] {
        var taken = Set<String>()
        return names.map { name in
            var unique = name
            var n = 1
            while taken.contains(unique.lowercased()) {
                unique = "\(name)_\(n)"
                n += 1
            }
            taken.insert(unique.lowercased())
            return unique
        }
    }
}

/// Pass 1: each column's kind, joined over every value.
private struct SchemaVisitor: JSONRecordVisitor {
    var kinds: [ColumnLoader.Kind] = []
    var records = 0

    mutating func member(key: Int, kind: JSONValueKind, text: UnsafeRawBufferPointer, offset: Int) {
        while kinds.count <= key { kinds.append(.undecided) }
        let valueKind: ColumnLoader.Kind
        switch kind {
        case .null: valueKind = .undecided
        case .boolean: valueKind = .boolean
        case .number: valueKind = FieldParsers.int64(text) != nil ? .bigint : .double
        case .string: valueKind = FieldParsers.date(text) != nil && text.count == 10 ? .date : .varchar
        case .nested: valueKind = .varchar
        }
        kinds[key] = CSVSniffer.join(kinds[key], valueKind)
    }

    mutating func endRecord() { records += 1 }
}

/// Pass 2: values into the column loaders; a key missing from a record is NULL there.
private struct LoadVisitor: JSONRecordVisitor {
    var loaders: [ColumnLoader]
    var rows = 0
    /// `rows + 1` for columns already given a value in the current record.
    private var filledIn: [Int]

    init(loaders: [ColumnLoader]) {
        self.loaders = loaders
        filledIn = [Int](repeating: 0, count: loaders.count)
    }

    mutating func member(key: Int, kind: JSONValueKind, text: UnsafeRawBufferPointer, offset: Int) throws(LoadInterruption) {
        guard filledIn[key] != rows + 1 else {
            throw .failure(ReadFailure(at: offset, "key \(loaders[key].name) appears twice in one object"))
        }
        filledIn[key] = rows + 1
        if kind == .null {
            loaders[key].appendNull()
        } else if kind == .string && text.isEmpty && loaders[key].kind != .varchar {
            loaders[key].appendNull()
        } else {
            try loaders[key].append(text, offset: offset)
        }
    }

    mutating func endRecord() {
        for c in loaders.indices where filledIn[c] != rows + 1 { loaders[c].appendNull() }
        rows += 1
    }
}
