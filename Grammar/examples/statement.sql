show tables;
describe crime;
summarize crime;
select 1
