"""newsclaims: news article dumps in, a canonical claim set out.

Stages (one module each), chained in pipeline.run:
    ingest -> clean -> dedup -> extract -> resolve -> claims -> write
"""
__version__ = "0.1.0"
