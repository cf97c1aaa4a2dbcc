select (rate + 1) * 2 from crime;
select year, rate - (select avg(rate) from crime) from crime
