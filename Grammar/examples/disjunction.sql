select * from crime where year = 2020 or year = 2021 or region = 'Lima'
