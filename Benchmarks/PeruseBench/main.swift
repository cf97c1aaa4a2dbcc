import PeruseEngine
import PeruseStorage

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// PeruseBench: generates the synthetic `events` table in memory and times the queries
// through `Engine.query`. See Benchmarks/README.md.

struct Options {
    var rows = 10_000_000
    var seed: UInt64 = 42
    var runs = 5
    var warmups = 1
    var csvPath: String?
    var loadPath: String?
    var jsonPath: String?
    var skipQueries = false
    var only: Set<String> = []
}

let usage = """
    usage: PeruseBench [options]
      --rows N          rows of the generated `events` table (default 10000000)
      --seed S          PRNG seed (default 42)
      --runs K          timed runs per query; the median is reported (default 5)
      --warmups W       untimed runs before timing (default 1)
      --query Qn        run only this query (repeatable: --query Q1 --query 3)
      --csv PATH        also write the generated table as CSV to PATH
      --skip-queries    generate (and write the CSV) only
      --load PATH       only time loading PATH (a CSV or JSON file) --runs times; no generation
      --json PATH       write results as JSON to PATH ('-' = stdout; the report then goes to stderr)
      -h, --help        this text
    """

func parseOptions() -> Options {
    var o = Options()
    var args = CommandLine.arguments.dropFirst()
    func value(_ flag: String) -> String {
        guard let v = args.popFirst() else {
            warn("PeruseBench: \(flag) needs a value\n\(usage)")
            exit(2)
        }
        return v
    }
    func number<T: FixedWidthInteger>(_ flag: String, _: T.Type) -> T {
        let v = value(flag)
        guard let n = T(v.filter { $0 != "_" }), n >= 0 else {
            warn("PeruseBench: \(flag) expects a non-negative integer, got '\(v)'")
            exit(2)
        }
        return n
    }
    while let a = args.popFirst() {
        switch a {
        case "--rows", "-n": o.rows = number(a, Int.self)
        case "--seed": o.seed = number(a, UInt64.self)
        case "--runs": o.runs = max(1, number(a, Int.self))
        case "--warmups": o.warmups = number(a, Int.self)
        case "--query", "-q":
            let q = value(a).uppercased()
            o.only.insert(q.hasPrefix("Q") ? q : "Q" + q)
        case "--csv": o.csvPath = value(a)
        case "--load": o.loadPath = value(a)
        case "--json": o.jsonPath = value(a)
        case "--skip-queries": o.skipQueries = true
        case "-h", "--help":
            print(usage)
            exit(0)
        default:
            warn("PeruseBench: unknown option '\(a)'\n\(usage)")
            exit(2)
        }
    }
    let known = Set(benchQueries.map(\.id))
    for q in o.only where !known.contains(q) {
        warn("PeruseBench: unknown query '\(q)' (have \(benchQueries.map(\.id).joined(separator: ", ")))")
        exit(2)
    }
    return o
}

let options = parseOptions()
/// The human-readable report goes to stdout, or to stderr when JSON takes stdout.
let reportToStderr = options.jsonPath == "-"
func report(_ s: String) {
    if reportToStderr { warn(s) } else { print(s) }
}

var json: [(String, JSON)] = [
    ("rows", .int(Int64(options.rows))),
    ("seed", .int(Int64(bitPattern: options.seed))),
    ("runs", .int(Int64(options.runs))),
    ("warmups", .int(Int64(options.warmups))),
]

// MARK: Load only

if let path = options.loadPath {
    json += LoadBenchmark.run(path: path, runs: options.runs)
    if let out = options.jsonPath {
        let text = JSON.object(json).render() + "\n"
        if out == "-" {
            print(text, terminator: "")
        } else if let f = fopen(out, "w") {
            fputs(text, f)
            fclose(f)
        }
    }
    fflush(nil)
    exit(0)
}

// MARK: Generate

let rssBefore = procStatusBytes("VmRSS") ?? 0
let t0 = nowNanos()
let engine: Engine
do {
    let table = EventsGenerator.generate(rows: options.rows, seed: options.seed)
    var catalog = Catalog()
    catalog.put(table)
    engine = Engine(catalog: catalog)
}
let generationMs = Double(nowNanos() - t0) / 1e6
let rssAfter = procStatusBytes("VmRSS") ?? 0
let events = engine.catalog.table("events")!
do {
    try engine.query(regionsTableSQL)
} catch {
    warn("PeruseBench: could not create the regions table: \(error.message)")
    exit(1)
}
let raw = rawColumnBytes(events)
let ratio = raw.buffers > 0 ? Double(rssAfter) / Double(raw.buffers) : 0

