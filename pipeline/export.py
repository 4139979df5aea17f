"""Write results: one ``<id>.json`` per article, and one CSV per record kind for the run.

Every file is written to a temporary file beside it and then renamed, so a
reader, or a run killed half-way, never sees half a file. The CSVs stream:
rows are written a block of articles at a time, so a run of any size needs
the memory of one block.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import json
import os
import re
import tempfile
from pathlib import Path
from typing import IO, Iterable, Iterator

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
ERROR_COLUMNS = ["article", "file", "reason", "fix"]
CSV_BLOCK = 256  # articles per pandas frame while assembling the CSVs: bounds memory, amortises pandas
TEMP_SUFFIX = ".tmp"
# RFC 4180's CRLF: with it Python's csv writer quotes a cell holding a lone "\r". With "\n"
# alone it does not (Python 3.11), and the cell splits into two rows when read back.
LINE_END = "\r\n"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # OWASP's CSV-injection list
UNSAFE_NAME = re.compile(r"[\x00-\x1f\x7f/\\:*?\"<>|]")


@contextlib.contextmanager
def atomic_open(path: Path, encoding: str = "utf-8") -> Iterator[IO[str]]:
    """Yield a text handle whose content becomes ``path`` only when the block ends without an error."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=TEMP_SUFFIX)
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="") as handle:
            yield handle
        # mkstemp makes the file 0600; a finished output is as readable as any file this
        # user writes (0666 less the umask), so colleagues and web servers can read runs
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _umask() -> int:
    """Return the process's umask (reading it means setting it, so it is set back at once)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def atomic_write_text(path: Path, text: str, encoding: str = "utf-8") -> None:
    """Write ``text`` to ``path`` through a temporary file and a rename, so no reader sees half a file."""
    with atomic_open(path, encoding) as handle:
        handle.write(text)


def remove_stale_temp_files(out_dir: Path) -> int:
    """Delete the temporary files a killed writer left in ``out_dir``; return how many."""
    removed = 0
    for path in Path(out_dir).glob(f".*{TEMP_SUFFIX}"):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
            removed += 1
    return removed


def file_stem(article_id: str) -> str:
    """Return the file name (without ``.json``) of an article: its id, made safe where it must be.

    An id that could not be a file name as it is (a path, a control character,
    a leading dot, too long) gets a readable part and a hash of the whole id, so
    that different ids never share a file.

    >>> file_stem("qianhai-plan-anniversary")
    'qianhai-plan-anniversary'
    >>> file_stem("https://example.com/news/1")
    'https___example.com_news_1-3eaea8ab'
    """
    if article_id and not article_id.startswith(".") and not UNSAFE_NAME.search(article_id) \
            and len(article_id.encode("utf-8", "surrogateescape")) <= 150:
        return article_id
    readable = UNSAFE_NAME.sub("_", article_id).lstrip(".")[:80] or "article"
    digest = hashlib.sha256(article_id.encode("utf-8", "surrogateescape")).hexdigest()[:8]
    return f"{readable}-{digest}"


def article_json(result: dict) -> str:
    """Return the JSON text of one article's ``polex/1`` object (stable key order, UTF-8)."""
    return json.dumps(result, ensure_ascii=False, indent=2) + "\n"


def article_path(out_dir: Path, article_id: str) -> Path:
    """Return where the ``polex/1`` JSON of an article is written."""
    return Path(out_dir) / f"{file_stem(article_id)}.json"


def write_article(result: dict, out_dir: Path) -> Path:
    """Write one article's ``polex/1`` JSON atomically; return its path."""
    path = article_path(out_dir, result["article"])
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
    if isinstance(value, str) and value[:1] in FORMULA_STARTS:
        return "'" + value
    return value


def unsafe_cell(value):
    """Return a cell read back from a CSV as it was before :func:`safe_cell`.

    >>> unsafe_cell(safe_cell("-5% fall"))
    '-5% fall'
    """
    if isinstance(value, str) and value[:1] == "'" and value[1:2] in FORMULA_STARTS:
        return value[1:]
    return value


def frame(results: Iterable[dict], kind: str) -> pd.DataFrame:
    """Return one record kind of many articles as a DataFrame with the CSV's columns.

    The columns hold Python objects, not floats, so that a number is written as
    the JSON shows it (``5``, not ``5.0``) whichever articles share a block.
    """
    data = [row for result in results for row in rows(result, kind)]
    return pd.DataFrame(data, columns=TABLES[kind], dtype=object)


def safe_frame(df: pd.DataFrame, numeric: Iterable[str] = NUMERIC_COLUMNS) -> pd.DataFrame:
    """Return ``df`` with every text cell made safe for spreadsheets; numeric columns stay numbers."""
    for column in df.columns:
        if column not in numeric:
            df[column] = df[column].map(safe_cell)
    return df


def _csv_encoding(excel: bool) -> str:
    # Excel reads a CSV as the machine's ANSI code page unless it starts with a BOM.
    return "utf-8-sig" if excel else "utf-8"


def write_csvs(results: Iterable[dict], out_dir: Path, excel: bool = False) -> dict[str, Path]:
    """Write metrics.csv, growth_rates.csv and entities.csv for ``results``, in order; return their paths.

    ``results`` is read once, a block of articles at a time, so it can be a
    generator over any number of articles.
    """
    paths = {kind: Path(out_dir) / f"{kind}.csv" for kind in TABLES}
    with contextlib.ExitStack() as stack:
        handles = {kind: stack.enter_context(atomic_open(paths[kind], _csv_encoding(excel))) for kind in TABLES}
        for kind, columns in TABLES.items():
            pd.DataFrame(columns=columns).to_csv(handles[kind], index=False, lineterminator=LINE_END)
        results = iter(results)
        while block := list(itertools.islice(results, CSV_BLOCK)):
            for kind in TABLES:
                safe_frame(frame(block, kind)).to_csv(handles[kind], index=False, header=False, lineterminator=LINE_END)
    return paths


def write_table(rows: Iterable[dict], columns: list[str], path: Path, excel: bool = False,
                numeric: Iterable[str] = ()) -> Path:
    """Write ``rows`` (dicts, read once, a block at a time) as a CSV with ``columns``; return its path.

    Text cells are made safe for spreadsheets (:func:`safe_cell`); ``numeric`` columns stay numbers.
    """
    numeric = set(numeric)
    with atomic_open(path, _csv_encoding(excel)) as handle:
        pd.DataFrame(columns=columns).to_csv(handle, index=False, lineterminator=LINE_END)
        rows = iter(rows)
        while block := list(itertools.islice(rows, CSV_BLOCK * 16)):
            df = safe_frame(pd.DataFrame(block, columns=columns, dtype=object), numeric)
            df.to_csv(handle, index=False, header=False, lineterminator=LINE_END)
    return Path(path)


def write_errors(errors: Iterable[dict], out_dir: Path, excel: bool = False) -> Path:
    """Write errors.csv: one row (article, file, reason, fix) per article that was not processed."""
    return write_table(errors, ERROR_COLUMNS, Path(out_dir) / "errors.csv", excel)
