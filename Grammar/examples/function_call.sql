select count(*), count(distinct source), max(rate) from crime;
select year, lag(rate) over (order by year) from crime
