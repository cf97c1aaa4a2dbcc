-- Taller, paso 4: el hacinamiento en las cárceles como razón entre personas y plazas.

select name as nombre, value as valor from indicators
where name in ('prison_population', 'prison_capacity') order by nombre;

-- Ocupación = población / capacidad. Hacinamiento = la parte por encima de la capacidad.
select
    round(sum(case when name = 'prison_population' then value end)
        / sum(case when name = 'prison_capacity' then value end), 2) as personas_por_plaza,
    round(100 * (sum(case when name = 'prison_population' then value end)
        - sum(case when name = 'prison_capacity' then value end))
        / sum(case when name = 'prison_capacity' then value end), 1) as hacinamiento_porcentual
from indicators;

-- El artículo dice que el hacinamiento "supera el 130%": sus propias cifras dan cerca de 132%.
select value as valor from indicators where name = 'prison_overcrowding';
