"""Reading articles: files and folders of ``.txt`` articles, with their publication dates."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    published: str | None
    source: str  # file the article came from


@dataclass(frozen=True)
class ArticleError:
    id: str
    source: str
    reason: str
    fix: str

    def message(self) -> str:
        return f"skipped {self.source}: {self.reason} ({self.fix})"


def article_files(paths: Iterable[Path]) -> list[Path]:
    """Return the article files named by ``paths``: files as given, folders searched for ``*.txt``."""
    files: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*.txt") if p.is_file()))
        else:
            files.append(path)
    return files


def published_of(path: Path, default: str | None) -> str | None:
    """Return the publication date from ``<id>.meta.json`` beside the article, else ``default``."""
    meta = path.with_name(path.stem + ".meta.json")
    if meta.is_file():
        try:
            value = json.loads(meta.read_text(encoding="utf-8")).get("published")
        except (OSError, ValueError):
            return default
        if value:
            return str(value)[:10]
    return default


def read_text_file(path: Path) -> tuple[str | None, str | None]:
    """Return (text, None) for a readable UTF-8 article, else (None, the reason)."""
    try:
        data = path.read_bytes()
    except OSError as err:
        return None, f"cannot read the file ({err.strerror or err})"
    if b"\x00" in data[:8192]:
        return None, "binary file (contains NUL bytes)"
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        return None, f"not UTF-8 text (byte {err.start})"
    if not text.strip():
        return None, "empty article"
    return text, None


def read_articles(paths: Iterable[Path], published: str | None = None) -> Iterator[Article | ArticleError]:
    """Yield every article of ``paths`` in order, or an ArticleError for one that cannot be read."""
    for path in article_files(paths):
        text, reason = read_text_file(path)
        if text is None:
            yield ArticleError(path.stem, str(path), reason, "fix or remove the file; the other articles were processed")
            continue
        yield Article(path.stem, text, published_of(path, published), str(path))
