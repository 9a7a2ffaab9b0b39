"""Placeholder: the struct module is being written (issue 7)."""
