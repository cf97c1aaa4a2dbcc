import PeruseStorage

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

struct CSVWriteError: Error, CustomStringConvertible {
    var description: String
}

/// Writes a table as CSV through one reused byte buffer, flushed with `fwrite` every
/// 1 MiB: a header line, then one line per row; NULL is an empty field, doubles use
/// `ValueFormatter.double`, strings are quoted only when they need it.
struct CSVWriter {
    private var buffer: [UInt8] = []
    private let file: UnsafeMutablePointer<FILE>
    private static let flushAt = 1 << 20

    init(path: String) throws {
        guard let f = fopen(path, "wb") else {
            throw CSVWriteError(description: "cannot open \(path) for writing: \(String(cString: strerror(errno)))")
        }
        file = f
        buffer.reserveCapacity(Self.flushAt + 4096)
    }

    mutating func flush() throws {
        guard !buffer.isEmpty else { return }
        let written = buffer.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, file) }
        if written != buffer.count {
            throw CSVWriteError(description: "write failed: \(String(cString: strerror(errno)))")
        }
        buffer.removeAll(keepingCapacity: true)
    }

    mutating func close() throws {
        try flush()
        if fclose(file) != 0 {
            throw CSVWriteError(description: "close failed: \(String(cString: strerror(errno)))")
        }
    }

    @inline(__always)
    mutating func byte(_ b: UInt8) { buffer.append(b) }

    mutating func bytes(_ b: [UInt8]) { buffer.append(contentsOf: b) }

    mutating func string(_ s: String) { buffer.append(contentsOf: s.utf8) }

    /// `ValueFormatter.double(d)`. For 1 ≤ |d| < 2⁵³ that is exactly Swift's `description`
    /// (shortest round-trip digits in fixed notation, `.0` when integral), which costs a
    /// fifth as much; everything else goes through `ValueFormatter`.
    @inline(__always)
    mutating func double(_ d: Double) {
        let m = abs(d)
        if m >= 1 && m < 0x1p53 {
            buffer.append(contentsOf: d.description.utf8)
        } else {
            buffer.append(contentsOf: ValueFormatter.double(d).utf8)
        }
    }

    /// Decimal digits of `v`, without going through `String`.
    @inline(__always)
    mutating func int(_ v: Int64) {
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes of scratch, enough for 20 digits
        var m = v.magnitude
        if v < 0 { buffer.append(UInt8(ascii: "-")) }
        withUnsafeMutableBytes(of: &digits) { scratch in
            var i = scratch.count
            repeat {
                i -= 1
                scratch[i] = UInt8(truncatingIfNeeded: m % 10) &+ 48
                m /= 10
            } while m != 0
            buffer.append(contentsOf: UnsafeRawBufferPointer(rebasing: scratch[i...]))
        }
    }

    /// A field's bytes, quoted if it holds a comma, quote or line break (or is empty,
    /// so that an empty string differs from NULL).
    static func fieldBytes(_ s: String) -> [UInt8] {
        let raw = Array(s.utf8)
        let special = raw.isEmpty || raw.contains { $0 == 44 || $0 == 34 || $0 == 10 || $0 == 13 }
        guard special else { return raw }
        var out: [UInt8] = [34]
        for b in raw {
            out.append(b)
            if b == 34 { out.append(34) }
        }
        out.append(34)
        return out
    }

    /// The whole table, column-typed loops per row.
    mutating func write(_ table: Table) throws {
        for (k, column) in table.schema.enumerated() {
            if k > 0 { byte(44) }
            bytes(Self.fieldBytes(column.name))
        }
        byte(10)

        // Per column: a closure that appends row i's field. Dictionaries are turned into
        // byte arrays once.
        let writers: [(inout CSVWriter, Int) -> Void] = table.columns.map { column in
            let validity = column.validity
            switch column.storage {
            case .int64(let a):
                let base = a.startIndex
                if column.type == .date {
                    return { w, i in
                        if validity?[i] ?? true { w.string(ValueFormatter.date(a[base + i])) }
                    }
                }
                return { w, i in if validity?[i] ?? true { w.int(a[base + i]) } }
            case .double(let a):
                let base = a.startIndex
                return { w, i in
                    if validity?[i] ?? true { w.double(a[base + i]) }
                }
            case .boolean(let a):
                let base = a.startIndex
                return { w, i in
                    if validity?[i] ?? true { w.string(a[base + i] ? "true" : "false") }
                }
            case .string(let codes, let dictionary):
                let base = codes.startIndex
                let encoded = dictionary.values.map { Self.fieldBytes($0) }
                return { w, i in
                    if validity?[i] ?? true { w.bytes(encoded[Int(codes[base + i])]) }
                }
            case .null:
                return { _, _ in }
            }
        }
        for i in 0..<table.rowCount {
            for (k, write) in writers.enumerated() {
                if k > 0 { byte(44) }
                write(&self, i)
            }
            byte(10)
            if buffer.count >= Self.flushAt { try flush() }
        }
        try close()
    }
}
