import Foundation
import Testing

/// `peruse` running in a real terminal: a detached tmux session of a fixed size, driven with
/// `send-keys` and read with `capture-pane`, as a person would type and look.
///
/// Each session has its own tmux server (`-L`), its own history file and `$HOME`, and is killed
/// when the value is released. When `peruse` exits, the pane prints `[exit N]` and stays.
final class TmuxSession {
    let socket = "peruse-test-\(UUID().uuidString.prefix(8))"
    let home: URL
    /// Whether `home` was made for this session (and so is removed with it).
    private let ownsHome: Bool
    var historyPath: String { home.appendingPathComponent("history").path }

    init(
        _ arguments: [String] = [], width: Int = 100, height: Int = 40, environment: [String: String] = [:],
        home: URL? = nil, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let binary = try #require(Peruse.binary, "the peruse binary was not found", sourceLocation: sourceLocation)
        try #require(
            Self.tmux != nil, "tmux is not installed (apt-get install tmux; .ci/run does)",
            sourceLocation: sourceLocation)
        ownsHome = home == nil
        self.home =
            try home
            ?? {
                let url = FileManager.default.temporaryDirectory.appendingPathComponent(
                    "peruse-tmux-\(UUID().uuidString)")
                try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
                return url
            }()
        var variables = [
            "HOME": self.home.path, "PERUSE_HISTORY": historyPath, "TERM": "xterm-256color", "PAGER": "cat",
        ]
        variables["INPUTRC"] = self.home.appendingPathComponent("inputrc").path
        variables.merge(environment) { $1 }
        let assignments = variables.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.quoted($0.value))" }
        let command =
            (["env", "-u", "NO_COLOR"] + assignments + [Self.quoted(binary.path)] + arguments.map(Self.quoted))
            .joined(separator: " ")
        try tmux([
            "new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-s", "main",
            // The trap keeps sh alive through Ctrl-C (which the terminal sends to sh too), so it can
            // print peruse's exit status.
            "sh -c 'trap true INT; \(command.replacingOccurrences(of: "'", with: "'\\''")); echo \"[exit $?]\"; sleep 600'",
        ])
    }

    deinit {
        _ = try? tmux(["kill-server"])
        if ownsHome { try? FileManager.default.removeItem(at: home) }
    }

    /// Types `text` literally.
    func type(_ text: String) throws { try tmux(["send-keys", "-t", "main", "-l", text]) }

    /// Presses keys by tmux name: `Enter`, `Tab`, `Up`, `C-c`, `C-d`, `Escape`.
    func press(_ keys: String...) throws { try tmux(["send-keys", "-t", "main"] + keys) }

    /// Pastes `text` as a terminal does with bracketed paste on.
    func paste(_ text: String) throws {
        try tmux(["set-buffer", "-b", "p", text])
        try tmux(["paste-buffer", "-p", "-d", "-b", "p", "-t", "main"])
    }

    /// The screen's text (`withEscapes`: colours as escape sequences).
    func screen(withEscapes: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p", "-t", "main", "-S", "-200"] + (withEscapes ? ["-e"] : []))
    }

    /// Waits until the screen satisfies `condition`; records an issue with the screen if it never does.
    @discardableResult
    func waitFor(
        _ description: String, timeout: Duration = .seconds(20), sourceLocation: SourceLocation = #_sourceLocation,
        _ condition: (String) -> Bool
    ) throws -> Bool {
        let deadline = ContinuousClock.now + timeout
        var last = ""
        while ContinuousClock.now < deadline {
            last = try screen()
            if condition(last) { return true }
            Thread.sleep(forTimeInterval: 0.02)
        }
        Issue.record("timed out waiting for \(description); the screen:\n\(last)", sourceLocation: sourceLocation)
        return false
    }

    /// Waits until the screen shows `text` `count` times.
    @discardableResult
    func waitFor(
        _ text: String, count: Int = 1, timeout: Duration = .seconds(20),
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> Bool {
        try waitFor("\"\(text)\" ×\(count)", timeout: timeout, sourceLocation: sourceLocation) {
            $0.components(separatedBy: text).count - 1 >= count
        }
    }

    /// Waits until `count` prompts have been shown (tmux drops the prompt's trailing space).
    func waitForPrompt(count: Int, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try waitFor("peruse>", count: count, sourceLocation: sourceLocation)
    }

    /// Runs tmux with posix_spawn and waitpid. (Foundation's `Process` waits for a descriptor
    /// it gives the child, which the tmux server started by `new-session` inherits and keeps.)
    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let tmux = try #require(Self.tmux)
        let output = home.appendingPathComponent("tmux-output-\(UUID().uuidString)").path
        defer { unlink(output) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        // A clean signal mask and default handlers: the test process blocks some signals, and
        // a tmux server inheriting that would outlive kill-server.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        var allSignals = sigset_t()
        sigemptyset(&noSignals)
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv = ([tmux.path, "-L", socket, "-f", "/dev/null"] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, tmux.path, &actions, &attributes, argv, environ)
        try #require(spawned == 0, "cannot start tmux: \(spawned)")
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
    }

    static let tmux: URL? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"]
        .map(URL.init(fileURLWithPath:)).first { FileManager.default.isExecutableFile(atPath: $0.path) }

    private static func quoted(_ text: String) -> String {
        "\""
            + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "$", with: "\\$").replacingOccurrences(of: "`", with: "\\`") + "\""
    }
}
