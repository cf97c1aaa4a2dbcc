#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How many terminal columns text takes, from the C library's `wcwidth` in the `C.UTF-8` locale.
///
/// `a` and `í` take 1, `中` and `😀` take 2, combining marks take 0. A grapheme cluster is the sum
/// of its scalars, except emoji sequences (joined by U+200D, with a variation selector or a skin
/// tone, or a flag's pair of regional indicators), which take 2 as terminals draw them.
/// Control characters and scalars `wcwidth` does not know take 0: renderers escape them before
/// measuring (see `TerminalText`).
public enum DisplayWidth {
    /// The terminal columns `s` takes.
    public static func of(_ s: String) -> Int {
        if s.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return s.utf8.count }
        return withUTF8Locale { s.reduce(0) { $0 + columns(of: $1) } }
    }

    /// The columns one grapheme cluster takes; call inside `withUTF8Locale`.
    static func columns(of c: Character) -> Int {
        let scalars = c.unicodeScalars
        if scalars.count > 1, isEmojiSequence(scalars) { return 2 }
        return scalars.reduce(0) { $0 + max(0, columns(of: $1)) }
    }

    /// `wcwidth` of one scalar: -1 for control characters and scalars it does not know.
    /// Call inside `withUTF8Locale`.
    static func columns(of scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v >= 0x20 && v < 0x7F { return 1 }
        let locale = UTF8Locale.shared
        guard locale.handle != nil, let wcwidth = locale.wcwidth else { return fallbackColumns(of: scalar) }
        return Int(wcwidth(wchar_t(bitPattern: v)))
    }

    /// Runs `body` with this thread's character type set to UTF-8, leaving the process-wide
    /// locale (which `setlocale` would change for every thread) alone.
    static func withUTF8Locale<T>(_ body: () -> T) -> T {
        guard let handle = UTF8Locale.shared.handle else { return body() }
        let previous = uselocale(handle)
        defer { uselocale(previous) }
        return body()
    }

    private static func isEmojiSequence(_ scalars: Character.UnicodeScalarView) -> Bool {
        scalars.contains { s in
            s.value == 0x200D || s.value == 0xFE0F || s.properties.isEmojiModifier
                || (0x1F1E6...0x1F1FF).contains(s.value)
        }
    }

    /// A rough guess for systems without a `C.UTF-8` locale.
    private static func fallbackColumns(of scalar: Unicode.Scalar) -> Int {
        let p = scalar.properties
        switch p.generalCategory {
        case .control, .unassigned, .surrogate: return -1
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        let v = scalar.value
        let wide =
            p.isEmojiPresentation || (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v)
            || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v)
            || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
        return wide ? 2 : 1
    }
}

/// The `C.UTF-8` locale object and the C library's `wcwidth`, found once and never freed.
private struct UTF8Locale: @unchecked Sendable {
    typealias WidthFunction = @convention(c) (wchar_t) -> Int32

    // A locale_t is immutable once made and safe to share between threads.
    let handle: locale_t?
    let wcwidth: WidthFunction?

    static let shared = UTF8Locale(
        handle: newlocale(LC_CTYPE_MASK, "C.UTF-8", nil), wcwidth: findWcwidth())

    private static func findWcwidth() -> WidthFunction? {
        #if canImport(Darwin)
            return { Darwin.wcwidth($0) }
        #else
            // Glibc's Swift module leaves wcwidth out (it sits behind _XOPEN_SOURCE in
            // <wchar.h>), so look the symbol up in the already-loaded C library.
            guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "wcwidth") else { return nil }
            return unsafeBitCast(symbol, to: WidthFunction.self)
        #endif
    }
}
