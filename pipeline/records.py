"""Records polex extracts: frozen dataclasses in the shape of format ``polex/1``.

Records are built by our own code, so there is no validation layer here: the
hot path only allocates them. ``to_dict`` gives the JSON object of
``docs/gold-format.md`` plus the provenance fields (sentence, start, end, rule_id).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any

FORMAT = "polex/1"


class Qualifier(str, Enum):
    APPROX = "approx"
    LOWER = "lower"
    UPPER = "upper"


class Direction(str, Enum):
    INCREASE = "increase"
    DECREASE = "decrease"
    FLAT = "flat"


class Basis(str, Enum):
    YOY = "yoy"
    MOM = "mom"
    QOQ = "qoq"
    YTD = "ytd"
    PERIOD = "period"
    AVG_ANNUAL = "avg_annual"


def _number(value: float | None) -> float | int | None:
    """Return an int for an integral float, so JSON shows 186400000000, not 1.864e11."""
    if value is None:
        return None
    if float(value).is_integer() and abs(value) < 1e18:
        return int(value)
    return value


def _enum(value: Enum | None) -> str | None:
    return None if value is None else value.value


def _numeric_record_dict(record, kind_fields: dict[str, Any]) -> dict[str, Any]:
    """Return the JSON object of a metric or growth rate: shared fields, then its own, then provenance."""
    return {
        "indicator": record.indicator,
        "subject": record.subject,
        "value": _number(record.value),
        "unit": record.unit,
        **kind_fields,
        "qualifier": _enum(record.qualifier),
        "period": None if record.period is None else record.period.to_dict(),
        "text": record.text,
        "sentence": record.sentence,
        "start": record.start,
        "end": record.end,
        "rule_id": record.rule_id,
    }


@dataclass(frozen=True, slots=True)
class Period:
    text: str
    start: str | None
    end: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Metric:
    indicator: str | None
    subject: str | None
    value: float
    unit: str
    qualifier: Qualifier | None
    period: Period | None
    text: str
    sentence: str
    start: int
    end: int
    rule_id: str

    def to_dict(self) -> dict[str, Any]:
        return _numeric_record_dict(self, {})


@dataclass(frozen=True, slots=True)
class GrowthRate:
    indicator: str | None
    subject: str | None
    value: float | None
    unit: str
    direction: Direction
    basis: Basis | None
    from_value: float | None
    to_value: float | None
    qualifier: Qualifier | None
    period: Period | None
    text: str
    sentence: str
    start: int
    end: int
    rule_id: str

    def to_dict(self) -> dict[str, Any]:
        return _numeric_record_dict(
            self,
            {
                "direction": self.direction.value,
                "basis": _enum(self.basis),
                "from_value": _number(self.from_value),
                "to_value": _number(self.to_value),
            },
        )


@dataclass(frozen=True, slots=True)
class Entity:
    text: str
    label: str
    aliases: tuple[str, ...] = ()
    title: str | None = None
    organization: str | None = None
    mentions: int = 1
    rule_id: str = "ner"

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "label": self.label,
            "aliases": list(self.aliases),
            "title": self.title,
            "organization": self.organization,
            "mentions": self.mentions,
            "rule_id": self.rule_id,
        }


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """Everything polex found in one article."""

    article: str
    published: str | None
    metrics: tuple[Metric, ...] = ()
    growth_rates: tuple[GrowthRate, ...] = ()
    entities: tuple[Entity, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the ``polex/1`` JSON object of this article."""
        return {
            "format": FORMAT,
            "article": self.article,
            "published": self.published,
            "metrics": [m.to_dict() for m in self.metrics],
            "growth_rates": [g.to_dict() for g in self.growth_rates],
            "entities": [e.to_dict() for e in self.entities],
            **self.extra,
        }


def period_from_dict(data: dict[str, Any] | None) -> Period | None:
    if data is None:
        return None
    return Period(data.get("text", ""), data.get("start"), data.get("end"))


def _opt_enum(cls, value):
    return None if value is None else cls(value)


def result_from_dict(data: dict[str, Any]) -> ArticleResult:
    """Return the ArticleResult of a ``polex/1`` JSON object (the inverse of ``to_dict``)."""
    metrics = tuple(
        Metric(
            indicator=m.get("indicator"), subject=m.get("subject"), value=m["value"],
            unit=m["unit"], qualifier=_opt_enum(Qualifier, m.get("qualifier")),
            period=period_from_dict(m.get("period")), text=m.get("text", ""),
            sentence=m.get("sentence", ""), start=m.get("start", -1), end=m.get("end", -1),
            rule_id=m.get("rule_id", ""),
        )
        for m in data.get("metrics", [])
    )
    growth_rates = tuple(
        GrowthRate(
            indicator=g.get("indicator"), subject=g.get("subject"), value=g.get("value"),
            unit=g["unit"], direction=Direction(g["direction"]),
            basis=_opt_enum(Basis, g.get("basis")), from_value=g.get("from_value"),
            to_value=g.get("to_value"), qualifier=_opt_enum(Qualifier, g.get("qualifier")),
            period=period_from_dict(g.get("period")), text=g.get("text", ""),
            sentence=g.get("sentence", ""), start=g.get("start", -1), end=g.get("end", -1),
            rule_id=g.get("rule_id", ""),
        )
        for g in data.get("growth_rates", [])
    )
    entities = tuple(
        Entity(
            text=e["text"], label=e["label"], aliases=tuple(e.get("aliases", ())),
            title=e.get("title"), organization=e.get("organization"),
            mentions=e.get("mentions", 1), rule_id=e.get("rule_id", ""),
        )
        for e in data.get("entities", [])
    )
    known = {"format", "article", "published", "metrics", "growth_rates", "entities"}
    return ArticleResult(
        article=data.get("article", ""), published=data.get("published"),
        metrics=metrics, growth_rates=growth_rates, entities=entities,
        extra={k: v for k, v in data.items() if k not in known},
    )
