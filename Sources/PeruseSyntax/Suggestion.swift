/// The candidate closest to `word` in optimal-string-alignment (Damerau–Levenshtein) distance,
/// ignoring case, or nil when none is close enough to be a likely typo.
///
/// "Close enough" grows with the word: a one-letter word matches only itself, two to four letters
/// allow one edit, longer words two. Ties go to the candidate listed first, or, with
/// `preferringCutShort`, to one the word begins (`wher` → `where`, not `when`).
///
///     closestMatch("selct", among: ["select", "from"])  // "select"
///     closestMatch("rat", among: ["rate", "year"])       // "rate"
public func closestMatch(_ word: String, among candidates: [String], preferringCutShort: Bool = false) -> String? {
    let typed = Array(word.lowercased())
    let allowed = typed.count <= 1 ? 0 : typed.count <= 4 ? 1 : 2
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
        let target = Array(candidate.lowercased())
        guard abs(target.count - typed.count) <= allowed else { continue }
        let distance = editDistance(typed, target)
        guard distance <= allowed else { continue }
        if let current = best {
            let cutShort = target.starts(with: typed)
            let currentCutShort = Array(current.candidate.lowercased()).starts(with: typed)
            if distance < current.distance
                || (preferringCutShort && distance == current.distance && cutShort && !currentCutShort)
            {
                best = (candidate, distance)
            }
        } else {
            best = (candidate, distance)
        }
    }
    return best?.candidate
}

extension StringProtocol {
    /// The text as an SQL string literal, quotes doubled: `it's` → `'it''s'`. For fixes that put
    /// a learner's words in quotes.
    public var sqlQuoted: String {
        "'" + split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''") + "'"
    }
}

/// Insertions, deletions, substitutions and transpositions of neighbours, each costing one.
func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    // Three rolling rows: the one before last is needed for transpositions.
    var beforeLast = [Int](repeating: 0, count: b.count + 1)
    var last = Array(0...b.count)
    var row = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        row[0] = i
        for j in 1...b.count {
            let cost = a[i - 1] == b[j - 1] ? 0 : 1
            var d = min(last[j] + 1, row[j - 1] + 1, last[j - 1] + cost)
            if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                d = min(d, beforeLast[j - 2] + 1)
            }
            row[j] = d
        }
        (beforeLast, last, row) = (last, row, beforeLast)
    }
    return last[b.count]
}
