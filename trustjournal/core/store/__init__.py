"""The encrypted file and what guards it: the vault folder and its header, the
SQLCipher database and its schema migrations, the keychain, the lock file, file helpers
and the passphrase rules. Only `core/journal` uses it."""
