"""Cleaning raw articles: Unicode and punctuation normalisation, datelines, and
removal of boilerplate (credits, bylines, widgets, spam) from the body.

`clean_article` is pure and idempotent: cleaning a cleaned article changes nothing.
The original text is kept in `Article.raw`.
"""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata
from datetime import UTC, datetime
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from processors.models import Article


class EmptyArticle(ValueError):
    """Nothing is left of an article after cleaning (empty, blank or only boilerplate)."""


def clean_article(article: Article) -> Article:
    """The article with a clean body, title, dateline fields and other-story headlines;
    `raw` keeps the text as it arrived."""
    lines = [line for line in normalise_text(article.text).split("\n") if line]
    kept, headlines, published = _strip_boilerplate(lines)
    title = " ".join(normalise_text(article.title).split("\n")) if article.title else None
    place = article.place
    # The head of the body holds datelines, section labels and the headline. Taking one
    # off can expose another, so repeat until nothing changes: that makes cleaning
    # idempotent.
    while kept:
        head = kept[0]
        if title is not None and head.casefold() == title.casefold():
            kept = kept[1:]
            continue
        line, found, line_date = _clean_line(head, kept[1] if len(kept) > 1 else "")
        headlines += found
        if line is not None:
            line, prefix_date = take_date_prefix(line)
            line_date = line_date or prefix_date
            line, line_place = take_place_dateline(line)
            place = place or line_place
        published = published or line_date
        if line != head:
            kept = [line, *kept[1:]] if line else kept[1:]
            continue
        if title is None:
            title, rest = _split_title(kept)
            if title is not None or rest != kept:
                kept = rest
                continue
        break
    if not kept:
        raise EmptyArticle(f"article {article.id}: no text left after cleaning")

    other = list(dict.fromkeys([*article.other_story_headlines, *headlines]))
    return article.model_copy(
        update={
            "text": "\n\n".join(kept),
            "title": title or None,
            "raw": article.raw if article.raw is not None else article.text,
            "published": article.published or published,
            "place": place,
            "other_story_headlines": other,
        }
    )


def article_from_text(text: str, source: str | None = None, url: str | None = None) -> Article:
    """A raw article from a plain-text file or message; the id is `article_id(url, text)`.
    Title and datelines are read later by `clean_article`."""
    if not text.strip():
        raise EmptyArticle(f"empty article text (source={source!r}, url={url!r})")
    return Article(id=article_id(url, text), url=url, source=source, text=text)


def article_from_html(page: str, source: str | None = None, url: str | None = None) -> Article:
    """A raw article from an HTML page: main text, title and date read by trafilatura
    (the HTML itself is not kept)."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        page, url=url, with_metadata=True, include_comments=False, include_tables=False
    )
    text = getattr(doc, "text", None) or html_to_text(page)
    if not text.strip():
        raise EmptyArticle(f"no text in HTML page (source={source!r}, url={url!r})")
    published = None
    date = getattr(doc, "date", None)
    if date:
        _, published = take_date_prefix(str(date)[:10])
    title = getattr(doc, "title", None)
    return Article(
        id=article_id(url, text),
        url=url,
        source=source,
        title=title,
        text=text,
        published=published,
    )


def html_to_text(page: str) -> str:
    """The main text of an HTML page (trafilatura), falling back to tag stripping."""
    import trafilatura  # imported lazily: it is slow to import and only HTML sources need it

    text = trafilatura.extract(page, include_comments=False, include_tables=False)
    if text and text.strip():
        return text
    # Tag patterns stop at the next "<" so that hostile input ("<br<br<br...") stays linear.
    body = _drop_elements(page, ("script", "style", "noscript"))
    body = re.sub(r"(?i)<\s*(br|/p|/div|/h[1-6]|/li|/tr)\b[^<>]*>", "\n", body)
    body = re.sub(r"<[^<>]+>", " ", body)
    return "\n".join(line.strip() for line in html.unescape(body).splitlines() if line.strip())


def _drop_elements(page: str, names: tuple[str, ...]) -> str:
    """The page without these elements and their content, in one pass; an unclosed one
    drops the rest of the page, as a browser would."""
    opening = re.compile(rf"(?i)<({'|'.join(names)})\b")
    kept, pos = [], 0
    while match := opening.search(page, pos):
        kept.append(page[pos : match.start()])
        closing = re.compile(rf"(?i)</{match.group(1)}\s*>").search(page, match.end())
        if closing is None:
            return "".join(kept)
        kept.append(" ")
        pos = closing.end()
    kept.append(page[pos:])
    return "".join(kept)


# --- ids -------------------------------------------------------------------------------

_TRACKING_PARAMS = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid)$", re.I)
_DEFAULT_PORTS = {"http": 80, "https": 443}


def canonical_url(url: str) -> str:
    """URL with lowercase scheme and host, no default port, fragment, tracking
    parameters (utm_*, fbclid...) or trailing slash; remaining parameters sorted."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if parts.port and parts.port != _DEFAULT_PORTS.get(scheme):
        host = f"{host}:{parts.port}"
    query = sorted(
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not _TRACKING_PARAMS.match(k)
    )
    path = parts.path.rstrip("/")
    return urlunsplit((scheme, host, path, urlencode(query), ""))


