select * exclude (source, estimated) from crime;
select * exclude source replace (rate * 2 as rate) from crime;
select c.* exclude source from crime c
