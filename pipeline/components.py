"""spaCy components of polex, registered as factories named ``polex*``.

``nlp.add_pipe("polex")`` adds the whole extraction after the model's own NER:
a span ruler over ``rules/entity_patterns.jsonl`` that adds named zones and
policies to ``doc.ents``, then the record extraction, whose result is
``doc._.polex`` (an :class:`~pipeline.records.ArticleResult`). The rules are
saved with the pipeline (``to_disk``) and loaded back (``from_disk``), so a
saved pipeline carries its rules.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .entities import BODY_NOUNS, PORTFOLIO_WORDS, TEXT_KEY, doc_text
from .extract import DATELINE_DATE, HEADLINE_LINE, DocExtractor
from .lexicons import Lexicons, load_lexicons, rules_fingerprint
from .records import ArticleResult, result_from_dict
from .tables import GRID_KEY, grid_tables

RESULT_KEY = "polex_result"
ARTICLE_KEY = "polex_article"
PUBLISHED_KEY = "polex_published"
COUNTRY_KEY = "polex_country"
QUOTE_TOKENS = {'"', "“", "”", "'", "‘", "’"}


EXTRACTION_MODULES = ("components", "extract", "quantities", "entities", "normalize", "records", "lexicons")


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Return a short hash of the source of the modules that turn text into records."""
    import hashlib

    digest = hashlib.sha256()
    for name in EXTRACTION_MODULES:
        digest.update((Path(__file__).parent / f"{name}.py").read_bytes())
    return digest.hexdigest()[:8]


def _get_result(doc: Doc) -> ArticleResult | None:
    data = doc.user_data.get(RESULT_KEY)
    if data is None:
        return None
    # Kept as plain data on the Doc so that it survives nlp.pipe(n_process=N) and
    # Doc.to_bytes(); the frozen records are built when asked for.
    return result_from_dict(data)


if not Doc.has_extension("polex"):
    Doc.set_extension("polex", getter=_get_result)


class EntityRules:
    """The token patterns of ``rules/entity_patterns.jsonl``, matched where they can match.

    Every pattern needs some word: one of a short list ("... Plan", "... Zone", "...
    Committee", "GST"), or one of a shape ("EU27", "G20"). A pattern is matched only in a
    window of tokens around such a word, which gives the same spans as matching the whole text
    (a window is wider than any name) at a fraction of the cost: a run of capitalised words is
    tried only near a head word, and the matcher does not walk the whole text for a word that
    is not there.
    """

    WINDOW = 20  # tokens either side of a head word; the longest name the rules find is 14

    def __init__(self, vocab, patterns) -> None:
        # patterns that need the same word share a matcher, run only around that word
        self.groups: dict[tuple, Matcher] = {}
        self.labels: dict[int, tuple[str, str]] = {}
        for row in patterns:
            key = f"{row['label']}\t{row['id']}"
            self.labels[vocab.strings.add(key)] = (row["label"], row["id"])
            words = _anchor_words(row["pattern"])
            if words is not None:
                attr, values, titled = words
                anchor = (attr, frozenset(values), titled)
            else:
                shape = next((
                    t["TEXT"]["REGEX"] for t in row["pattern"]
                    if t.get("OP") not in ("?", "*", "!") and isinstance(t.get("TEXT"), dict) and "REGEX" in t["TEXT"]
                ), None)
                if shape is None:
                    raise ValueError(f"entity pattern {row['id']!r} needs no listed word and no word of a shape: it cannot be anchored")
                anchor = ("REGEX", re.compile(shape), False)
            if anchor not in self.groups:
                self.groups[anchor] = Matcher(vocab, validate=True)
            self.groups[anchor].add(key, [row["pattern"]])

    def __call__(self, doc: Doc) -> list[Span]:
        """Return the rule spans of ``doc``, deduplicated and sorted, as SpanRuler.match gives them."""
        found = set()
        window = self.WINDOW
        # one pass over the tokens: where each word and each lower-cased word stands
        texts, by_text, by_lower, titles = [], {}, {}, set()
        for t in doc:
            texts.append(t.text)
            by_text.setdefault(t.text, []).append(t.i)
            by_lower.setdefault(t.lower_, []).append(t.i)
            if t.is_title:
                titles.add(t.i)
        for (attr, values, titled), matcher in self.groups.items():
            if attr == "REGEX":
                hits = [i for i, text in enumerate(texts) if values.search(text)]
            elif attr == "ORTH":
                hits = sorted(i for value in values for i in by_text.get(value, ()))
            else:
                hits = sorted(i for value in values for i in by_lower.get(value, ()) if i in titles or not titled)
            spans: list[list[int]] = []
            for i in hits:
                start, end = max(0, i - window), min(len(doc), i + window + 1)
                if spans and start <= spans[-1][1]:
                    spans[-1][1] = end
                else:
                    spans.append([start, end])
            for start, end in spans:
                found.update((key, start + s, start + e) for key, s, e in matcher(doc[start:end]))
        return sorted({
            Span(doc, s, e, label=self.labels[key][0], span_id=self.labels[key][1])
            for key, s, e in found if s != e
        })


