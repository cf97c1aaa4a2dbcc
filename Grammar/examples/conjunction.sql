select * from crime where year > 2000 and rate < 20 and region is not null
