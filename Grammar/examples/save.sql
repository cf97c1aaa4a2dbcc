save crime to 'crime.csv';
save crime to 'crime.md';
save (select year, rate from crime where rate > 10 order by year) to 'out/high.json';
save (from indicators where year = 2023) to 'indicators.ndjson'
