create table kinds (a integer, b varchar(20), c double precision, d decimal(10, 2), e character varying, f text);
select cast(1 as bigint), 1::double precision
