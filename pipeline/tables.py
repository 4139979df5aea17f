"""Numbers in tables flattened into text: each is read by its row's label and its column's header.

Three layouts: pipe- or tab-separated tables ("Exports (US$ billion) | 309.1 | 12.7%"), rows of
month-labelled figures on one line ("Apr-18 1,03,459 May-18 94,016"), and tables whose rows are
labelled by periods, their cells run together on one line ("2014 36 568.3 3.5 3.5 I 8 186.4 1.2
4.5"), read with the column headers written before them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from . import patterns as re
from .normalize import ROMAN_QUARTERS, month_end
from .records import Period

# a column of changes: "Change (yoy)", "% change", "Growth", "y/y"
CHANGE_COLUMN = re.compile(r"\b(?:change|growth|increase|y/y|yoy|m/m|mom|q/q|qoq)\b|%\s*ch", re.I)
# the unit a row label or column header states: "Exports (US$ billion)", "(%)", "(RMB trillion)"
UNIT_IN_LABEL = re.compile(r"\(\s*(?P<unit>[^()]{1,25})\s*\)\s*$")


@dataclass(frozen=True)
class TableCell:
    """A number in a table flattened into text, read by its row label and column header."""

    indicator: str
    column: str
    change: bool
    unit_text: str | None
    period: Period | None = None  # the label of a series' cell: "Apr-18" is April 2018
    basis: str | None = None  # what a change column is measured against, where its header says


# a row of labelled figures flattened into one line: "Apr-18 1,03,459 May-18 94,016 Jun-18 95,610"
SERIES_LABEL = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[-\s'’]\s?(?:\d{4}|\d{2})"
SERIES_PAIR = re.compile(rf"(?P<label>{SERIES_LABEL})\s+(?P<number>[-−]?\d[\d,]*(?:\.\d+)?)(?=\s|$)")
SERIES_ROW = re.compile(rf"(?:{SERIES_LABEL}\s+[-−]?\d[\d,]*(?:\.\d+)?\s+){{2,}}{SERIES_LABEL}\s+[-−]?\d[\d,]*(?:\.\d+)?(?=\s|$)")
# the heading of such a row: "GST collection (in crore rupees)"
SERIES_HEADING = re.compile(r"(?P<name>[A-Za-z][\w&' -]{1,60}?)\s*\(\s*(?:in\s+)?(?P<unit>[^()]{1,25})\)\s*$")


def series_cells(text: str) -> dict[int, TableCell]:
    """Return the numbers of month-labelled series flattened into a line, by their start.

    "Month (2018-19) GST collection (in crore rupees) Apr-18 1,03,459 May-18 94,016 Jun-18
    95,610": each number is the heading's measure, in the heading's unit, for its month.
    """
    cells: dict[int, TableCell] = {}
    for row in SERIES_ROW.finditer(text):
        line_start = text.rfind("\n", 0, row.start()) + 1
        heading = SERIES_HEADING.search(text[line_start : row.start()].rstrip())
        name = heading.group("name").strip() if heading else None
        if name:
            name = re.sub(r"^(?:Month|Year|Period|Quarter)\s*(?:\([^)]*\))?\s*", "", name).strip() or None
        for pair in SERIES_PAIR.finditer(row.group(0)):
            label = pair.group("label")
            month = MONTH_NUMBERS.get(re.match(r"[A-Za-z]+", label).group(0).lower()[:3])
            year = int(re.search(r"\d+$", label).group(0))
            year = year + 2000 if year < 100 else year
            if month is None or not 1900 < year < 2100:
                continue
            period = _months(label, year, month, month)
            cells[row.start() + pair.start("number")] = TableCell(name or "", "", False, heading.group("unit") if heading else None, period)
    return cells


def _months(text: str, year: int, first: int, last: int) -> Period:
    """Return the period of the months ``first`` to ``last`` of ``year``, said as ``text``."""
    return Period(text, date(year, first, 1).isoformat(), month_end(year, last).isoformat())


MONTH_NUMBERS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}


def table_cells(text: str) -> dict[int, TableCell]:
    """Return the numbers of pipe- or tab-separated tables, by their start in the text.

    "Indicator | Value | Change (yoy)" over "Exports (US$ billion) | 309.1 | 12.7%": 309.1 is
    exports, in the row's unit; 12.7% is their change, measured as the column says.
    """
    cells: dict[int, TableCell] = {}
    header: list[str] | None = None
    offset = 0
    for line in text.splitlines(keepends=True):
        start, offset = offset, offset + len(line)
        if line.count("|") < 1 and "\t" not in line.strip():
            header = None if not line.strip() else header
            continue
        parts = [(m.start(), m.end()) for m in re.finditer(r"[^|\t]+", line.rstrip("\n"))]
        texts = [line[a:b].strip() for a, b in parts]
        if len(texts) < 2:
            continue
        if not any(re.search(r"\d", t) for t in texts[1:]):
            header = texts  # "Indicator | Value | Change (yoy)"
            continue
        label = texts[0]
        unit_match = UNIT_IN_LABEL.search(label)
        indicator = label[: unit_match.start()].strip() if unit_match else label
        if not indicator or re.search(r"\d", indicator):
            continue
        for k, (a, b) in enumerate(parts[1:], start=1):
            cell = line[a:b]
            number = re.search(r"[-−+]?[\d.,]*\d", cell)
            if number is None:
                continue
            column = header[k] if header and k < len(header) else ""
            change = bool(CHANGE_COLUMN.search(column))
            unit_text = unit_match.group("unit") if unit_match else (UNIT_IN_LABEL.search(column).group("unit") if UNIT_IN_LABEL.search(column) else None)
            cells[start + a + number.start()] = TableCell(indicator, column, change, unit_text)
    return cells


# ------------------------------------------------ rows labelled by periods, run together on a line

# a row's label: a year ("2016", "2017*", "2016◘"), a quarter ("I", "IV♦", "Q3") or a month ("Jan", "March"),
# with the marks of a revision or a footnote a release puts after it
PERIOD_LABEL = re.compile(
    r"(?P<year>(?:19|20)\d\d)[^\w\s.,;:()%-]{0,2}"
    r"|(?P<roman>IV|I{1,3})[^\w\s.,;:()%-]{0,2}"
    r"|Q(?P<q>[1-4])[^\w\s.,;:()%-]{0,2}"
    r"|(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?[^\w\s.,;:()%-]{0,2}"
)
# a cell: "3.5", "–8.7", "36 568.3" (a space between thousands), "1,234.5"
CELL = re.compile(r"[-–−]?(?:\d{1,3}(?: \d{3})+|\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
# what a column of changes is measured against, in the order the header names its columns
COLUMN_BASIS = re.compile(
    r"(?:against|over|compared\s+(?:with|to)|on|vs\.?|from)\s+(?:the\s+)?"
    r"(?:(?P<yoy>(?:respective|same|corresponding)\s+(?:period|quarter|month)\s+(?:of|in)\s+(?:the\s+)?(?:previous|preceding|prior|last)\s+year"
    r"|(?:same|corresponding)\s+(?:period|quarter|month)\s+(?:a|one)\s+year\s+(?:ago|earlier))"
    r"|(?P<prev>(?:previous|preceding|prior)\s+(?:period|quarter|month|year)))"
    r"|(?P<yoy2>year[- ]on[- ]year|y/y|yoy)|(?P<qoq>quarter[- ]on[- ]quarter|q/q|qoq)|(?P<mom>month[- ]on[- ]month|m/m|mom)",
    re.I,
)
# the unit of a column of levels: "EUR million", "US$ billion", "million euros"
LEVEL_UNIT = re.compile(
    r"\b(?P<unit>(?:[A-Z]{3}|US\$|HK\$|€|£|\$)\s?(?:thousand|million|billion|trillion|bn|mn)"
    r"|(?:thousand|million|billion|trillion)\s+(?:euros?|dollars?|US\s+dollars|pounds|yuan|yen|rupees|[A-Z]{3}))\b"
)


@dataclass(frozen=True)
class PeriodTable:
    """A table of period-labelled rows found in a line: its cells by their start, and its span."""

    cells: dict
    values: dict  # start of a cell -> (end, value)
    start: int
    end: int


def period_table(text: str, measure_names: dict[str, str] | None = None) -> PeriodTable | None:
    """Return the first table of period-labelled rows run together on one line, or None.

    "Gross domestic product and its changes / At current prices, EUR million GDP changes, price
    change adjusted,% seasonally and calendar adjusted against the previous period against the
    respective period of the previous year against the previous period against the respective
    period of the previous year 2014 36 568.3 3.5 3.5 3.5 3.5 I 8 186.4 1.2 4.5 –8.7 4.5 ...":
    each row is a year, or a quarter of the year before it; its first cell is a level in EUR
    million, and the other four are changes, each against what its column's header says.
    ``measure_names`` maps a measure's long name to the short one the article defines ("gross
    domestic product" -> "GDP").
    """
    offset = 0
    for line in text.splitlines(keepends=True):
        start, offset = offset, offset + len(line)
        if len(line) < 60 or not COLUMN_BASIS.search(line) and not LEVEL_UNIT.search(line):
            continue
        table = _table_in_line(text, line, start, text[:start], measure_names or {})
        if table is not None:
            return table
    return None


def _tokens(line: str):
    """Yield (kind, start, end, match) for the labels and cells of a line, and None for a word that is neither."""
    at = 0
    while at < len(line):
        if line[at].isspace():
            at += 1
            continue
        label = PERIOD_LABEL.match(line, at)
        cell = CELL.match(line, at)
        if label and (label.end() == len(line) or line[label.end()].isspace()) and not (cell and cell.end() > label.end()):
            yield ("label", at, label.end(), label)
            at = label.end()
        elif cell and (cell.end() == len(line) or line[cell.end()].isspace()):
            yield ("cell", at, cell.end(), cell)
            at = cell.end()
        else:
            end = at
            while end < len(line) and not line[end].isspace():
                end += 1
            yield (None, at, end, None)
            at = end


def _table_in_line(text: str, line: str, line_start: int, before: str, measure_names: dict[str, str]) -> PeriodTable | None:
    tokens = list(_tokens(line))
    # the longest run of labels and cells that opens with a year
    best = None
    k = 0
    while k < len(tokens):
        if tokens[k][0] == "label" and tokens[k][3].group("year"):
            j = k
            while j < len(tokens) and tokens[j][0] is not None:
                j += 1
            if best is None or j - k > best[1] - best[0]:
                best = (k, j)
            k = j
        k += 1
    if best is None:
        return None
    rows = []  # (label match, [(start, end, value)])
    for kind, a, b, m in tokens[best[0] : best[1]]:
        if kind == "label":
            rows.append((m, []))
        else:
            number = m.group(0)
            value = float(number.replace(" ", "").replace(",", "").replace("–", "-").replace("−", "-"))
            rows[-1][1].append((line_start + a, line_start + b, value))
    counts = [len(cells) for _, cells in rows if cells]
    if not counts:
        return None
    width = max(set(counts), key=counts.count)
    if width < 2 or counts.count(width) < 3:
        return None  # three rows of two cells at least: fewer is prose, not a table
    header = line[: tokens[best[0]][1]]
    columns = _columns(header, before, width, measure_names)
    if columns is None:
        return None
    cells, values = {}, {}
    year = None
    for label, row in rows:
        if label.group("year"):
            year = int(label.group("year"))
            period = Period(label.group("year"), f"{year}-01-01", f"{year}-12-31")
            grain = "year"
        elif year is None:
            continue
        elif label.group("roman") or label.group("q"):
            n = ROMAN_QUARTERS[label.group("roman")] if label.group("roman") else int(label.group("q"))
            period = _months(f"{label.group(0).rstrip('*◘♦†‡')} quarter {year}", year, 3 * n - 2, 3 * n)
            grain = "quarter"
        else:
            month = MONTH_NUMBERS[label.group("month").lower()[:3]]
            period = _months(f"{label.group('month')} {year}", year, month, month)
            grain = "month"
        if len(row) != width:
            continue
        for (a, b, value), (indicator, change, unit_text, basis) in zip(row, columns):
            if basis == "previous":
                basis = {"year": "yoy", "quarter": "qoq", "month": "mom"}[grain]
            cells[a] = TableCell(indicator, "", change, unit_text, period, basis)
            values[a] = (b, value)
    if len(cells) < 6:
        return None
    return PeriodTable(cells, values, line_start + tokens[best[0]][1], line_start + tokens[best[1] - 1][2])


def _columns(header: str, before: str, width: int, measure_names: dict[str, str]):
    """Return (indicator, change, unit text, basis) of each of ``width`` columns, from the header
    written before the rows and the title on the line above it, or None where they cannot be told."""
    bases = list(COLUMN_BASIS.finditer(header))
    levels = width - len(bases)
    if not bases or levels not in (0, 1):
        return None  # a column the header does not account for: no reading
    unit = LEVEL_UNIT.search(header, 0, bases[0].start())
    if levels == 1 and unit is None:
        return None
    title_line = next((ln.strip() for ln in reversed(before.splitlines()) if ln.strip()), "")
    title = re.sub(r"\s+(?:and\s+its\s+)?(?:changes?|growth)\s*$", "", title_line, flags=re.I) if len(title_line) < 100 and not title_line.endswith(".") else ""
    # the changes' heading, up to its unit ("GDP changes, price change adjusted,%"), and what it
    # says the changes are of ("GDP")
    change_head = header[unit.end() if unit else 0 : bases[0].start()]
    percent = change_head.rfind("%")
    qualifier = change_head[percent + 1 :].strip(" ,;") if percent >= 0 else ""
    head = change_head[: percent if percent >= 0 else len(change_head)]
    measure = re.split(r"\s+(?:changes?|growth|increase)\b", head.strip(" ,;"), maxsplit=1, flags=re.I)[0].strip(" ,;") if re.search(r"\b(?:changes?|growth|increase)\b", head, re.I) else ""
    measure = measure or title
    if not measure:
        return None
    measure = measure_names.get(measure.lower(), measure)
    columns = []
    if levels:
        level_head = header[: unit.start()].strip(" ,;")
        level_head = level_head[:1].lower() + level_head[1:] if level_head else ""
        columns.append((f"{measure} {level_head}".strip(), False, unit.group("unit"), None))
    seen = set()
    for k, basis in enumerate(bases):
        kind = next(name for name in ("yoy", "prev", "yoy2", "qoq", "mom") if basis.group(name))
        kind = {"prev": "previous", "yoy2": "yoy"}.get(kind, kind)
        between = header[bases[k - 1].end() : basis.start()].strip(" ,;") if k else ""
        if k and (re.search(r"[A-Za-z]{3}", between) or kind in seen):
            qualifier, seen = between, set()  # a new group of columns, under its own heading or none
        seen.add(kind)
        columns.append((f"{measure}, {qualifier}" if qualifier else measure, True, None, kind))
    return columns
