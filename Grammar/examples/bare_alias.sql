select rate r, year "Year" from crime c
