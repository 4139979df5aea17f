"""Load and validate the rule files in ``rules/``.

Every rule file is data: TSV lexicons with a header row, and JSONL patterns in
spaCy's own format. A malformed file raises :class:`RuleFileError` naming the
file, the line and what is wrong, so a person editing a rule can fix it.
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

# Columns every TSV lexicon must have, in order. Extra columns are allowed.
TSV_SCHEMAS: dict[str, tuple[str, ...]] = {
    "currencies.tsv": ("id", "surface", "position", "code"),
    "currency_families.tsv": ("id", "family", "country", "code"),
    "scales.tsv": ("id", "surface", "multiplier"),
    "units.tsv": ("id", "surface", "unit", "kind"),
    "qualifiers.tsv": ("id", "surface", "qualifier"),
    "change_words.tsv": ("id", "surface", "direction", "role"),
    "basis.tsv": ("id", "surface", "basis"),
    "titles.tsv": ("id", "word"),
    "name_prefixes.tsv": ("id", "word"),
    "countries.tsv": ("id", "country", "cues", "dollar", "yen", "fiscal_start_month", "fiscal_named_by", "central_bank"),
    "entity_stoplist.tsv": ("id", "text"),
    "generic_words.tsv": ("id", "word"),
    "entity_regex.tsv": ("id", "label", "regex"),
    "fractions.tsv": ("id", "surface", "value", "unit"),
    "place_aliases.tsv": ("id", "place", "aliases"),
    "regions.tsv": ("id", "region", "country"),
    "cities.tsv": ("id", "city", "country"),
    "region_codes.tsv": ("id", "code", "region", "country"),
    "stocks.tsv": ("id", "word", "role"),
    "nominals.tsv": ("id", "verb", "noun", "indicator"),
    "fiscal_years.tsv": ("id", "country", "label", "start", "end"),
}
JSONL_FILES = ("entity_patterns.jsonl",)

ALLOWED = {
    ("currencies.tsv", "position"): {"prefix", "suffix"},
    ("units.tsv", "kind"): {"percent", "points", "physical", "time"},
    ("qualifiers.tsv", "qualifier"): {"approx", "lower", "upper"},
    ("change_words.tsv", "direction"): {"increase", "decrease", "flat"},
    ("change_words.tsv", "role"): {"verb", "noun", "noun_or_verb", "adverb"},
    ("basis.tsv", "basis"): {"yoy", "mom", "qoq", "ytd", "period", "avg_annual"},
    ("countries.tsv", "fiscal_named_by"): {"start", "end"},
    ("stocks.tsv", "role"): {"stock", "flow"},
}
ENTITY_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "POLICY", "PRODUCT"}


class RuleFileError(ValueError):
    """A rule file that cannot be used; the message names the file, line and fix."""


def default_rules_dir() -> Path:
    """Return the folder of the rules shipped with polex (inside the installed package)."""
    # Installed, the rules are the package data "pipeline.rules"; in a source checkout
    # they are the top-level rules/ folder beside pipeline/.
    try:
        # "pipeline.rules" has no __init__.py, so files() of it is a MultiplexedPath whose
        # str() is no path; the regular package "pipeline" gives a real folder.
        packaged = Path(str(resources.files("pipeline") / "rules"))
        if (packaged / "units.tsv").is_file():
            return packaged
    except (ModuleNotFoundError, TypeError):
        pass
    return Path(__file__).resolve().parent.parent / "rules"


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Return the rows of a TSV lexicon as dicts, checked against its schema."""
    schema = TSV_SCHEMAS.get(path.name)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise RuleFileError(f"{path}: cannot read rule file ({err})") from err
    lines = text.splitlines()
    if not lines:
        raise RuleFileError(f"{path}: empty rule file; it needs a header row {schema}")
    reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader)
    if schema and tuple(header[: len(schema)]) != schema:
        raise RuleFileError(
            f"{path}:1: header is {header}, expected it to start with {list(schema)}"
        )
    rows, seen = [], set()
    for lineno, cells in enumerate(reader, start=2):
        if not cells or not "".join(cells).strip():
            continue
        if len(cells) < len(header) - (1 if header[-1] == "note" else 0):
            raise RuleFileError(
                f"{path}:{lineno}: {len(cells)} columns, expected {len(header)} "
                f"({', '.join(header)}); separate columns with one tab"
            )
        row = dict(zip(header, cells))
        row.setdefault("note", "")
        for column in header:
            if column != "note" and not row.get(column, "").strip():
                raise RuleFileError(f"{path}:{lineno}: column '{column}' is empty")
            allowed = ALLOWED.get((path.name, column))
            if allowed and row[column] not in allowed:
                raise RuleFileError(
                    f"{path}:{lineno}: {column} '{row[column]}' is not one of {sorted(allowed)}"
                )
        if row["id"] in seen:
            raise RuleFileError(f"{path}:{lineno}: duplicate id '{row['id']}'")
        seen.add(row["id"])
        if path.name == "countries.tsv" and not (row["fiscal_start_month"].isdigit() and 1 <= int(row["fiscal_start_month"]) <= 12):
            raise RuleFileError(f"{path}:{lineno}: fiscal_start_month '{row['fiscal_start_month']}' is not a month number 1-12")
        if path.name == "entity_regex.tsv":
            if row["label"] not in ENTITY_LABELS:
                raise RuleFileError(f"{path}:{lineno}: label '{row['label']}' is not one of {sorted(ENTITY_LABELS)}")
            try:
                compiled = re.compile(row["regex"])
            except re.error as err:
                raise RuleFileError(f"{path}:{lineno}: regex does not compile ({err})") from err
            if "name" not in compiled.groupindex:
                raise RuleFileError(f"{path}:{lineno}: the regex needs a group (?P<name>...) around the entity")
        if path.name == "scales.tsv" and not row["multiplier"].isdigit():
            raise RuleFileError(f"{path}:{lineno}: multiplier '{row['multiplier']}' is not a whole number")
        rows.append(row)
    return rows


