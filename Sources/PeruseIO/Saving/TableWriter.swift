import PeruseStorage

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a result to a file in the format its extension names: `.csv` and `.tsv` as the CSV
/// renderer writes them (with a header; tabs for TSV), `.json` as one array of objects,
/// `.ndjson`/`.jsonl` as one object per line, `.md` as a Markdown table.
///
/// The text goes to a temporary file beside the target, which is renamed over the target only
/// when every byte is written and synced: a failure, Ctrl-C or a killed process never leaves a
/// half-written file in place of a good one.
public enum TableWriter {
    /// Rows rendered per block (a multiple of 64, so slicing validity bitmaps copies nothing).
    static let blockRows = 4096

    /// Writes `result` to `path` (`displayPath` is how the user wrote it). `isCancelled` is
    /// polled between blocks. Returns the format used.
    @discardableResult
    public static func write(
        _ result: ResultTable, to path: String, displayPath: String,
        isCancelled: @escaping @Sendable () -> Bool = { false }
    ) throws(FileError) -> FileFormat {
        let fileExtension = FileFormat.fileExtension(of: path)
        guard let format = FileFormat(fileExtension: fileExtension) else {
            throw FileError(
                path: displayPath,
                message: fileExtension.isEmpty ? "no file extension to choose a format by" : "unknown file extension .\(fileExtension)",
                help: "end the name in .csv, .tsv, .json, .ndjson or .md")
        }
        try TemporaryFile.replace(path, displayPath: displayPath) { (file) throws(FileError) in
            try render(result, format: format, into: file, isCancelled: isCancelled)
        }
        return format
    }

    private static func render(
        _ result: ResultTable, format: FileFormat, into file: TemporaryFile, isCancelled: @Sendable () -> Bool
    ) throws(FileError) {
        var options = RenderOptions(format: .csv)
        let keys = JSONRenderer.objectKeys(result.columnNames)
        switch format {
        case .json: try file.write(result.rowCount == 0 ? "[]\n" : "[\n")
        case .markdown: try file.write(MarkdownRenderer.header(result))
        case .csv, .tsv, .ndjson: break
        }
        var start = 0
        repeat {
            if isCancelled() { throw FileError(path: file.displayPath, message: "interrupted; the file was not written") }
            let length = min(blockRows, result.rowCount - start)
            let block = ResultTable(
                columnNames: result.columnNames, columns: result.columns.map { $0.slice(start: start, length: length) })
            var text = ""
            switch format {
            case .csv, .tsv:
                options.showHeader = start == 0
                text = CSVRenderer.render(block, options: options, delimiter: format == .tsv ? 0x09 : UInt8(ascii: ","))
            case .json:
                for row in 0..<length {
                    text += start + row == 0 ? "  " : ",\n  "
                    JSONRenderer.appendObject(block, row: row, keys: keys, to: &text)
                }
            case .ndjson:
                for row in 0..<length {
                    JSONRenderer.appendObject(block, row: row, keys: keys, to: &text)
                    text += "\n"
                }
            case .markdown:
                text = MarkdownRenderer.rows(block, options: RenderOptions(format: .markdown))
            }
            try file.write(text)
            start += length
        } while start < result.rowCount
        if format == .json && result.rowCount > 0 { try file.write("\n]\n") }
    }
}

/// A new file beside the target, named `.<name>.<pid>-<n>.tmp`, created with the usual
/// permissions (0666 less the umask).
final class TemporaryFile {
    let descriptor: Int32
    let path: String
    let displayPath: String
    private var isClosed = false
    private nonisolated(unsafe) static var counter = 0

    init(beside target: String, displayPath: String) throws(FileError) {
        self.displayPath = displayPath
        let slash = target.lastIndex(of: "/")
        let directory = slash.map { String(target[...$0]) } ?? ""
        let name = slash.map { String(target[target.index(after: $0)...]) } ?? target
        var attempt = 0
        while true {
            Self.counter += 1
            let candidate = "\(directory).\(name).\(getpid())-\(Self.counter).tmp"
            let fd = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if fd >= 0 {
                descriptor = fd
                path = candidate
                return
            }
            attempt += 1
            if errno != EEXIST || attempt > 100 {
                throw FileError(path: displayPath, message: "cannot write file: \(FileSource.errorText(errno))")
            }
        }
    }

    func write(_ text: String) throws(FileError) {
        var text = text
        let failure: Int32? = text.withUTF8 { bytes in
            guard var next = bytes.baseAddress else { return nil }
            var remaining = bytes.count
            while remaining > 0 {
                let written = systemWrite(descriptor, next, remaining)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                next += written
                remaining -= written
            }
            return nil
        }
        if let failure {
            throw FileError(path: displayPath, message: "cannot write file: \(FileSource.errorText(failure))")
        }
    }

    /// Syncs, closes and renames over `target`.
    func commit(to target: String) throws(FileError) {
        if fsync(descriptor) != 0 && errno != EINVAL && errno != EROFS {
            throw FileError(path: displayPath, message: "cannot write file: \(FileSource.errorText(errno))")
        }
        close(descriptor)
        isClosed = true
        if rename(path, target) != 0 {
            let code = errno
            unlink(path)
            throw FileError(path: displayPath, message: "cannot write file: \(FileSource.errorText(code))")
        }
    }

    /// Writes a new `path` through a temporary file beside it: `write` fills it, and it is
    /// renamed over `path` (keeping an existing file's permissions) only when all went well.
    static func replace(
        _ path: String, displayPath: String, write: (TemporaryFile) throws(FileError) -> Void
    ) throws(FileError) {
        var info = stat()
        var existingMode: mode_t?
        if stat(path, &info) == 0 {
            if (info.st_mode & S_IFMT) == S_IFDIR {
                throw FileError(path: displayPath, message: "cannot save over a directory", help: "name a file inside it")
            }
            existingMode = info.st_mode & 0o7777
        }
        let file = try TemporaryFile(beside: path, displayPath: displayPath)
        do throws(FileError) {
            if let existingMode { fchmod(file.descriptor, existingMode) }
            try write(file)
            try file.commit(to: path)
        } catch {
            file.discard()
            throw error
        }
    }

    func discard() {
        if !isClosed { close(descriptor) }
        isClosed = true
        unlink(path)
    }
}

/// `write(2)`, named apart from `TemporaryFile.write`.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
        Glibc.write(descriptor, bytes, count)
    #else
        Darwin.write(descriptor, bytes, count)
    #endif
}
