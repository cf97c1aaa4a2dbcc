import PeruseStorage

/// Keeps a load within the memory limit: the columns read so far, with the bytes they will
/// need at the file's estimated row count, are checked as reading goes on.
struct LoadMemory {
    let limit: Int?
    let displayPath: String

    /// Throws when `bytes` are more than the limit allows.
    func check(_ bytes: Int) throws(LoadInterruption) {
        guard let limit, bytes > limit else { return }
        throw .file(
            FileError(
                path: displayPath, message: "loading it would hold more than the \(ByteSize.format(limit)) memory limit",
                help: "raise the limit with .limit memory or --memory-limit (none: no limit)"))
    }

    /// What `loaders` hold now.
    static func held(by loaders: [ColumnLoader]) -> Int {
        loaders.reduce(0) { $0 &+ $1.heldBytes }
    }
}
