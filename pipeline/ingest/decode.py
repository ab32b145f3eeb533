"""Bytes -> text: binary rejection, declared charsets, and detection for undeclared ones.

Order of trust: a byte-order mark, then valid UTF-8 (legacy text is almost never valid UTF-8 by
accident, while pages labelled ISO-8859-1 but sent as UTF-8 are common), then a charset the
input declares (HTTP Content-Type, HTML <meta>, XML declaration) if the bytes honour it, then
Windows-1252 when the result reads as Western text, then charset-normalizer. charset-normalizer alone is unreliable on short
Western texts (it reads "Café à Paris" as cp1250 "Café ŕ Paris"), and Windows-1252/Latin-1 is by
far the commonest legacy encoding of English-language news, hence the Western check before it.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# WHATWG Encoding: browsers decode these labels as windows-1252, and so do the pages' authors.
WINDOWS_1252_ALIASES = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "us-ascii", "ascii", "cp819"}
# A page cannot declare a UTF-16 charset in ASCII-compatible bytes; without a BOM such a
# declaration is a mistake (WHATWG treats it as UTF-8).
IGNORED_DECLARATIONS = {"utf-16", "utf-16le", "utf-16be", "utf-32", "utf-32le", "utf-32be"}

META_CHARSET = re.compile(rb"""<meta[^>]{0,512}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9._:-]+)""", re.IGNORECASE)
CONTENT_TYPE_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # category Cc less \t\n\v\f\r
HTML_START = re.compile(r"<(?:!doctype\s+html|html|head|body)[\s>/]", re.IGNORECASE)

DECLARATION_WINDOW = 4096  # HTML5 requires the meta charset within the first 1024 bytes; be lenient
BINARY_SNIFF_WINDOW = 65536
MAX_CONTROL_RATIO = 0.02  # text has tabs and newlines, not other C0 controls
WESTERN_EXTRA = set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ")  # cp1252's 0x80-0x9F printables
MAX_WESTERN_NON_ASCII_LETTER_SHARE = 0.3  # Western prose is mostly ASCII letters; cp1251 Russian is not
MIN_LETTERS_FOR_SHARE = 20  # below this the share says nothing ("né" is half accented)
MAX_DETECTION_CHAOS = 0.25


class BinaryContent(ValueError):
    """The bytes are not text in any encoding worth trying."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


def charset_from_content_type(content_type: str | None) -> str | None:
    """`text/html; charset=ISO-8859-1` -> `ISO-8859-1`."""
    if not content_type:
        return None
    match = CONTENT_TYPE_CHARSET.search(content_type)
    return match.group(1) if match else None


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML <meta> or XML declaration names in the document's first bytes."""
    head = data[:DECLARATION_WINDOW]
    match = XML_ENCODING.search(head) or META_CHARSET.search(head)
    return match.group(1).decode("ascii") if match else None


def looks_like_html(text: str) -> bool:
    """True when the text is obviously an HTML document (doctype or <html>/<head>/<body> up front)."""
    head = text[:2048].lstrip("\ufeff \t\r\n")
    if not head.startswith("<"):
        return False
    return HTML_START.search(head) is not None


def is_binary(data: bytes) -> bool:
    """NUL bytes (without a UTF-16/32 byte-order mark) mean binary: no text encoding we accept has them."""
    return b"\x00" in data[:BINARY_SNIFF_WINDOW] and _bom_encoding(data) is None


