"""Gives the extraction cases of tests/cases/*.jsonl, validated, and checks results against them.

One case a line:

    {"id": "inr-crore-scale", "source": "style: Indian business press",
     "text": "...", "published": "2024-06-30", "country": "India (Kerala)",
     "expect": {"metrics": [{"value": 12000000000, "unit": "INR"}],
                "growth_rates": [...], "entities": [...], "none": ["growth_rates"]},
     "exact": false, "xfail": "short reason"}

An expected record lists only the fields the case checks; a field left out is
not checked. Fields are compared as the scorer compares them
(``pipeline.evaluate``): numbers within a relative 1e-6, ``indicator``,
``subject``, ``title`` and ``organization`` by token F1 >= 0.5, a period by
its start and end, an entity by its normalised text against the expected text
and aliases; ``indicator_exact`` compares the indicator word for word. Expected records pair one to one with extracted ones.
``"none": [kind, ...]`` asserts that nothing of that kind is extracted;
``"exact": true`` asserts that each kind listed under ``expect`` has exactly
as many records as expected (a list of kinds narrows that to those kinds).

A malformed case raises ``CaseFormatError`` naming the file, the line and the
fix, so a typo in a field name never turns into a silently unchecked field.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence

from pipeline.evaluate import (
    BASES,
    DIRECTIONS,
    ENTITY_LABELS,
    QUALIFIERS,
    names_agree,
    normalize_entity_text,
    values_close,
)

CASES_DIR = Path(__file__).parent / "cases"
KINDS = ("metrics", "growth_rates", "entities")
_ID = re.compile(r"[a-z0-9][a-z0-9-]*")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class CaseFormatError(ValueError):
    """A case line that cannot be run; the message names the file, the line and the reason."""

    def __init__(self, path: str | Path, line: int, reason: str) -> None:
        self.path, self.line, self.reason = str(path), line, reason
        super().__init__(f"{path}:{line}: {reason}")


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    expect: Mapping[str, Any]
    published: str | None
    source: str | None
    exact: tuple[str, ...]
    xfail: str | None
    path: str
    line: int
    country: str | None = None  # as an article's meta.json gives it: "Pakistan (Punjab)"

    @property
    def none(self) -> tuple[str, ...]:
        return tuple(self.expect.get("none", ()))


# ---------------------------------------------------------------------------
# Field comparison: (what a valid expected value is, validity check, agreement)


def _is_number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _number_agrees(expected: Any, got: Any) -> bool:
    if expected is None or got is None:
        return expected is None and got is None
    return values_close(expected, got)


def _period_agrees(expected: Any, got: Any) -> bool:
    bounds = lambda p: (None, None) if p is None else (p.get("start"), p.get("end"))  # noqa: E731
    return bounds(expected) == bounds(got)


def _is_date(v: Any) -> bool:
    return v is None or (isinstance(v, str) and bool(_DATE.fullmatch(v)))


def _is_period(v: Any) -> bool:
    return v is None or (
        isinstance(v, dict)
        and set(v) <= {"text", "start", "end"}
        and {"start", "end"} <= set(v)
        and _is_date(v["start"])
        and _is_date(v["end"])
    )


def _entity_name_agrees(expected: Any, got: Any) -> bool:
    return normalize_entity_text(expected) == normalize_entity_text(got)


_Field = tuple[str, Callable[[Any], bool], Callable[[Any, Any], bool]]
_STRING: _Field = ("a string", lambda v: isinstance(v, str), lambda e, g: e == g)
_NAME: _Field = ("a string or null", lambda v: v is None or isinstance(v, str), names_agree)
_NUMBER: _Field = ("a number", _is_number, _number_agrees)
_NUMBER_OR_NULL: _Field = ("a number or null", lambda v: v is None or _is_number(v), _number_agrees)
_PERIOD: _Field = (
    'null or {"start": date|null, "end": date|null} (dates YYYY-MM-DD, "text" optional)',
    _is_period,
    _period_agrees,
)


def _choice(values: Sequence[Any]) -> _Field:
    return (f"one of {', '.join(json.dumps(v) for v in values)}", lambda v: v in values, lambda e, g: e == g)


_QUANTITY_FIELDS: dict[str, _Field] = {
    "indicator": _NAME,
    "subject": _NAME,
    "value": _NUMBER,
    "unit": _STRING,
    "qualifier": _choice(QUALIFIERS),
    "period": _PERIOD,
    "text": _STRING,
    # the indicator word for word, where a case is about its exact form ("imports of goods",
    # not "euro area imports of goods"), which token F1 cannot tell apart
    "indicator_exact": _STRING,
}
FIELDS: dict[str, dict[str, _Field]] = {
    "metrics": _QUANTITY_FIELDS,
    "growth_rates": {
        **_QUANTITY_FIELDS,
        "value": _NUMBER_OR_NULL,
        "direction": _choice(DIRECTIONS),
        "basis": _choice(BASES),
        "from_value": _NUMBER_OR_NULL,
        "to_value": _NUMBER_OR_NULL,
    },
    "entities": {
        "text": ("a string", lambda v: isinstance(v, str), _entity_name_agrees),
        "label": _choice(ENTITY_LABELS),
        # Every expected alias must be among the extracted entity's names.
        "aliases": ("a list of strings", lambda v: isinstance(v, list) and all(isinstance(a, str) for a in v), None),
        "title": _NAME,
        "organization": _NAME,
    },
}
# The fields that say which record is meant; without them a check is vague.
REQUIRED: dict[str, tuple[str, ...]] = {
    "metrics": ("value", "unit"),
    "growth_rates": ("value", "unit", "direction"),
    "entities": ("text", "label"),
}
_CASE_KEYS = {"id", "text", "expect", "published", "country", "source", "exact", "xfail"}


# ---------------------------------------------------------------------------
# Loading


def _check_record(kind: str, index: int, record: Any) -> str | None:
    where = f"expect.{kind}[{index}]"
    if not isinstance(record, dict):
        return f"{where} must be an object"
    spec = FIELDS[kind]
    unknown = sorted(set(record) - set(spec))
    if unknown:
        return f"{where} has unknown field(s) {unknown}; allowed: {sorted(spec)}"
    missing = [name for name in REQUIRED[kind] if name not in record]
    if missing:
        return f"{where} lacks {missing}: each expected {kind} record names {list(REQUIRED[kind])}"
    for name, value in record.items():
        what, valid, _ = spec[name]
        if not valid(value):
            return f"{where}.{name} must be {what}, got {json.dumps(value)}"
    if kind == "growth_rates" and record["value"] is None and (
        "from_value" not in record or "to_value" not in record
        or (record["from_value"] is None and record["to_value"] is None and record.get("direction") != "flat")
    ):
        # a change with no size is known by its ends: both are stated, and at least one is a
        # number ("steady at 5.0%" ends at 5.0 from an unstated level); only "no change" may
        # have neither ("prices for consumer goods were flat")
        return f"{where} has value null: give from_value and to_value, at least one of them a number (both null only for direction flat)"
    return None


def _case_problem(data: Any) -> str | None:
    if not isinstance(data, dict):
        return "a case must be a JSON object"
    unknown = sorted(set(data) - _CASE_KEYS)
    if unknown:
        return f"unknown key(s) {unknown}; allowed: {sorted(_CASE_KEYS)}"
    for key in ("id", "text", "expect"):
        if key not in data:
            return f"missing required key {key!r}"
    if not isinstance(data["id"], str) or not _ID.fullmatch(data["id"]):
        return f"id must be lower-case letters, digits and dashes, got {json.dumps(data['id'])}"
    if not isinstance(data["text"], str) or not data["text"].strip():
        return "text must be a non-empty string"
    if not _is_date(data.get("published")):
        return f"published must be YYYY-MM-DD or null, got {json.dumps(data.get('published'))}"
    for key in ("source", "xfail", "country"):
        if key in data and not (isinstance(data[key], str) and data[key].strip()):
            return f"{key} must be a non-empty string (leave the key out instead)"
    expect = data["expect"]
    if not isinstance(expect, dict):
        return "expect must be an object"
    unknown = sorted(set(expect) - {*KINDS, "none"})
    if unknown:
        return f"expect has unknown key(s) {unknown}; allowed: {[*KINDS, 'none']}"
    none = expect.get("none", [])
    if not isinstance(none, list) or any(kind not in KINDS for kind in none):
        return f"expect.none must be a list of {list(KINDS)}, got {json.dumps(none)}"
    for kind in KINDS:
        if kind not in expect:
            continue
        if not isinstance(expect[kind], list) or not expect[kind]:
            return f"expect.{kind} must be a non-empty list (use \"none\": [\"{kind}\"] to expect nothing)"
        if kind in none:
            return f"expect lists {kind} records and also says none of them"
        for index, record in enumerate(expect[kind]):
            problem = _check_record(kind, index, record)
            if problem:
                return problem
    if not none and not any(kind in expect for kind in KINDS):
        return "expect checks nothing: give records or \"none\""
    exact = data.get("exact", False)
    if isinstance(exact, list):
        stray = [kind for kind in exact if kind not in expect or kind not in KINDS]
        if stray:
            return f"exact names {stray}, which expect lists no records of"
    elif not isinstance(exact, bool):
        return "exact must be true, false or a list of kinds"
    return None


def _exact_kinds(data: Mapping[str, Any]) -> tuple[str, ...]:
    exact = data.get("exact", False)
    if exact is True:
        return tuple(kind for kind in KINDS if kind in data["expect"])
    return tuple(exact) if isinstance(exact, list) else ()


def load_case_file(path: str | Path) -> list[Case]:
    """Gives the cases of one JSONL file; raises CaseFormatError on the first malformed line."""
    path = Path(path)
    cases = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as err:
            raise CaseFormatError(path, number, f"not valid JSON ({err.msg} at column {err.colno})") from None
        problem = _case_problem(data)
        if problem:
            raise CaseFormatError(path, number, problem)
        cases.append(
            Case(
                id=data["id"],
                text=data["text"],
                expect=data["expect"],
                published=data.get("published"),
                source=data.get("source"),
                exact=_exact_kinds(data),
                xfail=data.get("xfail"),
                path=str(path),
                line=number,
                country=data.get("country"),
            )
        )
    return cases


def load_cases(paths: Iterable[str | Path] | None = None) -> list[Case]:
    """Gives the cases of all files (default: tests/cases/*.jsonl); case ids must be unique."""
    paths = sorted(CASES_DIR.glob("*.jsonl")) if paths is None else [Path(p) for p in paths]
    if not paths:
        raise FileNotFoundError(f"no case files (*.jsonl) in {CASES_DIR}")
    cases, seen = [], {}
    for path in paths:
        for case in load_case_file(path):
            if case.id in seen:
                raise CaseFormatError(path, case.line, f"duplicate id {case.id!r}, first at {seen[case.id]}")
            seen[case.id] = f"{case.path}:{case.line}"
            cases.append(case)
    return cases


# ---------------------------------------------------------------------------
# Checking a result


def _entity_names(record: Mapping[str, Any]) -> set[str]:
    return {normalize_entity_text(n) for n in [record.get("text", ""), *record.get("aliases", [])]}


def disagreements(kind: str, expected: Mapping[str, Any], got: Mapping[str, Any]) -> list[str]:
    """Gives the names of the expected fields that the extracted record does not agree on.

    >>> disagreements("metrics", {"value": 1.5e9, "unit": "USD", "qualifier": None},
    ...               {"value": 1500000000, "unit": "USD", "qualifier": "approx"})
    ['qualifier']
    """
    wrong = []
    for name, want in expected.items():
        if name == "aliases":
            if not {normalize_entity_text(a) for a in want} <= _entity_names(got):
                wrong.append(name)
        elif name == "text" and kind == "entities":
            # The scorer's rule: the extracted name equals the expected text or an alias.
            if normalize_entity_text(got.get("text", "")) not in _entity_names(expected):
                wrong.append(name)
        elif name == "indicator_exact":
            if want != got.get("indicator"):
                wrong.append(name)
        elif not FIELDS[kind][name][2](want, got.get(name)):
            wrong.append(name)
    return wrong


def _pair(n_expected: int, n_got: int, fits: Callable[[int, int], bool]) -> dict[int, int]:
    """Gives a largest one-to-one pairing of expected to extracted records (augmenting paths)."""
    owner: dict[int, int] = {}  # extracted index -> expected index

    def place(e: int, tried: set[int]) -> bool:
        for g in range(n_got):
            if g not in tried and fits(e, g):
                tried.add(g)
                if g not in owner or place(owner[g], tried):
                    owner[g] = e
                    return True
        return False

    for e in range(n_expected):
        place(e, set())
    return {e: g for g, e in owner.items()}


def _show(record: Mapping[str, Any], kind: str) -> str:
    keys = [*FIELDS[kind], "mentions"] if kind == "entities" else [*FIELDS[kind]]
    return json.dumps({k: record[k] for k in keys if k in record}, ensure_ascii=False)


def _near_misses(kind: str, expected: Mapping[str, Any], got: Sequence[Mapping[str, Any]]) -> list[str]:
    """Describes the extracted records that share the expected record's identity fields."""
    notes = []
    for record in got:
        wrong = disagreements(kind, expected, record)
        if not set(wrong) & set(REQUIRED[kind]):
            notes.append(f"      near miss, differs in {wrong}: {_show(record, kind)}")
    return notes


def check_result(case: Case, result: Mapping[str, Any]) -> list[str]:
    """Gives what the result gets wrong about the case, one line per problem (empty: all right)."""
    problems = []
    for kind in case.none:
        for record in result.get(kind, []):
            problems.append(f"{kind}: expected none, got {_show(record, kind)}")
    for kind in KINDS:
        expected, got = case.expect.get(kind, []), result.get(kind, [])
        pairs = _pair(len(expected), len(got), lambda e, g: not disagreements(kind, expected[e], got[g]))
        for e, want in enumerate(expected):
            if e not in pairs:
                problems.append(f"{kind}: missing {json.dumps(want, ensure_ascii=False)}")
                # Near misses say which field is wrong; without one, show all there is.
                problems.extend(_near_misses(kind, want, got) or [f"      extracted: {_show(r, kind)}" for r in got])
        if kind in case.exact and len(got) != len(expected):
            problems.append(f"{kind}: expected exactly {len(expected)}, got {len(got)}")
            problems.extend(f"      extracted: {_show(r, kind)}" for r in got if r not in [got[g] for g in pairs.values()])
    return problems
