"""Random expressions for the differential tester, over columns given as (qualified name, type).

Besides tame arithmetic it aims at what breaks engines: NULL literals in every position and
three-valued logic, BIGINT edge values (overflow, `%` and `//` by zero and by negatives), nasty
doubles (-0.0, 1e308, NaN, long fractions, printed through `cast(... as varchar)`), accented and
multi-byte text through every string function, and casts in every direction. With `tame` set,
only values whose sums and averages agree to 1e-9 in any order are produced (for aggregates).
"""
from tables import NASTY, TEXTS, WORDS

BIG = 9223372036854775807
INT_LITERALS = [str(BIG), "-%d" % BIG, "0", "-1", "1", "2", "-2", "3", "-7", "10"]
PATTERNS = ["a%", "%e%", "_o_", "D%", "%", "_", "", "A%", "%a_b%", "a\\_b", "a\\%b", "%ñ%", "_n%", "%😀%", "Á%",
            "%c_", "__", "%\\\\%", "l%a%"]
NEEDLES = ["a", "e", "", "ñ", "Á", "😀", "an", "_", "%", " ", "sh", "e\u0301"]


def lit_text(text):
    return "'" + text.replace("'", "''") + "'"


class ExprGen:
    def __init__(self, rng, large=False):
        self.rng = rng
        self.large = large  # thousands of rows: joins keep to wide BIGINT keys

    def pick(self, *xs):
        return self.rng.choice(xs)

    def chance(self, p):
        return self.rng.random() < p

    def col(self, cols, type_, tame=False):
        """A column of the type; edge-value columns only now and then, never when tame."""
        plain = [n for n, t in cols if t == type_ and n.split(".")[-1] not in NASTY]
        nasty = [n for n, t in cols if t == type_ and n.split(".")[-1] in NASTY]
        if nasty and not tame and (not plain or self.chance(0.3)):
            return self.rng.choice(nasty)
        return self.rng.choice(plain) if plain else None

    def maybe_null(self, e, p=0.06):
        return "NULL" if self.chance(p) else e

    # -- integers ------------------------------------------------------------------------------

    def int_lit(self, tame=False):
        if not tame and self.chance(0.2):
            return self.rng.choice(INT_LITERALS)
        return str(self.rng.randint(-5, 9))

    def int_expr(self, cols, depth=0, tame=False):
        c = self.col(cols, "BIGINT", tame)
        if depth > 2 or c is None or self.chance(0.35):
            return c if c and self.chance(0.7) else self.maybe_null(self.int_lit(tame))
        r = self.rng.random()
        a = self.int_expr(cols, depth + 1, tame)
        b = self.int_expr(cols, depth + 1, tame)
        if r < 0.14:
            return "(%s + %s)" % (a, b)
        if r < 0.24:
            return "(%s - %s)" % (a, b)
        if r < 0.32:
            return "(%s * %s)" % (a, b)
        if r < 0.38:
            return "abs(%s)" % a
        if r < 0.42:
            return "(- %s)" % a
        if r < 0.48:
            return "coalesce(%s, %s)" % (a, self.pick(str(self.rng.randint(0, 3)), b, "NULL, %s" % b))
        if r < 0.56:
            div = b if not tame and self.chance(0.4) else str(self.rng.choice([1, 2, 3, 4, -3] if tame else [1, 2, 3, -3, 0, -1]))
            return "(%s %s %s)" % (a, self.pick("%", "//"), div)
        if r < 0.61:
            return "case when %s then %s %s end" % (self.cond(cols, depth + 1), a, self.pick("", "else " + b))
        if r < 0.64:
            return "case %s when %s then %s else %s end" % (a, self.int_lit(True), b, self.maybe_null(self.int_lit(True), 0.3))
        if r < 0.69:
            return "length(%s)" % self.str_expr(cols, depth + 1)
        if r < 0.72:
            return "nullif(%s, %s)" % (a, self.pick("0", "1", "2", b))
        if r < 0.77:
            d = self.col(cols, "DATE")
            if d:
                return self.pick("year(%s)" % d, "month(%s)" % d, "day(%s)" % d,
                                 "date_diff('day', DATE '2023-06-01', %s)" % d,
                                 "date_diff('month', %s, DATE '2023-06-15')" % d,
                                 "date_diff('year', %s, DATE '2024-01-01')" % d,
                                 "date_diff('%s', %s, %s)" % (self.pick("day", "month", "quarter", "week"), d,
                                                              self.col(cols, "DATE")))
        if r < 0.82 and not tame:
            return "cast(%s as bigint)" % self.pick(self.dbl_expr(cols, depth + 1), self.str_expr(cols, depth + 1),
                                                   self.cond(cols, depth + 1))
        if r < 0.86:
            return "round(%s%s)" % (a, self.pick("", ", -1", ", 0", ", 2"))
        if r < 0.93:
            return "%s(%s, %s%s)" % (self.pick("greatest", "least"), a, b, self.pick("", ", NULL", ", 0"))
        return "(%s %s %s)" % (a, self.pick("+", "*", "-"), self.maybe_null(b, 0.2))

    # -- doubles -------------------------------------------------------------------------------

    def dbl_expr(self, cols, depth=0, tame=False):
        c = self.col(cols, "DOUBLE", tame)
        r = self.rng.random()
        if c is None or r < 0.25:
            div = self.rng.randint(1, 4) if tame or self.chance(0.7) else self.pick(0, -1, "%s" % self.int_expr(cols, 2, tame))
            return "(%s / %s)" % (self.int_expr(cols, depth + 1, tame), div)
        if depth > 1 or r < 0.5:
            return c
        if r < 0.6:
            return "(%s + %s)" % (c, self.int_expr(cols, depth + 1, tame))
        if r < 0.65:
            return "(%s * %s)" % (c, self.pick("2", "-1", "0.5", "1e300" if not tame else "3"))
        if r < 0.7:
            return "%s(%s)" % (self.pick("abs", "floor", "ceil", "- "), c)
        if r < 0.78:
            return "round(%s%s)" % (c, self.pick("", ", 0", ", 1", ", 2", ", -1", ", 10"))
        if r < 0.82:
            return "(%s / %s)" % (c, self.int_expr(cols, depth + 1, tame))
        if r < 0.86:
            return "cast(%s as double)" % self.int_expr(cols, depth + 1, tame)
        if r < 0.9 and not tame:
            return "cast(%s as double)" % (self.col(cols, "VARCHAR") or "'1.5'")
        if r < 0.92:
            return "coalesce(%s, %s)" % (c, self.pick("0", "-1.5", "NULL", "%s" % self.int_expr(cols, depth + 1, tame)))
        if r < 0.94 and not tame:
            return "(%s %s %s)" % (c, self.pick("%", "//"), self.pick("2", "2.5", "-1.5", "0", self.col(cols, "DOUBLE")))
        return "%s(%s, %s)" % (self.pick("greatest", "least"), c, self.pick("0", "0.25", "NULL"))

    # -- text ----------------------------------------------------------------------------------

    def str_lit(self):
        return lit_text(self.rng.choice(TEXTS + WORDS))

    def str_expr(self, cols, depth=0):
        c = self.col(cols, "VARCHAR")
        if c is None:
            return self.str_lit()
        r = self.rng.random()
        if depth > 1 or r < 0.35:
            return c
        n = lambda: self.pick("0", "1", "2", "3", "-1", "-2", "-5", "100", "NULL", self.int_expr(cols, 3, True))
        if r < 0.42:
            return "%s(%s)" % (self.pick("upper", "lower", "trim", "ltrim", "rtrim"), c)
        if r < 0.5:
            return "(%s || %s)" % (c, self.pick("'x'", "NULL", "'ñ'", c, "cast(%s as varchar)" % self.int_expr(cols, 3)))
        if r < 0.6:
            return "substr(%s, %s%s)" % (c, n(), self.pick("", ", " + n()))
        if r < 0.64:
            return "coalesce(%s, %s)" % (c, self.pick("'none'", "NULL", "''"))
        if r < 0.66:
            d = self.col(cols, "DATE")
            t = [n for n, _ in cols if n.endswith(".t")]
            if d or t:
                return self.pick("strftime(%s, '%%Y/%%m/%%d %%j %%a')" % (d or "DATE '2024-02-29'"),
                                 "cast(cast(%s as date) as varchar)" % (t[0] if t else d))
        if r < 0.67:
            # Mixed BIGINT and DOUBLE arguments: the result is DOUBLE, printed as text.
            return "cast(%s(%s, %s) as varchar)" % (self.pick("coalesce", "greatest", "least"),
                                                   self.int_expr(cols, depth + 1), self.dbl_expr(cols, depth + 1))
        if r < 0.68:
            return "cast(%s as varchar)" % self.pick(self.int_expr(cols, depth + 1), self.dbl_expr(cols, depth + 1),
                                                    self.cond(cols, depth + 1), self.col(cols, "DATE") or "1")
        if r < 0.74:
            return "%s(%s, %s)" % (self.pick("left", "right"), c, n())
        if r < 0.78:
            return "%s(%s, %s, %s)" % (self.pick("lpad", "rpad"), c, self.pick("0", "1", "3", "6"), self.pick("'*'", "'ñ'", "'ab'"))
        if r < 0.83:
            return "replace(%s, %s, %s)" % (c, lit_text(self.rng.choice(NEEDLES)), self.pick("''", "'o'", "'ÑÑ'", "NULL"))
        if r < 0.87:
            return "concat(%s, %s, %s)" % (c, self.pick("NULL", "'z'", "''"), self.pick(self.int_expr(cols, 3), "NULL", c))
        if r < 0.9:
            return "split_part(%s, %s, %s)" % (c, self.pick("'a'", "'e'", "' '", "''"), self.pick("1", "2", "-1", "0"))
        if r < 0.93:
            return "if(%s, %s, %s)" % (self.cond(cols, depth + 1), c, self.pick("'no'", "NULL"))
        if r < 0.96:
            return "regexp_replace(%s, %s, '_'%s)" % (c, self.pick("'[aeiou]'", "'.'", "'^.'", "'[ñá]'"), self.pick("", ", 'g'"))
        return "nullif(%s, %s)" % (c, self.str_lit())

    # -- any type and booleans -----------------------------------------------------------------

    def any_expr(self, cols, depth=0):
        r = self.rng.random()
        if r < 0.38:
            return self.int_expr(cols, depth)
        if r < 0.58:
            return self.dbl_expr(cols, depth)
        if r < 0.65:
            # Doubles printed as text: DuckDB's shortest round-trip format, -0.0, inf, nan.
            return "cast(%s as varchar)" % self.dbl_expr(cols, depth)
        if r < 0.88:
            return self.str_expr(cols, depth)
        if r < 0.94:
            return self.cond(cols, depth + 1)
        d = self.col(cols, "BOOLEAN")
        return d if d else self.cond(cols, depth + 1)

    def cond(self, cols, depth=0):
        r = self.rng.random()
        if depth < 2 and r < 0.13:
            return "(%s %s %s)" % (self.cond(cols, depth + 1), self.pick("and", "or"), self.cond(cols, depth + 1))
        if depth < 2 and r < 0.19:
            return "not (%s)" % self.cond(cols, depth + 1)
        if r < 0.4:
            op = self.pick("=", "<>", "<", "<=", ">", ">=")
            return "%s %s %s" % (self.int_expr(cols, depth + 1), op, self.int_expr(cols, depth + 1))
        if r < 0.47:
            return "%s %s %s" % (self.dbl_expr(cols, depth + 1), self.pick("<", ">=", "=", "<>"),
                                 self.pick(self.int_expr(cols, depth + 1), self.dbl_expr(cols, depth + 1)))
        if r < 0.54:
            return "%s is %snull" % (self.any_expr(cols, depth + 1), self.pick("", "not "))
        if r < 0.64:
            c = self.col(cols, "VARCHAR")
            if c:
                pat = lit_text(self.rng.choice(PATTERNS))
                esc = self.pick(" escape '\\'", " escape '%'", " escape '_'", " escape ''") if self.chance(0.2) else ""
                return "%s %s%s %s%s" % (self.pick(c, self.str_expr(cols, depth + 1)), self.pick("", "not "),
                                         self.pick("like", "ilike"), pat, esc)
        if r < 0.7:
            lo = self.rng.randint(-3, 3)
            return "%s %sbetween %s and %s" % (self.int_expr(cols, depth + 1), self.pick("", "not "),
                                               self.maybe_null(str(lo), 0.15), lo + self.rng.randint(0, 5))
        if r < 0.78:
            items = [str(self.rng.randint(-2, 5)) for _ in range(self.rng.randint(1, 4))]
            if self.chance(0.4):
                items.insert(self.rng.randint(0, len(items)), "NULL")
            return "%s %sin (%s)" % (self.int_expr(cols, depth + 1), self.pick("", "not "), ", ".join(items))
        if r < 0.8:
            d = self.col(cols, "DATE")
            b = self.col(cols, "BOOLEAN")
            s = [n for n, t in cols if t == "VARCHAR"]
            return self.pick("%s %s %s" % (d or "DATE '2023-06-01'", self.pick("<", ">=", "=", "<>"),
                                           self.pick("DATE '2023-06-01'", d or "NULL")),
                             "%s %s %s" % (b or "true", self.pick("<", ">", "=", "<>"), self.pick("true", "false", "NULL")),
                             "%s %slike %s" % (s[0] if s else "'a'", self.pick("", "not "), s[-1] + " || '%'" if s else "'%'"),
                             "%s = %s" % (self.int_expr(cols, depth + 1), self.dbl_expr(cols, depth + 1)))
        if r < 0.82:
            c = self.col(cols, "VARCHAR")
            if c:
                needle = lit_text(self.rng.choice(NEEDLES))
                return self.pick("starts_with(%s, %s)" % (c, needle), "contains(%s, %s)" % (c, needle),
                                 "regexp_matches(%s, '^[a-dÁ]')" % c, "%s = %s" % (c, self.str_lit()),
                                 "%s < %s" % (c, self.str_expr(cols, depth + 1)))
        if r < 0.84:
            t = self.pick("BIGINT", "DOUBLE", "VARCHAR")
            side = lambda: self.pick(self.col(cols, t) or "NULL", "NULL", {"BIGINT": self.int_expr, "DOUBLE": self.dbl_expr,
                                                                        "VARCHAR": self.str_expr}[t](cols, depth + 1))
            return "%s is %sdistinct from %s" % (side(), self.pick("", "not "), side())
        if r < 0.86:
            return self.pick("NULL", "not NULL", "(NULL and false)", "(NULL or true)", "NULL = NULL",
                             "cast(NULL as boolean)")
        if r < 0.9:
            return "case when %s then %s else %s end" % (self.cond(cols, depth + 1), self.pick("true", "NULL", "false"),
                                                        self.pick("false", "NULL", self.cond(cols, depth + 1)))
        if r < 0.93:
            return "coalesce(%s, %s)" % (self.cond(cols, depth + 1), self.pick("true", "false", "NULL"))
        if r < 0.96:
            return "cast(%s as boolean)" % self.pick(self.int_expr(cols, depth + 1), self.col(cols, "VARCHAR") or "'t'")
        d = self.col(cols, "BOOLEAN")
        return d if d else "%s = %s" % (self.str_expr(cols, depth + 1), self.str_expr(cols, depth + 1))
