"""Tests of pipeline/evaluate.py against hand-computed scores.

Each case is a tiny gold/prediction pair built in place (or a file under
tests/data/evaluate/) whose counts were worked out by hand from the
"Scoring" section of gold-format.md.
"""

from __future__ import annotations

import doctest
import json
from pathlib import Path

import pytest

import pipeline.evaluate
from pipeline.evaluate import (
    CorpusScore,
    GoldFormatError,
    evaluate_paths,
    format_report,
    load_document,
    names_agree,
    normalize_entity_text,
    score_article,
    score_corpus,
    token_f1,
)

DATA = Path(__file__).parent / "data" / "evaluate"


def metric(value, unit="count", **fields):
    record = {
        "indicator": "enterprises",
        "subject": None,
        "value": value,
        "unit": unit,
        "qualifier": None,
        "period": None,
        "text": str(value),
    }
    return {**record, **fields}


def growth_rate(value, unit="%", **fields):
    record = {
        "indicator": "GDP",
        "subject": None,
        "value": value,
        "unit": unit,
        "qualifier": None,
        "period": None,
        "direction": "increase",
        "basis": None,
        "from_value": None,
        "to_value": None,
        "text": f"up {value}%",
    }
    return {**record, **fields}


def entity(text, label="ORG", **fields):
    return {"text": text, "label": label, "aliases": [], "title": None, "organization": None, **fields}


def document(metrics=(), growth_rates=(), entities=()):
    return {
        "format": "polex/1",
        "article": "case",
        "published": None,
        "metrics": list(metrics),
        "growth_rates": list(growth_rates),
        "entities": list(entities),
    }


def counts(score):
    return score.tp, score.fp, score.fn


def test_doctests():
    result = doctest.testmod(pipeline.evaluate)
    assert result.failed == 0
    assert result.attempted >= 8


# ---------------------------------------------------------------------------
# Numeric matching: (gold, pred, text, metrics quantity tp/fp/fn, metrics strict tp/fp/fn)

Q3_2024 = {"text": "first three quarters of 2024", "start": "2024-01-01", "end": "2024-09-30"}

METRIC_CASES = [
    pytest.param([metric(186.4e9, "CNY")], [metric(186400000000, "CNY")], None, (1, 0, 0), (1, 0, 0), id="exact"),
    pytest.param([metric(186.4e9, "CNY")], [metric(186.4e9, "USD")], None, (0, 1, 1), (0, 1, 1), id="unit-mismatch"),
    pytest.param([metric(186.4e9, "CNY")], [metric(186.4e9, " cny ")], None, (1, 0, 0), (1, 0, 0), id="unit-case-space"),
    pytest.param([metric(100)], [metric(100 * (1 + 1e-7))], None, (1, 0, 0), (1, 0, 0), id="tolerance-1e-7-passes"),
    pytest.param([metric(100)], [metric(100 * (1 + 1e-5))], None, (0, 1, 1), (0, 1, 1), id="tolerance-1e-5-fails"),
    pytest.param([metric(0, "%")], [metric(0.0, "%")], None, (1, 0, 0), (1, 0, 0), id="zero-matches-zero"),
    pytest.param([metric(10000), metric(10000)], [metric(10000)], None, (1, 0, 1), (1, 0, 1), id="duplicate-gold-one-pred"),
    pytest.param([metric(10000)], [metric(10000), metric(10000)], None, (1, 1, 0), (1, 1, 0), id="one-gold-duplicate-pred"),
    pytest.param([metric(10000, optional=True)], [metric(10000)], None, (0, 0, 0), (0, 0, 0), id="optional-matched"),
    pytest.param([metric(10000, optional=True)], [], None, (0, 0, 0), (0, 0, 0), id="optional-unmatched"),
    pytest.param([metric(10000, optional=True)], [metric(5)], None, (0, 1, 0), (0, 1, 0), id="optional-and-false-positive"),
    pytest.param(
        [metric(10000, indicator="people", optional=True, start=0, end=6), metric(10000, start=40, end=46)],
        [metric(10000, start=0, end=6)],
        None,
        (0, 0, 1),
        (0, 0, 1),
        id="overlap-pairs-with-optional-gold-first",
    ),
    pytest.param([metric(7, qualifier="upper")], [metric(7)], None, (1, 0, 0), (0, 1, 1), id="strict-qualifier"),
    pytest.param([metric(7, subject="Qianhai")], [metric(7)], None, (1, 0, 0), (0, 1, 1), id="strict-subject-null"),
    pytest.param([metric(7, period=Q3_2024)], [metric(7, period={**Q3_2024, "text": "Jan-Sep 2024"})], None, (1, 0, 0), (1, 0, 0), id="strict-period-text-ignored"),
    pytest.param([metric(7, period=Q3_2024)], [metric(7, period={**Q3_2024, "end": "2024-09-29"})], None, (1, 0, 0), (0, 1, 1), id="strict-period-end"),
]


