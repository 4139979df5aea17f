"""pandas views: pipeline.to_frames and pipeline.read_outputs on a real run of the bundled corpus."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pandas as pd
import pytest

import pipeline
from pipeline.export import TABLES, write_article, write_csvs

DOCS = Path(__file__).resolve().parent.parent / "docs"


def by_article(frames):
    """The frames in read_outputs' order: by article id, records in article order."""
    return [df.sort_values("article", kind="stable").reset_index(drop=True) for df in frames]


def test_to_frames_has_the_csv_columns(corpus_run):
    out_dir, results = corpus_run
    frames = pipeline.to_frames(results)
    for kind, df in zip(TABLES, frames):
        header = (out_dir / f"{kind}.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
        assert list(df.columns) == TABLES[kind] == header
        assert len(df) == sum(len(result[kind]) for result in results)


def test_to_frames_dtypes(corpus_run):
    metrics, growth_rates, entities = pipeline.to_frames(corpus_run[1])
    assert metrics["value"].dtype == "float64" and growth_rates["from_value"].dtype == "float64"
    assert str(metrics["start"].dtype) == "Int64" and str(entities["mentions"].dtype) == "Int64"
    for df in (metrics, growth_rates):
        assert pd.api.types.is_datetime64_any_dtype(df["period_start"])
        assert pd.api.types.is_datetime64_any_dtype(df["period_end"])
    for column in ("unit", "qualifier"):
        assert isinstance(metrics[column].dtype, pd.CategoricalDtype)
    for column in ("unit", "qualifier", "direction", "basis"):
        assert isinstance(growth_rates[column].dtype, pd.CategoricalDtype)
    assert list(growth_rates["direction"].cat.categories) == ["increase", "decrease", "flat"]
    assert isinstance(entities["label"].dtype, pd.CategoricalDtype)


def test_to_frames_values_of_qianhai_gdp(corpus_run):
    metrics = pipeline.to_frames(corpus_run[1]).metrics
    gdp = metrics[(metrics["article"] == "qianhai-plan-anniversary") & (metrics["text"] == "186.4 billion yuan")]
    assert gdp["value"].tolist() == [186.4e9]
    assert gdp["unit"].tolist() == ["CNY"]
    assert gdp["period_start"].tolist() == [pd.Timestamp("2024-01-01")]
    assert gdp["period_end"].tolist() == [pd.Timestamp("2024-09-30")]


def test_to_frames_takes_article_results_and_dicts(extractor):
    text = "China's GDP grew 5.2% in 2023, the National Bureau of Statistics said on Wednesday."
    from_records = pipeline.to_frames(extractor.pipe([text]))
    from_dicts = pipeline.to_frames(extractor.pipe_dicts([text]))
    for a, b in zip(from_records, from_dicts):
        pd.testing.assert_frame_equal(a, b)
    growth = from_records.growth_rates
    assert growth[["value", "unit", "direction"]].values.tolist() == [[5.2, "%", "increase"]]


def test_read_outputs_from_json_and_from_csv_agree(corpus_run):
    out_dir, results = corpus_run
    from_json = pipeline.read_outputs(out_dir, source="json")
    from_csv = pipeline.read_outputs(out_dir, source="csv")
    in_memory = by_article(pipeline.to_frames(results))
    for json_df, csv_df, memory_df in zip(from_json, from_csv, in_memory):
        pd.testing.assert_frame_equal(json_df, csv_df)
        pd.testing.assert_frame_equal(json_df, memory_df)


def test_read_outputs_falls_back_to_excel_csvs_and_undoes_formula_quoting(corpus_run, tmp_path):
    results = [r for r in corpus_run[1] if r["article"] == "qianhai-plan-anniversary"]
    # a spreadsheet formula in a cell is quoted by the CSV writer (export.safe_cell)
    results[0] = {**results[0], "metrics": [{**results[0]["metrics"][0], "indicator": "=HYPERLINK(1)"}]}
    write_csvs(results, tmp_path, excel=True)
    assert (tmp_path / "metrics.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    frames = pipeline.read_outputs(tmp_path)  # no <id>.json: the CSVs
    assert frames.metrics["indicator"].tolist() == ["=HYPERLINK(1)"]
    write_article(results[0], tmp_path)
    for a, b in zip(frames, pipeline.read_outputs(tmp_path, source="json")):
        pd.testing.assert_frame_equal(a, b)


def test_read_outputs_of_a_missing_run_says_what_to_do(tmp_path):
    with pytest.raises(FileNotFoundError, match="run polex extract"):
        pipeline.read_outputs(tmp_path / "nothing")
    with pytest.raises(FileNotFoundError, match="run polex extract"):
        pipeline.read_outputs(tmp_path)


def test_analysis_doc_example_runs(corpus_run, monkeypatch):
    """The python block of docs/analysis.md runs on the run of the bundled corpus."""
    out_dir, _ = corpus_run
    (out_dir.parent / "corpus").symlink_to(Path(__file__).resolve().parent.parent / "corpus")
    monkeypatch.chdir(out_dir.parent)
    doc = (DOCS / "analysis.md").read_text(encoding="utf-8")
    block = re.search(r"```python\n(.*?)```", doc, re.DOTALL).group(1)
    assert len(block.strip().splitlines()) <= 6
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(block, "docs/analysis.md", "exec"), {})
    table = printed.getvalue()
    assert "region" in table and "period_end" in table
    assert re.search(r"^Qianhai\s.*8\.2", table, re.MULTILINE), table
