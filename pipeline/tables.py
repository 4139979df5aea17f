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
            period = _grid_period(pair.group("label"), None)  # "Apr-18": April 2018
            if period is None or not 1900 < int(period.start[:4]) < 2100:
                continue
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
        if len(texts) < 2 or all(re.fullmatch(r":?-{2,}:?|", t) for t in texts):
            continue  # "---|---|": the rule under a header
        if not any(re.search(r"\d", t) for t in texts[1:]):
            header = texts  # "Indicator | Value | Change (yoy)"
            continue
        lead = 0
        while lead < len(texts) - 1 and ROW_PERIOD_PART.fullmatch(texts[lead]):
            lead += 1
        if lead and header:
            # "2016 | February | 2.09 | 4%" under "Year | Month | US dollar sales in billions | Increase/(decrease)
            # compared to the previous month": a row of a period, each column a measure
            period = _row_period(texts[:lead])
            _period_row_cells(cells, start, line, parts[lead:], header[lead:], period)
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


# a cell that names a period or a part of one: "2016", "January", "Q3", "2016/17"
ROW_PERIOD_PART = re.compile(r"(?:19|20)\d\d(?:\s?[/-]\s?\d{2,4})?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?|Q[1-4]|H[12]", re.I)
# a column header's scale: "US dollar sales in billions"
HEADER_SCALE = re.compile(r",?\s*\(?\bin\s+(?P<scale>thousand|million|billion|trillion)s?\b\)?", re.I)


def _row_period(parts: list[str]) -> Period | None:
    """Return the period of a row's leading cells ("2016", "February"), month first for the reader."""
    years = [p for p in parts if re.match(r"(?:19|20)\d\d", p)]
    others = [p for p in parts if p not in years]
    return _grid_period(" ".join(others + years), None)


def _period_row_cells(cells: dict, line_start: int, line: str, parts, heads: list[str], period: Period | None) -> None:
    """Add the cells of a pipe-table row of one period: each column names its measure and unit,
    and a column of changes measures the column of levels before it."""
    measure = ""
    for (a, b), head in zip(parts, heads):
        scale_word = HEADER_SCALE.search(head)
        unit_match = UNIT_IN_LABEL.search(head)
        name = HEADER_SCALE.sub("", UNIT_IN_LABEL.sub("", head)).strip()
        change = bool(CHANGE_COLUMN.search(head))
        if not change:
            measure = name
        number = re.search(r"[-−+]?[\d.,]*\d", line[a:b])
        if number is None:
            continue
        basis_match = COLUMN_BASIS.search(head)
        basis = _basis_kind(basis_match) if basis_match else None
        if basis == "prev":
            basis = _previous_period_kind(basis_match)
        unit_text = unit_match.group("unit") if unit_match else f"{scale_word.group('scale')} {name}" if scale_word and not change else None
        cells[line_start + a + number.start()] = TableCell(measure if change else name, head, change, unit_text, period, basis)


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


def _basis_kind(match) -> str:
    """Return what a COLUMN_BASIS match says a change is against: "yoy", "qoq", "mom" or "prev" (the period before)."""
    kind = next(name for name in ("yoy", "prev", "yoy2", "qoq", "mom") if match.group(name))
    return "yoy" if kind == "yoy2" else kind


def _previous_period_kind(match) -> str | None:
    """Return the basis a COLUMN_BASIS match of "the previous month / quarter / year" names, or None."""
    prev = match.group("prev").lower()
    return "mom" if "month" in prev else "qoq" if "quarter" in prev else "yoy" if "year" in prev else None


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
        kind = _basis_kind(basis)
        kind = "previous" if kind == "prev" else kind
        between = header[bases[k - 1].end() : basis.start()].strip(" ,;") if k else ""
        if k and (re.search(r"[A-Za-z]{3}", between) or kind in seen):
            qualifier, seen = between, set()  # a new group of columns, under its own heading or none
        seen.add(kind)
        columns.append((f"{measure}, {qualifier}" if qualifier else measure, True, None, kind))
    return columns


# ------------------------------------------------ tables laid out over several lines

