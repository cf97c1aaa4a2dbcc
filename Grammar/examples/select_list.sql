select year, region, rate * 2 as doubled from crime
