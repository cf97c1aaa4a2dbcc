-- Workshop, step 5: counts versus rates per 100,000 people.
-- The articles give rates for homicide and kidnapping, and counts for extortion.

select name, value, unit from indicators where unit = 'per 100,000 people' order by name;
select year, reports as count from extortion order by year;

-- A count depends on how many people live there; a rate does not.
-- Two invented towns (not from the articles) with the same kind of crime:
create table towns (town varchar, people bigint, cases bigint);
insert into towns values ('Small town', 50000, 10), ('Big city', 2000000, 100);

select town, cases, round(100000.0 * cases / people, 1) as per_100000
from towns
order by per_100000 desc;

-- Going back from a rate to a count: Peru's homicide rate of 7 per 100,000,
-- in a city of one million people, means about this many homicides a year:
select value * 1000000 / 100000 as homicides_in_a_city_of_a_million
from indicators
where name = 'homicide_rate';
