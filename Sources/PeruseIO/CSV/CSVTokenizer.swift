/// How a CSV file is written: its field delimiter and quote character.
struct CSVDialect: Equatable {
    var delimiter: UInt8
    /// nil: no quoting.
    var quote: UInt8?
}

/// Field bounds of complete records found in a buffer, record by record.
struct CSVFields {
    /// Per field: start and end offsets in the buffer (quotes excluded) and flags.
    var starts: [Int32] = []
    var ends: [Int32] = []
    var flags: [UInt8] = []
    /// Index of each record's first field; one more entry than records.
    var recordFirstField: [Int32] = [0]
    /// Where each record starts in the buffer.
    var recordStarts: [Int32] = []

    static let quoted: UInt8 = 1
    static let hasDoubledQuotes: UInt8 = 2

    var recordCount: Int { recordStarts.count }

    func fieldCount(ofRecord r: Int) -> Int { Int(recordFirstField[r + 1] - recordFirstField[r]) }

    mutating func removeAll() {
        starts.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        flags.removeAll(keepingCapacity: true)
        recordFirstField.removeAll(keepingCapacity: true)
        recordFirstField.append(0)
        recordStarts.removeAll(keepingCapacity: true)
    }
}

/// Splits bytes into RFC 4180 records and fields: quoted fields may hold delimiters, line
/// breaks and doubled quotes; records end with LF, CRLF or CR. Works on any buffer of bytes
/// and never makes a `String`.
struct CSVTokenizer {
    let dialect: CSVDialect
    /// 1 for bytes that end an unquoted field: the delimiter, LF, CR and NUL (a sign of a binary file).
    private var stops = [UInt8](repeating: 0, count: 256)

    init(dialect: CSVDialect) {
        self.dialect = dialect
        stops[Int(dialect.delimiter)] = 1
        stops[0x0A] = 1
        stops[0x0D] = 1
        stops[0x00] = 1
    }

    /// Why scanning stopped early.
    enum Problem: Error {
        /// A zero byte at this offset.
        case zeroByte(Int)
        /// A quoted field opened at this offset never closes.
        case unterminatedQuote(Int)
        /// Something other than a delimiter or line break right after a closing quote.
        case textAfterQuote(Int)
    }

    /// Scans complete records of `bytes` from `start`, at most `maxRecords`, appending their
    /// fields. Returns the offset just past the last complete record. When `atEnd` is false a
    /// record cut off by the end of the buffer is left for the next call.
    func scan(
        _ bytes: UnsafeRawBufferPointer, from start: Int, atEnd: Bool, maxRecords: Int, into fields: inout CSVFields
    ) throws(Problem) -> Int {
        let n = bytes.count
        var p = start
        var records = 0
        var consumed = start
        let delimiter = dialect.delimiter
        let quote = dialect.quote ?? 0
        let quoting = dialect.quote != nil
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return start }
        return try stops.withUnsafeBufferPointer { (stops) throws(Problem) -> Int in
            recordLoop: while p < n && records < maxRecords {
                let recordStart = p
                fieldLoop: while true {
                    var fieldStart = p
                    var fieldEnd = p
                    var flags: UInt8 = 0
                    if quoting && p < n && base[p] == quote {
                        let open = p
                        flags = CSVFields.quoted
                        p += 1
                        fieldStart = p
                        while true {
                            while p < n && base[p] != quote && base[p] != 0 { p += 1 }
                            if p >= n {
                                if atEnd { throw .unterminatedQuote(open) }
                                break recordLoop
                            }
                            if base[p] == 0 { throw .zeroByte(p) }
                            // A quote: doubled means one quote inside the field.
                            if p + 1 < n && base[p + 1] == quote {
                                flags |= CSVFields.hasDoubledQuotes
                                p += 2
                                continue
                            }
                            if p + 1 >= n && !atEnd { break recordLoop }
                            fieldEnd = p
                            p += 1
                            break
                        }
                        if p < n && stops[Int(base[p])] == 0 { throw .textAfterQuote(p) }
                    } else {
                        while p < n && stops[Int(base[p])] == 0 { p += 1 }
                        fieldEnd = p
                    }
                    if p >= n && !atEnd { break recordLoop }
                    fields.starts.append(Int32(truncatingIfNeeded: fieldStart))
                    fields.ends.append(Int32(truncatingIfNeeded: fieldEnd))
                    fields.flags.append(flags)
                    if p >= n { break fieldLoop }
                    let stop = base[p]
                    if stop == delimiter {
                        p += 1
                        continue fieldLoop
                    }
                    if stop == 0x0A {
                        p += 1
                        break fieldLoop
                    }
                    if stop == 0x0D {
                        if p + 1 >= n && !atEnd { break recordLoop }
                        p += (p + 1 < n && base[p + 1] == 0x0A) ? 2 : 1
                        break fieldLoop
                    }
                    throw .zeroByte(p)
                }
                fields.recordFirstField.append(Int32(truncatingIfNeeded: fields.starts.count))
                fields.recordStarts.append(Int32(truncatingIfNeeded: recordStart))
                records += 1
                consumed = p
                continue recordLoop
            }
            // Drop the fields of a record cut off by the end of the buffer.
            let kept = Int(fields.recordFirstField[fields.recordFirstField.count - 1])
            if fields.starts.count > kept {
                fields.starts.removeSubrange(kept...)
                fields.ends.removeSubrange(kept...)
                fields.flags.removeSubrange(kept...)
            }
            return consumed
        }
    }
}
