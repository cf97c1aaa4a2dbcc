import PeruseSyntax
import Testing

@Suite struct StatementTests {
    @Test func fullSelect() {
        var expected = SelectStatement()
        expected.distinct = true
        expected.items = [
            .expr(col("region"), alias: nil),
            .expr(call("avg", col("rate")), alias: Identifier("r")),
        ]
        expected.from = TableRef(name: Identifier("crime"), alias: Identifier("c"))
        expected.whereClause = bin(.greater, col("year"), int("2000"))
        expected.groupBy = [col("region")]
        expected.having = bin(.greater, call("count", Expr(.star)), int("1"))
        expected.orderBy = [
            OrderItem(expr: col("r"), ascending: false, nullsFirst: false),
            OrderItem(expr: col("region")),
        ]
        expected.limit = int("10")
        expected.offset = int("5")
        #expect(
            select(
                """
                SELECT DISTINCT region, avg(rate) AS r FROM crime AS c WHERE year > 2000
                GROUP BY region HAVING count(*) > 1 ORDER BY r DESC NULLS LAST, region LIMIT 10 OFFSET 5
                """) == expected)
    }

    @Test func aliasesWithoutAs() {
        var expected = SelectStatement()
        expected.items = [.expr(col("rate"), alias: Identifier("r"))]
        expected.from = TableRef(name: Identifier("crime"), alias: Identifier("c"))
        #expect(select("select rate r from crime c") == expected)
    }

    @Test func stars() {
        let query = select("select *, c.*, 1 from crime c")
        #expect(
            query?.items == [
                .star(table: nil, range: .empty), .star(table: Identifier("c"), range: .empty),
                .expr(int("1"), alias: nil),
            ])
    }

    @Test func selectWithoutFrom() {
        var expected = SelectStatement()
        expected.items = [.expr(bin(.add, int("1"), int("1")), alias: Identifier("two"))]
        #expect(select("select 1 + 1 as two") == expected)
        #expect(select("select all 1")?.distinct == false)
    }

    @Test func offsetBeforeOrWithoutLimit() {
        #expect(select("select 1 offset 2 limit 3")?.limit == int("3"))
        #expect(select("select 1 offset 2 limit 3")?.offset == int("2"))
        #expect(select("select 1 offset 2")?.limit == nil)
    }

    @Test func orderDirections() {
        let items = select("select a from t order by a asc nulls first, b desc")?.orderBy
        #expect(
            items == [
                OrderItem(expr: col("a"), ascending: true, nullsFirst: true),
                OrderItem(expr: col("b"), ascending: false),
            ])
    }

    @Test func fromFirst() {
        var star = SelectStatement()
        star.items = [.star(table: nil, range: .empty)]
        star.from = TableRef(name: Identifier("crime"))
        star.whereClause = bin(.equal, col("year"), int("2021"))
        #expect(select("from crime where year = 2021") == star)

        var projected = SelectStatement()
        projected.items = [.expr(col("year"), alias: nil), .expr(col("rate"), alias: nil)]
        projected.from = TableRef(name: Identifier("crime"))
        projected.orderBy = [OrderItem(expr: col("rate"))]
        #expect(select("FROM crime SELECT year, rate ORDER BY rate") == projected)
        #expect(select("from crime c select distinct c.year")?.distinct == true)
    }

    @Test func createTable() {
        let columns = [
            ColumnDefinition(name: Identifier("year"), type: TypeName("integer")),
            ColumnDefinition(name: Identifier("name"), type: TypeName("varchar")),
            ColumnDefinition(name: Identifier("rate"), type: TypeName("double precision")),
            ColumnDefinition(name: Identifier("amount"), type: TypeName("decimal")),
        ]
        #expect(
            statement("create table t (year integer, name varchar(20), rate double precision, amount decimal(10,2))")
                == .createTable(name: Identifier("t"), columns: columns, ifNotExists: false))
        #expect(
            statement("CREATE TABLE IF NOT EXISTS t (x int)")
                == .createTable(
                    name: Identifier("t"), columns: [ColumnDefinition(name: Identifier("x"), type: TypeName("INT"))],
                    ifNotExists: true))
    }

    @Test func createTableAs() {
        var query = SelectStatement()
        query.items = [.star(table: nil, range: .empty)]
        query.from = TableRef(name: Identifier("crime"))
        #expect(
            statement("create table t as select * from crime")
                == .createTableAs(name: Identifier("t"), query: query, ifNotExists: false))
        #expect(
            statement("create table if not exists t as from crime")
                == .createTableAs(name: Identifier("t"), query: query, ifNotExists: true))
    }

    @Test func insert() {
        #expect(
            statement("insert into t values (1, 'a'), (-2, null)")
                == .insertValues(
                    table: Identifier("t"), columns: nil, rows: [[int("1"), str("a")], [int("-2"), null]]))
        #expect(
            statement("insert into t (x, y) values (1, 2)")
                == .insertValues(
                    table: Identifier("t"), columns: [Identifier("x"), Identifier("y")], rows: [[int("1"), int("2")]]))
        var query = SelectStatement()
        query.items = [.expr(col("a"), alias: nil)]
        query.from = TableRef(name: Identifier("u"))
        #expect(
            statement("insert into t (x) select a from u")
                == .insertSelect(table: Identifier("t"), columns: [Identifier("x")], query: query))
        #expect(
            statement("insert into t from u select a")
                == .insertSelect(table: Identifier("t"), columns: nil, query: query))
    }

    @Test func dropShowDescribe() {
        #expect(statement("drop table t") == .dropTable(name: Identifier("t"), ifExists: false))
        #expect(statement("drop table if exists t") == .dropTable(name: Identifier("t"), ifExists: true))
        #expect(statement("show tables") == .showTables)
        #expect(statement("describe crime") == .describe(table: Identifier("crime")))
        #expect(statement("describe table crime") == .describe(table: Identifier("crime")))
        #expect(statement("describe table") == .describe(table: Identifier("table")))
    }

    @Test func statementSeparators() {
        #expect(statements(";; show tables;; ; show tables ;").count == 2)
        #expect(statements("show tables; describe t").count == 2)
        #expect(statements("").isEmpty)
        #expect(statements("-- only a comment\n").isEmpty)
    }

    @Test func statementRanges() {
        let source = SourceText(name: "t", text: "show tables ;  describe t")
        guard case .success(let list) = Parser.parseAll(source) else {
            Issue.record("did not parse")
            return
        }
        #expect(list.map(\.range) == [SourceRange(start: 0, end: 11), SourceRange(start: 15, end: 25)])
    }

    @Test func keepGoingAfterAnError() {
        var parser = Parser(source: SourceText(name: "t", text: "select 1; selct 2; select 'x; select 3"))
        var outcomes: [String] = []
        while let result = parser.next() {
            switch result {
            case .success: outcomes.append("ok")
            case .failure(let d): outcomes.append(d.message)
            }
        }
        // The unterminated string swallows the rest of the input.
        #expect(outcomes == ["ok", "syntax error at 'selct'", "unterminated string"])

        var second = Parser(source: SourceText(name: "t", text: "select (1; select 2; select @; show tables"))
        var messages: [String] = []
        while let result = second.next() {
            if case .failure(let d) = result { messages.append(d.message) } else { messages.append("ok") }
        }
        #expect(messages == ["expected ')' after expression", "ok", "unexpected character '@'", "ok"])
    }
}
