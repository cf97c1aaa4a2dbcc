// libFuzzer entry point: arbitrary bytes run as a script against a fresh copy of the
// built-in tables, with every result rendered in every format. Each input gets a 64 MB
// memory limit and two seconds. Built only by Tests/fuzz/run.sh.
import PeruseBuiltins
import PeruseEngine
import PeruseIO
import PeruseStorage
import PeruseSyntax

/// The built-in tables, loaded once; each input starts from a copy.
nonisolated(unsafe) let builtinTables: Catalog = {
    let engine = Engine()
    do throws(Diagnostic) {
        try Builtins.load(into: engine)
    } catch {
        // A broken built-in script is a bug the fuzzer should report, not skip.
        fatalError("cannot load the built-in tables: \(error.message)")
    }
    return engine.catalog
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzStatements(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let source = SourceText(name: "<fuzz>", bytes: Array(UnsafeBufferPointer(start: data, count: size)))
    var settings = EngineSettings()
    settings.memoryLimit = 64 << 20
    // Mutated `save` statements must not write over files (they once wrote crime.csv into
    // the checkout); `load` may still read.
    settings.writesFiles = false
    settings.writesFiles = false  // `chart … to 'x'` must not litter the disk
    settings.countsRowsDroppedAsNull = true
    let engine = Engine(catalog: builtinTables, settings: settings)
    let deadline = ContinuousClock.now + .seconds(2)
    engine.isCancelled = { ContinuousClock.now > deadline }
    engine.run(source, keepGoing: true) { outcome in
        switch outcome.result {
        case .success(.rows(let table)):
            for format in [OutputFormat.table, .csv, .json, .markdown] {
                var options = RenderOptions(format: format)
                if format == .table {
                    options.maxWidth = 60
                    options.maxRows = 10
                }
                _ = Renderer.render(table, options: options)
            }
            if table.chart != nil { _ = ChartRenderer.svg(table) }
        case .success(.message): break
        case .failure(let diagnostic): _ = DiagnosticRenderer.render(diagnostic, in: source)
        }
    }
    return 0
}
