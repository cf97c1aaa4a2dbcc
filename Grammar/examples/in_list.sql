select * from crime where region in ('Lima', 'Cusco') and year not in (2020)
