#!/usr/bin/env python3
"""Differential tester: random tables and random queries, run in Peruse and in DuckDB.

    python3 Tests/differential/difftest.py [--peruse PATH] [--seed N] [--seeds K] [--queries N] [--large] [--fresh] [--gaps]

For each seed it generates three tables (tables.py: every type, NULLs, duplicates, skew, and
edge values: BIGINT limits, -0.0, 1e308, NaN, accented and multi-byte text, text that may
not cast) and `--queries` random queries (queries.py, exprs.py) from the grammar both engines
share: three-valued logic, overflow, division by zero, string functions, casts, filters,
joins of every kind, group by, having, window functions, subqueries, set operations, CTEs,
distinct, order by / limit. `--large` makes tables of thousands of rows, so every operator
sees several 2048-row batches. Peruse runs the queries in batches (one process per batch,
`--format csv --keep-going`, a marker query between queries); DuckDB (pip install
duckdb==2.0.0) runs them in process. Results are compared as multisets of rows, or as lists
when `order by` fixes the order; doubles agree within a relative 1e-9, and doubles cast to
text must match exactly. Both engines failing counts as agreement. Reported apart, not as
mismatches: queries only Peruse refuses (gaps, some deliberate: README), and queries where
one engine fails on a value the other never evaluated (evaluation order is unspecified).
`--fresh` adds a seed from the clock (printed). Exits 1 on any mismatch, printing the seed,
the setup and the query.
"""
import argparse
import math
import os
import random
import re
import subprocess
import sys
import time

import duckdb

from queries import QueryGen
from tables import make_setup

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MARKER = "__peruse_marker__"
RUNTIME_ERRORS = ("Conversion Error", "Out of Range Error", "Invalid Input Error")
PERUSE_VALUE_ERRORS = r"Could not convert|Overflow|Division by zero|Like pattern must not end|Invalid escape string"
# DuckDB checks a LIKE escape value by value, but calls what it finds a syntax error.
DUCKDB_VALUE_ERRORS = r"Syntax Error: (Like pattern must not end|Invalid escape string)"

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
    errors = {}
    for line in proc.stderr.splitlines():
        m = re.match(r"<stdin>:(\d+):\d+: error: (.*)", line)
        if m:
            k = (int(m.group(1)) - len(setup) - 2) // 2  # a marker line, then the query's line
            errors.setdefault(k, m.group(2))
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
    if proc.returncode not in (0, 1):
        # A crash (a trap, a signal): the query after the last marker seen is the culprit.
        errors["crash"] = (current, "Peruse exited with %d: %s" % (proc.returncode, proc.stderr[-300:]))
    return out, errors


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
    """A total order for sorting rows before a multiset comparison: exact for big integers,
    -0.0 with 0.0, NaN after every number."""
    out = []
    for v in row:
        if v is None:
            out.append((0, 0, ""))
        elif isinstance(v, bool):
            out.append((1, int(v), ""))
        elif isinstance(v, (int, float)):
            out.append((3, 0, "") if isinstance(v, float) and math.isnan(v) else (2, v, ""))
        else:
            out.append((4, 0, str(v)))
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


