#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An open file read in chunks with `read(2)`.
final class FileSource {
    /// The path as the user wrote it, for messages.
    let displayPath: String
    let descriptor: Int32
    /// The size when opened (a hint: the file is read until `read` returns 0).
    let size: Int

    /// Opens `path` for reading: a missing file, a directory or a file without read permission
    /// is a `FileError` naming it.
    init(path: String, displayPath: String) throws(FileError) {
        self.displayPath = displayPath
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            throw FileError(path: displayPath, message: "cannot open file: \(FileSource.errorText(errno))")
        }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let text = FileSource.errorText(errno)
            close(fd)
            throw FileError(path: displayPath, message: "cannot read file: \(text)")
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            close(fd)
            throw FileError(path: displayPath, message: "cannot load a directory", help: "name a file inside it")
        }
        descriptor = fd
        size = Int(info.st_size)
    }

    deinit { close(descriptor) }

    /// Reads up to `count` bytes into `buffer` at `offset`, growing nothing; returns how many were
    /// read (0 at the end of the file).
    func read(into buffer: UnsafeMutableRawPointer, count: Int) throws(FileError) -> Int {
        while true {
            let n = systemRead(descriptor, buffer, count)
            if n >= 0 { return n }
            if errno == EINTR { continue }
            throw FileError(path: displayPath, message: "cannot read file: \(FileSource.errorText(errno))")
        }
    }

    /// Goes back to the start, for a second pass.
    func rewind() throws(FileError) {
        guard lseek(descriptor, 0, SEEK_SET) == 0 else {
            throw FileError(path: displayPath, message: "cannot read file again: \(FileSource.errorText(errno))")
        }
    }

    /// The whole file in memory (JSON is parsed from one buffer).
    func readAll() throws(FileError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: max(size, 0) + 1)
        var filled = 0
        while true {
            if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(bytes.count, 1 << 16))) }
            let room = bytes.count - filled
            let n = try bytes.withMutableBytes { (raw) throws(FileError) -> Int in
                guard let base = raw.baseAddress else { return 0 }
                return try read(into: base + filled, count: room)
            }
            if n == 0 { break }
            filled += n
        }
        bytes.removeSubrange(filled...)
        return bytes
    }

    /// Turns a failure at a byte offset into a `FileError` with a line and column, reading the
    /// file again from the start up to the offset.
    func locate(_ failure: ReadFailure) -> FileError {
        var line = 1
        var lineStart: [UInt8] = []  // bytes of the current line before the offset, capped
        let cap = 1 << 20
        var column = 1
        var position = 0
        var skippedInLine = 0  // characters of the line dropped from `lineStart`
        if (try? rewind()) != nil {
            let chunk = 1 << 16
            var buffer = [UInt8](repeating: 0, count: chunk)
            reading: while position < failure.offset {
                let n = buffer.withUnsafeMutableBytes { raw -> Int in
                    guard let base = raw.baseAddress else { return 0 }
                    return (try? read(into: base, count: chunk)) ?? 0
                }
                if n <= 0 { break }
                for i in 0..<n {
                    if position >= failure.offset { break reading }
                    let byte = buffer[i]
                    if byte == 0x0A {
                        line += 1
                        lineStart.removeAll(keepingCapacity: true)
                        skippedInLine = 0
                    } else if lineStart.count < cap {
                        lineStart.append(byte)
                    } else {
                        // Count characters of a very long line without keeping them.
                        if byte & 0xC0 != 0x80 { skippedInLine += 1 }
                    }
                    position += 1
                }
            }
            // Characters (not bytes) before the offset on its line; a BOM is not a character.
            var characters = 0
            for (i, byte) in lineStart.enumerated() where byte & 0xC0 != 0x80 {
                if line == 1 && i == 0 && lineStart.starts(with: [0xEF, 0xBB, 0xBF]) { continue }
                characters += 1
            }
            column = characters + skippedInLine + 1
        }
        return FileError(path: displayPath, message: failure.message, line: line, column: column, help: failure.help)
    }

    static func errorText(_ code: Int32) -> String {
        let text = String(cString: strerror(code))
        return text.prefix(1).lowercased() + text.dropFirst()
    }
}

/// `read(2)`, named apart from `FileSource.read`.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
        Glibc.read(descriptor, buffer, count)
    #else
        Darwin.read(descriptor, buffer, count)
    #endif
}