# words too common to anchor a pattern on: a window around each would cover most of a text
_FUNCTION_WORDS = {"of", "for", "on", "in", "and", "to", "the", "a", "an", "-", "(", ")", ","}


def _listed_words(token: dict, attr: str) -> list[str] | None:
    """Return the words a pattern token requires for ``attr`` (one value or an IN list), or None."""
    value = token.get(attr)
    return [value] if isinstance(value, str) else value.get("IN") if isinstance(value, dict) else None


def _anchor_words(pattern: list[dict]) -> tuple[str, list[str], bool] | None:
    """Return the attribute and words of the most selective token a pattern cannot match
    without (one with a LOWER or ORTH value or list), and whether that token must be in title
    case, or None if it has none."""
    best = None
    for token in pattern:
        if token.get("OP") in ("?", "*", "!"):
            continue
        for attr in ("LOWER", "ORTH"):
            words = _listed_words(token, attr)
            if words and (best is None or len(words) < len(best[1])) and not set(words) & _FUNCTION_WORDS:
                best = (attr, [w.lower() if attr == "LOWER" else w for w in words], token.get("IS_TITLE") is True)
    return best


class PolexComponent:
    """Adds polex's entity rules to ``doc.ents`` and its records to ``doc._.polex``."""

    def __init__(self, nlp: Language, name: str = "polex", rules_dir: str | None = None):
        self.nlp = nlp
        self.name = name
        self.rules_dir = rules_dir
        self._lexicons: Lexicons | None = None
        # spacy.load() of a saved pipeline builds this component from its config, whose
        # rules_dir may be a folder of another machine, then from_disk() gives it the saved
        # rules; so a missing rules_dir is only an error if the rules are used before that.
        if rules_dir is None or Path(rules_dir).is_dir():
            self._use(load_lexicons(rules_dir))

    @property
    def lexicons(self) -> Lexicons:
        if self._lexicons is None:
            self._use(load_lexicons(self.rules_dir))  # raises RuleFileError naming the folder
        return self._lexicons

    def _use(self, lexicons: Lexicons) -> None:
        self._lexicons = lexicons
        self.ruler = EntityRules(self.nlp.vocab, lexicons.entity_patterns)
        self.extractor = DocExtractor(lexicons)
        self.title_words = {r["word"].lower() for r in lexicons.titles}
        self.entity_regex = [(r["id"], r["label"], re.compile(r["regex"])) for r in lexicons.entity_regex]
        # the countries and regions the rules know, by name: "Sweden: Economic growth revised downward"
        self.place_names = frozenset(
            [r["country"] for r in lexicons.countries] + [r["region"] for r in lexicons.regions]
        )
        # and their cities, which open a story's dateline in capitals: "IPOH: Perak is set ..."
        self.dateline_names = self.place_names | {r["city"] for r in lexicons.cities}
        self.regions = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        for row in lexicons.regions:
            name = row["region"]
            self.regions.add(row["id"], [self.nlp.make_doc(name), self.nlp.make_doc(name.upper())])

    @property
    def rules_hash(self) -> str:
        return rules_fingerprint(self.lexicons)

    def __call__(self, doc: Doc) -> Doc:
        self.lexicons  # noqa: B018 - loads the rules if neither __init__ nor from_disk did
        ents = self._annotate_entities(doc)
        result = self.extractor.extract(
            doc, article=doc.user_data.get(ARTICLE_KEY, ""), published=doc.user_data.get(PUBLISHED_KEY),
            country=doc.user_data.get(COUNTRY_KEY), ents=ents,
        )
        doc.user_data.pop("_polex_ent_index", None)
        doc.user_data.pop(TEXT_KEY, None)
        doc.user_data[RESULT_KEY] = result.to_dict()
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        for doc in docs:
            yield self(doc)

    def _annotate_entities(self, doc: Doc) -> tuple[Span, ...]:
        """Set ``doc.ents`` to the model's entities with polex's rules applied, and return them in
        order, as ``doc.ents`` gives them."""
        model_ents = [self._last_line(doc, e) if "\n" in e.text else e for e in doc.ents]
        model_ents = [e for e in model_ents if e is not None]
        matches = self.ruler(doc)
        spans = []
        for span in matches:
            # rule spans are trimmed of quotes and leading words that are not part of a name
            start, end = span.start, span.end
            while start < end and (doc[start].text in QUOTE_TOKENS or doc[start].lower_ in ("the", "a", "an") or (doc[start].is_sent_start and doc[start].tag_ not in ("NNP", "NNPS"))):
                start += 1
            if span.label_ == "PERSON":
                # "Treasurer Jim Chalmers": the name is what follows the title
                while start < end - 1 and doc[start].lower_ in self.title_words:
                    start += 1
                if any(doc[k].lower_ in self.title_words or doc[k].lower_ in PORTFOLIO_WORDS for k in range(start, end)):
                    continue  # "Deputy | Finance Minister Piotr": more title, not a name; the model's name stands
            elif span.label_ == "ORG" and start > 1 and doc[start - 1].lower_ in ("for", "of") and doc[start - 2].lower_ in self.title_words:
                # "Secretary for Administration of the Hong Kong SAR Government": the words up to
                # "of the" belong to the title; the organisation is what follows
                for k in range(start, min(end - 1, start + 4)):
                    if doc[k].lower_ == "of":
                        start = k + 1 + (doc[k + 1].lower_ == "the")
                        break
            if span.label_ == "ORG":
                # "Bank of Japan Governor Kazuo Ueda": the institution ends before the title,
                # and a portfolio word before it ("Finance Minister") belongs to the title
                for k in range(start + 1, end):
                    if doc[k].lower_ in self.title_words:
                        end = k
                        while end > start and doc[end - 1].lower_ in PORTFOLIO_WORDS:
                            end -= 1
                        break
                if end - start == 1 and doc[start].ent_type_ == "GPE" and span.id_ != "org_country_group":
                    continue  # what is left is a place the model already named (a group of countries is a body)
            while end > start and (doc[end - 1].text in QUOTE_TOKENS or doc[end - 1].lower_ in ("and", "&", "of", "the", "for", "-")):
                end -= 1
            for k in range(end - 1, start, -1):
                if doc[k].tag_ == "POS" and doc[k - 1].lower_ not in COLLECTIVE_OWNERS:
                    start = k + 1  # "the Bank's Monetary Policy Committee": the name starts after the owner
                    break
            if end > start:
                spans.append(Span(doc, start, end, label=span.label_, span_id=span.id_))
        text = doc_text(doc)
        for rule_id, label, pattern in self.entity_regex:
            for match in pattern.finditer(text):
                span = _name_span(doc, match.start("name"), match.end("name"), label)
                if span is not None:
                    spans.append(Span(doc, span.start, span.end, label=label, span_id=rule_id))
        # rules win over the model where they overlap; the longest span wins among rules
        rule_spans = filter_spans(spans)
        taken = set()
        for span in rule_spans:
            taken.update(range(span.start, span.end))
        # a wire's instrument code ("PHCPI=ECI", "JP10YTN=JBTC") names no entity
        kept = [
            e for e in model_ents
            if not taken.intersection(range(e.start, e.end))
            and "=" not in e.text and text[e.start_char - 1 : e.start_char] != "=" and text[e.end_char : e.end_char + 1] != "="
        ]
        ents = self._regions(doc, _possessive_names(doc, sorted(kept + rule_spans, key=lambda s: s.start)))
        ents = _datelines(doc, [e for e in ents if not _capitals_heading(e)], self.place_names, self.dateline_names)
        doc.ents = ents
        return tuple(sorted(ents, key=lambda e: e.start))

    def _last_line(self, doc: Doc, ent: Span) -> Span | None:
        """Return the part of a model entity on its last line, or None.

        The model reads a heading and the name under it as one name ("Media Conference –
        Monetary Policy Decision\n\nMichele Bullock" ORG); a name never runs over a line
        break. A name left alone on its line and followed by a title ("Michele Bullock,
        Governor") is a person's.
        """
        end = ent.end
        while end > ent.start and doc[end - 1].is_space:
            end -= 1  # "Abuja\n\n": white space the model took in at the end
        breaks = [t.i for t in doc[ent.start : end] if "\n" in t.text]
        start = breaks[-1] + 1 if breaks else ent.start
        if start >= end:
            return None
        ent = Span(doc, ent.start, end, label=ent.label_, span_id=ent.id_)
        label = ent.label_
        words = doc[start : ent.end].text
        after = doc[ent.end : min(len(doc), ent.end + 12)].text  # what follows the name on its line
        if label in ("ORG", "FAC", "PRODUCT") and re.fullmatch(r"[A-Z][a-z]+(?:\s[A-Z][a-z]+){1,2}", words):
            title = re.match(r",[ \t]*(?:[A-Z][\w-]*[ \t]+){0,2}(?P<word>[A-Za-z-]+)", after)
            if title and title.group("word").lower() in self.title_words:
                label = "PERSON"
        return Span(doc, start, ent.end, label=label, span_id=ent.id_)

    def _regions(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """Return ``ents`` with the known regions of ``rules/regions.tsv`` as places (GPE).

        The model takes a state or province for an organisation or a person ("Maharashtra
        Finance" ORG, "Ontario" in "Ontario Finance Minister" untagged). A region alone, or
        followed only by portfolio and title words, is a place; a longer name it begins
        ("Bank of Ontario", "New York Fed") is left as the model has it.
        """
        matches = self.regions(doc)
        if not matches:
            return ents
        by_token = {i: e for e in ents for i in range(e.start, e.end)}
        replaced: dict[int, Span] = {}
        added = []
        for match in filter_spans([Span(doc, s, e, label=m) for m, s, e in matches]):
            start, end = match.start, match.end
            owners = {(by_token[i].start, by_token[i].end): by_token[i] for i in range(start, end) if i in by_token}
            region = Span(doc, start, end, label="GPE", span_id=match.label_)
            if not owners:
                added.append(region)
                continue
            if len(owners) > 1:
                if all(start <= e.start and e.end <= end for e in owners.values()):
                    # "Yorkshire and The Humber", which the model cuts into two people: the region, whole
                    for e in owners.values():
                        replaced[e.start] = None
                    added.append(region)
                continue
            ent = next(iter(owners.values()))
            if start <= ent.start and ent.end <= end and (ent.start, ent.end) != (start, end) and ent.label_ in ("GPE", "LOC", "ORG", "PERSON", "NORP"):
                replaced[ent.start] = region  # "the Red Sea| Governorate": the model's name stops inside the region's
                continue
            if ent.label_ == "GPE" or ent.start > start or ent.end < end:
                continue
            rest = [t for t in ent if not start <= t.i < end]
            if all(t.lower_ in PORTFOLIO_WORDS or t.lower_ in self.title_words or t.lower_ in ("the", "'s", "’s") for t in rest):
                replaced[ent.start] = region
            elif ent.start == start or ent.start == start - 1 and doc[ent.start].lower_ == "the":
                # "the Minister of Finance of the Republika Srpska Zora Vidović", "Rajasthan FM Diya
                # Kumari": the place, its title words, then a person
                after = [t for t in rest if t.i >= end]
                titled = 0
                while titled < len(after) and (after[titled].lower_ in self.title_words or after[titled].lower_ in PORTFOLIO_WORDS):
                    titled += 1
                name = after[titled:]
                if 2 <= len(name) <= 3 and all(t.is_title and t.is_alpha and t.lower_ not in BODY_WORDS for t in name) and (
                    titled or any(t.lower_ in self.title_words for t in doc[max(0, ent.start - 6) : ent.start])
                ) and name[-1].i + 1 == ent.end:
                    replaced[ent.start] = region
                    added.append(Span(doc, name[0].i, ent.end, label="PERSON", span_id=ent.id_))
        if not replaced and not added:
            return ents
        out = [replaced.get(e.start, e) for e in ents]
        return sorted([e for e in out if e is not None] + added, key=lambda s: s.start)

    # ---------------------------------------------------------------- serialisation

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "rules.json").write_text(
            json.dumps(self.lexicons.to_json(), ensure_ascii=False, indent=1), encoding="utf-8"
        )

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> "PolexComponent":
        data = json.loads((Path(path) / "rules.json").read_text(encoding="utf-8"))
        self._use(Lexicons.from_json(data))
        return self


