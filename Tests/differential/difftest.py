#!/usr/bin/env python3
"""Differential tester: random tables and random queries, run in Peruse and in DuckDB.

    python3 Tests/differential/difftest.py [--peruse PATH] [--seed N] [--queries N] [--fresh]

For each seed it generates three small tables (every type, NULLs, duplicates, skew) and
`--queries` random queries from the grammar both engines share: expressions, filters, joins
of every kind, group by, having, window functions, subqueries (scalar, in, exists,
correlated), set operations, CTEs, distinct, order by / limit. Peruse runs them in batches
(one process per batch, `--format csv --keep-going`, a marker query between queries);
DuckDB (pip install duckdb==2.0.0) runs them in process. Results are compared as multisets
of rows, or as lists when `order by` fixes the order; doubles agree within a relative 1e-9;
both engines failing counts as agreement. `--fresh` adds a seed from the clock (printed).
Exits 1 on any mismatch, printing the seed, the setup and the query.
"""
import argparse
import math
import os
import random
import subprocess
import sys
import time

import duckdb

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MARKER = "__peruse_marker__"

# ---------------------------------------------------------------------------------------------
# Tables

TABLES = {
    "t1": [("id", "BIGINT"), ("a", "BIGINT"), ("b", "DOUBLE"), ("c", "VARCHAR"), ("d", "BOOLEAN"), ("dt", "DATE")],
    "t2": [("id", "BIGINT"), ("a", "BIGINT"), ("e", "BIGINT"), ("c", "VARCHAR")],
    "t3": [("id", "BIGINT"), ("k", "BIGINT"), ("v", "DOUBLE")],
}
WORDS = ["ant", "bee", "cat", "Dog", "eel", "fox", "ant", "ant"]


def value_for(rng, name, type_):
    if name == "id":
        return None  # filled in by the caller
    if rng.random() < 0.15:
        return "NULL"
    if type_ == "BIGINT":
        # Skewed: small values repeat often, with a heavy hitter.
        return str(rng.choice([0, 1, 1, 1, 2, 3, -1, 5, 7, rng.randint(-20, 20)]))
    if type_ == "DOUBLE":
        # Quarters add up exactly in any order, so sums agree to the last bit.
        return str(rng.randint(-40, 40) / 4)
    if type_ == "VARCHAR":
        return "'" + rng.choice(WORDS) + "'"
    if type_ == "BOOLEAN":
        return rng.choice(["true", "false"])
    if type_ == "DATE":
        return "DATE '2023-%02d-%02d'" % (rng.randint(1, 12), rng.randint(1, 28))
    raise ValueError(type_)