def content_key(text: str) -> str:
    """Text reduced for exact-duplicate comparison: normalised, casefolded, one space."""
    return " ".join(normalise_text(text).casefold().split())


def content_hash(text: str) -> str:
    """Hex SHA-256 of `content_key(text)`: equal for texts that differ only in
    case, whitespace, quotes, dashes or Unicode form."""
    return hashlib.sha256(content_key(text).encode()).hexdigest()


def article_id(url: str | None, text: str) -> str:
    """Stable article id: 16 hex digits of the SHA-256 of the canonical URL, or of the
    normalised content when there is no URL."""
    key = f"url:{canonical_url(url)}" if url and url.strip() else f"text:{content_key(text)}"
    return hashlib.sha256(key.encode()).hexdigest()[:16]


# --- normalisation -----------------------------------------------------------------------

_CHAR_MAP = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
        "\u00ab": '"', "\u00bb": '"',
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2212": "-",
        "\u2015": "\u2014",
        "\u00ad": None, "\u200b": None, "\u200c": None, "\u200d": None, "\u2060": None,
        "\ufeff": None, "\t": " ", "\r": "\n", "\u2028": "\n", "\u2029": "\n",
    }
)  # fmt: skip
_SPACES = re.compile(r"[^\S\n]+")
_EM_DASH = re.compile(r"\s*\u2014\s*")
_DOUBLE_PERIOD = re.compile(r"(?<![.])\.\.(?![.])")
# spaCy's tokenizer splits a run of punctuation one character at a time, in quadratic
# time: 20,000 "&" (an entity bomb, once decoded) took minutes. No prose needs 20.
_PUNCTUATION_RUN = re.compile(r"(?:[^\w\s]|_){21,}")


def normalise_text(text: str) -> str:
    """NFKC, straight quotes, hyphens for en dashes, spaced em dashes, one space between
    words, no blank or padded lines."""
    text = unicodedata.normalize("NFKC", text).translate(_CHAR_MAP)
    return "\n".join(filter(None, (normalise_line(line) for line in text.split("\n"))))


def normalise_line(line: str) -> str:
    line = _PUNCTUATION_RUN.sub(lambda run: run.group()[:20], line)
    line = _EM_DASH.sub(" \u2014 ", line)
    line = _DOUBLE_PERIOD.sub(".", line)
    return _SPACES.sub(" ", line).strip()


# --- datelines -----------------------------------------------------------------------------

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
            ("dec", "december"),
        ]
    )
    for m in names
}  # fmt: skip
_MONTH = r"(?P<month>(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?)"
_ISO_DATE = r"(?P<iso>\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?"
_TEXT_DATE = (
    rf"(?:{_MONTH}\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}})"
    rf"|(?P<day2>\d{{1,2}})\s+{_MONTH.replace('month', 'month2')}\s+(?P<year2>\d{{4}}))"
)
# " date 2021-08-12 Text...", "Published: August 12, 2021", "12 Aug 2021"
_DATE_PREFIX = re.compile(
    rf"^(?:(?:date|dated|published(?: on)?|posted(?: on)?|updated(?: on)?)\s*:?\s*)?"
    rf"(?:{_ISO_DATE}|{_TEXT_DATE})(?:\s*(?:\||-|,)?\s*\d{{1,2}}:\d{{2}}\s*(?:[ap]\.?m\.?)?"
    rf"(?:\s*[A-Z]{{2,4}})?)?\s*(?:\||:|-|\u2014)?\s*",
    re.I,
)
_DATE_WORDS = re.compile(r"^(?:date|dated|published|posted|updated)\b", re.I)
# "KABUL, Afghanistan (AP) — Text...", "WASHINGTON — Text...", "KABUL (Reuters) - Text..."
_PLACE_DATELINE = re.compile(
    r"^(?P<city>[A-Z][A-Z'.-]*(?:\s[A-Z][A-Z'.-]*){0,3})"
    r"(?:,\s(?P<region>[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*){0,2}))?"
    r"(?:,\s(?P<when>[A-Z][a-z]{2,8}\.?\s\d{1,2}))?"
    r"\s(?:\((?P<agency>[A-Za-z][\w .&-]{0,30})\)\s)?[\u2014-]\s(?=\S)"
)


