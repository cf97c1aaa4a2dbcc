select "Rate", "say ""hi""" from "crime data"
