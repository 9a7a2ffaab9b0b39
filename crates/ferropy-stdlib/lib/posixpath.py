"""Placeholder: the posixpath module is being written (issue 7)."""
