/// One `.help` topic: a statement, a part of the language, or a meta-command.
///
/// Adding a statement or feature to Peruse? Add its entry to `HelpEntry.all` below. Every
/// example must run against the built-in tables (`HelpTests` runs them all).
public struct HelpEntry: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case statement = "Statements"
        case language = "The language"
        case metaCommand = "Meta-commands"
    }

    /// The topic's name, as `.help NAME` takes it: `select`, `create table`, `functions`, `.mode`.
    public var name: String
    public var kind: Kind
    /// One line.
    public var summary: String
    /// The syntax, or a longer explanation; may span lines.
    public var usage: String
    /// Lines to type at the prompt, each runnable over the built-in data.
    public var examples: [String]
}

extension HelpEntry {
    /// Every topic, in the order `.help` lists them.
    public static let all: [HelpEntry] = statements + language + metaCommands

    static let statements: [HelpEntry] = [
        HelpEntry(
            name: "select", kind: .statement, summary: "ask a question of one table",
            usage: """
                select [distinct] ITEMS [from TABLE [ALIAS]] [where CONDITION] [group by EXPRS]
                       [having CONDITION] [order by EXPR [asc|desc] [nulls first|last], …]
                       [limit N [offset M]]
                ITEMS: *, t.*, or expressions, each optionally `as NAME`
                """,
            examples: [
                "select year, rate from crime where year >= 2021 order by year",
                "select source, count(*) as figures from indicators group by source having count(*) > 1",
                "select distinct unit from indicators order by unit limit 5",
            ]),
        HelpEntry(
            name: "from", kind: .statement, summary: "FROM-first queries: `from t` is `select * from t`",
            usage: "from TABLE [select ITEMS] [where …] [group by …] [order by …] [limit …]",
            examples: ["from crime", "from events select month, day, event where year = 2023"]),
        HelpEntry(
            name: "create table", kind: .statement, summary: "make a new empty table, or one from a query",
            usage: """
                create table [if not exists] NAME (COLUMN TYPE, …)
                create table [if not exists] NAME as QUERY
                """,
            examples: [
                "create table cities (city varchar, people bigint)",
                "create table recent as select * from crime where year >= 2022",
            ]),
        HelpEntry(
            name: "insert", kind: .statement, summary: "add rows to a table",
            usage: "insert into TABLE [(COLUMNS)] values (…), (…)\ninsert into TABLE [(COLUMNS)] QUERY",
            examples: [
                "create table if not exists cities (city varchar, people bigint)",
                "insert into cities values ('Lima', 10000000), ('Cusco', 430000)",
                "insert into cities (city) select place from indicators where place is not null limit 2",
            ]),
        HelpEntry(
            name: "drop table", kind: .statement, summary: "remove a table",
            usage: "drop table [if exists] NAME",
            examples: ["drop table if exists cities"]),
        HelpEntry(
            name: "show tables", kind: .statement, summary: "list the tables as a result",
            usage: "show tables", examples: ["show tables"]),
        HelpEntry(
            name: "describe", kind: .statement, summary: "each column of a table: name, type, NULL count",
            usage: "describe [table] NAME", examples: ["describe crime", "describe indicators"]),
        HelpEntry(
            name: "summarize", kind: .statement, summary: "one row per column: type, counts, NULLs, range, mean",
            usage: "summarize TABLE\nsummarize (QUERY)",
            examples: ["summarize crime", "summarize (select value from indicators where unit = 'percent')"]),
        HelpEntry(
            name: "chart", kind: .statement, summary: "draw a bar chart, line chart or histogram in the terminal",
            usage: """
                chart bar|line VALUE by LABEL [from …] [to 'FILE.svg']
                chart hist VALUE [from …] [bins N] [to 'FILE.svg']
                to 'FILE.svg' writes the chart to an SVG file instead of the terminal
                """,
            examples: [
                "chart bar rate by year from crime", "chart line reports by year from extortion",
                "chart hist value from indicators where unit = 'percent' bins 5",
            ]),
        HelpEntry(
            name: "explain", kind: .statement, summary: "the steps a query runs, with rows in and out of each",
            usage: "explain QUERY\nexplain analyze QUERY   (adds the time per step)",
            examples: [
                "explain select year, rate from crime where rate > 10 order by rate desc",
                "explain analyze select year from crime where rate > 10",
            ]),
        HelpEntry(
            name: "load", kind: .statement, summary: "read a CSV, TSV or JSON file into a table",
            usage: "load 'FILE' [as NAME] [with (header = true, delimiter = ';', null = 'NA', columns = (…))]",
            examples: []),
        HelpEntry(
            name: "save", kind: .statement,
            summary: "write a table or a query's result to a file (CSV, TSV, JSON by extension)",
            usage: "save TABLE to 'FILE'\nsave (QUERY) to 'FILE'",
            examples: []),
        HelpEntry(
            name: "with", kind: .statement, summary: "name a query (a common table expression) and use it below",
            usage: "with NAME [(COLUMNS)] as (QUERY)[, NAME2 as (QUERY2) …] QUERY",
            examples: [
                "with recent as (select * from crime where year >= 2021) select max(rate) as highest from recent"
            ]),
        HelpEntry(
            name: "create index", kind: .statement, summary: "make an index on a table's columns",
            usage: "create [unique] index [if not exists] NAME on TABLE (COLUMN [asc|desc], …)",
            examples: ["create index crime_year on crime (year)"]),
    ]

