"""Fixes: computed replacements (transforms), applying edits to a text until it settles, and writing files without losing data."""