# a line that is one cell: "+ 7.67%", "- 0.66", "3.5", "-4.1"
CELL_LINE = re.compile(
    r"[^\S\n]*(?P<cell>(?P<sign>[-+–−])?[^\S\n]?(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)[^\S\n]?(?P<pct>%)?)[^\S\n]*"
)
# signs that a text may hold such a table: a line that is one number, or a word then a number two spaces off
NUMBER_LINE = re.compile(r"^[^\S\n]*[-+–−]?[^\S\n]?\d[\d,.]*[^\S\n]?%?[^\S\n]*$", re.M)
# the currency sign an amount in a table opens with: "$", "US$", "€"
MONEY_PREFIX = r"(?:(?:US|HK|C|A|NZ|S)?\$|[€£¥])"
SPACED_NUMBER = re.compile(rf"[^\W\d_][^\S\n]{{2,}}{MONEY_PREFIX}?[-+–−]?\d")
# a cell of a fixed-width table: a number, a percentage or an amount of money ("$1.248 bn", "$6.355")
WIDTH_CELL = MONEY_PREFIX + r"?[-+–−]?\d[\d,]*(?:\.\d+)?(?:%|[^\S\n]?(?:bn|mn|billion|million)\b)?"
# a row of a fixed-width table: a label, then two cells or more, each two spaces or more from the last
WIDTH_ROW = re.compile(rf"[^\S\n]*(?P<label>[^\W\d_][^\d\n$€£¥]*?)(?P<cells>(?:[^\S\n]{{2,}}{WIDTH_CELL}){{2,}})[^\S\n]*")
# a year on a line of its own, the label of a year's row in a table of months ("2016")
YEAR_LINE = re.compile(r"\s*(?:19|20)\d\d[*†‡]*\s*")
GRID_CELL = re.compile(WIDTH_CELL)
# a cell that is an amount of money: the scanner reads it, the table says what it measures and when
MONEY_CELL = re.compile(MONEY_PREFIX + r"\d")
# a period as a row label or in a column header: "Jan.16", "Apr-18", "March 2024", "2016", "Q3 2013", "Q3"
GRID_PERIOD = re.compile(
    r"(?:(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[-\s'’.]{0,2}(?P<myear>\d{4}|\d{2})"
    r"|(?P<year>(?:19|20)\d\d)|Q(?P<q>[1-4])(?:[-\s'’]{1,2}(?P<qyear>(?:19|20)\d\d|\d{2}))?)[*†‡]*",
    re.I,
)
# a heading that says its changes are over a month, a quarter or a year: "Monthly Percent Change"
GRID_BASIS = re.compile(r"\b(?P<kind>monthly|quarterly|annual|yearly)\s+(?:percent(?:age)?\s+|%\s*)?(?:changes?|growth)\b", re.I)
# what a table's changes measure, as the line that introduces it says: "monthly percent change in CPI by region"
GRID_MEASURE = re.compile(
    r"\b(?:changes?|growth|increase)\s+(?:in|of)\s+(?:the\s+)?(?P<name>[A-Za-z][\w’'&-]*(?:\s+[A-Za-z][\w’'&-]*){0,4}?)"
    r"(?=\s+(?:by|for|in|during|compared|from|of|over)\b|\s*[,.:;]|\s*$)"
)


GRID_KEY = "_polex_grid"  # Doc.user_data: whether the text holds a table laid out over lines


@dataclass(frozen=True)
class GridTables:
    """The tables laid out over several lines: their cells by start, their values, and the spans they cover."""

    cells: dict
    values: dict  # start of a cell -> (end, signed value, printed with a per cent sign)
    spans: tuple
    money: frozenset = frozenset()  # starts of cells that are amounts of money, read as the scanner reads them


def grid_tables(text: str, published: date | None) -> GridTables | None:
    """Return the tables of a text laid out over several lines, or None where it has none.

    Two layouts. One cell a line, each row's label on the line before its cells, the column
    headers on the lines before the first row ("Sub Groups / Change / Fresh Fish / + 7.67% /
    Fresh Vegetables / + 5.79% ..."). And fixed-width rows under a header line whose column heads
    sit above the cells ("Q3 (Y/Y)    Q3 (Q/Q)" over "REAL GDP    4.1    1.6"). Each cell is read by
    its row and its column: a period in either dates it, a column of changes ("Change", "Y/Y",
    "Monthly Percent Change") makes it a change, and a row labelled by a period takes its measure
    from the line that introduces the table ("monthly percent change in CPI by region").
    """
    if "\n" not in text or NUMBER_LINE.search(text) is None and ("  " not in text or SPACED_NUMBER.search(text) is None):
        return None
    lines, starts, at = [], [], 0
    for line in text.splitlines(keepends=True):
        lines.append(line.rstrip("\n"))
        starts.append(at)
        at += len(line)
    cells: dict = {}
    values: dict = {}
    spans = []
    _vertical(lines, starts, published, cells, values, spans)
    _fixed_width(lines, starts, published, cells, values, spans)
    return GridTables(cells, values, tuple(spans), frozenset(a for a in cells if a not in values)) if cells else None


