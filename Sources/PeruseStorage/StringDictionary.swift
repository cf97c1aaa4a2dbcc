/// The distinct strings of a VARCHAR vector; rows hold 32-bit codes into it.
///
/// A dictionary only grows, so codes handed out stay valid for every vector that
/// shares it. Dictionaries built by `intern` hold each string once; a dictionary made
/// by a string function over another dictionary may hold duplicates, so consumers
/// that need one code per value (grouping, distinct) map strings through a hash.
public final class StringDictionary {
    public private(set) var values: [String]
    private var index: [String: Int32]
    /// True while every string is held once (dictionaries built by `intern`).
    public private(set) var isUnique: Bool
    /// How many of `values` are in `index` (fewer only for `init(uniqueValues:)` until first use).
    private var indexedCount: Int = 0

    public init() {
        values = []
        index = [:]
        isUnique = true
    }

    /// A dictionary whose code `i` is `values[i]`; duplicates allowed.
    public init(values: [String]) {
        self.values = values
        self.index = [:]
        self.isUnique = false
    }

    /// A dictionary of strings known to be distinct (a loader's byte-level dictionary), code
    /// `i` for `values[i]`. Its index for `intern` and `code(of:)` is built on first use.
    public init(uniqueValues values: [String]) {
        self.values = values
        self.index = [:]
        self.isUnique = true
        self.indexedCount = 0
    }

    public var count: Int { values.count }

    /// The code of `s`, adding it if new. Only for unique dictionaries.
    public func intern(_ s: String) -> Int32 {
        indexAll()
        if let c = index[s] { return c }
        let c = Int32(truncatingIfNeeded: values.count)
        values.append(s)
        index[s] = c
        indexedCount = values.count
        return c
    }

    private func indexAll() {
        guard indexedCount < values.count, isUnique else { return }
        index.reserveCapacity(values.count)
        for i in indexedCount..<values.count where index[values[i]] == nil {
            index[values[i]] = Int32(truncatingIfNeeded: i)
        }
        indexedCount = values.count
    }

    /// The code of `s` if present (unique dictionaries only).
    public func code(of s: String) -> Int32? {
        indexAll()
        return index[s]
    }

    @inlinable
    public subscript(code: Int32) -> String {
        let i = Int(code)
        return i >= 0 && i < values.count ? values[i] : ""
    }
}
