/// Why a file could not be loaded or saved: a message, the file as the user named it, and
/// where in the file the problem is (1-based line and column, columns counting characters).
public struct FileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The path as the user wrote it.
    public var path: String
    /// Terse and lowercase: `unterminated quoted field`.
    public var message: String
    public var line: Int?
    public var column: Int?
    /// A suggestion: `did you mean to set delimiter = ';'?`
    public var help: String?

    public init(path: String, message: String, line: Int? = nil, column: Int? = nil, help: String? = nil) {
        self.path = path
        self.message = message
        self.line = line
        self.column = column
        self.help = help
    }

    /// `data.csv:3:7: unterminated quoted field`, or `data.csv: …` when there is no place.
    public var description: String {
        guard let line else { return "\(path): \(message)" }
        return "\(path):\(line):\(column ?? 1): \(message)"
    }
}

/// A problem found at a byte offset of the file; turned into a `FileError` with a line and
/// column by `FileSource.locate`, which is only paid for on the error path.
struct ReadFailure: Error {
    /// Offset from the start of the file (a byte-order mark included).
    var offset: Int
    var message: String
    var help: String?

    init(at offset: Int, _ message: String, help: String? = nil) {
        self.offset = offset
        self.message = message
        self.help = help
    }
}

/// Why a load must stop: a problem in the file, a problem without a place (the file cannot be
/// read), or a column whose values stopped fitting its type and must be read again as VARCHAR.
enum LoadInterruption: Error {
    case failure(ReadFailure)
    case file(FileError)
    case widenToVarchar(column: Int)
}
