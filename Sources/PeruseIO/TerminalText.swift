/// Making any string safe to draw inside a box on a terminal: escaping, truncating, padding.
enum TerminalText {
    /// `s` with control characters, and scalars the terminal cannot measure, written out as
    /// escapes (`\n`, `\r`, `\t`, `\u{1B}`), so a value can never move the cursor or break a box.
    static func escaped(_ s: String) -> String {
        if s.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return s }
        return DisplayWidth.withUTF8Locale {
            var out = ""
            out.unicodeScalars.reserveCapacity(s.unicodeScalars.count)
            for scalar in s.unicodeScalars {
                guard DisplayWidth.columns(of: scalar) < 0 else {
                    out.unicodeScalars.append(scalar)
                    continue
                }
                switch scalar {
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                default: out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                }
            }
            return out
        }
    }

    /// `s` cut to at most `width` columns, ending with `…` when anything was cut.
    static func truncated(_ s: String, width: Int, measured: Int) -> String {
        guard measured > width else { return s }
        guard width > 0 else { return "" }
        return DisplayWidth.withUTF8Locale {
            var out = ""
            var used = 0
            for c in s {
                let w = DisplayWidth.columns(of: c)
                if used + w > width - 1 { break }
                out.append(c)
                used += w
            }
            return out + "…"
        }
    }
}

/// One cell's text, ready to draw: escaped, truncated, and measured.
struct Cell {
    var text: String
    var width: Int
    /// Whether this cell stands for NULL (drawn dimmed in colour).
    var isNull = false

    /// The cell for `raw`, escaped and cut to `maxWidth` columns.
    init(_ raw: String, maxWidth: Int) {
        let safe = TerminalText.escaped(raw)
        let w = DisplayWidth.of(safe)
        if w > maxWidth {
            text = TerminalText.truncated(safe, width: maxWidth, measured: w)
            width = DisplayWidth.of(text)
        } else {
            text = safe
            width = w
        }
    }

    /// This cell cut further to `newWidth` columns.
    func truncated(to newWidth: Int) -> Cell {
        guard width > newWidth else { return self }
        var c = self
        c.text = TerminalText.truncated(text, width: newWidth, measured: width)
        c.width = DisplayWidth.of(c.text)
        return c
    }

    enum Alignment { case left, right, center }

    /// The text padded with spaces to `columns`; `paint` wraps the text alone (not the padding)
    /// in colour escapes, which take no columns.
    func padded(to columns: Int, _ alignment: Alignment, paint: (String) -> String = { $0 }) -> String {
        let pad = max(0, columns - width)
        let text = paint(self.text)
        switch alignment {
        case .left: return text + String(repeating: " ", count: pad)
        case .right: return String(repeating: " ", count: pad) + text
        case .center:
            let left = pad / 2
            return String(repeating: " ", count: left) + text + String(repeating: " ", count: pad - left)
        }
    }
}
