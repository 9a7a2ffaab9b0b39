"""Placeholder: the shutil module is being written (issue 7)."""
