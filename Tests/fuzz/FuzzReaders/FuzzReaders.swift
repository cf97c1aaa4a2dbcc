// libFuzzer entry point: arbitrary bytes as a file for the CSV and JSON readers (the first
// byte picks .csv, .tsv, .json or a file without an extension, which is sniffed), and the
// loaded table rendered. Built only by Tests/fuzz/run.sh.
import Foundation
import PeruseIO
import PeruseStorage

/// One scratch file per process: the readers take a path.
let scratchDirectory = FileManager.default.temporaryDirectory.path + "/peruse-fuzz-\(getpid())"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReaders(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard size > 0 else { return 0 }
    let extensions = [".csv", ".tsv", ".json", ""]
    let path = scratchDirectory + "/input" + extensions[Int(data[0]) % extensions.count]
    try? FileManager.default.createDirectory(atPath: scratchDirectory, withIntermediateDirectories: true)
    let contents = Data(bytes: data + 1, count: size - 1)
    guard FileManager.default.createFile(atPath: path, contents: contents) else { return 0 }
    defer { try? FileManager.default.removeItem(atPath: path) }
    do throws(FileError) {
        let table = try TableLoader.load(path: path, displayPath: "input")
        let result = ResultTable(columnNames: table.schema.map(\.name), columns: table.columns)
        _ = Renderer.render(result, options: RenderOptions(format: .table))
        _ = Renderer.render(result, options: RenderOptions(format: .csv))
    } catch {
        _ = error.description
    }
    return 0
}
