-- Taller, paso 3: el ministro del Interior dijo que el 90% de los peruanos no se siente seguro.
-- El mismo artículo cita una encuesta LAPOP de 2014: 56.6%.

select value as valor, year as año from indicators where name = 'population_feeling_insecure' order by valor desc;

-- ¿Cuánto se separan, en puntos porcentuales y como razón?
select
    max(value) - min(value) as diferencia_en_puntos,
    round(max(value) / min(value), 2) as razón
from indicators
where name = 'population_feeling_insecure';

-- Una cifra tiene año y encuesta; la otra no tiene ninguno de los dos.
select count(*) as cifras, count(year) as con_año
from indicators
where name = 'population_feeling_insecure';