@pytest.mark.parametrize("gold, pred, text, quantity, strict", METRIC_CASES)
def test_metric_matching(gold, pred, text, quantity, strict):
    score = score_article(document(metrics=gold), document(metrics=pred), text)
    assert counts(score.metrics.quantity) == quantity
    assert counts(score.metrics.strict) == strict


def test_exact_match_scores_one():
    score = score_article(document(metrics=[metric(186.4e9, "CNY")]), document(metrics=[metric(186.4e9, "CNY")]))
    quantity = score.metrics.quantity
    assert (quantity.precision, quantity.recall, quantity.f1) == (1.0, 1.0, 1.0)
    assert score.metrics.agreement["indicator"].rate == 1.0


def test_duplicates_give_two_thirds_f1():
    score = score_article(document(metrics=[metric(10000), metric(10000)]), document(metrics=[metric(10000)]))
    quantity = score.metrics.quantity
    assert (quantity.precision, quantity.recall) == (1.0, 0.5)
    assert quantity.f1 == pytest.approx(2 / 3)


@pytest.mark.parametrize(
    "tp, fp, fn, precision, recall, f1",
    [
        (0, 0, 0, 1.0, 1.0, 1.0),  # nothing to find, nothing predicted: 0/0 is 1.0
        (0, 1, 0, 0.0, 0.0, 0.0),  # nothing to find but something predicted: 0/0 is 0.0
        (0, 0, 1, 0.0, 0.0, 0.0),  # nothing predicted but something to find
        (0, 1, 1, 0.0, 0.0, 0.0),
        (3, 1, 2, 0.75, 0.6, 2 / 3),
    ],
)
def test_counts_ratios(tp, fp, fn, precision, recall, f1):
    score = pipeline.evaluate.Counts(tp, fp, fn)
    assert (score.precision, score.recall) == (precision, recall)
    assert score.f1 == pytest.approx(f1)


def test_optional_gold_with_false_positive_gives_zero_scores():
    score = score_article(document(metrics=[metric(10000, optional=True)]), document(metrics=[metric(5)]))
    quantity = score.metrics.quantity
    assert (quantity.precision, quantity.recall, quantity.f1) == (0.0, 0.0, 0.0)


def test_only_optional_gold_and_nothing_predicted_scores_one():
    score = score_article(document(metrics=[metric(10000, optional=True)]), document())
    quantity = score.metrics.quantity
    assert (quantity.precision, quantity.recall, quantity.f1) == (1.0, 1.0, 1.0)


# ---------------------------------------------------------------------------
# Which gold a prediction pairs with


def matched_indicators(score):
    return [(match.gold["indicator"], match.pred["indicator"]) for match in score.matches]


def test_overlap_beats_field_agreement():
    gold = [
        metric(10000, indicator="enterprises", start=0, end=6),
        metric(10000, indicator="people", start=20, end=26),
    ]
    pred = [metric(10000, indicator="enterprises", start=20, end=26)]
    score = score_article(document(metrics=gold), document(metrics=pred))
    assert matched_indicators(score) == [("people", "enterprises")]
    assert counts(score.metrics.quantity) == (1, 0, 1)
    assert counts(score.metrics.strict) == (0, 1, 2)
    assert score.metrics.agreement["indicator"].agree == 0
    assert score.metrics.agreement["indicator"].total == 1


