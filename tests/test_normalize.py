"""The period scanner tries its pattern only where a period can start; it must find what a
scan at every character finds, on every article of the corpus and every case text."""

from __future__ import annotations

import json

import pytest

from pipeline.normalize import PERIOD_PATTERN, _period_matches
from tests.conftest import REPO

TEXTS = sorted((REPO / "corpus").rglob("*.txt"))
CASES = [json.loads(line)["text"] for path in sorted((REPO / "tests" / "cases").glob("*.jsonl")) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _spans(matches):
    return [(m.start(), m.end(), m.group(0)) for m in matches if m.end() > m.start()]


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_the_fast_scan_finds_what_a_full_scan_finds_in_each_article(path):
    text = path.read_text(encoding="utf-8")
    assert _spans(_period_matches(text)) == _spans(PERIOD_PATTERN.finditer(text))


def test_the_fast_scan_finds_what_a_full_scan_finds_in_every_case_text():
    differ = [text for text in CASES if _spans(_period_matches(text)) != _spans(PERIOD_PATTERN.finditer(text))]
    assert len(CASES) > 100 and differ == []
