import Foundation
import Testing

/// The shell in a real terminal (tmux): what a person types, and what the screen then shows.
@Suite(.serialized) struct TerminalTests {
    @Test func typeAQueryAndReadTheScreen() throws {
        let t = try TmuxSession()
        try t.waitFor("Type .help for help.")
        #expect(try t.screen().hasPrefix("peruse 0.1.0 (tables: crime, events, extortion, indicators, sources)."))
        try t.type("select year, rate from crime where year >= 2022")
        try t.press("Enter")
        try t.waitFor("2 rows")
        let screen = try t.screen()
        #expect(screen.contains(#/│ +2022 │ +15\.4 │/#), "\(screen)")
        #expect(screen.contains(#/│ +2023 │ +18\.0 │/#))
        try t.waitForPrompt(count: 2)
    }

    @Test func unfinishedStatementsContinueAndErrorsShowACaret() throws {
        let t = try TmuxSession()
        try t.waitForPrompt(count: 1)
        try t.type("select rat from crime where")
        try t.press("Enter")
        try t.waitFor("   ...>")
        try t.type("year = 2019")
        try t.press("Enter")
        try t.waitFor("no such column: rat")
        #expect(try t.screen().contains("select rat from crime where\n       ^~~\nhelp: did you mean \"rate\"?"))
    }

    @Test func upArrowRecallsAMultiLineStatement() throws {
        let t = try TmuxSession()
        try t.waitForPrompt(count: 1)
        try t.type("select year,")
        try t.press("Enter")
        try t.type("rate * 2 as twice from crime where year = 2023")
        try t.press("Enter")
        try t.waitFor("36.0")
        try t.waitForPrompt(count: 2)
        try t.press("Up")
        try t.waitFor("rate * 2 as twice from crime where year = 2023", count: 2)
        try t.press("Enter")
        try t.waitFor("36.0", count: 2)
    }

    @Test func tabCompletesAColumnName() throws {
        let t = try TmuxSession()
        try t.waitForPrompt(count: 1)
        try t.type("select ra")
        try t.press("Tab")
        try t.waitFor("peruse> select rate")
        try t.type("from crime where year = 2019")
        try t.waitFor("peruse> select rate from crime where year = 2019")
        try t.press("Enter")
        try t.waitFor("5.5")
    }

    @Test func tabListsTablesAfterFrom() throws {
        let t = try TmuxSession()
        try t.waitForPrompt(count: 1)
        try t.type("from e")
        try t.press("Tab", "Tab")
        try t.waitFor("events      extortion") { $0.contains("events") && $0.contains("extortion") }
    }

    @Test func ctrlCCancelsALongQueryAndTheNextOneRuns() throws {
        let t = try TmuxSession()
        try t.waitForPrompt(count: 1)
        // 2^22 rows by doubling, then a grouping over about a million keys that runs for seconds.
        var setup = "create table t as select 1 as x;"
        var size = 1
        for _ in 0..<22 {
            setup += " insert into t select x + \(size) from t;"
            size *= 2
        }
        try t.type(setup)
        try t.press("Enter")
        try t.waitFor("inserted 2097152 rows", timeout: .seconds(60))
        try t.waitForPrompt(count: 2)
        try t.type(
            "select x % 1000003 as k, count(*) as n, sum(x * 2 + 1) as s from t group by k order by s desc limit 1")
        try t.press("Enter")
        Thread.sleep(forTimeInterval: 0.5)
        let pressed = ContinuousClock.now
        try t.press("C-c")
        try t.waitFor("Interrupted", timeout: .seconds(5))
        let latency = ContinuousClock.now - pressed
        #expect(latency < .seconds(1), "cancelled after \(latency)")
        #expect(try !t.screen().contains(#/│ +k +│/#), "the query did not finish")
        try t.type("select count(*) as rows_in_t from t")
        try t.press("Enter")
        try t.waitFor("4194304")
        #expect(try !t.screen().contains("[exit"), "Ctrl-C never exits the shell")
    }

    @Test func ctrlCAtThePromptClearsTheLineAndCtrlDExitsZero() throws {
        let t = try TmuxSession()
        try t.waitForPrompt(count: 1)
        try t.type("select 'never run' as x")
        try t.waitFor("'never run'")
        try t.press("C-c")
        try t.waitFor("use Ctrl-D or .quit to exit")
        try t.waitForPrompt(count: 2)
        try t.press("C-c")
        try t.waitForPrompt(count: 3)
        #expect(try t.screen().components(separatedBy: "use Ctrl-D").count == 2, "said once")
        try t.type("select 41 + 1 as answer")
        try t.press("Enter")
        try t.waitFor("42")
        #expect(try !t.screen().contains("never run\n"))
        try t.press("C-d")
        try t.waitFor("[exit 0]")
    }

