select * from crime;
from crime
