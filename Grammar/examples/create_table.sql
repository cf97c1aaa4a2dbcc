create table crime (year integer, region varchar(40), rate double precision);
create table if not exists crime (year integer);
create table recent as select * from crime where year > 2020;
create table copy as from crime
