#!/usr/bin/env python3
"""Runs sqllogictest files in DuckDB, the oracle Peruse follows where their SQL overlaps.

    python3 Tests/tools/slt_duckdb.py Tests/PeruseLogicTests/Logic/*.test

Each file gets a fresh in-memory database with the built-in tables loaded from
Sources/PeruseBuiltins/BuiltinScript.swift. Records under `onlyif peruse` or
`skipif duckdb` are skipped. Values render as the Swift runner renders them: `I` integer
(reals truncated toward zero, booleans 1/0), `R` `%.3f`, `T` DuckDB's text (`::VARCHAR`),
an empty string `(empty)`, NULL `NULL`. `set integer_division = …` runs as it is.
Exits 1 when any record fails.
"""
import datetime
import decimal
import hashlib
import math
import os
import re
import sys

import duckdb

ENGINE = "duckdb"
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BUILTIN_SCRIPT = os.path.join(ROOT, "Sources", "PeruseBuiltins", "BuiltinScript.swift")


def builtin_sql():
    """The SQL between `#\"\"\"` and `\"\"\"#` in BuiltinScript.swift, or None."""
    if not os.path.exists(BUILTIN_SCRIPT):
        return None
    text = open(BUILTIN_SCRIPT, encoding="utf-8").read()
    m = re.search(r'#"""\n(.*?)\n\s*"""#', text, re.S)
    return m.group(1) if m else None


class Record:
    def __init__(self, kind, line, sql="", conditions=(), **extra):
        self.kind, self.line, self.sql, self.conditions = kind, line, sql, list(conditions)
        self.__dict__.update(extra)


def parse(text):
    """Records of a file, as LogicParser.swift reads them."""
    lines = [l[:-1] if l.endswith("\r") else l for l in text.split("\n")]
    records, conditions, i = [], [], 0

    def read_sql():
        nonlocal i
        out = []
        while i < len(lines) and lines[i].strip() not in ("", "----"):
            out.append(lines[i])
            i += 1
        return "\n".join(out)

    def read_block():
        nonlocal i
        out = []
        while i < len(lines) and lines[i].strip() != "":
            out.append(lines[i])
            i += 1
        return out

    while i < len(lines):
        stripped = lines[i].strip()
        words = stripped.split()
        if not words or words[0].startswith("#"):
            if not stripped:
                conditions = []
            i += 1
            continue
        start = i + 1
        i += 1
        head = words[0]
        if head in ("skipif", "onlyif"):
            conditions.append((head, words[1]))
            continue
        if head == "halt":
            rec = Record("halt", start)
        elif head == "hash-threshold":
            rec = Record("hash-threshold", start, n=int(words[1]))
        elif (head == "statement" and len(words) >= 2 and words[1] in ("ok", "error")) or (
            head == "query" and len(words) >= 2 and words[1] == "error"
        ):
            sql = read_sql()
            message = None
            if i < len(lines) and lines[i].strip() == "----":
                i += 1
                message = "\n".join(read_block()).strip() or None
            kind = "ok" if words[1] == "ok" else "error"
            rec = Record(kind, start, sql, message=message)
        elif head == "query" and len(words) >= 2:
            sql = read_sql()
            expected = []
            if i < len(lines) and lines[i].strip() == "----":
                i += 1
                expected = read_block()
            sort = words[2] if len(words) >= 3 else "nosort"
            rec = Record("query", start, sql, types=words[1], sort=sort, expected=expected)
        else:
            read_block()
            rec = Record("unsupported", start, stripped)
        rec.conditions = conditions
        conditions = []
        records.append(rec)
    return records


def applies(rec):
    for mode, engine in rec.conditions:
        same = engine.lower() == ENGINE
        if mode == "skipif" and same:
            return False
        if mode == "onlyif" and not same:
            return False
    return True


