select year, rank() over (order by rate desc) from crime;
select name, row_number() over (partition by source order by year nulls last) from indicators;
select year, avg(rate) over (order by year rows between 1 preceding and 1 following) from crime;
select year, sum(rate) over (order by year rows unbounded preceding) from crime;
select year, count(*) over () from crime
