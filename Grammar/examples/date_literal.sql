select date '2023-11-24' + 7, year(date '2023-11-24')
