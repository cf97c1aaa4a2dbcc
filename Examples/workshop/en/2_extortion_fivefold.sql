-- Workshop, step 2: extortion reports jumped from 2021 to 2023. Is "fivefold" right?

select year, reports from extortion order by year;

-- Fivefold means times five. Divide the later year by the earlier one,
-- and say the same thing as a percentage increase.
select
    round(max(reports) / min(reports), 2) as times,
    round(100 * (max(reports) - min(reports)) / min(reports), 1) as percent_increase
from extortion;

-- 4.71 times is "almost fivefold"; an increase of 500% would be six times as many.
-- There is no 2022 row, so we cannot tell whether the jump was gradual or sudden:
select year, reports, yoy(reports, year) as change_from_previous_year from extortion;