@Language.component("polex_paragraphs", assigns=["token.is_sent_start"])
def polex_paragraphs(doc: Doc) -> Doc:
    """Start a sentence after every blank line, before the parser runs.

    A headline or sub-heading has no full stop, so the parser reads it and the paragraph
    under it as one sentence ("... ahead of tax-heavy Budget\n\nGovernment borrowing rose
    ..."), and a figure of the paragraph gets a word of the headline for what it measures. A
    blank line always ends a sentence; a single line break (hard-wrapped text) does not.
    """
    text = doc_text(doc)
    starts = [match.end() for match in BLANK_LINE.finditer(text)]
    # A dateline ("New Delhi, Apr 1 (IANS):", "SEOUL, Aug. 27 (Korea Bizwire) –") is no part of
    # the sentence after it: read with it, "Apr" becomes a word of what the first figure measures.
    starts += [match.end() for match in LINE_DATELINE.finditer(text)]
    # A headline on its own line, without a full stop, ends before the line under it even where no
    # blank line follows ("Benin deficit widens\nThe fiscal deficit increased to 9.9 percent ...").
    headline = HEADLINE_LINE.match(text)
    if headline is not None:
        starts.append(headline.end())
    # A photo credit in brackets ("[File Photo: IC]") ends its caption; the next line is a sentence of its own.
    starts += [match.end() for match in PHOTO_CREDIT.finditer(text)]
    # A table laid out over lines: each line of it is a sentence of its own, and so is the line after
    # it ("- 1.45%\nThe CPI during January 2017 decreased by 0.26%": no row label is a word of the text after).
    grid = grid_tables(text, None)
    doc.user_data[GRID_KEY] = grid is not None  # read again, with the publication date, only where there is one
    for a, b in grid.spans if grid is not None else ():
        starts += [a] + [a + match.end() for match in re.finditer(r"\n\s*", text[a : b + 1])]
    for start in starts:
        span = doc.char_span(start, start + 1, alignment_mode="expand") if start < len(text) else None
        if span is not None and span.start > 0 and not span[0].is_space:
            span[0].is_sent_start = True
            if span.start + 1 < len(doc) and not doc[span.start + 1].is_space:
                doc[span.start + 1].is_sent_start = False  # and its first word is no sentence of its own
    for match in ABBREVIATION_BEFORE_NUMBER.finditer(text):
        # "a single day collection of Rs. 49,453 crore on 20th September": the full stop of
        # "Rs." ends no sentence
        span = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
        if span is not None and span.start > 0 and not span[0].is_space:
            span[0].is_sent_start = False
            if span.start + 1 < len(doc) and not doc[span.start + 1].is_space:
                # the parser reads a preset False one token late (spaCy issue #7716): on the
                # number alone it still splits "Rs. | 6,65,095 crore"
                doc[span.start + 1].is_sent_start = False
    return doc


