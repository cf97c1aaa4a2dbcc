insert into crime values (2020, 'Lima', 1.5), (2021, 'Piura', -2.25), (2022, null, null)
