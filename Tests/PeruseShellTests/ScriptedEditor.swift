import PeruseShell

/// A `LineEditor` that types the given lines, then Ctrl-D, recording prompts and history.
final class ScriptedEditor: LineEditor {
    private var inputs: [LineInput]
    private(set) var prompts: [String] = []
    private(set) var history: [String] = []

    init(_ lines: [String]) { inputs = lines.map { .line($0) } }
    init(inputs: [LineInput]) { self.inputs = inputs }

    func readLine(prompt: String) -> LineInput {
        prompts.append(prompt)
        return inputs.isEmpty ? .endOfInput : inputs.removeFirst()
    }

    func addToHistory(_ entry: String) { history.append(entry) }
}
