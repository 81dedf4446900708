"""The service API: `Journal` (open, read, write, lock) and the search it offers.

`from trustjournal.core.journal.service import Journal`."""
