create index crime_year on crime (year);
create unique index if not exists s on sources (id desc)
