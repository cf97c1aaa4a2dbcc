#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Collects text for one file descriptor and writes it in large chunks.
///
/// `print` takes a lock and may flush per line; a 100,000-row result then costs
/// hundreds of thousands of system calls. This writer makes one `write(2)` per 64 KiB,
/// and hands text already larger than that straight to the kernel without copying it.
///
/// Writing to a closed pipe (`peruse … | head -1`) keeps the default Unix behaviour:
/// `SIGPIPE` ends the process quietly, as it does for `cat` and `sqlite3`.
public final class OutputWriter {
    /// The descriptor written to.
    public let fileDescriptor: Int32
    private let capacity: Int
    private var buffer: [UInt8] = []

    public init(fileDescriptor: Int32, capacity: Int = 1 << 16) {
        self.fileDescriptor = fileDescriptor
        self.capacity = capacity
        buffer.reserveCapacity(capacity)
    }

    /// Whether this descriptor is a terminal.
    public var isTerminal: Bool { isatty(fileDescriptor) == 1 }

    public func write(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            if bytes.count >= capacity {
                flush()
                writeAll(UnsafeRawBufferPointer(bytes))
            } else {
                buffer.append(contentsOf: bytes)
                if buffer.count >= capacity { flush() }
            }
        }
    }

    /// Writes `text`, adding a line break unless it already ends with one.
    public func writeLine(_ text: String) {
        write(text)
        if !text.hasSuffix("\n") { write("\n") }
    }

    public func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { writeAll($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes and closes the descriptor; nothing may be written afterwards.
    public func close() {
        flush()
        closeDescriptor(fileDescriptor)
    }

    private func writeAll(_ bytes: UnsafeRawBufferPointer) {
        guard var next = bytes.baseAddress else { return }
        var remaining = bytes.count
        while remaining > 0 {
            let written = systemWrite(fileDescriptor, next, remaining)
            if written < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return  // nowhere left to report it: the output is gone
            }
            next += written
            remaining -= written
        }
    }
}

/// `write(2)`, named apart from `OutputWriter.write`.
private func systemWrite(_ fileDescriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
        Glibc.write(fileDescriptor, bytes, count)
    #else
        Darwin.write(fileDescriptor, bytes, count)
    #endif
}

/// `close(2)`, named apart from `OutputWriter.close`.
private func closeDescriptor(_ fileDescriptor: Int32) {
    #if canImport(Glibc)
        _ = Glibc.close(fileDescriptor)
    #else
        _ = Darwin.close(fileDescriptor)
    #endif
}
