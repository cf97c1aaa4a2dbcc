select rate * 2, rate / 3, year // 10, year % 10 from crime