    static let language: [HelpEntry] = [
        HelpEntry(
            name: "joins", kind: .language, summary: "combine the rows of two tables",
            usage: """
                FROM A [inner|left|right|full [outer]] join B on CONDITION
                FROM A join B using (COLUMN, …)      FROM A cross join B
                left join keeps every row of A (NULLs where B has no match); full keeps both sides'
                """,
            examples: [
                "select crime.year, rate, reports from crime join extortion using (year)",
                "select c.year, c.rate, e.reports from crime c left join extortion e on c.year = e.year order by c.year",
            ]),
        HelpEntry(
            name: "window functions", kind: .language, summary: "a value per row computed over related rows",
            usage: """
                FUNCTION(…) over ([partition by EXPRS] [order by EXPRS] [rows|range between … and …])
                row_number rank dense_rank lag lead first_value last_value, and any aggregate
                """,
            examples: [
                "select year, rate, rank() over (order by rate desc) as place from crime",
                "select year, avg(rate) over (order by year rows between 1 preceding and 1 following) as smooth from crime",
            ]),
        HelpEntry(
            name: "yoy", kind: .language, summary: "yoy(value, year): the change from the previous year's row",
            usage: """
                yoy(VALUE, YEAR) in a select list: VALUE minus VALUE of the row whose YEAR is one less;
                NULL (with a note) when the result has no row for the previous year. yoy(VALUE) uses `year`
                """,
            examples: ["select year, rate, yoy(rate, year) as change from crime order by year"]),
        HelpEntry(
            name: "expressions", kind: .language, summary: "operators, CASE, CAST, LIKE, IN, BETWEEN",
            usage: """
                + - * / // %   arithmetic (/ divides exactly, // rounds down, overflow is an error)
                ||             joins text
                = != <> < <= > >=, between A and B, in (…), like / ilike ('%' any text, '_' one letter)
                and or not     three-valued logic: NULL means unknown
                is [not] null, case when … then … [else …] end, cast(x as TYPE), x::TYPE
                """,
            examples: [
                "select year, rate, rate - 5.5 as rise from crime where rate between 8 and 16",
                "select name, case when value > 50 then 'high' else 'low' end as level from indicators limit 5",
                "select title from sources where title ilike '%crime%'",
            ]),
        HelpEntry(
            name: "functions", kind: .language, summary: "scalar functions",
            usage: """
                numbers: abs round floor ceil sqrt power ln log10
                text:    lower upper length trim ltrim rtrim substr replace concat left right lpad rpad
                         split_part starts_with contains regexp_matches regexp_replace
                dates:   year month day date_diff date_trunc strftime current_date
                choices: coalesce nullif if greatest least
                """,
            examples: [
                "select round(rate / 3, 2) as third, sqrt(abs(rate)) as root from crime",
                "select upper(substr(title, 1, 20)) as start, length(title) as letters from sources",
                "select coalesce(place, 'national') as place, value from indicators limit 5",
                "select title, split_part(file, '.', 1) as file, year(current_date) - 2023 as years_since from sources",
            ]),
        HelpEntry(
            name: "aggregates", kind: .language, summary: "functions over groups of rows",
            usage: """
                count(*) count(x) count(distinct x) sum avg min max median stddev var_samp corr
                mode quantile_cont(x, 0.9) string_agg(x, ', ')
                with group by: one row per group; without: one row in all
                """,
            examples: [
                "select count(*), avg(rate), max(rate) from crime",
                "select source, count(*) as n, median(value) from indicators group by source order by n desc",
            ]),
        HelpEntry(
            name: "types", kind: .language, summary: "BIGINT DOUBLE VARCHAR BOOLEAN DATE",
            usage: """
                BIGINT (integer, int), DOUBLE (float, real), VARCHAR (text, string), BOOLEAN, DATE
                12 is BIGINT, 12.5 is DOUBLE, 'Lima' is VARCHAR; cast(x as TYPE) converts
                """,
            examples: ["select cast('2023-11-24' as date) as day, 7 / 2 as exact, 7 // 2 as whole"]),
        HelpEntry(
            name: "nulls", kind: .language, summary: "NULL: a missing value",
            usage: """
                comparisons with NULL give NULL (unknown), so test with `is null`;
                aggregates skip NULLs; NULLs sort last ascending (nulls first|last to change it)
                """,
            examples: ["select name, year from indicators where year is null limit 3"]),
        HelpEntry(
            name: "keys", kind: .language, summary: "editing keys at the prompt",
            usage: """
                Enter runs a complete statement (no ; needed); an unfinished one continues on the
                next line, and a blank line runs it anyway. Tab completes keywords, tables, columns,
                functions and file names. Up/Down and Ctrl-R search history. Ctrl-C cancels a
                running statement or clears the line; Ctrl-D on an empty line leaves.
                History: $PERUSE_HISTORY, else $XDG_STATE_HOME/peruse/history, else ~/.peruse_history.
                ~/.inputrc is read (set editing-mode vi works).
                """,
            examples: []),
    ]

