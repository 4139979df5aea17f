"""The ``re`` functions the extraction rules call, over a cache that holds every pattern they use.

The rules write most of their patterns inline (``re.search(r"...", text)``), and the standard
library keeps only the last 512 compiled patterns, evicting the oldest first. polex and the
spaCy model together use more than that, so the standard cache kept recompiling the same
patterns on every article (about 1.3 ms of polex's 24 ms an article). This module offers the
same calls with a cache large enough for all of them; the rule modules import it as ``re``.
"""

from __future__ import annotations

import re as _re
from functools import lru_cache
from re import DOTALL, I, IGNORECASE, M, MULTILINE, S, VERBOSE, X, Match, Pattern, compile, escape  # noqa: F401


@lru_cache(maxsize=8192)
def _compiled(pattern: str | Pattern, flags: int) -> Pattern:
    return pattern if isinstance(pattern, _re.Pattern) else _re.compile(pattern, flags)


def search(pattern, string, flags=0):
    return _compiled(pattern, flags).search(string)


def match(pattern, string, flags=0):
    return _compiled(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compiled(pattern, flags).fullmatch(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compiled(pattern, flags).sub(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compiled(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compiled(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compiled(pattern, flags).finditer(string)


def alternation(surfaces) -> str:
    """Return a regex matching any of ``surfaces``, the longest first where several match.

    The alternatives are grouped by their first letter, each group behind a look-ahead for
    it, so that at a position the engine tries only the few that can start there instead of
    all of them (some hundred currency words and codes): the same matches, found faster.
    """
    parts = sorted({s for s in surfaces}, key=len, reverse=True)
    groups: dict[str, list[str]] = {}
    for part in parts:
        groups.setdefault(part[:1].lower(), []).append(escape(part).replace(r"\ ", r"\s+"))
    branches = []
    for first, alternatives in groups.items():
        letters = "".join(sorted({first, first.upper()}))
        branches.append(f"(?=[{escape(letters)}])(?:{'|'.join(alternatives)})")
    return "(?:" + "|".join(branches) + ")"
