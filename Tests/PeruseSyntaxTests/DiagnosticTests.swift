import PeruseSyntax
import Testing

/// Errors as the user sees them: `DiagnosticRenderer` output, compared as exact text.
@Suite struct DiagnosticTests {
    @Test func misspeltStatementKeyword() {
        #expect(
            renderedError("selct rate from crime") == """
                test.sql:1:1: error: syntax error at 'selct'
                selct rate from crime
                ^~~~~
                help: did you mean 'select'?
                    select rate from crime
                """)
    }

    @Test func misspeltClauseKeywordReadAsAlias() {
        #expect(
            renderedError("select rate form crime") == """
                test.sql:1:13: error: syntax error at 'form'
                select rate form crime
                            ^~~~
                help: did you mean 'from'?
                    select rate from crime
                """)
    }

    @Test func expectedExpressionAtEndOfInput() {
        #expect(
            renderedError("select rate from crime where") == """
                test.sql:1:29: error: expected expression after 'where'
                select rate from crime where
                                            ^
                """)
    }

    @Test func expectedClosingParenthesis() {
        #expect(
            renderedError("select (1 + 2 from t") == """
                test.sql:1:15: error: expected ')' after expression
                select (1 + 2 from t
                              ^~~~
                help: write ')' here
                    select (1 + 2) from t
                """)
    }

    @Test func expectedTableName() {
        #expect(
            renderedError("select rate from") == """
                test.sql:1:17: error: expected table name after 'from'
                select rate from
                                ^
                """)
        #expect(
            renderedError("select * from order") == """
                test.sql:1:15: error: expected table name after 'from'
                select * from order
                              ^~~~~
                help: 'order' is a keyword; write "order" to use it as a name
                """)
    }

    @Test func errorOnALaterLine() {
        #expect(
            renderedError("select 1;\nselect a\n  from t order x") == """
                test.sql:3:16: error: expected 'by' after 'order'
                  from t order x
                               ^
                help: write 'by' here
                      from t order by x
                """)
    }

    @Test func caretUnderNonASCIIAndTabs() {
        #expect(
            renderedError("select año,\t@ from t") == """
                test.sql:1:13: error: unexpected character '@'
                select año,\t@ from t
                           \t^
                """)
    }

    @Test func unterminatedString() {
        #expect(
            renderedError("select 'abc") == """
                test.sql:1:8: error: unterminated string
                select 'abc
                       ^
                """)
    }

    @Test func unterminatedComment() {
        #expect(
            renderedError("select 1 /* to do") == """
                test.sql:1:10: error: unterminated block comment
                select 1 /* to do
                         ^~
                """)
    }

    @Test func otherExpectations() {
        #expect(firstError("select a from t order by a nulls")?.message == "expected 'first' or 'last' after 'nulls'")
        #expect(firstError("create table t (a int,)")?.message == "expected column name after ','")
        #expect(firstError("create table t")?.message == "expected '(' or 'as' after table name")
        #expect(firstError("create table t (a)")?.message == "expected type name after column name")
        #expect(firstError("create view v")?.message == "expected 'table' after 'create'")
        #expect(firstError("insert t values (1)")?.message == "expected 'into' after 'insert'")
        #expect(firstError("insert into t (a) (1)")?.message == "expected 'values' or query after column names")
        #expect(firstError("select cast(1 int)")?.message == "expected 'as' after expression in 'cast'")
        #expect(firstError("select case 1 end")?.message == "expected 'when' after case operand")
        #expect(firstError("select case when 1 then 2")?.message == "expected 'end' after 'then' result")
        #expect(firstError("select x in 1")?.message == "expected '(' after 'in'")
        #expect(firstError("select x = all 1")?.message == "expected '(' after 'all'")
        #expect(firstError("select x = any (1, 2)")?.message == "expected query after 'any ('")
        #expect(firstError("select x like 'a' escape")?.message == "expected expression after 'escape'")
        #expect(firstError("select x between 1 or 2")?.message == "expected 'and' after lower bound of 'between'")
        #expect(firstError("select x is 1")?.message == "expected 'null' after 'is'")
        #expect(firstError("select f(1")?.message == "expected ')' after function arguments")
        #expect(firstError("select 1 +")?.message == "expected expression after '+'")
        #expect(firstError("select 1 2")?.message == "syntax error at '2'")
        #expect(firstError("show table")?.message == "expected 'tables' after 'show'")
        #expect(firstError("drop t")?.message == "expected 'table' after 'drop'")
        #expect(firstError("select x::")?.message == "expected type name after '::'")
        #expect(firstError("select x::varchar(n)")?.message == "expected integer after '(' in type 'varchar'")
        #expect(firstError("select 12abc")?.message == "invalid number '12abc'")
    }

    @Test func diagnosticsHaveStableIDs() {
        #expect(firstError("selct 1")?.id == "syntax.unexpected")
        #expect(firstError("select")?.id == "syntax.expected")
        #expect(firstError("select 'x")?.id == "syntax.unterminated-string")
        #expect(firstError("select #")?.id == "syntax.unexpected-character")
    }
}

@Suite struct SuggestionTests {
    @Test func closeWordsMatch() {
        #expect(closestMatch("selct", among: ["select", "from"]) == "select")
        #expect(closestMatch("form", among: ["select", "from"]) == "from")
        #expect(closestMatch("rat", among: ["year", "rate"]) == "rate")
        #expect(closestMatch("RAET", among: ["rate"]) == "rate")
        #expect(closestMatch("region", among: ["año", "región"]) == "región")
    }

    @Test func distantWordsDoNot() {
        #expect(closestMatch("crime", among: ["create", "case"]) == nil)
        #expect(closestMatch("b", among: ["by", "a"]) == nil)
        #expect(closestMatch("", among: ["a"]) == nil)
        #expect(closestMatch("anything", among: []) == nil)
    }

    @Test func closestWinsAndTiesGoFirst() {
        #expect(closestMatch("rates", among: ["rate", "rates2", "rates"]) == "rates")
        #expect(closestMatch("cat", among: ["car", "bat"]) == "car")
    }

    @Test func aWordCutShortPrefersTheWordItBegins() {
        #expect(closestMatch("wher", among: ["when", "where"], preferringCutShort: true) == "where")
        #expect(closestMatch("grou", among: ["grow", "group"], preferringCutShort: true) == "group")
        #expect(closestMatch("wher", among: ["when", "where"]) == "when", "otherwise the first listed")
    }
}
