select count(*), count(distinct region), sum(all rate), round(avg(rate), 2), now() from crime
