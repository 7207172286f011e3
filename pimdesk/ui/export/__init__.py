"""File → Export PDF…: the dialog and its choices. Uses widgets/, locations, labels."""
