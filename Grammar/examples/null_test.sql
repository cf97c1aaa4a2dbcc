select * from crime where region is null or rate is not null
