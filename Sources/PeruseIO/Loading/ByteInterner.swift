#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

import PeruseStorage

/// Dictionary-encodes strings straight from file bytes: equal byte sequences get one code,
/// and a `String` is made (and its UTF-8 checked) only the first time a value is seen.
struct ByteInterner {
    /// Bytes of every distinct value, one after another.
    private var arena: [UInt8] = []
    /// Where value `code` starts in `arena`; `starts[code + 1]` is where it ends.
    private var starts: [Int] = [0]
    private var hashes: [UInt64] = []
    /// Open addressing: code + 1 per slot, 0 for empty.
    private var slots: [Int32] = [Int32](repeating: 0, count: 64)
    private(set) var strings: [String] = []

    var count: Int { strings.count }

    /// The bytes the distinct values hold, as file bytes and as `String`s, with their tables.
    var heldBytes: Int {
        arena.capacity &* 2 &+ starts.capacity &* 8 &+ hashes.capacity &* 8 &+ slots.capacity &* 4
            &+ strings.capacity &* 16
    }

    /// The code of `bytes`; nil when they are not valid UTF-8 (the caller reports where).
    @inline(__always)
    mutating func code(of bytes: UnsafeRawBufferPointer) -> Int32? {
        let hash = Self.hash(bytes)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { break }
            let code = Int(entry - 1)
            if hashes[code] == hash && equals(code, bytes) { return Int32(code) }
            slot = (slot + 1) & mask
        }
        guard let string = String(validating: bytes, as: UTF8.self) else { return nil }
        let code = strings.count
        strings.append(string)
        arena.append(contentsOf: bytes)
        starts.append(arena.count)
        hashes.append(hash)
        slots[slot] = Int32(truncatingIfNeeded: code + 1)
        if strings.count * 2 > slots.count { grow() }
        return Int32(truncatingIfNeeded: code)
    }

    private func equals(_ code: Int, _ bytes: UnsafeRawBufferPointer) -> Bool {
        let start = starts[code]
        let length = starts[code + 1] - start
        guard length == bytes.count else { return false }
        if length == 0 { return true }
        return arena.withUnsafeBytes { stored in
            guard let a = stored.baseAddress, let b = bytes.baseAddress else { return false }
            return memcmp(a + start, b, length) == 0
        }
    }

    private mutating func grow() {
        var bigger = [Int32](repeating: 0, count: slots.count * 2)
        let mask = bigger.count - 1
        for code in 0..<strings.count {
            var slot = Int(truncatingIfNeeded: hashes[code]) & mask
            while bigger[slot] != 0 { slot = (slot + 1) & mask }
            bigger[slot] = Int32(truncatingIfNeeded: code + 1)
        }
        slots = bigger
    }

    /// A 64-bit hash of the bytes, eight at a time.
    @inline(__always)
    static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: bytes.count)
        var i = 0
        let n = bytes.count
        while i + 8 <= n {
            let word = bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            h = (h ^ word) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 29
            i += 8
        }
        if i < n {
            var word: UInt64 = 0
            var shift: UInt64 = 0
            while i < n {
                word |= UInt64(bytes[i]) << shift
                shift += 8
                i += 1
            }
            h = (h ^ word) &* 0x94D0_49BB_1331_11EB
        }
        h ^= h >> 32
        h = h &* 0xD6E8_FEB8_6659_FD93
        return h ^ (h >> 32)
    }

    /// The dictionary of every value seen, code for code.
    func dictionary() -> StringDictionary { StringDictionary(uniqueValues: strings) }
}
