select * from crime where year in (2021, 2023);
select * from crime where year not in (select year from extortion)
;select 1 in ()
