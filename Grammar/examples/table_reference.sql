select * from crime c join sources s on c.source = s.id;
select * from crime, extortion where crime.year = extortion.year;
select * from crime left join extortion using (year) cross join sources
