summarize crime;
summarize (select year, reports from extortion where year > 2020)
