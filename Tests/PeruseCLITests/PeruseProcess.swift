import Foundation
import Testing

/// What one run of the built `peruse` binary did.
struct PeruseRun {
    var stdout: String
    var stderr: String
    var status: Int32
    /// True when the process ended by itself rather than by a signal (a crash or a trap).
    var exitedNormally: Bool
    var stdoutBytes: Data
}

/// Runs the real `peruse` executable that `swift build` put beside this test bundle.
enum Peruse {
    /// The built binary: `PERUSE_BIN` if set, else `peruse` in the directory holding the test
    /// bundle (`.build/<config>/PerusePackageTests.xctest` on Linux), else under `.build/debug`.
    static let binary: URL? = {
        let fileManager = FileManager.default
        var candidates: [URL] = []
        if let override = ProcessInfo.processInfo.environment["PERUSE_BIN"] {
            candidates.append(URL(fileURLWithPath: override))
        }
        for start in [Bundle.main.bundleURL, URL(fileURLWithPath: CommandLine.arguments[0])] {
            // Walk up from the bundle (or from inside it on macOS) to the build directory.
            var directory = start.deletingLastPathComponent()
            for _ in 0..<4 {
                candidates.append(directory.appendingPathComponent("peruse"))
                directory = directory.deletingLastPathComponent()
            }
        }
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(packageRoot.appendingPathComponent(".build/debug/peruse"))
        return candidates.first { url in
            var isDirectory: ObjCBool = false
            return fileManager.fileExists(atPath: url.path, isDirectory: &isDirectory)
                && !isDirectory.boolValue && fileManager.isExecutableFile(atPath: url.path)
        }
    }()

    /// Runs `peruse arguments…` with `stdin` as standard input (a file, so never a terminal),
    /// and standard output and error captured in files (so a large output cannot block a pipe).
    /// Records an issue, and returns status -1, if the process is still running after `timeout`.
    static func run(
        _ arguments: [String], stdin: Data = Data(), in directory: TemporaryDirectory? = nil,
        environment: [String: String] = [:],
        timeout: Duration = .seconds(60), sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> PeruseRun {
        let binary = try #require(
            binary, "the peruse binary was not found beside the test bundle; build it or set PERUSE_BIN",
            sourceLocation: sourceLocation)
        let scratch = try TemporaryDirectory()
        let inputURL = scratch.file("stdin")
        let outputURL = scratch.file("stdout")
        let errorURL = scratch.file("stderr")
        try stdin.write(to: inputURL)
        try Data().write(to: outputURL)
        try Data().write(to: errorURL)

        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.standardInput = try FileHandle(forReadingFrom: inputURL)
        process.standardOutput = try FileHandle(forWritingTo: outputURL)
        process.standardError = try FileHandle(forWritingTo: errorURL)
        process.currentDirectoryURL = (directory ?? scratch).url
        // The language comes from the environment: tests see English unless they ask otherwise.
        var variables = ProcessInfo.processInfo.environment
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] { variables[name] = nil }
        process.environment = variables.merging(environment) { _, new in new }
        try process.run()
        let deadline = ContinuousClock.now + timeout
        while process.isRunning && ContinuousClock.now < deadline {
            Thread.sleep(forTimeInterval: 0.005)
        }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            Issue.record("peruse \(arguments) did not finish within \(timeout)", sourceLocation: sourceLocation)
            return PeruseRun(stdout: "", stderr: "", status: -1, exitedNormally: false, stdoutBytes: Data())
        }
        process.waitUntilExit()
        let output = try Data(contentsOf: outputURL)
        return PeruseRun(
            stdout: String(decoding: output, as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errorURL), as: UTF8.self),
            status: process.terminationStatus,
            exitedNormally: process.terminationReason == .exit,
            stdoutBytes: output)
    }

    static func run(
        _ arguments: [String], stdin: String, in directory: TemporaryDirectory? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> PeruseRun {
        try run(arguments, stdin: Data(stdin.utf8), in: directory, sourceLocation: sourceLocation)
    }
}

/// A directory under the system's temporary directory, removed when the value is released.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("peruse-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> URL { url.appendingPathComponent(name) }

    /// Writes `contents` to `name` (making its folders) and returns its path.
    func write(_ name: String, _ contents: Data) throws -> String {
        let target = file(name)
        try FileManager.default.createDirectory(
            at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try contents.write(to: target)
        return target.path
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}

/// Expects `run` to have exited by itself (no crash or trap) with `status`.
func expectExit(
    _ run: PeruseRun, _ status: Int32, sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(run.exitedNormally, "peruse was killed by signal \(run.status)", sourceLocation: sourceLocation)
    #expect(
        run.status == status, "exit status \(run.status), stderr: \(run.stderr)",
        sourceLocation: sourceLocation)
}
