-- Workshop, step 1: Lima's crime trend, and its estimated 2023 value.
-- Ask the class first: which number in this table is not a measurement?

select year, rate, estimated from crime order by year;

-- How much did the figure move each year? (lag reads the row before.)
select year, rate, round(rate - lag(rate) over (order by year), 1) as change
from crime
order by year;

-- If 2019–2022 had gone on in a straight line, where would 2023 be?
-- Compare it with the article's estimate of 18.0.
select
    round(sum(case when year = 2022 then rate end)
        + (sum(case when year = 2022 then rate end) - sum(case when year = 2019 then rate end)) / 3, 1)
        as straight_line_2023,
    sum(case when year = 2023 then rate end) as estimate_2023
from crime;

-- Careful: "approximately 18%" over 2019–2023 matches the 2023 row, so each row may be the
-- change since 2019, not a yearly rate. Read the caveat before drawing conclusions:
select note from indicators where name = 'violent_crime_rate_change';
