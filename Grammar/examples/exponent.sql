select 1e3, 1E-3, 2.5e+10
