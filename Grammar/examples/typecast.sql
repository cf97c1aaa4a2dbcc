select year::varchar, rate::decimal(10, 2)::text, '12'::integer from crime
