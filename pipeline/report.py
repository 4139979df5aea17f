"""The review report: one self-contained HTML file of a ``polex extract`` run.

``build_report(OUTPUT_DIR, gold=..., corpus=...)`` gathers the run (per-article
JSON), the article texts and, with gold files, the scores of ``polex evaluate``;
``Report.to_html()`` renders it: an index of articles with counts and scores,
an inline SVG chart of per-article F1, and per article the text with every
record highlighted by displaCy's manual entity rendering, a hover panel with
the record's fields and ``rule_id``, and tables of the records. With gold,
false positives and misses are marked.

The page has no script and loads nothing: inline CSS only, and a Content
Security Policy that forbids scripts and requests, so an article that contains
``<script>`` shows it as text (it is escaped) and could not run it anyway.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from spacy import displacy
from spacy.displacy.render import DEFAULT_LABEL_COLORS
from spacy.displacy.templates import TPL_ENTS

from .corpus import Article, read_articles
from .evaluate import (
    AGREEMENT_FIELDS, GOLD_SUFFIX, Agreement, ArticleScore, CorpusScore, Counts, evaluate_paths,
)
from .frames import read_results

QUANTITY_KINDS = ("metrics", "growth_rates")
KIND_LABELS = {"metrics": "METRIC", "growth_rates": "GROWTH"}
KIND_NAMES = {"metrics": "metric", "growth_rates": "growth rate", "entities": "entity"}
# displaCy's own colours: its colour for numbers (MONEY, QUANTITY, PERCENT) for metrics,
# one of its free colours for growth rates, its label colours for entities, LAW's for POLICY.
COLORS = {
    **DEFAULT_LABEL_COLORS,
    "METRIC": DEFAULT_LABEL_COLORS["QUANTITY"],
    "GROWTH": DEFAULT_LABEL_COLORS["WORK_OF_ART"],
    "POLICY": DEFAULT_LABEL_COLORS["LAW"],
}
STATUS_NAMES = {
    "match": "matches gold",
    "loose": "matches gold, fields differ",
    "optional": "matches an optional gold record (not scored)",
    "fp": "false positive: not in gold",
    "fn": "missed: in gold, not extracted",
}

# displaCy's entity template with an id, the record's kind and status, and a hover panel.
TPL_RECORD = (
    '<mark class="entity polex-rec {status}" id="{rid}" data-kind="{kind}" data-record="{record}" tabindex="0" '
    'style="background: {bg}; padding: 0.45em 0.6em; margin: 0 0.25em; line-height: 1; border-radius: 0.35em;">'
    '{text}<span class="polex-label" style="font-size: 0.8em; font-weight: bold; line-height: 1; '
    'border-radius: 0.35em; vertical-align: middle; margin-left: 0.5rem">{label}</span>'
    '<span class="polex-tip" role="tooltip">{tip}</span></mark>'
)
_ENTS_PREFIX, _ENTS_SUFFIX = TPL_ENTS.format(content="\0", dir="ltr").split("\0")


# ---------------------------------------------------------------------------
# Placing records in the article


@dataclass(eq=False)  # compared by identity: two marks of one span are still two
class Highlight:
    """One marked stretch of the article: a record, an entity occurrence, or a missed gold record."""

    start: int
    end: int
    rid: str  # DOM id of the mark
    record: str  # id of the record it shows (an entity has one mark per occurrence)
    kind: str  # metrics, growth_rates, entities
    label: str
    status: str
    tip: str  # HTML of the hover panel
    order: int = 0
    children: list["Highlight"] = field(default_factory=list)


def quantity_span(record: Mapping[str, Any], text: str) -> tuple[int, int] | None:
    """Return where a metric or growth rate stands in ``text``: its offsets, else where its text first occurs.

    >>> quantity_span({"text": "up 5%", "start": 4, "end": 9}, "GDP up 5%")
    (4, 9)
    >>> quantity_span({"text": "up 5%", "start": 0, "end": 5}, "GDP up 5%")
    (4, 9)
    """
    needle, start, end = record.get("text") or "", record.get("start"), record.get("end")
    if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text) and text[start:end] == needle:
        return start, end
    at = text.find(needle) if needle else -1
    return (at, at + len(needle)) if at >= 0 else None


def entity_spans(names: Iterable[tuple[str, Any]], text: str) -> list[tuple[int, int, Any]]:
    """Return (start, end, key) where each name stands in ``text`` as whole words, never overlapping.

    ``names`` are (name, key) pairs; longer names are placed first, so a short
    name inside a longer one ("Qianhai" in "Qianhai Shekou Free Trade Zone") is
    not marked there. Case-sensitive, so an acronym ("US") does not mark a word ("us").

    >>> entity_spans([("Hong Kong", "hk"), ("HKMA", "hkma"), ("Hong Kong Monetary Authority", "hkma")],
    ...              "The Hong Kong Monetary Authority (HKMA) said Hong Kong grew.")
    [(4, 32, 'hkma'), (34, 38, 'hkma'), (45, 54, 'hk')]
    """
    found: list[tuple[int, int, Any]] = []
    for name, key in sorted({(n, k) for n, k in names if n and n.strip()}, key=lambda nk: -len(nk[0])):
        for match in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
            start, end = match.span()
            if not any(start < e and s < end for s, e, _ in found):
                found.append((start, end, key))
    return sorted(found, key=lambda span: span[0])


def _crosses(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two spans overlap with neither holding the other."""
    overlap = a[0] < b[1] and b[0] < a[1]
    nested = (a[0] <= b[0] and b[1] <= a[1]) or (b[0] <= a[0] and a[1] <= b[1])
    return overlap and not nested


