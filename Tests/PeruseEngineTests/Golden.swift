import Foundation
import PeruseBuiltins
import PeruseEngine
import PeruseIO
import PeruseStorage
import Testing

/// Expected outputs kept as files in `Golden/`. `PERUSE_RECORD=1 swift test` rewrites them
/// from what the code produces now; read the diff before committing it.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appending(path: "Golden")
    static let recording = ProcessInfo.processInfo.environment["PERUSE_RECORD"] == "1"

    static func check(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = directory.appending(path: name)
        if recording {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "\(name) differs from its golden file", sourceLocation: sourceLocation)
    }
}

/// An engine holding the built-in tables.
func builtinEngine() throws -> Engine {
    let engine = Engine()
    engine.settings.countsRowsDroppedAsNull = true
    try Builtins.load(into: engine)
    return engine
}

/// Runs `sql` (its last statement must give rows) and renders it as the shell does.
func shellText(_ engine: Engine, _ sql: String, width: Int = 80) throws -> String {
    guard case .rows(let table) = try engine.query(sql) else {
        Issue.record("expected rows from: \(sql)")
        return ""
    }
    var options = RenderOptions(format: .table)
    options.maxWidth = width
    options.showsNotes = true
    options.showsProvenance = true
    return Renderer.render(table, options: options)
}

/// The rows of `sql`'s result, for charts rendered by hand.
func rows(_ engine: Engine, _ sql: String) throws -> ResultTable {
    guard case .rows(let table) = try engine.query(sql) else {
        Issue.record("expected rows from: \(sql)")
        return ResultTable(columnNames: [], columns: [])
    }
    return table
}
