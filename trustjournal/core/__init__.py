"""The journal itself: vault, encrypted store, vocabulary and the service API.

Nothing in this package imports Qt. Importing the package is free; the heavier modules
(the database, the crypto) load when they are first used.
"""
