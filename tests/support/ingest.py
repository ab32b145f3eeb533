"""Builders of ingest inputs shared by the test_ingest* modules (it holds no tests): good articles, bad files, WARCs."""
from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from pipeline.ingest import DEFAULT_MAX_BYTES, read_inputs

ARTICLES = {
    "harbour": (
        "The city council of Northport approved a new harbour plan on Tuesday after a long debate.\n\n"
        "Mayor Ellen Varga said the plan would bring two hundred jobs to the waterfront district. "
        "The Northport Port Authority will oversee construction, which starts next spring."
    ),
    "vaccine": (
        "Researchers at the Lindqvist Institute published results of a trial of a malaria vaccine.\n\n"
        "The trial enrolled four thousand children in Ghana and Kenya over three years. "
        "Dr. Amara Osei, who led the study, said the results exceeded expectations."
    ),
    "rail": (
        "Engineers from Baltic Rail Works completed a bridge over the Daugava river this week.\n\n"
        "The bridge carries the new line between Riga and Jelgava. Transport minister Janis Ozols "
        "visited the site and praised the workers for finishing ahead of schedule."
    ),
    "drought": (
        "Farmers in the Murcia region reported the worst harvest in two decades after a long drought.\n\n"
        "The regional agriculture office estimated losses of forty million euros. "
        "Spokesman Carlos Ferrer said emergency aid would reach growers by the end of the month."
    ),
    "museum": (
        "The Halvorsen Museum reopened its north wing after a renovation that lasted four years.\n\n"
        "Curator Ingrid Dahl said the wing now holds the largest collection of Viking textiles in Norway. "
        "Visitors queued for hours on the opening day despite the rain."
    ),
    "telescope": (
        "Astronomers using the Atacama Large Array detected water vapour around a young star.\n\n"
        "The team, led by Professor Rafael Soto of the University of Santiago, said the finding "
        "helps explain how planets collect water while they form."
    ),
}


def html_page(title: str, body: str, charset_meta: str | None = None) -> str:
    meta = f'<meta charset="{charset_meta}">' if charset_meta else ""
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    return (f"<!DOCTYPE html><html><head>{meta}<title>{title}</title></head><body>"
            f"<nav><a href='/'>Home</a></nav><article><h1>{title}</h1>{paragraphs}</article>"
            f"<footer>Copyright</footer></body></html>")


def jsonl_bytes(records: list[object]) -> bytes:
    return "".join(json.dumps(r) + "\n" for r in records).encode("utf-8")


def gzip_bytes(data: bytes) -> bytes:
    return gzip.compress(data, mtime=0)


def gzip_bomb(decompressed_size: int) -> bytes:
    """A small gzip stream of `decompressed_size` zero bytes."""
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", compresslevel=9, mtime=0) as stream:
        chunk = b"\0" * (1 << 20)
        for _ in range(decompressed_size // len(chunk)):
            stream.write(chunk)
    return buffer.getvalue()


def binary_bytes(size: int = 4096) -> bytes:
    """Deterministic bytes that look like an image: a PNG signature, NULs, every byte value."""
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * (size // 256)


def write_warc(path: Path, responses: list[dict], compress: bool = True) -> None:
    """A WARC of `responses` (dicts: url, body bytes, content_type, status, record_id, date, headers)."""
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=compress)
        for response in responses:
            headers = [("Content-Type", response.get("content_type", "text/html; charset=utf-8"))]
            headers += response.get("headers", [])
            http = StatusAndHeaders(response.get("status", "200 OK"), headers, protocol="HTTP/1.1")
            warc_headers = {"WARC-Date": response.get("date", "2017-05-03T10:00:00Z"),
                            "WARC-Record-ID": f"<urn:uuid:{response['record_id']}>"}
            record = writer.create_warc_record(response["url"], "response", payload=io.BytesIO(response["body"]),
                                               http_headers=http, warc_headers_dict=warc_headers)
            writer.write_record(record)


def warc_responses() -> list[dict]:
    """A small crawl: an HTML page, an image, a redirect and a Latin-1 page."""
    return [
        {"url": "https://news.example/harbour", "record_id": "00000000-0000-0000-0000-000000000001",
         "body": html_page("Harbour", ARTICLES["harbour"]).encode(),
         "headers": [("Last-Modified", "Mon, 02 May 2017 08:00:00 GMT")]},
        {"url": "https://news.example/logo.png", "record_id": "00000000-0000-0000-0000-000000000002",
         "body": binary_bytes(), "content_type": "image/png"},
        {"url": "https://news.example/old", "record_id": "00000000-0000-0000-0000-000000000003",
         "body": b"<html><body>Moved</body></html>", "status": "301 Moved Permanently"},
        {"url": "https://news.example/cafe", "record_id": "00000000-0000-0000-0000-000000000004",
         "body": html_page("Café", "Le café a ouvert à Paris.").encode("latin-1"),
         "content_type": "text/html; charset=ISO-8859-1",
         "headers": [("Last-Modified", "Wed, 01 Jan 2031 00:00:00 GMT")]},  # after the capture: not sensible
    ]


def read_one_file(tmp_path: Path, name: str, data: bytes, max_bytes: int = DEFAULT_MAX_BYTES):
    """Write `data` as tmp_path/name and read it back as a list of Documents."""
    path = tmp_path / name
    path.write_bytes(data)
    return list(read_inputs([path], max_bytes=max_bytes))
