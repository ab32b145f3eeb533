"""The claims two runs disagree on, for reading every changed claim by hand.

Usage: python3 benchmarks/claim_diff.py BEFORE_OUT AFTER_OUT

Each run's claims.jsonl is keyed by what a reader judges: subject, predicate, object (or value),
qualifiers, modality and attributed_to, by name (entity ids move when resolution joins names
differently). Prints every claim only one run holds, with its first evidence sentence, then the
count of removed and added claims. How the session notes' held-out diffs were made: run the old and
the new code over the same folder (`python3 -m pipeline run FOLDER --out OUT --fresh` from each
tree) and compare the two OUT folders.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path


def claim_key(claim: dict) -> tuple:
    obj, source = claim.get("object"), claim.get("attributed_to")
    return (claim["subject"]["name"], claim["predicate"], obj["name"] if obj else str(claim.get("value")),
            json.dumps(claim.get("qualifiers") or {}, sort_keys=True), claim["modality"],
            source["name"] if source else "")  # "" not None: keys of claims with and without a source sort together


def read_claims(out: Path) -> dict[tuple, str]:
    """{key: first evidence sentence} of a run's claims."""
    claims = {}
    with (out / "claims.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            claim = json.loads(line)
            evidence = claim.get("evidence") or [{}]
            claims[claim_key(claim)] = " ".join((evidence[0].get("sentence") or "").split())
    return claims


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path, help="output folder of the old code")
    parser.add_argument("after", type=Path, help="output folder of the new code")
    args = parser.parse_args()
    before, after = read_claims(args.before), read_claims(args.after)
    removed, added = sorted(set(before) - set(after)), sorted(set(after) - set(before))
    for sign, keys, claims in (("-", removed, before), ("+", added, after)):
        for key in keys:
            print(sign, " | ".join(str(part) for part in key))
            print("     ", claims[key][:300])
    print(f"{len(removed)} removed, {len(added)} added")


if __name__ == "__main__":
    main()
