"""The schema version of the user database this PIM Desk writes (kept apart so start-up can check
it without importing the migrations, which need sqlite-utils)."""

# The number of migrations in `pimdesk.store.migrations`; a test keeps the two equal.
LATEST_USER_SCHEMA = 5
