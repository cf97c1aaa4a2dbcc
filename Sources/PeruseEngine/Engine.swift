import PeruseStorage
import PeruseSyntax

/// Settings that change how statements behave.
public struct EngineSettings: Sendable {
    /// `/` on two integers divides as integers (SQLite's behaviour), as DuckDB's
    /// `integer_division` setting does. Off by default: `7 / 2` is `3.5`.
    public var integerDivision = false
    /// The bytes one statement may hold in groups, sort buffers and results before it
    /// stops with "out of memory"; nil: no limit. Default: half the physical memory.
    public var memoryLimit: Int? = ByteSize.defaultMemoryLimit
    /// Filters count the rows they drop because their condition is NULL (unknown), for a
    /// note under the result (`ResultAnnotations.notes`). Off by default: counting re-reads a
    /// filter's condition on batches that lost rows. `explain` always counts.
    public var countsRowsDroppedAsNull = false
    /// Statements may write files (`save`, `chart … to 'file.svg'`). Off for the fuzzer.
    public var writesFiles = true
    /// After a query with `count(col)`, count again with `count(*)` and add a note when they differ
    /// (`StatementOutcome.warnings`). Off by default: it reads the table a second time.
    public var notesCountsSkippingNull = false
    /// The language of the words the engine writes into files itself: an SVG chart's title and
    /// caption (`chart … to 'file.svg'`). What is printed is translated by whoever prints it.
    public var language: Language = .en
    public init() {}
}

/// What a statement produced.
public enum StatementResult {
    /// A query's rows.
    case rows(ResultTable)
    /// A statement that changes or reports something: `created table t`, `inserted 3 rows`.
    case message(String)
}

/// One statement's outcome while running a script.
public struct StatementOutcome {
    /// Where the statement stands in the source.
    public var range: SourceRange
    public var result: Result<StatementResult, Diagnostic>
    /// Warnings and notes about a statement that succeeded, such as `= null` (see `MistakeWarnings`).
    public var warnings: [Diagnostic] = []
}

/// Runs Peruse statements against a catalog of tables: text in, results or diagnostics out.
///
/// The pipeline, one stage per line (see `run`): parse → bind → plan → execute.
public final class Engine {
    public var catalog: Catalog
    public var settings: EngineSettings
    /// The directory relative file paths in `load` and `save` start from: the script's
    /// directory when running a script file; nil means the current directory.
    public var baseDirectory: String?

    public init(catalog: Catalog = Catalog(), settings: EngineSettings = EngineSettings()) {
        self.catalog = catalog
        self.settings = settings
    }

    /// Parses and runs every statement in `source`, reporting each outcome to `handle`.
    /// Stops at the first failure unless `keepGoing`. Returns true when every statement succeeded.
    @discardableResult
    public func run(
        _ source: SourceText, keepGoing: Bool = false, handle: (StatementOutcome) -> Void
    ) -> Bool {
        var parser = Parser(source: source)
        var allSucceeded = true
        while let parsed = parser.next() {
            let outcome: StatementOutcome
            switch parsed {
            case .success(let statement):
                var warnings: [Diagnostic] = []
                let result = execute(statement, source: source, warnings: &warnings)
                outcome = StatementOutcome(range: statement.range, result: result, warnings: warnings)
            case .failure(let diagnostic):
                let advised = MistakeAdvisor.advise(syntax: diagnostic, source: source)
                outcome = StatementOutcome(range: diagnostic.range ?? .empty, result: .failure(advised))
            }
            handle(outcome)
            if case .failure = outcome.result {
                allSucceeded = false
                if !keepGoing { break }
            }
        }
        return allSucceeded
    }

    /// Polled between batches while a statement runs; returning true stops it with
    /// an "Interrupted" error (the shell sets this from Ctrl-C).
    public var isCancelled: @Sendable () -> Bool = { false }

    /// Runs one parsed statement from `source`. A statement that fails changes nothing.
    public func execute(_ statement: ParsedStatement, source: SourceText) -> Result<StatementResult, Diagnostic> {
        var warnings: [Diagnostic] = []
        return execute(statement, source: source, warnings: &warnings)
    }

    /// Runs one statement; a query that succeeds is checked for beginners' mistakes into `warnings`,
    /// and an error gets the advice that fits it (`MistakeAdvisor`).
    func execute(
        _ statement: ParsedStatement, source: SourceText, warnings: inout [Diagnostic]
    ) -> Result<StatementResult, Diagnostic> {
        let runner = StatementRunner(engine: self, source: source)
        do {
            let result = try runner.run(statement.statement)
            if case .select(let select) = statement.statement {
                warnings = MistakeWarnings(runner: runner).check(
                    select, withNotes: settings.notesCountsSkippingNull, result: result)
            }
            return .success(result)
        } catch {
            // An error found while running (out of memory, interrupted) has no place of its
            // own: point at the statement, so a script's report says which one failed.
            var located = MistakeAdvisor(catalog: catalog, source: source).advise(error, in: statement.statement)
            if located.range == nil { located.range = statement.range }
            return .failure(located)
        }
    }

    /// Runs `sql` and returns the last statement's result; throws the first diagnostic.
    /// A convenience for tests and the benchmark.
    @discardableResult
    public func query(_ sql: String) throws(Diagnostic) -> StatementResult {
        var last: Result<StatementResult, Diagnostic> = .success(.message(""))
        run(SourceText(name: "<query>", text: sql)) { last = $0.result }
        return try last.get()
    }
}
