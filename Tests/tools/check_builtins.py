#!/usr/bin/env python3
r'''Check the built-in dataset in Sources/PeruseBuiltins/BuiltinScript.swift.

Run from anywhere:  python3 Tests/tools/check_builtins.py [--seeds DIR]

What it checks (exit status 1 if any check fails):
  1. The Swift file holds one raw string literal `#""" ... """#`. Every
     non-blank content line is indented at least as far as the closing
     delimiter, and there is no `\#` escape or stray delimiter inside it.
  2. The SQL uses only the allowed syntax: `create table t (col TYPE, ...);`
     with BIGINT/DOUBLE/VARCHAR/BOOLEAN, `insert into t values (...), ...;`
     with literals only, and `--` comments. Numbers in DOUBLE columns are
     written with a decimal point.
  3. Run in DuckDB, the script creates exactly the expected tables with the
     expected columns, in order.
  4. Every `source` value is an id in `sources`, and every `sources.file`
     exists in the seed folder.
  5. The crime rows for 2021, 2022, 2023 are 12.1, 15.4, 18.0.
  6. Every number in crime, extortion and indicators (values and years), and
     every year/month/day in events, appears in some textual form in the seed
     article its row cites: "12.1", "4,119", "14.089 billion", "five"/"fivefold",
     "second", "-20", and so on. Numbers it cannot find are printed so that a
     human can check them.
  7. indicators.unit is from the agreed vocabulary.
'''

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import duckdb

REPO = Path(__file__).resolve().parents[2]
SWIFT_FILE = REPO / "Sources" / "PeruseBuiltins" / "BuiltinScript.swift"
DEFAULT_SEEDS = REPO.parent / "shared" / "seeds"  # the seeds sit beside the repository

EXPECTED_SCHEMA = {
    "sources": [("id", "VARCHAR"), ("title", "VARCHAR"), ("publisher", "VARCHAR"),
                ("author", "VARCHAR"), ("published", "VARCHAR"), ("file", "VARCHAR")],
    "crime": [("year", "BIGINT"), ("rate", "DOUBLE"), ("estimated", "BOOLEAN"), ("source", "VARCHAR")],
    "extortion": [("year", "BIGINT"), ("reports", "BIGINT"), ("source", "VARCHAR")],
    "indicators": [("name", "VARCHAR"), ("value", "DOUBLE"), ("unit", "VARCHAR"), ("year", "BIGINT"),
                   ("place", "VARCHAR"), ("source", "VARCHAR"), ("note", "VARCHAR")],
    "events": [("year", "BIGINT"), ("month", "BIGINT"), ("day", "BIGINT"), ("place", "VARCHAR"),
               ("event", "VARCHAR"), ("source", "VARCHAR"), ("note", "VARCHAR")],
}

ALLOWED_TYPES = {"BIGINT", "DOUBLE", "VARCHAR", "BOOLEAN"}

ALLOWED_UNITS = {
    "percent", "per 100,000 people", "reports", "people", "tons", "tons per year",
    "soles", "US dollars", "count", "ratio", "rank", "meters above sea level",
    "degrees Celsius",
}

WORDS = {
    1: ["one", "first"], 2: ["second", "two", "twice", "double"], 3: ["three", "third", "threefold"],
    4: ["four", "fourth", "fourfold"], 5: ["five", "fifth", "fivefold"], 6: ["six"], 7: ["seven"],
    8: ["eight"], 9: ["nine"], 10: ["ten", "tenfold"], 11: ["eleven"], 12: ["twelve"],
    15: ["fifteen"], 16: ["sixteen"], 20: ["twenty"], 50: ["fifty"], 100: ["hundred"],
}

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

failures: list[str] = []


def fail(msg: str) -> None:
    failures.append(msg)
    print(f"FAIL: {msg}")


# --------------------------------------------------------------------------
# 1. Extract the SQL from the Swift raw string literal.
# --------------------------------------------------------------------------
def extract_sql(swift: str) -> str:
    m = re.search(r'#"""[ \t]*\n(.*?)\n([ \t]*)"""#', swift, re.S)
    if not m:
        raise SystemExit('FAIL: no #""" ... """# raw string found in ' + str(SWIFT_FILE))
    body, indent = m.group(1), m.group(2)
    if swift.count('#"""') != 1 or swift.count('"""#') != 1:
        fail("expected exactly one raw string literal delimiter pair")
    if "\\#" in body:
        fail("raw string contains `\\#`, which Swift treats as an escape")
    lines = []
    for n, line in enumerate(body.split("\n"), 1):
        if line.strip() == "":
            lines.append("")
            continue
        if not line.startswith(indent):
            fail(f"SQL line {n} is indented less than the closing delimiter: {line!r}")
        lines.append(line[len(indent):])
    return "\n".join(lines)


