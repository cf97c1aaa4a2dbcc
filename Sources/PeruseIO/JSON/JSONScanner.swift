/// One member value of a JSON record, as the scanner hands it to a visitor.
enum JSONValueKind {
    case null, boolean, number, string
    /// An object or array, passed as its JSON text.
    case nested
}

/// Receives the members of each record (a top-level object) as the scanner finds them.
protocol JSONRecordVisitor {
    /// A member: its key's code in the scanner's key dictionary (in order of first
    /// appearance), its kind, its text (a string decoded, anything else as written) and where
    /// the value starts in the file.
    mutating func member(key: Int, kind: JSONValueKind, text: UnsafeRawBufferPointer, offset: Int) throws(LoadInterruption)
    mutating func endRecord() throws(LoadInterruption)
}

/// Reads a JSON array of objects, or objects one after another (NDJSON), from one buffer of
/// bytes: a byte-level scanner with no recursion, so deep nesting cannot exhaust the stack.
struct JSONScanner {
    let bytes: UnsafeRawBufferPointer
    private(set) var position = 0
    /// Every key seen, in order of first appearance; a key's code is its column.
    private(set) var keys = ByteInterner()
    private var scratch: [UInt8] = []
    /// Whether the records are in one array (else one object after another).
    private(set) var isArray = false

    init(bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    private func fail(_ message: String, at offset: Int? = nil, help: String? = nil) -> LoadInterruption {
        .failure(ReadFailure(at: offset ?? position, message, help: help))
    }

    private var current: UInt8 { position < bytes.count ? bytes[position] : 0 }

    private mutating func skipSpace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    /// Scans every record, calling `visitor` for each member and at the end of each record.
    mutating func scan<Visitor: JSONRecordVisitor>(_ visitor: inout Visitor) throws(LoadInterruption) {
        position = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        skipSpace()
        guard position < bytes.count else { throw fail("the file is empty", at: 0) }
        if current == UInt8(ascii: "[") {
            isArray = true
            position += 1
            skipSpace()
            if current == UInt8(ascii: "]") {
                position += 1
            } else {
                while true {
                    skipSpace()
                    try record(&visitor)
                    skipSpace()
                    if current == UInt8(ascii: ",") {
                        position += 1
                        continue
                    }
                    guard current == UInt8(ascii: "]") else { throw fail("expected ',' or ']' after an object") }
                    position += 1
                    break
                }
            }
            skipSpace()
            guard position >= bytes.count else { throw fail("unexpected text after the closing ']'") }
        } else if current == UInt8(ascii: "{") {
            while position < bytes.count {
                try record(&visitor)
                skipSpace()
            }
        } else {
            throw fail(
                current == 0 ? "a zero byte: this looks like a binary file, not JSON" : "expected '[' or '{' to start JSON",
                help: "a JSON file holds an array of objects, or one object per line")
        }
    }

    /// `{ "key": value, … }`
    private mutating func record<Visitor: JSONRecordVisitor>(_ visitor: inout Visitor) throws(LoadInterruption) {
        guard current == UInt8(ascii: "{") else { throw fail("expected an object: each record must be { … }") }
        position += 1
        skipSpace()
        if current == UInt8(ascii: "}") {
            position += 1
            try visitor.endRecord()
            return
        }
        while true {
            skipSpace()
            guard current == UInt8(ascii: "\"") else { throw fail("expected a quoted key") }
            let keyStart = position
            let key = try string()
            let code = try key.withBytes { (text) throws(LoadInterruption) -> Int32 in
                guard let code = keys.code(of: text) else {
                    throw fail("invalid UTF-8", at: keyStart + 1 + UTF8Check.firstInvalidOffset(text))
                }
                return code
            }
            skipSpace()
            guard current == UInt8(ascii: ":") else { throw fail("expected ':' after a key") }
            position += 1
            skipSpace()
            try value(key: Int(code), &visitor)
            skipSpace()
            if current == UInt8(ascii: ",") {
                position += 1
                continue
            }
            guard current == UInt8(ascii: "}") else { throw fail("expected ',' or '}' after a value") }
            position += 1
            try visitor.endRecord()
            return
        }
    }

    private mutating func value<Visitor: JSONRecordVisitor>(key: Int, _ visitor: inout Visitor) throws(LoadInterruption) {
        let start = position
        switch current {
        case UInt8(ascii: "\""):
            let text = try string()
            try text.withBytes { (decoded) throws(LoadInterruption) in
                try visitor.member(key: key, kind: .string, text: decoded, offset: start)
            }
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            try skipNested()
            try visitor.member(key: key, kind: .nested, text: slice(start, position), offset: start)
        case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
            for word in ["true", "false", "null"] where bytes[start...].starts(with: word.utf8) {
                position += word.utf8.count
                let kind: JSONValueKind = word == "null" ? .null : .boolean
                try visitor.member(key: key, kind: kind, text: slice(start, position), offset: start)
                return
            }
            throw fail("expected a value")
        default:
            while position < bytes.count {
                let b = bytes[position]
                guard (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x2B || b == 0x2E || b | 0x20 == 0x65 else { break }
                position += 1
            }
            let text = slice(start, position)
            guard position > start, FieldParsers.double(text) != nil, text[0] != 0x2B, text[text.count - 1] != 0x2E else {
                position = start
                throw fail(current == 0 && position < bytes.count ? "a zero byte: this looks like a binary file, not JSON" : "expected a value")
            }
            try visitor.member(key: key, kind: .number, text: text, offset: start)
        }
    }

    private func slice(_ from: Int, _ to: Int) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: bytes[from..<to])
    }

