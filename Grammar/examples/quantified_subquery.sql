select * from crime where rate > all (select rate from crime where estimated);
select * from crime where year = any (select year from extortion);
select * from crime where rate <= some (select value from indicators where unit = 'percent')
