/// The statements' help, English above Spanish. Placeholders in capitals are translated;
/// keywords and examples stay as typed.
extension HelpEntry {
    static let statements: [HelpEntry] = [
        HelpEntry(
            name: "select", kind: .statement,
            summary: Bilingual("ask a question of one table", es: "hazle una pregunta a una tabla"),
            usage: Bilingual(
                """
                select [distinct] ITEMS [from TABLE [ALIAS]] [where CONDITION] [group by EXPRS]
                       [having CONDITION] [order by EXPR [asc|desc] [nulls first|last], …]
                       [limit N [offset M]]
                ITEMS: *, t.*, or expressions, each optionally `as NAME`
                """,
                es: """
                    select [distinct] ELEMENTOS [from TABLA [ALIAS]] [where CONDICIÓN] [group by EXPRS]
                           [having CONDICIÓN] [order by EXPR [asc|desc] [nulls first|last], …]
                           [limit N [offset M]]
                    ELEMENTOS: *, t.* o expresiones, cada una con `as NOMBRE` si quieres
                    """),
            examples: [
                "select year, rate from crime where year >= 2021 order by year",
                "select source, count(*) as figures from indicators group by source having count(*) > 1",
                "select distinct unit from indicators order by unit limit 5",
            ]),
        HelpEntry(
            name: "from", kind: .statement,
            summary: Bilingual(
                "FROM-first queries: `from t` is `select * from t`",
                es: "consultas que empiezan con FROM: `from t` es `select * from t`"),
            usage: Bilingual(
                "from TABLE [select ITEMS] [where …] [group by …] [order by …] [limit …]",
                es: "from TABLA [select ELEMENTOS] [where …] [group by …] [order by …] [limit …]"),
            examples: ["from crime", "from events select month, day, event where year = 2023"]),
        HelpEntry(
            name: "create table", kind: .statement,
            summary: Bilingual(
                "make a new empty table, or one from a query",
                es: "crea una tabla nueva vacía, o una a partir de una consulta"),
            usage: Bilingual(
                """
                create table [if not exists] NAME (COLUMN TYPE, …)
                create table [if not exists] NAME as QUERY
                """,
                es: """
                    create table [if not exists] NOMBRE (COLUMNA TIPO, …)
                    create table [if not exists] NOMBRE as CONSULTA
                    """),
            examples: [
                "create table cities (city varchar, people bigint)",
                "create table recent as select * from crime where year >= 2022",
            ]),
        HelpEntry(
            name: "insert", kind: .statement,
            summary: Bilingual("add rows to a table", es: "agrega filas a una tabla"),
            usage: Bilingual(
                "insert into TABLE [(COLUMNS)] values (…), (…)\ninsert into TABLE [(COLUMNS)] QUERY",
                es: "insert into TABLA [(COLUMNAS)] values (…), (…)\ninsert into TABLA [(COLUMNAS)] CONSULTA"),
            examples: [
                "create table if not exists cities (city varchar, people bigint)",
                "insert into cities values ('Lima', 10000000), ('Cusco', 430000)",
                "insert into cities (city) select place from indicators where place is not null limit 2",
            ]),
        HelpEntry(
            name: "drop table", kind: .statement,
            summary: Bilingual("remove a table", es: "elimina una tabla"),
            usage: Bilingual("drop table [if exists] NAME", es: "drop table [if exists] NOMBRE"),
            examples: ["drop table if exists cities"]),
        HelpEntry(
            name: "show tables", kind: .statement,
            summary: Bilingual("list the tables as a result", es: "lista las tablas como un resultado"),
            usage: Bilingual(same: "show tables"), examples: ["show tables"]),
        HelpEntry(
            name: "describe", kind: .statement,
            summary: Bilingual(
                "each column of a table: name, type, NULL count",
                es: "cada columna de una tabla: nombre, tipo, cantidad de NULL"),
            usage: Bilingual("describe [table] NAME", es: "describe [table] NOMBRE"),
            examples: ["describe crime", "describe indicators"]),
        HelpEntry(
            name: "summarize", kind: .statement,
            summary: Bilingual(
                "one row per column: type, counts, NULLs, range, mean",
                es: "una fila por columna: tipo, conteos, NULL, rango, media"),
            usage: Bilingual("summarize TABLE\nsummarize (QUERY)", es: "summarize TABLA\nsummarize (CONSULTA)"),
            examples: ["summarize crime", "summarize (select value from indicators where unit = 'percent')"]),
        HelpEntry(
            name: "chart", kind: .statement,
            summary: Bilingual(
                "draw a bar chart, line chart or histogram in the terminal",
                es: "dibuja un gráfico de barras, de líneas o un histograma en la terminal"),
            usage: Bilingual(
                """
                chart bar|line VALUE by LABEL [from …] [to 'FILE.svg']
                chart hist VALUE [from …] [bins N] [to 'FILE.svg']
                to 'FILE.svg' writes the chart to an SVG file instead of the terminal
                """,
                es: """
                    chart bar|line VALOR by ETIQUETA [from …] [to 'ARCHIVO.svg']
                    chart hist VALOR [from …] [bins N] [to 'ARCHIVO.svg']
                    to 'ARCHIVO.svg' escribe el gráfico en un archivo SVG en vez de la terminal
                    """),
            examples: [
                "chart bar rate by year from crime", "chart line reports by year from extortion",
                "chart hist value from indicators where unit = 'percent' bins 5",
            ]),
        HelpEntry(
            name: "explain", kind: .statement,
            summary: Bilingual(
                "the steps a query runs, with rows in and out of each",
                es: "los pasos que ejecuta una consulta, con las filas que entran y salen de cada uno"),
            usage: Bilingual(
                "explain QUERY\nexplain analyze QUERY   (adds the time per step)",
                es: "explain CONSULTA\nexplain analyze CONSULTA   (agrega el tiempo de cada paso)"),
            examples: [
                "explain select year, rate from crime where rate > 10 order by rate desc",
                "explain analyze select year from crime where rate > 10",
            ]),
        HelpEntry(
            name: "load", kind: .statement,
            summary: Bilingual(
                "read a CSV, TSV or JSON file into a table",
                es: "lee un archivo CSV, TSV o JSON en una tabla"),
            usage: Bilingual(
                "load 'FILE' [as NAME] [with (header = true, delimiter = ';', null = 'NA', columns = (…))]",
                es: "load 'ARCHIVO' [as NOMBRE] [with (header = true, delimiter = ';', null = 'NA', columns = (…))]"),
            examples: []),
        HelpEntry(
            name: "save", kind: .statement,
            summary: Bilingual(
                "write a table or a query's result to a file (CSV, TSV, JSON by extension)",
                es:
                    "escribe una tabla o el resultado de una consulta en un archivo (CSV, TSV o JSON según la extensión)"
            ),
            usage: Bilingual(
                "save TABLE to 'FILE'\nsave (QUERY) to 'FILE'",
                es: "save TABLA to 'ARCHIVO'\nsave (CONSULTA) to 'ARCHIVO'"),
            examples: []),
        HelpEntry(
            name: "with", kind: .statement,
            summary: Bilingual(
                "name a query (a common table expression) and use it below",
                es: "ponle nombre a una consulta (una expresión de tabla común) y úsala debajo"),
            usage: Bilingual(
                "with NAME [(COLUMNS)] as (QUERY)[, NAME2 as (QUERY2) …] QUERY",
                es: "with NOMBRE [(COLUMNAS)] as (CONSULTA)[, NOMBRE2 as (CONSULTA2) …] CONSULTA"),
            examples: [
                "with recent as (select * from crime where year >= 2021) select max(rate) as highest from recent"
            ]),
        HelpEntry(
            name: "create index", kind: .statement,
            summary: Bilingual(
                "make an index on a table's columns", es: "crea un índice sobre columnas de una tabla"),
            usage: Bilingual(
                "create [unique] index [if not exists] NAME on TABLE (COLUMN [asc|desc], …)",
                es: "create [unique] index [if not exists] NOMBRE on TABLA (COLUMNA [asc|desc], …)"),
            examples: ["create index crime_year on crime (year)"]),
    ]
}
