"""The "To write up" page: calendar meetings waiting to become conversations."""
