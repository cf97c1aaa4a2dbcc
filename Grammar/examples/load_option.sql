load 'a.csv' with (header = true);
load 'a.csv' with (delimiter = '|', quote = '''');
load 'a.csv' with (null = '-');
load 'a.csv' with (types = (year bigint, rate double, place varchar))
