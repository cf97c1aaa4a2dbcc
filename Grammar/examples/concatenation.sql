select region || ' (' || year || ')' from crime
