"""Tests of pipeline/batch.py and `polex extract`: real articles through the real model.

Runs share the session's Extractor. Each test uses a few short articles; the
kill -9 test runs the command line in a real subprocess.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from pipeline.batch import JOURNAL, read_journal, run_batch
from pipeline.cli import app
from pipeline.corpus import read_articles
from pipeline.lexicons import default_rules_dir
from tests.conftest import NEWS, REPO, snapshot, write_news

GOOD = ["china-gdp", "gb18030", "latin1", "page", "uk-borrowing", "utf16"]  # of bad_inputs, in path order
FAILED = ["blank", "emoji", "empty", "gone", "huge", "image", "not-text", "nul-bytes", "numbers"]


def read_rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def bad_run(extractor, bad_inputs, tmp_path_factory):
    """The bad-inputs folder run once, in this process; (summary, output folder)."""
    out = tmp_path_factory.mktemp("bad-run")
    return run_batch(read_articles([bad_inputs]), out, extractor=extractor), out


def test_bad_inputs_are_reported_and_every_other_article_processed(bad_run):
    summary, out = bad_run
    assert (summary.extracted, summary.unchanged, summary.failed) == (len(GOOD), 0, len(FAILED))
    assert sorted(p.stem for p in out.glob("*.json")) == GOOD
    errors = read_rows(out / "errors.csv")
    assert [row["article"] for row in errors] == FAILED
    assert all(row["file"] and row["reason"] and row["fix"] for row in errors)
    assert {row["article"]: row["reason"] for row in errors}["emoji"] == "no words: only numbers, symbols or emoji"


def test_records_come_from_the_text_of_each_kind_of_input(bad_run):
    _, out = bad_run

    def growth_rates(stem):
        return {g["value"] for g in json.loads((out / f"{stem}.json").read_text(encoding="utf-8"))["growth_rates"]}

    assert 5.2 in growth_rates("china-gdp")
    assert 6.9 in growth_rates("page")  # HTML reduced to its text
    assert 4.7 in growth_rates("utf16")  # UTF-16 with a BOM
    assert 4.3 in growth_rates("latin1")  # Latin-1, read as cp1252


def test_csvs_are_in_input_order_and_the_manifest_lists_every_article(bad_run, bad_inputs):
    _, out = bad_run
    metrics = pd.read_csv(out / "metrics.csv")
    order = list(dict.fromkeys(metrics["article"]))
    assert order == [stem for stem in GOOD if stem in order] and "china-gdp" in order
    manifest = read_rows(out / "manifest.csv")
    assert [row["article"] for row in manifest] == sorted(GOOD + FAILED)
    statuses = {row["article"]: row["status"] for row in manifest}
    assert {statuses[s] for s in GOOD} == {"ok"} and {statuses[s] for s in FAILED} == {"error"}
    encodings = {row["article"]: row["encoding"] for row in manifest}
    assert (encodings["gb18030"], encodings["utf16"], encodings["page"]) == ("gb18030", "utf-16", "utf-8")
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no journal, no temporaries


def test_two_processes_give_the_same_bytes_as_one(extractor, bad_inputs, bad_run, tmp_path):
    summary = run_batch(read_articles([bad_inputs]), tmp_path, extractor=extractor, jobs=2, partition_size=2)
    assert summary.extracted == len(GOOD)
    assert snapshot(tmp_path) == snapshot(bad_run[1])


def test_a_second_run_skips_what_is_done_and_redoes_what_changed(extractor, news_dir, tmp_path):
    first = run_batch(read_articles([news_dir]), tmp_path, extractor=extractor)
    before = snapshot(tmp_path)
    again = run_batch(read_articles([news_dir]), tmp_path, extractor=extractor)
    assert (first.extracted, again.extracted, again.unchanged) == (3, 0, 3)
    assert snapshot(tmp_path) == before

    (news_dir / "china-gdp.txt").write_text(NEWS["china-gdp"].replace("5.2%", "5.4%"), encoding="utf-8")
    (news_dir / "euro-trade.meta.json").write_text('{"published": "2019-08-16"}', encoding="utf-8")
    changed = run_batch(read_articles([news_dir]), tmp_path, extractor=extractor)
    assert (changed.extracted, changed.unchanged) == (2, 1)
    assert 5.4 in {g["value"] for g in json.loads((tmp_path / "china-gdp.json").read_text())["growth_rates"]}
    assert json.loads((tmp_path / "euro-trade.json").read_text())["published"] == "2019-08-16"

    forced = run_batch(read_articles([news_dir]), tmp_path, extractor=extractor, force=True)
    assert forced.extracted == 3


def test_an_article_whose_json_was_deleted_is_redone(extractor, news_dir, tmp_path):
    run_batch(read_articles([news_dir]), tmp_path, extractor=extractor)
    (tmp_path / "euro-trade.json").unlink()
    again = run_batch(read_articles([news_dir]), tmp_path, extractor=extractor)
    assert (again.extracted, again.unchanged) == (1, 2) and (tmp_path / "euro-trade.json").is_file()


def test_a_file_that_vanishes_mid_run_is_an_error_and_the_rest_are_done(extractor, news_dir, tmp_path):
    def delete_the_last(entry):
        (news_dir / "uk-borrowing.txt").unlink(missing_ok=True)

    summary = run_batch(
        read_articles([news_dir]), tmp_path, extractor=extractor, partition_size=1, on_article=delete_the_last,
    )
    assert (summary.extracted, summary.failed) == (2, 1)
    (error,) = read_rows(tmp_path / "errors.csv")
    assert error["article"] == "uk-borrowing" and error["reason"].startswith("cannot read the file")


def test_an_article_that_never_ends_is_reported_and_the_rest_are_done(extractor, tmp_path, monkeypatch):
    """A rule that loops for ever on one text (as one did on a "respectively" sentence) costs
    that article, after the time limit, not the batch."""
    import pipeline.batch
    import pipeline.extract

    real = pipeline.extract.DocExtractor.extract

    def stalls_on_one(self, doc, *args, **kwargs):
        while "STALL" in doc.text:
            pass
        return real(self, doc, *args, **kwargs)

    monkeypatch.setattr(pipeline.batch, "ARTICLE_TIME_LIMIT", 1)
    monkeypatch.setattr(pipeline.extract.DocExtractor, "extract", stalls_on_one)
    feed = tmp_path / "feed.jsonl"
    lines = [{"id": "first", "text": NEWS["china-gdp"]}, {"id": "stuck", "text": "STALL. GDP grew 5%."}, {"id": "last", "text": NEWS["uk-borrowing"]}]
    feed.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    started = time.monotonic()
    summary = run_batch(read_articles([feed]), tmp_path / "out", extractor=extractor)
    assert (summary.extracted, summary.failed) == (2, 1)
    assert time.monotonic() - started < 30
    (error,) = read_rows(tmp_path / "out" / "errors.csv")
    assert error["article"] == "stuck" and "took longer than 1 s" in error["reason"]
    assert "5.2" in (tmp_path / "out" / "first.json").read_text(encoding="utf-8")
    assert (tmp_path / "out" / "last.json").exists()


def test_a_duplicate_id_is_an_error_not_an_overwrite(extractor, tmp_path):
    feed = tmp_path / "feed.jsonl"
    lines = [{"id": "same", "text": NEWS["china-gdp"]}, {"id": "same", "text": NEWS["uk-borrowing"]}]
    feed.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    summary = run_batch(read_articles([feed]), tmp_path / "out", extractor=extractor)
    assert (summary.extracted, summary.failed) == (1, 1)
    assert "5.2" in (tmp_path / "out" / "same.json").read_text(encoding="utf-8")


def test_a_feed_id_that_is_a_path_stays_inside_the_output(extractor, tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "../escaped", "text": NEWS["china-gdp"]}) + "\n", encoding="utf-8")
    run_batch(read_articles([feed]), tmp_path / "out", extractor=extractor)
    assert not (tmp_path / "escaped.json").exists()
    (written,) = (tmp_path / "out").glob("*.json")
    assert json.loads(written.read_text(encoding="utf-8"))["article"] == "../escaped"
    assert pd.read_csv(tmp_path / "out" / "metrics.csv")["article"].iloc[0] == "../escaped"


# --- the command line ------------------------------------------------------------------


def invoke(*args, stdin=None):
    return CliRunner().invoke(app, ["extract", *map(str, args)], input=stdin)


def test_cli_exit_code_0_when_all_are_processed(news_dir, tmp_path):
    result = invoke(news_dir, "-o", tmp_path, "-j", "1")
    assert result.exit_code == 0, result.stderr
    assert "3 articles: 3 extracted, 0 unchanged, 0 failed" in result.stderr
    assert "extracting" not in result.stderr  # no progress bar when stderr is not a terminal


def test_cli_exit_code_1_with_a_line_per_failure(bad_inputs, tmp_path):
    result = invoke(bad_inputs, "-o", tmp_path, "-j", "1", "--quiet")
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    image = f"polex: skipped {bad_inputs / 'image.txt'}: binary file (a PNG image), not text (remove it from"
    assert any(line.startswith(image) for line in lines)
    assert f"polex: note: {bad_inputs / 'gb18030.txt'} is not UTF-8; read it as gb18030" in lines
    assert lines[-1] == f"polex: {len(FAILED)} articles failed; see {tmp_path / 'errors.csv'}"
    assert sum(line.startswith("polex: skipped") for line in lines) == len(FAILED)


@pytest.mark.parametrize("args, message", [
    (["no-such-folder"], "no such file or folder: no-such-folder"),
    (["-", "--dask", "remote"], "--dask takes 'local'"),
    (["-", "--dask", "local", "--scheduler", "tcp://127.0.0.1:1"], "not both"),
    (["-", "--published", "yesterday"], "is not a date"),
])
def test_cli_exit_code_2_on_a_usage_error(tmp_path, args, message):
    result = invoke(*args, "-o", tmp_path)
    assert result.exit_code == 2 and message in result.stderr


def test_cli_rules_option_uses_an_edited_copy_and_names_a_broken_file(tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), rules)
    text = "Exports rose 5% in May, the National Bureau of Statistics said."
    shipped = invoke("-", "-o", tmp_path / "shipped", "-j", "1", stdin=json.dumps({"id": "a", "text": text}) + "\n")
    assert shipped.exit_code == 0, shipped.stderr
    assert "National Bureau of Statistics" in (tmp_path / "shipped" / "entities.csv").read_text(encoding="utf-8")
    with (rules / "entity_stoplist.tsv").open("a", encoding="utf-8") as stoplist:
        stoplist.write("stop_test_nbs\tNational Bureau of Statistics\tan edit of the copy\n")
    edited = invoke("-", "-o", tmp_path / "edited", "-j", "1", "--rules", rules, stdin=json.dumps({"id": "a", "text": text}) + "\n")
    assert edited.exit_code == 0, edited.stderr
    assert "National Bureau of Statistics" not in (tmp_path / "edited" / "entities.csv").read_text(encoding="utf-8")
    with (rules / "basis.tsv").open("a", encoding="utf-8") as basis:
        basis.write("basis_yoy\tyoy\tyoy\n")
    broken = invoke("-", "-o", tmp_path / "broken", "--rules", rules, stdin=json.dumps({"id": "a", "text": text}) + "\n")
    assert broken.exit_code == 2
    assert f"{rules / 'basis.tsv'}:" in broken.stderr and "duplicate id 'basis_yoy'" in broken.stderr


def test_cli_warns_of_articles_without_a_publication_date(tmp_path):
    undated = invoke("-", "-o", tmp_path / "undated", "-j", "1", stdin="Exports rose 5% in June.")
    assert undated.exit_code == 0
    assert "1 article(s) have no publication date (stdin)" in undated.stderr
    dated = invoke("-", "-o", tmp_path / "dated", "-j", "1", "--published", "2024-07-15", stdin="Exports rose 5% in June.")
    assert dated.exit_code == 0 and "no publication date" not in dated.stderr
    assert "1 article: 1 extracted, 0 unchanged, 0 failed" in dated.stderr  # one article, said in the singular
    record = json.loads((tmp_path / "dated" / "stdin.json").read_text(encoding="utf-8"))["growth_rates"][0]
    assert record["period"]["start"] == "2024-06-01"


def test_cli_reads_a_feed_on_stdin_and_writes_excel_csvs(tmp_path):
    feed = "".join(json.dumps({"id": name, "text": text}) + "\n" for name, text in NEWS.items())
    result = invoke("-", "-o", tmp_path, "-j", "1", "--excel", stdin=feed)
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "metrics.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert sorted(p.stem for p in tmp_path.glob("*.json")) == sorted(NEWS)


def test_cli_maps_csv_columns(tmp_path):
    feed = tmp_path / "feed.csv"
    pd.DataFrame({"guid": ["cn"], "body": [NEWS["china-gdp"]]}).to_csv(feed, index=False)
    result = invoke(feed, "-o", tmp_path / "out", "-j", "1", "--id-col", "guid", "--text-col", "body")
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "out" / "cn.json").is_file()


def test_cli_reports_a_bad_feed_line_and_row_and_processes_the_rest(tmp_path):
    jsonl, table = tmp_path / "feed.jsonl", tmp_path / "feed.csv"
    jsonl.write_text(json.dumps({"id": "cn", "text": NEWS["china-gdp"]}) + '\n{"id": "cut", "text": "GDP\n', encoding="utf-8")
    table.write_text(f'id,text\nbroken,"GDP rose" 5%\nuk,"{NEWS["uk-borrowing"]}"\n', encoding="utf-8")
    result = invoke(jsonl, table, "-o", tmp_path / "out", "-j", "1")
    assert result.exit_code == 1
    assert sorted(p.stem for p in (tmp_path / "out").glob("*.json")) == ["cn", "uk"]
    errors = read_rows(tmp_path / "out" / "errors.csv")
    assert [(row["article"], row["file"]) for row in errors] == [("feed-2", f"{jsonl}:2"), ("feed-2", f"{table}:2")]
    assert errors[0]["reason"].startswith("not valid JSON") and errors[1]["reason"].startswith("broken CSV quoting")
    assert "polex: 2 articles failed" in result.stderr


# --- kill -9 and the same command again ------------------------------------------------


def test_kill_9_then_the_same_command_gives_the_bytes_of_an_uninterrupted_run(extractor, tmp_path):
    source = tmp_path / "articles"
    source.mkdir()
    for path in sorted((REPO / "corpus").glob("*.txt")):
        if path.stat().st_size < 2500:  # the short ones: a run of a few seconds
            shutil.copy(path, source)
            if path.with_suffix(".meta.json").is_file():
                shutil.copy(path.with_suffix(".meta.json"), source)
    write_news(source)
    reference = tmp_path / "reference"
    run_batch(read_articles([source]), reference, extractor=extractor)

    out = tmp_path / "out"
    command = [sys.executable, "-m", "pipeline.cli", "extract", str(source), "-o", str(out), "-j", "1",
               "--partition-size", "1"]
    killed = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while len(list(read_journal(out / JOURNAL))) < 3 and killed.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert killed.poll() is None, "the run ended before it could be killed"
    os.kill(killed.pid, signal.SIGKILL)
    killed.wait()
    assert not (out / "manifest.csv").exists()

    again = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stderr
    unchanged = int(again.stderr.split(" unchanged")[0].rsplit(" ", 1)[1])
    assert unchanged >= 3  # the finished articles were not redone
    assert snapshot(out) == snapshot(reference)


@pytest.mark.parametrize("country", ["Pakistan", "Pakistan (Punjab)"])
def test_the_meta_country_sets_the_currency_also_with_its_region_in_brackets(extractor, tmp_path, country):
    # "Rs" is the rupee of several countries and the text names only the province
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "punjab-budget.txt").write_text(
        "Punjab presents Rs4.48 trillion budget\n\nThe provincial finance minister said that Punjab will get Rs2706.4 billion from the Federal Divisible Pool.\n",
        encoding="utf-8",
    )
    (folder / "punjab-budget.meta.json").write_text(json.dumps({"published": "2024-03-18", "country": country}), encoding="utf-8")
    run_batch(read_articles([folder]), tmp_path / "out", extractor=extractor)
    record = json.loads((tmp_path / "out" / "punjab-budget.json").read_text(encoding="utf-8"))
    assert {m["unit"] for m in record["metrics"]} == {"PKR"}
