select * from crime where year between 2000 and 2010 or rate not between 1 and 2
