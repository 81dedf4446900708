"""Data in and out in the app: File ▸ Import… previews and File ▸ Export…."""
