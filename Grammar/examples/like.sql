select * from crime where region like 'L%' or region not ilike 'c_sco';
select * from crime where region like '%!%%' escape '!'
