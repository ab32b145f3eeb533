"""Ingest's byte-level rules: charset decoding, binary detection, the size cap, date normalisation."""
from __future__ import annotations

import io
import string

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from pipeline.ingest.dates import normalise_published
from pipeline.ingest.decode import BinaryContent, charset_from_content_type, decode_bytes, looks_like_html
from pipeline.ingest.streams import CappedReader, InputTooLarge, capped_stream

DECODE_CASES = [
    # (id, bytes, declared charset, expected text)
    ("ascii", b"Plain news text.", None, "Plain news text."),
    ("utf8", "Zoë Ångström in Malmö".encode(), None, "Zoë Ångström in Malmö"),
    ("latin1", "Le garçon a mangé à midi.".encode("latin-1"), None, "Le garçon a mangé à midi."),
    ("cp1252 quotes", "He said “no” — twice…".encode("cp1252"), None, "He said “no” — twice…"),
    ("cp1251 russian", "Президент России заявил сегодня.".encode("cp1251"), None, "Президент России заявил сегодня."),
    ("shift_jis", "東京都は本日、新しい政策を発表しました。".encode("shift_jis"), None, "東京都は本日、新しい政策を発表しました。"),
    ("declared koi8-r", "Новости дня".encode("koi8-r"), "koi8-r", "Новости дня"),
    ("declared iso-8859-1 means cp1252", "“Quoted” café".encode("cp1252"), "ISO-8859-1", "“Quoted” café"),
    ("utf8 labelled ascii is utf8", "Zoë".encode(), "ascii", "Zoë"),
    ("wrong declaration is not trusted", "Zoë".encode("latin-1"), "utf-8", "Zoë"),
    ("unknown declaration is ignored", "Zoë".encode(), "x-no-such-charset", "Zoë"),
    ("meta charset", b'<meta charset="iso-8859-15"><p>\xa4 5</p>', None, '<meta charset="iso-8859-15"><p>€ 5</p>'),
    ("http-equiv", b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1250"><p>\xb3</p>', None,
     '<meta http-equiv="Content-Type" content="text/html; charset=windows-1250"><p>ł</p>'),
    ("xml declaration", b'<?xml version="1.0" encoding="ISO-8859-7"?><p>\xe1</p>', None,
     '<?xml version="1.0" encoding="ISO-8859-7"?><p>α</p>'),
    ("utf8 bom", b"\xef\xbb\xbfHello", None, "Hello"),
    ("utf16 bom", "\ufeffHello".encode("utf-16-be"), None, "Hello"),
    ("bomless utf16", "Hello world, this is text".encode("utf-16-le"), None, "Hello world, this is text"),
    ("utf8 with a stray latin1 byte", "Zoë and Chloë ".encode() * 3 + b"caf\xe9", None, "Zoë and Chloë " * 3 + "café"),
]


@pytest.mark.parametrize("data, declared, expected", [c[1:] for c in DECODE_CASES], ids=[c[0] for c in DECODE_CASES])
def test_decode_bytes(data, declared, expected):
    assert decode_bytes(data, declared=declared).text == expected


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
    bytes(range(256)) * 8,
    bytes(range(1, 32)) * 50,
    b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\x00<<>>",
], ids=["png", "all bytes", "control characters", "pdf"])
def test_binary_is_rejected(data):
    with pytest.raises(BinaryContent):
        decode_bytes(data)


@given(st.text(min_size=1, max_size=300).filter(lambda t: not t.startswith("\ufeff")))
@settings(max_examples=150, deadline=None)
def test_utf8_text_round_trips(text):
    """Any UTF-8 text without binary-looking controls decodes to itself."""
    try:
        decoded = decode_bytes(text.encode("utf-8"))
    except BinaryContent:
        controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f\v" or 0x7F <= ord(ch) < 0xA0)
        assert controls / len(text) > 0.02
        return
    assert decoded.text == text


# ASCII letters weighted six to one against accented ones, as in French or German prose.
WESTERN_ALPHABET = string.ascii_lowercase * 6 + " .,;'éèêëàâçîïôûùüÿñæÉÀÇ"


