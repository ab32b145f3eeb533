"""Benchmarks and the evaluation code behind them; not part of the installed product."""
