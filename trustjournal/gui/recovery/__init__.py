"""The recovery key in the desktop app: the emergency kit and its dialogs."""
