select c.rate from crime c;
select k.rate from crime as k;
select rate from "crime"