def nest(highlights: Iterable[Highlight]) -> tuple[list[Highlight], list[Highlight]]:
    """Return the highlights as a forest (a mark inside another is its child), and those left out.

    displaCy marks cannot cross: a highlight that crosses an earlier one (neither
    holds the other) is left out of the text; its record still has its table row.
    """
    roots: list[Highlight] = []
    stack: list[Highlight] = []
    left_out = []
    for item in sorted(highlights, key=lambda h: (h.start, -h.end, h.order)):
        item.children = []
        while stack and item.start >= stack[-1].end:
            stack.pop()
        if stack and item.end > stack[-1].end:
            left_out.append(item)
            continue
        (stack[-1].children if stack else roots).append(item)
        stack.append(item)
    return roots, left_out


def _display_ents(text: str, nodes: Sequence[Highlight], offset: int) -> list[dict]:
    ents = []
    for node in nodes:
        params = {"rid": node.rid, "kind": node.kind, "record": node.record, "status": node.status, "tip": node.tip}
        if node.children:
            # a mark inside a mark: displaCy renders the inner text, which replaces the outer's escaped text
            params["text"] = _render_fragment(text[node.start:node.end], node.children, node.start)
        ents.append({"start": node.start - offset, "end": node.end - offset, "label": node.label, "params": params})
    return ents


def _displacy(text: str, ents: list[dict]) -> str:
    parsed = {"text": text, "ents": ents, "title": None}
    options = {"colors": COLORS, "template": TPL_RECORD}
    return displacy.render(parsed, style="ent", manual=True, jupyter=False, options=options)


def _render_fragment(text: str, nodes: Sequence[Highlight], offset: int) -> str:
    markup = _displacy(text, _display_ents(text, nodes, offset)).strip()
    prefix, suffix = _ENTS_PREFIX.strip(), _ENTS_SUFFIX.strip()
    if not (markup.startswith(prefix) and markup.endswith(suffix)):
        raise RuntimeError("displaCy's entity markup changed; update pipeline/report.py")
    return markup[len(prefix) : len(markup) - len(suffix)]


def render_text(text: str, highlights: Iterable[Highlight]) -> tuple[str, list[Highlight]]:
    """Return the article as displaCy markup with the highlights, and the highlights left out."""
    roots, left_out = nest(highlights)
    return _displacy(text, _display_ents(text, roots, 0)), left_out


# ---------------------------------------------------------------------------
# The report's data


@dataclass
class ArticleView:
    """One article of the report: its records, text, gold status and highlights."""

    index: int
    article: str
    published: str | None
    prediction: dict
    text: str | None
    source: str | None
    score: ArticleScore | None
    statuses: dict[str, str] = field(default_factory=dict)  # record id -> status
    disagree: dict[str, list[str]] = field(default_factory=dict)  # record id -> fields that differ
    missed: list[tuple[str, str, dict]] = field(default_factory=list)  # (record id, kind, gold record)
    placed: dict[str, list[str]] = field(default_factory=dict)  # record id -> DOM ids of its marks
    markup: str = ""

    def records(self, kind: str) -> list[tuple[str, dict]]:
        prefix = {"metrics": "m", "growth_rates": "g", "entities": "e"}[kind]
        return [(f"a{self.index}-{prefix}{n}", record) for n, record in enumerate(self.prediction.get(kind) or [], 1)]