def test_field_agreement_breaks_ties():
    gold = [metric(10000, indicator="people"), metric(10000, indicator="enterprises")]
    pred = [metric(10000, indicator="Hong Kong enterprises")]
    score = score_article(document(metrics=gold), document(metrics=pred))
    assert matched_indicators(score) == [("enterprises", "Hong Kong enterprises")]
    assert counts(score.metrics.strict) == (1, 0, 1)


def test_closest_span_breaks_remaining_ties():
    gold = [metric(10000, indicator="a", start=0, end=6), metric(10000, indicator="b", start=50, end=56)]
    pred = [metric(10000, indicator="c", start=40, end=46)]
    score = score_article(document(metrics=gold), document(metrics=pred))
    assert matched_indicators(score) == [("b", "c")]


def test_spans_located_by_text_when_offsets_missing():
    text = "Some 11,000 people work here; 11,000 enterprises settled."
    gold = [
        metric(11000, indicator="people", text="11,000 people"),
        metric(11000, indicator="enterprises", text="11,000 enterprises"),
    ]
    pred = [metric(11000, indicator="people", start=30, end=36, text="11,000")]
    score = score_article(document(metrics=gold), document(metrics=pred), text)
    # Overlap with "11,000 enterprises" (30..48) outranks the agreeing indicator.
    assert matched_indicators(score) == [("enterprises", "people")]


def test_matching_is_deterministic_for_identical_candidates():
    gold = [metric(5, indicator="x"), metric(5, indicator="x")]
    pred = [metric(5, indicator="x", text="p0"), metric(5, indicator="x", text="p1")]
    first = score_article(document(metrics=gold), document(metrics=pred))
    second = score_article(document(metrics=gold), document(metrics=pred))
    assert [m.pred["text"] for m in first.matches] == ["p0", "p1"]
    assert first == second


# ---------------------------------------------------------------------------
# Growth rates

GROWTH_CASES = [
    pytest.param(
        [growth_rate(None, "count", from_value=55000, to_value=90000)],
        [growth_rate(None, "count", from_value=55000.0, to_value=90000)],
        (1, 0, 0),
        (1, 0, 0),
        id="null-value-matched-by-ends",
    ),
    pytest.param(
        [growth_rate(None, "count", from_value=55000, to_value=90000)],
        [growth_rate(None, "count", from_value=55000, to_value=91000)],
        (0, 1, 1),
        (0, 1, 1),
        id="null-value-ends-differ",
    ),
    pytest.param(
        [growth_rate(None, "count", from_value=55000, to_value=90000)],
        [growth_rate(35000, "count", from_value=55000, to_value=90000)],
        (1, 0, 0),
        (1, 0, 0),
        id="pred-value-gold-null-ends-agree",
    ),
    pytest.param(
        [growth_rate(None, "count", from_value=55000, to_value=90000)],
        [growth_rate(35000, "count")],
        (0, 1, 1),
        (0, 1, 1),
        id="pred-value-gold-null-no-ends",
    ),
    pytest.param([growth_rate(8.2)], [growth_rate(8.2, to_value=731e9)], (1, 0, 0), (0, 1, 1), id="strict-to-value"),
    pytest.param([growth_rate(8.2, basis="yoy")], [growth_rate(8.2)], (1, 0, 0), (0, 1, 1), id="strict-basis"),
    pytest.param([growth_rate(4.3, direction="decrease")], [growth_rate(4.3)], (1, 0, 0), (0, 1, 1), id="strict-direction"),
    pytest.param([growth_rate(2.5, "pp")], [growth_rate(2.5, "%")], (0, 1, 1), (0, 1, 1), id="pp-is-not-percent"),
]


@pytest.mark.parametrize("gold, pred, quantity, strict", GROWTH_CASES)
def test_growth_rate_matching(gold, pred, quantity, strict):
    score = score_article(document(growth_rates=gold), document(growth_rates=pred))
    assert counts(score.growth_rates.quantity) == quantity
    assert counts(score.growth_rates.strict) == strict


def test_metric_never_matches_growth_rate():
    score = score_article(document(metrics=[metric(8.2, "%")]), document(growth_rates=[growth_rate(8.2)]))
    assert counts(score.metrics.quantity) == (0, 0, 1)
    assert counts(score.growth_rates.quantity) == (0, 1, 0)
    assert counts(score.quantities.quantity) == (0, 1, 1)


