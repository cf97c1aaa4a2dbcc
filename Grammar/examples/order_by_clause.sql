select * from crime order by year desc, rate;
select year, rate from crime order by all desc
