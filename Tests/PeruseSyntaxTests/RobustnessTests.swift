import Foundation
import PeruseSyntax
import Testing

/// Inputs meant to break the parser: deep nesting, huge literals, random bytes.
@Suite struct RobustnessTests {
    static let tooDeep = "expression nested too deeply (more than 1000 levels)"

    static let deepInputs: [(name: String, text: String)] = {
        let n = 10_000
        return [
            ("parentheses", String(repeating: "(", count: n) + "1" + String(repeating: ")", count: n)),
            ("minus signs", String(repeating: "- ", count: n) + "x"),
            ("not", String(repeating: "not ", count: n) + "true"),
            ("function calls", String(repeating: "f(", count: n) + "1" + String(repeating: ")", count: n)),
            ("case", String(repeating: "case when true then ", count: n) + "1" + String(repeating: " end", count: n)),
            ("right-nested sums", String(repeating: "1 + (", count: n) + "1" + String(repeating: ")", count: n)),
            ("left-deep sum", String(repeating: "1 + ", count: n) + "1"),
            ("unclosed parentheses", String(repeating: "(", count: n)),
        ]
    }()

    @Test(arguments: deepInputs.map(\.name))
    func deepNestingIsADiagnostic(name: String) {
        let text = Self.deepInputs.first { $0.name == name }?.text ?? ""
        guard case .failure(let d) = Parser.parseExpression(text) else {
            Issue.record("\(name) parsed")
            return
        }
        #expect(d.message == Self.tooDeep)
        #expect(d.id == "syntax.too-deep")
        #expect(firstError("select " + text)?.message == Self.tooDeep)
    }

    @Test func nestingUpToTheLimitParses() {
        let n = 998
        let parens = String(repeating: "(", count: n) + "1" + String(repeating: ")", count: n)
        #expect(expr(parens) == int("1"))
        #expect(expr(String(repeating: "1 + ", count: 998) + "1") != nil)
        #expect(expr(String(repeating: "not ", count: 998) + "true") != nil)
    }

    /// A 512 KiB thread (macOS's secondary-thread size) in a debug build cannot hold 1000 levels:
    /// the stack guard turns that into the same diagnostic, at a lower depth.
    @Test(arguments: deepInputs.map(\.name))
    func deepNestingOnASmallStack(name: String) {
        let text = Self.deepInputs.first { $0.name == name }?.text ?? ""
        let outcome = onThread(stackSize: 512 * 1024) { Parser.parseExpression(text) }
        guard case .failure(let d)? = outcome else {
            Issue.record("\(name) parsed")
            return
        }
        #expect(d.id == "syntax.too-deep")
        #expect(d.message.hasPrefix("expression nested too deeply (more than "))
    }

    @Test func megabyteStringLiteral() {
        let payload = String(repeating: "abcdefghij", count: 100_000) + "''" + String(repeating: "x", count: 10)
        let clock = ContinuousClock()
        var query: SelectStatement?
        let elapsed = clock.measure { query = select("select '\(payload)' as big") }
        let expected = String(repeating: "abcdefghij", count: 100_000) + "'" + String(repeating: "x", count: 10)
        #expect(query?.items == [.expr(str(expected), alias: Identifier("big"))])
        #expect(elapsed < .seconds(5))
    }

    @Test func manyStatements() {
        let script = String(repeating: "insert into t values (1, 'a', 2.5);\n", count: 20_000)
        #expect(statements(script).count == 20_000)
    }

    @Test func randomBytesNeverTrap() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let bytes = (0..<Int.random(in: 0..<300, using: &generator)).map { _ in
                UInt8.random(in: 0...255, using: &generator)
            }
            var parser = Parser(source: SourceText(name: "t", bytes: bytes))
            var count = 0
            while parser.next() != nil { count += 1 }
            #expect(count <= bytes.count + 1)
        }
    }

    @Test func randomTokenSoupNeverTraps() {
        let words = [
            "select", "from", "where", "group", "by", "order", "(", ")", ",", ".", ";", "+", "-", "*",
            "/", "//", "%", "||", "=", "<>", "<", ">=", "::", "and", "or", "not", "is", "null", "in",
            "between", "like", "case", "when", "then", "else", "end", "cast", "as", "int", "x", "t",
            "1", "2.5", "'s'", "\"q\"", "count", "distinct", "limit", "offset", "nulls", "first",
            "create", "table", "insert", "into", "values", "drop", "if", "exists", "show", "tables",
            "describe", "@", "'", "\"", "/*", "--",
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 1..<40, using: &generator))
                .map { _ in words.randomElement(using: &generator) ?? "x" }
                .joined(separator: " ")
            var parser = Parser(source: SourceText(name: "t", text: text))
            while parser.next() != nil {}
            _ = Parser.parseExpression(text)
        }
    }

    @Test func garbageIsReportedNotParsed() {
        let source = SourceText(name: "t", bytes: [0xFF, 0xFE, 0x00, 0x40])
        guard case .failure(let d) = Parser.parseAll(source) else {
            Issue.record("garbage parsed")
            return
        }
        // U+FFFD counts as a letter, so the garbage starts with a name, not a statement.
        #expect(d.message == "syntax error at '\u{FFFD}\u{FFFD}'" || d.message.hasPrefix("unexpected character"))
    }
}

/// Runs `body` on a new thread with the given stack size and waits for its result.
func onThread<T: Sendable>(stackSize: Int, _ body: @escaping @Sendable () -> T) -> T? {
    let box = ResultBox<T>()
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
        box.value = body()
        done.signal()
    }
    thread.stackSize = stackSize
    thread.start()
    done.wait()
    return box.value
}

/// Carries a result from the thread that computes it to the one waiting on the semaphore.
private final class ResultBox<T>: @unchecked Sendable {
    var value: T?
}
