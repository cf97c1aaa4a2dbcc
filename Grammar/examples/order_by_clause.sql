select * from crime order by region, rate desc