def decode_bytes(data: bytes, declared: str | None = None) -> Decoded:
    """Decode `data` to text, trusting `declared` (or an in-document declaration) when the bytes agree.

    Raises BinaryContent for data that is not text (NUL bytes, or control characters throughout).
    """
    bom_encoding = _bom_encoding(data)
    if bom_encoding is not None:
        return Decoded(data.decode(bom_encoding[0], errors="replace")[bom_encoding[1]:], bom_encoding[0])
    if is_binary(data):
        utf16 = _bomless_utf16(data)
        if utf16 is None:
            raise BinaryContent("binary content (NUL bytes), not text")
        return _checked(Decoded(data.decode(utf16, errors="replace"), utf16))
    try:
        return _checked(Decoded(data.decode("utf-8"), "utf-8"))
    except UnicodeDecodeError:
        pass
    for candidate in (declared, declared_charset(data)):
        decoded = _try_declared(data, candidate)
        if decoded is not None:
            return _checked(decoded)
    mostly_utf8 = _mostly_utf8(data)
    if mostly_utf8 is not None:
        return _checked(mostly_utf8)
    western = _try_western(data)
    if western is not None:
        return _checked(western)
    best = from_bytes(data).best()
    if best is not None and best.chaos <= MAX_DETECTION_CHAOS and not _control_heavy(str(best)):
        # a guess that reads control characters (cp437, mac-roman ...) is a wrong guess, not binary:
        # Latin-1 below decides whether the bytes are text
        return _checked(Decoded(str(best), best.encoding))
    # Never drop text for want of a confident guess: Latin-1 maps every byte to a character.
    return _checked(Decoded(data.decode("latin-1"), "latin-1"))


def _bom_encoding(data: bytes) -> tuple[str, int] | None:
    """(codec, characters to strip) for a leading byte-order mark."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return encoding, 1
    return None


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 of mostly-ASCII text has a NUL in every other byte; say which half."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / len(sample[0::2])
    odd_nuls = sample[1::2].count(0) / len(sample[1::2])
    if odd_nuls > 0.9 and even_nuls < 0.1:
        return "utf-16-le"
    if even_nuls > 0.9 and odd_nuls < 0.1:
        return "utf-16-be"
    return None


def _try_declared(data: bytes, label: str | None) -> Decoded | None:
    if not label:
        return None
    name = label.strip().lower()
    if name in IGNORED_DECLARATIONS:
        return None
    if name in WINDOWS_1252_ALIASES:
        name = "cp1252"
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    try:
        return Decoded(data.decode(codec), codec)
    except UnicodeDecodeError:
        if codec == "cp1252":  # five bytes are undefined in cp1252; Latin-1 still reads them
            return Decoded(data.decode("latin-1"), "latin-1")
        return None  # the declaration is wrong about these bytes: detect instead


def _mostly_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with a few stray legacy bytes (concatenated dumps): keep the UTF-8, read strays as cp1252."""
    text = data.decode("utf-8", errors="surrogateescape")
    strays = sum(1 for ch in text if "\udc80" <= ch <= "\udcff")
    multibyte = sum(1 for ch in text if ord(ch) > 0x7F) - strays
    if multibyte <= strays:
        return None
    repaired = re.sub("[\udc80-\udcff]", lambda m: bytes([ord(m.group()) - 0xDC00]).decode("cp1252", errors="replace"),
                      text)
    return Decoded(repaired, "utf-8+cp1252")


def _try_western(data: bytes) -> Decoded | None:
    """Windows-1252 when every non-ASCII character it yields is a Western letter or typographic mark."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    non_ascii = [ch for ch in text if ord(ch) > 0x7F]
    if not all(_is_western(ch) for ch in non_ascii):
        return None
    letters = sum(1 for ch in text if ch.isalpha())
    non_ascii_letters = sum(1 for ch in non_ascii if ch.isalpha())
    if letters >= MIN_LETTERS_FOR_SHARE and non_ascii_letters / letters > MAX_WESTERN_NON_ASCII_LETTER_SHARE:
        return None
    return Decoded(text, "cp1252")


def _is_western(ch: str) -> bool:
    if ch in WESTERN_EXTRA:
        return True
    # Latin-1 Supplement letters and signs (À-ÿ, £, ©, °, «, », ...), but not its C1 controls.
    return 0xA0 <= ord(ch) <= 0xFF


def _control_count(text: str) -> tuple[int, int]:
    """(control characters, characters) in the part of `text` the binary check reads."""
    sample = text[:BINARY_SNIFF_WINDOW]
    return len(CONTROL_CHARACTERS.findall(sample)), len(sample)


def _control_heavy(text: str) -> bool:
    controls, size = _control_count(text)
    return bool(size) and controls / size > MAX_CONTROL_RATIO


def _checked(decoded: Decoded) -> Decoded:
    if _control_heavy(decoded.text):
        controls, size = _control_count(decoded.text)
        raise BinaryContent(f"binary content ({controls} control characters in {size}), not text")
    return decoded
