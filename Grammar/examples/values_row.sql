insert into crime (year, rate) values (2000 + 23, 3 * 4.5)
