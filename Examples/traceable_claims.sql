-- Which figures can be traced to a named publisher, and which are claims, not measurements?

select id, publisher, published from sources order by id;

-- Figures per article, and how many of them say which year they describe.
select source, count(*) as figures, count(year) as with_a_year
from indicators
group by source
order by figures desc, source;

-- Figures that are someone's claim (the `note` says whose), not a measured statistic:
select name, value, unit, source
from indicators
where note like 'claim%'
order by name;

-- Lower bounds: "at least", "over", "exceeds" — the true figure may be higher.
select name, value, unit
from indicators
where note like 'lower bound%'
order by name;
