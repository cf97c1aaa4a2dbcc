select 1, 12.5, .5, 1e3, 1.5e-3, 'it''s', true, false, null
