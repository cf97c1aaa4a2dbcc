select year, sum(rate) over (order by year rows between unbounded preceding and current row) from crime;
select year, max(rate) over (order by year rows between 2 preceding and unbounded following) from crime;
select year, min(rate) over (order by year range between current row and unbounded following) from crime
