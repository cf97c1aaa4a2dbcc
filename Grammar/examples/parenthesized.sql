select (rate + 1) * (year - (2000)) from crime
