create table values (first integer, last integer, nulls integer, table integer);
select first, last, nulls, offset, asc, desc, tables, exists, if, show, describe, table from values;
select 1 as load, 2 as save, 3 as to
