#!/usr/bin/env python3
"""Run the Peruse benchmark and the same queries in DuckDB; print them side by side.

    swift build -c release --product PeruseBench
    python3 Benchmarks/compare_duckdb.py [path/to/PeruseBench] [--rows N] [--seed S]

The Peruse binary generates the `events` table in memory, times the queries and (the first
time) writes the table as CSV; DuckDB loads that CSV with explicit column types, runs with
`SET threads = 1`, and times the same queries the same way (median of 5 after a warm-up).
The first result row of each query must agree between the two engines (doubles within a
relative 1e-9). See Benchmarks/README.md.
"""

import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time

try:
    import duckdb
except ImportError:
    sys.exit("compare_duckdb.py needs DuckDB's Python package: pip install duckdb==2.0.0")

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# Same text as Benchmarks/PeruseBench/Queries.swift.
QUERIES = [
    ("Q1", "select count(*) from events where year >= 2021"),
    ("Q2", "select sum(reports) from events where region = 'Lima' and rate > 50"),
    ("Q3", "select region, avg(rate), count(*) from events group by region order by 2 desc"),
    ("Q4", "select year, category, sum(reports), max(victims) from events group by year, category "
           "order by year, category"),
    ("Q5", "select region, category, year, rate from events where category = 'extortion' "
           "order by rate desc limit 10"),
    ("Q6", "select substr(region, 1, 3) as p, count(*) from events group by p order by 2 desc limit 3"),
    ("Q7", "select round(rate, 1) as r, count(*) from events group by r order by 2 desc limit 3"),
    ("Q8", "select count(*) from events where coalesce(rate, 0) > 50"),
    ("Q9", "select count(*) from events where rate between 10 and 20 and (month in (1, 2, 3) or victims > 50)"),
    ("Q10", "select region, year, sum(reports) over (partition by region order by year "
            "rows between unbounded preceding and current row) as c from events order by c desc limit 3"),
    ("Q11", "select count(distinct region || category) from events"),
    ("Q12", "select count(*) from events where lower(category) like '%rob%'"),
    ("Q13", "select region, sum(case when year >= 2022 then reports else 0 end) as s from events "
            "group by region order by s desc limit 3"),
    ("Q14", "select r.macro, sum(e.reports) from events e join regions r on e.region = r.name "
            "group by r.macro order by 1"),
    ("Q15", "select region, year, month, reports - lag(reports) over (partition by region order by year, month, "
            "reports) as d from events order by d desc, region, year, month limit 3"),
    ("Q16", "select year(d) as y, month(d) as m, count(*) from (select date '2010-01-01' + cast(reports * 10 as "
            "integer) as d from events) group by y, m order by 3 desc, y, m limit 3"),
]

# Same text as `regionsTableSQL` in Benchmarks/PeruseBench/Queries.swift (Q14 joins with it).
REGIONS_TABLE_SQL = (
    "create table regions as select distinct region as name, case when region in ('Lima', 'Callao', 'Ica', "
    "'Áncash', 'La Libertad', 'Lambayeque', 'Piura', 'Tumbes', 'Arequipa', 'Moquegua', 'Tacna') "
    "then 'costa' else 'interior' end as macro from events"
)

# The generator's schema (Benchmarks/PeruseBench/Generator.swift), as DuckDB types.
COLUMNS = {
    "year": "BIGINT",
    "month": "BIGINT",
    "region": "VARCHAR",
    "category": "VARCHAR",
    "reports": "BIGINT",
    "victims": "BIGINT",
    "rate": "DOUBLE",
    "population": "BIGINT",
}

REL_TOL = 1e-9

# Loads the CSV in a fresh process with DuckDB's own sniffer (as Peruse's `load` sniffs), one
# thread, and prints the load times and the resident memory after the last load.
DUCKDB_LOAD = r"""
import duckdb, json, sys, time
path, runs = sys.argv[1], int(sys.argv[2])
con = duckdb.connect(":memory:")
con.execute("SET threads = 1")
con.execute("SET enable_progress_bar = false")
times = []
for _ in range(runs):
    con.execute("DROP TABLE IF EXISTS events")
    t = time.perf_counter()
    con.execute("CREATE TABLE events AS SELECT * FROM read_csv(?)", [path])
    times.append((time.perf_counter() - t) * 1000)
rss = hwm = 0
for line in open("/proc/self/status"):
    if line.startswith("VmRSS:"): rss = int(line.split()[1]) * 1024
    if line.startswith("VmHWM:"): hwm = int(line.split()[1]) * 1024
rows = con.execute("SELECT count(*) FROM events").fetchone()[0]
print(json.dumps({"runs_ms": times, "rss_bytes": rss, "peak_rss_bytes": hwm, "rows": rows}))
"""


