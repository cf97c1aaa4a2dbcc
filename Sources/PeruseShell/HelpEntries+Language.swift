/// The language topics' help, English above Spanish, each with a Spanish name that `.help`
/// also takes (`.help funciones`). Function names, keywords and examples stay as typed.
extension HelpEntry {
    static let language: [HelpEntry] = [
        HelpEntry(
            name: "joins", spanishName: "uniones", kind: .language,
            summary: Bilingual("combine the rows of two tables", es: "combina las filas de dos tablas"),
            usage: Bilingual(
                """
                FROM A [inner|left|right|full [outer]] join B on CONDITION
                FROM A join B using (COLUMN, …)      FROM A cross join B
                left join keeps every row of A (NULLs where B has no match); full keeps both sides'
                """,
                es: """
                    FROM A [inner|left|right|full [outer]] join B on CONDICIÓN
                    FROM A join B using (COLUMNA, …)      FROM A cross join B
                    left join conserva cada fila de A (NULL donde B no tiene pareja); full, las de ambos lados
                    """),
            examples: [
                "select crime.year, rate, reports from crime join extortion using (year)",
                "select c.year, c.rate, e.reports from crime c left join extortion e on c.year = e.year order by c.year",
            ]),
        HelpEntry(
            name: "window functions", spanishName: "ventanas", kind: .language,
            summary: Bilingual(
                "a value per row computed over related rows",
                es: "funciones de ventana: un valor por fila, calculado sobre filas relacionadas"),
            usage: Bilingual(
                """
                FUNCTION(…) over ([partition by EXPRS] [order by EXPRS] [rows|range between … and …])
                row_number rank dense_rank lag lead first_value last_value, and any aggregate
                """,
                es: """
                    FUNCIÓN(…) over ([partition by EXPRS] [order by EXPRS] [rows|range between … and …])
                    row_number rank dense_rank lag lead first_value last_value, y cualquier agregado
                    """),
            examples: [
                "select year, rate, rank() over (order by rate desc) as place from crime",
                "select year, avg(rate) over (order by year rows between 1 preceding and 1 following) as smooth from crime",
            ]),
        HelpEntry(
            name: "yoy", kind: .language,
            summary: Bilingual(
                "yoy(value, year): the change from the previous year's row",
                es: "yoy(valor, año): el cambio respecto de la fila del año anterior"),
            usage: Bilingual(
                """
                yoy(VALUE, YEAR) in a select list: VALUE minus VALUE of the row whose YEAR is one less;
                NULL (with a note) when the result has no row for the previous year. yoy(VALUE) uses `year`
                """,
                es: """
                    yoy(VALOR, AÑO) en la lista del select: VALOR menos el VALOR de la fila cuyo AÑO es uno menos;
                    NULL (con una nota) si el resultado no tiene fila del año anterior. yoy(VALOR) usa `year`
                    """),
            examples: ["select year, rate, yoy(rate, year) as change from crime order by year"]),
        HelpEntry(
            name: "expressions", spanishName: "expresiones", kind: .language,
            summary: Bilingual(
                "operators, CASE, CAST, LIKE, IN, BETWEEN", es: "operadores, CASE, CAST, LIKE, IN, BETWEEN"),
            usage: Bilingual(
                """
                + - * / // %   arithmetic (/ divides exactly, // rounds down, overflow is an error)
                ||             joins text
                = != <> < <= > >=, between A and B, in (…), like / ilike ('%' any text, '_' one letter)
                and or not     three-valued logic: NULL means unknown
                is [not] null, case when … then … [else …] end, cast(x as TYPE), x::TYPE
                x > any (select …) / all (select …): holds for some / for every value
                like 'a!%' escape '!': the character after ! stands for itself
                """,
                es: """
                    + - * / // %   aritmética (/ divide exacto, // redondea hacia abajo, desbordarse es un error)
                    ||             une textos
                    = != <> < <= > >=, between A and B, in (…), like / ilike ('%' cualquier texto, '_' una letra)
                    and or not     lógica de tres valores: NULL significa desconocido
                    is [not] null, case when … then … [else …] end, cast(x as TIPO), x::TIPO
                    x > any (select …) / all (select …): se cumple con algún valor / con todos
                    like 'a!%' escape '!': el carácter tras ! vale por sí mismo
                    """),
            examples: [
                "select year, rate, rate - 5.5 as rise from crime where rate between 8 and 16",
                "select name, case when value > 50 then 'high' else 'low' end as level from indicators limit 5",
                "select title from sources where title ilike '%crime%'",
                "select year, rate from crime where rate >= all (select rate from crime)",
                "select name, value from indicators where note like '%18!%%' escape '!'",
            ]),
        HelpEntry(
            name: "functions", spanishName: "funciones", kind: .language,
            summary: Bilingual("scalar functions", es: "funciones escalares"),
            usage: Bilingual(
                """
                numbers: abs round floor ceil sqrt power ln log10
                text:    lower upper length trim ltrim rtrim substr replace concat left right lpad rpad
                         split_part starts_with contains regexp_matches regexp_replace
                dates:   year month day date_diff date_trunc strftime current_date
                choices: coalesce nullif if greatest least
                """,
                es: """
                    números: abs round floor ceil sqrt power ln log10
                    texto:   lower upper length trim ltrim rtrim substr replace concat left right lpad rpad
                             split_part starts_with contains regexp_matches regexp_replace
                    fechas:  year month day date_diff date_trunc strftime current_date
                    elegir:  coalesce nullif if greatest least
                    """),
            examples: [
                "select round(rate / 3, 2) as third, sqrt(abs(rate)) as root from crime",
                "select upper(substr(title, 1, 20)) as start, length(title) as letters from sources",
                "select coalesce(place, 'national') as place, value from indicators limit 5",
                "select title, split_part(file, '.', 1) as file, year(current_date) - 2023 as years_since from sources",
            ]),
        HelpEntry(
            name: "aggregates", spanishName: "agregados", kind: .language,
            summary: Bilingual("functions over groups of rows", es: "funciones sobre grupos de filas"),
            usage: Bilingual(
                """
                count(*) count(x) count(distinct x) sum avg min max median stddev var_samp corr
                mode quantile_cont(x, 0.9) string_agg(x, ', ')
                with group by: one row per group; without: one row in all
                """,
                es: """
                    count(*) count(x) count(distinct x) sum avg min max median stddev var_samp corr
                    mode quantile_cont(x, 0.9) string_agg(x, ', ')
                    con group by: una fila por grupo; sin él: una sola fila en total
                    """),
            examples: [
                "select count(*), avg(rate), max(rate) from crime",
                "select source, count(*) as n, median(value) from indicators group by source order by n desc",
            ]),
        HelpEntry(
            name: "types", spanishName: "tipos", kind: .language,
            summary: Bilingual(
                "BIGINT DOUBLE VARCHAR BOOLEAN DATE", es: "tipos de datos: BIGINT DOUBLE VARCHAR BOOLEAN DATE"),
            usage: Bilingual(
                """
                BIGINT (integer, int), DOUBLE (float, real), VARCHAR (text, string), BOOLEAN, DATE
                12 is BIGINT, 12.5 is DOUBLE, 'Lima' is VARCHAR; cast(x as TYPE) converts
                """,
                es: """
                    BIGINT (integer, int), DOUBLE (float, real), VARCHAR (text, string), BOOLEAN, DATE
                    12 es BIGINT, 12.5 es DOUBLE, 'Lima' es VARCHAR; cast(x as TIPO) convierte
                    """),
            examples: ["select cast('2023-11-24' as date) as day, 7 / 2 as exact, 7 // 2 as whole"]),
        HelpEntry(
            name: "nulls", spanishName: "nulos", kind: .language,
            summary: Bilingual("NULL: a missing value", es: "NULL: un valor que falta"),
            usage: Bilingual(
                """
                comparisons with NULL give NULL (unknown), so test with `is null`;
                aggregates skip NULLs; NULLs sort last ascending (nulls first|last to change it)
                """,
                es: """
                    comparar con NULL da NULL (desconocido), así que pregunta con `is null`;
                    los agregados saltan los NULL; en orden ascendente van al final (nulls first|last lo cambia)
                    """),
            examples: ["select name, year from indicators where year is null limit 3"]),
        HelpEntry(
            name: "keys", spanishName: "teclas", kind: .language,
            summary: Bilingual("editing keys at the prompt", es: "teclas para editar en el prompt"),
            usage: Bilingual(
                """
                Enter runs a complete statement (no ; needed); an unfinished one continues on the
                next line, and a blank line runs it anyway. Tab completes keywords, tables, columns,
                functions and file names. Up/Down and Ctrl-R search history. Ctrl-C cancels a
                running statement or clears the line; Ctrl-D on an empty line leaves.
                History: $PERUSE_HISTORY, else $XDG_STATE_HOME/peruse/history, else ~/.peruse_history.
                ~/.inputrc is read (set editing-mode vi works).
                """,
                es: """
                    Enter ejecuta una sentencia completa (no hace falta ;); una sin terminar sigue en la
                    línea siguiente, y una línea en blanco la ejecuta igual. Tab completa palabras clave,
                    tablas, columnas, funciones y nombres de archivo. Arriba/Abajo y Ctrl-R buscan en el
                    historial. Ctrl-C cancela la sentencia en curso o borra la línea; Ctrl-D en una línea
                    vacía sale. Historial: $PERUSE_HISTORY, si no $XDG_STATE_HOME/peruse/history, si no
                    ~/.peruse_history. Se lee ~/.inputrc (set editing-mode vi funciona).
                    """),
            examples: []),
        mistakes,
    ]

