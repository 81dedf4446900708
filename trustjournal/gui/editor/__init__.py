"""The entry editor: people picker, signals, note, drafts."""
