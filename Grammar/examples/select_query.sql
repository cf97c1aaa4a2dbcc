SELECT DISTINCT region FROM crime;
SELECT ALL region, year FROM crime AS c WHERE rate > 10;
select 1 + 1
