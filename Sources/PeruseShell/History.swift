#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The shell's history file: where it is, and how entries are kept in it.
///
/// One entry per line. A statement typed over several lines stays one entry: inside an entry,
/// a line break is written `\n` and a backslash `\\`. The file keeps the last `limit` entries
/// and is replaced whole through a temporary file and `rename`, so a crash leaves either the
/// old history or the new one, never a truncated file.
public struct History {
    /// The most entries kept.
    public static let limit = 2000

    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// `$PERUSE_HISTORY`, else `$XDG_STATE_HOME/peruse/history`, else `$HOME/.peruse_history`;
    /// nil when none of them is set.
    public static func location(environment: [String: String]) -> String? {
        if let path = environment["PERUSE_HISTORY"], !path.isEmpty { return path }
        if let state = environment["XDG_STATE_HOME"], !state.isEmpty { return state + "/peruse/history" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.peruse_history" }
        return nil
    }

    /// The entries in the file, oldest first; none when it does not exist or cannot be read.
    public func load() -> [String] {
        guard case .success(let text) = FileAccess.readText(path) else { return [] }
        return text.split(separator: "\n").map { Self.decode(String($0)) }
    }

    /// Replaces the file with the last `limit` of `entries`, creating its directory if needed.
    /// Returns false when it could not be written (the old file is then left as it was).
    @discardableResult
    public func save(_ entries: [String]) -> Bool {
        makeParentDirectory()
        let temporary = path + ".tmp-\(getpid())"
        guard case .success(let writer) = FileAccess.createFile(temporary) else { return false }
        for entry in entries.suffix(Self.limit) { writer.write(Self.encode(entry) + "\n") }
        writer.flush()
        let synced = fsync(writer.fileDescriptor) == 0
        writer.close()
        guard synced, rename(temporary, path) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }

    /// `select 1,\n2` → `select 1,\\n2`: one line per entry.
    static func encode(_ entry: String) -> String {
        var out = ""
        for c in entry {
            switch c {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r\n": out += "\\n"
            default: out.append(c)
            }
        }
        return out
    }

    static func decode(_ line: String) -> String {
        var out = ""
        var escaping = false
        for c in line {
            if escaping {
                out.append(c == "n" ? "\n" : c)
                escaping = false
            } else if c == "\\" {
                escaping = true
            } else {
                out.append(c)
            }
        }
        if escaping { out.append("\\") }
        return out
    }

    /// Makes each missing directory on the way to the file (`mkdir -p` of its parent).
    private func makeParentDirectory() {
        let bytes = Array(path.utf8)
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "/") && index > 0 {
            mkdir(String(decoding: bytes[..<index], as: UTF8.self), 0o700)
        }
    }
}
