"""Typed relations between mentions: construction rules, argument finding, a learned pair scorer."""
