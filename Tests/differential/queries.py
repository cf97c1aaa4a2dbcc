"""Random queries for the differential tester: the statement shapes Peruse and DuckDB share.

Each generator returns (sql, ordered): `ordered` when `order by` fixes the whole row order, so
results are compared as lists, else as multisets. Nothing here depends on an unspecified order
(row_number and lag always break ties by `id`; string_agg reads an ordered subquery).
"""
from exprs import ExprGen
from tables import TABLES


class QueryGen(ExprGen):
    def table_cols(self, table, alias=None):
        q = alias or table
        return [("%s.%s" % (q, n), t) for n, t in TABLES[table]]

    def order_all(self, n):
        """`order by` every output column (a fixed order), maybe with a limit."""
        keys = ", ".join("%d%s" % (i + 1, self.pick("", " asc", " desc", " nulls first", " desc nulls last",
                                                     " desc nulls first", " asc nulls last")) for i in range(n))
        limit = " limit %d" % self.rng.randint(0, 6) if self.chance(0.5) else ""
        if limit and self.chance(0.3):
            limit += " offset %d" % self.rng.randint(0, 3)
        elif self.chance(0.1):
            limit = " offset %d" % self.rng.randint(0, 5)
        return " order by " + keys + limit

    def simple(self):
        t = self.pick("t1", "t1", "t2", "t3")
        cols = self.table_cols(t)
        exprs = [self.any_expr(cols) for _ in range(self.rng.randint(1, 3))]
        sql = "select %s%s from %s" % ("distinct " if self.chance(0.15) else "", ", ".join(exprs), t)
        if self.chance(0.7):
            sql += " where " + self.cond(cols)
        ordered = self.chance(0.35)
        if ordered:
            sql += self.order_all(len(exprs))
        return sql, ordered

    def aggregate(self):
        t = self.pick("t1", "t1", "t2", "t3")
        cols = self.table_cols(t)
        key = self.pick(self.int_expr(cols, 2), self.str_expr(cols, 2), self.col(cols, "BIGINT"),
                        self.col(cols, "DOUBLE") or "1", self.col(cols, "VARCHAR") or "2", self.cond(cols, 2))
        aggs = []
        for _ in range(self.rng.randint(1, 3)):
            f = self.pick("count(*)", "count(%s)", "sum(%s)", "min(%s)", "max(%s)", "avg(%s)", "count(distinct %s)",
                          "sum(%s)", "stddev(%s)", "median(%s)", "var_samp(%s)", "quantile_cont(%s, 0.25)",
                          "sum(distinct %s)", "avg(distinct %s)")
            arg = self.int_expr(cols, 1, tame=True) if self.chance(0.6) else self.dbl_expr(cols, 1, tame=True)
            if self.chance(0.1):
                arg = "case when %s then %s end" % (self.cond(cols, 2), arg)  # all-NULL groups
            if f in ("min(%s)", "max(%s)", "count(%s)", "count(distinct %s)") and self.chance(0.4):
                arg = self.pick(self.str_expr(cols, 1), self.col(cols, "DOUBLE") or "NULL", self.any_expr(cols, 1))
            aggs.append(f % arg if "%s" in f else f)
        if self.chance(0.15):
            # Aggregates of other types, and arithmetic over aggregates (overflow on `n`).
            d, dt = self.col(cols, "BOOLEAN"), self.col(cols, "DATE")
            aggs.append(self.pick("%s(%s)" % (self.pick("min", "max", "count"), d or "NULL"),
                                  "%s(%s)" % (self.pick("min", "max", "count"), dt or "NULL"),
                                  "max(%s) - min(%s)" % ((self.col(cols, "BIGINT"),) * 2),
                                  "sum(%s) * count(*) + 1" % self.int_expr(cols, 1, tame=True),
                                  "avg(%s) / nullif(count(*), 1)" % self.int_expr(cols, 1, tame=True)))
        if self.chance(0.1):
            aggs.append("corr(%s, %s)" % (self.int_expr(cols, 1, tame=True), self.dbl_expr(cols, 1, tame=True)))
        if self.chance(0.1):
            aggs.append("string_agg(%s, %s)" % (self.str_expr(cols, 2), self.pick("','", "' | '", "''")))
        if "." not in key:
            key = self.col(cols, "BIGINT")  # DuckDB reads a constant integer key as a column position
        grouped = self.chance(0.7)
        sql = "select %s%s from %s" % ((key + ", ") if grouped else "", ", ".join(aggs), t)
        if self.chance(0.5):
            sql += " where " + self.pick(self.cond(cols), "false", "%s is null" % self.any_expr(cols, 1))
        if grouped:
            sql += " group by " + key
            if self.chance(0.3):
                sql += " having count(*) %s %d" % (self.pick(">", ">=", "="), self.rng.randint(0, 3))
        ordered = grouped and "string_agg" not in sql and self.chance(0.3)
        if ordered:
            sql += self.order_all(len(aggs) + 1)
        return sql, ordered

    def join(self):
        kind = self.pick("join", "inner join", "left join", "right join", "full join", "left outer join")
        left, right = self.pick(("t1", "t2"), ("t2", "t1"), ("t1", "t3"), ("t2", "t2"), ("t1", "t1"))
        la, ra = "x", "y"
        lc, rc = self.table_cols(left, la), self.table_cols(right, ra)
        cols = lc + rc
        key_type = "BIGINT"
        if left == right == "t1" and self.chance(0.5) and not self.large:
            key_type = self.pick("DOUBLE", "VARCHAR", "DATE")
        lk, rk = self.col(lc, key_type, self.large), self.col(rc, key_type, self.large)
        on = "%s = %s" % (lk, rk)
        if self.chance(0.3):
            on += " and " + self.cond(cols, 1)
        elif self.chance(0.1) and not self.large:
            on = "%s < %s" % (lk, rk)
        elif self.chance(0.1) and not self.large:  # not a hash join key in Peruse: a nested loop
            on = "%s is not distinct from %s" % (lk, rk)
        exprs = [self.any_expr(cols, 1) for _ in range(self.rng.randint(1, 3))]
        if self.chance(0.15):
            sql = "select %s from %s %s, %s %s where %s" % (", ".join(exprs), left, la, right, ra, on)
        elif self.chance(0.1) and not self.large:
            sql = "select %s from %s %s cross join %s %s" % (", ".join(exprs), left, la, right, ra)
        else:
            sql = "select %s from %s %s %s %s %s on %s" % (", ".join(exprs), left, la, kind, right, ra, on)
            if self.chance(0.4):
                sql += " where " + self.cond(cols, 1)
        if self.chance(0.2):
            sql = "select count(*), %s from %s %s %s %s %s on %s group by 2" % (
                self.int_expr(lc, 2), left, la, kind, right, ra, on)
        return sql, False

    def using_join(self):
        kind = self.pick("join", "left join", "right join", "full join")
        return "select a, x.c, y.e from t1 x %s t2 y using (a)" % kind, False

    def window(self):
        t = self.pick("t1", "t2", "t3")
        cols = self.table_cols(t)
        part = self.pick("", "partition by %s " % self.pick(self.col(cols, "BIGINT", True), self.str_expr(cols, 2)))
        key = self.int_expr(cols, 2, tame=True)
        direction = self.pick("", " desc", " nulls first", " desc nulls last")
        order = "order by %s%s, id" % (key, direction)
        ties = "order by %s%s" % (key, direction)  # peers share the answer: ties stay deterministic
        v = self.pick(self.int_expr(cols, 1, tame=True), self.dbl_expr(cols, 1, tame=True))
        f = self.pick(
            "row_number() over (%s%s)" % (part, order),
            "rank() over (%s%s)" % (part, ties),
            "dense_rank() over (%s%s)" % (part, ties),
            "lag(%s) over (%s%s)" % (v, part, order),
            "lead(%s, 2, 0) over (%s%s)" % (v, part, order),
            "first_value(%s) over (%s%s)" % (v, part, order),
            "sum(%s) over (%s%s)" % (v, part, order),
            "sum(%s) over (%s%s)" % (v, part, ties),
            "count(%s) over (%s%s)" % (v, part, ties),
            "count(*) over (%s)" % part.strip(),
            "max(%s) over (%s%s rows between 1 preceding and 1 following)" % (v, part, order),
            "avg(%s) over (%s%s rows between unbounded preceding and current row)" % (v, part, order),
            "min(%s) over (%s)" % (v, part.strip()),
            "last_value(%s) over (%s%s rows between current row and unbounded following)" % (v, part, order),
        )
        sql = "select id, %s from %s" % (f, t)
        if self.chance(0.3):
            sql += " where " + self.cond(cols)
        return sql, False

    def subquery(self):
        r = self.rng.random()
        c1 = self.table_cols("t1")
        c2 = self.table_cols("t2")
        if r < 0.3:
            sub = "select %s from t2 where %s" % (self.pick("a", "e", "a + 1", "nullif(e, 1)"), self.pick(self.cond(c2, 1), "false"))
            lhs = self.pick("a", "n", "a - 1", "NULL", "coalesce(a, 0)")
            return "select id, %s, %s %sin (%s) from t1" % (lhs, lhs, self.pick("", "not "), sub) if self.chance(0.4) else \
                "select id, a from t1 where %s %sin (%s)" % (lhs, self.pick("", "not "), sub), False
        if r < 0.45:
            return ("select id from t1 where %sexists (select 1 from t2 where t2.a = t1.a and %s)"
                    % (self.pick("", "not "), self.cond(c2, 1))), False
        if r < 0.6:
            agg = self.pick("max(e)", "count(*)", "sum(a)", "min(c)", "count(e)", "avg(e)")
            return "select id, (select %s from t2 where t2.a = t1.a) from t1" % agg, False
        if r < 0.7:
            return "select id, b - (select avg(v) from t3) from t1 where %s" % self.cond(c1, 1), False
        if r < 0.8:
            return ("select s.k, s.n from (select %s as k, count(*) as n from t1 group by 1) s where s.n > %d"
                    % (self.int_expr(c1, 2), self.rng.randint(0, 2))), False
        if r < 0.85:
            # IN over doubles and text: NaN matches NaN, -0.0 matches 0.0, é only é.
            col, sub = self.pick(("f", "select f from t1 where %s" % self.cond(c1, 1)),
                                 ("b", "select v from t3"), ("f", "select -f from t1"),
                                 ("s", "select s from t1 where %s" % self.cond(c1, 1)),
                                 ("c", "select c from t2 where %s" % self.cond(c2, 1)))
            return "select id, %s %sin (%s) from t1" % (col, self.pick("", "not "), sub), False
        if r < 0.9:
            # Quantified comparisons: NULLs on both sides, no rows, doubles (NaN, -0.0), text, correlated.
            col, sub = self.pick(("a", "select e from t2 where %s" % self.pick(self.cond(c2, 1), "false")),
                                 ("b", "select b from t1 where %s" % self.cond(c1, 1)),
                                 ("f", "select -f from t1"),
                                 ("c", "select c from t2 where %s" % self.cond(c2, 1)),
                                 ("a", "select t2.e from t2 where t2.a = t1.a"),
                                 ("NULL", "select e from t2"))
            op = self.pick("=", "<>", "!=", "<", "<=", ">", ">=")
            return "select id, %s %s %s (%s) from t1" % (col, op, self.pick("all", "any", "some"), sub), False
        return "with w as (select a, c from t1 where %s) select w.a, t2.e from w join t2 on w.a = t2.a" % self.cond(c1, 1), False

    def setop(self):
        op = self.pick("union", "union all", "intersect", "except", "intersect all", "except all")
        a = self.pick("select a from t1", "select e from t2", "select k from t3", "select a from t2 where e > 0",
                      "select n from t1")
        b = self.pick("select a from t2", "select k from t3", "select a from t1 where d", "select e from t2", "select NULL")
        if self.chance(0.15):
            a, b = "select f from t1", self.pick("select v from t3", "select -f from t1", "select b from t1")
        elif self.chance(0.15):
            a, b = "select s from t1", self.pick("select c from t2", "select upper(s) from t1", "select t from t2")
        elif self.chance(0.2):
            a, b = "select a, c from t1", "select a, c from t2"
        sql = "%s %s %s" % (a, op, b)
        ordered = self.chance(0.4)
        if ordered:
            sql += self.order_all(a.split(" from")[0].count(",") + 1)
        return sql, ordered

    def extras(self):
        r = self.rng.random()
        c1 = self.table_cols("t1")
        if r < 0.15:
            return "select c, a % 3, count(*), sum(b) from t1 group by all", False
        if r < 0.25:
            return "select * exclude (dt, d, f) from t1 where %s order by all" % self.cond(c1), True
        if r < 0.33:
            return "select * replace (a * 10 as a) from t2 where %s" % self.cond(self.table_cols("t2")), False
        if r < 0.4:
            return ("select id, a from t1 where a > (select min(e) from t2 where t2.c = t1.c) or b < "
                    "(select max(v) from t3 where t3.k = t1.a)"), False
        if r < 0.47:
            return ("select c, count(*) from t1 where a in (select k from t3 where v is not null) "
                    "group by c having sum(b) > %d or count(*) > 1" % self.rng.randint(-5, 5)), False
        if r < 0.52:
            return ("with s as (select c, sum(a) as total from t1 group by c), m as (select max(total) as top from s) "
                    "select c, total from s, m where total = top"), False
        if r < 0.58:
            return "select (select a from t2 where id = %d), %s from t1 where id < 3" % (
                self.rng.randint(-1, 15), self.int_expr(c1, 1)), False
        if r < 0.63:
            return ("select c, avg(b), string_agg(cast(id as varchar), ',') from (select * from t1 order by id) "
                    "group by c"), False
        if r < 0.68:
            return ("select a, sum(e) over (partition by a order by id rows between 2 preceding and 1 following), "
                    "rank() over (order by c nulls first) from t2"), False
        if r < 0.76:
            # Distinct and grouping on nasty doubles and text: -0.0 against 0.0, NaN, é against e + accent.
            col = self.pick("f", "s", "n", "f * 0", "upper(s)", "lower(s)", "cast(f as varchar)")
            return self.pick("select distinct %s from t1" % col, "select %s, count(*) from t1 group by 1" % col,
                             "select count(distinct %s) from t1" % col), False
        if r < 0.84:
            # `id` breaks ties, so the whole order is fixed.
            col = self.pick("f", "s", "n", "length(s)", "cast(f as bigint)", "-f", "lower(s)")
            where = " where " + self.cond(c1, 1) if self.chance(0.5) else ""
            return "select %s, id from t1%s order by 1%s, 2" % (
                col, where, self.pick("", " desc", " nulls first", " desc nulls last")), True
        if r < 0.92:
            return "select min(%s), max(%s), count(%s) from t1 where %s" % (
                self.pick("f", "s", "n"), self.pick("f", "s", "n"), self.pick("f", "s", "*"), self.cond(c1, 1)), False
        return "select %s from t1 where false" % self.pick(
            "sum(a), avg(b), min(c), max(dt), count(*), count(a), string_agg(c, ','), stddev(b), median(a)",
            "a, count(*) group by a", "sum(a) over ()", "count(*), sum(a) having count(*) = 0"), False

    def query(self):
        return self.pick(self.simple, self.simple, self.simple, self.aggregate, self.aggregate, self.join, self.join,
                         self.using_join, self.window, self.window, self.subquery, self.subquery, self.setop,
                         self.extras, self.extras)()
