#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The few file operations the shell needs, with errors as text for the user.
enum FileAccess {
    /// The whole of the file at `path`, decoded as UTF-8 (bad bytes replaced).
    static func readText(_ path: String) -> Result<String, ShellError> {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return .failure(ShellError(.cannotOpen, path, errorText())) }
        defer { close(descriptor) }
        var info = stat()
        if fstat(descriptor, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR {
            return .failure(ShellError(.cannotReadDirectory, path))
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(ShellError(.cannotRead, path, errorText()))
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
        }
        return .success(String(decoding: bytes, as: UTF8.self))
    }

    /// A writer for a new (or emptied) file at `path`.
    static func createFile(_ path: String) -> Result<OutputWriter, ShellError> {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return .failure(ShellError(.cannotWrite, path, errorText())) }
        return .success(OutputWriter(fileDescriptor: descriptor))
    }

    /// A writer that adds to the end of the file at `path`, making it when it does not exist.
    static func appendToFile(_ path: String) -> Result<OutputWriter, ShellError> {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return .failure(ShellError(.cannotWrite, path, errorText())) }
        return .success(OutputWriter(fileDescriptor: descriptor))
    }

    /// Entries of the directory at `path` (`.` when empty), directories marked with a final `/`;
    /// hidden entries only when `includeHidden`. Empty when the directory cannot be read.
    static func listDirectory(_ path: String, includeHidden: Bool) -> [String] {
        guard let directory = opendir(path.isEmpty ? "." : path) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." || (name.hasPrefix(".") && !includeHidden) { continue }
            let full = (path.isEmpty ? "" : path) + name
            var info = stat()
            let isDirectory = stat(full, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
            names.append(isDirectory ? name + "/" : name)
        }
        return names.sorted()
    }

    static func errorText() -> String { String(cString: strerror(errno)) }
}
