"""The people: the sidebar of ties and the person page."""
