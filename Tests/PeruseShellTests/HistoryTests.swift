import Foundation
import PeruseShell
import Testing

@Suite struct HistoryTests {
    @Test func locationPrecedence() {
        #expect(
            History.location(environment: ["PERUSE_HISTORY": "/a/h", "XDG_STATE_HOME": "/s", "HOME": "/home/u"])
                == "/a/h")
        #expect(History.location(environment: ["XDG_STATE_HOME": "/s", "HOME": "/home/u"]) == "/s/peruse/history")
        #expect(History.location(environment: ["HOME": "/home/u"]) == "/home/u/.peruse_history")
        #expect(History.location(environment: [:]) == nil)
    }

    @Test func multiLineEntriesAndBackslashesRoundTrip() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "peruse-history-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let history = History(path: directory.appendingPathComponent("state/peruse/history").path)
        let entries = ["select year,\nrate from crime", "select 'a\\nb' as s", ".mode csv", "select '\\' as x"]
        #expect(history.save(entries))
        #expect(history.load() == entries)
        let text = try String(contentsOfFile: history.path, encoding: .utf8)
        #expect(text.split(separator: "\n").count == 4, "one line per entry")
        let leftovers = try FileManager.default.contentsOfDirectory(
            atPath: directory.appendingPathComponent("state/peruse").path)
        #expect(leftovers == ["history"], "no temporary file left behind")
    }

    @Test func keepsOnlyTheLastEntries() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("peruse-history-\(UUID().uuidString)")
            .path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let history = History(path: path)
        let entries = (0..<(History.limit + 10)).map { "select \($0)" }
        #expect(history.save(entries))
        let loaded = history.load()
        #expect(loaded.count == History.limit)
        #expect(loaded.first == "select 10")
        #expect(loaded.last == "select \(History.limit + 9)")
    }

    @Test func aMissingFileIsAnEmptyHistory() {
        #expect(History(path: "/no/such/dir/history").load() == [])
        #expect(!History(path: "/proc/no-such-place/history").save(["x"]))
    }
}