    /// A string's decoded bytes; `position` is on its opening quote.
    private mutating func string() throws(LoadInterruption) -> [UInt8] {
        let open = position
        position += 1
        scratch.removeAll(keepingCapacity: true)
        while true {
            guard position < bytes.count else { throw fail("unterminated string", at: open) }
            let b = bytes[position]
            if b == UInt8(ascii: "\"") {
                position += 1
                return scratch
            }
            if b < 0x20 {
                throw fail(b == 0 ? "a zero byte: this looks like a binary file, not JSON" : "a control character inside a string", help: b == 0 ? nil : "write line breaks in strings as \\n")
            }
            if b != UInt8(ascii: "\\") {
                scratch.append(b)
                position += 1
                continue
            }
            position += 1
            let escape = current
            position += 1
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(escape)
            case UInt8(ascii: "b"): scratch.append(0x08)
            case UInt8(ascii: "f"): scratch.append(0x0C)
            case UInt8(ascii: "n"): scratch.append(0x0A)
            case UInt8(ascii: "r"): scratch.append(0x0D)
            case UInt8(ascii: "t"): scratch.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4()
                if scalar >= 0xD800 && scalar < 0xDC00 {
                    // A surrogate pair: the low half must follow.
                    guard current == UInt8(ascii: "\\"), position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "u") else {
                        throw fail("unpaired surrogate in \\u escape", at: position - 6)
                    }
                    position += 2
                    let low = try hex4()
                    guard low >= 0xDC00 && low < 0xE000 else { throw fail("unpaired surrogate in \\u escape", at: position - 6) }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let unicode = Unicode.Scalar(scalar) else { throw fail("unpaired surrogate in \\u escape", at: position - 6) }
                scratch.append(contentsOf: String(Character(unicode)).utf8)
            default:
                throw fail("invalid escape in a string", at: position - 2)
            }
        }
    }

    private mutating func hex4() throws(LoadInterruption) -> UInt32 {
        guard position + 4 <= bytes.count else { throw fail("expected four hex digits after \\u") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[position] | 0x20
            let digit: UInt8
            if b >= 0x30 && b <= 0x39 { digit = b - 0x30 } else if b >= 0x61 && b <= 0x66 { digit = b - 0x61 + 10 } else {
                throw fail("expected four hex digits after \\u")
            }
            value = value << 4 | UInt32(digit)
            position += 1
        }
        return value
    }

    /// Steps over an object or array, checking that brackets match and strings close.
    private mutating func skipNested() throws(LoadInterruption) {
        var closers: [UInt8] = []
        let open = position
        while position < bytes.count {
            let b = bytes[position]
            switch b {
            case UInt8(ascii: "{"): closers.append(UInt8(ascii: "}"))
            case UInt8(ascii: "["): closers.append(UInt8(ascii: "]"))
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                guard closers.last == b else { throw fail("mismatched '\(String(UnicodeScalar(b)))'") }
                closers.removeLast()
                if closers.isEmpty {
                    position += 1
                    return
                }
            case UInt8(ascii: "\""):
                _ = try string()
                continue
            case 0:
                throw fail("a zero byte: this looks like a binary file, not JSON")
            default: break
            }
            position += 1
        }
        throw fail("unterminated \(bytes[open] == UInt8(ascii: "{") ? "object" : "array")", at: open)
    }
}