@dataclass
class Report:
    """A run's articles, with the corpus score where gold files were given."""

    output_dir: str
    articles: list[ArticleView]
    score: CorpusScore | None
    notes: list[str]

    def to_html(self) -> str:
        return render_report(self)


def article_texts(corpus: Iterable[str | Path], wanted: Iterable[str]) -> dict[str, Article]:
    """Return the articles of ``wanted`` ids found in ``corpus``, read as ``polex extract`` reads them.

    ``corpus`` holds folders, files and feeds, as ``polex extract`` takes them; the
    first article found with an id wins. Stops reading once every id is found.
    """
    wanted, found = set(wanted), {}
    places = [p for p in map(Path, corpus) if p.exists()]
    if not wanted or not places:
        return found
    for article in read_articles(places):
        if isinstance(article, Article) and article.id in wanted and article.id not in found:
            found[article.id] = article
            if len(found) == len(wanted):
                break
    return found


def gold_files_of(gold: Iterable[str | Path], run: Iterable[str]) -> tuple[list[Path], list[str]]:
    """Return the gold files of the articles in ``run``, and the ids of gold files for other articles.

    ``gold`` holds ``<id>.gold.json`` files or folders searched for them, as for ``polex evaluate``.
    """
    run = set(run)
    files, others = [], []
    for place in map(Path, gold):
        if not place.exists():
            raise FileNotFoundError(f"{place}: no such gold file or folder")
        for path in sorted(place.rglob(f"*{GOLD_SUFFIX}")) if place.is_dir() else [place]:
            article = path.name.removesuffix(GOLD_SUFFIX)
            (files if article in run else others).append(path if article in run else article)
    return files, others


def _some(names: Sequence[str], shown: int = 5) -> str:
    """Return the first names of a list, for a note.

    >>> _some(["a", "b"]), _some("abcdefg", 3)
    ('a, b', 'a, b, c, ...')
    """
    return ", ".join(names[:shown]) + (", ..." if len(names) > shown else "")


def _take(items: list, item: Any) -> bool:
    """Remove one element equal to ``item`` from ``items``; return whether there was one."""
    for n, candidate in enumerate(items):
        if candidate == item:
            del items[n]
            return True
    return False


def _classify(view: ArticleView) -> None:
    """Set the gold status of each predicted record, and list the missed gold records."""
    score = view.score
    if score is None:
        return
    for kind in (*QUANTITY_KINDS, "entities"):
        false_positives = [miss.record for miss in score.false_positives if miss.kind == kind]
        matches = [(match.pred, match) for match in score.matches if match.kind == kind]
        for rid, record in view.records(kind):
            if _take(false_positives, record):
                view.statuses[rid] = "fp"
                continue
            found = next((m for p, m in matches if p == record), None)
            if found is not None:
                matches.remove((found.pred, found))
                disagree = [name for name, agrees in found.agreement.items() if not agrees]
                view.statuses[rid] = "loose" if disagree else "match"
                view.disagree[rid] = disagree
            elif kind == "entities":
                view.statuses[rid] = "match"
            else:
                view.statuses[rid] = "optional"
    for n, miss in enumerate(score.false_negatives, 1):
        view.missed.append((f"a{view.index}-x{n}", miss.kind, dict(miss.record)))


