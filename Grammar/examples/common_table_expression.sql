with yearly(y, r) as (select year, rate from crime),
     peak as (select max(r) as top from yearly)
select y from yearly, peak where r = top
