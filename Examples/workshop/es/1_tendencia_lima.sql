-- Taller, paso 1: la tendencia del delito en Lima y su valor estimado de 2023.
-- Pregunta primero a la clase: ¿qué número de esta tabla no es una medición?

select year as año, rate as tasa, estimated as estimado from crime order by año;

-- ¿Cuánto se movió la cifra cada año? (lag lee la fila anterior.)
select year as año, rate as tasa, round(rate - lag(rate) over (order by year), 1) as variación
from crime
order by año;

-- Si 2019–2022 hubiera seguido en línea recta, ¿dónde estaría 2023?
-- Compáralo con la estimación del artículo, 18.0.
select
    round(sum(case when year = 2022 then rate end)
        + (sum(case when year = 2022 then rate end) - sum(case when year = 2019 then rate end)) / 3, 1)
        as línea_recta_2023,
    sum(case when year = 2023 then rate end) as estimación_2023
from crime;

-- Cuidado: "aproximadamente 18%" entre 2019 y 2023 coincide con la fila de 2023, así que cada
-- fila puede ser el cambio desde 2019 y no una tasa anual. Lee la advertencia (en inglés):
select note as nota from indicators where name = 'violent_crime_rate_change';