    static let metaCommands: [HelpEntry] = MetaCommand.allCases.map { command in
        HelpEntry(
            name: "." + command.rawValue, kind: .metaCommand, summary: command.summary,
            usage: command.usage, examples: metaExamples[command] ?? [])
    }

    private static let metaExamples: [MetaCommand: [String]] = [
        .help: [".help select", ".help functions"],
        .tables: [".tables"],
        .schema: [".schema crime"],
        .source: [".source extortion"],
        .limit: [".limit memory 2GB", ".limit rows 10", ".limit"],
        .provenance: [".provenance off", "select * from crime", ".provenance on"],
        .mode: [".mode line", "select * from crime limit 1", ".mode table"],
        .headers: [".headers off", "select year from crime limit 2", ".headers on"],
        .nullvalue: [".nullvalue -", "select name, place from indicators limit 3", ".nullvalue"],
        .maxrows: [".maxrows 4", "from indicators", ".maxrows 40"],
        .timer: [".timer on", "select count(*) from indicators", ".timer off"],
        .read: [".read Examples/lima_crime_trend.sql"],
        .output: [".output results.csv", "select * from crime", ".output stdout"],
        .once: [".once crime.txt", "select * from crime"],
        .lang: [".lang es", ".lang", ".lang en"],
        .record: [".record class.md", "select year, rate from crime where year >= 2022", ".record off"],
        .tutorial: [".tutorial", "select * from crime", ".tutorial hint", ".tutorial off"],
        .lesson: [".lesson hash select year, rate from crime", ".lesson Examples/crime_rates.lesson", ".lesson hint"],
        .check: [".lesson Examples/crime_rates.lesson", "select year, rate from crime where rate > 10", ".check"],
        .last: ["from indicators", ".last"],
        .quit: [".quit"],
        .exit: [".exit"],
    ]
}