def build_report(
    output_dir: str | Path, gold: Sequence[str | Path] = (), corpus: Sequence[str | Path] = ()
) -> Report:
    """Return the report of the run in ``output_dir``.

    ``gold`` holds ``<id>.gold.json`` files or folders (scored as ``polex evaluate``
    does); ``corpus`` holds the articles (folders, files, feeds) that the run was
    extracted from, searched for each article id. An output's own ``source``
    field, where it names a file, is read first.
    """
    output_dir = Path(output_dir)
    if not output_dir.is_dir():
        raise FileNotFoundError(f"{output_dir}: no such folder; run polex extract ARTICLES -o {output_dir} first")
    predictions = {str(result.get("article")): result for result in read_results(output_dir)}
    notes = []
    score = None
    if gold:
        gold_files, unrun = gold_files_of(gold, predictions)
        if unrun:
            notes.append(f"{len(unrun)} gold file(s) have no article in this run and are not scored: {_some(unrun)}.")
        score = evaluate_paths(gold_files, output_dir) if gold_files else None
    scores = {str(article.article): article for article in score.articles} if score else {}
    ids = set(predictions) | set(scores)
    # a prediction's own "source" (the file it was extracted from), where it has one, comes first
    sources = [r["source"] for r in predictions.values() if isinstance(r.get("source"), str)]
    sources = [source for source in sources if Path(source).is_file()]
    texts = article_texts([*sources, *corpus], ids)
    if not predictions:
        notes.append(f"{output_dir} holds no per-article polex/1 JSON files.")
    views = []
    for index, article in enumerate(sorted(ids), 1):
        prediction = predictions.get(article) or {"article": article, "metrics": [], "growth_rates": [], "entities": []}
        found = texts.get(article)
        view = ArticleView(
            index, article, prediction.get("published"), prediction, found.text if found else None,
            found.source if found else None, scores.get(article),
        )
        _classify(view)
        _highlight(view)
        views.append(view)
    missing = [view.article for view in views if view.text is None]
    if missing:
        notes.append(
            f"No article text for {len(missing)} article(s) ({_some(missing)}): "
            "their records are listed but not highlighted; pass --corpus DIR with the <id>.txt files."
        )
    return Report(str(output_dir), views, score, notes)


# ---------------------------------------------------------------------------
# HTML


