-- Did extortion reports really grow "fivefold"?
-- The article gives two years only: 2021 and 2023 (there is no 2022 row to compare with).

select year, reports, source from extortion order by year;

-- The ratio between the two years. `/` on two BIGINTs gives a DOUBLE.
select
    sum(case when year = 2023 then reports end) as reports_2023,
    sum(case when year = 2021 then reports end) as reports_2021,
    round(sum(case when year = 2023 then reports end) / sum(case when year = 2021 then reports end), 2) as ratio
from extortion;

-- The article's own word, stored with its caveat:
select value, unit, note from indicators where name = 'extortion_reports_growth_factor';
