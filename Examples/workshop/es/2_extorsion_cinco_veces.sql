-- Taller, paso 2: las denuncias por extorsión saltaron de 2021 a 2023. ¿Es cierto "cinco veces"?

select year as año, reports as denuncias from extortion order by año;

-- Cinco veces es multiplicar por cinco. Divide el año posterior entre el anterior,
-- y di lo mismo como aumento porcentual.
select
    round(max(reports) / min(reports), 2) as veces,
    round(100 * (max(reports) - min(reports)) / min(reports), 1) as aumento_porcentual
from extortion;

-- 4.71 veces es "casi cinco veces"; un aumento de 500% serían seis veces más.
-- No hay fila de 2022: no sabemos si el salto fue gradual o repentino.
select year as año, reports as denuncias, yoy(reports, year) as cambio_desde_el_año_anterior from extortion;
