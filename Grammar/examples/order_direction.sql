select * from indicators order by year desc nulls first;
select * from indicators order by year asc