def unwrap_lines(text: str) -> str:
    """Return ``text`` with the line breaks of hard-wrapped prose made spaces, offsets unchanged.

    Wire copy and text pasted from a PDF break a sentence every 60 to 80 characters
    ("... with the International Monetary\nFund"). spaCy reads a line break as a token of
    its own, so the model reads "Fund" alone and the parse splits at every line. A break
    is joined only in a text that is hard-wrapped (no prose line longer than WRAP_WIDTH,
    and two lines or more that stop mid-sentence before a lower-case word), and only where the
    line before is full, neither line is a table row (a run of three spaces within it)
    and the next line is not indented as a new paragraph.
    """
    if "\n" not in text:
        return text
    lines = text.split("\n")
    prose = [line.rstrip() for line in lines if line.strip() and not TABLE_ROW.search(line.strip())]
    width = max(map(len, prose), default=0)
    if not prose or width > WRAP_WIDTH:
        return text
    breaks = [m.end() - 1 for m in WRAPPED_BREAK.finditer(text)]
    midway = [b for b in breaks if text[b + 1 : b + 3].lstrip()[:1].islower()]
    ends = (_line_before(text, b).rstrip()[-1:] for b in midway)  # the last character of the line each break ends
    if sum(1 for c in ends if c.isalnum() or c == ",") < 2:
        return text
    out, midway = list(text), set(midway)
    for b in breaks:
        before = _line_before(text, b).rstrip()
        # a full line, or one more than a third full that the next line goes on from in lower case
        if not TABLE_ROW.search(before.strip()) and (len(before) >= 0.6 * width or (len(before) >= 0.3 * width and b in midway)):
            out[b] = " "
    return "".join(out)


