select (rate + 1) * 2 > 10 or not region like 'L%' from crime
