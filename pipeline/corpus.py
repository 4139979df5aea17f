"""Reading articles: folders and files of text or HTML, JSONL and CSV feeds, and stdin.

Every input becomes a stream of :class:`Article` (text ready for the extractor)
or :class:`ArticleError` (what could not be read, why, and what to do), in input
order. Nothing is read before it is needed, so a feed of any length streams
through in constant memory, and one bad article never stops the others.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import json
import re
import sys
from collections import deque
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

DEFAULT_MAX_CHARS = 1_000_000
TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
CSV_SUFFIXES = (".csv",)
STDIN = "-"

# Encodings tried, through charset-normalizer, for an article that is not UTF-8: the
# ones economic news is commonly saved in. Left to guess among all ~90 code pages,
# charset-normalizer reads French Latin-1 as cp1250 ("deuxième" -> "deuxičme").
LIKELY_ENCODINGS = (
    "gb18030", "big5", "shift_jis", "euc_jp", "euc_kr", "cp1252", "cp1251", "iso8859_15", "latin_1",
)
SINGLE_BYTE = {"cp1252", "cp1251", "iso8859_15", "latin_1"}
BOMS = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
MAGIC = (  # binary formats people drop into article folders by mistake
    (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"), (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx)"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
)
HTML_START = re.compile(r"\A\ufeff?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.IGNORECASE | re.DOTALL)
NOT_UTF8 = re.compile("[\udc80-\udcff]")  # bytes that failed to decode, kept by "surrogateescape"


@dataclass(frozen=True)
class Article:
    """One article ready for the extractor."""

    id: str
    text: str
    published: str | None
    source: str  # file the article came from ("-" for stdin), with ":<line>" inside a feed
    publisher: str | None = None  # the feed's "source" column: who published it
    url: str | None = None
    encoding: str = "utf-8"  # how the bytes were read, when not plain UTF-8
    country: str | None = None  # the country it reports on (meta.json or the feed): its dollar and fiscal year


@dataclass(frozen=True)
class ArticleError:
    """An input that could not become an article: which, why, and what to do."""

    id: str
    source: str
    reason: str
    fix: str

    def message(self) -> str:
        return f"skipped {self.source}: {self.reason} ({self.fix})"


@dataclass(frozen=True)
class Columns:
    """The field names of JSONL objects and CSV columns that hold each part of an article."""

    id: str = "id"
    text: str = "text"
    published: str = "published"
    source: str = "source"
    url: str = "url"


FIX_FILE = "fix or remove the file; the other articles were processed"
FIXES = {
    "binary": "remove it from the input; polex reads text, HTML, JSONL and CSV",
    "encoding": "save the file as UTF-8",
    "undecodable": "if it is a text, save it as UTF-8; if it is not (random or binary bytes), remove it from the input",
    "long": "split the article, or raise --max-chars; memory grows with it",
    "words": "check the source; an article needs words",
    "read": "check that the file exists and can be read, then run the same command again",
    "html": "check that the page holds the article's text",
}


class UnreadableText(ValueError):
    """Bytes or text that cannot be an article: the message says why, ``fix`` what to do."""

    def __init__(self, reason: str, fix: str = FIX_FILE):
        super().__init__(reason)
        self.fix = fix


def article_files(paths: Iterable[Path]) -> list[Path]:
    """Return the inputs named by ``paths``: files as given, folders searched for ``*.txt`` and ``*.html``.

    Hidden files and folders (``.name``) are left out of a folder's search. A
    broken link is kept, so that it is reported rather than silently missed.
    """
    files: list[Path] = []
    for path in paths:
        path = Path(path)
        if str(path) != STDIN and path.is_dir():
            found = (
                p for p in path.rglob("*")
                if p.suffix.lower() in TEXT_SUFFIXES + HTML_SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
                and (p.is_file() or p.is_symlink())
            )
            files.extend(sorted(found))
        else:
            files.append(path)
    return files


def meta_of(path: Path) -> dict:
    """Return the ``<id>.meta.json`` beside an article as a dict (empty where there is none or it is unreadable)."""
    meta = path.with_name(path.stem + ".meta.json")
    if meta.is_file():
        try:
            data = json.loads(meta.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}
    return {}


def published_of(path: Path, default: str | None, meta: dict | None = None) -> str | None:
    """Return the publication date from ``<id>.meta.json`` beside the article (or ``meta``), else ``default``."""
    value = (meta_of(path) if meta is None else meta).get("published")
    return str(value)[:10] if value else default


def iso_date(value) -> str | None:
    """Return the ISO date at the start of ``value``, or raise ValueError.

    >>> iso_date("2024-12-20T08:00:00Z")
    '2024-12-20'
    >>> iso_date(None) is None
    True
    """
    if value is None or value == "":
        return None
    text = str(value).strip()[:10]
    date.fromisoformat(text)
    return text


def decode_text(data: bytes) -> tuple[str, str]:
    """Return (text, encoding) of an article's bytes, or raise UnreadableText.

    A byte-order mark decides; then UTF-8; then the likely encodings, through
    charset-normalizer, and the bytes are refused only when none fits.

    >>> decode_text("Café".encode("utf-16"))
    ('Café', 'utf-16')
    >>> decode_text("前海 GDP 增长 8.2%，达到 1864 亿元人民币，同比增长。".encode("gb18030"))[1]
    'gb18030'
    >>> decode_text(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00")
    Traceback (most recent call last):
    ...
    pipeline.corpus.UnreadableText: binary file (a PNG image), not text
    """
    if not data:
        raise UnreadableText("empty file")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding.replace("-sig", "")
            except UnicodeDecodeError as err:
                raise UnreadableText(
                    f"starts with a {encoding} byte-order mark but is not {encoding} (byte {err.start})",
                    FIXES["encoding"],
                )
    for magic, kind in MAGIC:
        if data.startswith(magic):
            raise UnreadableText(f"binary file ({kind}), not text", FIXES["binary"])
    if b"\x00" in data:
        raise UnreadableText("binary file (contains NUL bytes), not text", FIXES["binary"])
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data, cp_isolation=list(LIKELY_ENCODINGS)))
    if not matches:
        raise UnreadableText(f"not UTF-8, and none of {', '.join(LIKELY_ENCODINGS)} fits", FIXES["undecodable"])
    best = matches[0]
    tied = [m for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
    # On a short text the East Asian double-byte encodings fit as well as cp1252 does
    # ("Côte" read as Big5 is "C矌e"). Text that is nearly all ASCII is Western.
    if sum(byte < 128 for byte in data) >= 0.9 * len(data):
        tied.sort(key=lambda m: m.encoding not in SINGLE_BYTE)
    return str(tied[0]), tied[0].encoding


def html_text(html: str) -> str:
    """Return the main text of a web page (trafilatura), or all its text where it finds no main part."""
    import trafilatura

    return trafilatura.extract(html, include_comments=False, include_tables=True) or trafilatura.html2txt(html) or ""


def looks_like_html(text: str) -> bool:
    """Return True for text that is a whole web page.

    >>> looks_like_html("<!DOCTYPE html><html><body>GDP</body></html>")
    True
    >>> looks_like_html("GDP rose <b>5%</b>.")
    False
    """
    return bool(HTML_START.match(text[:4096]))


def check_text(text: str, max_chars: int) -> None:
    """Return None for text that can be an article, else raise UnreadableText saying why.

    >>> check_text("  \\n\\t ", 100)
    Traceback (most recent call last):
    ...
    pipeline.corpus.UnreadableText: only white space
    >>> check_text("123 456 😀", 100)
    Traceback (most recent call last):
    ...
    pipeline.corpus.UnreadableText: no words: only numbers, symbols or emoji
    >>> check_text("GDP rose 5%.", 100)
    """
    if not text:
        raise UnreadableText("empty article")
    if not text.strip():
        raise UnreadableText("only white space")
    if len(text) > max_chars:
        raise UnreadableText(f"{len(text):,} characters, more than --max-chars {max_chars:,}", FIXES["long"])
    if not any(ch.isalpha() for ch in text):
        raise UnreadableText("no words: only numbers, symbols or emoji", FIXES["words"])


def _article_from_text(
    id: str, source: str, text: str, published: str | None, max_chars: int, *, html: bool = False,
    encoding: str = "utf-8", publisher: str | None = None, url: str | None = None, country: str | None = None,
) -> Article | ArticleError:
    if html or looks_like_html(text):
        text = html_text(text)
        if not text.strip():
            return ArticleError(id, source, "no article text in the HTML", FIXES["html"])
    try:
        check_text(text, max_chars)
    except UnreadableText as err:
        return ArticleError(id, source, str(err), err.fix)
    return Article(id, text, published, source, publisher, url, encoding, country)


def read_file(path: Path, published: str | None, max_chars: int = DEFAULT_MAX_CHARS) -> Article | ArticleError:
    """Return the article in a text or HTML file, or the ArticleError that says why not."""
    source = str(path)
    try:
        size = path.stat().st_size
        # Refused before reading: no encoding spends more than 4 bytes a character.
        if size > 4 * max_chars:
            reason = f"{size / 1e6:,.1f} MB, more than --max-chars {max_chars:,} characters"
            return ArticleError(path.stem, source, reason, FIXES["long"])
        data = path.read_bytes()
    except OSError as err:
        return ArticleError(path.stem, source, f"cannot read the file ({err.strerror or err})", FIXES["read"])
    try:
        text, encoding = decode_text(data)
    except UnreadableText as err:
        return ArticleError(path.stem, source, str(err), err.fix)
    meta = meta_of(path)
    country = meta.get("country")
    return _article_from_text(
        path.stem, source, text, published_of(path, published, meta), max_chars,
        html=path.suffix.lower() in HTML_SUFFIXES, encoding=encoding,
        country=country if isinstance(country, str) else None,
    )


def _text_lines(stream: BinaryIO) -> io.TextIOWrapper:
    """Return the lines of a UTF-8 (or UTF-16, with its mark) stream; bad bytes show as surrogates."""
    if not hasattr(stream, "peek"):
        stream = io.BufferedReader(stream)
    head = stream.peek(4)[:4]
    encoding = "utf-8-sig"
    for bom, name in BOMS:
        if head.startswith(bom):
            encoding = name
            break
    return io.TextIOWrapper(stream, encoding=encoding, errors="surrogateescape", newline="")


def _feed_article(
    fields: dict, default_id: str, source: str, published: str | None, columns: Columns, max_chars: int,
) -> Article | ArticleError:
    """Return the article of one JSONL object or CSV row."""
    raw_id = fields.get(columns.id)
    article_id = default_id if raw_id is None or str(raw_id).strip() == "" else str(raw_id).strip()
    text = fields.get(columns.text)
    if not isinstance(text, str):
        what = "no" if text is None else f"a non-text ({type(text).__name__})"
        return ArticleError(article_id, source, f"{what} '{columns.text}' field", "give every article its text")
    bad = [name for name in (columns.id, columns.text) if isinstance(fields.get(name), str) and NOT_UTF8.search(fields[name])]
    if bad:
        return ArticleError(article_id, source, "not UTF-8 text", "save the feed as UTF-8")
    try:
        when = iso_date(fields.get(columns.published)) or published
    except ValueError:
        return ArticleError(
            article_id, source, f"'{columns.published}' is not a date: {fields.get(columns.published)!r}",
            "write dates as YYYY-MM-DD",
        )
    optional = {name: fields.get(name) for name in (columns.source, columns.url)}
    return _article_from_text(
        article_id, source, text, when, max_chars,
        publisher=None if optional[columns.source] in (None, "") else str(optional[columns.source]),
        url=None if optional[columns.url] in (None, "") else str(optional[columns.url]),
        country=str(fields["country"]) if fields.get("country") not in (None, "") else None,
    )


def read_jsonl(
    lines: Iterable[str], name: str, stem: str, published: str | None = None,
    columns: Columns = Columns(), max_chars: int = DEFAULT_MAX_CHARS,
) -> Iterator[Article | ArticleError]:
    """Yield the article of each line of a JSONL feed; a line without an id is ``<stem>-<line>``."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        source, default_id = f"{name}:{number}", f"{stem}-{number}"
        try:
            fields = json.loads(line)
        except ValueError as err:
            yield ArticleError(default_id, source, f"not valid JSON ({err})", "fix the line: one JSON object per line")
            continue
        if not isinstance(fields, dict):
            yield ArticleError(default_id, source, "not a JSON object", 'write one {"id": ..., "text": ...} object per line')
            continue
        yield _feed_article(fields, default_id, source, published, columns, max_chars)


class _LineFeed:
    """Lines for csv.reader, numbered, with the lines of a broken record put back to be read again."""

    def __init__(self, lines: Iterable[str]):
        self.source = enumerate(lines, 1)
        self.replay: deque[tuple[int, str]] = deque()
        self.taken: list[tuple[int, str]] = []

    def __iter__(self):
        return self

    def __next__(self) -> str:
        item = self.replay.popleft() if self.replay else next(self.source)
        self.taken.append(item)
        return item[1]


def csv_records(lines: Iterable[str], max_field: int) -> Iterator[tuple[int, list[str] | csv.Error]]:
    """Yield (first line, fields) of each CSV record, or (first line, error) for a broken one.

    A broken record (a quote left open, text after a closing quote) costs only
    its first line: the lines it swallowed are read again as records of their own.

    >>> [fields for _, fields in csv_records(['a,b\\n', '1,"x\\n', '2,y\\n'], 100)][1:]
    [Error('unexpected end of data'), ['2', 'y']]
    """
    csv.field_size_limit(max(max_field, 131072))
    feed = _LineFeed(lines)
    reader = csv.reader(feed, strict=True)
    while True:
        feed.taken = []
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            taken = feed.taken
            if taken:
                yield taken[0][0], err
                feed.replay.extendleft(reversed(taken[1:]))
            reader = csv.reader(feed, strict=True)
            continue
        if fields:
            yield feed.taken[0][0], fields


def read_csv(
    lines: Iterable[str], name: str, stem: str, published: str | None = None,
    columns: Columns = Columns(), max_chars: int = DEFAULT_MAX_CHARS,
) -> Iterator[Article | ArticleError]:
    """Yield the article of each row of a CSV feed with a header row; a row without an id is ``<stem>-<line>``."""
    records = csv_records(lines, max_chars + 1)
    first = next(records, None)
    if first is None or isinstance(first[1], csv.Error):
        why = "empty file" if first is None else f"broken header row ({first[1]})"
        yield ArticleError(stem, name, why, "give the CSV a header row naming its columns")
        return
    header = [field.strip() for field in first[1]]
    if columns.text not in header:
        yield ArticleError(
            stem, name, f"no '{columns.text}' column (the header has: {', '.join(header)})",
            "name the text column with --text-col",
        )
        return
    for number, fields in records:
        source, default_id = f"{name}:{number}", f"{stem}-{number}"
        if isinstance(fields, csv.Error):
            reason = f"broken CSV quoting ({fields})"
            if "field larger than" in str(fields):
                reason = f"a field longer than --max-chars {max_chars:,}"
            yield ArticleError(default_id, source, reason, FIXES["long"] if "max-chars" in reason else "fix the quoting of the row")
            continue
        if len(fields) != len(header):
            yield ArticleError(
                default_id, source, f"{len(fields)} fields where the header has {len(header)}",
                "fix the row's commas and quotes",
            )
            continue
        yield _feed_article(dict(zip(header, fields)), default_id, source, published, columns, max_chars)


def read_stdin(
    stream: BinaryIO, published: str | None, columns: Columns, max_chars: int,
) -> Iterator[Article | ArticleError]:
    """Yield the articles on standard input: a JSONL feed when its first line is a JSON object, else one article."""
    limit = 4 * max_chars  # bytes: no encoding spends more than 4 a character
    first = stream.readline(limit + 1)
    head = first.removeprefix(codecs.BOM_UTF8).strip()
    if head.startswith(b"{"):
        try:
            is_feed = isinstance(json.loads(head.decode("utf-8", "surrogateescape")), dict)
        except ValueError:
            is_feed = False
        if is_feed:
            lines = itertools.chain([first.decode("utf-8-sig", "surrogateescape")], _text_lines(stream))
            yield from read_jsonl(lines, STDIN, "stdin", published, columns, max_chars)
            return
    data = first + stream.read(limit + 1 - len(first))
    if len(data) > limit:
        yield ArticleError("stdin", STDIN, f"more than --max-chars {max_chars:,} characters", FIXES["long"])
        return
    try:
        text, encoding = decode_text(data)
    except UnreadableText as err:
        yield ArticleError("stdin", STDIN, str(err), err.fix)
        return
    yield _article_from_text("stdin", STDIN, text, published, max_chars, encoding=encoding)


def _read_feed(path: Path, reader, published, columns, max_chars) -> Iterator[Article | ArticleError]:
    try:
        handle = open(path, "rb")
    except OSError as err:
        yield ArticleError(path.stem, str(path), f"cannot read the file ({err.strerror or err})", FIXES["read"])
        return
    with handle:
        try:
            yield from reader(_text_lines(handle), str(path), path.stem, published, columns, max_chars)
        except OSError as err:
            yield ArticleError(path.stem, str(path), f"cannot read the rest of the file ({err.strerror or err})", FIXES["read"])


def read_articles(
    paths: Iterable[Path | str], published: str | None = None, *, columns: Columns = Columns(),
    max_chars: int = DEFAULT_MAX_CHARS, stdin: BinaryIO | None = None,
) -> Iterator[Article | ArticleError]:
    """Yield every article of ``paths`` in order, or an ArticleError for one that cannot be read.

    ``paths`` are text or HTML files, folders (searched for ``*.txt`` and
    ``*.html``), JSONL and CSV feeds, or ``-`` for standard input. Files are
    read one at a time, when the caller asks for the next article.
    """
    for path in article_files(Path(p) for p in paths):
        suffix = path.suffix.lower()
        if str(path) == STDIN:
            yield from read_stdin(stdin if stdin is not None else sys.stdin.buffer, published, columns, max_chars)
        elif suffix in JSONL_SUFFIXES:
            yield from _read_feed(path, read_jsonl, published, columns, max_chars)
        elif suffix in CSV_SUFFIXES:
            yield from _read_feed(path, read_csv, published, columns, max_chars)
        elif suffix == ".json":
            # a gold file, a meta file or an earlier output passed by mistake: not article text
            yield ArticleError(
                path.stem, str(path), "a .json file is not an article",
                "pass the article's .txt or .html; a feed of articles is JSONL, one object a line (.jsonl)",
            )
        else:
            yield read_file(path, published, max_chars)


def count_articles(paths: Iterable[Path | str]) -> int | None:
    """Return how many articles ``paths`` hold when that is known without reading them (no feeds), else None."""
    files = article_files(Path(p) for p in paths)
    if any(str(f) == STDIN or f.suffix.lower() in JSONL_SUFFIXES + CSV_SUFFIXES for f in files):
        return None
    return len(files)