def _line_before(text: str, end: int) -> str:
    """Return the line of ``text`` that ends at ``end`` (a line break)."""
    return text[text.rfind("\n", 0, end) + 1 : end]


# the longest line of hard-wrapped prose: wire copy wraps at 64 to 80 characters
WRAP_WIDTH = 100
# a line break between two lines of text, the next not indented beyond one space nor a table row
WRAPPED_BREAK = re.compile(r"(?<=\S)[ \t]*\n(?= ?\S)(?![^\n]*\S {3,}\S)")
# a table row: two cells apart by a run of three spaces
TABLE_ROW = re.compile(r"\S {3,}\S")


# a photo credit in brackets at the end of a caption line, and the white space after it
PHOTO_CREDIT = re.compile(r"\[[^\]\n]{0,40}\b(?:Photo|Image|Credit|Picture)s?\b[^\]\n]{0,40}\][ \t]*\n\s*", re.I)
# an abbreviation with a full stop before a number: "Rs. 49,453 crore", "No. 3"
ABBREVIATION_BEFORE_NUMBER = re.compile(r"\b(?:Rs|Re|No|Nos|Ksh|Tk|Rp|approx|Art|Sec|Vol)\.\s?(?=\d)")


# a blank line, and the white space after it: the next word starts a sentence
BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n\s*")


