import Foundation
import PeruseBuiltins
import PeruseEngine
import PeruseShell

/// A shell over the built-in tables, fed scripted lines; standard output and error go to
/// files so a test can read exactly what was printed.
final class ShellHarness {
    let directory: URL
    let editor: ScriptedEditor
    let shell: Shell
    /// What `.last` handed to the pager.
    var paged: [String] { pages.texts }
    private let pages = Pages()
    private let consolePath: String
    private let errorsPath: String
    private let console: OutputWriter
    private let errors: OutputWriter

    /// `terminalWidth` nil: results are printed as to a file or pipe (no fitting, no elision).
    init(_ lines: [String], terminalWidth: Int? = nil, configure: (inout OutputSettings) -> Void = { _ in }) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("peruse-shell-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        consolePath = directory.appendingPathComponent("stdout").path
        errorsPath = directory.appendingPathComponent("stderr").path
        console = OutputWriter(fileDescriptor: open(consolePath, O_WRONLY | O_CREAT | O_TRUNC, 0o644))
        errors = OutputWriter(fileDescriptor: open(errorsPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644))
        let engine = Engine()
        try Builtins.load(into: engine)
        editor = ScriptedEditor(lines)
        var settings = OutputSettings()
        configure(&settings)
        shell = Shell(
            engine: engine, editor: editor, console: console, errors: errors, settings: settings,
            terminalWidth: { terminalWidth },
            pager: { [pages] text in
                pages.texts.append(text)
                return nil
            })
    }

    /// Runs the scripted lines to the end; returns the exit status.
    @discardableResult
    func run() -> Int32 {
        let status = shell.run()
        console.flush()
        errors.flush()
        return status
    }

    var output: String { (try? String(contentsOfFile: consolePath, encoding: .utf8)) ?? "" }
    var errorOutput: String { (try? String(contentsOfFile: errorsPath, encoding: .utf8)) ?? "" }

    /// A path inside this harness's directory.
    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    deinit {
        close(console.fileDescriptor)
        close(errors.fileDescriptor)
        try? FileManager.default.removeItem(at: directory)
    }
}

private final class Pages {
    var texts: [String] = []
}
