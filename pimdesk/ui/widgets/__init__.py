"""Shared building blocks: rich-text views, model helpers, tasks. Uses locations, labels."""
