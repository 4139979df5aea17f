"""Table-driven extraction cases: tests/cases/*.jsonl, one parametrized test over all of them.

The expected records are the correct answer per gold-format.md, worked out by
hand; a case polex still gets wrong carries "xfail" and runs as
xfail(strict=True), so a fix makes it fail until the xfail is removed.
"""

from __future__ import annotations

import json

import pytest

from tests.casefile import CASES_DIR, CaseFormatError, check_result, load_case_file, load_cases

CASES = load_cases()


def _param(case):
    marks = [pytest.mark.xfail(strict=True, reason=case.xfail)] if case.xfail else []
    return pytest.param(case, id=case.id, marks=marks)


@pytest.mark.parametrize("case", [_param(case) for case in CASES])
def test_case(extractor, case):
    result = next(extractor.pipe_dicts([(case.id, case.text, case.published, case.country)]))
    problems = check_result(case, result)
    assert not problems, f"{case.path}:{case.line} {case.id}\n" + "\n".join(problems)


def test_every_topic_file_has_cases():
    per_file = {path.stem: len(load_case_file(path)) for path in CASES_DIR.glob("*.jsonl")}
    assert set(per_file) >= {"quantities", "refusals", "growth", "fields", "entities"}
    assert all(count >= 15 for count in per_file.values()), per_file


GOOD = {"id": "ok", "text": "Exports rose 5%.", "expect": {"growth_rates": [{"value": 5, "unit": "%", "direction": "increase"}]}}


@pytest.mark.parametrize(
    "bad_line, reason",
    [
        ('{"id": "x", "text": "a", ', "not valid JSON"),
        (json.dumps({"text": "a", "expect": {"none": ["metrics"]}}), "missing required key 'id'"),
        (json.dumps({**GOOD, "expected": {}}), "unknown key(s) ['expected']"),
        (json.dumps({**GOOD, "expect": {"metrics": [{"value": 5, "unit": "%", "qualifer": None}]}}), "unknown field(s) ['qualifer']"),
        (json.dumps({**GOOD, "expect": {"metrics": [{"unit": "%"}]}}), "lacks ['value']"),
        (json.dumps({**GOOD, "expect": {"metrics": [{"value": "5", "unit": "%"}]}}), "value must be a number"),
        (json.dumps({**GOOD, "expect": {"growth_rates": [{"value": 5, "unit": "%", "direction": "up"}]}}), "direction must be one of"),
        (json.dumps({**GOOD, "expect": {"metrics": [{"value": 5, "unit": "%", "period": {"start": "2024-1-1", "end": None}}]}}), "period must be"),
        (json.dumps({**GOOD, "expect": {"metrics": [{"value": 5, "unit": "%"}], "none": ["metrics"]}}), "also says none"),
        (json.dumps({**GOOD, "expect": {}}), "expect checks nothing"),
        (json.dumps({**GOOD, "exact": ["entities"]}), "exact names ['entities']"),
        (json.dumps({**GOOD, "xfail": ""}), "xfail must be a non-empty string"),
    ],
)
def test_loader_rejects_malformed_case(tmp_path, bad_line, reason):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(GOOD) + "\n" + bad_line + "\n", encoding="utf-8")
    with pytest.raises(CaseFormatError) as caught:
        load_case_file(path)
    assert caught.value.line == 2
    assert str(caught.value).startswith(f"{path}:2: ")
    assert reason in str(caught.value)


def test_loader_rejects_duplicate_id_across_files(tmp_path):
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_text(json.dumps(GOOD) + "\n", encoding="utf-8")
    second.write_text("\n" + json.dumps(GOOD) + "\n", encoding="utf-8")
    with pytest.raises(CaseFormatError, match=r"b\.jsonl:2: duplicate id 'ok', first at .*a\.jsonl:1"):
        load_cases([first, second])


def test_expected_records_pair_one_to_one(tmp_path):
    path = tmp_path / "pair.jsonl"
    twice = {"value": 5, "unit": "%", "direction": "increase"}
    path.write_text(json.dumps({**GOOD, "expect": {"growth_rates": [twice, twice]}}) + "\n", encoding="utf-8")
    (case,) = load_case_file(path)
    once = {"growth_rates": [{**twice, "basis": None}], "metrics": [], "entities": []}
    problems = check_result(case, once)
    assert problems[0] == f"growth_rates: missing {json.dumps(twice)}"
    assert len([p for p in problems if p.startswith("growth_rates: missing")]) == 1
    assert check_result(case, {**once, "growth_rates": once["growth_rates"] * 2}) == []
