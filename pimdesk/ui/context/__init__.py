"""The context builder: contexts, editor, suggestions, files. Uses widgets/, locations, labels."""
