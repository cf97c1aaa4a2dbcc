select rate, crime.rate, c.rate from crime c