def run_seed(peruse, seed, count, batch, max_rows, large):
    rng = random.Random(seed)
    setup = make_setup(rng, max_rows, large)
    gen = QueryGen(rng, large)
    queries = [gen.query() for _ in range(count)]
    con = duckdb.connect()
    for s in setup:
        con.execute(s)
    report = {"mismatches": [], "both_failed": 0, "gaps": [], "evaluation_order": []}
    for start in range(0, count, batch):
        chunk = queries[start:start + batch]
        results, errors = run_peruse(peruse, setup, [q for q, _ in chunk])
        if "crash" in errors:
            k, message = errors.pop("crash")
            report["mismatches"].append((chunk[k][0] if k is not None else "(setup or end of batch)", None, message))
        for k, ((q, ordered), got) in enumerate(zip(chunk, results)):
            try:
                cur = con.execute(q)
                duck = [tuple(canonical(v) for v in row) for row in cur.fetchall()]
                types = [str(d[1]) for d in cur.description]
            except duckdb.Error as e:
                duck, types = None, str(e).split("\n")[0]
            if duck is None and got is None:
                report["both_failed"] += 1
            elif got is None and re.match(PERUSE_VALUE_ERRORS, errors.get(k, "")):
                # Peruse failed on a value DuckDB never evaluated (DuckDB folds `x * NULL` to NULL,
                # skips a `limit 0` or a constant-false filter): evaluation order, reported apart.
                report["evaluation_order"].append((q, errors.get(k, "")))
            elif got is None:
                # Peruse refuses what DuckDB runs: a gap (maybe deliberate), reported apart.
                report["gaps"].append((q, errors.get(k, "?")))
            elif duck is None and (types.split(":")[0] in RUNTIME_ERRORS or re.match(DUCKDB_VALUE_ERRORS, types)):
                # DuckDB failed on a value Peruse never evaluated (a filter, a join or a constant
                # folded early ran first): which rows an engine evaluates first is unspecified.
                report["evaluation_order"].append((q, types))
            elif duck is None:
                report["mismatches"].append((q, got, types))
            else:
                mine = [tuple(typed(c, t) for c, t in zip(r, types)) for r in got]
                if not compare(mine, duck, ordered):
                    report["mismatches"].append((q, mine, duck))
    return setup, report


def gap_kind(message):
    """An error message without its particulars, to count gaps by kind."""
    return re.sub(r"'[^']*'|\([^)]*\)|-?\d[\w.+-]*", "…", message)[:90]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--peruse", default=os.path.join(ROOT, ".build", "debug", "peruse"))
    parser.add_argument("--seed", type=int, default=20241124)
    parser.add_argument("--seeds", type=int, default=1, help="run this many seeds from --seed on")
    parser.add_argument("--queries", type=int, default=2000)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--max-rows", type=int, default=None, help="rows per table, at most (14; 3000 when large)")
    parser.add_argument("--large", action="store_true", help="thousands of rows per table: several 2048-row batches")
    parser.add_argument("--fresh", action="store_true", help="also run a seed taken from the clock")
    parser.add_argument("--show", type=int, default=20, help="mismatches to print per seed")
    parser.add_argument("--gaps", action="store_true", help="print an example of each kind of gap")
    args = parser.parse_args()
    max_rows = args.max_rows or (3000 if args.large else 14)
    seeds = list(range(args.seed, args.seed + args.seeds)) + ([int(time.time())] if args.fresh else [])
    started = time.time()
    failed = False
    total, gap_kinds = 0, {}
    for seed in seeds:
        setup, report = run_seed(args.peruse, seed, args.queries, args.batch, max_rows, args.large)
        total += args.queries
        mismatches = report["mismatches"]
        print("seed %d: %d queries, %d mismatches, %d failed in both engines, %d failed only in Peruse, "
              "%d failed in one engine only on a value" % (seed, args.queries, len(mismatches), report["both_failed"],
                                                       len(report["gaps"]), len(report["evaluation_order"])))
        if args.gaps:
            for q, message in report["evaluation_order"][:3]:
                print("  one engine only: %s\n    -> %s" % (q, message))
        for q, message in report["gaps"]:
            gap_kinds.setdefault(gap_kind(message), []).append((seed, q, message))
        if mismatches:
            failed = True
            if len(setup) < 10:
                print("  setup:\n    " + ";\n    ".join(setup))
            for q, mine, duck in mismatches[:args.show]:
                print("  query: " + q)
                print("    peruse: %r" % (mine if mine is None else mine[:8]))
                print("    duckdb: %r" % (duck if not isinstance(duck, list) else duck[:8]))
    print("%d queries in %.1f s" % (total, time.time() - started))
    if gap_kinds:
        print("failed only in Peruse, by kind (see README for the deliberate differences):")
        for kind, cases in sorted(gap_kinds.items(), key=lambda kv: -len(kv[1])):
            print("  %5d  %s" % (len(cases), kind))
            if args.gaps:
                seed, q, message = cases[0]
                print("         seed %d: %s\n         -> %s" % (seed, q, message))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
