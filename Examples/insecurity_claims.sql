-- "90 percent of Peruvians do not feel safe", said the Interior Minister.
-- The same article cites a 2014 LAPOP survey. How far apart are the two figures?

select value, unit, year, note
from indicators
where name = 'population_feeling_insecure'
order by value desc;

select max(value) - min(value) as gap_in_percentage_points
from indicators
where name = 'population_feeling_insecure';

-- A claim without a year cannot be checked against a survey with one.
select count(*) as figures, count(year) as with_a_year
from indicators
where name = 'population_feeling_insecure';
