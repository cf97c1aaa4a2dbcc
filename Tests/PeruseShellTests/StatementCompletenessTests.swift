import PeruseShell
import Testing

@Suite struct StatementCompletenessTests {
    @Test(arguments: [
        "select rate from crime",
        "select 1",
        "select *",
        "from crime",
        "select count(*) from crime",
        "select 'open (' as s",
        "select 1; select 2",
        "select 1 -- a comment",
        "select 1 /* done */",
        "select 1 from crime where;",
        "select (1;",
        "-- only a comment",
        "describe crime",
        "show tables",
        "select year from crime order by year desc nulls last",
    ])
    func complete(_ text: String) {
        #expect(StatementCompleteness.isComplete(text))
    }

    @Test(arguments: [
        "select 'Lima",
        "select \"open name",
        "select 1 /* still",
        "select (1 +",
        "select count(",
        "select year,",
        "select rate +",
        "select rate ||",
        "select rate from crime where",
        "select rate from crime where year > 2020 and",
        "select rate from crime where year > 2020 or",
        "select source from crime group by",
        "select rate from crime order by",
        "select rate from",
        "select",
        "select cast(rate as",
        "select rate from crime where rate between",
        "select 1; select rate from crime where",
        "select 'it''s",
        "select rate::",
        "select a from t join",
        "select a from t join u on",
    ])
    func incomplete(_ text: String) {
        #expect(!StatementCompleteness.isComplete(text))
    }
}
