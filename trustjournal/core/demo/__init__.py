"""The demo journal: made-up people, a plan of their history, and the notes' text."""
