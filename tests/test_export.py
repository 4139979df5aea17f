"""Tests of pipeline/export.py: CSV-injection safety read back by pandas and csv, BOM, atomic writes."""

from __future__ import annotations

import csv
import json

import pandas as pd
import pytest

from pipeline.export import (
    CSV_BLOCK, article_path, atomic_open, file_stem, remove_stale_temp_files, safe_cell, write_article,
    write_csvs,
)

# Text cells an attacker (or an unlucky article) could put in a CSV, and what a spreadsheet must show.
DANGEROUS = ["=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-5% fall", "@SUM(A1)", "\tindent", "\rreturn"]


def result(article, indicator, value, text="5%", start=0, end=2):
    metric = {
        "indicator": indicator, "subject": None, "value": value, "unit": "%", "qualifier": None,
        "period": None, "text": text, "sentence": f"{indicator} {text}", "start": start, "end": end,
        "rule_id": "test",
    }
    return {"format": "polex/1", "article": article, "published": None, "metrics": [metric],
            "growth_rates": [], "entities": []}


@pytest.fixture
def dangerous_csv(tmp_path):
    results = [result(f"a{n}", cell, -5 if n % 2 else 2.5, text=cell) for n, cell in enumerate(DANGEROUS)]
    write_csvs(results, tmp_path)
    return tmp_path / "metrics.csv"


def test_text_cells_that_start_a_formula_are_quoted_when_read_by_pandas(dangerous_csv):
    df = pd.read_csv(dangerous_csv, keep_default_na=False)
    assert df["indicator"].tolist() == ["'" + cell for cell in DANGEROUS]
    assert df["text"].tolist() == ["'" + cell for cell in DANGEROUS]


def test_numeric_columns_stay_numbers(dangerous_csv):
    df = pd.read_csv(dangerous_csv)
    assert df["value"].tolist() == [2.5, -5, 2.5, -5, 2.5, -5]
    assert pd.api.types.is_numeric_dtype(df["value"]) and pd.api.types.is_integer_dtype(df["start"])


def test_the_csv_module_reads_the_same_quoted_cells(dangerous_csv):
    with open(dangerous_csv, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["indicator"] for row in rows] == ["'" + cell for cell in DANGEROUS]
    assert [row["value"] for row in rows] == ["2.5", "-5", "2.5", "-5", "2.5", "-5"]
    assert all(not row["indicator"][0] in "=+-@\t\r" for row in rows)


@pytest.mark.parametrize("cell", ["GDP", "5%", "'quoted", "", None, 12])
def test_safe_cells_are_left_as_they_are(cell):
    assert safe_cell(cell) == cell


def test_excel_csvs_start_with_a_bom_and_read_back_the_same(tmp_path):
    results = [result("a1", "exportações", 3.5)]
    write_csvs(results, tmp_path / "plain")
    write_csvs(results, tmp_path / "excel", excel=True)
    raw = (tmp_path / "excel" / "metrics.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw[3:] == (tmp_path / "plain" / "metrics.csv").read_bytes()
    df = pd.read_csv(tmp_path / "excel" / "metrics.csv", encoding="utf-8-sig")
    assert df.columns[0] == "article" and df["indicator"][0] == "exportações"


def test_numbers_keep_their_json_form_across_blocks(tmp_path):
    # Whether a block has a fraction or a null in it must not turn 5 into 5.0 elsewhere.
    results = [result(f"a{n}", "GDP", 5 if n < CSV_BLOCK else 5.5) for n in range(CSV_BLOCK + 2)]
    results[1]["metrics"][0]["value"] = None
    write_csvs(iter(results), tmp_path)
    with open(tmp_path / "metrics.csv", encoding="utf-8", newline="") as handle:
        values = [row["value"] for row in csv.DictReader(handle)]
    assert values[0] == "5" and values[1] == "" and values[-1] == "5.5" and len(values) == CSV_BLOCK + 2


def test_empty_run_writes_header_only_csvs(tmp_path):
    paths = write_csvs([], tmp_path)
    assert paths["entities"].read_text(encoding="utf-8").startswith("article,text,label,")
    assert pd.read_csv(paths["metrics"]).empty


def test_a_failed_write_leaves_neither_file_nor_temporary(tmp_path):
    target = tmp_path / "metrics.csv"
    with pytest.raises(RuntimeError):
        with atomic_open(target) as handle:
            handle.write("half a ")
            raise RuntimeError("disk full")
    assert list(tmp_path.iterdir()) == []


def test_an_old_file_stays_whole_until_the_new_one_is_complete(tmp_path):
    target = tmp_path / "metrics.csv"
    target.write_text("old\n", encoding="utf-8")
    with atomic_open(target) as handle:
        handle.write("new\n")
        assert target.read_text(encoding="utf-8") == "old\n"
    assert target.read_text(encoding="utf-8") == "new\n"


def test_stale_temporaries_of_a_killed_writer_are_removed(tmp_path):
    (tmp_path / ".a.json.x1y2.tmp").write_text("{", encoding="utf-8")
    (tmp_path / "a.json").write_text("{}", encoding="utf-8")
    assert remove_stale_temp_files(tmp_path) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["a.json"]


@pytest.mark.parametrize("article_id", ["../../etc/passwd", "a/b", ".hidden", "x" * 300, "tab\there", "c:d"])
def test_ids_that_are_not_file_names_get_a_safe_distinct_one(tmp_path, article_id):
    stem = file_stem(article_id)
    assert "/" not in stem and not stem.startswith(".") and len(stem) < 100
    path = write_article(result(article_id, "GDP", 5), tmp_path)
    assert path.parent == tmp_path and path == article_path(tmp_path, article_id)
    assert json.loads(path.read_text(encoding="utf-8"))["article"] == article_id


def test_distinct_unsafe_ids_never_share_a_file():
    assert file_stem("a/b") != file_stem("a\\b") != file_stem("a:b")
