explain select year, rate from crime where year >= 2021;
explain analyze from indicators where year is not null order by year limit 3
