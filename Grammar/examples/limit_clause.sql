select * from crime limit 5;
select * from crime limit 5 offset 10;
select * from crime offset 10;
select * from crime offset 10 limit 5
