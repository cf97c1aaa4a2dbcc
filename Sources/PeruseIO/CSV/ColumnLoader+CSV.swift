extension ColumnLoader {
    /// Appends column `column` of the records listed in `rows` (indexes into `fields`).
    /// `base` is the file offset of `bytes[0]`; `null` the extra NULL text, if any.
    mutating func appendCSV(
        column: Int, columnCount: Int, rows: [Int32], fields: CSVFields, bytes: UnsafeRawBufferPointer,
        base: Int, null: [UInt8], quote: UInt8, scratch: inout [UInt8]
    ) throws(LoadInterruption) {
        for r in rows {
            let f = Int(fields.recordFirstField[Int(r)]) + column
            let start = Int(fields.starts[f])
            let end = Int(fields.ends[f])
            let flags = fields.flags[f]
            let value = UnsafeRawBufferPointer(rebasing: bytes[start..<end])
            if flags == 0 {
                if start == end || (!null.isEmpty && value.elementsEqual(null)) {
                    appendNull()
                } else {
                    try append(value, offset: base + start)
                }
            } else if flags & CSVFields.hasDoubledQuotes == 0 {
                // `""` is an empty string in a text column (NULL is an empty field), NULL elsewhere.
                if value.isEmpty && kind == .undecided { decide(.varchar) }
                try append(value, offset: base + start)
            } else {
                // Fold each doubled quote into one.
                scratch.removeAll(keepingCapacity: true)
                var i = 0
                while i < value.count {
                    scratch.append(value[i])
                    i += value[i] == quote ? 2 : 1
                }
                try scratch.withBytes { (unescaped) throws(LoadInterruption) in
                    try append(unescaped, offset: base + start)
                }
            }
        }
    }
}
