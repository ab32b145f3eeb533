"""Which nation a word names ("Chinese", "China's", "Russian" -> one key per nation): the pure
string functions live in pipeline/name_strings.py, which the resolver reads too."""
from __future__ import annotations

from pipeline.name_strings import IRREGULAR, MIN_PREFIX, nation_key, same_nation  # noqa: F401 (re-exported)