def read_patterns(path: Path) -> list[dict[str, Any]]:
    """Return the entity patterns of a JSONL file, each with a label, a pattern and an id."""
    patterns, seen = [], set()
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise RuleFileError(f"{path}: cannot read rule file ({err})") from err
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            pattern = json.loads(line)
        except json.JSONDecodeError as err:
            raise RuleFileError(f"{path}:{lineno}: not valid JSON ({err.msg})") from err
        if not isinstance(pattern, dict) or not {"label", "pattern", "id"} <= pattern.keys():
            raise RuleFileError(f"{path}:{lineno}: a pattern needs the keys label, pattern and id")
        if pattern["label"] not in ENTITY_LABELS:
            raise RuleFileError(
                f"{path}:{lineno}: label '{pattern['label']}' is not one of {sorted(ENTITY_LABELS)}"
            )
        if pattern["id"] in seen:
            raise RuleFileError(f"{path}:{lineno}: duplicate id '{pattern['id']}'")
        seen.add(pattern["id"])
        patterns.append(pattern)
    return patterns


@dataclass(frozen=True)
class Lexicons:
    """All rule data polex uses, loaded once per pipeline."""

    currencies: tuple[dict[str, str], ...]
    currency_families: tuple[dict[str, str], ...]
    scales: tuple[dict[str, str], ...]
    units: tuple[dict[str, str], ...]
    qualifiers: tuple[dict[str, str], ...]
    change_words: tuple[dict[str, str], ...]
    basis: tuple[dict[str, str], ...]
    titles: tuple[dict[str, str], ...]
    name_prefixes: tuple[dict[str, str], ...]
    countries: tuple[dict[str, str], ...]
    entity_stoplist: tuple[dict[str, str], ...]
    generic_words: tuple[dict[str, str], ...]
    entity_regex: tuple[dict[str, str], ...]
    fractions: tuple[dict[str, str], ...]
    place_aliases: tuple[dict[str, str], ...]
    regions: tuple[dict[str, str], ...]
    cities: tuple[dict[str, str], ...]
    region_codes: tuple[dict[str, str], ...]
    stocks: tuple[dict[str, str], ...]
    nominals: tuple[dict[str, str], ...]
    fiscal_years: tuple[dict[str, str], ...]
    entity_patterns: tuple[dict[str, Any], ...]

    def to_json(self) -> dict[str, Any]:
        return {name: list(getattr(self, name)) for name in self.__dataclass_fields__}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Lexicons":
        # a pipeline saved before a rule file existed loads with that file empty
        return cls(**{name: tuple(data.get(name, ())) for name in cls.__dataclass_fields__})


def load_lexicons(rules_dir: Path | str | None = None) -> Lexicons:
    """Return every lexicon and pattern file of ``rules_dir`` (default: the shipped rules)."""
    folder = Path(rules_dir) if rules_dir else default_rules_dir()
    if not folder.is_dir():
        raise RuleFileError(f"{folder}: rules folder not found; pass --rules DIR or reinstall polex")
    loaded: dict[str, Any] = {}
    for name in TSV_SCHEMAS:
        path = folder / name
        if not path.exists():
            raise RuleFileError(f"{path}: missing rule file (every file of rules/README.md is needed)")
        loaded[name.removesuffix(".tsv")] = tuple(read_tsv(path))
    loaded["entity_patterns"] = tuple(read_patterns(folder / "entity_patterns.jsonl"))
    return Lexicons(**loaded)


def rules_fingerprint(lexicons: Lexicons) -> str:
    """Return a short hash of all rules, so outputs can say which rules made them."""
    import hashlib

    blob = json.dumps(lexicons.to_json(), sort_keys=True, ensure_ascii=False).encode()
    return hashlib.sha256(blob).hexdigest()[:16]