class Renderer:
    def __init__(self, con):
        self.con = con
        self.cache = {}

    def double_text(self, d):
        if d not in self.cache or (isinstance(d, float) and math.isnan(d)):
            self.cache[d] = self.con.execute("select ?::DOUBLE::VARCHAR", [d]).fetchone()[0]
        return self.cache[d]

    def render(self, v, letter):
        if v is None:
            return "NULL"
        if letter == "I":
            if isinstance(v, bool):
                return "1" if v else "0"
            if isinstance(v, int):
                return str(v)
            if isinstance(v, (float, decimal.Decimal)):
                return str(int(v)) if math.isfinite(v) else self.double_text(float(v))
            if isinstance(v, str):
                return str(int(leading_number(v)))
            return str(v)
        if letter == "R":
            if isinstance(v, str):
                v = leading_number(v)
            return "%.3f" % float(v)
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, float):
            return self.double_text(v)
        if isinstance(v, (datetime.date, datetime.datetime)):
            return v.isoformat()
        text = str(v)
        return text if text != "" else "(empty)"


def leading_number(s):
    s, best = s.strip(), 0.0
    for end in range(1, len(s) + 1):
        try:
            best = float(s[:end])
        except ValueError:
            pass
    return best


def sort_key(s):
    return s.encode("utf-8")


def sorted_values(rows, sort):
    if sort == "rowsort":
        return [v for row in sorted(rows, key=lambda r: [sort_key(x) for x in r]) for v in row]
    if sort == "valuesort":
        return sorted((v for row in rows for v in row), key=sort_key)
    return [v for row in rows for v in row]


def chunk(values, width):
    return [values[i : i + width] for i in range(0, len(values), max(width, 1))]


def run_file(path, verbose):
    con = duckdb.connect()
    script = builtin_sql()
    if script:
        con.execute(script)
    renderer = Renderer(con)
    passed = failed = skipped = 0
    threshold = 0
    failures = []
    for rec in parse(open(path, encoding="utf-8").read()):
        ok = applies(rec)
        if rec.kind == "halt":
            if ok:
                break
            continue
        if rec.kind == "hash-threshold":
            if ok:
                threshold = rec.n
            continue
        if rec.kind == "unsupported" or not ok:
            skipped += 1
            continue
        problem = check(con, renderer, rec, threshold)
        if problem is None:
            passed += 1
        else:
            failed += 1
            failures.append("%s:%d: %s\n    %s" % (path, rec.line, problem, rec.sql.replace("\n", "\n    ")))
    return passed, failed, skipped, failures


def check(con, renderer, rec, threshold):
    try:
        cur = con.execute(rec.sql)
        rows = cur.fetchall() if cur.description else []
        description = cur.description
    except Exception as e:  # noqa: BLE001 - any DuckDB error is a result here
        message = str(e)
        if rec.kind == "error":
            if rec.message is None or rec.message in message:
                return None
            return "wrong error message\n  expected: %s\n  actual:   %s" % (rec.message, message)
        return "failed: %s" % message
    if rec.kind == "error":
        return "expected an error, but it succeeded"
    if rec.kind == "ok":
        return None
    width = len(rec.types)
    if description is None or len(description) != width:
        got = 0 if description is None else len(description)
        return "expected %d columns (%s), got %d" % (width, rec.types, got)
    rendered = [[renderer.render(v, rec.types[c]) for c, v in enumerate(row)] for row in rows]
    actual = sorted_values(rendered, rec.sort)
    m = re.fullmatch(r"(\d+) values hashing to ([0-9a-f]{32})", rec.expected[0].strip()) if len(rec.expected) == 1 else None
    if m:
        digest = hashlib.md5("".join(v + "\n" for v in actual).encode("utf-8")).hexdigest()
        if len(actual) == int(m.group(1)) and digest == m.group(2):
            return None
        return "wrong result\n  expected: %s\n  actual:   %d values hashing to %s" % (rec.expected[0], len(actual), digest)
    expected = [v for line in rec.expected for v in line.split("\t")]
    if rec.sort != "nosort":
        expected = sorted_values(chunk(expected, width), rec.sort)
    if expected == actual:
        return None
    show = lambda vals: "\n    ".join("\t".join(r) for r in chunk(vals, width))
    return "wrong result\n  expected:\n    %s\n  actual:\n    %s" % (show(expected), show(actual))


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    total_failed = 0
    if builtin_sql() is None:
        print("note: no built-in script found; queries over built-in tables will fail")
    for path in argv[1:]:
        passed, failed, skipped, failures = run_file(path, verbose=True)
        total_failed += failed
        for f in failures:
            print(f)
        print("%s: %d passed, %d failed, %d skipped" % (path, passed, failed, skipped))
    return 1 if total_failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
