drop table crime;
drop table if exists crime
