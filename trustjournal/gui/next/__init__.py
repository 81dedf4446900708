"""The Next page: what to do next to keep the ties that matter (issue 16)."""
