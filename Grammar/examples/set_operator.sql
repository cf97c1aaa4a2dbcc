select year from crime union all select year from extortion;
select year from crime intersect select year from extortion;
select year from crime except distinct select year from extortion
