"""pandas views of polex records: the three CSV tables as typed DataFrames.

``to_frames(results)`` turns results in memory into the tables; ``read_outputs(DIR)``
reads a finished ``polex extract`` run back into the same tables, from its
per-article JSON files or, where there are none, from its CSVs. Both give the
CSV columns (``export.TABLES``) with the same dtypes: values as float, offsets and
mentions as nullable integers, period bounds as datetime64, and categories for
unit, qualifier, direction, basis and entity label.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable, Mapping, NamedTuple, Union

import pandas as pd

from .evaluate import ENTITY_LABELS
from .export import TABLES, frame, safe_cell
from .records import FORMAT, ArticleResult, Basis, Direction, Qualifier

# A fixed category list keeps the categories of two runs equal, so their frames concat cleanly.
FIXED_CATEGORIES: Mapping[str, tuple[str, ...]] = {
    "qualifier": tuple(q.value for q in Qualifier),
    "direction": tuple(d.value for d in Direction),
    "basis": tuple(b.value for b in Basis),
    "label": ENTITY_LABELS,
}
FLOAT_COLUMNS = ("value", "from_value", "to_value")
INTEGER_COLUMNS = ("start", "end", "mentions")
DATE_COLUMNS = ("period_start", "period_end")
CATEGORY_COLUMNS = ("unit", "qualifier", "direction", "basis", "label")
# pandas 3 keeps text as its "str" dtype, pandas 2 as object: follow the installed pandas.
TEXT_DTYPE = pd.Series(["text"]).dtype

Result = Union[ArticleResult, Mapping[str, Any]]


class Frames(NamedTuple):
    """The three tables of a run, as the CSVs hold them: ``metrics, growth_rates, entities``."""

    metrics: pd.DataFrame
    growth_rates: pd.DataFrame
    entities: pd.DataFrame


def _text_or_none(column: pd.Series) -> pd.Series:
    text = column.astype(object)
    return text.where(text.notna() & (text != ""), None)


def _typed(df: pd.DataFrame) -> pd.DataFrame:
    """Return ``df`` with polex's dtypes; text columns hold NA, never an empty string.

    The CSVs cannot tell an empty string from a null, so both read as NA here, and
    a frame made in memory equals one read back from the CSVs.
    """
    df = df.copy()
    for column in df.columns:
        if column in FLOAT_COLUMNS:
            df[column] = pd.to_numeric(df[column]).astype("float64")
        elif column in INTEGER_COLUMNS:
            df[column] = pd.to_numeric(df[column]).astype("Int64")
        elif column in DATE_COLUMNS:
            # one resolution whatever the data (pandas 3 infers it from the values)
            df[column] = pd.to_datetime(df[column], format="%Y-%m-%d").astype("datetime64[ns]")
        elif column in CATEGORY_COLUMNS:
            text = _text_or_none(df[column])
            fixed = FIXED_CATEGORIES.get(column, ())
            # a value outside the fixed list (a model's own label) is kept, never turned into NA
            categories = [*fixed, *sorted(set(text.dropna()) - set(fixed))]
            df[column] = pd.Categorical(text, categories=categories)
        else:
            df[column] = _text_or_none(df[column]).astype(TEXT_DTYPE)
    return df


def to_frames(results: Iterable[Result]) -> Frames:
    """Return the metrics, growth rates and entities of ``results`` as typed DataFrames.

    ``results`` are :class:`~pipeline.records.ArticleResult` objects (``Extractor.pipe``)
    or ``polex/1`` dicts (``Extractor.pipe_dicts``, the per-article JSON files).
    The columns are those of the CSVs that ``polex extract`` writes.
    """
    dicts = [r.to_dict() if isinstance(r, ArticleResult) else dict(r) for r in results]
    return Frames(*(_typed(frame(dicts, kind)) for kind in TABLES))


def read_results(out_dir: str | Path) -> list[dict]:
    """Return the ``polex/1`` objects of the per-article JSON files in ``out_dir``, by article id.

    Other JSON files in the folder (not ``"format": "polex/1"``) are left out; a file
    that is not JSON at all raises ValueError naming it.
    """
    results = []
    for path in sorted(Path(out_dir).glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as err:
            raise ValueError(f"{path}: not a JSON file ({err}); remove it or run polex extract again") from err
        if isinstance(data, dict) and data.get("format") == FORMAT:
            results.append(data)
    return sorted(results, key=lambda result: str(result.get("article")))


def _unquote(value: Any) -> Any:
    """Return a CSV cell without the quote ``export.safe_cell`` put before formula-like text.

    >>> _unquote("'=HYPERLINK(1)"), _unquote("'quoted'")
    ('=HYPERLINK(1)', "'quoted'")
    """
    if isinstance(value, str) and value[:1] == "'" and safe_cell(value[1:]) == value:
        return value[1:]
    return value


def _read_csv(path: Path, columns: list[str]) -> pd.DataFrame:
    # utf-8-sig reads both the plain CSVs and the --excel ones (with a BOM).
    df = pd.read_csv(path, encoding="utf-8-sig", dtype=object, keep_default_na=False, na_values=[""])
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise ValueError(f"{path}: no column(s) {', '.join(missing)}; write it again with polex extract")
    df = df[columns]
    for column in df.columns:
        df[column] = df[column].astype(object).map(_unquote)
    return df


def read_outputs(out_dir: str | Path, source: str = "auto") -> Frames:
    """Return the tables of a finished ``polex extract`` run in ``out_dir``, typed as ``to_frames``'s.

    ``source`` is ``"json"`` (the per-article ``<id>.json`` files), ``"csv"``
    (metrics.csv, growth_rates.csv, entities.csv) or ``"auto"``: the JSON files
    where there are any, else the CSVs. Rows are ordered by article id, and
    within an article as the extractor wrote them, whichever the source.
    """
    out_dir = Path(out_dir)
    if source not in ("auto", "json", "csv"):
        raise ValueError(f"source is {source!r}; use 'auto', 'json' or 'csv'")
    if not out_dir.is_dir():
        raise FileNotFoundError(f"{out_dir}: no such folder; run polex extract ARTICLES -o {out_dir} first")
    if source in ("auto", "json"):
        results = read_results(out_dir)
        if results or source == "json":
            if not results:
                raise FileNotFoundError(f"{out_dir}: no polex/1 <id>.json files; run polex extract first")
            return to_frames(results)
    paths = {kind: out_dir / f"{kind}.csv" for kind in TABLES}
    missing = [str(p) for p in paths.values() if not p.is_file()]
    if missing:
        raise FileNotFoundError(
            f"{out_dir}: no per-article JSON files and no {', '.join(missing)}; run polex extract first"
        )
    tables = (_read_csv(paths[kind], columns) for kind, columns in TABLES.items())
    return Frames(*(_typed(df.sort_values("article", kind="stable").reset_index(drop=True)) for df in tables))