def _is_cell(line: str) -> bool:
    return CELL_LINE.fullmatch(line) is not None


def _is_label(line: str) -> bool:
    """A short line of words (a row label or a column header), not a sentence or a number."""
    s = line.strip()
    return (
        0 < len(s) <= 60 and re.search(r"[A-Za-z]", s) is not None and not _is_cell(line)
        and len(s.split()) <= 8 and not re.search(r"[.:;,]$", s)
    )


def _vertical(lines, starts, published, cells, values, spans) -> None:
    n = len(lines)
    i = 0
    while i < n - 1:
        if not (_is_label(lines[i]) and _is_cell(lines[i + 1])):
            i += 1
            continue
        width = 0
        while i + 1 + width < n and _is_cell(lines[i + 1 + width]):
            width += 1
        rows, j = [], i
        while j + width < n and (_is_label(lines[j]) or rows and YEAR_LINE.fullmatch(lines[j])):
            block = lines[j + 1 : j + 1 + width]
            after = lines[j + 1 + width] if j + 1 + width < n else ""
            if len(block) < width or not all(_is_cell(c) for c in block) or _is_cell(after) and not YEAR_LINE.fullmatch(after):
                break  # a row of another width: not this table's
            rows.append(j)
            j += 1 + width
        if len(rows) < 3:
            i += 1
            continue
        heads = []
        k = i - 1
        while k >= 0 and len(heads) < width + 3 and _is_label(lines[k]):
            heads.insert(0, lines[k].strip())
            k -= 1
        intro = next((lines[m] for m in range(k, max(-1, k - 3), -1) if lines[m].strip()), "") if k >= 0 else ""
        columns = heads[-width:] if len(heads) >= width else [""] * width
        context = " ".join(heads[: len(heads) - width] if len(heads) >= width else heads)
        _add_rows(
            [(lines[r].strip(), [(starts[r + 1 + c], lines[r + 1 + c]) for c in range(width)]) for r in rows],
            columns, context, intro, published, cells, values,
        )
        spans.append((starts[i], starts[j - 1] + len(lines[j - 1])))
        i = j


def _fixed_width(lines, starts, published, cells, values, spans) -> None:
    n = len(lines)
    i = 0
    while i < n:
        if WIDTH_ROW.fullmatch(lines[i]) is None:
            i += 1
            continue
        width = len(GRID_CELL.findall(WIDTH_ROW.fullmatch(lines[i]).group("cells")))
        rows = []  # [label, [(start, cell text, centre)]]
        j = i
        while j < n:
            row = WIDTH_ROW.fullmatch(lines[j])
            if row is not None and len(GRID_CELL.findall(row.group("cells"))) == width:
                found = [(starts[j] + m.start(), m.group(0), (m.start() + m.end()) / 2) for m in GRID_CELL.finditer(lines[j], row.start("cells"))]
                rows.append([row.group("label").strip(), found])
                j += 1
            elif rows and re.fullmatch(r"[^\S\n]+\(?[^\W\d_][^\d\n]*", lines[j]) and len(lines[j]) - len(lines[j].lstrip()) <= 3:
                rows[-1][0] += " " + lines[j].strip()  # "Gross fixed capital" / "formation": a label run onto a second line
                j += 1
            elif not lines[j].strip() and j + 1 < n and WIDTH_ROW.fullmatch(lines[j + 1]):
                j += 1  # a blank line between groups of rows
            else:
                break
        if len(rows) < 3:
            i = max(j, i + 1)
            continue
        at = next((m for m in range(i - 1, max(-1, i - 3), -1) if lines[m].strip()), None)
        heads = _heads(lines[at], width) if at is not None else None
        if heads is None:
            i = j
            continue
        above = _heads(lines[at - 1], width) if at > 0 else None
        if above is not None and all(a[1] < h[2] and h[1] < a[2] for a, h in zip(above, heads)):
            # "February    January" over "2018        2018": a column's head over two lines
            heads = [(f"{a[0]} {h[0]}", min(a[1], h[1]), max(a[2], h[2])) for a, h in zip(above, heads)]
            at -= 1
        intro = next((lines[m] for m in range(at - 1, max(-1, at - 4), -1) if lines[m].strip()), "")
        columns = [h[0] for h in heads]
        for label, found in rows:
            ordered = sorted(found, key=lambda f: min(range(width), key=lambda c: abs((heads[c][1] + heads[c][2]) / 2 - f[2])))
            _add_rows([(label, [(start, cell) for start, cell, _ in ordered])], columns, "", intro, published, cells, values)
        spans.append((starts[i], starts[j - 1] + len(lines[j - 1])))
        i = j


