"""Matching text fast: whole-word alternations, the literals a pattern needs, the Hyperscan pre-pass and its regex rewrite, and the English word list."""