def make_setup(rng, max_rows):
    statements = []
    for table, columns in TABLES.items():
        statements.append("create table %s (%s)" % (table, ", ".join("%s %s" % c for c in columns)))
        rows = []
        for i in range(rng.randint(0, max_rows) if rng.random() < 0.1 else rng.randint(max_rows // 3, max_rows)):
            values = [str(i) if n == "id" else value_for(rng, n, t) for n, t in columns]
            rows.append("(" + ", ".join(values) + ")")
        if rows:
            statements.append("insert into %s values %s" % (table, ", ".join(rows)))
    return statements


# ---------------------------------------------------------------------------------------------
# Queries


class Gen:
    def __init__(self, rng):
        self.rng = rng

    def pick(self, *xs):
        return self.rng.choice(xs)

    def chance(self, p):
        return self.rng.random() < p

    # Expressions over `cols`: a list of (qualified name, type).

    def col(self, cols, type_):
        matching = [n for n, t in cols if t == type_]
        return self.rng.choice(matching) if matching else None

    def int_expr(self, cols, depth=0):
        c = self.col(cols, "BIGINT")
        if depth > 2 or c is None or self.chance(0.35):
            return c if c and self.chance(0.7) else str(self.rng.randint(-5, 9))
        r = self.rng.random()
        a = self.int_expr(cols, depth + 1)
        b = self.int_expr(cols, depth + 1)
        if r < 0.2:
            return "(%s + %s)" % (a, b)
        if r < 0.35:
            return "(%s - %s)" % (a, b)
        if r < 0.45:
            return "(%s * %s)" % (a, b)
        if r < 0.55:
            return "abs(%s)" % a
        if r < 0.65:
            return "coalesce(%s, %d)" % (a, self.rng.randint(0, 3))
        if r < 0.75:
            return "(%s %% %d)" % (a, self.rng.randint(1, 4))
        if r < 0.82:
            return "(%s // %d)" % (a, self.rng.randint(1, 4))
        if r < 0.86:
            return "case when %s then %s else %s end" % (self.cond(cols, depth + 1), a, b)
        if r < 0.9:
            return "length(%s)" % self.str_expr(cols, depth + 1)
        if r < 0.93:
            return "nullif(%s, %d)" % (a, self.rng.randint(0, 2))
        if r < 0.96:
            d = self.col(cols, "DATE")
            if d:
                return self.pick("year(%s)" % d, "month(%s)" % d, "day(%s)" % d,
                                 "date_diff('day', DATE '2023-06-01', %s)" % d,
                                 "date_diff('month', %s, DATE '2023-06-15')" % d)
        return "greatest(%s, %s)" % (a, b)

    def dbl_expr(self, cols, depth=0):
        c = self.col(cols, "DOUBLE")
        r = self.rng.random()
        if c is None or r < 0.3:
            return "(%s / %d)" % (self.int_expr(cols, depth + 1), self.rng.randint(1, 4))
        if depth > 1 or r < 0.6:
            return c
        if r < 0.75:
            return "(%s + %s)" % (c, self.int_expr(cols, depth + 1))
        if r < 0.85:
            return "(%s * 2)" % c
        if r < 0.88:
            return "abs(%s)" % c
        if r < 0.91:
            return self.pick("round(%s, %d)" % (c, self.rng.randint(-2, 2)), "coalesce(%s, %d)" % (c, self.rng.randint(-1, 1)))
        if r < 0.94:
            return "(%s / %s)" % (c, self.int_expr(cols, depth + 1))
        if r < 0.97:
            return "cast(%s as double)" % self.int_expr(cols, depth + 1)
        return "greatest(%s, 0)" % c

    def str_expr(self, cols, depth=0):
        c = self.col(cols, "VARCHAR")
        if c is None:
            return "'" + self.rng.choice(WORDS) + "'"
        r = self.rng.random()
        if depth > 1 or r < 0.5:
            return c
        if r < 0.6:
            return "upper(%s)" % c
        if r < 0.7:
            return "lower(%s)" % c
        if r < 0.8:
            return "(%s || 'x')" % c
        if r < 0.85:
            return self.pick("substr(%s, %d, %d)" % (c, self.rng.randint(-4, 4), self.rng.randint(-3, 3)),
                             "substr(%s, %d)" % (c, self.rng.randint(-4, 4)),
                             "(%s || %s)" % (c, self.col(cols, "VARCHAR")))
        if r < 0.88:
            return "coalesce(%s, 'none')" % c
        if r < 0.9:
            return "cast(%s as varchar)" % self.int_expr(cols, depth + 1)
        return self.pick("left(%s, 2)" % c, "right(%s, 1)" % c, "lpad(%s, 5, '*')" % c, "rpad(%s, 2, '-')" % c,
                         "concat(%s, 'z', %s)" % (c, self.int_expr(cols, depth + 1)), "replace(%s, 'a', 'o')" % c,
                         "split_part(%s, 'e', 2)" % c, "if(%s, %s, 'no')" % (self.cond(cols, depth + 1), c),
                         "trim(%s)" % c, "regexp_replace(%s, '[aeiou]', '_', 'g')" % c)

    def any_expr(self, cols, depth=0):
        r = self.rng.random()
        if r < 0.45:
            return self.int_expr(cols, depth)
        if r < 0.7:
            return self.dbl_expr(cols, depth)
        if r < 0.9:
            return self.str_expr(cols, depth)
        d = self.col(cols, "BOOLEAN")
        return d if d else self.cond(cols, depth + 1)

    def cond(self, cols, depth=0):
        r = self.rng.random()
        if depth < 2 and r < 0.15:
            return "(%s %s %s)" % (self.cond(cols, depth + 1), self.pick("and", "or"), self.cond(cols, depth + 1))
        if depth < 2 and r < 0.2:
            return "not (%s)" % self.cond(cols, depth + 1)
        if r < 0.5:
            op = self.pick("=", "<>", "<", "<=", ">", ">=")
            return "%s %s %s" % (self.int_expr(cols, depth + 1), op, self.int_expr(cols, depth + 1))
        if r < 0.6:
            return "%s %s %s" % (self.dbl_expr(cols, depth + 1), self.pick("<", ">=", "="), self.int_expr(cols, depth + 1))
        if r < 0.7:
            return "%s is %snull" % (self.any_expr(cols, depth + 1), self.pick("", "not "))
        if r < 0.78:
            c = self.col(cols, "VARCHAR")
            if c:
                return "%s %slike '%s'" % (c, self.pick("", "not "), self.pick("a%", "%e%", "_o_", "D%"))
        if r < 0.86:
            lo = self.rng.randint(-3, 3)
            return "%s %sbetween %d and %d" % (self.int_expr(cols, depth + 1), self.pick("", "not "), lo, lo + self.rng.randint(0, 5))
        if r < 0.93:
            items = ", ".join(str(self.rng.randint(-2, 5)) for _ in range(self.rng.randint(1, 4)))
            if self.chance(0.3):
                items += ", NULL"
            return "%s %sin (%s)" % (self.int_expr(cols, depth + 1), self.pick("", "not "), items)
        if r < 0.95:
            c = self.col(cols, "VARCHAR")
            if c:
                return self.pick("starts_with(%s, 'a')" % c, "contains(%s, 'e')" % c,
                                 "regexp_matches(%s, '^[a-d]')" % c, "%s ilike 'A%%'" % c)
        d = self.col(cols, "BOOLEAN")
        return d if d else "%s = %s" % (self.str_expr(cols, depth + 1), self.str_expr(cols, depth + 1))

    # Tables and queries

    def table_cols(self, table, alias=None):
        q = alias or table
        return [("%s.%s" % (q, n), t) for n, t in TABLES[table]]

    def order_all(self, n):
        """`order by` every output column (a fixed order), maybe with a limit."""
        keys = ", ".join("%d%s" % (i + 1, self.pick("", " desc", " nulls first", " desc nulls last")) for i in range(n))
        limit = " limit %d" % self.rng.randint(0, 6) if self.chance(0.5) else ""
        if limit and self.chance(0.3):
            limit += " offset %d" % self.rng.randint(0, 3)
        return " order by " + keys + limit

    def simple(self):
        t = self.pick("t1", "t2", "t3")
        cols = self.table_cols(t)
        exprs = [self.any_expr(cols) for _ in range(self.rng.randint(1, 3))]
        sql = "select %s%s from %s" % ("distinct " if self.chance(0.15) else "", ", ".join(exprs), t)
        if self.chance(0.7):
            sql += " where " + self.cond(cols)
        ordered = self.chance(0.3)
        if ordered:
            sql += self.order_all(len(exprs))
        return sql, ordered

    def aggregate(self):
        t = self.pick("t1", "t2", "t3")
        cols = self.table_cols(t)
        key = self.pick(self.int_expr(cols, 2), self.str_expr(cols, 2), self.col(cols, "BIGINT"))
        aggs = []
        for _ in range(self.rng.randint(1, 3)):
            f = self.pick("count(*)", "count(%s)", "sum(%s)", "min(%s)", "max(%s)", "avg(%s)", "count(distinct %s)",
                          "sum(%s)", "stddev(%s)", "median(%s)", "var_samp(%s)")
            arg = self.int_expr(cols, 1) if self.chance(0.6) else self.dbl_expr(cols, 1)
            if f in ("min(%s)", "max(%s)", "count(%s)") and self.chance(0.3):
                arg = self.str_expr(cols, 1)
            aggs.append(f % arg if "%s" in f else f)
        grouped = self.chance(0.75)
        sql = "select %s%s from %s" % ((key + ", ") if grouped else "", ", ".join(aggs), t)
        if self.chance(0.5):
            sql += " where " + self.cond(cols)
        if grouped:
            sql += " group by " + key
            if self.chance(0.3):
                sql += " having count(*) %s %d" % (self.pick(">", ">=", "="), self.rng.randint(0, 3))
        return sql, False

    def join(self):
        kind = self.pick("join", "inner join", "left join", "right join", "full join", "left outer join")
        left, right = self.pick(("t1", "t2"), ("t2", "t1"), ("t1", "t3"), ("t2", "t2"))
        la, ra = "x", "y"
        lc, rc = self.table_cols(left, la), self.table_cols(right, ra)
        cols = lc + rc
        lk = self.col(lc, "BIGINT")
        rk = self.col(rc, "BIGINT")
        on = "%s = %s" % (lk, rk)
        if self.chance(0.3):
            on += " and " + self.cond(cols, 1)
        elif self.chance(0.1):
            on = "%s < %s" % (lk, rk)
        exprs = [self.any_expr(cols, 1) for _ in range(self.rng.randint(1, 3))]
        if self.chance(0.15):
            sql = "select %s from %s %s, %s %s where %s" % (", ".join(exprs), left, la, right, ra, on)
        elif self.chance(0.1):
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
        part = self.pick("", "partition by %s " % self.pick(self.col(cols, "BIGINT"), self.str_expr(cols, 2)))
        order = "order by %s%s, id" % (self.int_expr(cols, 2), self.pick("", " desc"))
        v = self.pick(self.int_expr(cols, 1), self.dbl_expr(cols, 1))
        f = self.pick(
            "row_number() over (%s%s)" % (part, order),
            "rank() over (%s%s)" % (part, order),
            "dense_rank() over (%s%s)" % (part, order),
            "lag(%s) over (%s%s)" % (v, part, order),
            "lead(%s, 2, 0) over (%s%s)" % (v, part, order),
            "first_value(%s) over (%s%s)" % (v, part, order),
            "sum(%s) over (%s%s)" % (v, part, order),
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
        if r < 0.25:
            sub = "select %s from t2 where %s" % (self.pick("a", "e", "a + 1"), self.cond(self.table_cols("t2"), 1))
            return "select id, a from t1 where a %sin (%s)" % (self.pick("", "not "), sub), False
        if r < 0.45:
            return ("select id from t1 where %sexists (select 1 from t2 where t2.a = t1.a and %s)"
                    % (self.pick("", "not "), self.cond(self.table_cols("t2"), 1))), False
        if r < 0.65:
            agg = self.pick("max(e)", "count(*)", "sum(a)", "min(c)")
            return "select id, (select %s from t2 where t2.a = t1.a) from t1" % agg, False
        if r < 0.8:
            return "select id, b - (select avg(v) from t3) from t1 where %s" % self.cond(c1, 1), False
        if r < 0.9:
            return ("select s.k, s.n from (select %s as k, count(*) as n from t1 group by 1) s where s.n > %d"
                    % (self.int_expr(c1, 2), self.rng.randint(0, 2))), False
        return "with w as (select a, c from t1 where %s) select w.a, t2.e from w join t2 on w.a = t2.a" % self.cond(c1, 1), False

    def setop(self):
        op = self.pick("union", "union all", "intersect", "except", "intersect all", "except all")
        a = self.pick("select a from t1", "select e from t2", "select k from t3", "select a from t2 where e > 0")
        b = self.pick("select a from t2", "select k from t3", "select a from t1 where d", "select e from t2")
        if self.chance(0.3):
            a, b = a.replace("select a", "select a, c") if "t1" in a or "t2" in a else a, b
            if a.count(",") != b.count(","):
                a, b = "select a, c from t1", "select a, c from t2"
        sql = "%s %s %s" % (a, op, b)
        ordered = self.chance(0.4)
        if ordered:
            sql += self.order_all(a.split(" from")[0].count(",") + 1)
        return sql, ordered

    def extras(self):
        r = self.rng.random()
        c1 = self.table_cols("t1")
        if r < 0.2:
            return "select c, a % 3, count(*), sum(b) from t1 group by all", False
        if r < 0.35:
            return "select * exclude (dt, d) from t1 where %s order by all" % self.cond(c1), True
        if r < 0.45:
            return "select * replace (a * 10 as a) from t2 where %s" % self.cond(self.table_cols("t2")), False
        if r < 0.55:
            return ("select id, a from t1 where a > (select min(e) from t2 where t2.c = t1.c) or b < "
                    "(select max(v) from t3 where t3.k = t1.a)"), False
        if r < 0.65:
            return ("select c, count(*) from t1 where a in (select k from t3 where v is not null) "
                    "group by c having sum(b) > %d or count(*) > 1" % self.rng.randint(-5, 5)), False
        if r < 0.75:
            return ("with s as (select c, sum(a) as total from t1 group by c), m as (select max(total) as top from s) "
                    "select c, total from s, m where total = top"), False
        if r < 0.85:
            return "select (select a from t2 where id = %d), %s from t1 where id < 3" % (
                self.rng.randint(-1, 15), self.int_expr(c1, 1)), False
        if r < 0.92:
            return ("select c, avg(b), string_agg(cast(id as varchar), ',') from (select * from t1 order by id) "
                    "group by c"), False
        return ("select a, sum(e) over (partition by a order by id rows between 2 preceding and 1 following), "
                "rank() over (order by c nulls first) from t2"), False

    def query(self):
        return self.pick(self.simple, self.simple, self.aggregate, self.aggregate, self.join, self.join,
                         self.using_join, self.window, self.window, self.subquery, self.subquery, self.setop,
                         self.extras, self.extras)()


# ---------------------------------------------------------------------------------------------
# Running


def parse_csv(text):
    """Records of (value, quoted) fields; Peruse writes RFC 4180 with NULL as an empty field."""
    records, fields, field, quoted, i, n = [], [], [], False, 0, len(text)
    in_quotes = False
    while i < n:
        ch = text[i]
        if in_quotes:
            if ch == '"':
                if i + 1 < n and text[i + 1] == '"':
                    field.append('"')
                    i += 1
                else:
                    in_quotes = False
            else:
                field.append(ch)
        elif ch == '"':
            in_quotes, quoted = True, True
        elif ch == ",":
            fields.append(("".join(field), quoted))
            field, quoted = [], False
        elif ch == "\n":
            fields.append(("".join(field), quoted))
            records.append(fields)
            fields, field, quoted = [], [], False
        elif ch != "\r":
            field.append(ch)
        i += 1
    if field or fields:
        fields.append(("".join(field), quoted))
        records.append(fields)
    return records


def run_peruse(peruse, setup, queries):
    """Each query's CSV records (header first), or None where Peruse failed."""
    script = []
    for s in setup:
        script.append(s + ";")
    for k, q in enumerate(queries):
        script.append("select '%d' as %s;" % (k, MARKER))
        script.append(q + ";")
    script.append("select 'end' as %s;" % MARKER)
    proc = subprocess.run([peruse, "--no-builtins", "--format", "csv", "--keep-going"], input="\n".join(script),
                          capture_output=True, text=True, timeout=600)
    out = [None] * len(queries)
    current = None
    records = parse_csv(proc.stdout)
    i = 0
    while i < len(records):
        r = records[i]
        if len(r) == 1 and r[0][0] == MARKER and i + 1 < len(records):
            tag = records[i + 1][0][0]
            current = int(tag) if tag.isdigit() else None
            if current is not None:
                out[current] = []
                out[current] = None  # until a header shows the query succeeded
            i += 2
            continue
        if current is not None:
            if out[current] is None:
                out[current] = []
            else:
                out[current].append(r)
        i += 1
    return out


def typed(cell, type_name):
    text, quoted = cell
    if text == "" and not quoted:
        return None
    t = type_name.upper()
    if t in ("BIGINT", "INTEGER", "HUGEINT", "SMALLINT", "TINYINT", "UBIGINT", "UINTEGER"):
        try:
            return int(text)
        except ValueError:
            return text
    if t in ("DOUBLE", "FLOAT") or t.startswith("DECIMAL"):
        try:
            return float(text)
        except ValueError:
            return text
    if t == "BOOLEAN":
        return {"true": True, "false": False}.get(text, text)
    return text


def canonical(v):
    if isinstance(v, bool) or v is None or isinstance(v, (int, str)):
        return v
    if isinstance(v, float):
        return v
    if hasattr(v, "isoformat"):
        return v.isoformat()
    try:
        return float(v)
    except (TypeError, ValueError):
        return str(v)


def same_value(a, b):
    if isinstance(a, bool) or isinstance(b, bool):
        return a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        if isinstance(a, float) or isinstance(b, float):
            a, b = float(a), float(b)
            if math.isnan(a) or math.isnan(b):
                return math.isnan(a) and math.isnan(b)
            if math.isinf(a) or math.isinf(b):
                return a == b
            return abs(a - b) <= 1e-9 * max(abs(a), abs(b)) + 1e-12
        return a == b
    return a == b


def sort_key(row):
    out = []
    for v in row:
        if v is None:
            out.append((0, ""))
        elif isinstance(v, bool):
            out.append((1, str(v)))
        elif isinstance(v, (int, float)):
            out.append((2, "%.6e" % v if not (isinstance(v, float) and (math.isnan(v) or math.isinf(v))) else str(v)))
        else:
            out.append((3, str(v)))
    return out


def compare(peruse_rows, duck_rows, ordered):
    if len(peruse_rows) != len(duck_rows):
        return False
    if not ordered:
        peruse_rows = sorted(peruse_rows, key=sort_key)
        duck_rows = sorted(duck_rows, key=sort_key)
    for p, d in zip(peruse_rows, duck_rows):
        if len(p) != len(d) or not all(same_value(x, y) for x, y in zip(p, d)):
            return False
    return True


def run_seed(peruse, seed, count, batch, max_rows):
    rng = random.Random(seed)
    setup = make_setup(rng, max_rows)
    gen = Gen(rng)
    queries = [gen.query() for _ in range(count)]
    con = duckdb.connect()
    for s in setup:
        con.execute(s)
    mismatches = []
    both_failed = 0
    for start in range(0, count, batch):
        chunk = queries[start:start + batch]
        results = run_peruse(peruse, setup, [q for q, _ in chunk])
        for (q, ordered), got in zip(chunk, results):
            try:
                cur = con.execute(q)
                duck = [tuple(canonical(v) for v in row) for row in cur.fetchall()]
                types = [str(d[1]) for d in cur.description]
            except duckdb.Error as e:
                duck, types = None, str(e).split("\n")[0]
            if duck is None and got is None:
                both_failed += 1
                continue
            if duck is None or got is None:
                mismatches.append((q, got, duck if duck is not None else types))
                continue
            mine = [tuple(typed(c, t) for c, t in zip(r, types)) for r in got]
            if not compare(mine, duck, ordered):
                mismatches.append((q, mine, duck))
    return setup, mismatches, both_failed


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--peruse", default=os.path.join(ROOT, ".build", "debug", "peruse"))
    parser.add_argument("--seed", type=int, default=20241124)
    parser.add_argument("--queries", type=int, default=2000)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--max-rows", type=int, default=14, help="rows per table, at most")
    parser.add_argument("--fresh", action="store_true", help="also run a seed taken from the clock")
    args = parser.parse_args()
    seeds = [args.seed] + ([int(time.time())] if args.fresh else [])
    started = time.time()
    failed = False
    total = 0
    for seed in seeds:
        setup, mismatches, both_failed = run_seed(args.peruse, seed, args.queries, args.batch, args.max_rows)
        total += args.queries
        print("seed %d: %d queries, %d mismatches (%d failed in both engines)"
              % (seed, args.queries, len(mismatches), both_failed))
        if mismatches:
            failed = True
            print("  setup:\n    " + ";\n    ".join(setup))
            for q, mine, duck in mismatches[:20]:
                print("  query: " + q)
                print("    peruse: %r" % (mine if mine is None else mine[:8]))
                print("    duckdb: %r" % (duck if not isinstance(duck, list) else duck[:8]))
    print("%d queries in %.1f s" % (total, time.time() - started))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
