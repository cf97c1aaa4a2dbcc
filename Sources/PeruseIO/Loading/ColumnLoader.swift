import PeruseStorage

/// Builds one column from field bytes, straight into a typed buffer with a validity bitmap.
///
/// A sniffed column widens when a value does not fit: BIGINT becomes DOUBLE in place; any other
/// misfit asks the reader to read the file again with the column as VARCHAR (so every value keeps
/// its text exactly). A column whose type the user gave fails instead, naming the value.
struct ColumnLoader {
    enum Kind: Equatable {
        /// Only NULLs so far: the first value decides.
        case undecided
        case bigint, double, boolean, date, varchar

        init(_ type: DataType) {
            switch type {
            case .bigint: self = .bigint
            case .double: self = .double
            case .boolean: self = .boolean
            case .date: self = .date
            case .varchar: self = .varchar
            case .null: self = .undecided
            }
        }

        var type: DataType {
            switch self {
            case .undecided, .varchar: .varchar
            case .bigint: .bigint
            case .double: .double
            case .boolean: .boolean
            case .date: .date
            }
        }
    }

    let name: String
    let index: Int
    private(set) var kind: Kind
    /// The user gave the type: a value that does not fit is an error.
    let isFixed: Bool
    private var ints: [Int64] = []
    private var doubles: [Double] = []
    private var bools: [Bool] = []
    private var codes: [Int32] = []
    /// Validity words, kept only once a NULL has been seen.
    private var validity: [UInt64] = []
    private var hasNulls = false
    private(set) var count = 0
    private var interner = ByteInterner()

    init(name: String, index: Int, kind: Kind, isFixed: Bool, capacity: Int) {
        self.name = name
        self.index = index
        self.kind = kind
        self.isFixed = isFixed
        reserve(capacity)
    }

    private mutating func reserve(_ capacity: Int) {
        switch kind {
        case .bigint, .date: ints.reserveCapacity(capacity)
        case .double: doubles.reserveCapacity(capacity)
        case .boolean: bools.reserveCapacity(capacity)
        case .varchar: codes.reserveCapacity(capacity)
        case .undecided: break
        }
    }

    mutating func appendNull() {
        if !hasNulls {
            hasNulls = true
            validity = [UInt64](repeating: ~0, count: (count + 63) >> 6)
            if count & 63 != 0, let last = validity.indices.last { validity[last] = (1 << UInt64(count & 63)) &- 1 }
        }
        if count & 63 == 0 { validity.append(0) }
        switch kind {
        case .bigint, .date: ints.append(0)
        case .double: doubles.append(0)
        case .boolean: bools.append(false)
        case .varchar: codes.append(0)
        case .undecided: break
        }
        count += 1
    }

    @inline(__always)
    private mutating func markValid() {
        if hasNulls {
            if count & 63 == 0 { validity.append(0) }
            validity[validity.count - 1] |= 1 << UInt64(count & 63)
        }
        count += 1
    }

    /// Appends a value's bytes (quotes removed and unescaped); `offset` is where the field
    /// starts in the file, for messages. An empty field in a non-text column is NULL.
    @inline(__always)
    mutating func append(_ bytes: UnsafeRawBufferPointer, offset: Int) throws(LoadInterruption) {
        switch kind {
        case .bigint:
            if let v = FieldParsers.int64(bytes) {
                ints.append(v)
                markValid()
                return
            }
        case .double:
            if let v = FieldParsers.double(bytes) {
                doubles.append(v)
                markValid()
                return
            }
        case .varchar:
            guard let code = interner.code(of: bytes) else { throw invalidUTF8(bytes, offset: offset) }
            codes.append(code)
            markValid()
            return
        case .boolean:
            if let v = FieldParsers.boolean(bytes) {
                bools.append(v)
                markValid()
                return
            }
        case .date:
            if let v = FieldParsers.date(bytes) {
                ints.append(v)
                markValid()
                return
            }
        case .undecided:
            if bytes.isEmpty {
                appendNull()
                return
            }
            decide(Self.narrowestKind(bytes))
            try append(bytes, offset: offset)
            return
        }
        if FieldParsers.trimmed(bytes).isEmpty {
            appendNull()
            return
        }
        try widen(toFit: bytes, offset: offset)
    }

