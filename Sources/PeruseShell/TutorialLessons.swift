import PeruseSyntax

/// One step of `.tutorial`: a task over the built-in tables, the query whose result is the right
/// answer, hints from a nudge to the full query, and what the answer shows about the data.
/// The queries, tables and columns are the same in both languages.
struct TutorialLesson: Sendable {
    var title: Bilingual
    /// What the learner is asked to find.
    var task: Bilingual
    /// A query giving the expected result; the learner's result must have the same rows.
    var expected: String
    /// Shown one at a time by `.tutorial hint`; after the last, the expected query itself.
    var hints: [Bilingual]
    /// Shown after a right answer: what the result says, and what it does not.
    var takeaway: Bilingual
}

extension TutorialLesson {
    /// The steps, in order: from reading a table to joins with `sources` and questioning claims.
    /// What they say about the data follows `Sources/PeruseBuiltins/SOURCES.md`.
    static let all: [TutorialLesson] = [
        TutorialLesson(
            title: Bilingual("Look at a whole table", es: "Mira una tabla completa"),
            task: Bilingual(
                "Show every row and column of the table crime: the table headed \"% Change in Crime Rate\" in an article that names France 24, one row per year from 2019 to 2023.",
                es:
                    "Muestra todas las filas y columnas de la tabla crime: la tabla titulada \"% Change in Crime Rate\" (variación porcentual de la tasa de delitos) de un artículo que menciona a France 24, una fila por año de 2019 a 2023."
            ),
            expected: "select * from crime",
            hints: [
                Bilingual(
                    "A query starts with select; * means every column.",
                    es: "Una consulta empieza con select; * significa todas las columnas."),
                Bilingual("Name the table after from.", es: "Escribe el nombre de la tabla después de from."),
            ],
            takeaway: Bilingual(
                "rate is a percentage change, not a share of people, and the article does not say what it is relative to (the year before, or a fixed base year). estimated is true for 2023: that row is an estimate. source names the article each row comes from.",
                es:
                    "rate es una variación porcentual, no un porcentaje de personas, y el artículo no dice respecto de qué (el año anterior o un año base fijo). estimated es true en 2023: esa fila es una estimación. source indica el artículo del que viene cada fila."
            )),
        TutorialLesson(
            title: Bilingual("Choose columns", es: "Elige columnas"),
            task: Bilingual(
                "Show only the year and rate columns of crime.", es: "Muestra solo las columnas year y rate de crime."),
            expected: "select year, rate from crime",
            hints: [
                Bilingual(
                    "List the columns after select, separated by commas.",
                    es: "Escribe las columnas después de select, separadas por comas."),
                Bilingual("It starts: select year, …", es: "Empieza así: select year, …"),
            ],
            takeaway: Bilingual(
                "The columns come out in the order you list them; the table itself is unchanged.",
                es: "Las columnas salen en el orden en que las escribes; la tabla no cambia.")),
        TutorialLesson(
            title: Bilingual("Keep some rows", es: "Quédate con algunas filas"),
            task: Bilingual(
                "Which years of crime have a rate above 10? Show year and rate.",
                es: "¿En qué años de crime la tasa (rate) es mayor que 10? Muestra year y rate."),
            expected: "select year, rate from crime where rate > 10",
            hints: [
                Bilingual(
                    "where keeps the rows for which a condition is true.",
                    es: "where se queda con las filas en las que una condición es verdadera."),
                Bilingual("The condition is rate > 10.", es: "La condición es rate > 10."),
            ],
            takeaway: Bilingual(
                "where picks rows for this result only: the other years are still in the table.",
                es: "where elige filas solo para este resultado: los demás años siguen en la tabla.")),
        TutorialLesson(
            title: Bilingual("Sort", es: "Ordena"),
            task: Bilingual(
                "Show year and rate of crime, the highest rate first.",
                es: "Muestra year y rate de crime, con la tasa más alta primero."),
            expected: "select year, rate from crime order by rate desc",
            hints: [
                Bilingual("order by sorts the rows.", es: "order by ordena las filas."),
                Bilingual(
                    "desc puts the largest first: order by rate desc.",
                    es: "desc pone primero el valor más grande: order by rate desc."),
            ],
            takeaway: Bilingual(
                "The top row is 2023, the one estimated year: a ranking can rest on its least certain row.",
                es: "La primera fila es 2023, el único año estimado: un ranking puede apoyarse en su fila menos segura."
            )),
        TutorialLesson(
            title: Bilingual("Count rows", es: "Cuenta filas"),
            task: Bilingual(
                "How many rows does the table indicators have?", es: "¿Cuántas filas tiene la tabla indicators?"),
            expected: "select count(*) from indicators",
            hints: [
                Bilingual("count(*) counts rows.", es: "count(*) cuenta filas."),
                Bilingual("It goes: select count(*) from …", es: "Va así: select count(*) from …"),
            ],
            takeaway: Bilingual(
                "Each row of indicators is one figure as an article prints it, with its unit, year, place and a note on its caveats. The rows do not all measure the same thing, so do not add them up.",
                es:
                    "Cada fila de indicators es una cifra tal como la publica un artículo, con su unidad (unit), año, lugar y una nota (note) sobre sus salvedades. Las filas no miden todas lo mismo: no las sumes."
            )),
        TutorialLesson(
            title: Bilingual("Groups", es: "Grupos"),
            task: Bilingual(
                "How many indicators does each source give? One row per source with its count.",
                es: "¿Cuántos indicadores da cada fuente? Una fila por fuente (source) con su cantidad."),
            expected: "select source, count(*) from indicators group by source",
            hints: [
                Bilingual(
                    "group by source makes one row per source.", es: "group by source forma una fila por cada fuente."),
                Bilingual("Select the source and count(*).", es: "Selecciona source y count(*)."),
            ],
            takeaway: Bilingual(
                "Almost every figure comes from two articles. Counting figures says how much an article reports, not how reliable it is.",
                es:
                    "Casi todas las cifras vienen de dos artículos. Contar cifras dice cuánto informa un artículo, no qué tan confiable es."
            )),
        TutorialLesson(
            title: Bilingual("Where the figures come from", es: "De dónde vienen las cifras"),
            task: Bilingual(
                "Join crime with sources (crime.source matches sources.id) and show year, rate, and the publisher and author of each row's article.",
                es:
                    "Une crime con sources (crime.source coincide con sources.id) y muestra year, rate, y el publisher y el author del artículo de cada fila."
            ),
            expected: "select year, rate, publisher, author from crime join sources on crime.source = sources.id",
            hints: [
                Bilingual(
                    "join … on … puts side by side the rows of two tables for which the condition holds.",
                    es: "join … on … pone lado a lado las filas de dos tablas que cumplen la condición."),
                Bilingual(
                    "After select year, rate, publisher, author comes: from crime join sources on crime.source = sources.id",
                    es:
                        "Después de select year, rate, publisher, author viene: from crime join sources on crime.source = sources.id"
                ),
            ],
            takeaway: Bilingual(
                "All five rows come from one article with no author and no date; it names France 24 and reads like a rewrite of it. The table names no source of its own; the text around it credits INEI reports and is about Lima, so these are not figures for all of Peru.",
                es:
                    "Las cinco filas vienen de un solo artículo sin autor ni fecha, que menciona a France 24 y parece una reescritura suya. La tabla no cita ninguna fuente; el texto que la rodea atribuye los datos a informes del INEI y habla de Lima, así que no son cifras de todo el Perú."
            )),
        TutorialLesson(
            title: Bilingual("Join two tables", es: "Une dos tablas"),
            task: Bilingual(
                "For the years in both crime and extortion, show year, rate and reports.",
                es: "Para los años que están tanto en crime como en extortion, muestra year, rate y reports."),
            expected: "select crime.year, rate, reports from crime join extortion using (year)",
            hints: [
                Bilingual(
                    "join puts the rows of two tables side by side where they match.",
                    es: "join pone lado a lado las filas de dos tablas donde coinciden."),
                Bilingual(
                    "They match on year: from crime join extortion using (year).",
                    es: "Coinciden en year: from crime join extortion using (year)."),
            ],
            takeaway: Bilingual(
                "Only 2021 and 2023: no article gives the extortion reports of 2022. The two columns come from different articles and measure different things (a percentage change, apparently for Lima, and a count of reports for all of Peru): side by side is not a comparison.",
                es:
                    "Solo 2021 y 2023: ningún artículo da las denuncias de extorsión de 2022. Las dos columnas vienen de artículos distintos y miden cosas distintas (una variación porcentual, al parecer de Lima, y un número de denuncias de todo el Perú): ponerlas lado a lado no es compararlas."
            )),
        TutorialLesson(
            title: Bilingual("Check a claim: fivefold?", es: "Verifica una afirmación: ¿cinco veces más?"),
            task: Bilingual(
                "An article says extortion reports grew \"fivefold\" from 2021 to 2023. Check it: divide the 2023 reports by the 2021 reports of extortion, one row with one value.",
                es:
                    "Un artículo dice que las denuncias de extorsión se multiplicaron por cinco entre 2021 y 2023. Verifícalo: divide las denuncias (reports) de 2023 entre las de 2021 de extortion, una fila con un valor."
            ),
            expected: "select max(reports) / min(reports) from extortion",
            hints: [
                Bilingual(
                    "/ divides. Reports grew, so max(reports) is 2023's and min(reports) is 2021's.",
                    es:
                        "/ divide. Las denuncias crecieron, así que max(reports) es la de 2023 y min(reports) la de 2021."
                ),
                Bilingual(
                    "One row from extortion: select max(reports) / … from extortion",
                    es: "Una fila de extortion: select max(reports) / … from extortion"),
            ],
            takeaway: Bilingual(
                "About 4.71, not 5: \"fivefold\" rounds up. In indicators, extortion_reports_growth_factor = 5 is the article's word, not a computed ratio. Check a multiplier against the counts it comes from.",
                es:
                    "Cerca de 4.71, no 5: \"cinco veces\" redondea hacia arriba. En indicators, extortion_reports_growth_factor = 5 es la palabra del artículo, no un cociente calculado. Verifica un multiplicador con las cifras de las que sale."
            )),
        TutorialLesson(
            title: Bilingual(
                "Question a claim: 90% feel unsafe", es: "Cuestiona una afirmación: el 90% se siente inseguro"),
            task: Bilingual(
                "The Interior Minister told Congress that 90% of Peruvians do not feel safe. Show value, year and note of the rows of indicators named population_feeling_insecure, to see what stands behind that figure.",
                es:
                    "El ministro del Interior le dijo al Congreso que el 90% de los peruanos no se siente seguro. Muestra value, year y note de las filas de indicators cuyo name es population_feeling_insecure, para ver qué hay detrás de esa cifra."
            ),
            expected: "select value, year, note from indicators where name = 'population_feeling_insecure'",
            hints: [
                Bilingual(
                    "where name = '…' keeps the rows of one indicator; text goes in single quotes.",
                    es: "where name = '…' se queda con las filas de un indicador; el texto va entre comillas simples."),
                Bilingual(
                    "It goes: select value, year, note from indicators where name = …",
                    es: "Va así: select value, year, note from indicators where name = …"),
            ],
            takeaway: Bilingual(
                "Two figures: the minister's 90%, with no year and, InSight Crime says, no clear origin; and 56.6% in the 2014 LAPOP survey. Before repeating a number, ask who measured it, when, and how.",
                es:
                    "Dos cifras: el 90% del ministro, sin año y, según InSight Crime, sin un origen claro; y el 56.6% de la encuesta LAPOP de 2014. Antes de repetir una cifra, pregunta quién la midió, cuándo y cómo."
            )),
    ]
}