# a dateline at the head of a line: a place with a date, an agency, or both, then a colon or dash
LINE_DATELINE = re.compile(
    r"(?m)^[ \t]*[A-Z][A-Za-z.'-]*(?:\s[A-Z][A-Za-z.'-]*){0,3}"
    r"(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,\s*\d{4})?\s*(?:\([A-Z][\w .&'-]{1,30}\))?|\s*\([A-Z][\w .&'-]{1,30}\))"
    r"\s*(?::|[-–—]{1,2})\s*(?=[A-Z\"“])"
)


@Language.factory(
    "polex",
    default_config={"rules_dir": None},
    requires=["token.dep", "token.tag", "doc.ents"],
    assigns=["doc.ents", "doc._.polex"],
)
def make_polex(nlp: Language, name: str, rules_dir: str | None) -> PolexComponent:
    """Return the polex component; ``rules_dir`` is a folder of rule files (default: the shipped rules)."""
    return PolexComponent(nlp, name, rules_dir)


# words of a body's name, never of a person's: "Republika Srpska National Assembly" is no person
BODY_WORDS = BODY_NOUNS | {
    "council", "assembly", "university", "fed", "reserve", "treasury", "parliament", "senate", "house", "national", "state", "city",
    "province", "region", "district", "county", "police", "services", "group", "holdings", "airport", "port", "railway", "railways",
    "stadium", "centre", "center", "co", "ltd", "inc", "plc", "llc", "limited",
}


# the possessive words that begin names ("People's Bank of China", "Women's Institute"); "the
# Bank's Monetary Policy Committee" is the committee of the Bank
COLLECTIVE_OWNERS = {"people", "women", "children", "men", "workers", "farmers", "citizens", "veterans", "nations"}


def _possessive_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """Return ``ents`` with an organisation's possessive first word put back into its name.

    The model reads "People's Bank of China" as "People's" + ORG "Bank of China". A collective
    noun with "'s" right before an organisation, itself no entity and not the first word of the
    sentence, is part of the name ("Women's Institute"); "the Bank's Monetary Policy Committee"
    and "Britain's Office for National Statistics" keep the owner apart.
    """
    out = []
    covered = {i for ent in ents for i in range(ent.start, ent.end)}
    for ent in ents:
        k = ent.start
        if (
            ent.label_ == "ORG" and k >= 2 and doc[k - 1].tag_ == "POS" and doc[k - 2].is_title
            and k - 2 not in covered and k - 1 not in covered and not doc[k - 2].is_sent_start
            and doc[k - 2].lower_ in COLLECTIVE_OWNERS
        ):
            ent = Span(doc, k - 2, ent.end, label="ORG", span_id=ent.id_)
        out.append(ent)
    return out


