import PeruseStorage

/// A JSON array with one object per row, one object per line:
///
/// ```
/// [
///   {"year": 2021, "rate": 12.1},
///   {"year": 2022, "rate": null}
/// ]
/// ```
///
/// An empty result is `[]`. Keys follow column order. BIGINT and DOUBLE are JSON numbers
/// (doubles as `ValueFormatter` writes them: `18.0`, `1e+20`); JSON has no NaN or infinity, so
/// NaN becomes `null` and ±infinity the strings `"inf"` and `"-inf"`. Booleans are `true` and
/// `false`, dates strings (`"2021-03-04"`), NULL `null` (`nullText` does not apply). Strings
/// escape `"`, `\` and control characters (`\n`, `\t`, … or `\u001B`) and keep other text
/// as UTF-8. A repeated column name gets a suffix, `rate`, `rate_1`, `rate_2`, as DuckDB names
/// duplicate columns, so no reader drops a value.
enum JSONRenderer {
    static func render(_ result: ResultTable) -> String {
        guard result.rowCount > 0 else { return "[]\n" }
        let keys = objectKeys(result.columnNames)
        var out = "[\n"
        for row in 0..<result.rowCount {
            out += row == 0 ? "  " : ",\n  "
            appendObject(result, row: row, keys: keys, to: &out)
        }
        return out + "\n]\n"
    }

    /// The quoted keys of each column, followed by `: `.
    static func objectKeys(_ names: [String]) -> [String] { uniqueKeys(names).map { quoted($0) + ": " } }

    /// `{"year": 2021, "rate": 12.1}` for one row.
    static func appendObject(_ result: ResultTable, row: Int, keys: [String], to out: inout String) {
        out += "{"
        for column in result.columns.indices {
            if column > 0 { out += ", " }
            out += keys[column]
            out += literal(result.value(row: row, column: column))
        }
        out += "}"
    }

    /// The JSON text of one value.
    static func literal(_ value: Value) -> String {
        switch value {
        case .null: "null"
        case .bigint(let v): String(v)
        case .double(let d) where d.isNaN: "null"
        case .double(let d) where d.isInfinite: d < 0 ? "\"-inf\"" : "\"inf\""
        case .double(let d): ValueFormatter.double(d)
        case .boolean(let b): b ? "true" : "false"
        case .varchar(let s): quoted(s)
        case .date(let days): quoted(ValueFormatter.date(days))
        }
    }

    /// `s` as a JSON string literal.
    static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\u{00}"..."\u{1F}":
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// Column names made distinct: a repeat gets the first free `_1`, `_2`, … suffix.
    static func uniqueKeys(_ names: [String]) -> [String] {
        var taken = Set(names)
        var seen = Set<String>()
        var keys: [String] = []
        for name in names {
            guard seen.contains(name) else {
                seen.insert(name)
                keys.append(name)
                continue
            }
            var n = 1
            while taken.contains("\(name)_\(n)") { n += 1 }
            taken.insert("\(name)_\(n)")
            keys.append("\(name)_\(n)")
        }
        return keys
    }
}
