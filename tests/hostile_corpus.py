"""A hostile corpus for every source: what each bad input is, and what must become of it
(the reason of its dead letter, or None when it is processed like any article).

Generated, not stored: a 20 MB file has no place in the repository.
"""

from __future__ import annotations

import json
import random
import string
from dataclasses import dataclass

RAW_DEAD = "articles.raw.dead"
CLEAN_DEAD = "articles.clean.dead"


@dataclass(frozen=True)
class Hostile:
    """One bad input. `reason` None: processed; else the dead letter's reason, on `dead`."""

    name: str
    data: bytes
    reason: str | None
    dead: str = RAW_DEAD


def noise(size: int, seed: int) -> bytes:
    """Random bytes: binary data, almost surely not UTF-8."""
    return random.Random(seed).randbytes(size)


def prose(chars: int, seed: int = 9) -> str:
    """Sentences of made-up words (no claims, not keyword spam), about `chars` long."""
    rnd = random.Random(seed)
    words = [
        "".join(rnd.choice(string.ascii_lowercase) for _ in range(rnd.randint(3, 9)))
        for _ in range(3000)
    ]
    sentences, size = [], 0
    while size < chars:
        sentence = " ".join(rnd.choice(words) for _ in range(14)).capitalize() + "."
        sentences.append(sentence)
        size += len(sentence) + 1
    return " ".join(sentences)


RTL_MIXED = (
    "\u0642\u0627\u0644 \u0627\u0644\u0645\u0633\u0624\u0648\u0644\u0648\u0646 \u0625\u0646 "
    "\u0627\u0644\u0637\u0631\u064a\u0642 \u0645\u063a\u0644\u0642. "
    "\u05d4\u05db\u05d1\u05d9\u05e9 \u05e0\u05e4\u05ea\u05d7 \u05de\u05d7\u05e8. "
    "The market opened late \u202eDESREVER\u202c on Tuesday, \u0928\u092e\u0938\u094d\u0924\u0947 "
    "\u4f60\u597d \U0001f525 Z\u0351\u0352a\u0353l\u0354g\u0355o and officials said little more."
)
NUMBERS_TEXT = (
    "Station readings of 1e309, NaN, -Infinity and " + "1" * 400 + " were logged on Monday, "
    "and the 1" + "0" * 400 + "th reading was discarded by the engineers."
)
SCRIPT_HTML = (
    "<html><head><script>document.write('<p>injected 99 of 100</p>')</script>"
    "<style>p { color: red }</style></head><body><p>The council met on Tuesday "
    "&amp; approved the budget for the new bridge.</p><script>evil()</script>"
    "<p>" + "&amp;" * 20_000 + "&#x202e;&#0;&#xFFFFFF;&bogus;</p><iframe src=x></iframe>"
    "<!-- <p>hidden</p> --></body></html>"
)


