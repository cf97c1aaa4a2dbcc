select * from crime order by rate asc nulls first, year desc nulls last, region
