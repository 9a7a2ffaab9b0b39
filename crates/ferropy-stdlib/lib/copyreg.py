"""Placeholder: the copyreg module is being written (issue 7)."""
