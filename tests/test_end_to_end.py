"""End to end: the installed command line extracts the bundled corpus and scores it against the gold.

Runs `polex extract corpus/` and `polex evaluate ... --json` as a user would (real
subprocesses, the real model), then checks the seed article's scores against the bar
of the first issue, and the dev split's against floors that guard against regressions.
The held-out test split is not asserted on here: it is scored at the end of a piece of
work (bench/peers.py), never tuned to.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SEED = CORPUS / "qianhai-plan-anniversary.gold.json"

# What the seed article must reach (issue "polex extract and evaluate, end to end").
SEED_BAR = {"quantity_f1": 0.95, "strict_f1": 0.80, "entity_f1": 0.90}
# Floors for the dev split, a little under what polex reaches today: a change that
# drops below one has made extraction worse on articles it was not written for. The
# strict floor was 0.65 on 31 articles; 16 articles added later, each labelled twice
# before polex ran on them, brought the split's strict F1 to 0.64, and the floor to 0.62.
# Twenty more (dev batches 11 and 12, from eighteen countries and five regions new to the
# corpus) brought the 100-article split to 0.942 / 0.603 / 0.895 after the work on them,
# and the floors to a little under that. Dev batch 18 (ten articles of twelve new places,
# the hardest batch yet: 0.624 / 0.156 / 0.471 on its first run) brought the 160-article
# split from 0.942 / 0.584 / 0.884 (150 articles) to 0.931 / 0.554 / 0.870 after the work
# on it, and the floors to a little under that. Dev batches 19 and 20 (twenty articles of
# twenty-four places new to the corpus; 0.754 / 0.268 / 0.832 and 0.833 / 0.210 / 0.644 on
# their first runs) brought the 180-article split to 0.944 / 0.541 / 0.863 after the work on
# them (the 160 articles before them: 0.945 / 0.558 / 0.872), and the strict and entity
# floors to a little under that. Dev batch 22 (ten articles, 0.748 / 0.332 / 0.617 on its
# first run) brought the 200-article split to 0.940 / 0.527 / 0.850 before the work on it,
# and the strict and entity floors to 0.52 and 0.84. Dev batches 25 to 27 (thirty articles;
# 0.857 / 0.268 / 0.717, 0.685 / 0.237 / 0.676 and 0.917 / 0.277 / 0.648 on their first
# runs) brought the 250-article split to 0.946 / 0.518 / 0.844 before the work on batch 27,
# and the strict floor to 0.51. Dev batch 28 (ten articles, 0.785 / 0.218 / 0.606 on its first
# run) brought the 260-article split to 0.943 / 0.510 / 0.838 on the code it arrived to, and the entity
# floor to 0.83. Dev batch 29 (ten articles, 0.865 / 0.150 / 0.744 on its first run) brought
# the 270-article split to 0.947 / 0.502 / 0.836 on the code it arrived to (0.941 / 0.498 /
# 0.834 on the session's starting code), and the strict floor to 0.50. Dev batch 30 (ten
# articles, 0.860 / 0.382 / 0.709 on its first run) left the 280-article split at 0.947 /
# 0.507 / 0.832, above the floors. Dev batch 31 (ten articles, 0.811 / 0.220 / 0.686 on its
# first run) brought the 290-article split to 0.944 / 0.501 / 0.824 on the code it arrived to,
# and the entity floor to 0.82. Dev batch 32 (ten articles, held out from all work until the
# session's end: 0.815 / 0.210 / 0.710 on the session's starting code, 0.815 / 0.217 / 0.710 on
# its final code) left the 300-article split at 0.942 / 0.505 / 0.824, above the floors. Dev
# batches 44 and 45 (twenty articles, 0.797 / 0.130 / 0.722 and 0.925 / 0.255 / 0.686 on their
# first runs) brought the 430-article split to 0.948 / 0.497 / 0.819 on the code they arrived
# to, and the strict and entity floors to 0.49 and 0.81.
DEV_FLOORS = {"quantity_f1": 0.93, "strict_f1": 0.49, "entity_f1": 0.81}


def polex(*args: str) -> subprocess.CompletedProcess:
    """Run the installed ``polex`` command (the one beside this Python), as a user would."""
    command = Path(sys.executable).with_name("polex")
    prefix = [str(command)] if command.exists() else [sys.executable, "-m", "pipeline.cli"]
    return subprocess.run([*prefix, *args], cwd=ROOT, capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def corpus_run(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("outputs")
    done = polex("extract", str(CORPUS), "-o", str(out), "--quiet")
    assert done.returncode == 0, done.stderr
    return out


def scores(gold: list[Path], pred: Path) -> dict:
    done = polex("evaluate", *map(str, gold), "--pred", str(pred), "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    totals = report["totals"]
    return {
        "quantity_f1": totals["quantities"]["quantity"]["f1"],
        "strict_f1": totals["quantities"]["strict"]["f1"],
        "entity_f1": totals["entities"]["labels_required"]["f1"],
    }


def test_every_article_of_the_corpus_is_written(corpus_run):
    articles = sorted(p.stem for p in CORPUS.rglob("*.txt"))
    written = sorted(p.stem for p in corpus_run.glob("*.json"))
    assert written == articles
    for name in ("metrics.csv", "growth_rates.csv", "entities.csv"):
        assert (corpus_run / name).stat().st_size > 0


@pytest.mark.parametrize("measure", sorted(SEED_BAR))
def test_the_seed_article_reaches_the_bar(corpus_run, measure):
    assert scores([SEED], corpus_run)[measure] >= SEED_BAR[measure]


@pytest.mark.parametrize("measure", sorted(DEV_FLOORS))
def test_the_dev_split_stays_above_its_floors(corpus_run, measure):
    dev_gold = sorted(CORPUS.glob("*.gold.json"))
    assert len(dev_gold) >= 15
    assert scores(dev_gold, corpus_run)[measure] >= DEV_FLOORS[measure]
