-- Several statements; the last needs no semicolon, and empty ones are skipped.
create table crime (year integer, region varchar(40), rate double);;
insert into crime values (2021, 'Lima', 12.5);
select region, rate from crime order by rate desc
