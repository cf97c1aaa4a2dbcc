import Foundation
import Testing

/// `peruse --verify FILE.md`: a handout's results are checked again, and a changed one is
/// reported at its line.
@Suite struct HandoutTests {
    static let handout = """
        # Extortion reports

        ```sql
        load 'reports.csv' as reports;
        select year, reports from reports order by year;
        ```

        | year | reports |
        |---:|---:|
        | 2021 | 4119 |
        | 2023 | 19401 |

        Source: Infobae (Policía Nacional).

        Is it "fivefold"?

        ```sql
        select round(max(reports) / min(reports), 2) as times from reports
        ```

        | times |
        |---:|
        | 4.71 |

        """

    @Test func passesThenFailsAfterTheDataChanges() throws {
        let directory = try TemporaryDirectory()
        _ = try directory.write("reports.csv", Data("year,reports\n2021,4119\n2023,19401\n".utf8))
        _ = try directory.write("handout.md", Data(Self.handout.utf8))
        let passing = try Peruse.run(["--verify", "handout.md"], in: directory)
        expectExit(passing, 0)
        #expect(passing.stdout == "handout.md: 2 results verified\n")
        #expect(passing.stderr == "")

        _ = try directory.write("reports.csv", Data("year,reports\n2021,4119\n2023,20595\n".utf8))
        let failing = try Peruse.run(["--verify", "handout.md"], in: directory)
        expectExit(failing, 1)
        #expect(failing.stdout == "")
        #expect(
            failing.stderr == """
                handout.md:8: result changed
                  expected:
                    | year | reports |
                    |---:|---:|
                    | 2021 | 4119 |
                    | 2023 | 19401 |
                  now:
                    | year | reports |
                    |---:|---:|
                    | 2021 | 4119 |
                    | 2023 | 20595 |
                handout.md:21: result changed
                  expected:
                    | times |
                    |---:|
                    | 4.71 |
                  now:
                    | times |
                    |---:|
                    | 5.0 |

                """)
    }

    @Test func aFailingQueryIsReportedAtItsLineInTheFile() throws {
        let directory = try TemporaryDirectory()
        let text = "Intro\n\n```sql\nselect year\nfrom crime where rat > 1\n```\n\n| year |\n|---:|\n"
        let path = try directory.write("broken.md", Data(text.utf8))
        let run = try Peruse.run(["--verify", path])
        expectExit(run, 1)
        #expect(run.stderr.hasPrefix("\(path):5:18: error: no such column: rat\nfrom crime where rat > 1\n"))
    }

    @Test func aQueryWithNoResultUnderItIsReported() throws {
        let directory = try TemporaryDirectory()
        _ = try directory.write("bare.md", Data("```sql\nselect 1 as one\n```\n\nNo table here.\n".utf8))
        let run = try Peruse.run(["--verify", "bare.md"], in: directory)
        expectExit(run, 1)
        #expect(run.stderr == "bare.md:2: no result under the query\n  now:\n    | one |\n    |---:|\n    | 1 |\n")
    }

    @Test func statementsWithoutRowsNeedNoTableAndStateCarriesOn() throws {
        let directory = try TemporaryDirectory()
        let text = """
            ```sql
            create table t (región varchar, año bigint);
            insert into t values ('Lima', 2023);
            ```

            ```sql
            select * from t
            ```

            | región | año |
            |---|---:|
            | Lima | 2023 |

            """
        _ = try directory.write("state.md", Data(text.utf8))
        let run = try Peruse.run(["--verify", "state.md"], in: directory)
        expectExit(run, 0)
        #expect(run.stdout == "state.md: 1 result verified\n")
    }

    @Test func verifyStandsAlone() throws {
        expectExit(try Peruse.run(["--verify", "a.md", "-c", "select 1"]), 2)
        let missing = try Peruse.run(["--verify", "no-such-handout.md"])
        expectExit(missing, 2)
        #expect(missing.stderr.hasPrefix("peruse: cannot open 'no-such-handout.md'"))
    }
}