DATELINE = re.compile(
    r"(?m)^[ \t]*(?P<place>(?!(?:NOTE|NOTES|SOURCE|SOURCES|UPDATE|UPDATED|BREAKING|EXCLUSIVE|PHOTO|FILE|EDITOR'S NOTE|DISCLAIMER|CORRECTION|BACKGROUND|SUMMARY|HIGHLIGHTS)\b)[A-Z][A-Z .'-]{2,30}?[A-Z])(?=\s*(?:,\s*(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?,?\s+)?(?:(?:[A-Z][a-z]{2,}|(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*)\.?\s+\d|\d)"
    r"|\s*\((?:[A-Z][\w .&'-]{1,30})\)|\s*[-–—]{1,2}\s|\s*[–—](?=[A-Z][a-z])|°°|:\s+(?:The|A|An|In|On|At)\s"
    r"|\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b))"
)  # "BELIZE CITY, Wed. Mar. 13, 2024", "CHENNAI: The Gross State Domestic Product ...", "ALGIERS- Algeria's", "BUJUMBURA March 12th (ABP)", "BANJA LUKA, MAY 23 / SRNA / -", "HONOLULU—According", "MUNICH°° Compared"; not "NOTE: The figures"
# a place in capitals and a colon at the head of a line, a dateline where the rules know the place: "IPOH: Perak ..."
CAPITALS_COLON_DATELINE = re.compile(r"(?m)^[ \t]*(?P<place>[A-Z][A-Z'-]{2,}(?:[ -][A-Z][A-Z'-]+){0,2}):[ \t]+(?=[A-Z])")
# a dateline of a city and an agency between slashes: "Ulaanbaatar/MONTSAME/."
SLASH_DATELINE = re.compile(r"(?m)^[ \t]*(?P<place>[A-Z][A-Za-z'-]{2,20}(?:[ -][A-Z][A-Za-z'-]+){0,2})/(?P<agency>[A-Z][A-Za-z&.-]{1,20}(?:\s[A-Z][A-Za-z&.-]+){0,2})/")
# a name and a colon that open the text: "Sweden: Economic growth revised downward in Q2"
HEADLINE_PLACE = re.compile(r"\A[ \t]*(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}):[ \t]+(?=[A-Z])")
# a city in title case and a colon at the head of the first lines: "Hyderabad: Telangana on Thursday presented"
COLON_DATELINE = re.compile(
    r"\A(?:[^\n]*\n){0,3}?[ \t]*(?P<place>(?!(?:Note|Source|Sources|Photo|Image|Read|Also|Update|Updated|Editor|Disclaimer|Watch|Listen|Related|Tags|Category|Summary|Highlights|Key|Background|Context|Example|Transcript|Question|Answer|Speaker|Chair)\b)"
    r"[A-Z][a-z]{2,}(?:[ -][A-Z][a-z]+)?):[ \t]+(?=[A-Z][a-z][^\n]{60,}[.”\"]\s*(?:\n|$))"
)  # a paragraph's head, not a headline's ("National Bank: Revived Tourism ... Drive Greece Growth")
# a dateline in title case at the head of a line: "New Delhi, June 1:", "Sydney – 18 February 2025"
TITLE_DATELINE = re.compile(r"(?m)^(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})(?=(?:\s*\([A-Z][a-z]+(?:\s[A-Z][a-z]+)?\))?(?:" + DATELINE_DATE.pattern + "))")  # "Male (Maldives), Aug 9:"
# a speaker in a transcript: "MICHELE BULLOCK:", "CHAIR POWELL." at the start of a line; the
# name is what follows a title word, and a role alone ("JOURNALIST:", "Q:") is nobody's name
_SPEAKER_TITLE = r"(?:CHAIR|CHAIRMAN|CHAIRWOMAN|GOVERNOR|DEPUTY\s+GOVERNOR|PRESIDENT|VICE\s+PRESIDENT|VICE\s+CHAIR|SECRETARY|MINISTER|TREASURER|DR|MR|MS|MRS|PROFESSOR)"
_SPEAKER_NAME = r"(?!(?:JOURNALIST|QUESTION|ANSWER|MODERATOR|REPORTER|OPERATOR|SPEAKER|AUDIENCE|PARTICIPANT|NOTE|UPDATE|Q|A)\b)[A-Z][A-Z'’-]+"
SPEAKER = re.compile(
    rf"(?m)^(?:{_SPEAKER_TITLE}\s+(?P<titled>{_SPEAKER_NAME}(?:\s+[A-Z][A-Z'’-]+){{0,2}})\s*[:.]"  # "CHAIR POWELL."
    rf"|(?P<name>{_SPEAKER_NAME}(?:\s+[A-Z][A-Z'’-]+){{1,3}})\s*:)(?:\s|$)"  # "MICHELE BULLOCK:"
)
# a line that is a name and its title, as transcripts and releases list who speaks:
# "Michele Bullock, Governor", "Andrew Hauser, Deputy Governor"
NAME_TITLE_LINE = re.compile(
    r"(?m)^(?P<name>[A-Z][a-z]+(?:[ \t][A-Z][a-z'’-]+){1,2}),[ \t]*(?:(?:Deputy|Assistant|Vice|Senior|Chief|Acting)[ \t]+)?"
    r"(?:Governor|Chair|Chairman|Chairwoman|President|Minister|Secretary|Treasurer|Director|Commissioner|Economist|Statistician)\b"
)
# the news agency in brackets after a dateline: "SEOUL, Aug. 27 (Korea Bizwire) –", "WASHINGTON (AP) —", "Baghdad (IraqiNews.com) The"
DATELINE_AGENCY = re.compile(r"(?m)^[ \t]*[A-Z][A-Za-z .'-]{2,30}?(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Za-z]{3,9}\.?)(?:,?\s*\d{4})?)?\s*\((?P<agency>[A-Z][\w .&'-]{1,30}?)\)\s*(?:[-–—:]|(?=[A-Z][a-z]+\s))")


