#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Sizes in bytes as people write them: `2GB`, `512 MB`, `1.5GiB`.
///
/// As in DuckDB, `KB`, `MB`, `GB`, `TB` are powers of 1000 and `KiB`, `MiB`, `GiB`, `TiB`
/// powers of 1024; case does not matter and a space may separate number and unit.
public enum ByteSize {
    /// The bytes `text` stands for, or nil when it is not a size with a unit
    /// (a bare number is refused: `2` is more likely a slip than two bytes).
    public static func parse(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: " ")
        let number = trimmed.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        let unit = String(trimmed.dropFirst(number.count)).trimmingCharacters(in: " ").lowercased()
        guard !number.isEmpty, let value = Double(number), value.isFinite else { return nil }
        let scale: Double
        switch unit {
        case "b", "byte", "bytes": scale = 1
        case "kb": scale = 1e3
        case "mb": scale = 1e6
        case "gb": scale = 1e9
        case "tb": scale = 1e12
        case "kib": scale = 1024
        case "mib": scale = 1024 * 1024
        case "gib": scale = 1024 * 1024 * 1024
        case "tib": scale = 1024 * 1024 * 1024 * 1024
        default: return nil
        }
        let bytes = (value * scale).rounded()
        guard bytes >= 1, bytes < 9e18 else { return nil }
        return Int(bytes)
    }

    /// `bytes` in the largest decimal unit that keeps a number ≥ 1, with at most one
    /// decimal: `3.2 GB`, `2 GB`, `512 bytes`.
    public static func format(_ bytes: Int) -> String {
        let units = ["KB", "MB", "GB", "TB", "PB", "EB"]
        guard bytes >= 1000 else { return bytes == 1 ? "1 byte" : "\(bytes) bytes" }
        var value = Double(bytes)
        var unit = 0
        value /= 1000
        while value >= 999.95, unit < units.count - 1 {
            value /= 1000
            unit += 1
        }
        let tenths = Int((value * 10).rounded())
        let text = tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
        return "\(text) \(units[unit])"
    }

    /// Half of this machine's physical memory: the default memory limit.
    public static var defaultMemoryLimit: Int? {
        let pages = sysconf(Int32(_SC_PHYS_PAGES))
        let pageSize = sysconf(Int32(_SC_PAGESIZE))
        guard pages > 0, pageSize > 0 else { return nil }
        let (total, overflow) = Int(pages).multipliedReportingOverflow(by: Int(pageSize))
        return overflow ? nil : total / 2
    }
}

extension String {
    fileprivate func trimmingCharacters(in character: Character) -> String {
        String(drop { $0 == character }.reversed().drop { $0 == character }.reversed())
    }
}
