select region, year, max(rate) from crime group by region, year