# a syndicator's credit: the syndicator, a dash, the paper it took the story from ("MENAFN- Gulf Times")
SYNDICATED = re.compile(r"(?P<by>[A-Z][A-Za-z]{2,15})\s*-\s*(?P<source>[A-Z][\w .&'-]{1,30})")


def _name_span(doc: Doc, start: int, end: int, label: str) -> Span | None:
    """Return the tokens of a name a rule found at ``start``..``end``, or None: the tokens inside
    it, else the token the tokenizer glued a dash, colon or stop to ("ALGIERS- Algeria's",
    "(MENAFN- IANS)"), whose glued mark the name then drops."""
    span = doc.char_span(start, end, label=label, alignment_mode="contract")
    if span is None or not len(span):
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        span = span if span is not None and re.fullmatch(r"[-–—:,/.]*", span.text[end - span.start_char :]) else None
    return span if span is not None and len(span) else None


def _datelines(doc: Doc, ents: list[Span], place_names: frozenset = frozenset(), dateline_names: frozenset = frozenset()) -> list[Span]:
    """Return ``ents`` with a dateline's place as a place ("HAIKOU, Jan. 23 --", "WELLINGTON
    (Reuters) -") and the agency in its brackets as an organisation.

    The model reads a city in capitals at the head of a story as an organisation, or
    misses it; the dateline's form says what it is.
    """
    out = list(ents)
    text = doc_text(doc)
    for pattern, groups, label, rule_id in (
        (DATELINE, ("place",), "GPE", "gpe_dateline"),
        (TITLE_DATELINE, ("place",), "GPE", "gpe_dateline"),
        (COLON_DATELINE, ("place",), "GPE", "gpe_dateline"),
        (DATELINE_AGENCY, ("agency",), "ORG", "org_dateline_agency"),
        (SLASH_DATELINE, ("place",), "GPE", "gpe_dateline"),
        (SLASH_DATELINE, ("agency",), "ORG", "org_dateline_agency"),
        (SPEAKER, ("name", "titled"), "PERSON", "person_speaker_label"),
        (NAME_TITLE_LINE, ("name",), "PERSON", "person_name_title_line"),
    ):
        matches = list(pattern.finditer(text))
        if pattern is COLON_DATELINE:
            # a headline that opens with a country or region the rules know: "Sweden: Economic growth ..."
            matches += [m for m in HEADLINE_PLACE.finditer(text) if m.group("place") in place_names]
            # "IPOH: Perak is set ...", "QUETTA: Balochistan's Finance Minister": a known place in capitals
            matches += [m for m in CAPITALS_COLON_DATELINE.finditer(text) if m.group("place").title() in dateline_names]
        for match in matches:
            group = next(g for g in groups if match.start(g) >= 0)  # the alternative that matched
            span = _name_span(doc, match.start(group), match.end(group), label)
            if span is None:
                continue
            if label == "PERSON" and any(e.label_ in ("GPE", "LOC", "FAC", "NORP") and e.start < span.end and span.start < e.end for e in out):
                continue  # "NEW DELHI:" is a dateline, not a speaker
            out = [e for e in out if e.end <= span.start or e.start >= span.end]
            syndicated = SYNDICATED.fullmatch(span.text) if rule_id == "org_dateline_agency" else None
            parts = [_name_span(doc, span.start_char + syndicated.start(g), span.start_char + syndicated.end(g), label) for g in ("by", "source")] if syndicated else []
            if parts and None not in parts and parts[0].end <= parts[1].start:
                # "(MENAFN- Gulf Times)": the syndicator and the paper the story comes from, two bodies
                out += [Span(doc, part.start, part.end, label=label, span_id=rule_id) for part in parts]
            else:
                out.append(Span(doc, span.start, span.end, label=label, span_id=rule_id))
    return sorted(out, key=lambda e: e.start)


def _capitals_heading(ent: Span) -> bool:
    """Return True for a heading in capitals the model took for a name ("U.S. INTERNATIONAL TRADE IN GOODS AND")."""
    words = ent.text.split()
    return len(words) >= 3 and ent.text.isupper() and any(w in ("IN", "AND", "OF", "THE", "FOR", "ON", "TO") for w in words)
