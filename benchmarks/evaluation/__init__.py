"""Scorers and data loaders for the third-party evaluation sets, shared by benchmarks/ and tests/."""
