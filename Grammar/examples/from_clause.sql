select rate from crime
