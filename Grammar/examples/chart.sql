chart bar rate by year from crime;
chart line reports by year from extortion where year >= 2021 to 'extortion.svg';
chart hist value from indicators where unit = 'percent' bins 5