def test_agreement_rates_and_strict_counts_over_both_kinds():
    gold = document(
        metrics=[
            metric(186.4e9, "CNY", indicator="GDP", subject="Qianhai", period=Q3_2024),
            metric(10000, indicator="Hong Kong enterprises settled", subject="Qianhai", qualifier="upper"),
            metric(882, indicator="institutional innovations"),
        ],
        growth_rates=[
            growth_rate(8.2, subject="Qianhai", period=Q3_2024),
            growth_rate(16.5, indicator="investment in fixed assets", basis="yoy"),
        ],
    )
    pred = document(
        metrics=[
            metric(186.4e9, "CNY", indicator="GDP of Qianhai", subject="Qianhai", period=Q3_2024),  # all agree
            metric(10000, indicator="Hong Kong enterprises", subject=None, qualifier="upper"),  # subject differs
            metric(11000, indicator="Hong Kong people"),  # false positive
        ],
        growth_rates=[
            growth_rate(8.2, subject="Qianhai", period=None),  # period differs
            growth_rate(16.5, indicator="fixed assets investment", basis="yoy"),  # all agree
        ],
    )
    score = score_article(gold, pred)
    assert counts(score.metrics.quantity) == (2, 1, 1)
    assert counts(score.metrics.strict) == (1, 2, 2)
    assert counts(score.growth_rates.quantity) == (2, 0, 0)
    assert counts(score.growth_rates.strict) == (1, 1, 1)
    assert counts(score.quantities.quantity) == (4, 1, 1)
    assert counts(score.quantities.strict) == (2, 3, 3)
    agreement = {name: (a.agree, a.total) for name, a in score.quantities.agreement.items()}
    assert agreement == {
        "indicator": (4, 4),
        "subject": (3, 4),
        "period": (3, 4),
        "qualifier": (4, 4),
        "direction": (2, 2),
        "basis": (2, 2),
    }
    assert score.metrics.agreement["subject"].rate == 0.5


# ---------------------------------------------------------------------------
# Names: token F1 >= 0.5 after stop words


@pytest.mark.parametrize(
    "gold, pred, f1, agree",
    [
        ("fixed asset investment", "investment", 0.5, True),  # the edge passes
        ("fixed asset investment total", "investment", 0.4, False),
        ("GDP", "gdp", 1.0, True),
        ("investment in fixed assets", "fixed assets investment", 1.0, True),
        # with stop words kept this would be 2 * 1 / (5 + 1) = 0.33
        ("the value of the exports", "exports", 2 / 3, True),
        ("the same", "the same", 1.0, True),  # only stop words: raw tokens compared
        ("it", "them", 0.0, False),
        ("of the", "GDP", 0.0, False),  # one side empties, the other does not
        ("Qianhai's GDP", "GDP of Qianhai", 0.8, True),  # "s" is a token of its own
    ],
)
def test_token_f1(gold, pred, f1, agree):
    assert token_f1(gold, pred) == pytest.approx(f1)
    assert names_agree(gold, pred) is agree


@pytest.mark.parametrize("gold, pred, agree", [(None, None, True), (None, "Qianhai", False), ("Qianhai", None, False)])
def test_null_names(gold, pred, agree):
    assert names_agree(gold, pred) is agree


@pytest.mark.parametrize(
    "gold_period, pred_period, agree",
    [
        (None, None, True),
        (None, {"text": "recently", "start": None, "end": None}, True),
        ({"text": "up to now", "start": None, "end": "2024-12-20"}, None, False),
        (Q3_2024, {"text": "Jan to Sep", "start": "2024-01-01", "end": "2024-09-30"}, True),
        (Q3_2024, {"text": "2024", "start": "2024-01-01", "end": "2024-12-31"}, False),
        ({"text": "by 2023", "start": None, "end": "2023-12-31"}, {"text": "2023", "start": "2023-01-01", "end": "2023-12-31"}, False),
    ],
)
def test_period_agreement(gold_period, pred_period, agree):
    score = score_article(document(metrics=[metric(1, period=gold_period)]), document(metrics=[metric(1, period=pred_period)]))
    assert score.metrics.agreement["period"].agree == int(agree)
    assert score.metrics.agreement["period"].total == 1


