/// A validity bitmap: bit `i` set means row `i` holds a value (is not NULL).
public struct Bitmap: Hashable, Sendable {
    /// 64 rows per word; bits past `count` are zero.
    public var words: ArraySlice<UInt64>
    public let count: Int

    /// A bitmap of `count` rows, all valid or all NULL.
    public init(count: Int, valid: Bool) {
        self.count = count
        let n = (count + 63) >> 6
        var w = [UInt64](repeating: valid ? ~0 : 0, count: n)
        if valid, count & 63 != 0, n > 0 {
            w[n - 1] = (1 << UInt64(count & 63)) &- 1
        }
        self.words = w[...]
    }

    public init(words: ArraySlice<UInt64>, count: Int) {
        self.words = words
        self.count = count
    }

    @inlinable
    public subscript(i: Int) -> Bool {
        get { words[words.startIndex + (i >> 6)] & (1 << UInt64(i & 63)) != 0 }
        set {
            let w = words.startIndex + (i >> 6)
            if newValue {
                words[w] |= 1 << UInt64(i & 63)
            } else {
                words[w] &= ~(1 << UInt64(i & 63))
            }
        }
    }

    /// Number of valid rows.
    public var validCount: Int {
        var n = 0
        for w in words { n += w.nonzeroBitCount }
        return n
    }

    public var allValid: Bool { validCount == count }

    /// Rows valid in both.
    public func intersection(_ other: Bitmap) -> Bitmap {
        var w = [UInt64](repeating: 0, count: words.count)
        for i in 0..<words.count {
            w[i] = words[words.startIndex + i] & other.words[other.words.startIndex + i]
        }
        return Bitmap(words: w[...], count: count)
    }

    /// Rows `start ..< start+length`; `start` must be a multiple of 64 (batches are 2048 rows).
    func slice(start: Int, length: Int) -> Bitmap {
        if start & 63 == 0 {
            let w0 = words.startIndex + (start >> 6)
            let w1 = w0 + ((length + 63) >> 6)
            var s = Bitmap(words: words[w0..<w1], count: length)
            s.clearTail()
            return s
        }
        var b = Bitmap(count: length, valid: false)
        for i in 0..<length where self[start + i] { b[i] = true }
        return b
    }

    mutating func clearTail() {
        if count & 63 != 0, let last = words.indices.last {
            let mask: UInt64 = (1 << UInt64(count & 63)) &- 1
            if words[last] & ~mask != 0 { words[last] &= mask }
        }
    }
}
