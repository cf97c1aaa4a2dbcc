select cast(year as varchar), cast(rate as double precision), cast('1' as decimal(10, 2)) from crime