# ---------------------------------------------------------------------------
# Entities


@pytest.mark.parametrize(
    "raw, normalised",
    [
        ("The Reserve Bank's", "reserve bank"),
        ("reserve bank", "reserve bank"),
        ("the  Reserve\n Bank\u2019s", "reserve bank"),
        ("\u201cQianhai Plan\u201d", "'qianhai plan'"),
        ('"Qianhai Plan"', "'qianhai plan'"),
        ("\u2018Qianhai Plan\u2019", "'qianhai plan'"),
        ("Shenzhen\u2013Hong Kong", "shenzhen-hong kong"),
        ("Shenzhen\u2014Hong Kong", "shenzhen-hong kong"),
        ("Shenzhen\u2011Hong Kong", "shenzhen-hong kong"),
        ("8\u20133\u201318", "8-3-18"),
        ("Theodore Roosevelt", "theodore roosevelt"),  # "the" only as a word
        ("Xi'an", "xi'an"),
    ],
)
def test_normalize_entity_text(raw, normalised):
    assert normalize_entity_text(raw) == normalised


def entity_counts(gold, pred):
    score = score_article(document(entities=gold), document(entities=pred)).entities
    return counts(score.labels_required), counts(score.labels_ignored)


ENTITY_CASES = [
    pytest.param([entity("reserve bank")], [entity("The Reserve Bank's")], (1, 0, 0), (1, 0, 0), id="the-and-possessive"),
    pytest.param([entity("\u201cQianhai Plan\u201d", "POLICY")], [entity('"Qianhai Plan"', "POLICY")], (1, 0, 0), (1, 0, 0), id="curly-quotes"),
    pytest.param([entity("Shenzhen\u2013Hong Kong Youth DreamWorks")], [entity("Shenzhen-Hong Kong Youth DreamWorks")], (1, 0, 0), (1, 0, 0), id="dashes"),
    pytest.param([entity("Qianhai Authority")], [entity("Qianhai")], (0, 1, 1), (0, 1, 1), id="no-partial-match"),
    pytest.param(
        [entity("Qianhai Shenzhen-Hong Kong Modern Service Industry Cooperation Zone", "GPE", aliases=["Qianhai Cooperation Zone"])],
        [entity("the Qianhai Cooperation Zone", "GPE")],
        (1, 0, 0),
        (1, 0, 0),
        id="alias",
    ),
    pytest.param(
        [entity("People's Bank of China", aliases=["PBOC"])],
        [entity("People's Bank of China"), entity("PBOC")],
        (1, 1, 0),
        (1, 1, 0),
        id="alias-and-text-one-to-one",
    ),
    pytest.param([entity("Qianhai", "GPE")], [entity("Qianhai", "LOC")], (0, 1, 1), (1, 0, 0), id="label-differs"),
    pytest.param(
        [entity("Qianhai", "GPE"), entity("Qianhai", "LOC")],
        [entity("Qianhai", "LOC")],
        (1, 0, 1),
        (1, 0, 1),
        id="label-ignored-still-one-to-one",
    ),
    pytest.param([entity("Qianhai", "GPE", optional=True)], [entity("Qianhai", "GPE")], (0, 0, 0), (0, 0, 0), id="optional-absorbs-same-label"),
    pytest.param([entity("Qianhai", "GPE", optional=True)], [entity("Qianhai", "LOC")], (0, 1, 0), (0, 1, 0), id="optional-ignores-other-label"),
    pytest.param([entity("Qianhai", "GPE", optional=True)], [], (0, 0, 0), (0, 0, 0), id="optional-unmatched"),
    pytest.param(
        [entity("Qianhai", "GPE", optional=True), entity("Qianhai", "LOC")],
        [entity("Qianhai", "LOC")],
        (1, 0, 0),
        (1, 0, 0),
        id="optional-other-label-leaves-pred-to-real-gold",
    ),
]


@pytest.mark.parametrize("gold, pred, required, ignored", ENTITY_CASES)
def test_entity_matching(gold, pred, required, ignored):
    assert entity_counts(gold, pred) == (required, ignored)


