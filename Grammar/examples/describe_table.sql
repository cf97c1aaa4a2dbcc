describe crime;
describe table crime
