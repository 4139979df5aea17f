"""polex as a spaCy component: entry point, doc._.polex, a disk round trip, and n_process=2."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from importlib.metadata import entry_points

import spacy

from pipeline import DEFAULT_MODEL
from pipeline.lexicons import default_rules_dir

GDP = "China's GDP grew 5.2% in 2023 to 126 trillion yuan, the National Bureau of Statistics said."
DOUBLOONS = "The treasury held 12 million doubloons at the end of 2023."


def test_the_factory_is_declared_as_a_spacy_entry_point():
    found = {ep.name: ep.value for ep in entry_points(group="spacy_factories")}
    assert found.get("polex") == "pipeline.components:make_polex"


def test_add_pipe_works_in_a_new_python_without_importing_pipeline(tmp_path):
    """What a user does after `pip install polex`: spaCy finds the factory through the entry point."""
    code = f"""
import json, sys, spacy
assert "pipeline" not in sys.modules  # spaCy imports it through the entry point, when asked for "polex"
nlp = spacy.load({DEFAULT_MODEL!r})
nlp.add_pipe("polex")
doc = nlp({GDP!r})
print(json.dumps({{kind: [r.text for r in getattr(doc._.polex, kind)] for kind in ("metrics", "growth_rates", "entities")}}))
"""
    run = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    records = json.loads(run.stdout.splitlines()[-1])
    assert records["growth_rates"] == ["grew 5.2%"]
    assert records["metrics"] == ["126 trillion yuan"]
    assert "National Bureau of Statistics" in records["entities"]


def test_doc_polex_holds_the_records(extractor):
    doc = extractor.nlp(GDP)
    growth, = doc._.polex.growth_rates
    assert (growth.value, growth.unit, growth.direction.value, growth.period.start) == (5.2, "%", "increase", "2023-01-01")
    metric, = doc._.polex.metrics
    assert (metric.value, metric.unit, metric.text) == (126e12, "CNY", "126 trillion yuan")
    assert GDP[metric.start:metric.end] == metric.text
    assert any(e.text == "National Bureau of Statistics" and e.label == "ORG" for e in doc._.polex.entities)


def test_to_disk_keeps_modified_rules_after_their_folder_is_gone(tmp_path, extractor):
    rules = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), rules)
    with open(rules / "currencies.tsv", "a", encoding="utf-8") as handle:
        handle.write("cur_test_doubloon\tdoubloons\tsuffix\tXDB\n")
    nlp = spacy.load(DEFAULT_MODEL, exclude=["lemmatizer"])
    nlp.add_pipe("polex", config={"rules_dir": str(rules)})
    nlp.to_disk(tmp_path / "saved")
    shutil.rmtree(rules)  # the saved pipeline must carry its rules, not point to this folder

    metric, = spacy.load(tmp_path / "saved")(DOUBLOONS)._.polex.metrics
    assert (metric.value, metric.unit, metric.text) == (12e6, "XDB", "12 million doubloons")
    assert "cur_test_doubloon" in metric.rule_id
    # the shipped rules know no doubloons
    assert all(m.unit != "XDB" for m in extractor.nlp(DOUBLOONS)._.polex.metrics)


def test_n_process_2_gives_the_records_of_one_process(extractor):
    texts = [
        GDP,
        "Euro area exports of goods to the rest of the world in June 2019 were €189.9 billion, "
        "a fall of 4.7% compared with June 2018.",
        "UK public sector borrowing was £20.2 billion in September 2025, £1.6 billion more than a year earlier.",
        "Qianhai's GDP reached 186.4 billion yuan in the first three quarters of 2024, an increase of 8.2%.",
    ]
    one = [doc._.polex for doc in extractor.nlp.pipe(texts, n_process=1)]
    two = [doc._.polex for doc in extractor.nlp.pipe(texts, n_process=2, batch_size=1)]
    assert two == one
    assert all(result.metrics or result.growth_rates for result in one)


def test_entity_rules_give_what_spacys_span_ruler_gives_over_the_whole_text(extractor):
    """The entity rules match patterns that open with any capitalised word only near a head
    word; on the dev corpus and every case text that must give exactly SpaCy's SpanRuler spans."""
    from pathlib import Path

    from spacy.pipeline import SpanRuler

    from tests.casefile import load_cases

    nlp = extractor.nlp
    component = nlp.get_pipe("polex")
    reference = SpanRuler(nlp, "reference", spans_key=None, annotate_ents=True, overwrite=True, validate=True)
    reference.add_patterns([{"label": p["label"], "pattern": p["pattern"], "id": p["id"]} for p in component.lexicons.entity_patterns])
    corpus = Path(__file__).resolve().parent.parent / "corpus"
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))] + [case.text for case in load_cases()]
    differ = []
    for doc in nlp.pipe(texts, disable=["polex"]):
        want = [(s.start, s.end, s.label_, s.id_) for s in reference.match(doc)]
        got = [(s.start, s.end, s.label_, s.id_) for s in component.ruler(doc)]
        if want != got:
            differ.append((doc.text[:60], sorted(set(want) ^ set(got))))
    assert not differ
    assert sum(len(component.ruler(doc)) for doc in nlp.pipe(texts[:5], disable=["polex"])) > 0  # the rules do find names