# --------------------------------------------------------------------------
# 2. A tokenizer and grammar check for the restricted SQL subset.
# --------------------------------------------------------------------------
TOKEN_RE = re.compile(r"""
    (?P<ws>\s+)
  | (?P<comment>--[^\n]*)
  | (?P<string>'(?:[^']|'')*')
  | (?P<number>-?\d+(?:\.\d+)?)
  | (?P<ident>[A-Za-z_][A-Za-z_0-9]*)
  | (?P<punct>[(),;])
""", re.X)


def tokenize(sql: str) -> list[tuple[str, str]]:
    out, pos = [], 0
    while pos < len(sql):
        m = TOKEN_RE.match(sql, pos)
        if not m:
            line = sql.count("\n", 0, pos) + 1
            fail(f"SQL syntax: unexpected text at line {line}: {sql[pos:pos + 30]!r}")
            return out
        kind = m.lastgroup
        if kind not in ("ws", "comment"):
            out.append((kind, m.group()))
        pos = m.end()
    return out


def check_grammar(tokens: list[tuple[str, str]]) -> None:
    i = 0
    schemas: dict[str, list[str]] = {}

    def peek() -> tuple[str, str]:
        return tokens[i] if i < len(tokens) else ("eof", "")

    def expect(kind: str, value: str | None = None) -> str:
        nonlocal i
        k, v = peek()
        if k != kind or (value is not None and v.lower() != value):
            raise ValueError(f"expected {value or kind}, found {v!r} (token {i})")
        i += 1
        return v

    def literal() -> None:
        nonlocal i
        k, v = peek()
        if k in ("number", "string") or (k == "ident" and v.lower() in ("true", "false", "null")):
            i += 1
        else:
            raise ValueError(f"expected a literal, found {v!r} (token {i})")

    try:
        while i < len(tokens):
            k, v = peek()
            if k == "ident" and v.lower() == "create":
                expect("ident", "create"); expect("ident", "table")
                cols = schemas.setdefault(expect("ident").lower(), [])
                expect("punct", "(")
                while True:
                    expect("ident")
                    t = expect("ident")
                    if t.upper() not in ALLOWED_TYPES or t != t.upper():
                        raise ValueError(f"type {t!r} not one of {sorted(ALLOWED_TYPES)}")
                    cols.append(t)
                    if peek() == ("punct", ","):
                        i += 1
                        continue
                    break
                expect("punct", ")"); expect("punct", ";")
            elif k == "ident" and v.lower() == "insert":
                expect("ident", "insert"); expect("ident", "into")
                cols = schemas.get(expect("ident").lower(), [])
                expect("ident", "values")
                while True:
                    expect("punct", "(")
                    n = 0
                    while True:
                        k, v = peek()
                        # DOUBLE columns get decimal literals (18.0, not 18), so the
                        # engine never has to coerce an integer literal to DOUBLE.
                        if n < len(cols) and cols[n] == "DOUBLE" and k == "number" and "." not in v:
                            raise ValueError(f"integer literal {v} in a DOUBLE column: write {v}.0")
                        literal()
                        n += 1
                        if peek() == ("punct", ","):
                            i += 1
                            continue
                        break
                    expect("punct", ")")
                    if peek() == ("punct", ","):
                        i += 1
                        continue
                    break
                expect("punct", ";")
            else:
                raise ValueError(f"statement must start with create or insert, found {v!r}")
    except ValueError as e:
        fail(f"SQL syntax: {e}")


# --------------------------------------------------------------------------
# 6. Finding numbers in article text.
# --------------------------------------------------------------------------
def trim(x: float) -> str:
    s = f"{x:.6f}".rstrip("0").rstrip(".")
    return s


def number_forms(v: float, *, words: bool = True) -> list[str]:
    forms: list[str] = []
    if float(v).is_integer():
        n = int(v)
        forms += [str(n), f"{n:,}"]
        a = abs(n)
        for scale, word in ((10**9, "billion"), (10**6, "million"), (10**3, "thousand")):
            if a >= scale:
                forms.append(f"{'-' if n < 0 else ''}{trim(a / scale)} {word}")
        if words and n in WORDS:
            forms += WORDS[n]
    else:
        forms += [trim(v), f"{v:,}"]
    return list(dict.fromkeys(forms))


