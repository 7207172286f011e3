"""reportlab documents: domain records in, PDF out. No database, no Qt."""
