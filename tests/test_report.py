"""The review report (`polex report`): its HTML, and the same page loaded in a real headless Chromium.

The run (conftest ``review_run``) holds two hand-labelled corpus articles and an
article that tries to inject script. Each check reads the page's DOM with lxml:
the HTML as written, and the DOM as Chromium built it (``--dump-dom``).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import lxml.html
import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.evaluate import evaluate_paths
from pipeline.report import Highlight, build_report, render_text

KINDS = ("metrics", "growth_rates", "entities")
CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
)


@pytest.fixture(scope="module")
def report(review_run):
    out_dir, gold, corpus = review_run
    return build_report(out_dir, gold, corpus)


@pytest.fixture(scope="module")
def report_file(report, tmp_path_factory):
    path = tmp_path_factory.mktemp("report") / "report.html"
    path.write_text(report.to_html(), encoding="utf-8")
    return path


def predictions(review_run):
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in review_run[0].glob("*.json")}


def classes(element):
    return (element.get("class") or "").split()


def own_text(mark) -> str:
    """The article text a mark covers: its text without its label and hover panel."""
    parts = [mark.text or ""]
    for child in mark:
        if not {"polex-label", "polex-tip"} & set(classes(child)):
            parts.append(own_text(child))
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())


def section(root, article):
    found = root.xpath(f'//section[@class="article"][@data-article="{article}"]')
    assert len(found) == 1, article
    return found[0]


def marks(element, kind=None):
    path = ".//mark[contains(concat(' ', @class, ' '), ' polex-rec ')]" + (f"[@data-kind='{kind}']" if kind else "")
    return element.xpath(path)


def check_page(root, report, review_run):
    """Every check of the page that does not depend on how it was loaded."""
    preds = predictions(review_run)
    gold_score = evaluate_paths(review_run[1], review_run[0])
    # no script ran and none could: no script or image element anywhere, nothing injected
    assert root.get("data-pwned") is None
    assert not root.xpath("//script | //img | //iframe | //object")
    injected = section(root, "injected").xpath('.//div[@class="entities"]')[0].text_content()
    assert '<script>document.documentElement.setAttribute("data-pwned", "script")</script>' in injected
    assert "<img src=x onerror=" in injected

    # the index: one row per article with its counts, and F1 where gold exists
    for article, prediction in preds.items():
        row, = root.xpath(f'//section[@id="index"]//tr[@data-article="{article}"]')
        cells = [cell.text_content() for cell in row.xpath("./td")]
        assert cells[2:5] == [str(len(prediction[kind])) for kind in KINDS]
    for scored in gold_score.articles:
        row, = root.xpath(f'//section[@id="index"]//tr[@data-article="{scored.article}"]')
        assert [cell.text_content() for cell in row.xpath("./td")][5] == f"{scored.quantities.quantity.f1:.3f}"

    # every metric and growth rate is marked once, over its own text, with its fields in the panel
    for article, prediction in preds.items():
        box = section(root, article)
        for kind, prefix in (("metrics", "m"), ("growth_rates", "g")):
            assert len(marks(box, kind)) - len(box.xpath(f".//mark[@data-kind='{kind}'][contains(@class, 'fn')]")) == len(prediction[kind])
            for n, record in enumerate(prediction[kind], 1):
                mark, = box.xpath(f'.//mark[@data-record="a{report_index(report, article)}-{prefix}{n}"]')
                assert own_text(mark) == " ".join(record["text"].split())
                panel = mark.xpath('./span[@class="polex-tip"]')[0].text_content()
                assert record["rule_id"] in panel and record["unit"] in panel
        # entities: marked where their text or an alias stands, as often as found
        for n, entity in enumerate(prediction["entities"], 1):
            for mark in box.xpath(f'.//mark[@data-record="a{report_index(report, article)}-e{n}"]'):
                assert own_text(mark) in {entity["text"], *entity["aliases"]}

    # with gold: false positives and misses marked apart, and polex evaluate's numbers
    qianhai = section(root, "qianhai-plan-anniversary")
    scored = next(a for a in gold_score.articles if a.article == "qianhai-plan-anniversary")
    quantity_fps = [m for m in scored.false_positives if m.kind != "entities"]
    assert len([m for m in marks(qianhai) if "fp" in classes(m) and m.get("data-kind") != "entities"]) == len(quantity_fps)
    assert len(qianhai.xpath('.//table[@class="missed"]//tr[@class="fn"]')) == len(scored.false_negatives)
    assert all(m.xpath('./span[@class="polex-label"]')[0].text.startswith("MISSED") for m in marks(qianhai) if "fn" in classes(m))
    summary = root.xpath('//section[@id="summary"]//table[@class="summary"]')[0]
    f1_row, = [row for row in summary.xpath(".//tr") if row.xpath("./th") and row.xpath("./th")[0].text == "quantity F1"]
    assert [c.text for c in f1_row.xpath("./td")] == [
        f"{s.quantity.f1:.3f}" for s in (gold_score.metrics, gold_score.growth_rates, gold_score.quantities)
    ]
    bars = root.xpath('//svg//*[@class="bar"]')
    assert len(bars) == 3 * len(gold_score.articles)
    assert {b.get("data-value") for b in bars if b.get("data-article") == "qianhai-plan-anniversary"} >= {
        f"{scored.quantities.quantity.f1:.3f}"
    }


def report_index(report, article):
    return next(view.index for view in report.articles if view.article == article)


# ---------------------------------------------------------------------------
# The HTML as written


def test_report_page(report, report_file, review_run):
    check_page(lxml.html.parse(str(report_file)).getroot(), report, review_run)


def test_report_is_self_contained_and_escaped(report):
    page = report.to_html()
    assert "<script" not in page.lower()
    assert "&lt;script&gt;document.documentElement" in page
    assert 'http-equiv="Content-Security-Policy" content="default-src \'none\'' in page
    root = lxml.html.fromstring(page)
    assert not root.xpath("//@src")
    assert all(href.startswith("#") for href in root.xpath("//@href"))


def test_displacy_renders_a_record_inside_another_and_leaves_out_a_crossing_one():
    text = "Employment increased from 55,000 to 90,000 workers <b>in</b> 2023."
    growth = text.index("increased"), text.index(" workers")
    low, high = text.index("55,000"), text.index("90,000")
    highlights = [
        Highlight(*growth, "g1", "g1", "growth_rates", "GROWTH", "", "<i>panel</i>"),
        Highlight(low, low + 6, "m1", "m1", "metrics", "METRIC", "fp", ""),
        Highlight(high, high + 6, "m2", "m2", "metrics", "METRIC", "", ""),
        Highlight(text.index("to 90"), text.index("workers") + 7, "x1", "x1", "metrics", "MISSED METRIC", "fn", ""),
    ]
    markup, left_out = render_text(text, highlights)
    assert [h.rid for h in left_out] == ["x1"]  # it crosses the growth rate's span
    root = lxml.html.fromstring(markup)
    outer, = root.xpath("//mark[@id='g1']")
    assert [m.get("id") for m in marks(outer)] == ["m1", "m2"]
    assert own_text(outer) == "increased from 55,000 to 90,000"
    assert "fp" in classes(outer.xpath(".//mark[@id='m1']")[0])
    assert "&lt;b&gt;in&lt;/b&gt;" in markup and outer.xpath("./span[@class='polex-tip']/i")[0].text == "panel"


def test_report_without_article_texts_lists_the_records_and_says_why(review_run):
    out_dir, gold, _ = review_run
    report = build_report(out_dir, gold, corpus=[])
    assert any("--corpus" in note for note in report.notes)
    root = lxml.html.fromstring(report.to_html())
    assert not marks(root)
    rows = root.xpath('//section[@data-article="qianhai-plan-anniversary"]//table[@class="metrics"]//tbody/tr')
    assert len(rows) == len(predictions(review_run)["qianhai-plan-anniversary"]["metrics"])


def test_report_command(review_run, tmp_path):
    out_dir, gold, corpus = review_run
    target = tmp_path / "report.html"
    args = ["report", str(out_dir), "-o", str(target), "--corpus", str(corpus[1]), "--corpus", str(corpus[0])]
    result = CliRunner().invoke(app, args + [arg for g in gold for arg in ("--gold", str(g))])
    assert result.exit_code == 0, result.output
    assert "report of 3 article(s)" in result.output
    assert 'id="summary"' in target.read_text(encoding="utf-8")
    missing = CliRunner().invoke(app, ["report", str(tmp_path / "no-run"), "-o", str(target)])
    assert missing.exit_code == 2
    assert "run polex extract" in missing.output


# ---------------------------------------------------------------------------
# The page in a real browser: Debian's chromium, headless


@pytest.fixture(scope="module")
def chromium():
    path = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
    if path is None:
        pytest.skip("Debian's chromium is not installed (.ci/run installs it: apt-get install -y chromium)")
    return path


def run_chromium(chromium, profile: Path, *args: str) -> subprocess.CompletedProcess:
    command = [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args]
    run = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    return run


def test_report_in_headless_chromium(chromium, report, report_file, review_run, tmp_path):
    # --dump-dom prints the DOM after the page loaded and any script of it ran
    dom = run_chromium(chromium, tmp_path / "profile-dom", "--dump-dom", report_file.as_uri()).stdout
    assert "<mark" in dom, dom[:500]
    check_page(lxml.html.fromstring(dom), report, review_run)

    screenshot = tmp_path / "report.png"
    run_chromium(chromium, tmp_path / "profile-shot", "--window-size=1280,2400", f"--screenshot={screenshot}", report_file.as_uri())
    data = screenshot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 50_000
