show tables;
describe crime;
select 1
