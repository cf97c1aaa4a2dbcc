/// A column of values of one type: a whole table column, or the slice of one batch.
///
/// Values live in one contiguous typed buffer (`ArraySlice`, so slicing a batch out of a
/// table column copies nothing); NULLs are marked in an optional validity bitmap (`nil`
/// means no NULLs). The slot of a NULL holds zero (or code 0, or `false`).
public struct Vector {
    public enum Storage {
        /// BIGINT and DATE (days since 1970-01-01).
        case int64(ArraySlice<Int64>)
        case double(ArraySlice<Double>)
        case boolean(ArraySlice<Bool>)
        /// VARCHAR: a code per row into a shared dictionary.
        case string(codes: ArraySlice<Int32>, dictionary: StringDictionary)
        /// Only NULLs (type `.null`).
        case null
    }

    public var type: DataType
    public var count: Int
    public var storage: Storage
    public var validity: Bitmap?

    public init(type: DataType, count: Int, storage: Storage, validity: Bitmap? = nil) {
        self.type = type
        self.count = count
        self.storage = storage
        self.validity = validity.flatMap { $0.allValid ? nil : $0 }
    }

    public init(int64 values: [Int64], type: DataType = .bigint, validity: Bitmap? = nil) {
        self.init(type: type, count: values.count, storage: .int64(values[...]), validity: validity)
    }

    public init(double values: [Double], validity: Bitmap? = nil) {
        self.init(type: .double, count: values.count, storage: .double(values[...]), validity: validity)
    }

    public init(boolean values: [Bool], validity: Bitmap? = nil) {
        self.init(type: .boolean, count: values.count, storage: .boolean(values[...]), validity: validity)
    }

    public init(codes: [Int32], dictionary: StringDictionary, validity: Bitmap? = nil) {
        self.init(
            type: .varchar, count: codes.count, storage: .string(codes: codes[...], dictionary: dictionary),
            validity: validity)
    }

    /// A vector of `count` NULLs of `type`.
    public static func nulls(_ type: DataType, count: Int) -> Vector {
        let validity = Bitmap(count: count, valid: false)
        switch type {
        case .bigint, .date:
            return Vector(type: type, count: count, storage: .int64(ArraySlice(repeating: 0, count: count)), validity: validity)
        case .double:
            return Vector(type: type, count: count, storage: .double(ArraySlice(repeating: 0, count: count)), validity: validity)
        case .boolean:
            return Vector(type: type, count: count, storage: .boolean(ArraySlice(repeating: false, count: count)), validity: validity)
        case .varchar:
            let d = StringDictionary()
            _ = d.intern("")
            return Vector(
                type: type, count: count, storage: .string(codes: ArraySlice(repeating: 0, count: count), dictionary: d),
                validity: validity)
        case .null:
            return Vector(type: .null, count: count, storage: .null, validity: validity)
        }
    }

    /// True when row `i` holds a value.
    @inlinable
    public func isValid(_ i: Int) -> Bool {
        if case .null = storage { return false }
        return validity?[i] ?? true
    }

    public var hasNulls: Bool {
        if case .null = storage { return count > 0 }
        return validity != nil
    }

    /// Rows `start ..< start+length`, sharing this vector's buffers.
    public func slice(start: Int, length: Int) -> Vector {
        let s: Storage
        switch storage {
        case .int64(let a): s = .int64(a[(a.startIndex + start)..<(a.startIndex + start + length)])
        case .double(let a): s = .double(a[(a.startIndex + start)..<(a.startIndex + start + length)])
        case .boolean(let a): s = .boolean(a[(a.startIndex + start)..<(a.startIndex + start + length)])
        case .string(let c, let d): s = .string(codes: c[(c.startIndex + start)..<(c.startIndex + start + length)], dictionary: d)
        case .null: s = .null
        }
        return Vector(type: type, count: length, storage: s, validity: validity?.slice(start: start, length: length))
    }

    /// The value of row `i`, boxed. For rendering and tests, never for hot loops.
    public func value(at i: Int) -> Value {
        guard i >= 0, i < count, isValid(i) else { return .null }
        switch storage {
        case .int64(let a):
            let v = a[a.startIndex + i]
            return type == .date ? .date(v) : .bigint(v)
        case .double(let a): return .double(a[a.startIndex + i])
        case .boolean(let a): return .boolean(a[a.startIndex + i])
        case .string(let c, let d): return .varchar(d[c[c.startIndex + i]])
        case .null: return .null
        }
    }
}
