/// The benchmark queries; `Benchmarks/compare_duckdb.py` runs the same text in DuckDB.
struct BenchQuery {
    var id: String
    var sql: String
    /// What the query exercises.
    var exercises: String
}

let benchQueries: [BenchQuery] = [
    BenchQuery(
        id: "Q1", sql: "select count(*) from events where year >= 2021",
        exercises: "integer comparison filter + count(*)"),
    BenchQuery(
        id: "Q2", sql: "select sum(reports) from events where region = 'Lima' and rate > 50",
        exercises: "dictionary-string equality AND nullable-double filter + sum"),
    BenchQuery(
        id: "Q3", sql: "select region, avg(rate), count(*) from events group by region order by 2 desc",
        exercises: "group by one string column (25 groups), avg over NULLs, order by aggregate"),
    BenchQuery(
        id: "Q4",
        sql: "select year, category, sum(reports), max(victims) from events "
            + "group by year, category order by year, category",
        exercises: "group by int + string (120 groups), sum + max over NULLs, two-key sort"),
    BenchQuery(
        id: "Q5",
        sql: "select region, category, year, rate from events where category = 'extortion' order by rate desc limit 10",
        exercises: "selective string filter (15%), top-10 on a nullable double, late column fetch"),
    BenchQuery(
        id: "Q6", sql: "select substr(region, 1, 3) as p, count(*) from events group by p order by 2 desc limit 3",
        exercises: "a string function of one dictionary column, once per dictionary entry, then grouping"),
    BenchQuery(
        id: "Q7", sql: "select round(rate, 1) as r, count(*) from events group by r order by 2 desc limit 3",
        exercises: "round() over a nullable double (typed kernel), grouping on ~1000 doubles"),
    BenchQuery(
        id: "Q8", sql: "select count(*) from events where coalesce(rate, 0) > 50",
        exercises: "coalesce() over a nullable double inside a filter"),
    BenchQuery(
        id: "Q9",
        sql: "select count(*) from events where rate between 10 and 20 and (month in (1, 2, 3) or victims > 50)",
        exercises: "between, then IN list OR comparison on the survivors (three-valued logic)"),
    BenchQuery(
        id: "Q10",
        sql: "select region, year, sum(reports) over (partition by region order by year "
            + "rows between unbounded preceding and current row) as c from events order by c desc limit 3",
        exercises: "a running window sum over 25 partitions, then a top-3"),
    BenchQuery(
        id: "Q11", sql: "select count(distinct region || category) from events",
        exercises: "concatenation of two dictionary columns (once per code pair), count(distinct)"),
    BenchQuery(
        id: "Q12", sql: "select count(*) from events where lower(category) like '%rob%'",
        exercises: "lower() then LIKE, both once per dictionary entry"),
    BenchQuery(
        id: "Q13",
        sql: "select region, sum(case when year >= 2022 then reports else 0 end) as s from events "
            + "group by region order by s desc limit 3",
        exercises: "CASE inside sum, grouped by a string column"),
    BenchQuery(
        id: "Q14",
        sql: "select r.macro, sum(e.reports) from events e join regions r on e.region = r.name "
            + "group by r.macro order by 1",
        exercises: "hash join against the 25-row regions table, then grouping on the joined column"),
    BenchQuery(
        id: "Q15",
        sql: "select region, year, month, reports - lag(reports) over (partition by region order by year, month, "
            + "reports) as d from events order by d desc, region, year, month limit 3",
        exercises: "lag over three order keys packed into one integer and radix-sorted, then a top-3"),
    BenchQuery(
        id: "Q16",
        sql: "select year(d) as y, month(d) as m, count(*) from (select date '2010-01-01' + cast(reports * 10 as "
            + "integer) as d from events) group by y, m order by 3 desc, y, m limit 3",
        exercises: "date arithmetic, year() and month() as typed loops, grouping on the two parts"),
]

/// The small table Q14 joins with: each region and whether it is on the coast
/// (`compare_duckdb.py` creates the same table in DuckDB).
let regionsTableSQL =
    "create table regions as select distinct region as name, case when region in ('Lima', 'Callao', 'Ica', "
    + "'Áncash', 'La Libertad', 'Lambayeque', 'Piura', 'Tumbes', 'Arequipa', 'Moquegua', 'Tacna') "
    + "then 'costa' else 'interior' end as macro from events"
