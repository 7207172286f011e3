"""Content sources: reading and validating the human-editable files of the PIM framework."""
