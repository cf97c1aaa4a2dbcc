import Synchronization

/// Set by Ctrl-C (from a signal handler), read by the running statement and the shell.
///
/// Only an atomic store happens in the handler. Create the flag before installing the handler,
/// so nothing is initialised lazily inside it.
public final class InterruptFlag: Sendable {
    private let raised = Atomic<Bool>(false)

    public init() {}

    /// Raises the flag; safe to call from a signal handler.
    public func raise() { raised.store(true, ordering: .relaxed) }

    /// Whether the flag is raised.
    public var isRaised: Bool { raised.load(ordering: .relaxed) }

    /// Lowers the flag, returning whether it was raised.
    @discardableResult
    public func take() -> Bool { raised.exchange(false, ordering: .relaxed) }
}
