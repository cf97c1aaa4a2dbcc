select * from crime where year = 2021 and region <> 'Lima'