def run_peruse(binary, rows, seed, csv_path, write_csv, runs, skip_queries):
    """Runs PeruseBench (its report streams through) and returns its JSON results."""
    if not os.path.exists(binary):
        sys.exit(f"no PeruseBench binary at {binary}: run `swift build -c release --product PeruseBench` "
                 "or pass the binary's path")
    fd, json_path = tempfile.mkstemp(prefix="peruse-bench-", suffix=".json")
    os.close(fd)
    cmd = [binary, "--rows", str(rows), "--seed", str(seed), "--runs", str(runs), "--json", json_path]
    if write_csv:
        cmd += ["--csv", csv_path]
    if skip_queries:
        cmd += ["--skip-queries"]
    print("$ " + " ".join(cmd), flush=True)
    proc = subprocess.run(cmd)
    try:
        with open(json_path) as f:
            text = f.read()
        result = json.loads(text) if text.strip() else None
    finally:
        os.unlink(json_path)
    if result is None:
        sys.exit(f"PeruseBench failed (exit status {proc.returncode}) before writing its results")
    if proc.returncode != 0:
        print(f"(PeruseBench exited with status {proc.returncode}: some queries failed)", flush=True)
    return result


def run_duckdb(csv_path, runs):
    con = duckdb.connect(":memory:")
    con.execute("SET threads = 1")
    con.execute("SET enable_progress_bar = false")
    columns = "{" + ", ".join(f"'{k}': '{v}'" for k, v in COLUMNS.items()) + "}"
    t0 = time.perf_counter()
    con.execute(
        f"CREATE TABLE events AS SELECT * FROM read_csv(?, header = true, delim = ',', quote = '\"', "
        f"nullstr = '', auto_detect = false, columns = {columns})",
        [csv_path],
    )
    load_ms = (time.perf_counter() - t0) * 1000
    rows = con.execute("select count(*) from events").fetchone()[0]
    con.execute(REGIONS_TABLE_SQL)
    results = {}
    for qid, sql in QUERIES:
        con.execute(sql).fetchall()  # warm-up
        times = []
        out = None
        for _ in range(runs):
            t = time.perf_counter()
            out = con.execute(sql).fetchall()
            times.append((time.perf_counter() - t) * 1000)
        results[qid] = {
            "median_ms": statistics.median(times),
            "runs_ms": times,
            "result_rows": len(out),
            "first_row": list(out[0]) if out else [],
        }
    return {"version": duckdb.__version__, "rows": rows, "load_ms": load_ms, "queries": results}


def compare_load(binary, csv_path, runs):
    """Times loading the CSV in Peruse (`PeruseBench --load`) and in DuckDB (`read_csv`)."""
    fd, json_path = tempfile.mkstemp(prefix="peruse-load-", suffix=".json")
    os.close(fd)
    cmd = [binary, "--load", csv_path, "--runs", str(runs), "--json", json_path]
    print("$ " + " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True)
    with open(json_path) as f:
        peruse = json.load(f)
    os.unlink(json_path)
    print(f"\nDuckDB {duckdb.__version__}: read_csv (auto-detect, threads = 1), {runs} runs …", flush=True)
    out = subprocess.run([sys.executable, "-c", DUCKDB_LOAD, csv_path, str(runs)], check=True,
                         capture_output=True, text=True).stdout
    duck = json.loads(out)
    duck_ms = statistics.median(duck["runs_ms"])
    size_mb = peruse["load_bytes"] / 1e6
    raw = peruse["load_raw_bytes"]
    mib = 2 ** 20
    print(f"\nload of {csv_path} ({size_mb:.1f} MB, {peruse['load_rows']} rows), median of {runs}:")
    print(f"{'':8}{'ms':>10}{'MB/s':>9}{'RSS after MiB':>15}{'RSS/raw':>9}")
    print(f"{'Peruse':8}{peruse['load_ms']:>10.0f}{size_mb / (peruse['load_ms'] / 1000):>9.1f}"
          f"{peruse['load_rss_bytes'] / mib:>15.1f}{peruse['load_rss_bytes'] / raw:>8.2f}x")
    print(f"{'DuckDB':8}{duck_ms:>10.0f}{size_mb / (duck_ms / 1000):>9.1f}"
          f"{duck['rss_bytes'] / mib:>15.1f}{duck['rss_bytes'] / raw:>8.2f}x")
    print(f"Peruse/DuckDB time {peruse['load_ms'] / duck_ms:.2f}x; raw column bytes {raw / mib:.1f} MiB")
    return {"peruse": peruse, "duckdb": duck}


def same_value(a, b):
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, bool) or isinstance(b, bool):
        return a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        if isinstance(a, int) and isinstance(b, int):
            return a == b
        a, b = float(a), float(b)
        if math.isnan(a) or math.isnan(b):
            return math.isnan(a) and math.isnan(b)
        return a == b or abs(a - b) <= REL_TOL * max(abs(a), abs(b))
    return str(a) == str(b)


def show(row):
    return "(" + ", ".join("NULL" if v is None else repr(v) for v in row) + ")"


