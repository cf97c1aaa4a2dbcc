import Foundation
import Testing

/// The shell rewrites its history file after every entry through a temporary file and
/// `rename`. Killing the process while it writes must leave the old history or the new one,
/// whole — never a truncated file.
@Suite(.serialized) struct HistoryCrashTests {
    /// 2,000 entries of about 10 KB: each save rewrites about 20 MB, long enough for a kill to
    /// land part-way through on some of the attempts.
    static let oldEntries = (0..<2000).map { "select '\(String(repeating: "x", count: 10_000))' as n\($0)" }

    @Test(arguments: [0, 15, 40, 90])
    func killedWhileSavingLeavesAWholeHistory(delayMilliseconds: Int) throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("peruse-crash-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let historyPath = home.appendingPathComponent("history").path
        try (Self.oldEntries.joined(separator: "\n") + "\n").write(toFile: historyPath, atomically: true, encoding: .utf8)

        let session = try TmuxSession(home: home)
        try session.waitForPrompt(count: 1)
        let pid = try #require(Self.peruseProcess(historyPath: historyPath), "the peruse process was not found")
        try session.type("select 1 as fresh")
        try session.press("Enter")
        Thread.sleep(forTimeInterval: Double(delayMilliseconds) / 1000)
        kill(pid, SIGKILL)
        try session.waitFor("[exit 137]")

        let lines = try String(contentsOfFile: historyPath, encoding: .utf8).split(separator: "\n").map(String.init)
        let old = Set(Self.oldEntries)
        // Either the old file, or the new one: the last 1,999 old entries and the new one.
        #expect(lines == Self.oldEntries || lines == Array(Self.oldEntries.dropFirst()) + ["select 1 as fresh"])
        #expect(lines.allSatisfy { old.contains($0) || $0 == "select 1 as fresh" })
    }

    /// The `peruse` process whose environment names this history file.
    static func peruseProcess(historyPath: String) -> pid_t? {
        let wanted = "PERUSE_HISTORY=\(historyPath)"
        for _ in 0..<100 {
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
            for entry in entries {
                guard let pid = pid_t(entry),
                    let comm = try? String(contentsOfFile: "/proc/\(entry)/comm", encoding: .utf8),
                    comm.hasPrefix("peruse"),
                    let environ = FileManager.default.contents(atPath: "/proc/\(entry)/environ")
                else { continue }
                let variables = environ.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
                if variables.contains(wanted) { return pid }
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return nil
    }
}
