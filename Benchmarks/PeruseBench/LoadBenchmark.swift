import PeruseIO
import PeruseStorage

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `--load PATH`: times loading a CSV (or JSON) file through `TableLoader`, the reader behind
/// `load` and `--load`, and reports MB/s and resident memory after the load beside the raw
/// bytes of the loaded column buffers. Runs in a process of its own (no generated table), so
/// the memory figure is the load's alone.
enum LoadBenchmark {
    static func run(path: String, runs: Int) -> [(String, JSON)] {
        let rssBefore = procStatusBytes("VmRSS") ?? 0
        var times: [Double] = []
        var last: LoadedTable?
        for _ in 0..<max(1, runs) {
            last = nil  // free the previous table before timing the next load
            let start = nowNanos()
            do {
                last = try TableLoader.load(path: path, displayPath: path)
            } catch {
                warn("PeruseBench: \(error)")
                exit(1)
            }
            times.append(Double(nowNanos() - start) / 1e6)
        }
        let rssAfter = procStatusBytes("VmRSS") ?? 0
        let peak = procStatusBytes("VmHWM") ?? 0
        guard let table = last else { return [] }
        let raw = rawColumnBytes(Table(name: "loaded", schema: table.schema, columns: table.columns))
        let ms = median(times)
        let mbPerSecond = Double(table.byteCount) / 1e6 / (ms / 1000)
        report("PeruseBench: load \(path) (\(fixed(Double(table.byteCount) / 1e6, 1)) MB)")
        report("  rows × columns    \(table.rowCount) × \(table.schema.count)  [\(table.formatDescription)]")
        report("  schema            " + table.schema.map { "\($0.name) \($0.type)" }.joined(separator: ", "))
        report("  load median       \(fixed(ms, 1)) ms of \(times.count) (\(fixed(mbPerSecond, 1)) MB/s)")
        report(
            "  RSS after load    \(megabytes(rssAfter)) (before: \(megabytes(rssBefore)); peak \(megabytes(peak))); "
                + "raw column bytes \(megabytes(raw.buffers)); RSS/raw \(fixed(Double(rssAfter) / Double(max(1, raw.buffers)), 3))x"
        )
        return [
            ("load_path", .string(path)),
            ("load_bytes", .int(Int64(table.byteCount))),
            ("load_rows", .int(Int64(table.rowCount))),
            ("load_ms", .double(ms)),
            ("load_runs_ms", .array(times.map { .double($0) })),
            ("load_mb_per_s", .double(mbPerSecond)),
            ("load_rss_bytes", .int(Int64(rssAfter))),
            ("load_peak_rss_bytes", .int(Int64(peak))),
            ("load_raw_bytes", .int(Int64(raw.buffers))),
        ]
    }
}
