-- Counts and rates are different kinds of numbers: a rate per 100,000 people can be
-- compared between places of different sizes; a count cannot.

select unit, count(*) as figures
from indicators
group by unit
order by figures desc, unit;

-- The two rates the articles give, per 100,000 people:
select name, value, year, place
from indicators
where unit = 'per 100,000 people'
order by value desc;
