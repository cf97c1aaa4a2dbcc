select *, c.*, rate, rate r, rate as "Rate %" from crime c