def test_exact_text_preferred_over_alias():
    gold = [entity("Qianhai Zone", "GPE", aliases=["Qianhai"]), entity("Qianhai", "GPE")]
    pred = [entity("Qianhai", "GPE")]
    score = score_article(document(entities=gold), document(entities=pred), "Qianhai Zone and Qianhai.")
    assert counts(score.entities.labels_required) == (1, 0, 1)
    assert [miss.record["text"] for miss in score.false_negatives] == ["Qianhai Zone"]


def test_person_title_and_organization_agreement():
    gold = [
        entity("Li Wei", "PERSON", title="vice chairman", organization="Qianhai Administration"),
        entity("Wang Fang", "PERSON", title=None, organization="Nanfang Daily"),
        entity("Zhang San", "PERSON", title="mayor", organization=None),
        entity("Nanfang Daily", "ORG"),
    ]
    pred = [
        entity("Li Wei", "PERSON", title="deputy chairman", organization="the Qianhai Authority"),  # 0.5, 0.5
        entity("Wang Fang", "PERSON", title="reporter", organization="Nanfang Daily"),  # null vs title
        entity("Zhang San", "ORG", title="mayor", organization=None),  # label differs: not a PERSON pair
        entity("Nanfang Daily", "ORG"),
    ]
    person = score_article(document(entities=gold), document(entities=pred)).entities.person
    assert (person["title"].agree, person["title"].total) == (1, 2)
    assert (person["organization"].agree, person["organization"].total) == (2, 2)


# ---------------------------------------------------------------------------
# Corpus, files and report


def test_score_corpus_micro_averages():
    first = (document(metrics=[metric(1), metric(2)]), document(metrics=[metric(1), metric(2)]), None)
    second = (document(metrics=[metric(3)]), document(metrics=[metric(4)]), None)
    score = score_corpus([first, second])
    assert counts(score.metrics.quantity) == (2, 1, 1)
    assert score.metrics.quantity.precision == pytest.approx(2 / 3)  # a macro average would give 0.5
    assert [counts(a.metrics.quantity) for a in score.articles] == [(2, 0, 0), (0, 1, 1)]


MALFORMED = [
    ("bad-json.gold.json", "not valid JSON"),
    ("wrong-format.gold.json", "'format' is 'polex/0'; expected 'polex/1'"),
    ("missing-unit.gold.json", "metrics[0]: missing required field 'unit'"),
    ("string-value.gold.json", 'metrics[0].value: expected a finite number, got "882"'),
    ("bad-period-date.gold.json", 'metrics[0].period.start: expected an ISO date YYYY-MM-DD or null, got "2023"'),
    ("bad-direction.gold.json", 'growth_rates[0].direction: expected one of "increase", "decrease", "flat", got "up"'),
    ("no-entities.gold.json", "top level: missing required field 'entities'"),
]


@pytest.mark.parametrize("name, reason", MALFORMED)
def test_gold_format_error_names_file_and_reason(name, reason):
    path = DATA / "malformed" / name
    with pytest.raises(GoldFormatError) as caught:
        load_document(path)
    assert caught.value.path == str(path)
    assert str(caught.value).startswith(f"{path}: ")
    assert reason in caught.value.reason


def test_load_document_keeps_extra_fields():
    loaded = load_document(DATA / "pred" / "alpha.json")
    assert loaded["metrics"][0]["rule_id"] == "money"


def test_load_document_accepts_omitted_nullable_fields_and_null_indicator(tmp_path):
    path = tmp_path / "lean.json"
    lean_metric = {"indicator": None, "value": 882, "unit": "count", "text": "882", "start": -1, "end": -1}
    lean_growth = {"indicator": "GDP", "unit": "%", "direction": "increase", "value": 8.2, "text": "8.2%"}
    path.write_text(json.dumps({**document(), "metrics": [lean_metric], "growth_rates": [lean_growth]}))
    loaded = load_document(path)
    score = score_article(document(metrics=[metric(882, indicator="innovations")]), loaded, "It reached 882.")
    assert counts(score.metrics.quantity) == (1, 0, 0)
    assert score.metrics.agreement["indicator"].agree == 0
    assert score.metrics.agreement["period"].agree == 1  # absent period reads as null


