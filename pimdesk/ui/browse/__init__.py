"""Reading the content: pages and models, matrix to search. Uses widgets/, locations, labels."""
