-- Taller, paso 5: conteos frente a tasas por 100 000 habitantes.
-- Los artículos dan tasas de homicidio y secuestro, y conteos de extorsión.

select name as nombre, value as valor from indicators where unit = 'per 100,000 people' order by nombre;
select year as año, reports as conteo from extortion order by año;

-- Un conteo depende de cuánta gente vive ahí; una tasa no.
-- Dos lugares inventados (no vienen de los artículos) con el mismo tipo de delito:
create table lugares (lugar varchar, habitantes bigint, casos bigint);
insert into lugares values ('Pueblo pequeño', 50000, 10), ('Ciudad grande', 2000000, 100);

select lugar, casos, round(100000.0 * casos / habitantes, 1) as por_100000
from lugares
order by por_100000 desc;

-- De una tasa a un conteo: la tasa de homicidios del Perú, 7 por 100 000,
-- en una ciudad de un millón de habitantes, significa unos tantos homicidios al año:
select value * 1000000 / 100000 as homicidios_en_una_ciudad_de_un_millón
from indicators
where name = 'homicide_rate';
