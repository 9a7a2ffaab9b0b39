"""Placeholder: the os module is being written (issue 7)."""
