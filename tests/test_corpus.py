"""Checks of the bundled corpus itself: every gold file is consistent with its article.

A gold record's offsets must cut its own text out of the article, and every article
has its metadata (source, publication date, licence); a gold file that breaks the first
would score polex against records that are not in the text.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.evaluate import load_document

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
GOLD = sorted(CORPUS.glob("*.gold.json")) + sorted((CORPUS / "test").glob("*.gold.json"))
META_KEYS = ("id", "published", "source", "country", "outlet_kind", "licence")  # and "url", null for the seed


@pytest.mark.parametrize("gold", GOLD, ids=lambda p: p.name[: -len(".gold.json")])
def test_every_gold_record_is_cut_from_its_article(gold):
    text = gold.with_name(gold.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8")
    document = json.loads(gold.read_text(encoding="utf-8"))
    load_document(gold)  # the polex/1 shape, or a GoldFormatError naming the problem
    wrong = [
        (kind, record["text"], text[record["start"] : record["end"]])
        for kind in ("metrics", "growth_rates")
        for record in document[kind]
        if record.get("start") is not None and text[record["start"] : record["end"]] != record["text"]
    ]
    assert not wrong


@pytest.mark.parametrize("gold", GOLD, ids=lambda p: p.name[: -len(".gold.json")])
def test_every_article_has_its_metadata(gold):
    meta = json.loads(gold.with_name(gold.name.replace(".gold.json", ".meta.json")).read_text(encoding="utf-8"))
    assert [key for key in META_KEYS if not meta.get(key) and key != "published"] == [] and "url" in meta
    # a page that shows no date has none: null, and the note says so (the gold then dates nothing by it)
    assert "published" in meta and (meta["published"] or "date" in meta.get("note", "").lower())
    assert meta["id"] == gold.name[: -len(".gold.json")]
    assert meta["published"] == json.loads(gold.read_text(encoding="utf-8"))["published"]
