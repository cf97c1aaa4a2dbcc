create table prices (amount decimal(10, 2), label character varying(20), at timestamp)
