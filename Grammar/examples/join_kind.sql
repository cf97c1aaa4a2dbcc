select * from crime inner join extortion using (year);
select * from crime left outer join extortion using (year);
select * from crime right join extortion using (year);
select * from crime full outer join extortion on crime.year = extortion.year;
select * from crime cross join extortion
