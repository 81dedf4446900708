"""Data in and out: File ▸ Import… and its previews (issue 17)."""