def file_corpus() -> list[Hostile]:
    """Files for `tocsin ingest` / read_paths: the suffix decides how each is read."""
    return [
        Hostile("invalid_utf8.txt", b"Officials said \xff\xfe\xfd the road", "not_utf8"),
        Hostile("empty.txt", b"", "empty"),
        Hostile("whitespace.txt", b" \n\t \r\n   \n\x0b\x0c", "empty"),
        Hostile("huge_20mb.txt", b"lorem ipsum " * (20 * 1024 * 1024 // 12), "too_large"),
        Hostile("nested_list.json", b"[" * 100_000 + b"]" * 100_000, "malformed_json"),
        Hostile(
            "nested_object.json", b'{"a":' * 50_000 + b"1" + b"}" * 50_000, "malformed_json"
        ),  # fmt: skip
        Hostile("malformed.json", b'{"text": "unterminated', "malformed_json"),
        Hostile("nan.json", b'{"text": "The count is unknown.", "score": NaN}', "malformed_json"),
        Hostile(
            "overflow_date.json",
            b'{"text": "Readings were logged.", "published": 1e309}',
            "invalid_article",
        ),  # fmt: skip
        Hostile("not_an_object.json", b'"just a string"', "not_an_object"),
        Hostile("binary.txt", noise(4096, 5), "not_utf8"),  # fmt: skip
        Hostile("nul.txt", b"Some text\x00\x01\x02 and more", "binary"),
        Hostile("million_char_sentence.txt", ("word " * 200_000).encode(), "too_large"),
        Hostile("long_article.txt", prose(300_000).encode(), "too_long", CLEAN_DEAD),
        Hostile(
            "scripts_only.html", b"<script>document.write(1)</script><style>p{}</style>", "empty"
        ),  # fmt: skip
        Hostile("numbers.json", json.dumps({"text": NUMBERS_TEXT}).encode(), None),
        Hostile("scripts.html", SCRIPT_HTML.encode(), None),
        Hostile("rtl_mixed.txt", RTL_MIXED.encode(), None),
        Hostile("long_line.txt", prose(60_000, seed=3).encode(), None),
        Hostile("long_token.txt", b"x" * 150_000, None),
    ]


def jsonl_corpus() -> tuple[bytes, list[Hostile]]:
    """One JSON Lines file whose lines are each bad in their own way (origin name:line)."""
    lines = [b'{"text": ""}', b"not json at all", b"[1, 2]", b'{"text": "ok", "x": Infinity}']
    reasons = ["no_text", "malformed_json", "not_an_object", "malformed_json"]
    return b"\n".join(lines), [
        Hostile(f"mixed.jsonl:{n}", line, reason)
        for n, (line, reason) in enumerate(zip(lines, reasons, strict=True), 1)
    ]


@dataclass(frozen=True)
class HostilePost:
    """One POST to the HTTP ingest endpoint and the answer it must get."""

    name: str
    body: bytes
    status: int
    reason: str | None
    content_type: str = "application/json"
    dead: str = RAW_DEAD


def http_corpus() -> list[HostilePost]:
    return [
        HostilePost("invalid utf-8", b'{"text": "caf\xe9"}', 400, "not_utf8"),
        HostilePost("empty", b"", 400, "empty"),
        HostilePost("whitespace", b"  \n\t ", 400, "empty"),
        HostilePost(
            "20 MB", b'{"text": "' + b"a" * (20 * 1024 * 1024) + b'"}', 413, "too_large"
        ),  # fmt: skip
        HostilePost("nested", b"[" * 100_000, 400, "malformed_json"),
        HostilePost("NaN", b'{"text": "x", "n": NaN}', 400, "malformed_json"),
        HostilePost("binary", noise(2048, 6), 400, "not_utf8"),  # fmt: skip
        HostilePost("wrong type", b"plain words", 415, "unsupported_media_type", "text/plain"),
        HostilePost("no text", b'{"title": "only a title"}', 400, "no_text"),
        HostilePost("html with scripts", json.dumps({"html": SCRIPT_HTML}).encode(), 202, None),
        HostilePost("rtl", json.dumps({"text": RTL_MIXED}).encode(), 202, None),
        HostilePost("numbers", json.dumps({"text": NUMBERS_TEXT}).encode(), 202, None),
        HostilePost(
            "300k chars",
            json.dumps({"text": prose(300_000, seed=4)}).encode(),
            202,
            "too_long",
            dead=CLEAN_DEAD,
        ),  # fmt: skip
    ]


def rss(items: list[str], title: str = "Hostile Wire") -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{title}</title><link>https://hostile.example/</link>{''.join(items)}"
        "</channel></rss>"
    ).encode()


def rss_item(guid: str, description: str | None = None, title: str | None = None,
             published: str = "Fri, 13 Aug 2021 09:00:00 +0000") -> str:  # fmt: skip
    parts = [f"<guid>{guid}</guid>", f"<link>https://hostile.example/{guid}</link>",
             f"<pubDate>{published}</pubDate>"]  # fmt: skip
    if title is not None:
        parts.append(f"<title>{title}</title>")
    if description is not None:
        parts.append(f"<description><![CDATA[{description}]]></description>")
    return f"<item>{''.join(parts)}</item>"


def feed_entries() -> list[tuple[str, str, str | None, str]]:
    """(guid, item xml, reason or None, dead topic) for the entries of the hostile feed."""
    return [
        ("scripts", rss_item("scripts", SCRIPT_HTML, "Council"), None, RAW_DEAD),
        ("rtl", rss_item("rtl", RTL_MIXED, "\u0645\u0631\u062d\u0628\u0627"), None, RAW_DEAD),
        ("numbers", rss_item("numbers", NUMBERS_TEXT, "Readings"), None, RAW_DEAD),
        ("empty", rss_item("empty"), "no_text", RAW_DEAD),
        ("huge", rss_item("huge", prose(500_000, seed=5), "Huge"), "too_large", RAW_DEAD),
        ("long", rss_item("long", prose(300_000, seed=6), "Long"), "too_long", CLEAN_DEAD),
    ]


BILLION_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
        for i in range(1, 10)
    )
    + b']><rss version="2.0"><channel><title>&lol9;</title></channel></rss>'
)
# Feeds that are wrong as a whole: each gets one dead letter (reason feed_error).
BROKEN_FEEDS = {
    "/garbage.xml": noise(8192, 7),
    "/bomb.xml": BILLION_LAUGHS,
    "/huge.xml": b"<rss>" + b"x" * (11 * 1024 * 1024) + b"</rss>",
}
