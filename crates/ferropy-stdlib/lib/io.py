"""Placeholder: the io module is being written (issue 7)."""
