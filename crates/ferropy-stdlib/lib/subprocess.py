"""Placeholder: the subprocess module is being written (issue 7)."""
