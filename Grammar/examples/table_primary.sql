select * from crime;
select * from crime as c;
select * from (select year from crime) y;
select * from (select year, rate from crime) as t(y, r);
select * from (crime c cross join extortion e)
