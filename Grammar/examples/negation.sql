select not true, not not false, * from crime where not region = 'Lima'
