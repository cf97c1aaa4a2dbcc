create table values (first integer, last integer, nulls integer, table integer);
select first, last, nulls, offset, asc, desc, tables, exists, if, show, describe, table from values
