"""Scoring of polex/1 predictions against hand-labelled gold files.

Implements the "Scoring" section of ``docs/gold-format.md``: one-to-one matching
of metrics and growth rates by kind, unit and value; agreement of the other
fields over matched pairs; strict scores; entity matching on normalised
text and aliases, with and without labels; optional gold records.

Public surface: ``load_document``, ``score_article``, ``score_corpus``,
``evaluate_paths``, ``format_report`` and the score records they return.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass, fields
from datetime import date
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

from spacy.lang.en.stop_words import STOP_WORDS

from .records import FORMAT, Basis, Direction, Qualifier

QUANTITY_KINDS = ("metrics", "growth_rates")
QUALIFIERS = (None, *(q.value for q in Qualifier))
DIRECTIONS = tuple(d.value for d in Direction)
BASES = (None, *(b.value for b in Basis))
ENTITY_LABELS = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "POLICY", "PRODUCT")

VALUE_REL_TOL = 1e-6
# Near 0 a relative tolerance accepts nothing but 0 itself; this lets float noise
# (a 0 computed as 0.1 + 0.2 - 0.3) count as 0. No stated value is that small.
VALUE_ABS_TOL = 1e-12
NAME_F1_THRESHOLD = 0.5

# Fields whose agreement over matched pairs is reported, in report order.
AGREEMENT_FIELDS: Mapping[str, tuple[str, ...]] = {
    "metrics": ("indicator", "subject", "period", "qualifier"),
    "growth_rates": ("indicator", "subject", "period", "qualifier", "direction", "basis"),
}
# Fields that must all agree for a strict match; they also rank candidate pairs.
STRICT_FIELDS: Mapping[str, tuple[str, ...]] = {
    "metrics": AGREEMENT_FIELDS["metrics"],
    "growth_rates": AGREEMENT_FIELDS["growth_rates"] + ("from_value", "to_value"),
}
PERSON_FIELDS = ("title", "organization")


# ---------------------------------------------------------------------------
# Loading and validation


class GoldFormatError(ValueError):
    """A polex/1 file that cannot be scored; the message names the file and the reason."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{path}: {reason}")


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _is_integer(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_iso_date(value: Any) -> bool:
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _one_of(values: Sequence[Any]) -> tuple[str, Callable[[Any], bool]]:
    described = ", ".join(json.dumps(v) for v in values)
    return f"one of {described}", lambda v: isinstance(v, (str, type(None))) and v in values


# A check is (what is expected, predicate). A field spec is (check, required).
# Fields that may be null may also be left out; a missing one reads as null.
_STRING = ("a string", lambda v: isinstance(v, str))
_STRING_OR_NULL = ("a string or null", lambda v: v is None or isinstance(v, str))
_NUMBER = ("a finite number", _is_number)
_NUMBER_OR_NULL = ("a finite number or null", lambda v: v is None or _is_number(v))
_OFFSET_OR_NULL = ("a character offset (integer) or null", lambda v: v is None or _is_integer(v))
_COUNT = ("an integer >= 0", lambda v: _is_integer(v) and v >= 0)
_BOOL = ("true or false", lambda v: isinstance(v, bool))
_DATE_OR_NULL = ("an ISO date YYYY-MM-DD or null", lambda v: v is None or _is_iso_date(v))
_PERIOD_OR_NULL = ("a period object {text, start, end} or null", lambda v: v is None or isinstance(v, dict))
_ALIASES = ("a list of strings", lambda v: isinstance(v, list) and all(isinstance(a, str) for a in v))
_LIST = ("a list", lambda v: isinstance(v, list))

_PERIOD_SPEC = {
    "text": (_STRING_OR_NULL, False),
    "start": (_DATE_OR_NULL, False),
    "end": (_DATE_OR_NULL, False),
}
_QUANTITY_SPEC = {
    # The contract says string; records.py allows None where the extractor found
    # no indicator, and a null one should score as a disagreement, not a crash.
    "indicator": (_STRING_OR_NULL, True),
    "subject": (_STRING_OR_NULL, False),
    "unit": (_STRING, True),
    "qualifier": (_one_of(QUALIFIERS), False),
    "period": (_PERIOD_OR_NULL, False),
    "text": (_STRING, True),
    "optional": (_BOOL, False),
    "sentence": (_STRING_OR_NULL, False),
    "start": (_OFFSET_OR_NULL, False),
    "end": (_OFFSET_OR_NULL, False),
}
_RECORD_SPECS = {
    "metrics": {**_QUANTITY_SPEC, "value": (_NUMBER, True)},
    "growth_rates": {
        **_QUANTITY_SPEC,
        "value": (_NUMBER_OR_NULL, False),
        "direction": (_one_of(DIRECTIONS), True),
        "basis": (_one_of(BASES), False),
        "from_value": (_NUMBER_OR_NULL, False),
        "to_value": (_NUMBER_OR_NULL, False),
    },
    "entities": {
        "text": (_STRING, True),
        "label": (_one_of(ENTITY_LABELS), True),
        "aliases": (_ALIASES, False),
        "title": (_STRING_OR_NULL, False),
        "organization": (_STRING_OR_NULL, False),
        "optional": (_BOOL, False),
        "mentions": (_COUNT, False),
    },
}
_TOP_SPEC = {
    "format": (_STRING, True),
    "article": (_STRING_OR_NULL, False),
    "published": (_DATE_OR_NULL, False),
    "metrics": (_LIST, True),
    "growth_rates": (_LIST, True),
    "entities": (_LIST, True),
}


def _spec_problem(obj: Mapping[str, Any], spec: Mapping[str, Any], where: str) -> str | None:
    """Gives the first way ``obj`` breaks ``spec``, or None."""
    for name, ((expected, is_valid), required) in spec.items():
        if name not in obj:
            if required:
                return f"{where}: missing required field {name!r}"
            continue
        if not is_valid(obj[name]):
            got = json.dumps(obj[name], ensure_ascii=False)
            if len(got) > 60:
                got = got[:57] + "..."
            return f"{where}.{name}: expected {expected}, got {got}"
    return None


def _document_problem(document: Any) -> str | None:
    """Gives the first way ``document`` breaks the polex/1 format, or None."""
    if not isinstance(document, dict):
        return f"top level: expected a JSON object, got {type(document).__name__}"
    problem = _spec_problem(document, _TOP_SPEC, "top level")
    if problem:
        return problem
    if document["format"] != FORMAT:
        return f"'format' is {document['format']!r}; expected {FORMAT!r} (see docs/gold-format.md)"
    for kind, spec in _RECORD_SPECS.items():
        for index, record in enumerate(document[kind]):
            where = f"{kind}[{index}]"
            if not isinstance(record, dict):
                return f"{where}: expected a JSON object, got {type(record).__name__}"
            problem = _spec_problem(record, spec, where)
            if problem:
                return problem
            if isinstance(record.get("period"), dict):
                problem = _spec_problem(record["period"], _PERIOD_SPEC, f"{where}.period")
                if problem:
                    return problem
            start, end = record.get("start"), record.get("end")
            if start is not None and end is not None and 0 <= start and end < start:
                return f"{where}: 'end' ({end}) is before 'start' ({start})"
    return None


def load_document(path: str | Path) -> dict:
    """Gives the polex/1 document (gold or prediction) in ``path``, checked.

    Extra fields are kept and ignored by the scorer. Raises GoldFormatError
    naming the file for bad JSON, a wrong "format", a missing required field
    or a field of the wrong type.
    """
    path = Path(path)
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as error:
        raise GoldFormatError(path, f"not UTF-8 text ({error.reason} at byte {error.start})") from error
    except json.JSONDecodeError as error:
        raise GoldFormatError(
            path, f"not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}"
        ) from error
    problem = _document_problem(document)
    if problem:
        raise GoldFormatError(path, problem)
    return document


# ---------------------------------------------------------------------------
# Comparing fields


_WORD = re.compile(r"\w+")


def values_close(a: float, b: float) -> bool:
    """Gives whether two stated values agree within the relative tolerance of 1e-6.

    >>> values_close(186.4e9, 186.4e9 * (1 + 1e-7)), values_close(100, 100.001)
    (True, False)
    """
    return math.isclose(a, b, rel_tol=VALUE_REL_TOL, abs_tol=VALUE_ABS_TOL)


def _ends_agree(a: float | None, b: float | None) -> bool:
    """Both null, or both numbers and close."""
    if a is None or b is None:
        return a is None and b is None
    return values_close(a, b)


def _same_unit(a: str, b: str) -> bool:
    return a.strip().casefold() == b.strip().casefold()


def quantities_match(kind: str, gold: Mapping[str, Any], pred: Mapping[str, Any]) -> bool:
    """Gives whether two records of ``kind`` state the same quantity (unit and value)."""
    if not _same_unit(gold["unit"], pred["unit"]):
        return False
    gold_value, pred_value = gold.get("value"), pred.get("value")
    if gold_value is not None and pred_value is not None:
        return values_close(gold_value, pred_value)
    if kind == "metrics":
        return False
    return _ends_agree(gold.get("from_value"), pred.get("from_value")) and _ends_agree(
        gold.get("to_value"), pred.get("to_value")
    )


def token_f1(a: str, b: str) -> float:
    """Gives the token F1 of two names, case folded, stop words dropped.

    Where dropping stop words empties both, the raw tokens are compared.

    >>> token_f1("investment in fixed assets", "Fixed assets investment")
    1.0
    >>> token_f1("the value of the exports", "exports")  # 2 * 1 / (2 + 1)
    0.6666666666666666
    >>> token_f1("the same", "The same")
    1.0
    """
    raw_a, raw_b = _WORD.findall(a.casefold()), _WORD.findall(b.casefold())
    tokens_a = [t for t in raw_a if t not in STOP_WORDS]
    tokens_b = [t for t in raw_b if t not in STOP_WORDS]
    if not tokens_a and not tokens_b:
        tokens_a, tokens_b = raw_a, raw_b
    if not tokens_a and not tokens_b:
        return 1.0
    common = sum((Counter(tokens_a) & Counter(tokens_b)).values())
    return 2 * common / (len(tokens_a) + len(tokens_b))


def names_agree(a: str | None, b: str | None) -> bool:
    """Gives whether two names (indicator, subject, title, organisation) agree.

    Both null agree; null against a name does not; else token F1 >= 0.5.

    >>> names_agree("fixed asset investment", "investment"), names_agree(None, "Qianhai")
    (True, False)
    """
    if a is None or b is None:
        return a is None and b is None
    return token_f1(a, b) >= NAME_F1_THRESHOLD


def _period_bounds(period: Mapping[str, Any] | None) -> tuple[str | None, str | None]:
    # A null period reads as one whose start and end are both unknown.
    if period is None:
        return None, None
    return period.get("start"), period.get("end")


def _periods_agree(a: Mapping[str, Any] | None, b: Mapping[str, Any] | None) -> bool:
    return _period_bounds(a) == _period_bounds(b)


def _equal(a: Any, b: Any) -> bool:
    return a == b


_FIELD_AGREES: Mapping[str, Callable[[Any, Any], bool]] = {
    "indicator": names_agree,
    "subject": names_agree,
    "title": names_agree,
    "organization": names_agree,
    "period": _periods_agree,
    "qualifier": _equal,
    "direction": _equal,
    "basis": _equal,
    "from_value": _ends_agree,
    "to_value": _ends_agree,
}


def field_agreement(names: Iterable[str], gold: Mapping[str, Any], pred: Mapping[str, Any]) -> dict[str, bool]:
    """Gives, for each field in ``names``, whether gold and prediction agree on it."""
    return {name: _FIELD_AGREES[name](gold.get(name), pred.get(name)) for name in names}


# ---------------------------------------------------------------------------
# Entity text


_UNIFY_QUOTES_AND_DASHES = str.maketrans(
    {
        **{quote: "'" for quote in "\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\"\u2032"},
        **{dash: "-" for dash in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"},
    }
)
_POSSESSIVE = re.compile(r"'s\b")


def normalize_entity_text(text: str) -> str:
    """Gives an entity name as the scorer compares it.

    Case folded, quotes and dashes unified, possessive 's dropped, white space
    collapsed, a leading "the" dropped.

    >>> normalize_entity_text("The  Reserve Bank\u2019s")
    'reserve bank'
    >>> normalize_entity_text("\u201cQianhai Plan\u201d \u2013 2024")
    "'qianhai plan' - 2024"
    """
    text = text.casefold().translate(_UNIFY_QUOTES_AND_DASHES)
    text = _POSSESSIVE.sub("", text)
    text = " ".join(text.split())
    if text.startswith("the "):
        text = text[len("the ") :]
    return text


# ---------------------------------------------------------------------------
# Score records


class _Summable:
    """Adds two scores field by field: numbers and counts add, agreement maps merge."""

    def __add__(self, other):
        summed = []
        for name in (f.name for f in fields(self)):
            mine, theirs = getattr(self, name), getattr(other, name)
            summed.append(_merge_agreements(mine, theirs) if isinstance(mine, Mapping) else mine + theirs)
        return type(self)(*summed)

    def to_dict(self) -> dict:
        data = {}
        for name in (f.name for f in fields(self)):
            value = getattr(self, name)
            if isinstance(value, Mapping):
                data[name] = {key: item.to_dict() for key, item in value.items()}
            else:
                data[name] = value.to_dict()
        return data


def _ratio(numerator: int, denominator: int, nothing_to_score: bool) -> float:
    if denominator:
        return numerator / denominator
    return 1.0 if nothing_to_score else 0.0


@dataclass(frozen=True)
class Counts(_Summable):
    """True positives, false positives and false negatives, with P/R/F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        # 0/0 is 1.0 only when there was nothing to find and nothing was predicted.
        return _ratio(self.tp, self.tp + self.fp, self.tp + self.fn == 0)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn, self.tp + self.fp == 0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    def to_dict(self) -> dict:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@dataclass(frozen=True)
class Agreement(_Summable):
    """How many matched pairs agree on one field, out of how many."""

    agree: int = 0
    total: int = 0

    @property
    def rate(self) -> float | None:
        return self.agree / self.total if self.total else None

    def to_dict(self) -> dict:
        return {"agree": self.agree, "total": self.total, "rate": self.rate}


def _merge_agreements(a: Mapping[str, Agreement], b: Mapping[str, Agreement]) -> dict[str, Agreement]:
    merged = dict(a)
    for name, agreement in b.items():
        merged[name] = merged.get(name, Agreement()) + agreement
    return merged


@dataclass(frozen=True)
class QuantityScore(_Summable):
    """Scores of one kind of numeric record (or of both kinds pooled)."""

    quantity: Counts
    strict: Counts
    agreement: Mapping[str, Agreement]

    @classmethod
    def empty(cls, names: Iterable[str]) -> QuantityScore:
        return cls(Counts(), Counts(), {name: Agreement() for name in names})

@dataclass(frozen=True)
class EntityScore(_Summable):
    """Entity scores with labels required and ignored, and PERSON field agreement."""

    labels_required: Counts
    labels_ignored: Counts
    person: Mapping[str, Agreement]

    @classmethod
    def empty(cls) -> EntityScore:
        return cls(Counts(), Counts(), {name: Agreement() for name in PERSON_FIELDS})

@dataclass(frozen=True)
class Miss:
    """A false positive or false negative: the record and the sentence it stands in."""

    kind: str
    record: Mapping[str, Any]
    sentence: str | None

    def to_dict(self) -> dict:
        return {"kind": self.kind, "record": self.record, "sentence": self.sentence}


@dataclass(frozen=True)
class QuantityMatch:
    """A matched gold/prediction pair of numeric records and which fields agree."""

    kind: str
    gold: Mapping[str, Any]
    pred: Mapping[str, Any]
    agreement: Mapping[str, bool]

    @property
    def strict(self) -> bool:
        return all(self.agreement.values())

    def to_dict(self) -> dict:
        return {
            "kind": self.kind,
            "gold": self.gold,
            "pred": self.pred,
            "disagree": [name for name, agrees in self.agreement.items() if not agrees],
        }


@dataclass(frozen=True)
class ArticleScore:
    """Scores of one article, with the pairs matched and the records missed."""

    article: str | None
    metrics: QuantityScore
    growth_rates: QuantityScore
    entities: EntityScore
    matches: tuple[QuantityMatch, ...] = ()
    false_positives: tuple[Miss, ...] = ()
    false_negatives: tuple[Miss, ...] = ()

    @property
    def quantities(self) -> QuantityScore:
        """Metrics and growth rates pooled."""
        return self.metrics + self.growth_rates

    def to_dict(self) -> dict:
        return {
            "article": self.article,
            "metrics": self.metrics.to_dict(),
            "growth_rates": self.growth_rates.to_dict(),
            "quantities": self.quantities.to_dict(),
            "entities": self.entities.to_dict(),
            "matches": [match.to_dict() for match in self.matches],
            "false_positives": [miss.to_dict() for miss in self.false_positives],
            "false_negatives": [miss.to_dict() for miss in self.false_negatives],
        }


@dataclass(frozen=True)
class CorpusScore:
    """Scores micro-averaged over articles (counts summed), with each article's own."""

    articles: tuple[ArticleScore, ...]
    warnings: tuple[str, ...] = ()

    @property
    def metrics(self) -> QuantityScore:
        return sum((a.metrics for a in self.articles), QuantityScore.empty(AGREEMENT_FIELDS["metrics"]))

    @property
    def growth_rates(self) -> QuantityScore:
        return sum(
            (a.growth_rates for a in self.articles), QuantityScore.empty(AGREEMENT_FIELDS["growth_rates"])
        )

    @property
    def quantities(self) -> QuantityScore:
        return self.metrics + self.growth_rates

    @property
    def entities(self) -> EntityScore:
        return sum((a.entities for a in self.articles), EntityScore.empty())

    def to_dict(self) -> dict:
        return {
            "articles_scored": len(self.articles),
            "totals": {
                "metrics": self.metrics.to_dict(),
                "growth_rates": self.growth_rates.to_dict(),
                "quantities": self.quantities.to_dict(),
                "entities": self.entities.to_dict(),
            },
            "articles": [article.to_dict() for article in self.articles],
            "warnings": list(self.warnings),
        }


# ---------------------------------------------------------------------------
# Matching


Span = tuple[int, int]


def _spans(record: Mapping[str, Any], text: str | None) -> list[Span]:
    """Gives where a record stands in the article: its offsets, else every place its text occurs."""
    start, end = record.get("start"), record.get("end")
    # records.py writes -1 for an offset it does not know.
    if start is not None and end is not None and 0 <= start <= end:
        return [(start, end)]
    needle = record.get("text")
    if not text or not needle:
        return []
    spans, at = [], text.find(needle)
    while at != -1:
        spans.append((at, at + len(needle)))
        at = text.find(needle, at + 1)
    return spans


def _span_relation(a: Sequence[Span], b: Sequence[Span]) -> tuple[bool, float]:
    """Gives whether any spans of a and b overlap, and the smallest gap between them."""
    overlap, gap = False, math.inf
    for a_start, a_end in a:
        for b_start, b_end in b:
            between = max(a_start, b_start) - min(a_end, b_end)
            overlap = overlap or between < 0
            gap = min(gap, max(between, 0))
    return overlap, gap


def _assign(candidates: Iterable[tuple[tuple, int, int]]) -> list[tuple[int, int]]:
    """Gives one-to-one (gold, pred) index pairs, taking the best-ranked candidate first.

    Ties fall to the lower gold index, then the lower prediction index, so the
    result does not depend on anything but the input order.
    """
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _rank, gold_index, pred_index in sorted(candidates):
        if gold_index in used_gold or pred_index in used_pred:
            continue
        used_gold.add(gold_index)
        used_pred.add(pred_index)
        pairs.append((gold_index, pred_index))
    return pairs


_SENTENCE_BOUNDARY = re.compile(r"[.!?](?=\s)|\n")


def sentence_around(text: str, start: int, end: int) -> str:
    """Gives the sentence of ``text`` holding the characters start..end.

    A rough split (sentence-final punctuation before white space, or a line
    break) that is only used to show an error in context.

    >>> sentence_around("GDP rose. Exports fell 3.1% in May. Done.", 23, 27)
    'Exports fell 3.1% in May.'
    """
    left = 0
    for boundary in _SENTENCE_BOUNDARY.finditer(text):
        if boundary.end() > start:
            break
        left = boundary.end()
    right_boundary = _SENTENCE_BOUNDARY.search(text, end)
    right = right_boundary.end() if right_boundary else len(text)
    return text[left:right].strip()


def _sentence_of(record: Mapping[str, Any], text: str | None) -> str | None:
    if record.get("sentence"):
        return record["sentence"]
    if not text:
        return None
    spans = _spans(record, text)
    return sentence_around(text, *spans[0]) if spans else None


def _score_quantities(
    kind: str, gold: Sequence[Mapping[str, Any]], pred: Sequence[Mapping[str, Any]], text: str | None
) -> tuple[QuantityScore, list[QuantityMatch], list[Miss], list[Miss]]:
    """Gives the score of one kind, its matched pairs, false positives and false negatives."""
    strict_fields = STRICT_FIELDS[kind]
    gold_spans = [_spans(record, text) for record in gold]
    pred_spans = [_spans(record, text) for record in pred]
    candidates = []
    agreements: dict[tuple[int, int], dict[str, bool]] = {}
    for gold_index, gold_record in enumerate(gold):
        for pred_index, pred_record in enumerate(pred):
            if not quantities_match(kind, gold_record, pred_record):
                continue
            agreement = field_agreement(strict_fields, gold_record, pred_record)
            agreements[gold_index, pred_index] = agreement
            overlap, gap = _span_relation(gold_spans[gold_index], pred_spans[pred_index])
            # Overlapping spans first, then more agreeing fields, then the closest spans.
            candidates.append(((not overlap, -sum(agreement.values()), gap), gold_index, pred_index))
    pairs = _assign(candidates)

    matches = []
    for gold_index, pred_index in pairs:
        # A prediction matched to optional gold is dropped from both sides.
        if gold[gold_index].get("optional"):
            continue
        matches.append(
            QuantityMatch(kind, gold[gold_index], pred[pred_index], agreements[gold_index, pred_index])
        )
    matched_gold = {g for g, _ in pairs}
    matched_pred = {p for _, p in pairs}
    false_negatives = [
        Miss(kind, record, _sentence_of(record, text))
        for index, record in enumerate(gold)
        if index not in matched_gold and not record.get("optional")
    ]
    false_positives = [
        Miss(kind, record, _sentence_of(record, text))
        for index, record in enumerate(pred)
        if index not in matched_pred
    ]

    tp, fp, fn = len(matches), len(false_positives), len(false_negatives)
    strict_tp = sum(match.strict for match in matches)
    # A match that fails strictly is both a wrong prediction and a missed gold record.
    loose = tp - strict_tp
    agreement_counts = {
        name: Agreement(sum(match.agreement[name] for match in matches), tp) for name in AGREEMENT_FIELDS[kind]
    }
    score = QuantityScore(Counts(tp, fp, fn), Counts(strict_tp, fp + loose, fn + loose), agreement_counts)
    return score, matches, false_positives, false_negatives


def _entity_pairs(
    gold: Sequence[Mapping[str, Any]], pred: Sequence[Mapping[str, Any]], labels_required: bool
) -> list[tuple[int, int]]:
    """Gives one-to-one (gold, pred) entity pairs: same label first, then text over alias."""
    pred_names = [normalize_entity_text(record["text"]) for record in pred]
    candidates = []
    for gold_index, gold_record in enumerate(gold):
        gold_name = normalize_entity_text(gold_record["text"])
        aliases = {normalize_entity_text(alias) for alias in gold_record.get("aliases") or ()}
        for pred_index, pred_record in enumerate(pred):
            same_label = gold_record["label"] == pred_record["label"]
            # Optional gold absorbs only a prediction with its own label.
            if not same_label and (labels_required or gold_record.get("optional")):
                continue
            name = pred_names[pred_index]
            if name == gold_name:
                by_alias = False
            elif name in aliases:
                by_alias = True
            else:
                continue
            candidates.append(((not same_label, by_alias), gold_index, pred_index))
    return _assign(candidates)


def _entity_counts(
    gold: Sequence[Mapping[str, Any]], pred: Sequence[Mapping[str, Any]], pairs: Sequence[tuple[int, int]]
) -> tuple[Counts, list[tuple[int, int]], list[int], list[int]]:
    """Gives the counts, the scored pairs and the unmatched gold and prediction indices."""
    scored = [(g, p) for g, p in pairs if not gold[g].get("optional")]
    matched_gold = {g for g, _ in pairs}
    matched_pred = {p for _, p in pairs}
    missed = [i for i, record in enumerate(gold) if i not in matched_gold and not record.get("optional")]
    spurious = [i for i in range(len(pred)) if i not in matched_pred]
    return Counts(len(scored), len(spurious), len(missed)), scored, missed, spurious


def _score_entities(
    gold: Sequence[Mapping[str, Any]], pred: Sequence[Mapping[str, Any]], text: str | None
) -> tuple[EntityScore, list[Miss], list[Miss]]:
    """Gives the entity score and the false positives and negatives with labels required."""
    required, scored, missed, spurious = _entity_counts(gold, pred, _entity_pairs(gold, pred, True))
    ignored, *_ = _entity_counts(gold, pred, _entity_pairs(gold, pred, False))
    person = {name: Agreement() for name in PERSON_FIELDS}
    for gold_index, pred_index in scored:
        if gold[gold_index]["label"] != "PERSON":
            continue
        agreement = field_agreement(PERSON_FIELDS, gold[gold_index], pred[pred_index])
        for name, agrees in agreement.items():
            person[name] += Agreement(int(agrees), 1)
    false_positives = [Miss("entities", pred[i], _sentence_of(pred[i], text)) for i in spurious]
    false_negatives = [Miss("entities", gold[i], _sentence_of(gold[i], text)) for i in missed]
    return EntityScore(required, ignored, person), false_positives, false_negatives


def score_article(gold: Mapping[str, Any], pred: Mapping[str, Any], text: str | None = None) -> ArticleScore:
    """Gives the score of one article's prediction against its gold file.

    ``text`` is the article; it places records that carry no start/end and
    gives the sentences shown for errors. Both documents are taken as loaded
    by ``load_document``; nothing is checked here.
    """
    quantity_scores = {}
    matches: list[QuantityMatch] = []
    false_positives: list[Miss] = []
    false_negatives: list[Miss] = []
    for kind in QUANTITY_KINDS:
        score, kind_matches, kind_fps, kind_fns = _score_quantities(
            kind, gold.get(kind) or [], pred.get(kind) or [], text
        )
        quantity_scores[kind] = score
        matches += kind_matches
        false_positives += kind_fps
        false_negatives += kind_fns
    entity_score, entity_fps, entity_fns = _score_entities(
        gold.get("entities") or [], pred.get("entities") or [], text
    )
    return ArticleScore(
        article=gold.get("article") or pred.get("article"),
        metrics=quantity_scores["metrics"],
        growth_rates=quantity_scores["growth_rates"],
        entities=entity_score,
        matches=tuple(matches),
        false_positives=tuple(false_positives + entity_fps),
        false_negatives=tuple(false_negatives + entity_fns),
    )


def score_corpus(
    pairs: Iterable[tuple[Mapping[str, Any], Mapping[str, Any], str | None]], warnings: Iterable[str] = ()
) -> CorpusScore:
    """Gives the corpus score of (gold, prediction, article text) triples, micro-averaged."""
    return CorpusScore(tuple(score_article(gold, pred, text) for gold, pred, text in pairs), tuple(warnings))


# ---------------------------------------------------------------------------
# Files


GOLD_SUFFIX = ".gold.json"


def _article_id(gold_path: Path) -> str:
    name = gold_path.name
    if name.endswith(GOLD_SUFFIX):
        return name[: -len(GOLD_SUFFIX)]
    return gold_path.stem


def _gold_files(gold_paths: Iterable[str | Path], warnings: list[str]) -> Iterator[Path]:
    """Gives the gold files named or found under the given folders, each once."""
    seen: set[Path] = set()
    for gold_path in map(Path, gold_paths):
        if gold_path.is_dir():
            found = sorted(gold_path.rglob(f"*{GOLD_SUFFIX}"))
            if not found:
                warnings.append(f"{gold_path}: no *{GOLD_SUFFIX} files in this folder")
        elif gold_path.is_file():
            found = [gold_path]
        else:
            raise FileNotFoundError(f"{gold_path}: no such gold file or folder")
        for path in found:
            if path.resolve() not in seen:
                seen.add(path.resolve())
                yield path


def evaluate_paths(gold_paths: Iterable[str | Path], pred_dir: str | Path) -> CorpusScore:
    """Gives the corpus score of the predictions in ``pred_dir`` against the gold files.

    ``gold_paths`` holds ``<id>.gold.json`` files or folders searched recursively
    for them. The prediction for ``<id>`` is ``pred_dir/<id>.json``; a missing
    one is scored as empty and noted in ``warnings``. ``<id>.txt`` beside a gold
    file, where present, is the article text.
    """
    pred_dir = Path(pred_dir)
    if not pred_dir.is_dir():
        raise FileNotFoundError(f"{pred_dir}: prediction folder does not exist")
    warnings: list[str] = []
    triples = []
    ids_seen: dict[str, Path] = {}
    for gold_path in _gold_files(gold_paths, warnings):
        article_id = _article_id(gold_path)
        if article_id in ids_seen:
            warnings.append(
                f"{article_id}: gold files {ids_seen[article_id]} and {gold_path} "
                f"are both scored against {pred_dir / (article_id + '.json')}"
            )
        ids_seen[article_id] = gold_path
        gold = load_document(gold_path)
        if gold.get("article") not in (None, article_id):
            warnings.append(f"{gold_path}: 'article' is {gold['article']!r}; scored as {article_id!r}")
        pred_path = pred_dir / f"{article_id}.json"
        if pred_path.is_file():
            pred = load_document(pred_path)
            if pred.get("article") not in (None, article_id):
                warnings.append(f"{pred_path}: 'article' is {pred['article']!r}, expected {article_id!r}")
        else:
            warnings.append(f"{article_id}: no prediction {pred_path}; scored as an empty prediction")
            pred = {"format": FORMAT, "article": article_id, "metrics": [], "growth_rates": [], "entities": []}
        text_path = gold_path.with_name(f"{article_id}.txt")
        text = text_path.read_text(encoding="utf-8") if text_path.is_file() else None
        triples.append(({**gold, "article": article_id}, pred, text))
    return score_corpus(triples, warnings)


# ---------------------------------------------------------------------------
# Report


def _table(rows: Sequence[Sequence[str]], indent: str, left_columns: int = 1) -> list[str]:
    """Gives the lines of a plain-text table, one a row; columns after ``left_columns`` right-aligned."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [
            cell.ljust(width) if column < left_columns else cell.rjust(width)
            for column, (cell, width) in enumerate(zip(row, widths))
        ]
        lines.append((indent + "  ".join(cells)).rstrip())
    return lines


def _score_rows(counts: Sequence[Counts], prefix: str) -> list[list[str]]:
    return [
        [f"{prefix} P"] + [f"{c.precision:.3f}" for c in counts],
        [f"{prefix} R"] + [f"{c.recall:.3f}" for c in counts],
        [f"{prefix} F1"] + [f"{c.f1:.3f}" for c in counts],
        [f"{prefix} tp/fp/fn"] + [f"{c.tp}/{c.fp}/{c.fn}" for c in counts],
    ]


def _agreement_cell(agreement: Agreement | None) -> str:
    if agreement is None:
        return ""
    if agreement.rate is None:
        return "-"
    return f"{agreement.rate:.3f} ({agreement.agree}/{agreement.total})"


def _format_number(value: float | None) -> str:
    if value is None:
        return "null"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    return str(value)


def _miss_cells(side: str, miss: Miss) -> list[str]:
    """Gives the columns shown for an error: side, kind, value (label for entities), unit, text."""
    record = miss.record
    text = json.dumps(record.get("text"), ensure_ascii=False)
    if miss.kind == "entities":
        return [side, miss.kind, record.get("label", ""), "", text]
    value = _format_number(record.get("value"))
    if record.get("value") is None:
        value += f" ({_format_number(record.get('from_value'))} -> {_format_number(record.get('to_value'))})"
    return [side, miss.kind, value, record.get("unit", ""), text]


def _field_value(record: Mapping[str, Any], name: str) -> str:
    value = record.get(name)
    if name == "period":
        value = None if not value else f"{value.get('start')}..{value.get('end')}"
    return "null" if value is None else str(value)


def _error_lines(article: ArticleScore) -> list[str]:
    misses = [("FP", miss) for miss in article.false_positives] + [("FN", miss) for miss in article.false_negatives]
    # matched pairs that fail the strict test: which field, gold against prediction
    fields = [m for m in article.matches if isinstance(m, QuantityMatch) and not m.strict]
    if not misses and not fields:
        return []
    lines = [f"  {article.article}"]
    if misses:
        rows = _table([_miss_cells(side, miss) for side, miss in misses], "    ", left_columns=5)
        for row, (_side, miss) in zip(rows, misses):
            lines.append(row)
            lines.append(f"        in: {' '.join(miss.sentence.split())}" if miss.sentence else "        in: (sentence not found)")
    for match in fields:
        text = match.gold.get("text") or match.pred.get("text")
        disagreements = "; ".join(
            f"{name}: gold {_field_value(match.gold, name)!s} / predicted {_field_value(match.pred, name)!s}"
            for name, agrees in match.agreement.items() if not agrees
        )
        lines.append(f"    FIELD {match.kind:<13} {text!r}: {disagreements}")
    return lines


def format_report(score: CorpusScore | ArticleScore, show_errors: bool = False) -> str:
    """Gives a plain-text report of a corpus (or one article) score.

    With ``show_errors``, each false positive and false negative is listed
    with its kind, value, unit, text and sentence.
    """
    if isinstance(score, ArticleScore):
        score = CorpusScore((score,))
    kinds = {"metrics": score.metrics, "growth_rates": score.growth_rates, "all": score.quantities}
    lines = [f"polex evaluation: {len(score.articles)} article(s)", "", "Quantities"]
    rows = _score_rows([s.quantity for s in kinds.values()], "quantity")
    for name in AGREEMENT_FIELDS["growth_rates"]:
        rows.append([f"agree {name}"] + [_agreement_cell(s.agreement.get(name)) for s in kinds.values()])
    rows += _score_rows([s.strict for s in kinds.values()], "strict")
    lines += _table([["", *kinds], *rows], "  ")

    entities = score.entities
    lines += ["", "Entities"]
    rows = _score_rows([entities.labels_required, entities.labels_ignored], "entity")
    # Title and organisation are compared over PERSON pairs matched with labels required.
    rows += [[f"agree PERSON {name}", _agreement_cell(a), ""] for name, a in entities.person.items()]
    lines += _table([["", "labels required", "labels ignored"], *rows], "  ")

    if len(score.articles) > 1:
        lines += ["", "Per article"]
        rows = [
            [
                str(article.article),
                f"{article.quantities.quantity.f1:.3f}",
                f"{article.quantities.strict.f1:.3f}",
                f"{article.entities.labels_required.f1:.3f}",
            ]
            for article in score.articles
        ]
        lines += _table([["article", "quantity F1", "strict F1", "entity F1"], *rows], "  ")

    if score.warnings:
        lines += ["", "Warnings"] + [f"  - {warning}" for warning in score.warnings]

    if show_errors:
        lines += ["", "Errors (FP: predicted, not in gold; FN: in gold, not predicted; FIELD: matched, but a field differs)"]
        for article in score.articles:
            lines += _error_lines(article)
    return "\n".join(lines) + "\n"
