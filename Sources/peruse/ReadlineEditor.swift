import CReadline
import PeruseShell

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The line editor at a terminal: GNU readline, with history kept in a file and completion
/// from the shell's `Completer`.
///
/// Readline's callbacks take no context, so they reach the shell through the two static
/// properties below; only one editor exists at a time.
final class ReadlineEditor: LineEditor {
    /// Answers Tab: the current line and the cursor (a UTF-8 offset) in, candidates out.
    nonisolated(unsafe) static var completionSource: ((String, Int) -> Completion)?
    /// Set by the input function when Ctrl-C ended the line being read.
    nonisolated(unsafe) static var interruptedWhileReading = false

    private let history: History?
    private var entries: [String]

    /// Starts readline: reads `~/.inputrc` (or `$INPUTRC`) on first use, loads `history`.
    init(history: History?) {
        self.history = history
        self.entries = history?.load() ?? []
        peruse_rl_set_name("peruse")
        // Ctrl-C is handled by our own SIGINT handler and input function (see readKey).
        peruse_rl_set_catch_signals(0)
        peruse_rl_set_getc_function(readKey)
        peruse_rl_set_completion_function(completeWithReadline)
        if let wordBreaks = Self.wordBreaks { peruse_rl_set_word_break_characters(wordBreaks) }
        stifle_history(Int32(History.limit))
        for entry in entries { add_history(entry) }
    }

    /// readline keeps this pointer: it lives as long as the process and is never written to.
    nonisolated(unsafe) private static let wordBreaks: UnsafePointer<CChar>? =
        strdup(Completer.wordBreakCharacters).map { UnsafePointer($0) }

    func readLine(prompt: String) -> LineInput {
        Self.interruptedWhileReading = false
        guard let raw = readline(prompt) else {
            // Ctrl-D: readline leaves the cursor after the prompt.
            writeToTerminal("\n")
            return .endOfInput
        }
        defer { free(raw) }
        if Self.interruptedWhileReading { return .interrupted }
        return .line(String(cString: raw))
    }

    func addToHistory(_ entry: String) {
        if entries.last == entry { return }
        entries.append(entry)
        add_history(entry)
        if entries.count > History.limit * 2 { entries.removeFirst(entries.count - History.limit) }
        history?.save(entries)
    }
}

/// readline's input function: one byte from the terminal. When Ctrl-C interrupts the read,
/// it shows `^C` and hands readline a newline, so readline returns and the editor reports
/// `.interrupted` (readline's own handling would only clear the line after the next key).
private func readKey(_ stream: UnsafeMutablePointer<FILE>?) -> Int32 {
    let descriptor = stream.map { fileno($0) } ?? STDIN_FILENO
    var byte: UInt8 = 0
    while true {
        let count = read(descriptor, &byte, 1)
        if count == 1 { return Int32(byte) }
        if count == 0 || errno != EINTR { return EOF }
        if interruptFlag.take() {
            ReadlineEditor.interruptedWhileReading = true
            peruse_rl_move_point_to_end()
            rl_redisplay()
            writeToTerminal("^C")
            return 10
        }
        rl_check_signals()  // a window resize, for instance
    }
}

/// readline's completion callback: the shell's candidates as readline's match list
/// (the common prefix first, then every candidate, then NULL; readline frees them all).
private func completeWithReadline(
    _ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32
) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
    peruse_rl_set_completion_over(1)  // never fall back to readline's file names
    guard let source = ReadlineEditor.completionSource, let buffer = peruse_rl_line_buffer() else { return nil }
    let completion = source(String(cString: buffer), Int(end))
    let candidates = completion.candidates
    guard let first = candidates.first else { return nil }
    peruse_rl_set_append_character(completion.appendsSpace ? 32 : 0)
    let typed = text.map { String(cString: $0) } ?? ""
    var prefix = candidates.count == 1 ? first : commonPrefix(candidates)
    if prefix.utf8.count < typed.utf8.count { prefix = typed }  // never delete what was typed
    let matches = [prefix] + (candidates.count == 1 ? [] : candidates)
    guard let list = calloc(matches.count + 1, MemoryLayout<UnsafeMutablePointer<CChar>?>.stride) else { return nil }
    let array = list.bindMemory(to: UnsafeMutablePointer<CChar>?.self, capacity: matches.count + 1)
    for (index, match) in matches.enumerated() { array[index] = strdup(match) }
    array[matches.count] = nil
    return array
}

private func commonPrefix(_ words: [String]) -> String {
    guard var prefix = words.first.map(Array.init) else { return "" }
    for word in words.dropFirst() {
        let characters = Array(word)
        var length = 0
        while length < min(prefix.count, characters.count) && prefix[length] == characters[length] { length += 1 }
        prefix = Array(prefix[..<length])
    }
    return String(prefix)
}

/// Writes straight to standard output (readline's display writes there unbuffered too).
func writeToTerminal(_ text: String) {
    var text = text
    text.withUTF8 { bytes in _ = write(STDOUT_FILENO, bytes.baseAddress, bytes.count) }
}
