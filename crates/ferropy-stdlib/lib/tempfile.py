"""Placeholder: the tempfile module is being written (issue 7)."""