def _heads(line: str, width: int) -> list | None:
    """Return the ``width`` column heads of an indented header line, with where each starts and ends, or None."""
    if len(line) - len(line.lstrip()) < 4:
        return None
    heads = [(h.group(0).strip(), h.start(), h.end()) for h in re.finditer(r"\S+(?: \S+)*", line)]
    return heads if len(heads) == width else None


def _add_rows(rows, columns, context, intro, published, cells, values) -> None:
    """Add the cells of ``rows`` ([(label, [(start of a cell's text, the text)])]) read under ``columns``."""
    change_all = bool(CHANGE_COLUMN.search(context) or GRID_BASIS.search(context))
    heading_basis = GRID_BASIS.search(context) or GRID_BASIS.search(intro)
    intro_basis = COLUMN_BASIS.search(intro)
    measure = GRID_MEASURE.search(intro)
    for label, row in rows:
        label_period = _grid_period(label, published)
        clean = re.sub(r"[*†‡]+$", "", label).strip()
        for (at, cell_text), column in zip(row, columns):
            cell = CELL_LINE.fullmatch(cell_text)
            if cell is None:
                if MONEY_CELL.match(cell_text):
                    unit = UNIT_IN_LABEL.search(clean)
                    name = clean[: unit.start()].strip() if unit else clean
                    cells[at] = TableCell(name, re.sub(r"[*†‡]+$", "", column).strip(), False, unit.group("unit") if unit else None, label_period or _grid_period(column, published))
                continue
            a, b = at + cell.start("cell"), at + cell.end("cell")
            number = cell.group("number").replace(",", "")
            value = float(number) * (-1 if cell.group("sign") in ("-", "–", "−") else 1)
            column_clean = re.sub(r"[*†‡]+$", "", column).strip()
            column_basis = COLUMN_BASIS.search(column)
            change = change_all or bool(CHANGE_COLUMN.search(column)) or column_basis is not None
            basis = None
            if column_basis is not None:
                basis = _basis_kind(column_basis)
                basis = None if basis == "prev" else basis
            elif heading_basis is not None:
                basis = {"monthly": "mom", "quarterly": "qoq"}.get(heading_basis.group("kind").lower(), "yoy")
            elif intro_basis is not None and change:
                basis = _basis_kind(intro_basis)
                if basis == "prev":
                    basis = _previous_period_kind(intro_basis)
            if label_period is not None:
                if label_period.text.isdigit():
                    basis = None if basis == "mom" else basis  # a year's row of a table of months: no month before it
                indicator = measure.group("name") if measure else ""
                cells[a] = TableCell(indicator, column_clean, change, None, label_period, basis)
            else:
                cells[a] = TableCell(clean, column_clean, change, None, _grid_period(column, published), basis)
            values[a] = (b, value, cell.group("pct") is not None)


def _grid_period(label: str, published: date | None) -> Period | None:
    """Return the period a row label or column header names ("Jan.16", "2016", "Q3 (Y/Y)"), or None."""
    match = GRID_PERIOD.match(label.strip())
    if match is None:
        return None
    rest = label.strip()[match.end() :].strip()
    if rest and not rest.startswith("("):
        return None  # "2016 budget": a name that opens with a year, not a period
    if match.group("month"):
        year = int(match.group("myear"))
        year = year + 2000 if year < 100 else year
        month = MONTH_NUMBERS[match.group("month").lower()[:3]]
        return _months(match.group(0), year, month, month)
    if match.group("year"):
        year = int(match.group("year"))
        return Period(match.group(0), f"{year}-01-01", f"{year}-12-31")
    n = int(match.group("q"))
    if match.group("qyear"):
        year = int(match.group("qyear"))
        year = year + 2000 if year < 100 else year
    elif published is not None:
        year = published.year if month_end(published.year, 3 * n) <= published else published.year - 1
    else:
        return None
    return _months(match.group(0), year, 3 * n - 2, 3 * n)
