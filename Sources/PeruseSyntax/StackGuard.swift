#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Tells recursive code when the current thread's stack is nearly used up, so that it can stop
/// with a diagnostic instead of overflowing (as Clang's `isStackNearlyExhausted` does).
///
/// The parser's nesting limit is a property of the language; this guard covers what the limit
/// cannot: a debug build's large frames on a small thread (512 KiB on macOS secondary threads).
/// Create it on the thread that recurses: it reads that thread's stack bounds once.
package struct StackGuard {
    /// The address below which the reserve begins; nil when the platform does not say.
    private let limit: UInt?

    /// Measures the current thread's stack, keeping `reserve` bytes at its end for the work
    /// done after the last check (building a diagnostic, unwinding).
    package init(reserve: Int = 64 * 1024) {
        limit = Self.lowestStackAddress().map { $0 + UInt(reserve) }
    }

    /// Whether the caller is running within the reserve at the end of the stack.
    @inline(never)
    package func isNearlyExhausted() -> Bool {
        guard let limit else { return false }
        var marker: UInt8 = 0
        let here = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
        return here < limit
    }

    /// The lowest address of the current thread's stack (stacks grow down on every platform
    /// Swift supports).
    private static func lowestStackAddress() -> UInt? {
        #if canImport(Darwin)
            let thread = pthread_self()
            let top = UInt(bitPattern: pthread_get_stackaddr_np(thread))
            return top - UInt(pthread_get_stacksize_np(thread))
        #elseif canImport(Glibc) || canImport(Musl)
            // `pthread_getattr_np` is a GNU extension the Glibc module does not import.
            typealias GetAttributes =
                @convention(c) (
                    pthread_t, UnsafeMutablePointer<pthread_attr_t>
                ) -> Int32
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "pthread_getattr_np")
            else { return nil }
            let getAttributes = unsafeBitCast(symbol, to: GetAttributes.self)
            var attributes = pthread_attr_t()
            guard getAttributes(pthread_self(), &attributes) == 0 else { return nil }
            defer { pthread_attr_destroy(&attributes) }
            var address: UnsafeMutableRawPointer?
            var size = 0
            guard pthread_attr_getstack(&attributes, &address, &size) == 0, let address else {
                return nil
            }
            return UInt(bitPattern: address)
        #else
            return nil
        #endif
    }
}