report("PeruseBench: events, \(options.rows) rows, seed \(options.seed)")
let nsPerGeneratedRow = generationMs * 1e6 / Double(max(1, options.rows))
report("  generation        \(fixed(generationMs, 1)) ms  (\(fixed(nsPerGeneratedRow, 2)) ns/row)")
report(
    "  raw column bytes  \(megabytes(raw.buffers))  (\(raw.buffers) B: 8/BIGINT|DOUBLE row, 4/code, "
        + "validity bits; dictionaries \(raw.dictionaries) B)")
report(
    "  RSS after gen     \(megabytes(rssAfter))  (before: \(megabytes(rssBefore)); "
        + "ratio RSS/raw \(fixed(ratio, 3))x, target <= 1.5x)")
json += [
    ("generation_ms", .double(generationMs)),
    ("raw_bytes", .int(Int64(raw.buffers))),
    ("dictionary_bytes", .int(Int64(raw.dictionaries))),
    ("rss_before_bytes", .int(Int64(rssBefore))),
    ("rss_bytes", .int(Int64(rssAfter))),
    ("rss_over_raw", .double(ratio)),
]

// MARK: CSV

if let path = options.csvPath {
    let c0 = nowNanos()
    do {
        var writer = try CSVWriter(path: path)
        try writer.write(events)
    } catch {
        warn("PeruseBench: \(error)")
        exit(1)
    }
    let csvMs = Double(nowNanos() - c0) / 1e6
    report("  CSV written       \(path) in \(fixed(csvMs, 1)) ms")
    json += [("csv_path", .string(path)), ("csv_ms", .double(csvMs))]
}

// MARK: Queries

func firstRow(_ r: ResultTable) -> [Value] {
    guard r.rowCount > 0 else { return [] }
    return (0..<r.columns.count).map { r.value(row: 0, column: $0) }
}

func display(_ v: Value) -> String {
    switch v {
    case .null: "NULL"
    case .varchar(let s): "'" + s + "'"
    default: ValueFormatter.text(v) ?? "NULL"
    }
}

var anyFailed = false
if !options.skipQueries {
    var queryJSON: [JSON] = []
    report("")
    report("  query  median ms    ns/row  first row")
    for q in benchQueries where options.only.isEmpty || options.only.contains(q.id) {
        var times: [Double] = []
        var last: ResultTable?
        var failure: String?
        for run in 0..<(options.warmups + options.runs) {
            let s = nowNanos()
            let result: StatementResult
            do {
                result = try engine.query(q.sql)
            } catch {
                failure = "\(error.id): \(error.message)"
                break
            }
            let ms = Double(nowNanos() - s) / 1e6
            guard case .rows(let r) = result else {
                failure = "returned a message, not rows"
                break
            }
            if run >= options.warmups { times.append(ms) }
            last = r
        }
        if let failure {
            anyFailed = true
            report("  \(pad(q.id, 5))  FAILED: \(failure)")
            queryJSON.append(.object([("id", .string(q.id)), ("sql", .string(q.sql)), ("error", .string(failure))]))
            continue
        }
        let med = median(times)
        let nsPerRow = med * 1e6 / Double(max(1, options.rows))
        let row = last.map(firstRow) ?? []
        let rowCount = last?.rowCount ?? 0
        report(
            "  \(pad(q.id, 5))  \(pad(fixed(med, 2), 9, right: true))  \(pad(fixed(nsPerRow, 3), 8, right: true))  "
                + "(" + row.map(display).joined(separator: ", ") + ")  [\(rowCount) row\(rowCount == 1 ? "" : "s")]")
        queryJSON.append(
            .object([
                ("id", .string(q.id)),
                ("sql", .string(q.sql)),
                ("median_ms", .double(med)),
                ("runs_ms", .array(times.map { .double($0) })),
                ("ns_per_row", .double(nsPerRow)),
                ("result_rows", .int(Int64(rowCount))),
                ("columns", .array((last?.columnNames ?? []).map { .string($0) })),
                ("first_row", .array(row.map(JSON.value))),
            ]))
    }
    json.append(("queries", .array(queryJSON)))
}

if let path = options.jsonPath {
    let text = JSON.object(json).render() + "\n"
    if path == "-" {
        print(text, terminator: "")
    } else if let f = fopen(path, "w") {
        fputs(text, f)
        fclose(f)
    } else {
        warn("PeruseBench: cannot write \(path)")
        exit(1)
    }
}
fflush(nil)
exit(anyFailed ? 1 : 0)