@given(st.lists(st.sampled_from(WESTERN_ALPHABET), min_size=1, max_size=200))
@example(list("a" * 13 + "é" * 5 + "îü"))  # charset-normalizer guessed a code page with a control character
@settings(max_examples=150, deadline=None)
def test_latin1_western_text_is_kept(chars):
    """Western text in Latin-1 is decoded, never dropped; short or mostly-ASCII text decodes exactly."""
    text = "".join(chars)
    decoded = decode_bytes(text.encode("latin-1")).text
    assert decoded
    accented = sum(1 for ch in text if ord(ch) > 127)
    letters = sum(1 for ch in text if ch.isalpha())
    if letters < 20 or accented / letters <= 0.3:
        assert decoded == text


@given(data=st.binary(max_size=5000), limit=st.integers(min_value=0, max_value=6000),
       chunk=st.integers(min_value=1, max_value=700))
@settings(max_examples=200, deadline=None)
def test_capped_reader_delivers_at_most_the_limit_then_raises(data, limit, chunk):
    reader, _ = capped_stream(io.BytesIO(data), limit)
    received = b""
    try:
        while piece := reader.read(chunk):
            received += piece
    except InputTooLarge:
        assert len(data) > limit
        assert received == data[: len(received)] and len(received) <= limit
    else:
        assert len(data) <= limit and received == data


def test_capped_reader_delivers_every_line_before_the_limit():
    data = b"".join(b"line %03d\n" % n for n in range(100))  # 9 bytes a line
    lines = []
    with pytest.raises(InputTooLarge):
        for line in io.BufferedReader(CappedReader(io.BytesIO(data), 9 * 40 + 4)):
            lines.append(line)
    assert lines == [b"line %03d\n" % n for n in range(40)]


@pytest.mark.parametrize("content_type, charset", [
    ("text/html; charset=ISO-8859-1", "ISO-8859-1"),
    ('text/html; charset="utf-8"', "utf-8"),
    ("text/html", None),
    (None, None),
])
def test_charset_from_content_type(content_type, charset):
    assert charset_from_content_type(content_type) == charset


@pytest.mark.parametrize("text, is_html", [
    ("<!DOCTYPE html><html><body>x</body></html>", True),
    ("\n  <html lang='en'><p>x", True),
    ("<body><p>x</p></body>", True),
    ("<p>just a paragraph</p>", False),
    ("The <html> tag starts a page.", False),
    ("Plain text about HTML.", False),
])
def test_looks_like_html(text, is_html):
    assert looks_like_html(text) is is_html


DATE_CASES = [
    ("2017-05-03", "2017-05-03"),
    ("20170503", "2017-05-03"),
    ("2017-05-03T10:00:00Z", "2017-05-03T10:00:00+00:00"),
    ("2017-05-03T10:00:00.123456+02:00", "2017-05-03T10:00:00+02:00"),
    ("2017-05-03 10:00:00", "2017-05-03T10:00:00"),
    ("Tue, 03 May 2016 14:00:00 GMT", "2016-05-03T14:00:00+00:00"),
    ("May 3, 2016", "2016-05-03"),
    ("3 May 2016", "2016-05-03"),
    ("Sept. 3, 2016", None),
    ("2016/05/03", "2016-05-03"),
    (1493805600, "2017-05-03T10:00:00+00:00"),
    (1493805600000, "2017-05-03T10:00:00+00:00"),
    ("1493805600", "2017-05-03T10:00:00+00:00"),
    ("May", None),
    ("yesterday", None),
    ("", None),
    ("0001-01-01", None),
    ("2017-02-30", None),
    (None, None),
    (True, None),
    ({"date": "2017-05-03"}, None),
]


@pytest.mark.parametrize("value, expected", DATE_CASES, ids=[repr(c[0]) for c in DATE_CASES])
def test_normalise_date(value, expected):
    assert normalise_published(value) == expected
