-- Workshop, step 3: the Interior Minister said 90% of Peruvians do not feel safe.
-- The same article cites a 2014 LAPOP survey: 56.6%.

select value, year, note from indicators where name = 'population_feeling_insecure' order by value desc;

-- How far apart are they, in percentage points and as a ratio?
select
    max(value) - min(value) as gap_points,
    round(max(value) / min(value), 2) as ratio
from indicators
where name = 'population_feeling_insecure';

-- One figure has a year and a source survey; the other has neither.
select count(*) as figures, count(year) as with_a_year
from indicators
where name = 'population_feeling_insecure';
