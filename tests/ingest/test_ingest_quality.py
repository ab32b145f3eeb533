"""Quality floors for ingest on real third-party pages (shared/data/article-extraction-benchmark).

Measured at commit time: 181/181 pages read as HTML without error, 5052/5052 non-ASCII words of
the human-written bodies found in the decoded pages; real bodies re-encoded in a legacy charset
without any declaration decode exactly 151/152 (cp1252, cp1251, EUC-KR, Shift_JIS, GB18030;
the miss is one Chinese page).
"""
from __future__ import annotations

import html
import json
import re

import pytest

from pipeline.ingest import read_inputs
from pipeline.ingest.decode import decode_bytes

pytestmark = pytest.mark.quality

WORD = re.compile(r"\w+")
HAN = re.compile(r"[\u4e00-\u9fff]")
# The legacy charset a site in that script would have used; GB18030 can encode anything, so it
# is tried only for Chinese text.
LEGACY_CODECS = ("cp1252", "cp1251", "euc-kr", "shift_jis")


@pytest.fixture(scope="module")
def extraction_pages(shared_data):
    base = shared_data / "article-extraction-benchmark"
    truth = json.loads((base / "ground-truth.json").read_text(encoding="utf-8"))
    return base, truth


def test_real_pages_are_read_and_decoded(extraction_pages):
    base, truth = extraction_pages
    documents = list(read_inputs([base / "html"]))
    assert len(documents) == len(truth) == 181
    assert [d.source for d in documents if d.error or d.kind != "html"] == []
    found = total = 0
    for document in documents:
        page_id = document.source.removesuffix(".html.gz")
        accented = {w for w in WORD.findall(truth[page_id]["articleBody"]) if any(ord(c) > 127 for c in w)}
        text = html.unescape(document.content)
        found += sum(1 for word in accented if word in text)
        total += len(accented)
    assert total > 4000
    assert found / total >= 0.99, f"non-ASCII words of the true bodies found in the decoded pages: {found}/{total}"


def test_real_bodies_in_legacy_charsets_are_detected(extraction_pages):
    _, truth = extraction_pages
    exact = tried = 0
    misread = []
    for page_id, record in sorted(truth.items()):
        body = record["articleBody"]
        if body.isascii():
            continue
        codecs = LEGACY_CODECS + (("gb18030",) if HAN.search(body) else ())
        for codec in codecs:
            try:
                data = body.encode(codec)
            except UnicodeEncodeError:
                continue
            tried += 1
            decoded = decode_bytes(data)
            if decoded.text == body:
                exact += 1
            else:
                misread.append((page_id[:8], codec, decoded.encoding))
            break
    assert tried >= 140
    assert exact / tried >= 0.97, f"exact {exact}/{tried}; misread: {misread[:10]}"
