import PeruseStorage

/// RFC 4180 CSV written the way DuckDB's `COPY … TO 'x.csv'` writes it.
///
/// A header line of column names (unless `showHeader` is off), then one line per row, each
/// ending in `\n`. Values use `ValueFormatter` (`18.0`, `true`, `2021-03-04`); NULL is
/// `nullText` (an empty field by default). A field is quoted when it holds `,`, `"`, CR, LF or
/// `#` (DuckDB quotes `#` too, so its comment-aware reader reads the field back), or when it
/// equals the NULL text: with the default, an empty string is written `""` and NULL as nothing.
/// Leading and trailing spaces are kept unquoted, as DuckDB does. `"` doubles inside quotes.
enum CSVRenderer {
    /// The CSV text; `delimiter` is a comma, or a tab for TSV (the quoting rules are the same,
    /// with the delimiter taking the comma's place).
    static func render(_ result: ResultTable, options: RenderOptions, delimiter: UInt8 = UInt8(ascii: ",")) -> String {
        let null = options.nullText ?? ""
        var out = ""
        if options.showHeader {
            appendLine(result.columnNames, null: null, delimiter: delimiter, to: &out)
        }
        var fields: [String?] = []
        fields.reserveCapacity(result.columns.count)
        for row in 0..<result.rowCount {
            fields.removeAll(keepingCapacity: true)
            for column in result.columns.indices {
                fields.append(ValueFormatter.text(result.value(row: row, column: column)))
            }
            appendLine(fields, null: null, delimiter: delimiter, to: &out)
        }
        return out
    }

    /// One line of fields; `nil` fields are NULL.
    private static func appendLine(_ fields: [String?], null: String, delimiter: UInt8, to out: inout String) {
        let separator = String(UnicodeScalar(delimiter))
        for (i, field) in fields.enumerated() {
            if i > 0 { out += separator }
            if let field {
                out += quotedIfNeeded(field, null: null, delimiter: delimiter)
            } else {
                out += null
            }
        }
        out += "\n"
    }

    /// `field`, quoted when a reader could otherwise misread it.
    static func quotedIfNeeded(_ field: String, null: String, delimiter: UInt8 = UInt8(ascii: ",")) -> String {
        guard field == null || field.utf8.contains(where: { $0 == delimiter || isSpecial($0) }) else { return field }
        var quoted = "\""
        // By scalar: a quote followed by a combining mark is one Character, but still a quote.
        for scalar in field.unicodeScalars {
            if scalar == "\"" { quoted.unicodeScalars.append(scalar) }
            quoted.unicodeScalars.append(scalar)
        }
        return quoted + "\""
    }

    private static func isSpecial(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: "\""), UInt8(ascii: "#"), 0x0A, 0x0D: true
        default: false
        }
    }
}
