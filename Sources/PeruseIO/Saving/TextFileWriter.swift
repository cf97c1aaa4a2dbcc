/// Writes a whole text file (an SVG chart) the way `TableWriter` writes a table: to a temporary
/// file beside the target, synced, then renamed over it, so a failure never leaves half a file.
public enum TextFileWriter {
    /// Writes `text` to `path` (`displayPath` is how the user wrote it).
    public static func write(_ text: String, to path: String, displayPath: String) throws(FileError) {
        try TemporaryFile.replace(path, displayPath: displayPath) { (file) throws(FileError) in try file.write(text) }
    }
}
