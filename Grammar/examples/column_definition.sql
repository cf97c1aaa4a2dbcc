create table prices (amount decimal(10, 2), label character varying(20), at timestamp)
;create table ids (id integer primary key, code varchar unique not null, note text null)
