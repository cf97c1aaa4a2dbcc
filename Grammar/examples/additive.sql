select year + 1, rate - 0.5, 1 - 2 - 3 from crime
