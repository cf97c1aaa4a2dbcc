from crime;
from crime where year = 2021 order by rate;
from crime c select distinct c.region, c.rate r where r > 1 limit 5
