select 1, rate, abs(rate), date '2023-11-24', current_date from crime
