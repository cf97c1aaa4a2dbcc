#!/usr/bin/env python3
"""Times queries as a user at the prompt sees them: Peruse's shell in a pseudo-terminal with
`.timer on` (so it also counts the rows a filter drops as NULL, a teaching note), beside DuckDB
through Python with one thread, on the same CSV.

    head -2000001 Benchmarks/events_10000000_seed42.csv > /tmp/ev2m.csv
    swift build -c release --product peruse
    python3 Benchmarks/shell_probe.py .build/release/peruse /tmp/ev2m.csv

Each query runs 4 times in each engine; the median of the last 3 is printed (ms), with the
first result rows. Both engines also get the small `regions` table of compare_duckdb.py.
"""
import os
import pty
import re
import select
import statistics
import sys
import time

import duckdb

from compare_duckdb import COLUMNS, REGIONS_TABLE_SQL

QUERIES = [
    "select substr(region, 1, 3) as p, count(*) from events group by p order by 2 desc limit 3",
    "select round(rate, 1) as r, count(*) from events group by r order by 2 desc limit 3",
    "select count(*) from events where coalesce(rate, 0) > 50",
    "select count(*) from events where rate between 10 and 20 and (month in (1,2,3) or victims > 50)",
    "select region, year, sum(reports) over (partition by region order by year "
    "rows between unbounded preceding and current row) as c from events order by c desc limit 3",
    "select count(distinct region || category) from events",
    "select region, sum(case when year >= 2022 then reports else 0 end) as s from events "
    "group by region order by s desc limit 3",
    "select abs(reports - victims) as d, count(*) from events group by d order by 2 desc limit 3",
    "select count(*) from events where lower(category) like '%rob%'",
    "select r.macro, sum(e.reports) from events e join regions r on e.region = r.name group by r.macro order by 1",
    "select year, avg(rate * 100000 / population) from events group by year order by year limit 3",
    "select year, count(*) from events where category = 'theft' group by year order by year limit 3",
    "select region, year, lag(reports) over (partition by region order by year, month) from events "
    "order by 3 desc limit 3",
    "select m, count(*) from (select max(rate) over (partition by region) as m from events) group by m "
    "order by m limit 3",
    "select year(d) as y, month(d) as m, count(*) from (select date '2010-01-01' + cast(reports * 10 as integer) "
    "as d from events) group by y, m order by 3 desc, y, m limit 3",
    "select count(*) from events where victims is null or rate is null",
]
RUNS = 4


def peruse_times(binary, csv):
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["TERM"] = "dumb"
        os.execv(binary, [binary, "--load", "events=" + csv])

    def until_prompt(timeout=600):
        buf, end = b"", time.time() + timeout
        while time.time() < end:
            ready, _, _ = select.select([fd], [], [], 0.5)
            if ready:
                try:
                    buf += os.read(fd, 65536)
                except OSError:
                    break
                if re.search(rb"peruse> ", buf):
                    break
        return buf.decode(errors="replace")

    def run(line):
        os.write(fd, (line + "\n").encode())
        return until_prompt()

    until_prompt()
    run(REGIONS_TABLE_SQL + ";")
    run(".timer on")
    run(".mode csv")
    out = {}
    for q in QUERIES:
        times = []
        for _ in range(RUNS):
            found = re.findall(r"Run Time: ([0-9.]+)", run(q + ";"))
            if found:
                times.append(float(found[-1]) * 1000)
        out[q] = statistics.median(times[1:]) if len(times) == RUNS else None
    os.write(fd, b".quit\n")
    return out


def duckdb_times(csv):
    con = duckdb.connect()
    con.execute("SET threads = 1")
    columns = "{" + ", ".join(f"'{k}': '{v}'" for k, v in COLUMNS.items()) + "}"
    con.execute(f"create table events as select * from read_csv(?, header = true, columns = {columns})", [csv])
    con.execute(REGIONS_TABLE_SQL)
    out = {}
    for q in QUERIES:
        times = []
        for _ in range(RUNS):
            t = time.perf_counter()
            con.execute(q).fetchall()
            times.append((time.perf_counter() - t) * 1000)
        out[q] = statistics.median(times[1:])
    return out


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: shell_probe.py PERUSE_BINARY CSV")
    binary, csv = sys.argv[1:3]
    peruse = peruse_times(binary, csv)
    duck = duckdb_times(csv)
    print(f"{'Peruse ms':>10}{'DuckDB ms':>10}  query")
    for q in QUERIES:
        p = "failed" if peruse[q] is None else f"{peruse[q]:.1f}"
        print(f"{p:>10}{duck[q]:>10.1f}  {q[:90]}")


if __name__ == "__main__":
    main()