def fmt_ms(x):
    return "-" if x is None else f"{x:.2f}"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("binary", nargs="?", default=os.path.join(ROOT, ".build", "release", "PeruseBench"),
                    help="the PeruseBench binary (default: .build/release/PeruseBench in the repository)")
    ap.add_argument("--rows", type=int, default=10_000_000)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--runs", type=int, default=5, help="timed runs per query (median reported)")
    ap.add_argument("--csv", help="CSV path (default: Benchmarks/events_<rows>_seed<seed>.csv; reused if present)")
    ap.add_argument("--regenerate", action="store_true", help="rewrite the CSV even if it exists")
    ap.add_argument("--duckdb-only", action="store_true",
                    help="time DuckDB alone (the binary is only run, without queries, to write a missing CSV)")
    ap.add_argument("--json", metavar="PATH", help="also write all figures as JSON")
    ap.add_argument("--load", action="store_true",
                    help="time loading the CSV (Peruse's load vs DuckDB's read_csv, both sniffing) instead of the queries")
    args = ap.parse_args()

    csv_path = args.csv or os.path.join(HERE, f"events_{args.rows}_seed{args.seed}.csv")
    write_csv = args.regenerate or not os.path.exists(csv_path)

    if args.load:
        if write_csv:
            run_peruse(args.binary, args.rows, args.seed, csv_path, True, args.runs, skip_queries=True)
        figures = compare_load(args.binary, csv_path, args.runs)
        if args.json:
            with open(args.json, "w") as f:
                json.dump(figures, f, indent=2)
        return 0

    peruse = None
    if args.duckdb_only:
        if write_csv:
            run_peruse(args.binary, args.rows, args.seed, csv_path, True, args.runs, skip_queries=True)
    else:
        peruse = run_peruse(args.binary, args.rows, args.seed, csv_path, write_csv, args.runs, skip_queries=False)
    if not write_csv:
        print(f"reusing {csv_path} (--regenerate to rewrite it)", flush=True)

    print(f"\nDuckDB {duckdb.__version__}: loading {csv_path} (threads = 1) …", flush=True)
    duck = run_duckdb(csv_path, args.runs)
    print(f"DuckDB: loaded {duck['rows']} rows in {duck['load_ms']:.0f} ms")
    if duck["rows"] != args.rows:
        print(f"WARNING: the CSV holds {duck['rows']} rows, not {args.rows}: pass --regenerate")

    pq = {q["id"]: q for q in (peruse or {}).get("queries", [])}
    print()
    if peruse:
        print(f"rows {peruse['rows']}, seed {peruse['seed']}: generation {peruse['generation_ms']:.0f} ms, "
              f"RSS {peruse['rss_bytes'] / 2**20:.1f} MiB vs raw column bytes {peruse['raw_bytes'] / 2**20:.1f} MiB "
              f"({peruse['rss_over_raw']:.3f}x)")
    header = f"{'query':<6}{'Peruse ms':>11}{'DuckDB ms':>11}{'Peruse/DuckDB':>15}  first row"
    print(header)
    print("-" * len(header))
    all_match = True
    comparison = []
    for qid, sql in QUERIES:
        d = duck["queries"][qid]
        p = pq.get(qid)
        p_ms = p.get("median_ms") if p else None
        ratio = (p_ms / d["median_ms"]) if p_ms is not None and d["median_ms"] > 0 else None
        if p is None:
            verdict = "DuckDB " + show(d["first_row"])
        elif "error" in p:
            verdict = "Peruse FAILED: " + p["error"]
            all_match = False
        else:
            pr, dr = p["first_row"], d["first_row"]
            same = len(pr) == len(dr) and all(same_value(a, b) for a, b in zip(pr, dr))
            same_count = p["result_rows"] == d["result_rows"]
            if same and same_count:
                verdict = "match " + show(dr)
            else:
                all_match = False
                verdict = f"DIFFER: Peruse {show(pr)} [{p['result_rows']} rows] vs DuckDB {show(dr)} [{d['result_rows']} rows]"
        ratio_text = "-" if ratio is None else f"{ratio:.2f}x"
        print(f"{qid:<6}{fmt_ms(p_ms):>11}{fmt_ms(d['median_ms']):>11}{ratio_text:>15}  {verdict}")
        comparison.append({"id": qid, "sql": sql, "peruse_ms": p_ms, "duckdb_ms": d["median_ms"], "ratio": ratio})
    if peruse:
        print("\nfirst rows: " + (f"all {len(QUERIES)} agree (doubles within 1e-9 relative)" if all_match
                                 else "MISMATCH or failure (see above)"))

    if args.json:
        with open(args.json, "w") as f:
            json.dump({"peruse": peruse, "duckdb": duck, "comparison": comparison}, f, indent=2)
    return 0 if (peruse is None or all_match) else 1


if __name__ == "__main__":
    sys.exit(main())
