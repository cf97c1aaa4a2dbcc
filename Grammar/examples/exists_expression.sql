select * from sources s where exists (select 1 from crime c where c.source = s.id);
select * from sources s where not exists (select * from extortion e where e.source = s.id)
