select * from crime where region like 'L%' or region not ilike 'c_sco';
select name from indicators where note like '%18!%%' escape '!'
