"""Pronouns, descriptions and roles linked to the named mention they stand for."""
