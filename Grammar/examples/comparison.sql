select * from crime where year = 2021 and rate > 2 and rate <= 20 and region != 'Lima' and region <> 'Cusco' and year == 2021 and year >= 2000 and year < 2030
