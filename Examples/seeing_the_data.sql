-- Seeing and understanding the data before trusting it: what is in a table, how a
-- query turns rows into an answer, and why a year-over-year change can be missing.

-- What is in crime? Five rows, one an estimate; the rate is a percentage.
summarize crime;

-- Lima's crime rate, drawn honestly: bars from zero, the 2023 estimate shaded and marked.
chart bar rate by year from crime;

-- Extortion reports: there is no 2022 row, so the line has a gap rather than a bridge.
chart line reports by year from extortion;

-- Year over year, by year rather than by row: 2023 has no 2022 to compare with.
select year, reports, yoy(reports, year) as change from extortion order by year;

-- How a filter treats the 27 indicators with no year: they are neither kept nor "false".
explain select name, value from indicators where year >= 2014;
