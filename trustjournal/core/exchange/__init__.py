"""Data in and out (issue 17): contacts, calendars and other journals in; readable exports
out. Every importer reads a file into a preview first (nothing written), then applies the
preview the leader confirmed in one transaction; see formats.py for the list of formats."""