_NOT_PLACES = {
    "UPDATE", "UPDATED", "BREAKING", "BREAKING NEWS", "EXCLUSIVE", "WATCH", "LIVE", "ANALYSIS",
    "OPINION", "VIDEO", "PHOTOS", "FACTBOX", "EXPLAINER", "EDITORIAL", "CORRECTION",
}  # fmt: skip


def parse_dateline(line: str) -> tuple[str, datetime | None, str | None]:
    """Split leading datelines off a paragraph: (rest, published, place). A date without
    time is midnight UTC; `place` is the city, with its region when given."""
    line, published = take_date_prefix(line)
    line, place = take_place_dateline(line)
    return line, published, place


def take_date_prefix(line: str) -> tuple[str, datetime | None]:
    """Split a leading "date 2021-08-12" / "Published: Aug. 12, 2021" off a line."""
    match = _DATE_PREFIX.match(line)
    if match and (_DATE_WORDS.match(line) or match.end() == len(line)):
        published = _date_from_match(match)
        if published is not None:
            return line[match.end() :], published
    return line, None


def take_place_dateline(line: str) -> tuple[str, str | None]:
    """Split a leading "KABUL, Afghanistan (AP) —" off a paragraph."""
    match = _PLACE_DATELINE.match(line)
    if (
        match
        and match["city"] not in _NOT_PLACES
        and (match["agency"] or len(match["city"].replace(".", "")) >= 3)
    ):
        city = _place_name(match["city"])
        return line[match.end() :], f"{city}, {match['region']}" if match["region"] else city
    return line, None


def _place_name(upper: str) -> str:
    """ "MAZAR-I-SHARIF" -> "Mazar-i-Sharif", "LASHKAR GAH" -> "Lashkar Gah"."""
    particles = {"i", "e", "al", "el", "ul", "de", "of"}
    return " ".join(
        "-".join(p.lower() if p.lower() in particles else p.capitalize() for p in w.split("-"))
        for w in upper.split()
    )


def _date_from_match(match: re.Match[str]) -> datetime | None:
    try:
        if match["iso"]:
            y, m, d = (int(part) for part in match["iso"].split("-"))
        elif match["month"]:
            y, m, d = int(match["year"]), _month(match["month"]), int(match["day"])
        else:
            y, m, d = int(match["year2"]), _month(match["month2"]), int(match["day2"])
        return datetime(y, m, d, tzinfo=UTC)
    except (KeyError, ValueError):
        return None


def _month(name: str) -> int:
    key = name.lower().rstrip(".")
    return _MONTHS[key] if key in _MONTHS else _MONTHS[key[:3]]


# --- boilerplate ----------------------------------------------------------------------------

_AGENCY = (
    r"(?:AP|AFP|EPA(?:-EFE)?|EFE|Reuters|Getty(?: Images)?|Shutterstock|Xinhua|Anadolu"
    r"(?: Agency)?|ANI|PTI|Bloomberg|NurPhoto|SOPA Images|Sipa(?: USA)?|Alamy|iStock|Pool"
    r"|Associated Press|Zuma(?: Press)?|dpa|Corbis|WireImage|LightRocket)"
)
# "(Photo by X/AFP via Getty Images)", "Photo: X", "Image credit: X"
_CREDIT_LINE = re.compile(
    r"^[(\[]?\s*(?:photo|image|picture|credit|file photo|photograph)s?"
    r"(?:\s*(?:credit|courtesy))?\s*(?:by|:|-|\u2014)",
    re.I,
)
# a caption ending in a credit: "... AP Photo/Hamed Sarfarazi", "... EPA/NAWID TANHA",
# "... Paula Bronstein/Getty Images", "... (X/AFP via Getty Images)"
_CREDIT_TAIL = re.compile(
    rf"(?:\b{_AGENCY}(?: Photo)?\s?/\s?[\w.' -]{{2,40}}"
    rf"|\b[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*){{0,3}}\s?/\s?{_AGENCY}(?: via Getty Images)?)"
    r"\)?\s*$"
)
_BYLINE = re.compile(
    r"^(?:[Bb]y\s+[A-Z][\w.'-]+(?:\s(?:[A-Z][\w.'-]+|and|&|de|van|von|al)){0,6}"
    r"(?:\s*[,|/]\s*[\w .&-]{2,40})?"
    r"|[A-Z][\w.'-]+(?:\s[A-Z][\w.'-]+){1,3}\s(?:(?:Senior|Deputy|Chief|Managing|Associate"
    r"|Contributing|Staff|Assistant)\s)?(?:[A-Z][\w&-]+\s){0,2}"
    r"(?:Editor|Reporter|Correspondent|Writer|Contributor|Columnist|Producer))$"
)
_WIDGET = re.compile(
    r"^(?:font size:?|text size:?|share(?: this(?: article| story)?)?(?: on \w+)?:?|tweet"
    r"|email|print|comments?|\d+ comments?|listen to (?:this )?(?:article|story).*"
    r"|advertisement|sponsored(?: content)?|subscribe(?: now)?|sign up.{0,60}newsletter.*"
    r"|click here.{0,80}|follow us.{0,60}|copyright\b.*|\u00a9.*|all rights reserved\.?"
    r"|with \w+ wires|additional reporting by .*|\(?reporting by .*|editing by .*"
    r"|this is a condensed version of the information\.?)$",
    re.I,
)
_OTHER_STORY = re.compile(
    r"^(?:read also|also read|read more|related(?: article| story| stories| news)?|see also"
    r"|more from \w+|recommended|must read|don't miss)\s*[:|\u2014-]\s*(?P<headline>.+)$",
    re.I,
)
_INLINE_OTHER_STORY = re.compile(
    r"\s*[(\[](?:RELATED|READ ALSO|READ MORE|SEE ALSO)\s*:\s*(?P<headline>[^)\]]+)[)\]]",
    re.I,
)
_SECTION_LABEL_WORDS = 3
_TITLE_MAX_WORDS = 30
_SENTENCE_END = re.compile(r"[.!?:;,][\"')\]]*$")


