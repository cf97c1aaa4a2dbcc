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
]