    @Test func historySurvivesARestart() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("peruse-tmux-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let first = try TmuxSession(home: home)
        try first.waitForPrompt(count: 1)
        try first.type("select 'remember me' as m")
        try first.press("Enter")
        try first.waitFor("1 row")
        try first.type(".quit")
        try first.press("Enter")
        try first.waitFor("[exit 0]")
        let second = try TmuxSession(home: home)
        try second.waitForPrompt(count: 1)
        try second.press("Up")
        try second.waitFor("peruse> .quit")
        try second.press("Up")
        try second.waitFor("peruse> select 'remember me' as m")
    }

    @Test func pastingAScriptRunsEveryStatement() throws {
        let t = try TmuxSession(["--format", "csv"])
        try t.waitForPrompt(count: 1)
        try t.paste("select 1 as first;\nselect 2\n  as second;\n.mode line\nselect 3 as third;\n")
        try t.waitFor("select 3 as third;")
        try t.press("Enter")
        try t.waitFor("third = 3")
        let screen = try t.screen()
        #expect(screen.contains("first\n1\n"), "\(screen)")
        #expect(screen.contains("second\n2\n"))
    }

    @Test func inputrcViModeWorks() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("peruse-tmux-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        try "set editing-mode vi\n".write(to: home.appendingPathComponent("inputrc"), atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: home) }
        let t = try TmuxSession(home: home)
        try t.waitForPrompt(count: 1)
        // In vi mode: Escape, 0 (start of line), i (insert) puts the missing "s" back.
        try t.type("elect 7 as seven")
        try t.press("Escape")
        try t.type("0is")
        try t.press("Enter")
        try t.waitFor("a result of 7") { $0.contains(#/│ +7 │/#) }
    }

    @Test func resultsFitTheTerminalWithColourUnlessNoColor() throws {
        let t = try TmuxSession(width: 60)
        try t.waitForPrompt(count: 1)
        try t.type(".maxrows 10")
        try t.press("Enter")
        try t.type("select name, value, unit, year, place, source, note from indicators")
        try t.press("Enter")
        try t.waitFor("31 rows × 7 columns")
        let screen = try t.screen()
        #expect(screen.contains("… "), "middle columns elided")
        #expect(screen.contains("more rows …"), "middle rows elided")
        #expect(screen.split(separator: "\n").allSatisfy { $0.count <= 60 })
        #expect(try t.screen(withEscapes: true).contains("\u{1B}[1mname"), "bold header")

        let plain = try TmuxSession(width: 60, environment: ["NO_COLOR": "1"])
        try plain.waitForPrompt(count: 1)
        try plain.type("select name from indicators limit 1")
        try plain.press("Enter")
        try plain.waitFor("1 row")
        #expect(try !plain.screen(withEscapes: true).contains("\u{1B}[1m"))
    }

    @Test func wideAndAccentedTextLinesUp() throws {
        let t = try TmuxSession()
        try t.waitForPrompt(count: 1)
        try t.type("create table p as select 'Apurímac' as place; insert into p values ('Huánuco'), ('中文');")
        try t.press("Enter")
        try t.waitFor("inserted 2 rows")
        try t.type("from p")
        try t.press("Enter")
        try t.waitFor("3 rows")
        let lines = try t.screen().split(separator: "\n").filter { $0.hasPrefix("│") }
        #expect(lines.contains("│ Apurímac │"))
        #expect(lines.contains("│ Huánuco  │"))
        #expect(lines.contains("│ 中文     │"))
    }

    @Test func lastShowsThePreviousResultInThePager() throws {
        let t = try TmuxSession(height: 80)
        try t.waitForPrompt(count: 1)
        try t.type(".maxrows 4")
        try t.press("Enter")
        try t.type("from indicators")
        try t.press("Enter")
        try t.waitFor("more rows")
        try t.type(".last")
        try t.press("Enter")
        try t.waitFor("31 rows", count: 2)
        #expect(try t.screen().contains("prison"), "rows the shell left out are in the pager")
    }

    @Test func ctrlCStopsAScriptWithStatus130() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("peruse-tmux-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        var script = "create table t as select 1 as x;\n"
        var size = 1
        for _ in 0..<22 {
            script += "insert into t select x + \(size) from t;\n"
            size *= 2
        }
        script +=
            "select x % 1000003 as k, count(*) as n, sum(x * 2 + 1) as s from t group by k order by s desc limit 1;\n"
        script += "select 'never reached' as after;\n"
        let path = home.appendingPathComponent("slow.sql").path
        try script.write(toFile: path, atomically: true, encoding: .utf8)
        let t = try TmuxSession([path], home: home)
        Thread.sleep(forTimeInterval: 1.5)
        try t.press("C-c")
        try t.waitFor("[exit 130]")
        #expect(try !t.screen().contains("never reached"))
    }
}
