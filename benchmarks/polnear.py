"""Command-line entry of the polnear benchmark; the scorer lives in benchmarks/evaluation/polnear.py."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.evaluation.polnear import main  # noqa: E402

if __name__ == "__main__":
    main()
