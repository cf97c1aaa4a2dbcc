/// `explain`'s lines in the reader's language. The engine writes each step as
/// `N. ACTION: ROWS IN → ROWS OUT (TIME); NULLS DROPPED`; the action is matched against the
/// templates below (the SQL in it stays as written), the counts are row counts
/// (`3 rows` → `3 filas`), and the last line is `result: …`.
extension ResultText {
    static let explanationEntries: [Entry] =
        [
            Entry(.explanation, "result: {} in {}", "resultado: {} en {}"),
            Entry(.explanation, "result: {}", "resultado: {}"),
            Entry(.explanation, "dropped 1 row where {} is NULL", "se descartó 1 fila donde {} es NULL"),
            Entry(.explanation, "dropped {} rows where {} is NULL", "se descartaron {} filas donde {} es NULL"),
            Entry(.explanation, "read table {}", "lee la tabla {}"),
            Entry(.explanation, "start from one empty row (no from)", "empieza con una fila vacía (sin from)"),
            Entry(.explanation, "keep rows where {}", "conserva las filas donde {}"),
            Entry(.explanation, "keep groups where {}", "conserva los grupos donde {}"),
            Entry(.explanation, "compute {} over all rows", "calcula {} sobre todas las filas"),
            Entry(.explanation, "group by {} and compute {} per group", "agrupa por {} y calcula {} en cada grupo"),
            Entry(.explanation, "group by {}", "agrupa por {}"),
            Entry(.explanation, "compute the columns {}", "calcula las columnas {}"),
            Entry(
                .explanation, "drop the columns only the sort needed",
                "quita las columnas que solo necesitaba el orden"),
            Entry(.explanation, "remove duplicate rows", "quita las filas repetidas"),
            Entry(
                .explanation, "sort by {}, skip {} and keep the first {}",
                "ordena por {}, salta {} y conserva {} del principio"),
            Entry(.explanation, "sort by {} and keep the first {}", "ordena por {} y conserva {} del principio"),
            Entry(.explanation, "sort by {}", "ordena por {}"),
            Entry(.explanation, "skip {}, then keep the first {}", "salta {} y luego conserva {} del principio"),
            Entry(.explanation, "skip {}", "salta {}"),
            Entry(.explanation, "keep the first {}", "conserva {} del principio"),
            Entry(.explanation, "compute 1 window function", "calcula 1 función de ventana"),
            Entry(.explanation, "compute {} window functions", "calcula {} funciones de ventana"),
            Entry(
                .explanation, "look up each row's previous year for {}", "busca el año anterior de cada fila para {}"),
            Entry(.explanation, "keep the rows the limit and offset ask for", "conserva las filas que piden limit y offset"),
        ] + joinEntries + setOperationEntries

    /// `join`, `left join`… `the two inputs on equal KEYS [where CONDITION]`, or pairing every
    /// row with every row.
    private static let joinEntries: [Entry] = [
        ("join", "une"), ("left join", "une con left join"), ("right join", "une con right join"),
        ("full join", "une con full join"),
    ].flatMap { english, spanish in
        [
            Entry(
                .explanation, "\(english) the two inputs on equal {} where {}",
                "\(spanish) las dos entradas donde {} coincide, y además {}"),
            Entry(.explanation, "\(english) the two inputs on equal {}", "\(spanish) las dos entradas donde {} coincide"),
            Entry(
                .explanation, "\(english) the two inputs pairing every row with every row where {}",
                "\(spanish) las dos entradas combinando cada fila con cada fila, donde {}"),
            Entry(
                .explanation, "\(english) the two inputs pairing every row with every row",
                "\(spanish) las dos entradas combinando cada fila con cada fila"),
        ]
    }

    private static let setOperationEntries: [Entry] = [
        ("union", "unión"), ("intersect", "intersección (intersect)"), ("except", "diferencia (except)"),
    ].flatMap { english, spanish in
        [
            Entry(.explanation, "\(english) of the two inputs (all rows)", "\(spanish) de las dos entradas (todas las filas)"),
            Entry(.explanation, "\(english) of the two inputs", "\(spanish) de las dos entradas"),
        ]
    }

    /// One line of `explain`'s text in `language`; nil when a part has no template.
    static func explanationLine(_ line: String, to language: Language) -> String? {
        if line.hasPrefix("result: ") { return explanationPart(line, to: language) }
        guard let dot = line.firstIndex(of: "."), !line[..<dot].isEmpty, line[..<dot].allSatisfy(\.isASCIIDigit),
            line[dot...].hasPrefix(". ")
        else { return nil }
        let number = line[..<dot]
        let body = line[line.index(dot, offsetBy: 2)...]
        // The counts follow the last `: ` whose tail reads as counts (SQL may hold `: ` too).
        var end = body.endIndex
        while let colon = body[..<end].ranges(of: ": ").last {
            if let counts = explanationCounts(String(body[colon.upperBound...]), to: language),
                let action = explanationPart(String(body[..<colon.lowerBound]), to: language)
            {
                return "\(number). \(action): \(counts)"
            }
            end = colon.lowerBound
        }
        return nil
    }

    /// `5 rows → 3 rows (0.012 ms); dropped 2 rows where x is NULL` in `language`.
    private static func explanationCounts(_ text: String, to language: Language) -> String? {
        var main = text
        var drop: String?
        if let semicolon = text.firstRange(of: "; ") {
            main = String(text[..<semicolon.lowerBound])
            guard let dropped = explanationPart(String(text[semicolon.upperBound...]), to: language) else { return nil }
            drop = dropped
        }
        var time = ""
        if main.hasSuffix(" ms)"), let open = main.ranges(of: " (").last {
            time = String(main[open.lowerBound...])
            main = String(main[..<open.lowerBound])
        }
        let counts = main.split(separator: " → ", omittingEmptySubsequences: false).map { fragment(String($0), to: language) }
        guard !counts.isEmpty, counts.count <= 2, counts.allSatisfy({ $0 != nil }) else { return nil }
        return counts.compactMap { $0 }.joined(separator: " → ") + time + (drop.map { "; " + $0 } ?? "")
    }

    /// An action, `result: …` or a NULL note through the templates; row counts and the words
    /// of sort keys in the holes are translated, the SQL in them is not.
    private static func explanationPart(_ text: String, to language: Language) -> String? {
        for template in templates[.explanation] ?? [] {
            guard let arguments = template.arguments(in: text) else { continue }
            return template.text(in: language, arguments: arguments) { argument in
                if let rows = fragment(argument, to: language) { return rows }
                return argument.replacingEvery(" descending", with: " descendente")
                    .replacingEvery(" (NULLs first)", with: " (NULL primero)")
            }
        }
        return nil
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}

extension String {
    /// Every `target` replaced by `replacement`, without Foundation.
    fileprivate func replacingEvery(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = ""
        var rest = self[...]
        while let found = rest.firstRange(of: target) {
            out += rest[..<found.lowerBound] + replacement
            rest = rest[found.upperBound...]
        }
        return out + rest
    }
}
