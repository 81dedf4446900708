"""Preferences and About."""
