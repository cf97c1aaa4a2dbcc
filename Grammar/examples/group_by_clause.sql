select source, count(*) from indicators group by source;
select source, unit, count(*) from indicators group by all
