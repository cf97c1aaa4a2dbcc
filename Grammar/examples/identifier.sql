select rate, _x, año, Región, r2 from crime
