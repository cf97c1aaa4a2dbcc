select case when rate > 10 then 'high' when rate > 5 then 'mid' else 'low' end,
       case region when 'Lima' then 1 end
from crime