def find_number(text: str, v: float, *, words: bool = True) -> str | None:
    for form in number_forms(v, words=words):
        if form[0].isalpha():
            pat = r"\b" + re.escape(form)       # "five" also matches "fivefold"
            flags = re.I
        else:
            # Not part of a longer number: "12.1" must not match "112.1" or "12.15".
            pat = r"(?<![\d.,])" + re.escape(form) + r"(?!\d|[.,]\d)"
            flags = 0
        if re.search(pat, text, flags):
            return form
    return None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS, help="folder with the seed articles")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every number and where it was found")
    args = ap.parse_args()

    sql = extract_sql(SWIFT_FILE.read_text(encoding="utf-8"))
    check_grammar(tokenize(sql))

    con = duckdb.connect()
    con.execute(sql)

    # 3. Schema.
    tables = {r[0] for r in con.execute("select table_name from information_schema.tables").fetchall()}
    if tables != set(EXPECTED_SCHEMA):
        fail(f"tables are {sorted(tables)}, expected {sorted(EXPECTED_SCHEMA)}")
    for t, cols in EXPECTED_SCHEMA.items():
        if t not in tables:
            continue
        got = con.execute(
            "select column_name, data_type from information_schema.columns "
            "where table_name = ? order by ordinal_position", [t]).fetchall()
        if [(c, ty) for c, ty in got] != cols:
            fail(f"table {t} has columns {got}, expected {cols}")

    # 4. Sources.
    sources = {r[0]: r[1] for r in con.execute("select id, file from sources").fetchall()}
    if len(sources) != con.execute("select count(*) from sources").fetchone()[0]:
        fail("duplicate ids in sources")
    texts: dict[str, str] = {}
    for sid, file in sources.items():
        path = args.seeds / file
        if not path.is_file():
            fail(f"sources.{sid}: seed file {path} not found")
            continue
        # Normalise whitespace (line wraps, no-break spaces) so that phrases split across lines still match.
        texts[sid] = re.sub(r"\s+", " ", path.read_text(encoding="utf-8"))
    seed_files = sorted(p.name for p in args.seeds.glob("*.txt"))
    missing = set(seed_files) - set(sources.values())
    if missing:
        fail(f"seed files with no row in sources: {sorted(missing)}")
    for t in ("crime", "extortion", "indicators", "events"):
        for (s,) in con.execute(f"select distinct source from {t}").fetchall():
            if s not in sources:
                fail(f"{t}.source {s!r} is not an id in sources")

    # 5. The crime rows the project relies on.
    crime = dict(con.execute("select year, rate from crime").fetchall())
    for year, rate in ((2021, 12.1), (2022, 15.4), (2023, 18.0)):
        if crime.get(year) != rate:
            fail(f"crime rate for {year} is {crime.get(year)}, expected {rate}")
    if con.execute("select estimated from crime where year = 2023").fetchone() != (True,):
        fail("crime 2023 should be estimated = true")

    # 6. Numbers appear in their article.
    checks: list[tuple[str, str, float, bool]] = []   # (label, source, number, allow words)
    for year, rate, src in con.execute("select year, rate, source from crime").fetchall():
        checks += [(f"crime {year}: year", src, year, False), (f"crime {year}: rate", src, rate, False)]
    for year, reports, src in con.execute("select year, reports, source from extortion").fetchall():
        checks += [(f"extortion {year}: year", src, year, False), (f"extortion {year}: reports", src, reports, False)]
    for name, value, year, src in con.execute("select name, value, year, source from indicators").fetchall():
        checks.append((f"indicators {name}: value", src, value, True))
        if year is not None:
            checks.append((f"indicators {name}: year", src, year, False))

    not_found = []
    for label, src, num, words in checks:
        if src not in texts:
            continue
        form = find_number(texts[src], num, words=words)
        if form is None:
            not_found.append(f"{label} = {num!r} (source {src})")
        elif args.verbose:
            print(f"ok   {label} = {num!r} found as {form!r} in {sources[src]}")

    for year, month, day, src, event in con.execute(
            "select year, month, day, source, event from events").fetchall():
        if src not in texts:
            continue
        text = texts[src]
        if year is not None and find_number(text, year, words=False) is None:
            not_found.append(f"events {event[:40]!r}: year {year} (source {src})")
        if month is not None:
            if not 1 <= month <= 12:
                fail(f"events {event[:40]!r}: month {month} out of range")
            else:
                mname = MONTHS[month - 1]
                pat = mname + (rf"\s+{day}\b" if day is not None else "")
                if not re.search(pat, text):
                    not_found.append(f"events {event[:40]!r}: {mname} {day or ''} (source {src})")
        elif day is not None:
            fail(f"events {event[:40]!r}: day without month")

    if not_found:
        print("Numbers not found in their seed article (check them by hand):")
        for nf in not_found:
            print("  " + nf)
        fail(f"{len(not_found)} number(s) not found in their article")

    # 7. Units.
    for (unit,) in con.execute("select distinct unit from indicators").fetchall():
        if unit not in ALLOWED_UNITS:
            fail(f"indicators.unit {unit!r} not in the vocabulary {sorted(ALLOWED_UNITS)}")

    # Summary.
    print("row counts:", ", ".join(
        f"{t} {con.execute(f'select count(*) from {t}').fetchone()[0]}" for t in EXPECTED_SCHEMA if t in tables))
    print(f"numbers checked: {len(checks)} values/years, plus event dates")
    if failures:
        print(f"{len(failures)} failure(s)")
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
