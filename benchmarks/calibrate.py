"""Command-line entry of confidence calibration; the code lives in benchmarks/evaluation/calibration.py."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.evaluation.calibration import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
