"""Decisions and gatherings: one list-and-form page for each."""