def _strip_boilerplate(lines: list[str]) -> tuple[list[str], list[str], datetime | None]:
    """Body lines without boilerplate, the other-story headlines, and a date read from a
    date-only line."""
    kept: list[str] = []
    headlines: list[str] = []
    published: datetime | None = None
    for i, line in enumerate(lines):
        cleaned, found, date = _clean_line(line, lines[i + 1] if i + 1 < len(lines) else "")
        headlines += found
        published = published or date
        if cleaned:
            kept.append(cleaned)
    return kept, headlines, published


def _clean_line(line: str, following: str) -> tuple[str | None, list[str], datetime | None]:
    """The line without inline other-story headlines, or None when it is boilerplate; the
    other-story headlines it held; the date of a date-only line."""
    headlines = [match["headline"].strip() for match in _INLINE_OTHER_STORY.finditer(line)]
    line = _INLINE_OTHER_STORY.sub("", line).strip()
    other = _OTHER_STORY.match(line)
    if other:
        return None, [*headlines, other["headline"].strip()], None
    if not line or _is_boilerplate(line) or _is_caption_heading(line, following):
        return None, headlines, None
    date_only = _DATE_PREFIX.match(line)
    if date_only and date_only.end() == len(line):
        return None, headlines, _date_from_match(date_only)
    return line, headlines, None


def _is_boilerplate(line: str) -> bool:
    return bool(
        _WIDGET.match(line)
        or _CREDIT_LINE.match(line)
        or _CREDIT_TAIL.search(line)
        or _BYLINE.match(line)
        or is_keyword_spam(line)
    )


def _is_caption_heading(line: str, following: str) -> bool:
    """A short label right above a photo credit or caption ("Afghan Forces")."""
    short = len(line.split()) <= 6 and not _SENTENCE_END.search(line)
    return short and bool(_CREDIT_LINE.match(following) or _CREDIT_TAIL.search(following))


def is_keyword_spam(line: str) -> bool:
    """Keyword stuffing: a long run of words without sentence punctuation that repeats
    itself (few distinct words, or the same word pair three times or more)."""
    words = line.casefold().split()
    if len(words) < 12 or re.search(r"[.!?]\s", line):
        return False
    if len(set(words)) / len(words) < 0.6:
        return True
    pairs: dict[tuple[str, str], int] = {}
    for pair in zip(words, words[1:], strict=False):
        pairs[pair] = pairs.get(pair, 0) + 1
    return max(pairs.values()) >= 3


def _split_title(lines: list[str]) -> tuple[str | None, list[str]]:
    """Drop leading section labels ("World", "US News") and take a headline-like first
    line as the title, when a body remains after it."""
    start = 0
    while (
        start + 1 < len(lines)
        and len(lines[start].split()) <= _SECTION_LABEL_WORDS
        and not _SENTENCE_END.search(lines[start])
    ):
        start += 1
    lines = lines[start:]
    if len(lines) > 1 and _looks_like_title(lines[0]):
        return lines[0], lines[1:]
    return None, lines


def _looks_like_title(line: str) -> bool:
    n_words = len(line.split())
    return _SECTION_LABEL_WORDS < n_words <= _TITLE_MAX_WORDS and not _SENTENCE_END.search(line)
