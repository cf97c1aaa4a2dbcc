import PeruseShell

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The flag Ctrl-C raises. A signal handler cannot carry context, so it reaches this one global.
let interruptFlag = InterruptFlag()

/// Makes Ctrl-C (SIGINT) raise `interruptFlag` instead of ending the process.
///
/// No `SA_RESTART`: a read in progress then returns EINTR, so readline's input function sees
/// the interrupt at once (Swift's `signal()` on glibc restarts reads). The flag is touched
/// first so that its lazy initialisation never runs inside the handler.
func installInterruptHandler() {
    _ = interruptFlag.isRaised
    var action = sigaction()
    #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = { _ in interruptFlag.raise() }
    #else
        action.__sigaction_u.__sa_handler = { _ in interruptFlag.raise() }
    #endif
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    sigaction(SIGINT, &action, nil)
}
