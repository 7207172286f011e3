"""Check my data and Update content: backups, packs. Uses widgets/, locations, labels."""
