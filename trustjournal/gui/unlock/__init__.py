"""The unlock and create-journal window."""
