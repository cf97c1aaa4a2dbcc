load 'events.csv';
load 'data/2023 sales.csv' as sales;
load 'survey.txt' as survey with (header = false, delimiter = ';', null = 'NA');
load 'people.ndjson' with (types = (id varchar, born date))
