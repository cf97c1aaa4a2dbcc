(select year from crime order by year limit 1) union (select year from extortion)
