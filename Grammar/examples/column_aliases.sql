select * from (select year, rate from crime) as c(y, r)
