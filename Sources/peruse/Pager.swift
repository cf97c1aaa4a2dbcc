#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Shows `text` in `command` (`$PAGER`), or `less -S` when that is unset, and waits for it to
/// end. Returns a message when the pager cannot be started or fails.
func showInPager(_ text: String, command: String?) -> String? {
    let pager = (command?.isEmpty ?? true) ? "less -S" : command ?? "less -S"
    guard let pipe = popen(pager, "w") else { return "cannot start the pager '\(pager)'" }
    fputs(text, pipe)
    let status = pclose(pipe)
    // A pager quit before reading everything (q in less) is normal; only "not found" is reported.
    if status != -1, (status >> 8) & 0xFF == 127 { return "cannot start the pager '\(pager)'" }
    return nil
}

/// The values of `names` that are set in the environment.
func environmentVariables(_ names: [String]) -> [String: String] {
    var values: [String: String] = [:]
    for name in names {
        if let value = getenv(name) { values[name] = String(cString: value) }
    }
    return values
}
