/// One step of `.tutorial`: a task over the built-in tables, the query whose result is the right
/// answer, and hints from a nudge to the full query.
struct TutorialLesson: Sendable {
    var title: String
    /// What the learner is asked to find.
    var task: String
    /// A query giving the expected result; the learner's result must have the same rows.
    var expected: String
    /// Shown one at a time by `.tutorial hint`; after the last, the expected query itself.
    var hints: [String]
}

extension TutorialLesson {
    /// The steps, in order: from reading a table to joins and year-over-year change.
    static let all: [TutorialLesson] = [
        TutorialLesson(
            title: "Look at a whole table",
            task: "Show every row and column of the table crime (the share of people who were victims, per year).",
            expected: "select * from crime",
            hints: ["A query starts with select; * means every column.", "Name the table after from."]),
        TutorialLesson(
            title: "Choose columns",
            task: "Show only the year and rate columns of crime.",
            expected: "select year, rate from crime",
            hints: ["List the columns after select, separated by commas.", "It starts: select year, …"]),
        TutorialLesson(
            title: "Keep some rows",
            task: "Which years of crime had a rate above 10? Show year and rate.",
            expected: "select year, rate from crime where rate > 10",
            hints: ["where keeps the rows for which a condition is true.", "The condition is rate > 10."]),
        TutorialLesson(
            title: "Sort",
            task: "Show year and rate of crime, the highest rate first.",
            expected: "select year, rate from crime order by rate desc",
            hints: ["order by sorts the rows.", "desc puts the largest first: order by rate desc."]),
        TutorialLesson(
            title: "Count rows",
            task: "How many rows does the table indicators have?",
            expected: "select count(*) from indicators",
            hints: ["count(*) counts rows.", "select count(*) from …"]),
        TutorialLesson(
            title: "Average",
            task: "What is the average rate in crime over all its years?",
            expected: "select avg(rate) from crime",
            hints: ["avg(column) is the mean of a column.", "select avg(rate) from …"]),
        TutorialLesson(
            title: "Groups",
            task: "How many indicators does each source give? One row per source with its count.",
            expected: "select source, count(*) from indicators group by source",
            hints: ["group by source makes one row per source.", "Select the source and count(*)."]),
        TutorialLesson(
            title: "Join two tables",
            task: "For the years in both crime and extortion, show year, rate and reports.",
            expected: "select crime.year, rate, reports from crime join extortion using (year)",
            hints: [
                "join puts the rows of two tables side by side where they match.",
                "They match on year: from crime join extortion using (year).",
            ]),
        TutorialLesson(
            title: "Change from one year to the next",
            task: "For each year of crime, in order, show the year and how much the rate changed from the year before.",
            expected: "select year, yoy(rate, year) from crime order by year",
            hints: ["yoy(value, year) is the change from the previous year's row.", "Order the rows by year."]),
    ]
}
