"""Windows for data in and out (issue 17): File ▸ Import… and its previews, exports."""
