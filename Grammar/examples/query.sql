select * from crime;
from crime;
with recent as (select * from crime where year >= 2021) select year, rate from recent;
select year from crime union select year from extortion order by 1 limit 3
