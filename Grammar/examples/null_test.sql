select region, rate is distinct from 0, rate is not distinct from null
from crime where region is null or rate is not null
