"""newsclaims: news article dumps in, a canonical claim set out.

Stages (one module each), chained in pipeline.run:
    ingest -> clean -> dedup -> extract -> resolve -> claims -> write
"""
__version__ = "0.1.0"

from pipeline.spacy_cli import defer_spacy_cli

defer_spacy_cli()  # before anything imports spaCy: start-up without its command line (spacy_cli.py)
