import PeruseIO
import PeruseStorage
import PeruseSyntax

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Engine {
    /// Loads a file into a table (replacing one of the same name) and returns the report:
    ///
    ///     loaded 1,234,567 rows × 8 columns into events (0.84 s)
    ///     columns: year BIGINT, month BIGINT, region VARCHAR, …
    ///     read as CSV, delimiter ',', header
    ///
    /// `name` defaults to the file's stem made a valid identifier. The catalog changes only
    /// if the whole file was read. `range` is where the path stands in a statement, if it does.
    public func load(
        _ path: String, as name: String? = nil, options: LoadOptions = LoadOptions(), at range: SourceRange? = nil
    ) throws(Diagnostic) -> String {
        let tableName = name ?? Self.tableName(forFile: path)
        let start = ContinuousClock.now
        let loaded: LoadedTable
        var options = options
        options.memoryLimit = settings.memoryLimit
        do {
            loaded = try TableLoader.load(
                path: resolvedPath(path), displayPath: path, options: options, isCancelled: isCancelled)
        } catch {
            throw Diagnostic(error, at: range)
        }
        let elapsed = ContinuousClock.now - start
        catalog.put(Table(name: tableName, schema: loaded.schema, columns: loaded.columns))
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        let columnCount = loaded.schema.count
        return """
            loaded \(Self.grouped(loaded.rowCount)) row\(loaded.rowCount == 1 ? "" : "s") × \(columnCount) \
            column\(columnCount == 1 ? "" : "s") into \(tableName) (\(Self.twoDecimals(seconds)) s)
            columns: \(loaded.schema.map { "\($0.name) \($0.type)" }.joined(separator: ", "))
            read as \(loaded.formatDescription)
            """
    }

    /// `path` as the file system should see it: relative paths start from `baseDirectory`,
    /// and `~/` is the home directory.
    public func resolvedPath(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        if path == "~" || path.hasPrefix("~/"), let home = getenv("HOME") {
            return String(cString: home) + path.dropFirst()
        }
        guard let baseDirectory, !baseDirectory.isEmpty, baseDirectory != "." else { return path }
        return baseDirectory.hasSuffix("/") ? baseDirectory + path : baseDirectory + "/" + path
    }

    /// The table a file loads into by default: its name without directory or extension, with
    /// every character that cannot be in a bare identifier replaced by `_`, a `_` before a
    /// leading digit, and a `_` after a reserved keyword (`2023 sales.csv` → `_2023_sales`).
    public static func tableName(forFile path: String) -> String {
        let last = path.split(separator: "/").last.map(String.init) ?? path
        let stem = last.lastIndex(of: ".").flatMap { $0 == last.startIndex ? nil : String(last[..<$0]) } ?? last
        var name = String(
            String.UnicodeScalarView(
                stem.unicodeScalars.map { scalar in
                    scalar.value >= 0x80 || scalar.properties.isAlphabetic && scalar.isASCII
                        || ("0"..."9").contains(scalar) || scalar == "_" ? scalar : "_"
                }))
        if name.isEmpty { return "data" }
        if let first = name.unicodeScalars.first, ("0"..."9").contains(first) { name = "_" + name }
        if let keyword = Keyword.lookup(name), keyword.isReserved { name += "_" }
        return name
    }

    /// `1234567` → `1,234,567`.
    static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, digit) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
            out.append(digit)
        }
        return (n < 0 ? "-" : "") + out
    }

    static func twoDecimals(_ x: Double) -> String {
        let hundredths = Int((max(0, x) * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
