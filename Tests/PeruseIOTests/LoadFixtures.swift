import Foundation
import PeruseIO
import PeruseStorage
import Testing

/// A scratch directory for files the tests write and load.
final class Scratch {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("peruse-io-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        try Data(bytes).write(to: url.appendingPathComponent(name))
        return path(name)
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String { try write(name, Array(text.utf8)) }

    deinit { try? FileManager.default.removeItem(at: url) }
}

/// Loads `name` from `scratch`, naming it as the user would (the bare file name).
func load(_ name: String, in scratch: Scratch, options: LoadOptions = LoadOptions()) throws(FileError) -> LoadedTable {
    try TableLoader.load(path: scratch.path(name), displayPath: name, options: options)
}

extension LoadedTable {
    /// `name TYPE` per column.
    var schemaText: [String] { schema.map { "\($0.name) \($0.type)" } }

    /// Every row, boxed.
    var rows: [[Value]] {
        (0..<rowCount).map { row in columns.map { $0.value(at: row) } }
    }
}
