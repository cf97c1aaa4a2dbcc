select region from crime group by region having avg(rate) > 10
