"""SQLite storage: the read-only reference content and the user's own data."""
