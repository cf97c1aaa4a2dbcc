insert into crime values (2021, 'Lima', 12.5);
insert into crime (year, region) values (2022, 'Cusco');
insert into recent select * from crime where year > 2020;
insert into recent (year) from crime select year
