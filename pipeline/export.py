"""Write results: one ``<id>.json`` per article, and one CSV per record kind for the run."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Iterable

import pandas as pd

METRIC_COLUMNS = [
    "article", "indicator", "subject", "value", "unit", "qualifier", "period_text", "period_start",
    "period_end", "text", "sentence", "start", "end", "rule_id",
]
GROWTH_COLUMNS = [
    "article", "indicator", "subject", "value", "unit", "direction", "basis", "from_value", "to_value",
    "qualifier", "period_text", "period_start", "period_end", "text", "sentence", "start", "end", "rule_id",
]
ENTITY_COLUMNS = ["article", "text", "label", "aliases", "title", "organization", "mentions", "rule_id"]
TABLES = {"metrics": METRIC_COLUMNS, "growth_rates": GROWTH_COLUMNS, "entities": ENTITY_COLUMNS}
NUMERIC_COLUMNS = {"value", "from_value", "to_value", "start", "end", "mentions"}


def atomic_write_text(path: Path, text: str, encoding: str = "utf-8") -> None:
    """Write ``text`` to ``path`` through a temporary file and a rename, so no reader sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def article_json(result: dict) -> str:
    """Return the JSON text of one article's ``polex/1`` object (stable key order, UTF-8)."""
    return json.dumps(result, ensure_ascii=False, indent=2) + "\n"


def write_article(result: dict, out_dir: Path) -> Path:
    path = Path(out_dir) / f"{result['article']}.json"
    atomic_write_text(path, article_json(result))
    return path


def rows(result: dict, kind: str) -> list[dict]:
    """Return the CSV rows of one record kind of one article."""
    out = []
    for record in result.get(kind, []):
        row = {"article": result["article"]}
        for key, value in record.items():
            if key == "period":
                value = value or {}
                row["period_text"] = value.get("text")
                row["period_start"] = value.get("start")
                row["period_end"] = value.get("end")
            elif key == "aliases":
                row["aliases"] = "; ".join(value)
            else:
                row[key] = value
        out.append(row)
    return out


def safe_cell(value):
    """Return a text cell that a spreadsheet shows as text, never runs as a formula (OWASP).

    >>> safe_cell("=HYPERLINK(1)")
    "'=HYPERLINK(1)"
    >>> safe_cell("GDP")
    'GDP'
    """
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def frame(results: Iterable[dict], kind: str) -> pd.DataFrame:
    """Return one record kind of many articles as a DataFrame with the CSV's columns."""
    data = [row for result in results for row in rows(result, kind)]
    return pd.DataFrame(data, columns=TABLES[kind])


def write_csvs(results: Iterable[dict], out_dir: Path, excel: bool = False) -> dict[str, Path]:
    """Write metrics.csv, growth_rates.csv and entities.csv for the run; return their paths."""
    results = list(results)
    paths = {}
    for kind, columns in TABLES.items():
        df = frame(results, kind)
        for column in columns:
            if column not in NUMERIC_COLUMNS:
                df[column] = df[column].map(safe_cell)
        path = Path(out_dir) / f"{kind}.csv"
        atomic_write_text(path, df.to_csv(index=False, lineterminator="\n"), encoding="utf-8-sig" if excel else "utf-8")
        paths[kind] = path
    return paths
