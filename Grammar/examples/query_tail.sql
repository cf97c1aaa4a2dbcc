select region, avg(rate) as mean from crime
where year >= 2000
group by region
having count(*) > 1
order by mean desc
limit 10 offset 2