def test_negative_offsets_fall_back_to_text():
    text = "Exports were 5 billion yuan; imports 5 billion yuan."
    gold = [
        metric(5e9, "CNY", indicator="exports", start=13, end=27, text="5 billion yuan"),
        metric(5e9, "CNY", indicator="imports", start=37, end=51, text="5 billion yuan"),
    ]
    pred = [metric(5e9, "CNY", indicator="exports", start=-1, end=-1, text="imports 5")]
    score = score_article(document(metrics=gold), document(metrics=pred), text)
    # Placed by its text (29..38), the prediction overlaps only the imports gold.
    assert matched_indicators(score) == [("imports", "exports")]


def test_evaluate_paths_folder_and_missing_prediction():
    score = evaluate_paths([DATA / "corpus"], DATA / "pred")
    assert [a.article for a in score.articles] == ["alpha", "beta"]
    assert len(score.warnings) == 1
    assert "beta" in score.warnings[0] and "no prediction" in score.warnings[0]

    alpha, beta = score.articles
    assert counts(alpha.metrics.quantity) == (2, 1, 0)
    assert counts(alpha.metrics.strict) == (1, 2, 1)
    assert (alpha.metrics.agreement["qualifier"].agree, alpha.metrics.agreement["qualifier"].total) == (1, 2)
    assert counts(alpha.growth_rates.quantity) == (0, 0, 1)
    assert counts(alpha.entities.labels_required) == (3, 1, 1)
    assert counts(alpha.entities.labels_ignored) == (4, 0, 0)
    assert counts(beta.metrics.quantity) == (0, 0, 1)  # the optional "two" is no miss
    assert counts(beta.growth_rates.quantity) == (0, 0, 1)

    assert counts(score.quantities.quantity) == (2, 1, 3)
    assert score.quantities.quantity.precision == pytest.approx(2 / 3)
    assert score.quantities.quantity.recall == pytest.approx(2 / 5)
    assert score.quantities.quantity.f1 == pytest.approx(0.5)
    assert counts(score.entities.labels_required) == (3, 1, 2)
    assert counts(score.entities.labels_ignored) == (4, 0, 1)
    assert (score.entities.person["organization"].agree, score.entities.person["organization"].total) == (1, 1)


def test_gold_scored_against_itself_is_perfect():
    gold = load_document(DATA / "corpus" / "alpha.gold.json")
    score = score_article(gold, gold, (DATA / "corpus" / "alpha.txt").read_text(encoding="utf-8"))
    for kind_score in (score.metrics, score.growth_rates):
        assert counts(kind_score.quantity) == counts(kind_score.strict)
    assert counts(score.quantities.strict) == (3, 0, 0)
    assert counts(score.entities.labels_required) == (4, 0, 0)
    assert all(a.agree == a.total for a in score.quantities.agreement.values())


def test_evaluate_paths_with_gold_files():
    score = evaluate_paths([DATA / "corpus" / "alpha.gold.json"], DATA / "pred")
    assert score.warnings == ()
    assert counts(score.quantities.quantity) == (2, 1, 1)


def test_evaluate_paths_warns_on_article_mismatch_and_scores_each_file_once(tmp_path):
    gold_dir, pred_dir = tmp_path / "gold", tmp_path / "pred"
    gold_dir.mkdir()
    pred_dir.mkdir()
    (gold_dir / "x.gold.json").write_text(json.dumps({**document(metrics=[metric(1)]), "article": "x"}))
    (pred_dir / "x.json").write_text(json.dumps({**document(metrics=[metric(1)]), "article": "y"}))
    score = evaluate_paths([gold_dir, gold_dir / "x.gold.json"], pred_dir)
    assert [a.article for a in score.articles] == ["x"]
    assert score.warnings == (f"{pred_dir / 'x.json'}: 'article' is 'y', expected 'x'",)
    assert counts(score.metrics.quantity) == (1, 0, 0)


def test_evaluate_paths_missing_pred_dir(tmp_path):
    with pytest.raises(FileNotFoundError, match="prediction folder"):
        evaluate_paths([DATA / "corpus"], tmp_path / "nowhere")


