/// The distinct strings of a VARCHAR vector; rows hold 32-bit codes into it.
///
/// A dictionary only grows, so codes handed out stay valid for every vector that
/// shares it. Dictionaries built by `intern` hold each string once; a dictionary made
/// by a string function over another dictionary may hold duplicates, so consumers
/// that need one code per value (grouping, distinct) map strings through a hash.
public final class StringDictionary {
    public private(set) var values: [String]
    private var index: [ExactText: Int32]
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
        if let c = index[ExactText(s)] { return c }
        let c = Int32(truncatingIfNeeded: values.count)
        values.append(s)
        index[ExactText(s)] = c
        indexedCount = values.count
        return c
    }

    private func indexAll() {
        guard indexedCount < values.count, isUnique else { return }
        index.reserveCapacity(values.count)
        for i in indexedCount..<values.count where index[ExactText(values[i])] == nil {
            index[ExactText(values[i])] = Int32(truncatingIfNeeded: i)
        }
        indexedCount = values.count
    }

    /// The code of `s` if present (unique dictionaries only).
    public func code(of s: String) -> Int32? {
        indexAll()
        return index[ExactText(s)]
    }

    @inlinable
    public subscript(code: Int32) -> String {
        let i = Int(code)
        return i >= 0 && i < values.count ? values[i] : ""
    }
}

/// A string that equals another only when their UTF-8 bytes do, as in SQL: Swift's `==`
/// treats canonically equivalent strings (`é` and `e` + U+0301, `Ω` and the ohm sign) as
/// equal, which would merge distinct values in a dictionary, a group or a join.
struct ExactText: Hashable {
    let text: String

    init(_ text: String) { self.text = text }

    static func == (a: ExactText, b: ExactText) -> Bool {
        a.text.utf8.count == b.text.utf8.count && a.text.utf8.elementsEqual(b.text.utf8)
    }

    func hash(into hasher: inout Hasher) {
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        if done == nil { Array(text.utf8).withUnsafeBytes { hasher.combine(bytes: $0) } }
    }
}
