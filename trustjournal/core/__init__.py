"""The journal itself. Nothing in this package imports Qt.

`store/` the encrypted vault and database, `journal/` the service API (`Journal`),
`judgement/` the rules (signals, ties, follow-ups, the reflection), `backup/`, `demo/`, and
the shared vocabulary beside them (records, kinds, formats, errors). Importing the package
is free; the heavier modules (the database, the crypto) load when they are first used.
"""