def test_to_dict_is_json_with_totals_and_articles():
    score = evaluate_paths([DATA / "corpus"], DATA / "pred")
    data = json.loads(json.dumps(score.to_dict()))
    assert data["articles_scored"] == 2
    totals = data["totals"]["quantities"]["quantity"]
    assert (totals["tp"], totals["fp"], totals["fn"], totals["f1"]) == (2, 1, 3, 0.5)
    assert data["totals"]["growth_rates"]["agreement"]["basis"] == {"agree": 0, "total": 0, "rate": None}
    alpha = data["articles"][0]
    assert alpha["article"] == "alpha"
    assert [m["disagree"] for m in alpha["matches"]] == [[], ["qualifier"]]
    assert [fp["record"]["text"] for fp in alpha["false_positives"]] == ["8.2%", "Hong Kong"]
    assert data["warnings"] == list(score.warnings)


def test_format_report_tables():
    report = format_report(evaluate_paths([DATA / "corpus"], DATA / "pred"))
    lines = report.splitlines()
    assert lines[0] == "polex evaluation: 2 article(s)"
    assert lines[3:18] == [
        "                         metrics  growth_rates          all",
        "  quantity P               0.667         0.000        0.667",
        "  quantity R               0.667         0.000        0.400",
        "  quantity F1              0.667         0.000        0.500",
        "  quantity tp/fp/fn        2/1/1         0/0/2        2/1/3",
        "  agree indicator    1.000 (2/2)             -  1.000 (2/2)",
        "  agree subject      1.000 (2/2)             -  1.000 (2/2)",
        "  agree period       1.000 (2/2)             -  1.000 (2/2)",
        "  agree qualifier    0.500 (1/2)             -  0.500 (1/2)",
        "  agree direction                            -            -",
        "  agree basis                                -            -",
        "  strict P                 0.333         0.000        0.333",
        "  strict R                 0.333         0.000        0.200",
        "  strict F1                0.333         0.000        0.250",
        "  strict tp/fp/fn          1/2/2         0/0/2        1/2/4",
    ]
    assert lines[19:27] == [
        "Entities",
        "                             labels required  labels ignored",
        "  entity P                             0.750           1.000",
        "  entity R                             0.600           0.800",
        "  entity F1                            0.667           0.889",
        "  entity tp/fp/fn                      3/1/2           4/0/1",
        "  agree PERSON title             1.000 (1/1)",
        "  agree PERSON organization      1.000 (1/1)",
    ]
    assert "  alpha          0.667      0.333      0.750" in lines
    assert "Errors" not in report
    assert "Warnings" in report


def test_format_report_errors_show_sentences():
    report = format_report(evaluate_paths([DATA / "corpus"], DATA / "pred"), show_errors=True)
    errors = report[report.index("Errors") :].splitlines()[1:]
    # A prediction brings its own sentence; a gold record's is found from its offsets.
    assert errors == [
        "  alpha",
        '    FP  metrics       8.2  %  "8.2%"',
        "        in: Qianhai's GDP reached 186.4 billion yuan, an increase of 8.2%.",
        '    FP  entities      LOC     "Hong Kong"',
        "        in: Nearly 10,000 Hong Kong enterprises have settled in Qianhai.",
        '    FN  growth_rates  8.2  %  "8.2%"',
        "        in: Qianhai's GDP reached 186.4 billion yuan, an increase of 8.2%.",
        '    FN  entities      GPE     "Hong Kong"',
        "        in: Nearly 10,000 Hong Kong enterprises have settled in Qianhai.",
        # a matched pair that fails the strict test names the field, gold against predicted
        "    FIELD metrics       '10,000': qualifier: gold upper / predicted null",
        "  beta",
        '    FN  metrics       882                    count  "882"',
        "        in: (sentence not found)",  # beta has no article text
        '    FN  growth_rates  null (55000 -> 90000)  count  "increased from 55,000 to 90,000"',
        "        in: (sentence not found)",
        '    FN  entities      GPE                           "Shenzhen"',
        "        in: (sentence not found)",
    ]


def test_format_report_accepts_one_article():
    score = score_article(document(metrics=[metric(1)]), document(metrics=[metric(1)]))
    report = format_report(score)
    assert report.startswith("polex evaluation: 1 article(s)\n")
    assert "Per article" not in report
    assert isinstance(CorpusScore((score,)).to_dict()["articles"][0], dict)
