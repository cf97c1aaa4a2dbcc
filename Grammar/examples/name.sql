select "Rate %", año, first, last from "crime" where región = 'Lima'
