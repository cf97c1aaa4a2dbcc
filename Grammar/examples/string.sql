select 'Lima', '', 'it''s', 'año'
