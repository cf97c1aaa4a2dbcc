#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a whole text file (an SVG chart) the way `TableWriter` writes a table: to a temporary
/// file beside the target, synced, then renamed over it, so a failure never leaves half a file.
public enum TextFileWriter {
    /// Writes `text` to `path` (`displayPath` is how the user wrote it).
    public static func write(_ text: String, to path: String, displayPath: String) throws(FileError) {
        var info = stat()
        var existingMode: mode_t?
        if stat(path, &info) == 0 {
            if (info.st_mode & S_IFMT) == S_IFDIR {
                throw FileError(path: displayPath, message: "cannot save over a directory", help: "name a file inside it")
            }
            existingMode = info.st_mode & 0o7777
        }
        let file = try TemporaryFile(beside: path, displayPath: displayPath)
        do {
            if let existingMode { fchmod(file.descriptor, existingMode) }
            try file.write(text)
            try file.commit(to: path)
        } catch {
            file.discard()
            throw error
        }
    }
}
