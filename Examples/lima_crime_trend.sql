-- Lima's crime figures, 2019–2023, as the France 24 piece reports them.
-- The article's table is headed "% Change in Crime Rate"; 2023 is marked "(estimated)".
-- Question: what does the trend look like, and which value is only an estimate?

select year, rate, case when estimated then 'estimate' else 'reported' end as status
from crime
order by year;

-- The article also says violent crime in Lima rose "by approximately 18%" between
-- 2019 and 2023 — the same number as the 2023 row. That suggests each row is measured
-- against 2019, not against the year before: do not add the rows up.
select name, value, unit, place, note
from indicators
where name = 'violent_crime_rate_change';

-- Leave the estimate out: the last reported value is 2022's.
from crime where not estimated order by year desc limit 1;
