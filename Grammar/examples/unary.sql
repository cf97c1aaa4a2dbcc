select -rate, +rate, -9223372036854775808, - -1 from crime
