import PeruseSyntax
import Testing

@Suite struct ExpressionTests {
    @Test func literals() {
        #expect(expr("42") == int("42"))
        #expect(expr("4.5") == dec("4.5"))
        #expect(expr("'Lima'") == str("Lima"))
        #expect(expr("true") == bool(true))
        #expect(expr("FALSE") == bool(false))
        #expect(expr("null") == null)
    }

    @Test func columns() {
        #expect(expr("rate") == col("rate"))
        #expect(expr("c.rate") == col("rate", table: "c"))
        #expect(expr(#""Rate 2023""#) == Expr(.column(table: nil, name: Identifier("Rate 2023", quoted: true))))
        // Non-reserved keywords are names.
        #expect(expr("first + tables") == bin(.add, col("first"), col("tables")))
    }

    @Test func arithmeticPrecedence() {
        #expect(expr("1 + 2 * 3") == bin(.add, int("1"), bin(.multiply, int("2"), int("3"))))
        #expect(expr("1 - 2 - 3") == bin(.subtract, bin(.subtract, int("1"), int("2")), int("3")))
        #expect(expr("(1 + 2) * 3") == bin(.multiply, bin(.add, int("1"), int("2")), int("3")))
        #expect(
            expr("a // b % c / d")
                == bin(.divide, bin(.modulo, bin(.integerDivide, col("a"), col("b")), col("c")), col("d")))
        #expect(expr("a || b + c") == bin(.concat, col("a"), bin(.add, col("b"), col("c"))))
    }

    @Test func logicalPrecedence() {
        #expect(expr("a or b and c") == bin(.or, col("a"), bin(.and, col("b"), col("c"))))
        #expect(expr("not a = b") == un(.not, bin(.equal, col("a"), col("b"))))
        #expect(expr("not a and b") == bin(.and, un(.not, col("a")), col("b")))
        #expect(
            expr("a = 1 or b <> 2") == bin(.or, bin(.equal, col("a"), int("1")), bin(.notEqual, col("b"), int("2"))))
        #expect(expr("a == 1") == bin(.equal, col("a"), int("1")))
        #expect(expr("a != 1") == bin(.notEqual, col("a"), int("1")))
    }

    @Test func comparisons() {
        #expect(expr("a < b") == bin(.less, col("a"), col("b")))
        #expect(expr("a <= b") == bin(.lessEqual, col("a"), col("b")))
        #expect(expr("a > b") == bin(.greater, col("a"), col("b")))
        #expect(expr("a >= b + 1") == bin(.greaterEqual, col("a"), bin(.add, col("b"), int("1"))))
    }

    @Test func nullTests() {
        #expect(expr("a is null") == Expr(.isNull(col("a"), negated: false)))
        #expect(expr("a is not null and b") == bin(.and, Expr(.isNull(col("a"), negated: true)), col("b")))
        // `is` binds more loosely than `=`, `not` more loosely than `is`.
        #expect(expr("a = b is null") == Expr(.isNull(bin(.equal, col("a"), col("b")), negated: false)))
        #expect(expr("not a is null") == un(.not, Expr(.isNull(col("a"), negated: false))))
    }

    @Test func betweenInLike() {
        #expect(
            expr("x between 1 and 2 and y")
                == bin(.and, Expr(.between(col("x"), low: int("1"), high: int("2"), negated: false)), col("y")))
        #expect(
            expr("x not between a + 1 and 2")
                == Expr(.between(col("x"), low: bin(.add, col("a"), int("1")), high: int("2"), negated: true)))
        #expect(expr("x in (1, 2, 3)") == Expr(.inList(col("x"), [int("1"), int("2"), int("3")], negated: false)))
        #expect(expr("x not in ('a')") == Expr(.inList(col("x"), [str("a")], negated: true)))
        #expect(
            expr("name like 'L%'")
                == Expr(.like(col("name"), pattern: str("L%"), escape: nil, caseInsensitive: false, negated: false)))
        #expect(
            expr("name not ilike 'l%' || x")
                == Expr(
                    .like(
                        col("name"), pattern: bin(.concat, str("l%"), col("x")), escape: nil, caseInsensitive: true,
                        negated: true)))
        // The escape binds like the pattern: `||` inside it, `=` and `and` outside.
        #expect(
            expr("name like 'a!%' escape '!' || x = true")
                == bin(
                    .equal,
                    Expr(
                        .like(
                            col("name"), pattern: str("a!%"), escape: bin(.concat, str("!"), col("x")),
                            caseInsensitive: false, negated: false)), bool(true)))
        #expect(expr("escape + 1") == bin(.add, col("escape"), int("1")))
    }

    @Test func quantifiedComparisons() {
        guard case .quantified(let x, .greater, _, all: true)? = expr("x > all (select 1)")?.kind else {
            Issue.record("x > all (select 1)")
            return
        }
        #expect(x == col("x"))
        guard case .quantified(_, .notEqual, _, all: false)? = expr("x != some (select 1)")?.kind,
            case .quantified(_, .equal, _, all: false)? = expr("x = ANY ((select 1) union (select 2))")?.kind,
            case .binary(.and, let left, _)? = expr("x <= any (select 1) and y")?.kind,
            case .quantified(_, .lessEqual, _, all: false) = left.kind
        else {
            Issue.record("any and some")
            return
        }
        // Without a parenthesis after it, any (or some) is a name.
        #expect(expr("x = any") == bin(.equal, col("x"), col("any")))
        #expect(expr("some + 1") == bin(.add, col("some"), int("1")))
    }

    @Test func unaryAndFolding() {
        #expect(expr("-9223372036854775808") == int("-9223372036854775808"))
        #expect(expr("-1.5e3") == dec("-1.5e3"))
        #expect(expr("- 2") == int("-2"))
        #expect(expr("-x") == un(.negate, col("x")))
        #expect(expr("+1") == un(.plus, int("1")))
        #expect(expr("- -1") == un(.negate, int("-1")))
        #expect(expr("-(1)") == un(.negate, int("1")))
        #expect(expr("1 - -1") == bin(.subtract, int("1"), int("-1")))
        #expect(expr("-2 * 3") == bin(.multiply, int("-2"), int("3")))
        // `::` binds more tightly than unary minus, so the literal is not folded.
        #expect(expr("-1::text") == un(.negate, cast(int("1"), "text")))
        #expect(expr("not not true") == un(.not, un(.not, bool(true))))
    }

    @Test func casts() {
        #expect(expr("x::int") == cast(col("x"), "int"))
        #expect(expr("x::varchar(20)::text") == cast(cast(col("x"), "varchar"), "text"))
        #expect(expr("cast(x as DOUBLE PRECISION)") == cast(col("x"), "double precision"))
        #expect(expr("cast(x + 1 as decimal(10, 2))") == cast(bin(.add, col("x"), int("1")), "decimal"))
        #expect(expr("a + b::int") == bin(.add, col("a"), cast(col("b"), "int")))
    }

    @Test func functionCalls() {
        #expect(expr("count(*)") == call("count", Expr(.star)))
        #expect(expr("count(distinct x)") == call("count", col("x"), distinct: true))
        #expect(expr("sum(all x)") == call("sum", col("x")))
        #expect(expr("round(avg(rate), 2)") == call("round", call("avg", col("rate")), int("2")))
        #expect(expr("now()") == Expr(.function(name: Identifier("now"), args: [], distinct: false)))
        #expect(expr("first(x)") == call("first", col("x")))
    }

    @Test func caseExpressions() {
        let searched = Expr(
            .caseWhen(
                operand: nil,
                whens: [WhenClause(condition: bin(.greater, col("x"), int("1")), result: str("big"))],
                otherwise: str("small")))
        #expect(expr("case when x > 1 then 'big' else 'small' end") == searched)
        let simple = Expr(
            .caseWhen(
                operand: col("x"),
                whens: [
                    WhenClause(condition: int("1"), result: str("one")),
                    WhenClause(condition: int("2"), result: str("two")),
                ],
                otherwise: nil))
        #expect(expr("CASE x WHEN 1 THEN 'one' WHEN 2 THEN 'two' END") == simple)
    }

    @Test func rangesCoverTheExpression() {
        guard case .success(let e) = Parser.parseExpression("  a + f(b) * 2") else {
            Issue.record("did not parse")
            return
        }
        #expect(e.range == SourceRange(start: 2, end: 14))
        guard case .binary(_, _, let right) = e.kind else { return }
        #expect(right.range == SourceRange(start: 6, end: 14))
    }
}
