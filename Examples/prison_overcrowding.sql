-- Peru's prisons: how full are they, as a ratio of people to places?

select name, value, unit
from indicators
where name like 'prison%'
order by name;

-- Occupancy is population ÷ capacity. The article says overcrowding "exceeds 130%":
-- that is the share of people above capacity, (population − capacity) ÷ capacity.
select
    round(100 * sum(case when name = 'prison_population' then value end)
              / sum(case when name = 'prison_capacity' then value end), 1) as occupancy_percent,
    round(100 * (sum(case when name = 'prison_population' then value end)
               - sum(case when name = 'prison_capacity' then value end))
              / sum(case when name = 'prison_capacity' then value end), 1) as overcrowding_percent
from indicators
where name in ('prison_population', 'prison_capacity');
