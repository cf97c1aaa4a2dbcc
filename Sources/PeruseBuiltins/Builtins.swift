import PeruseEngine
import PeruseStorage
import PeruseSyntax

/// The built-in tables: `crime`, `extortion`, `indicators`, `events`, `sources`.
/// See `SOURCES.md` beside this file for where every figure comes from.
public enum Builtins {
    /// The names of the built-in tables, in the order the script creates them.
    public static let tableNames = ["sources", "crime", "extortion", "indicators", "events"]

    /// Creates the built-in tables in `engine`'s catalog, replacing any of the same name.
    public static func load(into engine: Engine) throws(Diagnostic) {
        for name in tableNames { engine.catalog.remove(name) }
        var failure: Diagnostic?
        engine.run(SourceText(name: "<builtins>", text: BuiltinScript.sql)) { outcome in
            if case .failure(let d) = outcome.result, failure == nil { failure = d }
        }
        if let failure { throw failure }
        for (name, metadata) in BuiltinMetadata.byTable {
            guard var table = engine.catalog.table(name) else { continue }
            table.metadata = metadata
            engine.catalog.put(table)
        }
    }

    /// Where a built-in table's figures come from, its caveats and its columns' units;
    /// nil for any other name. For the shell's `.source <table>`.
    public static func metadata(of table: String) -> TableMetadata? {
        BuiltinMetadata.byTable[table.lowercased()]
    }
}
