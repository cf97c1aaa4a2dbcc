// libFuzzer entry point: arbitrary bytes through the lexer and the parser, every statement,
// and every diagnostic rendered with its caret. Built only by Tests/fuzz/run.sh.
import PeruseSyntax

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSyntax(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let source = SourceText(name: "<fuzz>", bytes: Array(UnsafeBufferPointer(start: data, count: size)))
    var parser = Parser(source: source)
    while let parsed = parser.next() {
        switch parsed {
        case .success(let statement): _ = source.slice(statement.range)
        case .failure(let diagnostic): _ = DiagnosticRenderer.render(diagnostic, in: source)
        }
    }
    return 0
}