    /// The narrowest type a value fits: BOOLEAN, BIGINT, DOUBLE, DATE, else VARCHAR.
    static func narrowestKind(_ bytes: UnsafeRawBufferPointer) -> Kind {
        if FieldParsers.boolean(bytes) != nil { return .boolean }
        if FieldParsers.int64(bytes) != nil { return .bigint }
        if FieldParsers.double(bytes) != nil { return .double }
        if FieldParsers.date(bytes) != nil { return .date }
        return .varchar
    }

    /// Leaves the undecided state: every row so far is NULL.
    mutating func decide(_ newKind: Kind) {
        kind = newKind
        switch newKind {
        case .bigint, .date: ints = [Int64](repeating: 0, count: count)
        case .double: doubles = [Double](repeating: 0, count: count)
        case .boolean: bools = [Bool](repeating: false, count: count)
        case .varchar: codes = [Int32](repeating: 0, count: count)
        case .undecided: break
        }
    }

    private mutating func widen(toFit bytes: UnsafeRawBufferPointer, offset: Int) throws(LoadInterruption) {
        if isFixed {
            var text = String(decoding: bytes, as: UTF8.self)
            if text.count > 40 { text = String(text.prefix(37)) + "…" }
            throw .failure(
                ReadFailure(
                    at: offset, "cannot read '\(text)' as \(kind.type) for column \(name)",
                    help: "leave \(name) out of types = (…) to let Peruse choose its type"))
        }
        if kind == .bigint, let v = FieldParsers.double(bytes) {
            doubles = ints.map { Double($0) }
            ints = []
            kind = .double
            doubles.append(v)
            markValid()
            return
        }
        throw .widenToVarchar(column: index)
    }

    private func invalidUTF8(_ bytes: UnsafeRawBufferPointer, offset: Int) -> LoadInterruption {
        .failure(
            ReadFailure(
                at: offset + UTF8Check.firstInvalidOffset(bytes), "invalid UTF-8", help: "save the file as UTF-8"))
    }

    /// The bytes this column's buffers hold (their capacity, so a reservation counts at once).
    var heldBytes: Int {
        ints.capacity &* 8 &+ doubles.capacity &* 8 &+ bools.capacity &+ codes.capacity &* 4
            &+ validity.capacity &* 8 &+ interner.heldBytes
    }

    /// The finished column.
    func build() -> Vector {
        let bitmap = hasNulls ? Bitmap(words: validity[...], count: count) : nil
        switch kind {
        case .bigint: return Vector(int64: ints, validity: bitmap)
        case .date: return Vector(int64: ints, type: .date, validity: bitmap)
        case .double: return Vector(double: doubles, validity: bitmap)
        case .boolean: return Vector(boolean: bools, validity: bitmap)
        case .varchar: return Vector(codes: codes, dictionary: interner.dictionary(), validity: bitmap)
        case .undecided: return Vector.nulls(.varchar, count: count)
        }
    }
}

/// Finds where UTF-8 goes wrong, for messages.
enum UTF8Check {
    /// Offset of the first byte that does not start or continue a valid sequence (or `count`).
    static func firstInvalidOffset(_ bytes: UnsafeRawBufferPointer) -> Int {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            let length: Int
            if b < 0x80 {
                length = 1
            } else if b >= 0xC2 && b <= 0xDF {
                length = 2
            } else if b >= 0xE0 && b <= 0xEF {
                length = 3
            } else if b >= 0xF0 && b <= 0xF4 {
                length = 4
            } else {
                return i
            }
            guard i + length <= n else { return i }
            for k in 1..<max(length, 1) where bytes[i + k] & 0xC0 != 0x80 { return i }
            if length > 1,
                String(validating: UnsafeRawBufferPointer(rebasing: bytes[i..<(i + length)]), as: UTF8.self) == nil
            {
                return i
            }
            i += length
        }
        return n
    }
}
