select * from crime where rate > all (select rate from crime where region = 'Lima');
select * from crime where year = any (select year from extortion);
select * from crime where rate <= some (select rate from crime where year = 2021)
