import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The prompt, run on a pseudo-terminal so `peruse` sees a terminal on both ends.
@Suite struct InteractiveTests {
    @Test func promptRunsStatementsAndQuits() throws {
        let session = try TerminalSession.run(
            ["--no-builtins", "--format", "csv"],
            typing: "select 1 +\n2 as three;\nselect nope;\nselect 'still here' as s;\n.quit\n")
        #expect(session.exitedNormally)
        #expect(session.status == 0)
        #expect(session.output.hasPrefix("peruse 0.1.0 (no tables). Type .quit to exit.\r\nperuse> "))
        #expect(session.output.contains("   ...> "), "continuation prompt")
        #expect(session.output.contains("three\r\n3\r\n"))
        #expect(session.output.contains("<stdin>:1:8: error: no such column: nope"))
        #expect(session.output.contains("s\r\nstill here\r\n"), "the loop goes on after an error")
    }

    @Test func bannerListsBuiltinTablesAndCtrlDLeaves() throws {
        let session = try TerminalSession.run([], typing: "create table t (a BIGINT);\n\u{04}")
        #expect(session.exitedNormally)
        #expect(session.status == 0)
        #expect(session.output.hasPrefix("peruse 0.1.0 (tables: crime, events, extortion, indicators, sources)."))
        #expect(session.output.contains("created table t"), "messages are shown at the prompt")
    }

    @Test func blankLineRunsAnUnfinishedStatement() throws {
        let session = try TerminalSession.run(
            ["--no-builtins", "--format", "csv"], typing: "select 'a;' as x\n\n.exit\n")
        #expect(session.status == 0)
        #expect(session.output.contains("x\r\na;\r\n"))
    }
}

/// A `peruse` process whose standard input and output are a pseudo-terminal.
struct TerminalSession {
    var output: String
    var status: Int32
    var exitedNormally: Bool

    static func run(_ arguments: [String], typing input: String) throws -> TerminalSession {
        let binary = try #require(Peruse.binary, "the peruse binary was not found")
        let (primary, secondaryPath) = try openPseudoTerminal()
        defer { close(primary) }
        let secondary = open(secondaryPath, O_RDWR | O_NOCTTY)
        #expect(secondary >= 0, "cannot open \(secondaryPath)")
        // No echo: the output then holds only what peruse wrote, though the input is typed ahead.
        var settings = termios()
        tcgetattr(secondary, &settings)
        settings.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(secondary, TCSANOW, &settings)
        let terminal = FileHandle(fileDescriptor: secondary, closeOnDealloc: false)

        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.standardInput = terminal
        process.standardOutput = terminal
        process.standardError = terminal
        try process.run()
        close(secondary)  // the child keeps its copy; reads then end when it exits

        _ = input.utf8CString.withUnsafeBufferPointer { write(primary, $0.baseAddress, $0.count - 1) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        let deadline = ContinuousClock.now + .seconds(30)
        while ContinuousClock.now < deadline {
            var poller = pollfd(fd: primary, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 100) >= 0 else { break }
            if poller.revents == 0 {
                if process.isRunning { continue } else { break }
            }
            let count = read(primary, &chunk, chunk.count)
            if count < 0 && errno == EINTR { continue }
            if count <= 0 {
                // EIO once the child has gone; until then the terminal only looks closed.
                if process.isRunning {
                    Thread.sleep(forTimeInterval: 0.01)
                    continue
                }
                break
            }
            output.append(contentsOf: chunk[0..<count])
        }
        if process.isRunning {
            process.terminate()
            Issue.record("peruse did not leave the prompt; output so far: \(String(decoding: output, as: UTF8.self))")
        }
        process.waitUntilExit()
        return TerminalSession(
            output: String(decoding: output, as: UTF8.self),
            status: process.terminationStatus,
            exitedNormally: process.terminationReason == .exit)
    }
}

/// Opens a new pseudo-terminal: its primary side, and the path of its secondary side.
private func openPseudoTerminal() throws -> (Int32, String) {
    #if os(Linux)
        // Glibc's module hides posix_openpt/unlockpt/ptsname (they need _XOPEN_SOURCE), so do
        // what they do: open the multiplexer, unlock, ask for the number. The two requests are
        // _IOW('T', 0x31, int) and _IOR('T', 0x30, unsigned int) in the generic ioctl encoding.
        let unlock: UInt = 0x4004_5431  // TIOCSPTLCK
        let number: UInt = 0x8004_5430  // TIOCGPTN
        let primary = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        try #require(primary >= 0, "cannot open /dev/ptmx")
        var locked: Int32 = 0
        var index: UInt32 = 0
        try #require(ioctl(primary, unlock, &locked) == 0 && ioctl(primary, number, &index) == 0)
        return (primary, "/dev/pts/\(index)")
    #else
        let primary = posix_openpt(O_RDWR | O_NOCTTY)
        try #require(primary >= 0 && grantpt(primary) == 0 && unlockpt(primary) == 0)
        return (primary, String(cString: ptsname(primary)))
    #endif
}
