-- Workshop, step 4: prison overcrowding as a ratio of people to places.

select name, value from indicators where name in ('prison_population', 'prison_capacity') order by name;

-- Occupancy = population / capacity. Overcrowding = the share above capacity.
select
    round(sum(case when name = 'prison_population' then value end)
        / sum(case when name = 'prison_capacity' then value end), 2) as people_per_place,
    round(100 * (sum(case when name = 'prison_population' then value end)
        - sum(case when name = 'prison_capacity' then value end))
        / sum(case when name = 'prison_capacity' then value end), 1) as overcrowding_percent
from indicators;

-- The article says overcrowding "exceeds 130%": its own figures give about 132%.
select value, note from indicators where name = 'prison_overcrowding';