def _esc(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _number(value: Any) -> str:
    """Return a value as an analyst reads it.

    >>> _number(186400000000), _number(8.2), _number(None)
    ('186,400,000,000', '8.2', '')
    """
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e18:
        value = int(value)
    return f"{value:,}" if isinstance(value, (int, float)) else str(value)


def _many(count: int, noun: str, plural: str | None = None) -> str:
    """Return a count with its noun.

    >>> _many(1, "article"), _many(3, "entity", "entities")
    ('1 article', '3 entities')
    """
    return f"{count} {noun if count == 1 else plural or noun + 's'}"


def _period(record: Mapping[str, Any]) -> str:
    period = record.get("period") or {}
    if not period:
        return ""
    bounds = f"{period.get('start') or '…'} to {period.get('end') or '…'}"
    return f"{period.get('text') or ''} ({bounds})"


QUANTITY_FIELDS = (
    ("value", lambda r: _number(r.get("value"))),
    ("unit", lambda r: r.get("unit")),
    ("indicator", lambda r: r.get("indicator")),
    ("subject", lambda r: r.get("subject")),
    ("period", _period),
    ("qualifier", lambda r: r.get("qualifier")),
)
GROWTH_FIELDS = QUANTITY_FIELDS[:3] + (
    ("direction", lambda r: r.get("direction")),
    ("basis", lambda r: r.get("basis")),
    ("from", lambda r: _number(r.get("from_value"))),
    ("to", lambda r: _number(r.get("to_value"))),
) + QUANTITY_FIELDS[3:]
ENTITY_FIELDS = (
    ("label", lambda r: r.get("label")),
    ("aliases", lambda r: "; ".join(r.get("aliases") or [])),
    ("title", lambda r: r.get("title")),
    ("organization", lambda r: r.get("organization")),
    ("mentions", lambda r: r.get("mentions")),
)
FIELDS = {"metrics": QUANTITY_FIELDS, "growth_rates": GROWTH_FIELDS, "entities": ENTITY_FIELDS}


def _status_text(status: str, disagree: Sequence[str] = ()) -> str:
    text = STATUS_NAMES.get(status, "")
    return f"{text}: {', '.join(disagree)}" if disagree else text


def _tip(kind: str, record: Mapping[str, Any], status: str, disagree: Sequence[str] = ()) -> str:
    """Return the hover panel of a record: its kind, text, fields, rule_id and gold status."""
    title = KIND_NAMES[kind] + (" (gold)" if status == "fn" else "")
    rows = [("text", record.get("text"))] + [(name, get(record)) for name, get in FIELDS[kind]]
    if status != "fn":
        rows.append(("rule_id", record.get("rule_id")))
    if status:
        rows.append(("gold", _status_text(status, disagree)))
    cells = "".join(f"<dt>{_esc(name)}</dt><dd>{_esc(value)}</dd>" for name, value in rows if value not in (None, ""))
    return f'<b class="polex-tip-title">{_esc(title)}</b><dl>{cells}</dl>'


def _label(kind: str, record: Mapping[str, Any]) -> str:
    return KIND_LABELS.get(kind) or str(record.get("label", "ENTITY"))


def _highlight(view: ArticleView) -> None:
    """Place every record, entity occurrence and missed gold record in the text, and render it."""
    if view.text is None:
        return
    text, items, order = view.text, [], 0

    def add(rid, dom_id, kind, record, status, span):
        nonlocal order
        order += 1
        label = _label(kind, record) if status != "fn" else f"MISSED {_label(kind, record)}"
        tip = _tip(kind, record, status, view.disagree.get(rid, ()))
        items.append(Highlight(*span, dom_id, rid, kind, label, status, tip, order))

    quantities = [
        (rid, kind, record, view.statuses.get(rid, "")) for kind in QUANTITY_KINDS for rid, record in view.records(kind)
    ]
    quantities += [(rid, kind, record, "fn") for rid, kind, record in view.missed if kind != "entities"]
    for rid, kind, record, status in quantities:
        span = quantity_span(record, text)
        if span:
            add(rid, rid, kind, record, status, span)
    _, crossing = nest(list(items))
    quantity_spans = [(h.start, h.end) for h in items if h not in crossing]
    predicted = [(rid, record, view.statuses.get(rid, "")) for rid, record in view.records("entities")]
    missed = [(rid, record, "fn") for rid, kind, record in view.missed if kind == "entities"]
    # predicted and missed entities are placed apart, so that a missed longer name
    # ("... Queen Elizabeth II") holds the predicted shorter one rather than hiding it
    for entities in (predicted, missed):
        by_rid = {rid: (record, status) for rid, record, status in entities}
        names = [(name, rid) for rid, record, _ in entities for name in [record.get("text"), *(record.get("aliases") or [])]]
        occurrences: dict[str, int] = {}
        for start, end, rid in entity_spans(names, text):
            # an occurrence may sit inside a quantity's mark or hold one, never cross one
            if any(_crosses((start, end), span) for span in quantity_spans):
                continue
            occurrences[rid] = occurrences.get(rid, 0) + 1
            record, status = by_rid[rid]
            add(rid, f"{rid}-{occurrences[rid]}", "entities", record, status, (start, end))
    view.markup, left_out = render_text(text, items)
    left = {h.rid for h in left_out}
    for h in items:
        if h.rid not in left:
            view.placed.setdefault(h.record, []).append(h.rid)


CSS = """
body { font-family: -apple-system, BlinkMacSystemFont, 'Segoe UI', Helvetica, Arial, sans-serif; margin: 0; padding: 1.5rem 2rem; color: #222; font-size: 15px; }
h1 { margin: 0 0 .3rem; } h2 { margin-top: 2.5rem; border-top: 2px solid #ccc; padding-top: 1rem; } h3 { margin-bottom: .4rem; }
table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: 13px; }
th, td { border: 1px solid #ddd; padding: .25rem .5rem; text-align: left; vertical-align: top; }
th { background: #f4f4f4; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
.row { display: flex; flex-wrap: wrap; gap: 0 2.5rem; align-items: flex-start; }
.meta { color: #555; } .note { background: #fff6d6; border: 1px solid #e6cf7a; padding: .4rem .7rem; }
.legend mark { margin-right: .6rem; }
.entities { border: 1px solid #ddd; border-radius: .4rem; padding: 1rem 1.2rem; max-width: 70rem; }
.polex-rec { position: relative; }
.polex-rec .polex-rec { padding: 0.15em 0.3em !important; margin: 0 0.1em !important; }
mark.fp { outline: 2px dashed #d62728; outline-offset: 1px; }
mark.fn { background: repeating-linear-gradient(135deg, #fff, #fff 4px, #fde0e0 4px, #fde0e0 8px) !important; border: 2px solid #d62728; }
mark.fn > .polex-label { color: #b00; }
mark.loose { outline: 2px dotted #e6a700; outline-offset: 1px; }
.polex-tip { display: none; position: absolute; left: 0; top: 100%; z-index: 10; min-width: 20rem; max-width: 32rem; background: #fff; color: #222;
  border: 1px solid #888; border-radius: .3rem; box-shadow: 0 2px 8px rgba(0,0,0,.25); padding: .4rem .6rem; font-size: 13px; font-weight: normal; line-height: 1.35; white-space: normal; }
.polex-tip dl { display: grid; grid-template-columns: max-content auto; gap: .1rem .6rem; margin: .3rem 0 0; } .polex-tip dt { color: #666; } .polex-tip dd { margin: 0; }
.polex-rec:hover:not(:has(.polex-rec:hover)) > .polex-tip, .polex-rec:focus > .polex-tip, .polex-rec:target > .polex-tip { display: block; }
.polex-rec:target { box-shadow: 0 0 0 3px #1f77b4; }
tr.fp td:first-child { border-left: 4px solid #d62728; } tr.fn td:first-child { border-left: 4px solid #d62728; background: #fde0e0; }
tr.loose td:first-child { border-left: 4px solid #e6a700; } tr.match td:first-child { border-left: 4px solid #2ca02c; }
tr:target { background: #e8f1fb; }
svg text { font-size: 11px; font-family: inherit; }
"""
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
SCORE_SERIES = (("quantity F1", "#1f77b4"), ("strict F1", "#ff7f0e"), ("entity F1", "#2ca02c"))


def _cell(value: Any, numeric: bool = False) -> str:
    return f'<td class="num">{_esc(value)}</td>' if numeric else f"<td>{_esc(value)}</td>"


def _table(head: Sequence[str], rows: Iterable[str], cls: str = "") -> str:
    heading = "".join(f"<th>{_esc(h)}</th>" for h in head)
    return f'<table class="{cls}"><thead><tr>{heading}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def _score_rows(counts: Sequence[Counts], prefix: str) -> list[str]:
    return [
        f"<tr><th>{_esc(prefix)} {name}</th>" + "".join(_cell(get(c), True) for c in counts) + "</tr>"
        for name, get in (
            ("P", lambda c: f"{c.precision:.3f}"),
            ("R", lambda c: f"{c.recall:.3f}"),
            ("F1", lambda c: f"{c.f1:.3f}"),
            ("tp/fp/fn", lambda c: f"{c.tp}/{c.fp}/{c.fn}"),
        )
    ]


def _rate(agreement: Agreement) -> str:
    return "-" if agreement.rate is None else f"{agreement.rate:.3f} ({agreement.agree}/{agreement.total})"


def summary_html(score: CorpusScore) -> str:
    """Return the corpus scores as the tables ``polex evaluate`` prints."""
    kinds = {"metrics": score.metrics, "growth_rates": score.growth_rates, "all": score.quantities}
    rows = _score_rows([s.quantity for s in kinds.values()], "quantity")
    for name in AGREEMENT_FIELDS["growth_rates"]:
        cells = []
        for kind_score in kinds.values():
            agreement = kind_score.agreement.get(name)
            cells.append(_cell("" if agreement is None else _rate(agreement), True))
        rows.append(f"<tr><th>agree {_esc(name)}</th>{''.join(cells)}</tr>")
    rows += _score_rows([s.strict for s in kinds.values()], "strict")
    quantities = _table(["", *kinds], rows, "summary")
    entities = score.entities
    rows = _score_rows([entities.labels_required, entities.labels_ignored], "entity")
    for name, agreement in entities.person.items():
        rows.append(f"<tr><th>agree PERSON {_esc(name)}</th>{_cell(_rate(agreement), True)}<td></td></tr>")
    entity_table = _table(["", "labels required", "labels ignored"], rows, "summary")
    warnings = "".join(f"<li>{_esc(w)}</li>" for w in score.warnings)
    return (
        f"<div><h3>Quantities</h3>{quantities}</div><div><h3>Entities</h3>{entity_table}"
        + (f'<h3>Warnings</h3><ul class="note">{warnings}</ul>' if warnings else "")
        + "</div>"
    )


def _article_scores(view: ArticleView) -> tuple[float, float, float] | None:
    if view.score is None:
        return None
    return view.score.quantities.quantity.f1, view.score.quantities.strict.f1, view.score.entities.labels_required.f1


def chart_svg(views: Sequence[ArticleView]) -> str:
    """Return an inline SVG bar chart of each scored article's quantity, strict and entity F1."""
    scored = [(view, _article_scores(view)) for view in views if view.score is not None]
    if not scored:
        return ""
    label_w, bar_w, bar_h, gap, top = 230, 320, 6, 8, 28
    row_h = bar_h * len(SCORE_SERIES) + gap
    height = top + row_h * len(scored) + 18
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" width="{label_w + bar_w + 60}" height="{height}" '
        f'aria-label="F1 per article">'
    ]
    for n, (name, color) in enumerate(SCORE_SERIES):
        x = label_w + n * 105
        parts.append(f'<rect x="{x}" y="6" width="10" height="10" fill="{color}"/><text x="{x + 14}" y="15">{_esc(name)}</text>')
    for row, (view, values) in enumerate(scored):
        y = top + row * row_h
        short = view.article if len(view.article) <= 34 else view.article[:33] + "…"
        parts.append(
            f'<a href="#a{view.index}"><text x="{label_w - 6}" y="{y + row_h / 2}" text-anchor="end">'
            f"<title>{_esc(view.article)}</title>{_esc(short)}</text></a>"
        )
        for n, ((name, color), value) in enumerate(zip(SCORE_SERIES, values)):
            parts.append(
                f'<rect class="bar" data-article="{_esc(view.article)}" data-series="{_esc(name)}" data-value="{value:.3f}" '
                f'x="{label_w}" y="{y + n * bar_h}" width="{value * bar_w:.1f}" height="{bar_h - 1}" fill="{color}">'
                f"<title>{_esc(view.article)}: {_esc(name)} {value:.3f}</title></rect>"
            )
    axis_y = top + row_h * len(scored)
    for tick in (0, 0.5, 1):
        x = label_w + tick * bar_w
        parts.append(
            f'<line x1="{x}" y1="{top - 2}" x2="{x}" y2="{axis_y}" stroke="#bbb" stroke-dasharray="2,2"/>'
            f'<text x="{x}" y="{axis_y + 12}" text-anchor="middle">{tick:g}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _counts(view: ArticleView) -> tuple[int, int, int]:
    return tuple(len(view.prediction.get(kind) or []) for kind in (*QUANTITY_KINDS, "entities"))


def index_html(views: Sequence[ArticleView], with_gold: bool) -> str:
    head = ["article", "published", "metrics", "growth rates", "entities"]
    if with_gold:
        head += ["quantity F1", "strict F1", "entity F1", "false positives", "missed"]
    rows = []
    for view in views:
        cells = f'<td><a href="#a{view.index}">{_esc(view.article)}</a></td>{_cell(view.published)}'
        cells += "".join(_cell(n, True) for n in _counts(view))
        if with_gold:
            values = _article_scores(view)
            if values is None:
                cells += '<td colspan="5">no gold file</td>'
            else:
                cells += "".join(_cell(f"{v:.3f}", True) for v in values)
                cells += _cell(len(view.score.false_positives), True) + _cell(len(view.score.false_negatives), True)
        rows.append(f'<tr data-article="{_esc(view.article)}">{cells}</tr>')
    return f'<section id="index"><h2>Articles</h2>{_table(head, rows, "index")}</section>'


def _where(view: ArticleView, rid: str, record: Mapping[str, Any]) -> str:
    """Return a record's text, linked to its (first) mark in the article."""
    marks, text = view.placed.get(rid, []), _esc(record.get("text"))
    if not marks:
        return f"<td>{text} <i>(not marked in the text)</i></td>"
    found = f" <small>({len(marks)} found)</small>" if len(marks) > 1 else ""
    return f'<td><a href="#{marks[0]}">{text}</a>{found}</td>'


NUMERIC_FIELDS = ("value", "from", "to", "mentions")


def _record_rows(view: ArticleView, kind: str) -> list[str]:
    rows = []
    for rid, record in view.records(kind):
        status = view.statuses.get(rid, "")
        cells = _where(view, rid, record) + "".join(_cell(get(record), name in NUMERIC_FIELDS) for name, get in FIELDS[kind])
        cells += _cell(record.get("rule_id"))
        if view.score is not None:
            cells += _cell(_status_text(status, view.disagree.get(rid, ())))
        rows.append(f'<tr id="row-{rid}" class="{status}" data-kind="{kind}">{cells}</tr>')
    return rows


def _missed_rows(view: ArticleView) -> list[str]:
    rows = []
    for rid, kind, record in view.missed:
        detail = record.get("label") if kind == "entities" else f"{_number(record.get('value'))} {record.get('unit', '')}"
        name = record.get("indicator") if kind != "entities" else ""
        rows.append(
            f'<tr id="row-{rid}" class="fn" data-kind="{kind}">{_where(view, rid, record)}{_cell(KIND_NAMES[kind])}'
            f"{_cell(detail)}{_cell(name)}{_cell(_period(record))}</tr>"
        )
    return rows


def article_html(view: ArticleView) -> str:
    metrics, growth_rates, entities = _counts(view)
    counts = f"{_many(metrics, 'metric')}, {_many(growth_rates, 'growth rate')}, {_many(entities, 'entity', 'entities')}"
    meta = [f"published {_esc(view.published or 'unknown')}", counts]
    if view.source:
        meta.append(f"source {_esc(view.source)}")
    values = _article_scores(view)
    if values is not None:
        meta.append("quantity F1 {:.3f}, strict F1 {:.3f}, entity F1 {:.3f}".format(*values))
        meta.append(f"{len(view.score.false_positives)} false positives, {len(view.score.false_negatives)} missed")
    if view.text is None:
        body = '<p class="note">Article text not found, so nothing is highlighted: pass --corpus DIR with this article.</p>'
    else:
        body = view.markup
    gold_head = ["gold"] if view.score is not None else []
    tables = [
        ("Metrics", "metrics", ["text", *(n for n, _ in QUANTITY_FIELDS), "rule_id", *gold_head]),
        ("Growth rates", "growth_rates", ["text", *(n for n, _ in GROWTH_FIELDS), "rule_id", *gold_head]),
        ("Entities", "entities", ["text", *(n for n, _ in ENTITY_FIELDS), "rule_id", *gold_head]),
    ]
    parts = [
        f'<section class="article" id="a{view.index}" data-article="{_esc(view.article)}">',
        f"<h2>{_esc(view.article)}</h2><p class=\"meta\">{' · '.join(meta)}</p>",
        body,
    ]
    for title, kind, head in tables:
        rows = _record_rows(view, kind)
        parts.append(f"<h3>{title} ({len(rows)})</h3>" + (_table(head, rows, kind) if rows else "<p>None.</p>"))
    if view.missed:
        parts.append(
            f"<h3>Missed: in gold, not extracted ({len(view.missed)})</h3>"
            + _table(["text", "kind", "value or label", "indicator", "period"], _missed_rows(view), "missed")
        )
    parts.append('<p><a href="#index">back to the index</a></p></section>')
    return "".join(parts)


def _legend(with_gold: bool) -> str:
    samples = [("METRIC", "metric"), ("GROWTH", "growth rate"), ("ORG", "entity (colour by label)")]
    marks = "".join(
        f'<mark class="entity" style="background: {COLORS[label]}; padding: 0.3em 0.5em; border-radius: 0.35em;">{_esc(name)}'
        f' <b style="font-size: .8em">{label}</b></mark>'
        for label, name in samples
    )
    if with_gold:
        marks += (
            '<mark class="entity fp" style="background: #eee; padding: 0.3em 0.5em;">false positive</mark>'
            '<mark class="entity loose" style="background: #eee; padding: 0.3em 0.5em;">fields differ</mark>'
            '<mark class="entity fn" style="padding: 0.3em 0.5em;">missed (gold)</mark>'
        )
    return f'<p class="legend">{marks} Hover over or tab to a mark for its fields and rule_id.</p>'


def render_report(report: Report) -> str:
    """Return the report as one self-contained HTML page (inline CSS, no script, nothing fetched)."""
    with_gold = report.score is not None
    totals = [sum(_counts(view)[n] for view in report.articles) for n in range(3)]
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        f"<title>polex review: {_esc(report.output_dir)}</title><style>{CSS}</style></head><body>",
        f"<h1>polex review report</h1><p class=\"meta\">run <code>{_esc(report.output_dir)}</code>: "
        f"{_many(len(report.articles), 'article')}, {_many(totals[0], 'metric')}, "
        f"{_many(totals[1], 'growth rate')}, {_many(totals[2], 'entity', 'entities')}</p>",
        _legend(with_gold),
        *(f'<p class="note">{_esc(note)}</p>' for note in report.notes),
    ]
    if with_gold:
        chart = chart_svg(report.articles)
        parts.append(
            f'<section id="summary"><h2>Scores against gold ({_many(len(report.score.articles), "article")})</h2>'
            f'<div class="row">{summary_html(report.score)}'
            + (f'<div id="chart"><h3>F1 per article</h3>{chart}</div>' if chart else "")
            + "</div></section>"
        )
    parts.append(index_html(report.articles, with_gold))
    parts += [article_html(view) for view in report.articles]
    parts.append("</body></html>\n")
    return "\n".join(parts)


def write_report(
    output_dir: str | Path, out_file: str | Path, gold: Sequence[str | Path] = (), corpus: Sequence[str | Path] = ()
) -> Report:
    """Build the report of ``output_dir``, write it to ``out_file`` as HTML, and return it."""
    from .export import atomic_write_text

    report = build_report(output_dir, gold, corpus)
    atomic_write_text(Path(out_file), report.to_html())
    return report
