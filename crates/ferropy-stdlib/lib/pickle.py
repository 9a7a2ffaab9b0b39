"""Placeholder: the pickle module is being written (issue 7)."""