    /// The mistakes of first queries, wrong beside right: a handout for the first class.
    /// Peruse answers each with its fix (`Tests/PeruseCLITests/Mistakes/` has them all).
    static let mistakes = HelpEntry(
        name: "mistakes", spanishName: "errores", kind: .language,
        summary: Bilingual("common first mistakes, and what to write instead", es: "errores frecuentes al empezar, y qué escribir en su lugar"),
        usage: Bilingual(
            """
            where place = "Lima"      → where place = 'Lima'  single quotes, not ‘curly’
            where place = 'lima'      → where place = 'Lima'  letter case counts
            where rate = null         → where rate is null  = null is never true
            where year = 2021 or 2022 → where year in (2021, 2022)
            where rate > 10 and < 20  → where rate > 10 and rate < 20
            where count(*) > 1        → group by … having count(*) > 1
            where rate > avg(rate)    → where rate > (select avg(rate) from crime)
            select place, count(*)    → select place, count(*) … group by place
            select year rate          → select year, rate  no comma: rate renames year
            where value > 12,5        → where value > 12.5  decimals take a point
            not in (2020, null)       → not in (2020)  NULL in the list: never true
            from delitos, select año  → from crime, select year  names are English
            count(year) counts the rows where year is not NULL; count(*) counts them all
            """,
            es: """
                where place = "Lima"      → where place = 'Lima'  rectas, no ‘curvas’
                where place = 'lima'      → where place = 'Lima'  cuentan las mayúsculas
                where rate = null         → where rate is null  = null nunca es verdadero
                where year = 2021 or 2022 → where year in (2021, 2022)
                where rate > 10 and < 20  → where rate > 10 and rate < 20
                where count(*) > 1        → group by … having count(*) > 1
                where rate > avg(rate)    → where rate > (select avg(rate) from crime)
                select place, count(*)    → select place, count(*) … group by place
                select year rate          → select year, rate  sin coma, rate renombra year
                where value > 12,5        → where value > 12.5  decimales con punto
                not in (2020, null)       → not in (2020)  con NULL en la lista: nunca
                from delitos, select año  → from crime, select year  nombres en inglés
                count(year) cuenta las filas donde year no es NULL; count(*), todas
                """),
        examples: [
            "select year, rate from crime where rate > (select avg(rate) from crime)",
            "select place, count(*) from indicators group by place having count(*) > 1",
            "select count(year), count(*) from indicators",
        ])
}
