/// What one attempt to read a line produced.
public enum LineInput: Equatable, Sendable {
    /// A line as typed, without its line break. A paste or a recalled history entry may hold
    /// several lines separated by `\n`.
    case line(String)
    /// Ctrl-C at the prompt: the typed line was thrown away.
    case interrupted
    /// Ctrl-D on an empty line, or the end of the input.
    case endOfInput
}

/// Where the shell reads lines from: GNU readline at a terminal, plain `readLine` otherwise,
/// a scripted list of lines in tests.
public protocol LineEditor: AnyObject {
    /// Shows `prompt` (when the editor shows prompts) and reads one line.
    func readLine(prompt: String) -> LineInput
    /// Records a statement or meta-command the user typed, as one entry, so Up recalls it whole.
    func addToHistory(_ entry: String)
}

/// Reads lines from standard input with no prompt and no history: used when standard input or
/// output is not a terminal.
public final class PlainLineEditor: LineEditor {
    public init() {}

    public func readLine(prompt: String) -> LineInput {
        guard let line = Swift.readLine(strippingNewline: true) else { return .endOfInput }
        return .line(line)
    }

    public func addToHistory(_ entry: String) {}
}
