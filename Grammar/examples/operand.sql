select (1 + 2), case when true then 1 end, cast(1 as text), rate from crime
