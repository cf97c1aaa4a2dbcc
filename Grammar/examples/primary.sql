select 1, abs(rate), crime.year from crime
