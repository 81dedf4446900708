"""Windows for data in and out: imports (with their previews) and exports."""
