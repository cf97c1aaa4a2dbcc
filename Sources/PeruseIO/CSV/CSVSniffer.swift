/// Decides from a sample of a CSV file how it is written and what its columns are: the
/// delimiter (`,` `;` tab `|`) and quote (`"` or `'`) that split the sample into the most
/// consistent records, whether the first record is a header, and each column's narrowest type.
struct CSVSniffer {
    struct Result {
        var dialect: CSVDialect
        var header: Bool
        var names: [String]
        var kinds: [ColumnLoader.Kind]
        /// Average bytes per record in the sample, to size the column buffers.
        var bytesPerRecord: Double
    }

    static let delimiters: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), 0x09, UInt8(ascii: "|")]
    static let quotes: [UInt8] = [UInt8(ascii: "\""), UInt8(ascii: "'")]
    /// Records read to choose the dialect, and to choose the types.
    static let dialectRecords = 500
    static let typeRecords = 20_480

    let options: LoadOptions
    let null: [UInt8]

    /// Sniffs `sample` (the start of the file after any byte-order mark, at offset `base` of
    /// the file). `atEnd` says the sample is the whole file.
    func sniff(_ sample: UnsafeRawBufferPointer, base: Int, atEnd: Bool) throws(LoadInterruption) -> Result {
        let dialect = try chooseDialect(sample, base: base, atEnd: atEnd)
        var fields = CSVFields()
        let tokenizer = CSVTokenizer(dialect: dialect)
        let consumed: Int
        do {
            consumed = try tokenizer.scan(sample, from: 0, atEnd: atEnd, maxRecords: Self.typeRecords, into: &fields)
        } catch {
            throw CSVReader.failure(error, base: base)
        }
        var records = (0..<fields.recordCount).filter { !isBlank(fields, $0) }
        guard let first = records.first else {
            throw .failure(ReadFailure(at: base, "no rows: the file holds only blank lines"))
        }
        let columnCount = fields.fieldCount(ofRecord: first)
        records = records.filter { fields.fieldCount(ofRecord: $0) == columnCount }

        func kind(_ r: Int, _ c: Int) -> ColumnLoader.Kind {
            let f = Int(fields.recordFirstField[r]) + c
            let value = UnsafeRawBufferPointer(rebasing: sample[Int(fields.starts[f])..<Int(fields.ends[f])])
            if fields.flags[f] & CSVFields.hasDoubledQuotes != 0 { return .varchar }
            if value.isEmpty || (fields.flags[f] == 0 && !null.isEmpty && value.elementsEqual(null)) {
                return .undecided
            }
            return ColumnLoader.narrowestKind(value)
        }
        var kinds = [ColumnLoader.Kind](repeating: .undecided, count: columnCount)
        for r in records.dropFirst() {
            for c in 0..<columnCount { kinds[c] = Self.join(kinds[c], kind(r, c)) }
        }
        let header: Bool
        if let given = options.header {
            header = given
        } else if records.count == 1 {
            header = (0..<columnCount).allSatisfy { kind(first, $0) == .varchar }
        } else if kinds.allSatisfy({ $0 == .varchar || $0 == .undecided }) {
            header = (0..<columnCount).allSatisfy { kind(first, $0) != .undecided }
        } else {
            header = (0..<columnCount).contains { c in
                let k = kind(first, c)
                return kinds[c] != .varchar && kinds[c] != .undecided && k != .undecided
                    && Self.join(kinds[c], k) != kinds[c]
            }
        }
        if !header {
            for c in 0..<columnCount { kinds[c] = Self.join(kinds[c], kind(first, c)) }
        }
        let names = try columnNames(
            header ? (fields, first) : nil, count: columnCount, quote: dialect.quote, sample: sample, base: base)
        let perRecord = Double(max(consumed, 1)) / Double(max(fields.recordCount, 1))
        return Result(dialect: dialect, header: header, names: names, kinds: kinds, bytesPerRecord: perRecord)
    }

    /// The wider of two column kinds: BIGINT and DOUBLE make DOUBLE, other mixes VARCHAR.
    static func join(_ a: ColumnLoader.Kind, _ b: ColumnLoader.Kind) -> ColumnLoader.Kind {
        if a == .undecided { return b }
        if b == .undecided || a == b { return a }
        if (a == .bigint && b == .double) || (a == .double && b == .bigint) { return .double }
        return .varchar
    }

    private func isBlank(_ fields: CSVFields, _ r: Int) -> Bool {
        let f = Int(fields.recordFirstField[r])
        return fields.fieldCount(ofRecord: r) == 1 && fields.flags[f] == 0 && fields.starts[f] == fields.ends[f]
    }

    /// The delimiter and quote giving the most records with one same number of fields (more
    /// than one field preferred); the first candidate wins a tie.
    private func chooseDialect(_ sample: UnsafeRawBufferPointer, base: Int, atEnd: Bool) throws(LoadInterruption)
        -> CSVDialect
    {
        let delimiters = options.delimiter.map { [$0] } ?? Self.delimiters
        let quotes: [UInt8?] = options.quote.map { [$0] } ?? Self.quotes
        var best: (dialect: CSVDialect, score: [Int])?
        var firstProblem: CSVTokenizer.Problem?
        var problems: [UInt8: CSVTokenizer.Problem] = [:]
        for quote in quotes {
            // Another quote character is tried only when the first splits the sample cleanly
            // (a quote left open is reported, not worked around) and must do strictly better.
            if quote != quotes.first && best == nil { break }
            for delimiter in delimiters {
                let dialect = CSVDialect(delimiter: delimiter, quote: quote)
                var fields = CSVFields()
                do {
                    _ = try CSVTokenizer(dialect: dialect).scan(
                        sample, from: 0, atEnd: atEnd, maxRecords: Self.dialectRecords, into: &fields)
                } catch {
                    if case .zeroByte = error { throw CSVReader.failure(error, base: base) }
                    if firstProblem == nil { firstProblem = error }
                    if problems[delimiter] == nil { problems[delimiter] = error }
                    continue
                }
                var tally: [Int: Int] = [:]
                for r in 0..<fields.recordCount where !isBlank(fields, r) {
                    tally[fields.fieldCount(ofRecord: r), default: 0] += 1
                }
                let total = tally.values.reduce(0, +)
                guard let mode = tally.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }) else { continue }
                // More than one column first, then the most records agreeing, all of them, the most columns.
                let score = [mode.key > 1 ? 1 : 0, mode.value, mode.value == total ? 1 : 0, mode.key]
                if let current = best, !current.score.lexicographicallyPrecedes(score) { continue }
                best = (dialect, score)
            }
        }
        if let best {
            // A quote left open with the chosen delimiter is an error, not a reason to quote otherwise.
            if let problem = problems[best.dialect.delimiter] { throw CSVReader.failure(problem, base: base) }
            return best.dialect
        }
        if let firstProblem { throw CSVReader.failure(firstProblem, base: base) }
        return CSVDialect(delimiter: delimiters.first ?? UInt8(ascii: ","), quote: quotes.first ?? nil)
    }

    /// Header names (trimmed; empty ones `column<i>`; repeats `name_1`, `name_2`), or
    /// `column0`, `column1`, … without a header, as DuckDB names them.
    private func columnNames(
        _ header: (fields: CSVFields, record: Int)?, count: Int, quote: UInt8?, sample: UnsafeRawBufferPointer,
        base: Int
    ) throws(LoadInterruption) -> [String] {
        var names: [String] = []
        var taken = Set<String>()
        for c in 0..<count {
            var name = ""
            if let (fields, record) = header {
                let f = Int(fields.recordFirstField[record]) + c
                var bytes = Array(UnsafeRawBufferPointer(rebasing: sample[Int(fields.starts[f])..<Int(fields.ends[f])]))
                if fields.flags[f] & CSVFields.hasDoubledQuotes != 0, let quote {
                    var folded: [UInt8] = []
                    var i = 0
                    while i < bytes.count {
                        folded.append(bytes[i])
                        i += bytes[i] == quote ? 2 : 1
                    }
                    bytes = folded
                }
                guard let text = String(validating: bytes, as: UTF8.self) else {
                    throw .failure(
                        ReadFailure(
                            at: base + Int(fields.starts[f]) + bytes.withUnsafeBytes(UTF8Check.firstInvalidOffset),
                            "invalid UTF-8"))
                }
                name = text.trimmingSpaces
            }
            if name.isEmpty { name = "column\(c)" }
            var unique = name
            var n = 1
            while taken.contains(unique.lowercased()) {
                unique = "\(name)_\(n)"
                n += 1
            }
            taken.insert(unique.lowercased())
            names.append(unique)
        }
        return names
    }
}
