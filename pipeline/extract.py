"""Doc to records: metrics, growth rates and entities of one parsed article.

The quantity scanner (``quantities.py``) says where the numbers are; this
module decides what each one is (a level or a change, or not a quantity at
all), what it measures (indicator and subject, from the dependency parse) and
when (period, from the sentence or the sentences before it).
"""

from __future__ import annotations

from . import patterns as re  # the re functions, over a cache that holds all the rules' patterns
from .patterns import alternation
from collections import Counter
from collections.abc import Iterator
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal
from difflib import SequenceMatcher

from spacy.tokens import Doc, Span, Token

from .entities import BYLINE_PLACE, LIST_JOINT, body_named, doc_text, expand_acronym, extract_entities
from .lexicons import Lexicons
from .normalize import ORDINALS, _number_word, find_periods, fiscal_part, fiscal_year, parse_published, scale
from .quantities import WORD_NUMBERS, QuantityFinder, RawQuantity, with_unit_of
from .records import ArticleResult, Basis, Direction, Entity, GrowthRate, Metric, Period, Qualifier
from .tables import GRID_KEY, SERIES_ROW, UNIT_IN_LABEL, TableCell, grid_tables, period_table, series_cells, table_cells

YEAR_RANGE = range(1900, 2101)
LEVEL_VERBS = {
    "reach", "reached", "reaches", "reaching", "be", "is", "was", "were", "are", "been", "stood",
    "stands", "stand", "totalled", "totaled", "total", "totals", "amounted", "amount", "amounts",
    "hit", "hits", "registered", "recorded", "exceeded", "exceeds", "surpassed", "topped", "came",
    "remained", "remains", "stayed", "held", "hold", "holds", "accounted", "accounts", "attracted",
}
# Words after a time quantity that make it a point in time, not a measured duration.
PLACEMENT_AFTER = re.compile(r"^\s*(?:after|before|ago|later|earlier|since|from now|old|into|on)\b", re.I)
MEASURE_CONTEXT = re.compile(
    r"(?:\b(?:at|to|within|takes?|took|lasts?|lasted|of|averag\w*|controlled at|reduced to|cut to|shortened to)\s+(?:about|around|only|just|nearly|some|approximately|roughly)?\s*$)",
    re.I,
)
DATE_NEIGHBOUR = re.compile(
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?",
    re.I,
)
COUNT_NOUN_TAGS = {"NN", "NNS", "NNP", "NNPS"}
SUBJECT_LABELS = {"GPE", "ORG", "LOC", "FAC", "NORP"}
# the labels of names: a span of one of them with no letter in it names nothing
NAME_LABELS = {"GPE", "ORG", "LOC", "FAC", "NORP", "PERSON", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"}
# the kind words after a place's name ("the Kherson region", "Niger State")
PLACE_KIND_NOUNS = {"region", "oblast", "province", "county", "governorate", "prefecture", "krai", "district", "emirate", "canton"}
TRANSACTIONAL = {"raised", "raise", "raises", "raising"}
# "created 220,000 new jobs" is a change of employment; "created a fund of $10 million" is not
JOB_MAKING = {"created", "create", "creates", "creating"}
# after "N more" or "N less": the rest of a change in a count or an amount ("735 more unemployed, an
# increase of 22.64%", "CHF 636 million less, as Stocker explained", "313 more (12,142 in total)"), not an
# addition still to come ("30 more will be built", "20 more planned")
COUNT_MORE_OR_LESS = re.compile(r"(?:\s+(?!(?:will|would|shall|are|is|to|planned|expected|set|due)\b)[a-z]+)?(?:\s*[,.;(]|\s+(?:who|which|that)\b)")
# after a count: the jobs, then a verb that says they were made ("2,400 new jobs were created")
JOBS_MADE_AFTER = re.compile(
    r"^\s+(?:(?:new|net|additional|extra|formal|direct|permanent|full-time)\s+){0,3}(?:jobs|positions|posts|workplaces|job\s+opportunities)\s+"
    r"(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:(?:newly|also)\s+)?(?:created|generated|added)\b",
    re.I,
)
JOBS_GENERATED_BEFORE = re.compile(r"\bgenerat(?:e|es|ed|ing)\s+(?:about\s+|around\s+|over\s+|some\s+|nearly\s+|more\s+than\s+)?$", re.I)
JOBS_AFTER = re.compile(r"^\s+(?:(?:new|net|additional|extra|more|formal|direct|permanent|full-time|private-sector)\s+){0,3}(?:jobs|positions|posts|workplaces|job\s+opportunities)\b", re.I)
# Words that introduce the base of a comparison: "compared with June 2018" names the period
# the value is compared to, not the period it belongs to.
BASE_ONLY = re.compile(
    r"(?:(?:compared\s+(?:with|to)|in\s+(?:relation|comparison)\s+(?:with|to)|than|versus|vs\.?|v\.|against|relative\s+to|over|from|below|above)\s+(?:in\s+)?(?:(?:that|those)\s+(?:of|in|for)\s+)?(?:the\s+)?(?:same\s+\w+\s+(?:(?:of|in)\s+)?)?(?:\w+\s+)?"
    r"|(?:preceding|previous|prior)\s+(?:financial\s+|fiscal\s+)?year\s*\(\s*"  # "in the preceding financial year (2022-23)"
    r"|(?:%|per\s*cent|percent|increase|rise|decrease|fall|drop|decline|growth|up|down|higher|lower)\s+on\s+(?:the\s+)?(?:same\s+\w+\s+(?:(?:of|in)\s+)?)?"  # "a 1.5% increase on 2010", "up 3% on the same month of 2019"
    r"|(?:compared\s+(?:with|to)|than|against|over)\s+(?:that\s+|those\s+|the\s+)?(?:data|figures?|levels?|amounts?|numbers?|totals?|ones?)\s+(?:recorded|registered|reported|posted|seen|observed)\s+(?:in|during|for|at)\s+(?:the\s+)?"  # "than the data recorded in December 2019"
    r")$",
    re.I,
)
# "a 677.4 trillion won budget for next year": the noun the figure measures, then its period
NOUN_THEN_PERIOD = re.compile(r"^\s+(?!(?:and|or|but|while|whereas)\b)(?:[A-Za-z-]+\s+){1,3}?(?:for|in|during|over|through)\s+(?:the\s+)?$")
RIGHT_AFTER = re.compile(
    r"^(?:[\s,]*|\s*\(\s*)(?:(?:in|for|during|at|as\s+of|by|over|the|end|of|fiscal|financial|year|recorded|registered|reported|posted|seen|logged|last)\s+){0,4}$"  # "N1.143 trillion (May)", "9.1 percent last June"
    r"|^\s+(?:in|during|for)\s+the\s+(?:[\w-]+\s+){1,2}year\s+of\s+$",  # "120.6 percent in the COVID-19 year of 2020"
    re.I,
)
# "3.7%, unchanged from the previous month", "was 2.1%, flat on the year": the level that did not move, said after it
FLAT_AFTER = re.compile(r"\s*(?:(?:in|for|during|on)\s+[\w -]{1,20}?)?\s*,?\s*(?:which\s+was\s+|was\s+)?(?P<cue>unchanged|steady|flat|stable)\s+(?:from|on|compared\s+(?:with|to)|versus)\b[^,.;]{0,40}", re.I)
# "remained steady at 5.0 per cent", "held rates unchanged at 2.25%", "stayed at 9": a level that did not move
FLAT_LEVEL = re.compile(
    r"(?P<cue>\b(?:steady|unchanged|flat|stable|on\s+hold)\b(?:\s+(?!at\b)[^\s.;%]+){0,5}?|\b(?:stayed|stays|stay|remained|remains|held|holds|holding|kept)(?=\s+at\b))"
    r"\s*,?\s+at\s+(?:an?\s+(?:record|\w+)[- ]?(?:low|high)?\s+)?$",
    re.I,
)
# the numbers before a later one in a list of references: "(Exhibits 3, 6, and 7", "Tables 2 to 4"
REFERENCE_LIST = re.compile(r"\b([A-Z][a-z]+\.?)\s+(?:\d+[A-Za-z]?\s*(?:,|and|&|to|-|–)\s*)+(?:and\s+)?$")
# a level said of the year before the sentence's own: "Rs 10 lakh crore of the preceding year"
PRECEDING_YEAR = re.compile(
    r"\s*(?:\([^)]{0,30}\)\s*)?(?:,\s*)?(?:in\s+(?:surplus|deficit)\s+|(?:decline|drop|fall|rise|increase|gain|growth|contraction|expansion)\s+)?(?P<phrase>(?:(?:(?:of|in|for|during)\s+)?the\s+(?:preceding|previous|prior)\s+(?:(?:financial|fiscal)\s+(?P<unit>year)|(?P<fiscal>fiscal)|(?P<unit3>year|month))"
    r"|(?:a|one)\s+(?P<unit2>year|month)\s+(?:earlier|ago|before|previously)"
    # "in the same period a year ago", "during the same months of last year": the sentence's span, a year back
    r"|(?P<same>in|during|for)\s+the\s+(?:same|corresponding|comparable)\s+(?:period|months?|quarter|half)\s+(?:(?:a|one)\s+year\s+(?:ago|earlier|before)|(?:of\s+|in\s+)?(?:the\s+)?(?:last|previous|preceding|prior)\s+year)))\b",
    re.I,
)
# the unit of a market price: one currency in another, or a currency by a commodity's unit
MARKET_PRICE = re.compile(r"[A-Z]{3}/(?:[A-Z]{3}|bbl|oz|t|mmbtu|bu|lb)")
# figures no place owns: who answered a poll ("economists surveyed in a Reuters poll"), market swap rates
POLL_PEOPLE = re.compile(r"^(?:\w+\s+){0,2}(?:economists|analysts|respondents|forecasters|traders|strategists)\b", re.I)
MARKET_SWAPS = re.compile(r"\bswaps?(?:\s+rates?)?$", re.I)
# an indicator that names a growth rate: "growth rate in Nominal GVA", "GDP growth", "growth target"
# a forecast of growth named by the forecast: "projection for growth", "forecast of GDP growth"
FORECAST_OF_GROWTH = re.compile(r"\b(?:projection|forecast|estimate|outlook|target)s?\s+(?:for|of)\s+(?P<growth>(?:(?:economic|GDP|real|annual)\s+)?growth)\b", re.I)
GROWTH_RATE_NAME = re.compile(
    r"(?<!price\s)\bgrowth(?:\s+(?:rate|target|forecast|estimate|projection|outlook))?$|(?<!price\s)\bgrowth\s+rates?\b|^growth\b"
    r"|" + FORECAST_OF_GROWTH.pattern,  # "its projection for growth upward"
    re.I,
)
# a count of people, which in per cent can only be its pace of growth
HEADCOUNT = re.compile(r"(?:the\s+)?(?:people|population|persons|inhabitants|residents)", re.I)
# a forecast of a whole economy's output, which in per cent is its pace of growth: "nominal GDP forecast"
ECONOMY_FORECAST = re.compile(
    r"\b(?:GDP|GNP|GNI|GVA|GRDP|GSDP|GDDP|GSP|gross\s+(?:domestic|state|regional)\s+product|economy)\s+(?:forecast|projection|estimate|outlook|target)s?$", re.I
)
# a place's initials: "B.C.", "P.E.I."
PLACE_INITIALS = re.compile(r"(?:[A-Z]\.){2,4}")


# an office held for a place's government: "Treasurer", "Finance Minister", "Kano State Governor"
PLACE_OFFICE = re.compile(r"\b(?:minister|treasurer|premier|mec|commissioner|mayor|administrator|governor|gov|menteri\s+besar|ruler)\b", re.I)
# a text that names a central bank, whose head is a governor too
CENTRAL_BANK_NAMED = re.compile(r"\b(?:central|reserve|national|people's|people’s)\s+bank\b|\bbank\s+of\b|\bmonetary\s+(?:authority|policy)\b", re.I)
# a place named in the title itself: "Kano State Governor", "Sole Administrator of Rivers State"
PLACE_IN_TITLE = re.compile(r"(?:^|\bof\s+)(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:State|Province|County|Region))\b")


def _served_place(entity: Entity, ctx: "_Context") -> Entity:
    """Return ``entity`` with, for a person holding a government office the text ties to no body,
    the place whose government it is: the one the title names ("Kano State Governor"), else the
    article's own ("Treasurer Curtis Pitt" in a Queensland budget story, "Gov. Tony Evers" in a
    Wisconsin one). A governor in a text that names a central bank, a shadow or former office
    holder, and a president (often another country's) are left alone."""
    title = entity.title or ""
    if entity.label != "PERSON" or entity.organization or not PLACE_OFFICE.search(title) or re.search(r"\b(?:shadow|former|ex|bank|central|deputy\s+governor)\b", title, re.I):
        return entity
    named = PLACE_IN_TITLE.search(title)
    if named:
        return replace(entity, organization=named.group("place"))
    if not ctx.main_subject or len(title.split()) > 6 or re.search(r"\bgovernor\b", title, re.I) and (ctx.central_bank or CENTRAL_BANK_NAMED.search(ctx.text)):
        return entity  # a governor alone, where the text names a central bank, may be the bank's
    return replace(entity, organization=ctx.main_subject)


def _has_word(text: str, words: str) -> bool:
    """Return True where ``text`` holds ``words`` between word boundaries, as ``\\b`` + ``words`` +
    ``\\b`` would find them, without a pattern made for each phrase."""
    def is_word(ch: str) -> bool:
        return ch.isalnum() or ch == "_"

    at = text.find(words)
    while at >= 0 and words:
        end = at + len(words)
        if (is_word(words[0]) != (at > 0 and is_word(text[at - 1]))) and (is_word(words[-1]) != (end < len(text) and is_word(text[end]))):
            return True
        at = text.find(words, at + 1)
    return False


def _names_a_pace(phrase: str, indicator: str | None) -> bool:
    """Return True where what moved between two percentages is a pace of growth: the move's own
    words say growth ("accelerated growth from 4.3% to 20,3%") or its indicator names one ("the
    nominal GDP forecast nudged down from -2.2% to -2.3%")."""
    return bool(re.search(r"\b(?:growth|expansion)\b", phrase, re.I) or indicator and (
        GROWTH_RATE_NAME.search(indicator) or ECONOMY_FORECAST.search(indicator)
        or HEADCOUNT.fullmatch(indicator)  # "3.418 million people ..., a decrease from 2.3 per cent to 0.9 per cent": a headcount in per cent is its pace
    ))


# where one clause of a sentence ends and the next, with figures of its own, begins
CLAUSE_BREAK = re.compile(r";|,\s*(?:while|whereas|but)\b|\bwhile\b", re.I)
# after a base's time, the end a move reached and its time: " to $4.527 billion in "
MOVED_TO_THEN_TIME = re.compile(r"\s+to\s+(?:about\s+|around\s+|nearly\s+|over\s+)?[^\s\d,;.]{0,4}\s?\d[\d.,]*\s*(?:[A-Za-z%]+\s+){0,3}(?:in|by|during)\s+(?:the\s+)?")
# "for the month", "in the year": a period named by reference to the one the article reports on (not
# "in the year-on-year comparison", "in the year-ago quarter": a basis, another time)
ANAPHORIC_PERIOD = re.compile(
    r"\b(?:for|in|during)\s+(?P<phrase>the\s+(?P<unit>month|quarter|year))\b(?![-‐–])(?!\s+(?:to|ago|before|earlier|of|ended|ending))"
    r"|\b(?P<phrase2>full[- ](?P<unit2>year))\s+(?:target|goal|forecast|growth|projection|outlook|estimate)",  # "our full-year target growth of 6.5 to 7.5 percent"
    re.I,
)
# "during the period": the span the text named last
THE_PERIOD = re.compile(r"\b(?:during|in|over|for|within)\s+(?P<phrase>the\s+(?:same\s+)?period)\b(?!\s+(?:of|in|last|a\s+year|from|between|under|to|ended|ending|since)\b)", re.I)
# a word any period expression has (a quick test before the full scanner)
MAYBE_PERIOD = re.compile(r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|q[1-4]|h[12]|quarter|half|year|month|week|day|today|now|date|fiscal|financial|fy)", re.I)
# what leads from a change to the period it is measured against: "down 4.2% compared with June 2018"
BASE_PHRASE = re.compile(r"(?<![\w-])(?:compared\s+(?:with|to)|versus|vs\.?|v\.|against|from|over|on|than)\s+(?:(?:that|those)\s+(?:of|in|for)\s+)?(?:the\s+)?", re.I)
# the level compared with, between the base word and its time: "Rs 16.64 lakh crore in ", "$41.0 billion in "
BASE_LEVEL = re.compile(
    r"[^\s\d]{0,4}\s?\d[\d.,]*(?:%|\s?per\s?cent)?(?:\s+[A-Za-z]+){0,3}?\s+(?:in|for|during|of)\s+(?:the\s+)?"
    r"|(?:data|figures?|levels?|amounts?|numbers?|totals?)\s+(?:recorded|registered|reported|posted|seen|observed)\s+(?:in|during|for|at)\s+(?:the\s+)?",  # "than the data recorded in December 2019"
    re.I,
)
PRONOUNS = {"it", "they", "this", "that", "which", "these", "those", "he", "she", "we", "its"}
RELATIVE_PRONOUNS = {"which", "that", "who", "whom"}
TRIM_DEPS = {"det", "nummod", "quantmod", "punct", "advmod", "predet", "case", "neg", "aux", "auxpass"}


@dataclass
class _Context:
    doc: Doc
    text: str
    published: date | None
    lexicons: Lexicons
    paragraph_starts: list[int]
    country: dict[str, str]
    places: set[str]
    main_place: str | None
    direct_subjects: Counter = None
    direct_subject_sentences: set = field(default_factory=set)  # (subject, sentence start) already counted
    main_subject: str | None = None  # the place the article's figures are of, as _classify settled it
    lead_period: Period | None = None
    sents: list = None
    sentence_period: dict = None
    place_names: dict = None
    last_sector: dict = None  # "sector"/"industry" -> the sector last named ("gaming sector")
    sectors: set = None  # sectors named as owners: they may be the article's main subject
    bodies: set = None  # bodies and sectors named as owners: they carry through their paragraph
    indicators: dict = None  # sentence start, or ("paragraph", n) -> the last indicator named there
    quantity_tokens: set = None
    quantity_starts: tuple = ()  # where each figure starts, in order
    datelines: set = None
    central_bank: str | None = None  # the one central bank the article names by name, if one
    headline_period: Period | None = None  # the span a headline without figures names
    people_named: frozenset = frozenset()  # the names of people the model finds
    bodies_named: frozenset = frozenset()  # and of bodies ("International Labour Organization")
    table: dict = None  # start of a number in a flattened table -> its TableCell
    last_actor: tuple | None = None  # (paragraph, name) of the last body named as acting on a figure
    ents: tuple = ()  # doc.ents, read once (each access builds new Spans)
    sent_starts: list = None  # the start of each sentence of ``sents``
    doc_periods: list = ()  # every period the text names, in order, once scanned
    series: dict = None  # start of a figure of a month-labelled series flattened into a line -> its TableCell
    kept_at: dict = None  # actor token -> the object it moved to, or kept at, a level ("the RBI retained the projection at")
    continued: dict = field(default_factory=dict)  # start of a change said with an earlier one's verb -> that one's start
    headline_end: int = -1  # where a first line that is a headline ends; -1 where it is a sentence
    fiscal_to_date: Period | None = None  # the fiscal year to date the article named, once it did
    trades: bool | None = None  # whether the article speaks of trade with partners, once asked


# an indicator that says only that a figure is a share, not of what part
SHARE_ONLY = {"share", "largest share", "biggest share", "smallest share", "lion share", "lion's share", "highest share", "lowest share", "respective shares"}
# the words that say a clause states a share: its subject is the part
SHARE_CUES = {"share", "shares", "accounted", "accounts", "accounting", "made", "makes", "constituted", "constitutes", "represented", "represents", "comprised", "contributed", "contributes"}
# subjects that are no part of a whole
SHARE_NOT_OWNERS = {"share", "shares", "proportion", "percentage", "part", "portion", "amount", "sum", "figure", "total", "which", "who", "that", "budget", "allocation", "estimates", "report", "data", "statement"}


class DocExtractor:
    """Turns a parsed Doc into an ArticleResult with one Lexicons."""

    def __init__(self, lexicons: Lexicons):
        self.lexicons = lexicons
        self.measure_acronyms: set[str] = set()  # of the article being extracted
        self.finder = QuantityFinder(lexicons)
        self.cities_of: dict[str, list[str]] = {}  # country -> the cities cities.tsv lists for it
        for r in lexicons.cities:
            self.cities_of.setdefault(r["country"], []).append(r["city"])
        self.scale_of_rule = {r["id"]: float(r["multiplier"]) for r in lexicons.scales}  # "scale_bn" -> 1e9
        self.countries = CountryGuesser(lexicons)
        self.stock_words = {r["word"].lower() for r in lexicons.stocks if r["role"] == "stock"}
        self.nominal = {r["verb"].lower(): r["indicator"] for r in lexicons.nominals}
        self.nominal_noun = {r["verb"].lower(): r["noun"].lower() for r in lexicons.nominals}
        self.currency_words = {r["surface"].lower() for r in lexicons.currencies if r["position"] == "suffix"}
        self.currency_families = {(r["family"], r["country"]): r["code"] for r in lexicons.currency_families}
        self.fiscal_years: dict[str, dict[str, tuple[str, str]]] = {}  # country -> first year -> (start, end)
        self.fiscal_years_begun: dict[str, dict[int, tuple[str, str]]] = {}  # country -> Gregorian year it begins in -> (start, end)
        for r in lexicons.fiscal_years:
            if r["label"][:4].isdigit():
                self.fiscal_years.setdefault(r["country"], {})[r["label"][:4]] = (r["start"], r["end"])
            self.fiscal_years_begun.setdefault(r["country"], {})[int(r["start"][:4])] = (r["start"], r["end"])
        self.flow_words = {r["word"].lower() for r in lexicons.stocks if r["role"] == "flow"}
        self.place_of = {
            name.lower(): row["place"].lower()
            for row in lexicons.place_aliases for name in [row["place"], *row["aliases"].split("|")]
        }
        self.region_country = {self._place_key(r["region"]): r["country"] for r in lexicons.regions}  # "alberta" -> "Canada"
        # the regions whose adjective is their name and "n" ("Styria", "Styrian", "Andalusian"), but not
        # a region that shares a country's name ("Georgian" is the country's people too)
        country_names = {r["country"].lower() for r in lexicons.countries}
        self.region_name = {
            r["region"].lower(): r["region"] for r in lexicons.regions
            if r["region"].endswith("a") and r["region"].lower() not in country_names
        }
        self.region_codes = {(r["code"], r["country"]): r["region"] for r in lexicons.region_codes}  # ("MA", "United States") -> "Massachusetts"
        self.place_spellings = {
            row["place"].lower(): {row["place"], *row["aliases"].split("|")} for row in lexicons.place_aliases
        }
        self.entity_stop = {r["text"].lower() for r in lexicons.entity_stoplist}
        self.currency_names = {r["surface"].lower() for r in lexicons.currencies if r["position"] == "suffix" and r["surface"][:1].islower()}  # "naira", "rupees": never an owner
        self.currency_names |= {r["code"].lower() for r in lexicons.currencies if re.fullmatch(r"[A-Z]{3}", r["code"])}  # "CHF 41 million": the model's ORG "CHF" owns nothing
        # a currency's sign or short form written before an amount ("Ksh.", "US$", "Rs"): never a
        # measure (a currency's name is, where its value moves: "the dollar averaged ¥108.33")
        self.currency_signs = {r["surface"].strip(" .").lower() for r in lexicons.currencies if r["position"] == "prefix" and not re.fullmatch(r"[a-z]{4,}", r["surface"].strip(" .").lower())}
        self.title_words = {r["word"].lower() for r in lexicons.titles}
        # every name of a central bank -> its first name ("Banxico" -> "Bank of Mexico")
        names = Counter(name.lower() for row in lexicons.countries for name in set(row["central_bank"].split("|")) if name)
        self.central_banks = {
            name.lower(): row["central_bank"].split("|")[0]
            for row in lexicons.countries for name in row["central_bank"].split("|") if name and names[name.lower()] == 1
        }  # a short name two banks share ("BoT": Thailand, Tanzania) counts only in its own country's articles
        self.change = {r["surface"].lower(): r for r in lexicons.change_words}
        self.name_prefixes = {r["word"] for r in lexicons.name_prefixes}
        basis_rows = sorted(lexicons.basis, key=lambda r: len(r["surface"]), reverse=True)
        self.basis_re = re.compile(r"(?<![\w-])" + alternation(r["surface"] for r in basis_rows) + r"(?![\w-])", re.I)  # the longest first, grouped by first letter
        self.basis_of = {r["surface"].lower(): r for r in basis_rows}
        change_words = sorted(self.change, key=len, reverse=True)
        cw = alternation(change_words)  # grouped by first letter: these patterns run on every figure
        self.change_word_re = re.compile(rf"(?<![\w-])(?:{cw})(?![\w-])", re.I)
        # A change phrase just before a number: "an increase of", "a year-on-year increase of",
        # "up by", "rose", "increased by", "grew 5%", "a decline of about".
        self.change_before = re.compile(
            rf"""(?P<phrase>
                (?:(?<![\w-])(?:an?|the)\s+(?:(?!(?:an?|the)\b)[\w-]+\s+){{0,3}}?)?          # article and up to three modifiers
                (?<![\w-])(?P<cue>{cw})(?![\w-])
                (?:\s+(?P<rates>rate|pace|rates))?
                (?P<object>\s+(?:(?:the|its|their|our|his|her|a)\s+(?:(?!\b(?:as|while|but|whereas)\b)[\w\s,&-]){{1,70}}?|(?:(?!(?:and|or|but|while|as|for|to|from|with|in|on|at|of|was|were|is|are|only|just|also|{cw})\b|[A-Za-z]+ly\b)[A-Za-z][\w-]*\s+){{0,3}}(?!(?:and|or|but|while|as|for|to|from|with|in|on|at|of|was|were|is|are|only|just|also|{cw})\b|[A-Za-z]+ly\b)[A-Za-z][\w-]*)(?=\s+by(?:\s+(?:a\s+(?:total|combined|cumulative)|an\s+average)(?:\s+of)?|\s+an?\s+(?:(?:relatively|very|rather|fairly|still|much|more|less|comparatively)\s+)?[\w-]+)?\s*$))?  # not across a clause; "boosted copper output by a staggering 4,734%"
                (?:\s+(?:from|between)\s+{SPAN_END}\s+(?:to|and)\s+{SPAN_END}(?=\s+by\s*$))?  # "decreased from November 2017 to December 2017 by"
                (?P<inphrase>\s+in\s+(?:the\s+|its\s+|their\s+)?(?:(?!\b(?!added\s+value\b)(?:as|while|but|whereas|was|were|is|are|{cw})\b|\b(?:for|to)\s+a\s+total\b)[\w\s&-]){{1,50}}?(?:,\s(?:the\s)?[A-Za-z][\w\s-]{{1,40}},)?(?=\s+(?:of|by)\s*$))?  # "an increase in the goods deficit of", "a drop in added value in volume of", "an increase in GDP, the gross domestic product, of"  # "cut the repo rate by"
                (?:\s+at\s+(?:an?\s+)?(?:(?:seasonally\s+adjusted|average|annual(?:ized|ised)?|yearly|quarterly|growth)\s+)*(?:rate|pace)\s+of)?
                (?:\s+(?:sharply|slightly|steadily|further|again|strongly|significantly|marginally|rapidly|slowly|gradually|considerably|substantially|dramatically|moderately|modestly|markedly|only|just|year-on-year|yoy|month-on-month|quarter-on-quarter|annually))*
                (?:(?:,|\s[—–])?\s+(?:of|by|at))?  # "shrink slowly — by only 15.4 billion rubles"
                (?:\s+(?:a\s+(?:total|combined|cumulative)|an\s+average)(?:\s+of)?)?  # "slashed rates by a total of 175 basis points", "declined by an average 10 thousand"
                (?:\s+(?:only|just|["“'‘](?:only|just)["”'’]|exactly|precisely|a\s+mere|another|a\s+further|an\s+additional|an\s+extra)|(?P<intens>\s+an?\s+(?:(?:relatively|very|rather|fairly|still|much|more|less|comparatively)\s+)?(?:whopping|staggering|solid|modest|robust|massive|healthy|hefty|marginal|slight|sharp|further|additional|impressive|record|high|strong|steep|significant|substantial|moderate|small|mild)))?  # "up by only 0.51 percent", "an increase of "only" 52.2 percent", "an increase of exactly 91%", "grew a whopping 125.6%"
                (?:\s+between)?  # "growth of between 1.3 and 1.5 per cent"
            )\s*$""",
            re.I | re.VERBOSE,
        )
        # where a clause ends for a basis: also at "and" before another change ("remained steady at
        # 8.2 per cent in March and decreased by 0.4 percentage points over the year")
        verbs = "|".join(re.escape(w) for w in sorted(self.change, key=len, reverse=True) if " " not in w)
        self.clause_break = re.compile(CLAUSE_BREAK.pattern + rf"|\band\s+(?=(?:has\s+|have\s+|had\s+)?(?:{verbs})\b)", re.I)
        # "... peak at 35.2% of GDP in 2026-27 before declining to 30.2% by 2034-35": a change to a level
        # "rose from 0.7% in March": a change word, then "from" and the earlier level
        self.change_from = re.compile(rf"(?<![\w-])(?P<cue>{cw})(?:\s+\w+ly)?\s+from\s+(?:about|around|nearly|roughly|some|a\s+revised|an?\s+upwardly\s+revised|a\s+downwardly\s+revised)?\s*$", re.I)
        self.change_to = re.compile(rf"(?<![\w-])(?P<cue>{cw})(?:\s+\w+ly)?\s+to\s+(?:about|around|nearly|roughly|some)?\s*$", re.I)  # "narrowed slightly to around 5.6 percent"
        # "grew at a 3.3% annual rate", "shrinking at a 0.5% pace": the change word, then the
        # rate it moved at, the number inside
        self.change_at_rate = re.compile(rf"(?<![\w-])(?P<cue>{cw})\s+(?:\w+ly\s+)?at\s+an?\s*$", re.I)
        # "expanded at an unexpected rate of seven percent", "grew at a pace of 5%", "declined by a faster rate of 10.6 per cent"
        self.change_at_rate_of = re.compile(
            rf"(?<![\w-])(?P<cue>{cw})\s+(?:\w+ly\s+)?(?:at|by)\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?(?:rate|pace)\s+of\s+(?:about\s+|around\s+|nearly\s+)?$", re.I
        )
        self.change_after = re.compile(
            rf"^\s*(?P<phrase>(?:(?:year-on-year|month-on-month|quarter-on-quarter|yoy|y-o-y|y/y|m/m|q/q|annual|on-year)\s+)?(?P<cue>{cw}))\b",
            re.I,
        )
        self.change_after_noun = re.compile(rf"^\s*(?P<phrase>(?:[a-z][\w-]*\s+){{1,3}}?(?P<cue>{cw}))\b(?!\s+of\b)")  # "a 1% year-on-year real terms reduction in"

    def _known_place(self, ctx: "_Context", name: str) -> bool:
        """Return True for a place the article's entities or the region rules name."""
        return name in ctx.places or self._place_key(name) in self.region_country

    def _place_key(self, name: str) -> str:
        """Return one key for the forms of one place ("Britain", "UK" -> "united kingdom")."""
        return self.place_of.get(name.lower(), name.lower())

    @staticmethod
    def _body_of_country(text: str, country_row: dict) -> bool:
        """Return True where the text names a public body by the country's name or adjective
        ("South African Revenue Service", "Bank of Botswana", "Statistics Committee of Uzbekistan")."""
        names = [c for c in [country_row.get("country", "")] + country_row.get("cues", "").split("|") if c[:1].isupper() and not c.isupper() and not BODY_WORD.search(c)]
        if not names:
            return False
        place = "(?:" + "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True)) + ")"
        capitalised = r"(?:[A-Z][\w&'-]*\s+){0,4}"
        return bool(
            re.search(rf"\b{place}\s+{capitalised}{BODY_WORD.pattern}|{BODY_WORD.pattern}(?:\s+[A-Z][\w&'-]*){{0,3}}\s+of\s+(?:the\s+)?{place}\b|\b{place}(?:['’]s)?\s+(?:[A-Z][\w&'-]*\s+){{0,3}}(?:Service|Statistics|Statistical|Government|Parliament)\b", text)
        )

    def _hinted_region(self, hint: str | None, text: str, place_counts: Counter, place_names: dict) -> str | None:
        """Return the key of the one region a country hint names in brackets ("Pakistan (Punjab)",
        "Oman (Dhofar Governorate)"), where the rules know it as a region or the article names it
        as a place, or None. Its name goes to ``place_names`` in the form the article writes,
        where that is the hint's or one the rules list for the place ("Hawaiian Islands");
        else as the hint writes it, even where the article spells it otherwise."""
        inner = re.search(r"\(([^():]*)\)\s*$", hint or "")
        if inner is None or inner.group(1).count(",") > 1:
            return None  # no region, or a list of them ("provinces: ...")
        # the most specific last: "Iraq (Kurdistan Region, Erbil Governorate)"
        names = [name for part in reversed(inner.group(1).split(",")) for name in dict.fromkeys((part.strip(), REGION_KIND.sub("", part.strip()))) if name]
        for name in names:
            key = self._place_key(name)
            known = key in self.region_country or key in place_counts
            named = self._country_named(text, key) if known else None
            if named is None and (variant := self._spelled_otherwise(name, place_counts, place_names)):
                # the article's own spelling of the hint's place ("Navarra" for "Navarre",
                # "Kharkov region" for "Kharkiv oblast"): the form an analyst keeps
                key = key if known else variant[0]
                named, known = variant[1], True
            if known:
                place_names.setdefault(key, named or name)
                return key
        for name in names:
            # at last, a place the article writes only inside names ("Bangkok Metropolitan
            # Administration"), where no part is known; never a code ("Region IV-A")
            if re.fullmatch(r"[A-Z][a-zà-ÿ'’-]+(?:\s+[A-Z][a-zà-ÿ'’-]+)*", name) and re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
                key = self._place_key(name)
                place_names.setdefault(key, self._country_named(text, key) or name)
                return key
        return None

    def _city_of_story(self, text: str, country: str | None, region: str) -> str | None:
        """Return the city of ``country`` a story filed under one of its regions is on, or None:
        one the headline or the opening sentence names, not as a dateline, and the text names
        more often than the region ("Agadir" five times, "Souss-Massa" once)."""
        first_break = text.find("\n")
        body_start = first_break + 1 if 0 < first_break < 150 else 0
        opening = text[: text.find(". ", body_start) + 1 or len(text)]

        def times(name: str) -> int:
            return len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text))

        region_key = self._place_key(region)
        named = [
            city for city in self.cities_of.get(country or "", ())
            if city in opening and self._place_key(city) != region_key and self._place_key(city) not in self.region_country
            and not re.match(rf"\s*{re.escape(city)}\s*[:,—–-]", text[body_start:])  # "Muscat: ...", where it was filed
        ]
        city = max(named, key=times, default=None)
        return city if city is not None and times(city) > times(region) else None

    def _spelled_otherwise(self, name: str, place_counts: Counter, place_names: dict) -> tuple[str, str] | None:
        """Return the key and form of the place the article names that is ``name`` spelled
        another way ("Mangistau region" for "Mangystau", "Ras al-Khaimah" for "Ras Al Khaimah"),
        or None. Spellings a letter or two apart match, unless the article's form is a country
        ("Nigeria" is not "Niger"). It is asked only where the article never writes the hint's
        own form, so a neighbour spelled alike ("Shanxi" beside "Shaanxi") is not taken for it."""
        def letters(s: str) -> str:
            return re.sub(r"[^a-z]", "", REGION_KIND.sub("", s).lower())
        wanted = letters(name)
        alike = [
            key for key in place_counts
            if (have := letters(place_names.get(key, key))) == wanted or (
                len(wanted) >= 5 and have[:1] == wanted[:1] and key not in self.countries.by_name
                and SequenceMatcher(None, wanted, have).ratio() >= 0.85
            )
        ]
        if not alike:
            return None
        key = max(alike, key=lambda k: (letters(place_names.get(k, k)) == wanted, place_counts[k]))  # the same letters, else the form named most
        return key, place_names.get(key, key)

    def _country_named(self, text: str, key: str) -> str | None:
        """Return the first form of the place ``key`` the text names, as written, or None."""
        names = sorted(self.place_spellings.get(key, set()) | {key.title()}, key=len, reverse=True)
        match = re.search(r"(?<![\w.])(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)", text)
        return match.group(0) if match else None

    def _place_forms(self, text: str, ents, datelines: set[str]) -> dict[str, str]:
        """Return, per place key, the form the article's body first names it by.

        A headline is written short ("Britain's trade gap widens"); the body's first mention
        ("The UK's trade deficit") is the form an analyst keeps. A dateline in capitals is
        written as a name ("MACAU" -> "Macau").
        """
        first_line_end = text.find("\n")
        headline = first_line_end if 0 < first_line_end < 150 and not text[:first_line_end].rstrip().endswith((".", "!", "?", "\"", "”")) else 0
        forms: dict[str, str] = {}
        for body_only in (True, False):
            for e in ents:
                if e.label_ != "GPE" or (body_only and e.start_char < headline):
                    continue
                name = _subject_text(e.text)
                if e.text in datelines or name.isupper() and len(name) > 3:
                    name = name.title()
                key = self._place_key(name)
                if re.fullmatch(r"[A-Z][a-z]{1,4}\.?", name) and key != name.lower():
                    # "TALLAHASSEE, Fla.": an abbreviation stands for the place, whose name is kept
                    name = next((n for n in self.place_spellings.get(key, ()) if n.lower() == key), name)
                forms.setdefault(key, name)
        return forms

    # ------------------------------------------------------------------ entry point

    def extract(self, doc: Doc, article: str, published: str | None, country: str | None = None, ents=None) -> ArticleResult:
        """Return the records of ``doc``; ``ents`` are its entities in order where the caller has
        them (doc.ents builds new Spans on every access, from a pass over every token)."""
        text = doc_text(doc)
        # read the entities once, without the spans that name nothing
        ents = tuple(
            e for e in (doc.ents if ents is None else ents)
            if not _names_nothing(text, e) and e.text.lower().rstrip(".") not in self.title_words  # "Cllr." alone: a title, no name
        )
        _index_entities(doc, ents)
        # only places that govern (GPE) carry over as the subject of later sentences; words the
        # model takes for places but the stoplist knows better ("Nominal" GDP) are none
        stop = self.entity_stop
        datelines = {e.text for e in ents if _is_dateline(text, e)}
        # a place the rules list is a place, whatever the model calls it ("The ACT's mid-year budget" ORG)
        ents_as_places = [
            e for e in ents
            if e.label_ == "GPE" or e.label_ in ("ORG", "PERSON", "NORP", "LOC") and self._place_key(_subject_text(e.text)) in self.region_country
        ]  # "Hessen" (ORG), "Kakamega" (PERSON): a region the rules list, by its name or a local one
        # a region's adjective counts for the region where no country has it: "Styrian exports" is Styria's
        adjectives = {
            e.start_char: self.region_name[e.text[:-1].lower()] for e in ents
            if e.label_ in ("NORP", "GPE") and e.text.endswith("an") and e.text[:-1].lower() in self.region_name
        }
        # and a region's people as the rules spell them ("the Faroese unemployment rate")
        adjectives.update({
            e.start_char: self.place_of[e.text.lower()].title() for e in ents
            if e.label_ == "NORP" and e.text.lower() in self.place_of and self.place_of[e.text.lower()] in self.region_country
        })
        places = {_subject_text(e.text) for e in ents_as_places if e.text.lower() not in stop and e.text not in datelines and not AMOUNT_LIKE.match(e.text)}
        # The article's main place: the place it names most, counting the forms of one place
        # together ("UK" and "Britain"); a dateline city stands for its country where
        # countries.tsv knows it ("SEOUL" for South Korea). A place named once, past the
        # opening paragraphs, is a passing mention ("led by British Columbia"), not the
        # article's own.
        place_counts = Counter()
        display: dict[str, str] = {}
        early = _paragraph_starts(text)[2:3] or [len(text)]
        country_row = self.countries.of_article(text, country)
        # the cities countries.tsv knows for the article's country ("Maputo", "Washington"), and
        # that regions.tsv does not list as places with economies of their own, stand for it
        home_cities = {
            c.lower() for c in country_row.get("cues", "").split("|")
            if c[:1].isupper() and not c.isupper() and self._place_key(c) not in self.region_country
        }
        for e in ents_as_places + [e for e in ents if e.start_char in adjectives]:
            if e.text.lower() in stop or AMOUNT_LIKE.match(e.text):
                continue  # "N1.1", "N1.53trillion": an amount the model took for a place
            name = adjectives.get(e.start_char) or _subject_text(e.text)
            coded = self.region_codes.get((name, country_row.get("country", ""))) if name.isupper() and len(name) <= 3 else None
            if coded and re.search(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*,\s*$", text[max(0, e.start_char - 30) : e.start_char]):
                name = coded  # "(Boston, MA) -": the state a city is in, by its postal code
            if name.lower() in home_cities and self._place_key(name) != self._place_key(country_row["country"]):
                # "at a meeting in Maputo": the capital, where the country's figures are made
                place_counts[self._place_key(country_row["country"])] += 2 if e.start_char < early[0] else 1
                display.setdefault(self._place_key(country_row["country"]), country_row["country"])
                continue
            if e.text in datelines:
                row = self.countries.by_name.get(e.text.lower())
                country_name = row["country"] if row else name
                if self._place_key(country_name) != self._place_key(name):
                    name = country_name
                place_counts[self._place_key(name)] += 1.5  # a dateline says where the story is; a place the opening names says more
                display.setdefault(self._place_key(name), name)
            else:
                place_counts[self._place_key(name)] += 2 if e.start_char < early[0] else 1
                # as the article writes it ("ACT"), the region an adjective names, or a known region
                # the model takes for a person ("Kherson"); a place's own form comes from _place_forms
                display.setdefault(self._place_key(name), name)
        headline_end = _headline_end(text)
        for key in {self._place_key(_subject_text(e.text)) for e in ents if e.label_ == "GPE" and e.end_char <= headline_end and e.text not in datelines}:
            if key in self.region_country and key in place_counts:
                place_counts[key] += 2  # "Working meeting with Nizhny Novgorod Region Governor": the region a headline names is the story's
        place_names = {**display, **self._place_forms(text, ents, datelines)}
        # one mention is enough for the country the article is about ("the UK economy")
        home = self._place_key(country_row.get("country", ""))
        if home in place_counts:
            place_counts[home] += 1
        # a tie goes to the article's country ("Chile" and "Escondida", a mine the model takes for a place)
        main_key = max(place_counts, key=lambda k: (place_counts[k], k == home)) if place_counts and max(place_counts.values()) >= 2 else None
        if (
            main_key is None and len(place_counts) == 1 and next(iter(place_counts)) in self.region_country
            and not (home and self._country_named(text, home))  # the country the cues suggest is not named by name
            and not all(
                re.search(r"\b(?:led\s+by|including|such\s+as|followed\s+by|like|except|apart\s+from|notably)\s+$", text[max(0, e.start_char - 24) : e.start_char])
                for e in ents if e.label_ == "GPE" and self._place_key(_subject_text(e.text)) == next(iter(place_counts))
            )
        ):
            # a note on Alberta's budget that names no other place, nor its country: the province
            # ("In Ontario, ..." in a Statistics Canada release is a passing mention)
            main_key = next(iter(place_counts))
        local = LOCAL_BODY.search(text, 0, early[0]) if main_key is None else None
        if local is not None:
            # "The Lusaka City Council (LCC) has approved a K347, 764, 004 budget for 2021": an
            # article on a city's council, which names no place but the city in the council's name
            main_key = self._place_key(local.group("place"))
            place_names.setdefault(main_key, local.group("place"))
        if main_key is None and home:
            # a release that names its country only inside a name ("the U.S. Bureau of Economic
            # Analysis") is still about that country; one that never names it has no subject
            named = self._country_named(text, home)
            cues = [c for c in country_row.get("cues", "").split("|") if c]
            if named:
                main_key = home
                place_names.setdefault(home, named)
            elif cues and re.search(r"\b(?:" + "|".join(re.escape(c) for c in cues if c[:1].isupper() and not c.isupper()) + r")\s+(?:economy|economic\s+growth|gross\s+domestic\s+product|GDP)\b", text):
                # "The Philippine economy grew 6.3 percent": the country, named by its adjective
                main_key = home
                place_names.setdefault(home, country_row["country"])
            elif any(
                re.search(rf"\b{re.escape(body)}\b", text)
                for body in country_row.get("central_bank", "").split("|") + [c for c in cues if " " in c and BODY_WORD.search(c)]
                if body and any(re.search(rf"\b{re.escape(c)}\b", body) for c in cues if not BODY_WORD.search(c) and c not in ("Fed",))
            ):
                # a story on UK inflation that names only the Bank of England and the ONS: the
                # country whose central bank it is, in its short name ("UK"); a body whose name
                # holds no place ("the Federal Reserve") names no country
                main_key = home
                place_names.setdefault(home, cues[0] if cues else country_row["country"])
            elif self._body_of_country(text, country_row):
                # "The South African Revenue Service (SARS) today releases ...", "the Bank of
                # Botswana": a public body of the country, named by it
                main_key = home
                place_names.setdefault(home, country_row["country"])
        hinted = self._hinted_region(country, text, place_counts, place_names)
        if hinted is not None:
            main_key = hinted
            city = self._city_of_story(text, country_row.get("country"), place_names.get(hinted, hinted))
            if city is not None:
                # "Moroccan tourists top arrivals in Agadir", filed under Souss-Massa: the city the
                # story is on, which it names more often than the region the meta names
                main_key = self._place_key(city)
                place_names[main_key] = city
        if main_key and self.region_country.get(main_key) == "United States" and country_row.get("country") == "United States":
            # a US state's budget year is not the federal one (October): July in 46 states, with
            # four exceptions ("FY25" in New Mexico runs from July 2024)
            country_row = {**country_row, "fiscal_start_month": str(US_STATE_FISCAL_START.get(main_key, 7))}
        elif country_row.get("country") in MUNICIPAL_FISCAL_START and MUNICIPAL_STORY.search(text, 0, 600):
            # "The Tshwane Metropolitan Council will table an R8,9-billion budget for the 2005/06
            # financial year": a South African municipality's year runs from July, the state's from April
            country_row = {**country_row, "fiscal_start_month": str(MUNICIPAL_FISCAL_START[country_row["country"]])}
        ctx = _Context(
            doc, text, parse_published(published), self.lexicons, _paragraph_starts(text),
            country_row, places,
            place_names.get(main_key, main_key) if main_key else None, Counter(),
            sents=list(doc.sents),  # Doc.sents re-checks the whole Doc on every call: read once
            sentence_period={},
        )
        ctx.place_names = place_names
        ctx.headline_end = headline_end
        # the short names of measures the article defines ("non-oil domestic exports (NODX)"), which
        # the model takes for bodies; set per article, read where a token is judged a measure
        defined = {acronym: expand_acronym(acronym, text) for acronym in sorted(set(re.findall(r"\(([A-Z]{2,7})\)", text)))}
        self.measure_acronyms = {
            acronym for acronym, expanded in defined.items() if expanded and not all(w[:1].isupper() for w in expanded.split())
        } | KNOWN_ACRONYMS  # and the common ones: "while the GNI grew 0.6 percent"
        ctx.ents = tuple(ents)
        ctx.sent_starts = [sent.start_char for sent in ctx.sents]
        ctx.datelines = datelines
        banks = {}  # the bank -> the article's first form of its name
        spelled = {}  # the bank -> the first form the text names it by in full, not by its initials
        own_bank = {n.lower(): country_row["central_bank"].split("|")[0] for n in country_row.get("central_bank", "").split("|") if n}
        for e in ents:
            name = _subject_text(e.text)
            if name.lower() in own_bank or name.lower() in self.central_banks:
                # a short name several countries' banks share ("CBK", "BoT") is the article's own country's
                bank = own_bank.get(name.lower()) or self.central_banks[name.lower()]
                banks.setdefault(bank, name)
                if not name.isupper():
                    spelled.setdefault(bank, name)
            elif e.label_ == "ORG" and " of " in name:
                # "the Monetary Policy Committee of the Bank of Mozambique": the bank the body belongs to
                inner = re.search(r"\bof\s+(?:the\s+)?(?P<bank>.+)$", name)
                if inner and inner.group("bank").lower() in own_bank:
                    banks.setdefault(own_bank[inner.group("bank").lower()], inner.group("bank"))
        ctx.central_bank = next(iter(banks.values())) if len(banks) == 1 else None
        if ctx.central_bank and ctx.central_bank.isupper():
            # "RBNZ" in the headline, "the Reserve Bank of New Zealand" in the text: the bank by its full name, where the text gives it
            ctx.central_bank = spelled.get(next(iter(banks)), ctx.central_bank)
        ctx.last_sector, ctx.sectors, ctx.bodies, ctx.indicators, ctx.kept_at = {}, set(), set(), {}, {}
        ctx.series = series_cells(text) if SERIES_ROW.search(text) else {}
        ctx.table = table_cells(text) if ("|" in text or "\t" in text) else {}
        # the scanner's numbers, with those it split or misread made whole, in this order
        quantities = self.finder.find(text)
        for mend in (_spelled_amounts, _scale_chains, _doublings, _subunits, _space_thousands, _comma_space_thousands, _decimal_commas, _spaced_decimal_commas, _spaced_decimal_points, _bare_points):
            quantities = mend(quantities, text)
        quantities = _elided_percents(_ends_said_once(self.scale_of_rule, _list_said_once(self.scale_of_rule, quantities, text), text), text)
        quantities = _written_then_digits(self._keep_quantities(ctx, _colon_shares(quantities, text)), text)
        quantities = _resolve_dollars(_dollar_of_the_other_end(quantities, text), ctx.country, self.currency_families)
        quantities = _bare_crores(quantities, text, self.currency_families.get(("rupee", ctx.country.get("country", ""))) or self.currency_families[("rupee", "*")])
        quantities = _decimal_comma_before_a_scale(_money_by_noun(quantities, text), text)
        quantities = _elided_scales(quantities, text, self.scale_of_rule)
        quantities = [_threshold_passed(_negative_by_word(q, text), text) for q in quantities]
        quantities = _bracketed_conversions(quantities, text)
        quantities = _hourly_amounts(quantities, text)
        quantities = _barrel_prices(quantities, text)
        quantities = [q for q in quantities if not AGES_BEFORE.search(text, max(0, q.start - 30), q.qualifier_start if q.qualifier_start is not None else q.start)]
        quantities = _exchange_rates(quantities, text)
        ctx.lead_period = ctx.headline_period = self._headline_period(ctx, quantities)
        ctx.people_named = frozenset(e.text for e in ents if e.label_ == "PERSON" and " " in e.text)
        ctx.bodies_named = frozenset(e.text for e in ents if e.label_ == "ORG" and BODY_WORD.search(e.text))
        ctx.quantity_tokens = set()  # no figure is part of what another figure measures
        ctx.quantity_starts = tuple(q.start for q in quantities)
        for q in quantities:
            span = doc.char_span(q.start, q.end, alignment_mode="expand")  # with "Rs", "₹", "US$"
            if span is not None:
                ctx.quantity_tokens.update(range(span.start, span.end))
        ctx.table.update(ctx.series)
        # a table's measure by the short name the article gives it ("gross domestic product (GDP)")
        rows = period_table(text, {expanded.lower(): acronym for acronym, expanded in defined.items() if expanded}) if TABLE_RUN.search(text) else None
        if rows is not None:
            # a table of period-labelled rows: its cells, read by row and column, in place of
            # whatever the scanner made of the run of numbers
            quantities = sorted([q for q in quantities if q.end <= rows.start or q.start >= rows.end] + [
                RawQuantity(
                    start=a, end=end, number_start=a, number_end=end, value=value, unit="%" if rows.cells[a].change else "count",
                    kind="percent" if rows.cells[a].change else "count", qualifier=None, qualifier_start=None, written=False,
                    signed=value < 0, rule_id="period_row", has_scale=False, core_end=end,
                )
                for a, (end, value) in rows.values.items()
            ], key=lambda q: q.start)
            ctx.table.update(rows.cells)
            ctx.quantity_starts = tuple(q.start for q in quantities)
        grid = grid_tables(text, ctx.published) if doc.user_data.get(GRID_KEY, True) else None
        if grid is not None:
            # tables laid out over lines ("Fresh Fish / + 7.67%", "REAL GDP    4.1    1.6"): their
            # cells, read by row and column, in place of what the scanner made of them
            inside = lambda q: any(a <= q.start < b for a, b in grid.spans)  # noqa: E731
            quantities = sorted([q for q in quantities if not inside(q) or q.start in grid.money] + [
                RawQuantity(
                    start=a, end=end, number_start=a, number_end=end, value=value,
                    unit="%" if grid.cells[a].change or percent else "count", kind="percent" if grid.cells[a].change or percent else "count",
                    qualifier=None, qualifier_start=None, written=False, signed=ctx.text[a] in "-+–−", rule_id="grid_cell",
                    has_scale=False, core_end=end,
                )
                for a, (end, value, percent) in grid.values.items()
            ], key=lambda q: q.start)
            ctx.table.update(grid.cells)
            ctx.quantity_starts = tuple(q.start for q in quantities)
        metrics, growth_rates = self._classify(ctx, quantities)
        entities = [_served_place(e, ctx) for e in extract_entities(doc, self.lexicons, ents, text)]
        return ArticleResult(
            article=article,
            published=published,
            metrics=tuple(metrics),
            growth_rates=tuple(growth_rates),
            entities=tuple(entities),
        )

    # ------------------------------------------------------------------ filters

    def _keep_quantities(self, ctx: _Context, found: list[RawQuantity]) -> list[RawQuantity]:
        text, doc = ctx.text, ctx.doc
        kept: list[RawQuantity] = []
        series = ctx.series or {}
        for q in found:
            if q.start in series or q.number_start in series:
                kept.append(q)  # "May-18 94,016": a figure of a series, never a date's day
                continue
            times = TIMES_AFTER.match(text, q.end) if q.kind == "count" and q.unit == "count" and q.value > 0 else None
            if times is not None:
                # "exploded 6.1 times", "a 2.4-fold decline": a multiple, in per cent of the base,
                # a change where a change word says so and nothing where none does
                q = replace(q, value=q.value * 100, unit="%", kind="percent", end=times.end(), core_end=times.end(), rule_id=q.rule_id + "+times")
            number = text[q.number_start : q.number_end]
            before = text[max(0, q.start - 25) : q.start]
            after = text[q.end : q.end + 25]
            restated = AMOUNT_IN_WORDS_BEFORE.search(text, max(0, q.start - 200), q.start) if q.written else None
            if restated is not None and all(w in AMOUNT_WORDS for w in re.findall(r"[a-z]+", restated.group("words").lower())):
                continue  # "₦169,557,658,300:00 (One hundred and Sixty-nine billion, Five hundred ... Naira)": the amount again, in words
            if q.kind == "count" and not q.written:
                digits = number.replace(",", "")
                # years ("in 2024"), and the second year of "2024-25"
                if digits.isdigit() and int(digits) in YEAR_RANGE and "," not in number and not q.has_scale:
                    continue
                if re.search(r"(?<![\d,.])(?:1[89]|20)\d\d\s?[-–/]\s?$", before) and len(digits) <= 4:
                    continue
                if re.search(r"\bFY\s?'?(?:\d\d\s?[-–/]\s?)?$", before) and len(digits) <= 4:
                    continue  # "FY 24-25": a fiscal year's two short years
            if q.kind == "count" and not q.written and (
                LEGAL_REFERENCE_BEFORE.search(text, max(0, q.start - 40), q.start) or re.match(r"\(\s*$", before[-1:]) and re.match(r"\)\s*\(", text[q.end : q.end + 3])
            ):
                continue  # "Section 107(2)(b)", "Regulation 25(1)(g)", "Article 4": where a law says it, no quantity
            if q.kind == "count" and not q.written and (
                re.search(r"\b(?:No|Nos|Nr)\.?\s?$|\b(?:Region|Zone|Ward|Phase)\s$|\b[A-Z]{2,}\)?-$", before) or re.match(r"-star\b", text[q.end : q.end + 6], re.I)
            ):
                continue  # "Resolution No 25/ND-CP", "ranked No. 1", "NEDA Region 5", "NEDA-6": a number that names or ranks; "4-star hotels": a grade
            if (
                q.kind == "count" and not q.written and q.unit == "count" and re.fullmatch(r"\d", number) and text[q.end : q.end + 1] == ")"
                and text.rfind("(", max(0, q.start - 200), q.start) <= text.rfind(")", max(0, q.start - 200), q.start)
            ):
                continue  # "gross domestic product increased 1) in July", "priorities: 1) growth": a footnote's or a list item's mark
            if q.kind == "count" and not q.written and q.unit == "count" and (
                INDEX_BASE_BEFORE.search(text, max(0, q.start - 20), q.start) or re.match(r"\s?=\s?(?:19|20)\d\d\b", after)
                or re.match(r"\s?(?:[-–]|to)\s?\d{1,3}\s+(?:years?\s+(?:of\s+age|old)|year[- ]olds|age\s+group)\b", after)
                or re.search(r"\d{1,3}\s?(?:[-–]|to)\s?$", before) and re.match(r"\s+(?:years?\s+(?:of\s+age|old)|year[- ]olds|age\s+group)\b", after)  # its upper end
            ):
                continue  # "(2015=100)", "in base 100 in 2015": an index's base; "15-29 years of age": an age group
            if q.kind == "count" and re.fullmatch(r"\d{1,2}[./]\d{1,2}", number) and re.match(r"[./](?:19|20)?\d\d\b", text[q.number_end : q.number_end + 5]):
                continue  # "Wednesday, 02.05.2018, 16:03": a date written with points
            if q.kind in ("count", "time") and not q.written:
                # dates: "December 19", "19 December", "19th" is already refused by the scanner
                if re.search(rf"\b{DATE_NEIGHBOUR.pattern}\s*$", before, re.I) and q.kind == "count":
                    continue
                if re.match(rf"^\s*{DATE_NEIGHBOUR.pattern}\b", after, re.I) and q.kind == "count":
                    continue
                if q.kind == "count" and re.search(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s*\($", before) and after.startswith(")"):
                    continue  # "this Wednesday (4)": the day of the month
                if re.match(r"^\s*(?:a\.m\.|p\.m\.|am\b|pm\b|:\d)", after, re.I):
                    continue
            # numbers inside names: "Article 12", "COVID-19", "G20", '"1510"', "8-3-18"
            prev_word = re.search(r"([A-Za-z][\w.]*)[\s-]*$", before)
            if prev_word and q.kind in ("count",) and not q.written:
                word = prev_word.group(1)
                if word in self.name_prefixes or (word[0].isupper() and word.isupper() and len(word) <= 5 and before.endswith("-")):
                    continue
            if q.kind == "count" and not q.has_scale and q.value < 100 and re.match(r"\s+(?:consecutive|straight|successive)\s+(?:quarters?|months?|years?|weeks?|days?|sessions?|meetings?)\b", after, re.I):
                continue  # "14 consecutive quarters without information", "10 straight months": a streak, no figure
            if q.kind == "count" and not q.written and q.value < 100 and float(q.value).is_integer() and re.search(r"(?:\w|[.)])\s?\[$", before) and after.startswith("]"):
                continue  # "Anhui Province [2] reached", "the Republic of Palau.[1]": a footnote's mark
            if q.kind == "count" and q.value == 100 and re.search(r"=\s?$", before) and re.match(r"\s?\)", after):
                continue  # "(where UK=100)", "(2015=100)": the base of an index, no figure
            if prev_word and not q.written and before.endswith("-") and prev_word.group(1) in self.name_prefixes:
                continue  # "the COVID-19 year of 2020": a name, whatever unit its next word looks like
            if q.kind == "count" and not q.written and re.search(r"\b[A-Z][a-z]+\s+$", before) and re.match(r"^\s+[A-Z]{2,}\b", after):
                continue  # a model name: "Boeing 737 MAX"
            if q.kind == "count" and not q.written and re.search(r"[\"“‘'][A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s+$", before) and re.match(r"[\"”’']", after):
                continue  # '"Entity 1"': a number that ends a name in quotation marks
            if q.kind == "count" and not q.written and re.match(r"^\s+(?:[A-Z][a-z]+\s+)?(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Lane|Boulevard|Square|Place|Drive)\b", after):
                continue  # an address: "11 Downing Street"
            if re.search(r"[A-Za-z]-$", before) and q.kind == "count":
                continue
            if re.search(r"\d\s?-\s?$", before) and re.match(r"^\s?-\s?\d", after):
                continue
            if q.kind == "count" and (
                re.search(r"\bvot(?:ed|e|ing)\s+(?:of\s+)?$", before) and re.match(r"^\s?[-–]\s?\d", after)
                or re.search(r"\bvot(?:ed|e|ing)\s+(?:of\s+)?\d+\s?[-–]\s?$", before)
                or re.match(r"^\s?[-–]\s?\d+\s+(?:vote|decision|majority|split)\b", after)
                or re.search(r"\d\s?[-–]\s?$", before) and re.match(r"^\s+(?:vote|decision|majority|split)\b", after)
            ):
                continue  # a vote tally: "voted 8-1", "a 7-2 decision"
            if re.match(r"^-\d+-\d+", text[q.number_end : q.number_end + 10]) or re.search(r"\d+-\d+-$", before):
                continue
            if re.search(r"[\"“‘']$", before) and re.match(r"^[\"”’']", after) and q.kind == "count":
                continue
            if re.search(r"\b(?:No|no|Nos)\.\s?$", before):
                continue
            listed = REFERENCE_LIST.search(text, max(0, q.start - 60), q.start) if q.kind == "count" and not q.written else None
            if listed and listed.group(1) in self.name_prefixes:
                continue  # the later numbers of a list of references: "(Exhibits 3, 6, and 7)", "Tables 2 to 4"
            if q.kind == "count" and not q.written and not q.has_scale and 0 < abs(q.value) < 1 and q.start not in ctx.table:
                continue  # "(0.19)": a bare fraction is no count of things; its unit is elsewhere or lost (a table's row or column may say it)
            if q.kind == "count" and re.match(r"^(?:[.)]\s|\.?\s*(?:\n|$))", text[q.end : q.end + 3]) and re.search(r"(?:^|\n)\s*$", before):
                continue  # a list marker at the start of a line: "1. Main points", "2)"
            if q.written and q.value == 1 and q.unit == "count":
                continue  # "one choice", "one of the": a count of one is not a figure
            if q.written and q.unit == "count" and _inside_quotes(text, q.start):
                continue  # part of a quoted slogan or name: "twin cities and two institutes"
            if q.written and re.search(r"\bthe\s+$", before, re.I) and q.unit == "count":
                continue  # "the three expenditure items": a reference back, not a new figure
            if q.unit in ("count", "year") and not q.has_scale and (
                re.search(r"\b(?:aged|ages|age|age of|ages of|aged between|between the ages of|under the age of|children under|child under|over the age of)\s+(?:\d+\s*(?:to|-|–|and)\s*)?$", before, re.I)
                or re.match(r"^\s*(?:to|-|–)\s*\d+\s+years\)", after) and re.search(r"\(\s*$", before)
                or re.search(r"\(\s*\d+\s*(?:to|-|–)\s*$", before) and re.match(r"^\s*years\)", after)
                or re.match(r"^\s*(?:years?\s+(?:old|of age)|-year-olds?)\b", after)
            ):
                continue  # an age: "aged 15 to 24", "(25 to 54 years)", "a child under 16"
            if q.kind == "time" and not self._measured_duration(ctx, q):
                continue
            if q.written and not self._written_is_quantity(ctx, q):
                continue
            kept.append(q)
        return _join_ranges(kept, text)

    def _measured_duration(self, ctx: _Context, q: RawQuantity) -> bool:
        """Return True for a duration that is a measured value, not one that places an event."""
        text = ctx.text
        after = text[q.end : q.end + 30]
        before = text[max(0, (q.qualifier_start or q.start) - 40) : (q.qualifier_start or q.start)]
        if PLACEMENT_AFTER.match(after) or re.match(r"^-(?:old|long)\b", after):
            return False
        if re.match(r"^[-\s](?:lows?|highs?|peaks?|troughs?)\b", after, re.I):
            return False  # "eased to three-month lows": how rare a level is, no figure
        if re.search(r"\b(?:last|past|next|previous|coming|first|recent)\s+$", before, re.I):
            return False
        if re.search(r"\b(?:course|space|period|span)\s+of\s+(?:about\s+|around\s+|nearly\s+|just\s+|only\s+)?$", before, re.I):
            return False  # "Over the course of one year, food prices jumped": the time of a change
        if q.unit == "h" or q.unit == "min":
            return not re.search(r"\b(?:in|for|within|past|last|next)\s+(?:the\s+)?$", before, re.I)
        if re.match(r"^\s+of\s+(?!the\b|age\b)", after) and not re.search(r"\b(?:in|after|for|over|during|past|last|first|next)\s+(?:the\s+)?$", before, re.I):
            return True  # "3 years of incubation"
        return bool(MEASURE_CONTEXT.search(before))

    def _written_is_quantity(self, ctx: _Context, q: RawQuantity) -> bool:
        """Return True for a written number that counts something ("three Hong Kong organizations")."""
        if q.kind not in ("count",) or q.has_scale:
            return True  # "five percent", "two billion yuan", "two million saplings"
        if re.match(r"^\s*(?:and|to|-|–)\s*(?:[a-z-]+\s+)?(?:per\s*cent|percent|%)", ctx.text[q.end : q.end + 30], re.I) or re.match(
            r"^\s*(?:and|to|-|–)\s*\w+(?:-\w+)?\s*(?:per\s*cent|percent|%)", ctx.text[q.end : q.end + 30], re.I
        ):
            return True  # "between four and five per cent"
        span = ctx.doc.char_span(q.number_start, q.number_end, alignment_mode="expand")
        if span is None:
            return False
        token = span[-1]
        if token.tag_ != "CD":
            return False
        after = ctx.text[q.number_end : q.number_end + 12]
        if after.startswith("-"):
            return False  # "three-year action plan", "one-stop"
        if token.dep_ == "nummod" and token.head.tag_ in COUNT_NOUN_TAGS and token.head.i > token.i:
            head = token.head
            if head.lower_ in {"time", "times", "way", "ways", "side", "sides", "place", "places", "hand", "hands", "thing", "things", "point", "points"}:
                return False
            if head.ent_type_ == "DATE" or head.lower_.rstrip("s") in {"year", "month", "week", "day", "quarter", "decade", "hour"}:
                return False
            return True
        return False

    # ------------------------------------------------------------------ classification

    def _classify(self, ctx: _Context, quantities: list[RawQuantity]):
        metrics: list[Metric] = []
        growth_rates: list[GrowthRate] = []
        text = ctx.text
        sents = ctx.sents
        index_style = bool(INDEX_STYLE.search(text))  # "Index of industrial production ... was 97.9 percent compared to February 2013"
        sent_starts = [s.start_char for s in sents]
        period_cache: dict[int, list] = {}
        subject_memory: dict[int, str] = {}  # paragraph -> last subject
        i = 0
        n = len(quantities)
        consumed: set[int] = set()
        for i, q in enumerate(quantities):
            if i in consumed:
                continue
            if q.qualifier_start is not None and re.match(r"over\b", text[q.qualifier_start : q.start], re.I) and re.search(
                r"\d\s*(?:%|per\s*cent|percent|percentage\s+points?)\s*$", text[max(0, q.qualifier_start - 30) : q.qualifier_start]
            ):
                # "a growth of 17.70% over Rs 16.64 lakh crore": "over" names the base, not "more than"
                q = replace(q, qualifier=None, qualifier_start=None, rule_id=q.rule_id.replace("+q_over", ""))
            paragraph = bisect_right(ctx.paragraph_starts, q.start) - 1
            k = max(0, bisect_right(sent_starts, q.start) - 1)
            sent = sents[k]
            cell = ctx.table.get(q.start) or ctx.table.get(q.number_start)
            if cell is not None:
                self._table_record(ctx, q, cell, sent, paragraph, period_cache, metrics, growth_rates)
                continue
            if k > 0 and text[sent.start_char : q.start].strip() in ("[", "("):
                # "compared with June 2018 [EUR 199.3bn]." parses the bracket as a sentence of its
                # own: it belongs to the sentence before
                sent = ctx.doc[sents[k - 1].start : sent.end]
            if q.rule_id.startswith("frac_share"):
                # "around a third of global phosphate exports": a share, whatever verb it follows
                indicator, subject = self._indicator_subject(ctx, q, sent, growth=False)
                whole = SHARE_OF_WHAT.match(text, q.end)
                if whole is not None:
                    indicator = "share of " + whole.group("what").strip()  # "a third of global phosphate exports"
                metrics.append(self._metric(ctx, q, sent, indicator, subject, self._period(ctx, sent, q, period_cache, paragraph), ""))
                continue
            if q.kind == "percent" and _index_form(text, q, sent.start_char, index_style):
                # "GRP growth for 2025 is estimated at 102.4%", "102.7% of the level from January-August
                # last year": output as an index of the year before, a growth of 2.4% and 2.7%
                pace = replace(q, value=round(q.value - 100, 6), rule_id=q.rule_id + "+index_form")
                record = self._growth(ctx, pace, sent, Direction.DECREASE if pace.value < 0 else Direction.INCREASE, q.start, metrics, subject_memory, paragraph, period_cache)
                if re.match(r"\s+of\s+the\s+(?:level|figure|volume)\b[^.;]{0,40}?\b(?:last|previous|a)\s+year\b", text[q.end : q.end + 80], re.I):
                    record = replace(record, basis=Basis.YOY)
                growth_rates.append(replace(record, value=abs(pace.value)))
                continue
            before_start = max(sent.start_char, q.start - 80)  # where ``before`` starts in the text
            before = text[before_start : (q.qualifier_start if q.qualifier_start is not None else q.start)]
            after = text[q.end : min(sent.end_char, q.end + 60)]
            nxt = quantities[i + 1] if i + 1 < n else None
            # "increased from 55,000 to 90,000": one change with both ends
            from_to = None
            if FROM_BEFORE.search(before) and nxt is not None and not SPREAD_BEFORE.search(before):
                between = text[q.end : nxt.start]
                if q.kind == "percent":
                    # "from just 31% of total income in 2020 to 41.32%": a share, and what it is a share of
                    between = re.sub(r"^\s+of\s+(?:GDP|gross\s+domestic\s+product|(?:the\s+)?total(?:\s+[a-z]+)?)\b", "", between, flags=re.I)
                if re.fullmatch(r"\s*(?:(?:in|for|during|at\s+end-?|as\s+at|as\s+of)\s*[\w/ -]{1,40}?\s+|(?:last|a)\s+(?:year|month|quarter)\s+(?:earlier\s+|ago\s+|before\s+)?)?(?:to|-|–)\s*(?:the\s+(?:current|latest|present)\s+)?(?:about|around|nearly|over|more than)?\s*", between, re.I):
                    from_to = nxt
                    if q.unit.startswith(nxt.unit + "/"):
                        from_to = replace(nxt, unit=q.unit)  # "from N238 per liter to over N600": the price per litre at both ends
            # "fell to 3.2 trillion yuan from 3.5 trillion yuan": the same change, ends reversed
            to_from = None
            if nxt is not None and re.search(r"\bto\s*$", before, re.I) and re.fullmatch(
                r"(?:\s+of\s+(?:GDP|gross\s+domestic\s+product))?(?:\s*(?:at\s+(?:constant|current)\s+prices|(?:in|on|for|during)\s+(?:the\s+)?[\w -]{1,20}?))?(?:\s*(?:in|on|for|during)\s+(?:the\s+)?[\w -]{1,20}?)?\s*,?\s*from\s*(?:about|around|nearly|over|more than)?\s*", text[q.end : nxt.start], re.I
            ):  # "fell to 3.2% in November, from 3.6% in October"
                verb = re.search(rf"(?<![\w-])(?P<cue>{'|'.join(re.escape(w) for w in self.change)})\s+(?:\w+\s+){{0,4}}to\s*$", before, re.I)
                if verb and nxt.unit == q.unit:
                    to_from = (verb, nxt)
            if to_from is not None:
                verb, source = to_from
                start = before_start + verb.start("cue")
                unit, _ = _change_unit(q.unit, None)
                unit = "pp" if unit == "%" else unit
                indicator, subject = self._indicator_subject(ctx, q, sent, growth=True)
                subject = self._carry_subject(subject, subject_memory, paragraph, ctx)
                period = self._period(ctx, sent, q, period_cache, paragraph)
                growth_rates.append(
                    GrowthRate(
                        indicator=indicator, subject=subject, value=None, unit=unit,
                        direction=_direction_of(source.value, q.value), basis=self._basis(text, sent, start, source.end),
                        from_value=source.value, to_value=q.value, qualifier=None, period=period,
                        text=text[start : source.end], sentence=_sentence_text(sent), start=start, end=source.end,
                        rule_id="growth_to_from+" + q.rule_id,
                    )
                )
                # "raised its GDP growth forecast to 4.8 % in June from 3.8 %", "grew marginally to 8.23
                # per cent ... from 8.13 per cent": the ends are paces of growth
                paces = unit == "pp" and (_names_a_pace(text[start : q.start], indicator) or bool(PACE_TO.search(before) and not (indicator and RATE_LIKE.search(indicator))))
                self._ends_of_move(ctx, (q, source), sent, indicator, subject, paces, metrics, growth_rates, subject_memory, paragraph, period_cache)
                consumed.add(i + 1)
                continue
            cue_before = self.change_before.search(before)
            if cue_before is not None and cue_before.group("cue").lower() == "recovery" and re.match(r"\s+rates?\b", before[cue_before.end("cue") :]):
                cue_before = None  # "the loan recovery rate of 85 percent": a level of a rate, not a recovery of 85 percent
            if cue_before is not None and q.qualifier_start is not None and re.match(r"(?:just\s+)?(?:below|above|beyond|past)\b", text[q.qualifier_start : q.start], re.I):
                cue_before = None  # "fell below 400 thousand": a level crossed, not the size of a change
            if cue_before is not None and cue_before.group("intens") and (self.change.get(cue_before.group("cue").lower()) or {}).get("role") == "adverb":
                cue_before = None  # "handing down a massive $2.8 billion surplus": not "grew a whopping 125.6%"
            if cue_before is not None and cue_before.group("cue").lower() == "up" and PHRASAL_UP.search(before, 0, before_start + cue_before.start("cue") - before_start):
                cue_before = None  # "proposes to set up two agriculture colleges", "made up of two components": no rise
            if cue_before is not None and re.search(r"\b(?:higher|lower|up|down)\s+at\s+(?:about\s+|around\s+|nearly\s+)?$", before, re.I):
                cue_before = None  # "deficits to be higher at 2.4% and 3.9%": the level it will stand at, not the size of a change
            cue_after = self.change_after.match(after) if cue_before is None else None
            if cue_after is not None and q.kind in ("money", "count", "physical") and LEVEL_DOWN_FROM_AFTER.match(after):
                cue_after = None  # "$13.99B down from $15.56B": a level, then the one it moved from (read below)
            if cue_before is None and cue_after is None and re.search(
                r"\b(?:an?|the|its|their)\s+(?:(?:average|annual|overall|further|extra|additional|proposed|planned|expected|total|whopping|hefty)\s+)?$",
                text[max(0, q.start - 24) : q.qualifier_start if q.qualifier_start is not None else q.start], re.I,
            ):  # "an average 43 per cent rates rise", "The 5 per cent rate rise"
                # "a 25.1-percent import drop": the change of the thing named between the figure and its change noun
                cue_after = self.change_after_noun.match(after)
                if cue_after is not None and re.search(r"\b(?:is|was|are|were|be|been|has|have|had|will|would|remains?|remained|stood|stands)\b", cue_after.group("phrase"), re.I):
                    cue_after = None  # "the N2.18tn is lower than N2.24tn": a level compared, not a change noun
            elif cue_before is None and cue_after is None and q.kind == "percent":
                cue_after = ONE_WORD_THEN_CHANGE_NOUN.match(after)  # "to maintain 1% tax hike", with no article before it
            flat = FLAT_LEVEL.search(before) if from_to is None and q.kind in ("percent", "money", "count", "physical") else None
            flat_after = FLAT_AFTER.match(text, q.end) if flat is None and from_to is None and q.kind in ("percent", "money", "count") else None
            if flat is not None or flat_after is not None:
                # "remained steady at 5.0 per cent", "stayed at 9", "stood at 3.7%, unchanged from
                # the previous month": a level, and a change of nothing that ends there
                start = before_start + flat.start("cue") if flat is not None else q.start
                indicator, subject = self._indicator_subject(ctx, q, sent, growth=False)
                subject = self._carry_subject(subject, subject_memory, paragraph, ctx)
                period = self._period(ctx, sent, q, period_cache, paragraph)
                metric = self._metric(ctx, q, sent, indicator, subject, period, "")
                metrics.append(metric)
                growth_rates.append(GrowthRate(
                    indicator=indicator, subject=subject, value=None, unit="pp" if q.unit == "%" else q.unit,
                    direction=Direction.FLAT, basis=self._basis(text, sent, start, flat_after.end() if flat_after else q.end), from_value=None,
                    to_value=q.value, qualifier=None, period=period, text=text[start : flat_after.end("cue") if flat_after else q.end],
                    sentence=_sentence_text(sent), start=start, end=flat_after.end("cue") if flat_after else q.end,
                    rule_id="growth_flat_level+" + q.rule_id,
                ))
                if subject:
                    subject_memory[paragraph] = subject
                continue
            if from_to is not None:
                verb = re.search(rf"(?<![\w-])(?P<cue>{'|'.join(re.escape(w) for w in self.change)}),?\s+(?:\w+\s+){{0,2}}{FROM_BEFORE.pattern}", before, re.I)
                # with both ends given, the numbers say the direction ("worsen from 4% to 4.9%")
                direction = _direction_of(q.value, from_to.value)
                start = (before_start + verb.start("cue")) if verb else before_start + FROM_BEFORE.search(before).start()
                unit = from_to.unit if from_to.unit != "count" or q.unit == "count" else q.unit
                unit, value = _change_unit(unit, None)
                if unit == "%":
                    unit = "pp"  # a rate or share moving from one level to another changes by points
                indicator, subject = self._indicator_subject(ctx, q, sent, growth=True)
                if indicator is None and verb is not None:
                    # "voted to reduce rates from 4% to 3.75%": what moved is between the verb and "from"
                    moved = re.sub(r"^(?:the|its|their|our|a|an)\s+", "", FROM_BEFORE.sub("", before[verb.end("cue") :].strip(" ,")).strip(" ,"), flags=re.I)
                    if moved.lower() in PRONOUNS:
                        # "has lowered its key interest rate ..., reducing it from 2.75 percent": what "it" stands for
                        moved = self._object_before(ctx, sent, before_start + verb.start("cue")) or ""
                    indicator = moved or None
                subject = self._carry_subject(subject, subject_memory, paragraph, ctx)
                period = self._period(ctx, sent, q, period_cache, paragraph)
                basis = self._basis(text, sent, start, from_to.end)
                growth_rates.append(
                    GrowthRate(
                        indicator=indicator, subject=subject, value=None, unit=unit,
                        direction=direction, basis=basis, from_value=q.value, to_value=from_to.value,
                        qualifier=None, period=period, text=text[start : from_to.end], sentence=_sentence_text(sent),
                        start=start, end=from_to.end, rule_id="growth_from_to+" + q.rule_id,
                    )
                )
                # "expenditures sharply accelerated growth from 4.3% to 20,3%", "the Industry sector,
                # which accelerated from 5.3 percent in 2014 to 23.7 percent": the ends are paces of growth
                paces = unit == "pp" and (
                    _names_a_pace(text[start : q.start], indicator)
                    or bool(
                        PACE_FROM.match(text, start, q.start) and not (indicator and RATE_LIKE.search(indicator))
                        and not SHARE_OF_WHOLE_BEFORE.search(text, max(0, start - 30), start)  # "its value added in GDP grew from 46.6 percent": a share
                    )
                )
                move = growth_rates[-1]
                ends = self._ends_of_move(ctx, (q, from_to), sent, indicator, subject, paces, metrics, growth_rates, subject_memory, paragraph, period_cache)
                span = _span_of_move(*ends)
                if span is not None:
                    growth_rates[growth_rates.index(move)] = replace(move, period=span)
                consumed.add(i + 1)
                if subject:
                    subject_memory[paragraph] = subject
                continue
            is_change = False
            direction = None
            phrase_start = q.start
            restates = None
            continues = None  # the change whose verb a later figure of the clause shares
            in_brackets = None  # the rate this figure restates for another time
            list_item = None  # the item of a list the figure is said of, where the list names it
            if cue_before is not None:
                cue = cue_before.group("cue").lower()
                row = self.change.get(re.sub(r"\s+", " ", cue))
                # "raised $45mn in a Series B round" is money raised, not a change; "raised
                # spending by $5bn" is. "Make up 38 percent" states a share.
                if row is not None and cue in TRANSACTIONAL and q.kind in ("money", "count") and not re.search(r"\bby\s*$", cue_before.group("phrase"), re.I):
                    row = None
                if row is not None and cue in JOB_MAKING and not (q.kind == "count" and JOBS_AFTER.match(after)):
                    row = None
                if row is not None and cue == "up" and re.search(r"\b(?:make|makes|made|making)\s+up\s*$", before, re.I):
                    row = None
                if row is not None and cue in ("loss", "losses") and q.kind == "money" and re.search(r"\b(?:an?|the|its|their|net|operating|trading)\s+(?:net\s+|operating\s+|trading\s+)?loss(?:es)?\s+of\s*$", before, re.I):
                    row = None  # "a surplus of £10.2m. in 2023 and a loss of £5.1m. in 2022": a result, a level, not a change
                if row is not None and cue in ("lost", "lose", "loses", "losing") and q.kind == "money" and not re.search(r"\bby\s*$", cue_before.group("phrase"), re.I):
                    row = None  # "Trading entities lost another £6m.": what they lost, a result, not a change of anything
                if row is not None and cue in ("exceeded", "exceeds", "exceed", "surpassed", "outstripped") and not re.search(r"\bby\s*$", cue_before.group("phrase"), re.I):
                    row = None  # "exports exceeded $5 billion" is a level passed; "exceeded estimates by 28%" the gap
                if row is not None and re.search(r"\b(?:exchange|capital|currency|forex|FX|valuation|trading|translation|holding)\s+(?:gains?|loss(?:es)?)\s+(?:of\s+)?$", before, re.I):
                    row = None  # "exchange gain of N40.329 billion": an item of revenue, not a change
                # "rose to 4.6%" states a level; "rose 4.6%" or "rose by 4.6%" a change
                if not re.search(r"\bto\s*$", before, re.I) and row is not None:
                    if not (row["role"] == "noun" and not re.search(r"\b(?:of|by)\s*$", cue_before.group("phrase"), re.I)) or q.kind in ("percent", "points"):
                        is_change = True
                        direction = Direction(row["direction"])
                        # "an increase of 8.2%" starts at its article; "The Fed cut ... by" at the verb
                        group = "phrase" if row["role"] in ("noun", "noun_or_verb") and not cue_before.group("object") else "cue"
                        phrase_start = before_start + cue_before.start(group)
                        if group == "phrase" and phrase_start < before_start + cue_before.start("cue"):
                            lead = ctx.doc.char_span(phrase_start, before_start + cue_before.start("cue"), alignment_mode="expand")
                            if lead is not None and any(_pos(t) in ("VERB", "AUX") for t in lead):
                                phrase_start = before_start + cue_before.start("cue")  # "The Commission forecasts | growth of"
            if "+doubling" in q.rule_id:
                is_change, direction, phrase_start = True, Direction.INCREASE, q.start  # "will more than double": a rise of 100%
            at_rate = self.change_at_rate.search(before) if not is_change and q.kind == "percent" else None
            at_rate_of = self.change_at_rate_of.search(before) if not is_change and q.kind == "percent" else None
            if at_rate_of:
                row = self.change.get(re.sub(r"\s+", " ", at_rate_of.group("cue").lower()))
                if row is not None and row["role"] != "adverb":
                    is_change = True
                    direction = Direction(row["direction"])
                    phrase_start = before_start + at_rate_of.start("cue")
            if at_rate and re.match(
                r"\s*(?:seasonally[\s-]+adjusted\s+)?(?:annual(?:ized|ised)?\s+|yearly\s+|quarterly\s+|monthly\s+)?(?:rate|pace)\b", text[q.end : q.end + 40], re.I
            ):
                row = self.change.get(re.sub(r"\s+", " ", at_rate.group("cue").lower()))
                if row is not None and row["role"] != "adverb":
                    is_change = True
                    direction = Direction(row["direction"])
                    phrase_start = before_start + at_rate.start("cue")
            gap = AGAINST_PLAN_AFTER.match(text, q.end) if not is_change and q.kind in ("money", "percent") else None
            short = SHORT_OF_PLAN_BEFORE.search(before) if not is_change and gap is None and q.kind in ("money", "percent") else None
            if gap is not None or short is not None:
                # "£21m. down against the budget", "28% ahead of the budget", "short of our budget by
                # almost £5m.": the gap between an outturn and its plan is a change from the plan
                is_change = True
                direction = Direction.DECREASE if ((gap or short).group("way") or "").lower() in ("down", "behind", "below", "short", "less", "lower", "under", "worse") else Direction.INCREASE
                phrase_start = q.start if gap is not None else before_start + short.start()
            amounted = CHANGE_AMOUNTED_TO.search(before) if not is_change and q.kind in ("money", "count") else None
            if amounted is not None:
                # "The reduction in the value of crude oil exports from last August amounted to NOK
                # 14.3 billion": the change is the subject, the amount its size
                is_change = True
                direction = Direction.DECREASE if _falls(amounted.group("noun")) else Direction.INCREASE
            converted = CONVERTED_THEN_CHANGE.match(text, q.end) if not is_change and q.kind == "money" else None
            if converted is not None and (
                re.search(r"\b(?:an?|the|its|their)\s+$", text[max(0, q.start - 8) : q.qualifier_start if q.qualifier_start is not None else q.start], re.I)
                or converted.group("open") is None and re.search(r"\b(?:an?|the|its|their)\s+[^\s(]{1,6}\s?[\d.,]+\s*(?:[a-z]{1,8}\s*)?\(\s*$", text[max(0, q.start - 40) : q.start], re.I)
            ):
                # "an AUD 1 billion ($771 million) improvement on last year's forecast": the change
                # noun after an amount and its conversion in brackets names both as changes
                row = self.change.get(converted.group("cue").lower())
                if row is not None and row["role"] in ("noun", "noun_or_verb"):
                    is_change = True
                    direction = Direction(row["direction"])
            if not is_change and cue_after is not None and q.kind in ("percent", "points", "money", "count"):
                cue = re.sub(r"\s+", " ", cue_after.group("cue").lower())
                row = self.change.get(cue)
                if cue in ("more", "less", "fewer") and q.kind != "percent" and not (
                    re.match(r"(?:\s+(?!than\b)[\w’'-]+){0,6}?\s+than\b|,?\s+(?:as\s+)?compared\s+(?:to|with)\b", text[q.end + cue_after.end() : q.end + cue_after.end() + 60])  # "$529 million more into the state's coffers than anticipated", "Sh1 billion more as compared to the previous year's budget"
                    or self.basis_re.match(text, q.end + cue_after.end() + 1) and text[q.end + cue_after.end() : q.end + cue_after.end() + 1] == " "
                    or MORE_FOR_A_TOTAL.match(text, q.end + cue_after.end())  # "$642 million more in revenue — for a total of $16.5 billion"
                    or COUNT_MORE_OR_LESS.match(text, q.end + cue_after.end()) and (cue != "more" or q.kind == "count")
                ):
                    row = None  # "half a billion dollars more" is an added amount; "$0.6 billion more than May", "3.4 percent more year on year" a change
                if nxt is not None and nxt.unit == q.unit and LEVELS_COMPARED.fullmatch(text, q.end, nxt.start):
                    row = None  # "N24.69 billion higher than N23.96 billion": two levels compared, the move between them read later
                if cue in ("up", "down") and re.match(r"\s+from\s+(?:an?\s+|the\s+)?(?:about\s+|around\s+)?[^\s\d]{0,4}\d", text[q.end + cue_after.end() : q.end + cue_after.end() + 30]) and (
                    self.change_to.search(before) or FLAT_LEVEL.search(before) or re.search(r"\b(?:at|to|was|were|is|stood\s+at)\s+(?:about\s+|around\s+)?$", before)
                ):
                    row = None  # "narrowed slightly to around 5.6 percent down from a 6.0 percent": a level, and the level it came from
                if row is not None and row["role"] in ("noun", "noun_or_verb", "adverb") and (
                    q.kind in ("percent", "points") or row["role"] == "adverb"
                    or q.kind == "money" and re.search(
                        r"\b(?:an?|the|its|their)\s+(?:(?:further|additional|proposed|planned|projected|expected|approved)\s+)?$|\b(?:indicates|indicating|represents|representing|shows|showing|marks|marking)\s+$",
                        text[max(0, q.start - 16) : q.qualifier_start if q.qualifier_start is not None else q.start], re.I,
                    )  # "The $1.4bn increase in GST revenue", at a sentence's start
                    # "a €325.9 million decrease in national debt", "a further $2.1 billion increase next year",
                    # "the N17 billion growth by Edo State IGR", "which indicates N9.44 billion increase over the previous year",
                    # "a proposed $6 million increase to the Calgary police budget", "1% tax hike" ending a headline
                    and (re.match(r"\s+in\s|\s*[,.;]|\s*\n|\s*$|\s+(?:next|this|last|over|on|from|compared|by)\b|\s+to\s+(?:the|its|their|an?)\s+(?![^\s\d]{0,4}\d)", after[cue_after.end() :]) or row["role"] == "noun" and re.match(r"\s+of\s", after[cue_after.end() :]) or COUNT_MORE_OR_LESS.match(after, cue_after.end()))
                ):
                    is_change = True
                    direction = Direction(row["direction"])
                    named = CHANGE_IN_AFTER.match(text, q.end, sent.end_char) if row["role"] != "adverb" else None
                    list_item = named.group("name") if named else None  # "14.8% decrease in value-added tax revenue"
            if not is_change and nxt is not None and re.fullmatch(r"\s*,?\s*or\s+", text[q.end : nxt.start]) and not LEVEL_BEFORE_RESTATED.search(before):
                # "23.6 per cent or N1.934 trillion higher than": one change said twice, the cue after both
                later = self.change_after.match(text[nxt.end : min(sent.end_char, nxt.end + 60)])
                row = self.change.get(re.sub(r"\s+", " ", later.group("cue").lower())) if later else None
                if row is not None and row["role"] == "adverb" and re.match(r"\s+than\b", text[nxt.end + later.end() : nxt.end + later.end() + 6]):
                    is_change = True
                    direction = Direction(row["direction"])
            if not is_change and q.kind == "count" and (JOBS_MADE_AFTER.match(after) or JOBS_AFTER.match(after) and JOBS_GENERATED_BEFORE.search(before)):
                # "30,658 new formal jobs were generated", "will generate 1,500 jobs": jobs made, a
                # rise in employment, as "created 1,200 jobs"
                is_change = True
                direction = Direction.INCREASE
            if not is_change and q.kind in ("money", "count") and q.signed and re.match(r"^\s*to\b", text[q.end : q.end + 5]):
                is_change = True  # "(+$1.57 to $31.67)": a signed amount, then the level it reached
                direction = Direction.DECREASE if q.value < 0 else Direction.INCREASE
            if (
                not is_change
                and q.kind == "percent"
                and q.signed
                and (
                    self.basis_re.search(text[q.end : q.end + 40]) or re.match(r"^\s*(?:compared\s+(?:with|to)|from|on|over|than|versus|vs)\b", text[q.end : q.end + 20], re.I)
                    # "foodstuffs with US$313 million (-11.78%)", "US$9.66 bn, (+10.96% in 2012)": an amount's change, in brackets after it
                    or (
                        AMOUNT_THEN_BRACKET.search(text, max(0, q.start - 40), q.start)
                        or re.search(r"[A-Za-z]\s*\(\s*$", text[max(0, q.start - 4) : q.start]) and (
                            text[q.start] == "+" or any(m.unit not in ("%", "pp") and sent.start_char <= m.start for m in metrics[-1:])
                        )  # "Tourists spent 22,766-yen on lodging (-1.9%)": after an amount of its sentence, either sign
                    )
                    and re.match(r"[^()]{0,20}\)", text[q.end : q.end + 21])  # "raw products (+3.73%)": a plus sign in brackets after a name
                )
            ):
                is_change = True
                direction = Direction.DECREASE if q.value < 0 else Direction.INCREASE
            previous = growth_rates[-1] if growth_rates else None
            same_unit = None
            if (
                not is_change
                and previous is not None
                and previous.end <= q.start
                and previous.start >= sent.start_char
                and (previous.unit == _change_unit(q.unit, None)[0] or (same_unit := _restated_first(text, growth_rates, q, sent.start_char)) is not None)
                and previous.value is not None
                and re.fullmatch(
                    r"[^\d.;]{0,60}?(?:,\s*|\s+and\s+|,\s*and\s+|\s*,\s*but\s+|\s*\(\s*(?=by\s)|\s+(?=followed\s+by\s))(?:(?:[\w-]+\s+){1,4}?(?:[–—-]\s+)?by\s+|by\s+|another\s+|a\s+further\s+|followed\s+by\s+)?",  # "..., the third quarter by 27.49 per cent", "and another $500 million", "in Q1 2025, followed by 11.8 per cent"
                    re.sub(r"\b(?:(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?|Q[1-4])\b", "YEAR", text[previous.end : q.qualifier_start if q.qualifier_start is not None else q.start]) + " ", re.I,
                )
                and not re.search(r"\b(?:to|reach\w*|from|at|totall?ed|stood|was|were|is)\b", re.sub(r"\"[^\"]*\"|“[^”]*”", "", text[previous.end : q.start]), re.I)  # not in a quoted name
            ):
                # "widened by GBP 1.6bn with EU countries and GBP 0.8bn with others": one verb, two changes;
                # "fell by EUR 5.4 million or 13.9 %, but imports – by EUR 9.6 million": the second
                # said in the unit of the first's first form
                is_change = True
                continues = previous if previous.unit == _change_unit(q.unit, None)[0] else same_unit
                direction = continues.direction
                phrase_start = q.start
            if (
                not is_change and previous is not None and previous.end <= q.start and previous.start >= sent.start_char
                and previous.value is not None and (
                    re.fullmatch(r"\s*\)?\s*,?\s+or\s+(?:by\s+)?", text[previous.end : q.qualifier_start if q.qualifier_start is not None else q.start])  # "up by $25 million or less than 0.2 percent"
                    or q.kind == "money" and MONEY_CODE.fullmatch(previous.unit) and re.fullmatch(r"\s*\(\s*", text[previous.end : q.start])
                    or q.kind == "percent" and previous.unit != "%" and text[q.end : q.end + 1] == ")" and re.fullmatch(r"\s*\(\s*", text[previous.end : q.start])
                    or q.kind == "money" and previous.unit == "%" and text[q.end : q.end + 1] == ")" and re.fullmatch(r"\s*\(\s*", text[previous.end : q.start])
                    or TIME_THEN_OR.fullmatch(text, previous.end, q.start) and q.kind != ("percent" if previous.unit in ("%", "pp") else "money" if MONEY_CODE.fullmatch(previous.unit) else "other")
                )
            ):
                # "decreased $5.8 billion, or 2.3 percent", "decreased ... by R11,87-billion (10,2%)",
                # "increased 7.0 percent ($286.9 million)", "rose $87.5 million in June, or 6.2
                # percent": the same change restated in another unit; "grew by PLN 6.1 bln (EUR 1.36
                # bln)": in another currency
                is_change = True
                direction = previous.direction
                phrase_start = q.start
                restates = previous
            elif (
                is_change and previous is not None and previous.end <= q.start and previous.start >= sent.start_char
                and previous.value is not None and previous.unit == "%" and q.kind == "money"
                and re.fullmatch(r"\s*,?\s+or\s+", text[previous.end : q.start])
            ):
                restates = previous  # "which is 14.2 percent or 627.9 million manats more": one change, said twice
            if not is_change and q.kind in ("money", "percent") and not LEVEL_BEFORE_RESTATED.search(before):
                # "PLN 0.2 bln (EUR 0.05 bln), or 0.8 percent lower compared to": one change said in
                # several units, the cue after the last; "projected at Mden 343.6 billion, or 5.8
                # percent higher" is a level, then its change
                last = self._restated_until_cue(text, quantities, i, sent.end_char)
                if last is not None:
                    is_change, direction = True, last
                    # "MNT 29.4 billion or 14.8% decrease in value-added tax revenue": what the noun's "in" names
                    j = i
                    while j + 1 < n and quantities[j + 1].start < sent.end_char and re.fullmatch(r"\s*\(\s*|\s*\)?\s*,?\s+or\s+", text[quantities[j].end : quantities[j + 1].start]):
                        j += 1
                    named = CHANGE_IN_AFTER.match(text, quantities[j].end, sent.end_char)
                    list_item = list_item or (named.group("name") if named else None)
            if (
                not is_change and q.kind == "percent" and previous is not None and previous.unit == "%" and previous.start >= sent.start_char
                and re.fullmatch(
                    r"(?:\s+(?:in|for|during|over)\s+(?:the\s+)?[A-Za-z][\w\s-]{0,30}?(?:\s+(?:19|20)\d\d)?)?\s*\(\s*",
                    text[previous.end : q.qualifier_start if q.qualifier_start is not None else q.start],
                )
                and re.match(r"[^()]{0,40}\)", text[q.end : q.end + 42]) and not re.match(r"\s*of\b", text[q.end : q.end + 4])
            ):
                # "a year-on-year growth rate of 2.1% in the third quarter (2.4% in the previous
                # quarter)", "monthly growth rates of 1.6% and 4.3% (-2.5% and 7.9% in September,
                # respectively)": the same rate for another time, in brackets
                is_change = True
                direction = Direction.DECREASE if q.value < 0 else Direction.INCREASE
                phrase_start = q.start
                in_brackets = previous
            if q.kind == "points" and not is_change:
                is_change = True
                direction = Direction.DECREASE if q.value < 0 else Direction.INCREASE
                if re.search(r"\b(?:lower|less|below|down|cut|fell|decreas\w*|declin\w*)\b", text[q.end : q.end + 30], re.I):
                    direction = Direction.DECREASE
            if (
                not is_change
                and q.kind == "percent"
                and text[q.start - 1 : q.start] == "("
                and text[q.end : q.end + 1] == ")"
            ):
                cue = re.search(r"\b(growth|grew|grow|increase[sd]?|decrease[sd]?|rose|rise|decline[sd]?|fell|fall|drop(?:ped|s)?|contraction|contracted)\b", text[sent.start_char : q.start], re.I)
                if cue is None:
                    # "Secondary Sector (8.4%) has witnessed a significant growth"; but "the highest
                    # fiscal surplus (3.8%) along with the largest decrease in its debt ratio (-3.1
                    # p.p)": a change word before another figure in brackets is that one's
                    cue = re.search(r"\b(growth|grew|grown|increase[sd]?|decrease[sd]?|rose|risen|decline[sd]?|fell|fallen|drop(?:ped|s)?|contraction|contracted)\b", text[q.end : sent.end_char], re.I)
                    if cue is not None and re.search(r"\(\s*[-+–]?\d", text[q.end + cue.end() : sent.end_char]):
                        cue = None
                if cue:
                    is_change = True
                    direction = self._direction(cue.group(1))
                    if cue.group(1).lower() in ("growth", "grew", "grow"):
                        direction = Direction.INCREASE
                    if q.signed:
                        # "a significant drop (-7.4 %)", "the fall in gross capital formation (-3.9 %)":
                        # the sign says which way, whatever the sentence's first change word
                        direction = Direction.DECREASE if q.value < 0 else Direction.INCREASE
            if (
                not is_change and q.kind == "percent" and text[q.start - 1 : q.start] == "(" and text[q.end : q.end + 1] == ")"
                and previous is not None and previous.value is not None and previous.unit == "%" and sent.start_char <= previous.start and previous.end <= q.start
                and text[previous.start - 1 : previous.start] == "(" and text[previous.end : previous.end + 1] == ")"
                and re.fullmatch(r"\)[^\d;()]{1,120}\(", text[previous.end : q.start])
            ):
                # "driven mainly by the processing industry (1.1%) and by production and distribution
                # of electricity (2.4%)": the next item of a list of changes, each in brackets
                is_change, continues = True, previous
                direction = (Direction.DECREASE if q.value < 0 else Direction.INCREASE) if q.signed else previous.direction
                phrase_start = q.start
            if not is_change and q.kind == "percent":
                # "the sub-sectors that contracted in the first quarter include; ... construction with
                # -6.0 per cent, fishing -3.3 per cent", "drivers of GDP growth ... include; education
                # with 26.0 per cent": the items of a list of changes, each with its own rate
                head = text[sent.start_char : q.qualifier_start if q.qualifier_start is not None else q.start]
                context = CHANGE_LIST_CONTEXT.search(head)
                bracketed = text[q.start - 1 : q.start] == "(" and text[q.end : q.end + 1] == ")"  # '"Food Beverages and Tobacco" (0.2%)'
                if context and (q.signed or bracketed or re.search(r"\bwith\s*(?:[–-]\s*)?$", before)) and re.search(r"[;:]", head[context.end() :]):
                    is_change = True
                    negative = q.value < 0 or re.search(r"[–-]\s*$", before)
                    shrinking = re.match(r"(?:contract|declin|shr[ai]nk|fell|fall|drop)", context.group(0), re.I)
                    direction = Direction.DECREASE if negative or shrinking and not q.signed else Direction.INCREASE
                    # the item's name: from the list's start or the figure before, to the figure
                    since = max([sent.start_char + context.end() + m.end() for m in re.finditer(r"[;:]", head[context.end() :])] + [p.end for p in quantities[:i] if p.end <= q.start and p.start >= sent.start_char])
                    item = re.sub(r"^[\s,;:)\"“”]*(?:and\s+)?|[\s(\"“”]*(?:with\s*)?(?:[–-]\s*)?$", "", text[since : q.start])
                    list_item = item if item and len(item.split()) <= 10 and not re.search(r"\d", item) else None
            listed = (
                CHANGE_IN_BRACKET_LIST.search(text, sent.start_char, q.start - 1)
                if not is_change and q.kind == "money" and text[q.start - 1 : q.start] == "(" and text[q.end : q.end + 1] == ")" else None
            )
            if listed is not None:
                # "projected increase in Other revenue (M2.0b), Grants (M1.8b) and Tax revenue
                # (M1.2b)": the items of a list of changes, each amount in brackets after its name
                is_change, phrase_start, list_item = True, q.start, listed.group("item").strip()
                direction = Direction.DECREASE if q.value < 0 or _falls(listed.group("noun")) else Direction.INCREASE
            if not is_change and q.kind in ("percent", "money") and before.rstrip().endswith("by") and BY_BEFORE.search(before):
                # "the increase in prices for the clothing group by 1.8%", "the positive growth of oil
                # & gas mining by 0.2 per cent", "income tax declined most significantly - by 41.4%":
                # "by" and a figure measure the change word said before it in the clause
                since = max([p.end for p in quantities[:i] if sent.start_char <= p.end <= q.start] + [sent.start_char])
                cues = [
                    m for m in self.change_word_re.finditer(text, since, q.start)
                    if (self.change.get(m.group(0).lower()) or {}).get("role") in ("verb", "noun", "noun_or_verb") or m.group(0).lower() in ("higher", "lower")
                ]
                previous_in_sentence = previous if previous is not None and sent.start_char <= previous.start and previous.end <= q.start else None
                if cues:
                    # "Prices were also higher for miscellaneous goods and services by 3.6 percent":
                    # a comparative before "by" names a change too
                    is_change = True
                    direction = Direction(self.change[cues[-1].group(0).lower()]["direction"])
                elif previous_in_sentence is not None and previous_in_sentence.unit == _change_unit(q.unit, None)[0]:
                    # "increased by 0.14% ... (by 1.02% in Jerusalem J1*, by 0.38% in Gaza Strip": the
                    # next "by" of the same change
                    is_change, direction, continues = True, previous_in_sentence.direction, previous_in_sentence
            said_was = CHANGE_WAS.search(before) if not is_change and q.kind in ("money", "percent", "count") and WAS_CUE_WORDS.search(before) else None
            if said_was is not None and said_was.group("cue").lower() in self.change:
                # "Back then the increase was US$1.17 billion", "the decline amounted to 3%": the
                # size of the change the noun names
                is_change, direction = True, Direction(self.change[said_was.group("cue").lower()]["direction"])
            followed = FOLLOWED_BY.fullmatch(text, previous.end, q.qualifier_start if q.qualifier_start is not None else q.start) if (
                not is_change and q.kind == "percent" and previous is not None and previous.unit == "%" and previous.value is not None
                and sent.start_char <= previous.start and previous.end <= q.start
            ) else None
            if followed is not None:
                # "Construction posted the highest increase of 27.1 per cent followed by manufacturing
                # of food and beverages at 7.2 per cent": the next item of a ranking of changes
                is_change, direction, list_item = True, previous.direction, followed.group("name")
            if is_change and list_item is None and i > 0 and quantities[i - 1].end >= sent.start_char:
                list_item = _item_before_by(text, quantities[i - 1].end, before_start + len(before), self.change_word_re)
            if not is_change and q.kind == "percent" and OVER_A_BASE_AFTER.match(text, q.end) and not SIGNED_LEVEL_BEFORE.search(text, max(sent.start_char, q.start - 80), q.start):
                # "totaled $1.75 billion, 4.7 percent over last year": the change on the base said after it
                is_change = True
                direction = Direction.DECREASE if q.value < 0 else Direction.INCREASE
            if (
                not is_change and q.kind == "percent" and q.signed
                and not SIGNED_LEVEL_BEFORE.search(text, max(sent.start_char, q.start - 80), q.start)
                and not SHARE_OF_WHOLE_AFTER.match(text, q.end)  # "-2.4% of GDP": a share of the whole
            ):
                # "business loans recorded -1.9%", "(8.36 days, -1.8%)", "+17.4% of exports": a
                # percentage written with its sign is a change, unless it is a rate's or a balance's
                # level ("inflation stood at -0.3%", "the balance was +0.4% of GDP")
                is_change = True
                direction = Direction.DECREASE if q.value < 0 else Direction.INCREASE
            contribution = None
            if not is_change and q.kind in ("percent", "points"):
                head = text[sent.start_char : q.qualifier_start if q.qualifier_start is not None else q.start]
                contribution = CONTRIBUTION.search(head) if "ontribut" in head[-120:] or "nfluence" in head[-120:] else None
                if contribution is not None and q.kind == "percent" and SHARE_OF_WHOLE_AFTER.match(text, q.end) and not re.search(r"\b(?:positive|negative)\b", contribution.group(0), re.I):
                    contribution = None  # "contributed 25.5 percent to the city's GDP": a share of the whole, not of its growth
                if contribution is not None:
                    # "the tourism sector's contribution was at -2.7 percent", "the construction sector
                    # contributed -1.4 percent": a sector's part of the growth, in points of it
                    is_change = True
                    direction = Direction.DECREASE if q.value < 0 or contribution.group("negative") else Direction.INCREASE
            if is_change:
                record = self._growth(ctx, q, sent, direction, phrase_start, metrics, subject_memory, paragraph, period_cache)
                if "+doubling" in q.rule_id:
                    record = _what_doubled(ctx.doc, record)
                if contribution is not None:
                    owner = re.sub(r"^(?:the|its|their)\s+", "", contribution.group("owner") or "", flags=re.I)
                    component = growth_rates[-1] if growth_rates else None
                    if not owner and component is not None and component.indicator and sent.start_char <= component.start and component.end <= q.start and re.fullmatch(
                        r"[^\d;]{0,50}", text[component.end : q.start]
                    ):
                        # "construction (+7.2%), which contributed 0.5%": the part whose change was just said
                        owner = component.indicator
                    record = replace(record, unit="pp", indicator=f"{owner[:1].lower() + owner[1:]} contribution" if owner else "contribution")
                elif direction == Direction.INCREASE and (q.value < 0 or re.search(r"\bnegative\s+$", before)):
                    record = replace(record, direction=Direction.DECREASE)  # "a negative 5.9 percent growth", "a growth rate of -5.9 percent"
                if list_item:
                    record = replace(record, indicator=list_item)
                if record.indicator is None and cue_before is not None and cue_before.group("cue").lower() == "growth":
                    record = replace(record, indicator="growth")  # "forecasts growth of between 1.3 and 1.5 per cent"
                if at_rate_of and (record.indicator is None or re.fullmatch(r"(?:[\w-]+\s+)?(?:rate|pace)", record.indicator, re.I)):
                    record = replace(record, indicator=self._measure_subject(ctx, sent))  # "output expanded at a faster rate of 6.6 percent"
                if in_brackets is not None:
                    record = replace(record, indicator=in_brackets.indicator, subject=in_brackets.subject, basis=in_brackets.basis)
                elif restates is not None:
                    record = replace(record, indicator=restates.indicator, subject=restates.subject, period=restates.period, basis=restates.basis)
                    if record.to_value is None and restates.to_value is not None and any(
                        m.value == restates.to_value and m.unit == record.unit and m.start >= sent.start_char for m in metrics
                    ):
                        record = replace(record, to_value=restates.to_value)  # the level both end at, in this amount's currency
                elif cue_before is not None and (cue_before.group("inphrase") or cue_before.group("object")) and phrase_start < q.start:
                    # "an increase in the services surplus of $0.3 billion", "lower CPI inflation by
                    # 0.5 points", "cut its key policy rate by": what moved is named in the phrase
                    named = re.sub(
                        r"^\s*(?:in\s+)?(?:(?:the|its|their|our|his|her|a|an)\s+)?", "",
                        cue_before.group("inphrase") or cue_before.group("object"),
                    ).strip()
                    if named and not self._not_a_name_of_a_measure(ctx, named) and named.lower() not in PRONOUNS:  # not "in nearly 20 years"
                        record = replace(record, indicator=_apposition_named(named))
                elif cue_before is not None and (cue_before.group("rates") or "").lower() == "rates" and q.kind == "points":
                    # "cut rates by 25 basis points", "slashed rates by a total of 175 basis points"
                    record = replace(record, indicator="interest rates")
                outturn = next((m for m in reversed(metrics) if m.start >= sent.start_char and m.end <= before_start + short.start()), None) if short is not None and short.group("over") else None
                if outturn is not None and outturn.indicator:
                    # "receipts ... totaled $15.1 billion, exceeding budgeted estimates by $1.4 billion":
                    # what the outturn measures (not the plan's own amount, where the plan has one)
                    record = replace(record, indicator=outturn.indicator)
                if continues is not None:
                    ctx.continued[record.start] = continues.start
                    if record.indicator is None:
                        record = replace(record, indicator=continues.indicator)  # "growth is forecast to be 4.7 percent this year and 2.3 percent in 2021/22"
                # "fell 3% to 731 billion yuan": the level reached is a metric and the change's to_value
                if nxt is not None and not ("range_low" in q.rule_id and "range_high" in nxt.rule_id) and (re.fullmatch(
                    r"\s*(?:(?:year|month|quarter)[-\s]on[-\s](?:year|month|quarter)\s+|on[-\s](?:year|month|quarter)\s+|yoy\s+|y/y\s+|from\s+a\s+(?:year|month)\s+(?:ago|earlier)\s+|from\s+(?:the\s+)?(?:previous|preceding|prior|same)\s+(?:fiscal\s+|financial\s+)?(?:year|month|quarter|period)(?:\s+(?:last|a)\s+year)?\s+|on\s+the\s+(?:year|month)\s+)?(?:,?\s*(?:(?:on|in|last|this)\s+\w+|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day),?\s*)?(?:to\s*(?:reach\s+|hit\s+|stand\s+at\s+|total\s+|amount\s+to\s+)?|,\s*(?:reaching|hitting|totall?ing|amounting\s+to|standing\s+at)\s+)(?:about|around|nearly|over|more than|a record|a high of|a total of|a (?:target )?range of|a (?:target )?range between|between)?\s*",
                    text[q.end : nxt.start], re.I,
                ) or self._period_then_level(ctx, text[q.end : nxt.start]) or nxt.kind in ("money", "physical") and LEVEL_AT.fullmatch(text, q.end, nxt.start)):
                    record = replace(record, to_value=nxt.value)
                    if nxt.unit.startswith(record.unit + "/"):
                        record = replace(record, unit=nxt.unit)  # "rose $15 to $2,650 an ounce": $15 an ounce
                    if record.period is None or record.period.text not in text[sent.start_char : sent.end_char]:
                        # "widened by C$1.2bn to reach C$3.4bn in May": the time after the level
                        # dates the change too, before any time carried from the sentence before
                        record = replace(record, period=self._period(ctx, sent, nxt, period_cache, paragraph) or record.period)
                    metrics.append(self._metric(ctx, nxt, sent, record.indicator, record.subject, record.period, "level_after_change+"))
                    consumed.add(i + 1)
                if nxt is not None and "range_low" in q.rule_id and "range_high" in nxt.rule_id and i + 1 not in consumed:
                    unit_high, value_high = _change_unit(nxt.unit, abs(nxt.value))
                    growth_rates.append(replace(
                        record, value=value_high, unit=unit_high, qualifier=Qualifier(nxt.qualifier) if nxt.qualifier else None,
                        text=text[nxt.start : nxt.end], start=nxt.start, end=nxt.end, to_value=None,
                        rule_id="growth+" + nxt.rule_id,
                    ))
                    consumed.add(i + 1)
                first_indicator, others = self._respectively(ctx, q, quantities[i + 1 :], sent, record, metrics)
                if isinstance(first_indicator, tuple):  # "Germany and France expanded by 0.2% and 0.4% respectively"
                    record = replace(record, indicator=first_indicator[0], subject=first_indicator[1])
                elif first_indicator is not None:
                    record = replace(record, indicator=first_indicator)
                growth_rates.append(record)
                for other, other_record in others:
                    growth_rates.append(other_record)
                    consumed.add(quantities.index(other))
                if record.subject:
                    subject_memory[paragraph] = record.subject
                continue
            gapped_change = self._gapped_change(ctx, q, sent, growth_rates)
            if gapped_change is not None:
                growth_rates.append(gapped_change)
                continue
            indicator, subject = self._indicator_subject(ctx, q, sent, growth=False)
            gapped = self._gapped_name(ctx, q, quantities[i - 1] if i > 0 else None, sent)
            owner = re.fullmatch(r"(?P<name>[^\W\d_][\w.&-]*(?:\s+[^\W\d_][\w.&-]*){0,3})['’]s?", gapped) if gapped is not None else None
            if owner is not None and all(w[0].isupper() for w in owner.group("name").split()):
                # "Bursa with exports valued at $10.3 billion, Kocaeli's $9.2 billion": whose the
                # figure is, of what the list's first measures
                subject = owner.group("name")
                indicator = next((m.indicator for m in reversed(metrics) if m.sentence == _sentence_text(sent) and m.unit == q.unit), indicator)
            elif gapped is not None:
                indicator = gapped  # "Central GST collections were Rs 38,100 crore, State GST Rs 49,900 crore"
            named_growth = indicator and (GROWTH_RATE_NAME.search(indicator) or ECONOMY_FORECAST.search(indicator)) and not re.search(r"\bshare\b", indicator, re.I)
            carried = None  # what an earlier pace named ("the highest expansion since the 6.4 percent")
            forecast = FORECAST_OF_GROWTH.search(indicator) if named_growth else None
            if forecast is not None:
                carried = forecast.group("growth")  # "its projection for growth upward": growth
            named_change = re.fullmatch(r"(?:the\s+)?(?P<what>[\w ,-]{2,60}?)\s+change\d?", indicator or "", re.I) if q.kind == "percent" and not named_growth else None
            growth_in = re.match(
                r"\s+in\s+(?:the\s+)?(?P<what>[A-Za-z][\w -]{1,40}?)\s+growth\b|\s+(?P<what2>(?:(?!(?:of|and|or|than|for|to|from|the|a|an|as|in|on|at|by|price|prices|inflation)\b)[A-Za-z][\w-]*\s+){1,3}?)growth\b",
                text[q.end : q.end + 60], re.I,
            ) if q.kind == "percent" and not named_growth else None
            if growth_in is not None:
                # "a strong 12.2% in nominal GSDP growth", "nearly 20 percent revenue growth": a pace of growth of what it names
                named_growth, carried = True, growth_in.group("what") or growth_in.group("what2").strip() + " growth"
            if named_change is not None and not re.search(r"\b(?:price|exchange|climate)$", named_change.group("what"), re.I):
                # "the real GDP change, seasonally and calendar adjusted, stood at 0.8%": a change
                # named as such is a change of what it names
                named_growth, carried = True, named_change.group("what")
            earlier_forecast = growth_rates[-1] if growth_rates and growth_rates[-1].start >= sent.start_char and "growth_rate_named" in growth_rates[-1].rule_id else None
            if q.kind == "percent" and not named_growth and earlier_forecast is not None and indicator and re.fullmatch(
                r"(?:previous|earlier|initial|original|prior)\s+(?:projection|forecast|estimate)s?", indicator, re.I
            ):
                # "revised its projection for growth upward to 5.5-6 percent from its previous 4 percent
                # projection": the earlier forecast of the same growth
                named_growth, carried = True, earlier_forecast.indicator
            if q.kind == "percent" and not named_growth and earlier_forecast is not None and re.fullmatch(
                r"(?:\s+(?:for|in)\s+[^,;]{1,20}?)?\s+from\s+(?:about\s+|around\s+)?", text[earlier_forecast.end : q.qualifier_start if q.qualifier_start is not None else q.start], re.I
            ):
                # "its annual growth target of 4.6% for 2025 from 4.0 percent in 2024": the pace the growth came from
                named_growth, carried = True, earlier_forecast.indicator
            if (
                q.kind == "percent" and not named_growth and indicator and FLOW_HEAD.search(re.split(r"\s(?:of|from|in|for|on|to|at)\s", indicator)[0]) and not RATE_LIKE.search(indicator)
                and not re.match(r"share\b", indicator, re.I) and not SHARE_VERB_OR_LIST_BEFORE.search(text, max(sent.start_char, q.start - 40), q.qualifier_start if q.qualifier_start is not None else q.start)
                and not re.match(r"(?:\s*[-–]\s*[\d.]+\s*(?:%|per\s*cent|percent))?\s+of\b", text[q.end : q.end + 20]) and not re.search(r"\b(?:target|goal|forecast)\b", indicator, re.I)
                and not SHARE_WITH_ITS_AMOUNT.match(text, q.end)  # "41.8 percent (2.1 billion manats) of state budget expenditures": a part, with its amount
                and not (CONTRIBUTED_BEFORE.search(text, max(sent.start_char, q.start - 40), q.qualifier_start if q.qualifier_start is not None else q.start) and SHARE_OF_WHOLE_AFTER.match(text, q.end))  # "contributing 9.5 percent to Dubai's GDP": a share of it
                and not COMPARED_RATE.search(before) and not RATE_FROM.search(before)  # the pace compared with: read below
                and not re.search(r"\d[^()\d]{0,25}\(\s*$", text[max(sent.start_char, q.start - 40) : q.start])  # "Rs 1.141 trillion (65.20%) for recurrent expenditure": the amount's share
                and not (metrics and metrics[-1].end <= q.start and metrics[-1].start >= sent.start_char and re.fullmatch(r"\s*,?\s*or\s+(?:about\s+|around\s+|nearly\s+|some\s+)?", text[metrics[-1].end : q.qualifier_start if q.qualifier_start is not None else q.start]))  # "Sh6.1 billion or 33.79 per cent development expenditure": a level, restated as its share
                and not (
                    text[q.start - 1 : q.start] == "(" and not self.change_word_re.search(text, sent.start_char, q.start)
                    and not re.search(r"\b(?:rate|growth|pace|expansion)\b", text[sent.start_char : q.start], re.I)
                )  # "the main recipients of remittances (36.8%)": a share, where nothing in the sentence changes
                and not re.match(r"\s*(?:of|out\s+of)\s+(?:the\s+|this\s+|that\s+)?(?:total|sum|whole|amount)\b", text[sent.start_char : q.start], re.I)  # "Of the total remittances, more than 80% come from"
            ):
                # "household final consumption stood at 4.6 percent", "industry, 6.3 percent": a
                # flow (spending, output, trade) in per cent is its growth; a share says "of"
                named_growth = True
            if q.kind == "percent" and not named_growth and re.search(
                r"\b(?:highest|fastest|strongest|slowest|weakest|lowest|biggest|smallest|sharpest)\s+(?:expansion|growth|increase|rise|gain|pace|contraction)\s+since\s+(?:the\s+)?$", before, re.I
            ):
                # "making it the highest expansion since the 6.4 percent in last year": an earlier pace of growth
                named_growth = True
                earlier = next((
                    g for g in reversed(growth_rates)
                    if g.end <= q.start and bisect_right(ctx.paragraph_starts, g.start) - 1 >= paragraph - 1 and "+range_" not in g.rule_id  # not "the 6 to 7 percent target"
                ), None)
                carried = earlier.indicator if earlier is not None else None
            if q.kind == "percent" and not named_growth and GROWTH_PACE_FROM.search(before):
                # "Growth slowed from 7.0% (upwardly revised from 6.7%) in 2021": the pace growth
                # moved from, and the pace first estimated for it, are paces of growth
                named_growth, carried = True, carried or indicator or "growth"
            if q.kind == "percent" and not named_growth and re.search(r"\b(?:growth|increases?|rises?|gains?|expansion)\s*,\s*with\s+(?:about\s+|around\s+|nearly\s+)?$", before, re.I):
                # "had also enjoyed rapid growth, with 41.9 percent and 19.3 percent respectively"
                named_growth = True
            if q.kind == "percent" and not named_growth and growth_rates and growth_rates[-1].start >= sent.start_char and growth_rates[-1].unit == "%" and (
                not RATE_LIKE.search(growth_rates[-1].indicator or "") and not COMPARED_RATE.search(before) and growth_rates[-1].end <= q.start and PACE_THEN_FROM.fullmatch(text, growth_rates[-1].end, q.qualifier_start if q.qualifier_start is not None else q.start)
            ):
                # "services recorded a growth of 7.8 percent in 2023 from 10.1 percent in the previous
                # year": the pace a growth came from is a pace of growth too
                named_growth, carried = True, carried or growth_rates[-1].indicator
            if q.kind == "percent" and not named_growth and (marked := BRACKETED_AFTER.match(text, q.end)) and self._basis_row(marked.group(1)):
                # "4.61 Percent (Y-on-Y); 2.41 Percent (Q-to-Q)": a percentage marked with what it
                # is measured against is a change
                named_growth = True
            if q.kind == "percent" and indicator and PACE_TO.search(before) and not RATE_LIKE.search(indicator):
                # "fixed-asset investment slowed to seven percent": a pace of growth; "inflation eased
                # to 4.6%" is a rate's level
                named_growth = True
            growth_is = None
            clause = text[sent.start_char : q.qualifier_start if q.qualifier_start is not None else q.start]
            if (
                q.kind == "percent" and not named_growth and (indicator is None or FORECAST_ONLY.fullmatch(indicator))
                and not GROWTH_IS.fullmatch(clause) and not GROWTH_AS_SUBJECT.match(clause) and not CHANGE_IS.search(before)
                and PACE_WORD.search(text, window := _sentence_start_before(text, max(0, sent.start_char - 2)), sent.end_char) and not RATE_WORD.search(text, window, sent.end_char)
                and not re.match(r"(?:\s*[-–]\s*[\d.]+\s*(?:%|per\s*cent|percent))?\s+of\b", text[q.end : q.end + 20])
                and not (
                    (COMPARED_RATE.search(before) or RATE_FROM.search(before))
                    and (growth_rates and growth_rates[-1].start >= sent.start_char or PACE_SENTENCE.match(text, sent.start_char, q.start))
                )  # the pace a change of the sentence, or of the one before, is compared with: read below
            ):
                # "the Government's target for Hai Duong is 10.2 per cent, the province is determined to
                # achieve 12 per cent growth", "beating the government's forecast of 4.8 percent": in a
                # sentence on growth, and on no rate, a target or forecast in per cent is a pace of growth
                named_growth = True
                pace = next((g for g in reversed(growth_rates) if g.start >= sent.start_char and g.unit == "%" and g.indicator), None)
                carried = carried or (f"{pace.indicator} {indicator.split()[-1]}" if pace is not None and indicator else None)
            if q.kind == "percent" and (
                named_growth or re.match(r"\s*(?:the\s+)?(?:[\w-]+\s+){0,2}growth\s+rates?\b", text[sent.start_char : q.start], re.I)
                or re.search(r"\bgrowth\s+rates?\s+(?:reached|was|stood\s+at|came\s+in\s+at|hit|of|at|averaging|averaged|with\s+an?\s+(?:average|rate)\s+of)\s+(?:about|around|nearly|over)?\s*$", before, re.I)  # "Excluding autos, the growth rate reached 9 percent"
                or re.search(r"\bgrowth\s+(?:target|goal|forecast|projection|outlook)\s+(?:of|at)\s+(?:about|around|nearly|over)?\s*$", before, re.I)  # "its annual growth target of 4.6%"
                or GROWTH_AS_SUBJECT.match(clause)
                or CHANGE_IS.search(before)
                or (growth_is := GROWTH_IS.fullmatch(clause))
            ):
                # "Growth rate in Nominal GVA ... estimated at 9.8%", "a growth target of 5%": a growth
                # rate stated as a level is a growth rate; "The decline in output was 3 percent": the
                # change noun, where one is the subject, says which way (read here, off the hot path)
                said = GROWTH_AS_SUBJECT.match(clause) or CHANGE_IS.search(before)
                falls = said is not None and _falls(said.groupdict().get("noun") or said.groupdict().get("put"))
                record = self._growth(ctx, q, sent, Direction.DECREASE if q.value < 0 or falls else Direction.INCREASE, q.start, metrics, subject_memory, paragraph, period_cache)
                record = replace(record, indicator=carried or record.indicator or indicator or ("growth" if growth_is or said is not None and (said.groupdict().get("noun") or "").lower() == "growth" else None), rule_id="growth_rate_named+" + q.rule_id)
                growth_rates.append(record)
                pace = growth_rates[-2] if len(growth_rates) > 1 else None
                moved = PACE_UP_FROM.search(before) if pace is not None else None
                if moved is not None and pace.unit == "%" and pace.value is not None and pace.start >= sent.start_char and pace.value != abs(q.value):
                    # "a GDP growth of 6 per cent this year, up from 5.6 per cent in 2016": and the
                    # pace itself moved, in points, from the earlier pace to this one
                    growth_rates.append(_pace_change(text, pace, q, before_start + moved.start("cue")))
                if nxt is not None and "range_low" in q.rule_id and "range_high" in nxt.rule_id and i + 1 not in consumed:
                    # "above the target range of 6.5 percent to 7.5 percent": both ends are paces of growth
                    growth_rates.append(replace(
                        record, value=abs(nxt.value), qualifier=Qualifier(nxt.qualifier) if nxt.qualifier else None,
                        text=text[nxt.start : nxt.end], start=nxt.start, end=nxt.end, rule_id="growth_rate_named+" + nxt.rule_id,
                    ))
                    consumed.add(i + 1)
                continue
            prior = next((g for g in reversed(growth_rates) if not g.rule_id.startswith(("growth_pace_change", "growth_compared_rate"))), None)
            compared_rate = COMPARED_RATE.search(before) if q.kind == "percent" else None
            if compared_rate is None and q.kind == "percent" and prior is not None and before_start <= prior.end <= q.start:
                # "state spending surged by 10.7 percent from 1.7 percent in the previous quarter"
                compared_rate = RATE_FROM.search(before)
                if compared_rate is not None and text[prior.end : before_start + compared_rate.start()].strip():
                    compared_rate = None
            if (
                compared_rate is None and q.kind == "percent" and prior is not None and prior.unit == "%" and prior.value is not None
                and sent.start_char <= prior.start and prior.end <= q.start and COMPARED_NAMED_RATE.search(before)
                and re.search(r"\b(?:than|compared|versus|vs|against|doubl\w*|twice|tripl\w*)\b", text[prior.end : q.start], re.I)
                and not re.search(r"\d", re.sub(r"\b(?:19|20)\d\d\b", "", text[prior.end : q.start]))
            ):
                # "grew by 7.7 percent ..., almost double the rate of the Eurozone average of 4.1
                # percent", "compared to National average of about 6.9%": the pace it is compared with
                compared_rate = COMPARED_NAMED_RATE.search(before)
            if (
                compared_rate and prior is not None and prior.unit == "%" and prior.value is not None and prior.end <= q.start
                and (
                    prior.start >= sent.start_char
                    # "... slowed to seven percent ... The pace was down from 8.9 percent": the pace of the change before
                    or PACE_SENTENCE.match(text, sent.start_char, q.start)
                    and paragraph - (bisect_right(ctx.paragraph_starts, prior.start) - 1) <= 1
                )
            ):
                # "expanded 4.6 percent in the second quarter, compared with 5.6 percent a year
                # earlier": the same change at another time, not the level it moved from
                growth_rates.append(replace(
                    prior, value=abs(q.value), direction=Direction.DECREASE if q.value < 0 else Direction.INCREASE,
                    qualifier=Qualifier(q.qualifier) if q.qualifier else None, from_value=None, to_value=None,
                    period=self._period(ctx, sent, q, period_cache, paragraph),
                    text=text[q.start : q.end], start=q.start, end=q.end, rule_id="growth_compared_rate+" + q.rule_id,
                ))
                if compared_rate.group("move") and abs(q.value) != prior.value:  # "down from", "slower than", "easing from", not "compared with"
                    # "increased 12.4 percent ..., slightly down from 13 percent": and the pace itself
                    # moved, in points, from the earlier rate to this one
                    cue_start = before_start + compared_rate.start() + len(compared_rate.group(0)) - len(compared_rate.group(0).lstrip(", "))
                    growth_rates.append(_pace_change(text, prior, q, cue_start))
                continue
            compared = self._compared_with(ctx, q, sent, metrics, before)
            if compared is not None:
                indicator, subject = compared.indicator, compared.subject or subject
                # "a fall of 4.7% compared with June 2018 [EUR 199.3bn]", "23.6 per cent or N1.934
                # trillion higher than the N8.209 trillion allocated in 2022": the base is where it moved from
                for k in range(len(growth_rates) - 1, -1, -1):
                    last = growth_rates[k]
                    if last.start < sent.start_char or last.end > q.start or last.from_value is not None:
                        break
                    if last.unit in ("%", q.unit):
                        growth_rates[k] = replace(last, from_value=q.value)
            if not MARKET_PRICE.fullmatch(q.unit):  # a market price carries no owner over from the sentence before
                subject = self._carry_subject(subject, subject_memory, paragraph, ctx)
            if "+times" in q.rule_id:
                continue  # "three times", "2.4-fold" said of no change: a multiple, no quantity
            period = self._period(ctx, sent, q, period_cache, paragraph)
            metrics.append(self._metric(ctx, q, sent, indicator, subject, period, "compared_with+" if compared else ""))
            since = SINCE_LEVEL.search(before)
            level = metrics[-2] if len(metrics) > 1 else None
            if since and level is not None and level.unit == q.unit and level.start >= sent.start_char and level.end <= before_start + since.start():
                # "the dollar averaged ¥108.33, down from ¥120.13 in fiscal 2015": a change from this level to that one
                start = before_start + since.start("cue")
                growth_rates.append(_move_to_level(
                    text, sent, level, q, start, _direction_of(q.value, level.value), self._basis(text, sent, start, q.end), "growth_down_from",
                ))
            moved_from = self.change_from.search(before) if compared is not None and not since else None
            if moved_from is not None and compared.unit == q.unit and compared.value != q.value and not self._followed_by_end(text, q, sent):
                # "The rate of inflation ... to 1.5% during April. ... the consumer prices index
                # measure rose from 0.7% in March": a move from this level to the one said before
                row = self.change.get(re.sub(r"\s+", " ", moved_from.group("cue").lower()))
                start = before_start + moved_from.start("cue")
                ends = (metrics[-1].period, compared.period)
                basis = _basis_of_gap(_months_apart(ends[1].start, ends[0].start), _months(ends[0])) if all(e and e.start and e.end for e in ends) and _months(ends[0]) == _months(ends[1]) else None
                if row is not None and row["role"] != "adverb":
                    growth_rates.append(_move_to_level(
                        text, sent, compared, q, start, Direction(row["direction"]), basis, "growth_moved_from", subject=compared.subject or subject,
                    ))
            if subject:
                subject_memory[paragraph] = subject
        # Numbers whose sentence and paragraph name no owner belong to the article's main
        # place: the place most often named as a subject, else the place it names most.
        # A change is always over some time: where its paragraph states none, it is over the
        # article's lead period, that of its first dated figure ("Real GDP grew 2.8% in the
        # third quarter ..."). A level without a time may well be timeless (a fee, a count).
        # A headline or sub-heading restates a figure of the body without its time: an undated
        # figure takes the period of the same value and unit where the article dates it.
        growth_rates = sorted(growth_rates + self._flat_without_figures(ctx, growth_rates, period_cache), key=lambda g: g.start)
        growth_rates = sorted(growth_rates + self._level_to_level(ctx, metrics, growth_rates), key=lambda g: g.start)
        growth_rates = sorted(growth_rates + self._level_than_level(ctx, metrics, growth_rates), key=lambda g: g.start)
        metrics = _share_range_fields(metrics)
        metrics = _share_coordinated_period(text, metrics)
        # "inflation has been around the 2% target since August": the span is the inflation's; a target has no start
        metrics = [replace(m, period=None) if m.period is not None and _is_target(m) and m.period.text.lower().startswith("since") else m for m in metrics]
        dated = {(m.value, m.unit): m for m in metrics if m.period is not None}
        metrics = [
            replace(m, period=dated[(m.value, m.unit)].period)
            if m.period is None and (m.value, m.unit) in dated and not _is_target(m)
            and (m.indicator is None or _stems(m.indicator) & _stems(dated[(m.value, m.unit)].indicator) or _in_heading(text, m.start))  # a heading's figure, or the same thing's
            else m
            for m in metrics
        ]
        if ctx.headline_period is not None:
            # a release headed by the span it reports on ("... for the Seven Months Ended 31
            # January 2009") dates its undated figures by that span
            metrics = [m if m.period or _is_target(m) else replace(m, period=ctx.headline_period) for m in metrics]
            # an amount shared "at the meeting held on Tuesday" is of the span the article is on;
            # a rate set that day stays the day's
            metrics = [
                replace(m, period=ctx.headline_period) if m.period and m.period.start == m.period.end and MONEY_CODE.fullmatch(m.unit)
                and re.fullmatch(r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today)", m.period.text, re.I) else m
                for m in metrics
            ]
        # A rate "over the year to the September quarter" compares that quarter with the same one
        # a year before: like "2.8% in January", it is the quarter's (or month's) rate; an amount
        # "in the 12 months to January" is the twelve months'.
        metrics = [_rate_of_the_last_unit(m) for m in metrics]
        growth_rates = [_rate_of_the_last_unit(g) for g in growth_rates]
        # A change "since the start of the year" runs from 1 January to publication; one "in the
        # three years" names its own, undated span and takes no other period.
        if ctx.published is not None:
            year_start = ctx.published.replace(month=1, day=1).isoformat()
            growth_rates = [
                replace(g, period=Period("year to date", year_start, ctx.published.isoformat()))
                if g.period is None and g.basis is Basis.YTD else g
                for g in growth_rates
            ]
        coming = self._budget_presented_for(ctx)
        if coming is not None and (
            ctx.lead_period is None or not ctx.lead_period.end or ctx.lead_period.end < coming.start
            or ctx.lead_period.start and _months_apart(ctx.lead_period.end, ctx.lead_period.start) >= 24  # "over the next 20 years": a plan's span, not the budget's year
        ):
            # "Goa CM presents revenue surplus budget of Rs 26,855 cr", in February: the budget is
            # for the fiscal year about to start, whatever year the article looks back at first
            ctx.lead_period = coming
        if ctx.lead_period is not None and not (ctx.lead_period.start and ctx.lead_period.start == ctx.lead_period.end and any(
            RELEASED_ON.search(text, max(0, at.start() - 60), at.start()) for at in re.finditer(re.escape(ctx.lead_period.text), text)
        )):
            # (not the day a document came out, "the mid-year review released ... on December 23": no change is over it)
            undatable = ctx.published is None and _year_of_writing(text) is None  # "this year" is no year the article gives
            growth_rates = [
                g if g.period or g.basis in (Basis.PERIOD, Basis.AVG_ANNUAL) or undatable and TIME_OF_WRITING.search(g.sentence)
                else replace(g, period=ctx.lead_period)
                for g in growth_rates
            ]  # (nor a change whose sentence names a time relative to a date the article does not give: "in the second quarter of this year")
        growth_rates = _rate_gaps_in_points(text, metrics, growth_rates)
        metrics = _periods_of_related_figures(text, metrics, growth_rates)
        metrics = _periods_respectively(text, metrics, period_cache.get("doc", ()))
        metrics = self._metrics_respectively(ctx, metrics)
        metrics = _items_of_one_list(text, metrics, period_cache.get("doc", ()))
        headline_span = self._headline_span(ctx)
        metrics = _date_by_dominant_period(metrics, growth_rates, headline_span)
        lead = ctx.lead_period
        if lead is not None and lead.start and lead.end and lead.start != lead.end and _months_apart(lead.end, lead.start) < 24:  # not a plan's decades
            # an amount received, shared or collected is over some time: where the text gives it
            # none ("Accordingly, the Federal Government received N374.485 billion"), the time the
            # article reports on; a level (a balance, a debt) may be of no time
            dated_flows = sorted((
                m for m in metrics if m.period is not None and m.period.start and m.period.start != m.period.end and MONEY_CODE.fullmatch(m.unit)
                and "compared_with" not in m.rule_id  # a base of comparison dates only itself
            ), key=lambda m: m.start)
            out = []
            for m in metrics:
                if m.period is None and MONEY_CODE.fullmatch(m.unit) and m.indicator and not _is_target(m) and (
                    FLOW_NAME.search(m.indicator) or _allocated_for(text, m.start, m.end, _sentence_start_before(text, m.start), len(text))
                ):  # "Rs 408 billion has been allocated for transfer to the provinces": an allocation is a flow
                    # "... distributed N766.47 billion ... in January 2022. The total amount disbursed
                    # was N560.07 billion from the statutory account": the time of the flow the text
                    # last dated, in this paragraph or the one or two before, else the article's
                    paragraph = bisect_right(ctx.paragraph_starts, m.start) - 1
                    since = ctx.paragraph_starts[max(0, paragraph - 2)]
                    # a paragraph before that looks back ("It was Rs 1.793 trillion for the fiscal
                    # year 2079/80", in a story on the budget for 2080/81) dates only its own figures
                    own = ctx.paragraph_starts[paragraph]
                    before = [
                        d for d in dated_flows if since <= d.start < m.start and d.unit == m.unit
                        and (d.start >= own or not d.period.end or d.period.end >= lead.start)
                    ]
                    m = replace(m, period=before[-1].period if before else lead)
                out.append(m)
            metrics = out
            # the flows just dated may make one period the article's: "the 2024 budget proposal of
            # N458bn ... capital budget of N318.8 billion ... education receives N115.4bn"
            metrics = _date_by_dominant_period(metrics, growth_rates, headline_span)
            if _months(lead) == 12 and BUDGET_WORD.search(text, 0, 400):
                # "the largest allocations have been made to the Public Works Department (9.21
                # billion baht)", in a story on a budget for a year: a part of the budget is of its year
                metrics = [
                    replace(m, period=lead) if m.period is None and not _is_target(m) and (
                        MONEY_CODE.fullmatch(m.unit) and BUDGET_PARTS.search(m.sentence)
                        or m.unit == "%" and re.match(r"\s*(?:\)\s*)?of\s+(?:the\s+)?(?:[\w-]+\s+)?budget\b", text[m.end : m.end + 40])  # "41.4% of the provincial budget"
                    ) else m
                    for m in metrics
                ]
        metrics = _shares_in_brackets(text, metrics)
        metrics, growth_rates = _amounts_in_the_articles_currency(text, metrics, growth_rates)
        # "(1 US dollar = 170.4000 Syrian pound)": a rate with no words of its own is the exchange rate
        metrics = [replace(m, indicator="exchange rate") if m.indicator is None and "exchange_rate" in m.rule_id else m for m in metrics]
        metrics, growth_rates = _changes_listed_before_their_noun(text, metrics, growth_rates)
        metrics, growth_rates = _shares_listed_with_a_dash(text, metrics, growth_rates)
        metrics, growth_rates = _parts_of_a_change(text, metrics, growth_rates)
        metrics = _ends_of_a_spread(text, metrics)
        starts = {p[0]: p for p in period_cache.get("doc", ())}
        growth_rates = [self._level_change_basis(ctx, g, starts) for g in growth_rates]
        growth_rates = [self._basis_from_base(ctx, g, starts) for g in growth_rates]
        growth_rates = self._levels_reached(ctx, metrics, growth_rates)
        growth_rates = self._figure_that_moved(ctx, metrics, growth_rates)
        growth_rates = _moves_to_a_level(text, metrics, growth_rates)
        growth_rates = _contributions_to_growth(text, growth_rates)
        growth_rates = _restated_ends(text, growth_rates)
        growth_rates = _change_of_the_compared(text, metrics, growth_rates)
        growth_rates = [_cumulative_to_cumulative(text, g) for g in growth_rates]
        # a rate's move "between July and August" and the rate it moved to; an amount "between
        # January and February" is the sum of both months
        metrics = [_later_of_two_times(m, ctx.published) if m.unit == "%" and re.search(r"\bto\s+$", text[max(0, m.start - 5) : m.start]) else m for m in metrics]
        growth_rates = [_later_of_two_times(g, ctx.published) if g.unit == "pp" else g for g in growth_rates]
        growth_rates = [_since_a_year_before(_annually(text, g), ctx.published) for g in growth_rates]
        growth_rates = _ends_by_arithmetic(ctx.paragraph_starts, metrics, growth_rates)
        growth_rates = _owner_of_the_end(metrics, growth_rates)
        metrics, growth_rates = _restated_gaps(text, metrics, growth_rates)
        growth_rates = _respective_ends(metrics, growth_rates)
        metrics, growth_rates = _paces_in_brackets(text, lambda name: self._known_place(ctx, name), metrics, growth_rates)
        metrics, growth_rates = _item_changes_in_brackets(text, self.change, metrics, growth_rates)
        metrics, growth_rates = _paces_listed_after(text, lambda name: self._known_place(ctx, name), metrics, growth_rates)
        growth_rates = _basis_of_the_ends(metrics, growth_rates)
        metrics = _base_level_dated(text, metrics, growth_rates)
        metrics, growth_rates = _generic_measure_named(ctx.paragraph_starts, metrics, growth_rates)
        if ctx.continued:
            # "increased by 0.14% compared with December 2016 (by 1.02% in Jerusalem": a change said
            # with an earlier one's verb is measured against what that one is
            bases = {}
            for k, g in sorted(enumerate(growth_rates), key=lambda item: item[1].start):
                if g.basis is None and g.start in ctx.continued and bases.get(ctx.continued[g.start]) is not None:
                    g = growth_rates[k] = replace(g, basis=bases[ctx.continued[g.start]])  # in order: a chain of them
                bases[g.start] = g.basis
        # a policy rate's level said with no time is where the decision the article reports put
        # it: "The Fed on Wednesday raised its rate by ... The decision puts the federal funds
        # rate at a range of 5.25% to 5.5%"
        days = {}
        for p in period_cache.get("doc", ()):
            if p[3] and p[3] == p[4]:
                days.setdefault(p[3], p[2])
        if len(days) == 1:
            # "OTTAWA—The Bank of Canada has lowered its key interest rate ..., reducing it from 2.75
            # percent to 2.5 percent. ... Governor Tiff Macklem said during a press conference on
            # Sept. 17": a decision the opening reports with no day is of the one day the article
            # names; an article that names no day, or several, leaves it undated, and one expected
            # or forecast is no decision
            (day, said), = days.items()
            growth_rates = [
                replace(g, period=Period(said, day, day))
                if g.period is None and g.indicator and POLICY_SETTING.search(g.indicator) and not NOT_DONE.search(g.sentence)
                and bisect_right(ctx.paragraph_starts, g.start) <= 2 else g
                for g in growth_rates
            ]
        decisions = [g for g in growth_rates if g.indicator and POLICY_SETTING.search(g.indicator) and g.period and g.period.start and g.period.start == g.period.end]
        metrics = [
            replace(m, period=max((g for g in decisions if g.start < m.start), key=lambda g: g.start).period)
            if m.period is None and m.indicator and POLICY_SETTING.search(m.indicator) and not _is_target(m) and any(g.start < m.start for g in decisions) else m
            for m in metrics
        ]
        # a stock (debt, reserves) is a level at a date: the end of the span it is said of
        metrics = [
            replace(m, period=replace(m.period, start=None)) if m.period and m.period.start and m.period.end and self._is_stock(m.indicator) else m
            for m in metrics
        ]
        if ctx.central_bank:
            # a policy rate or an inflation target is the central bank's, not its country's
            # ("interest rates", "the official cash rate", "the 2% target")
            def by_bank(record):
                if record.indicator and POLICY_SETTING.search(record.indicator) and (record.subject is None or record.subject in ctx.places or RATE_SETTERS.fullmatch(record.subject)):
                    return replace(record, subject=ctx.central_bank)
                return record
            metrics = [by_bank(m) for m in metrics]
            growth_rates = [by_bank(g) for g in growth_rates]
        metrics, growth_rates = self._flows_to_date(ctx, metrics), self._flows_to_date(ctx, growth_rates)
        metrics = [self._owner_of_a_share(ctx, _population(text, m)) for m in metrics]
        if EVERY_UNIT.search(text):
            metrics = [_share_of_every_unit(text, m) for m in metrics]
        metrics = [_sane(m) for m in _each_year_said(text, self._each_place_after(ctx, metrics), period_cache.get("doc", ()))]
        if SPELLED_OUT_RE.search(text):
            metrics = [_by_acronym(r, text) for r in metrics]
            growth_rates = [_by_acronym(r, text) for r in growth_rates]
        growth_rates = _paces_compared(text, [_points_of_a_rate(_sane(g)) for g in _each_year_said(text, self._each_place_after(ctx, growth_rates), period_cache.get("doc", ()))])
        # a table's cells stand each for itself: the level in the next column is not where its change ended
        growth_rates = [replace(g, to_value=None) if g.rule_id.startswith("table_cell+period_row") else g for g in growth_rates]
        metrics, growth_rates = self._handed_out_by(ctx, metrics), self._handed_out_by(ctx, growth_rates)
        main = ctx.main_place
        if ctx.direct_subjects:
            # the place most often named as whose figures they are, in its first body form; a
            # place named so only once ("In Ontario, employment increased by 15,000" in a national
            # release) does not outweigh the place the article names most
            grouped = Counter()
            for name, count in ctx.direct_subjects.items():
                if not GENERIC_OWNER.fullmatch(name):  # "the Province's population": a kind, not a name
                    grouped[self._place_key(name)] += count
            key, count = grouped.most_common(1)[0] if grouped else ("", 0)
            places = {self._place_key(p) for p in ctx.places}
            if main is not None and key not in places and self._place_key(main) in places:
                # "the service industry's operating income": a sector owns its figures, not the
                # article's; the place it names most stays the article's subject
                count = 0
            # a place owns the article's figures where two sentences, or the headline, say so: "The
            # lowest rates are expected in Cantabria (1.8%) and Ceuta, both on 1.1%" is one list, not
            # the article's owner
            said = {at for name, at in ctx.direct_subject_sentences if self._place_key(name) == key}
            headline_end = max(1, text.find("\n"))
            if HEADLINE_LINE.match(text):
                # a headline with no blank line under it: with the lead sentence, as where the two are read as one
                later = bisect_right(ctx.sent_starts, headline_end + 1)
                headline_end = ctx.sent_starts[later] if later < len(ctx.sent_starts) else len(text)
            sentences, headline = len(said), any(at < headline_end for at in said)
            if key and (main is None or count >= 2 and (sentences >= 2 or headline) or key == self._place_key(main)):
                main = ctx.place_names.get(key) or next(name for name, _ in ctx.direct_subjects.most_common() if self._place_key(name) == key)
        home = ctx.country.get("country")
        if (
            main is not None and home and self._place_key(main) != self._place_key(home)
            and main.lower() in {c.lower() for c in ctx.country.get("cues", "").split("|")}
            and self._place_key(main) not in {self._place_key(n) for n in ctx.direct_subjects}
            and all(re.search(r"\b(?:in|at)\s+$", text[max(0, m.start() - 4) : m.start()]) for m in re.finditer(rf"\b{re.escape(main)}\b(?!['’]s)", text))
        ):
            # a city of the country named only as where things happen, always "in" or "at" it ("the
            # FAAC meeting held on Tuesday in Abuja"), owns nothing: the country does
            main = home
        ctx.main_subject = main
        if main is not None:
            # the economists a poll asked are no country's (market prices are dealt with below)
            metrics = [m if m.subject or POLL_PEOPLE.match(m.indicator or "") else replace(m, subject=main) for m in metrics]
            growth_rates = [g if g.subject else replace(g, subject=main) for g in growth_rates]
            # "B.C.'s projected deficit" where the article's place is "British Columbia": one place, one name
            # ("Britain's" in a UK story stays the writer's word: only initials are renamed)
            main_key = self._place_key(main)
            def by_full_name(record):
                if record.subject and PLACE_INITIALS.fullmatch(record.subject) and self._place_key(record.subject) == main_key:
                    return replace(record, subject=main)
                return record
            metrics = [by_full_name(m) for m in metrics]
            growth_rates = [by_full_name(g) for g in growth_rates]
        # a market price is nobody's figure: a currency against another ("¥108.33" JPY/USD,
        # "Mexico's peso ... 20.15 per dollar"), a commodity by the barrel or ounce ("$47.51 a
        # barrel"), swap rates; nor is a move of that price, whoever the sentence names
        prices = {(m.sentence, m.value) for m in metrics if MARKET_PRICE.fullmatch(m.unit)}
        growth_rates = [
            replace(g, subject=None) if g.subject and (
                g.indicator and MARKET_SWAPS.search(g.indicator) or MARKET_PRICE.fullmatch(g.unit) or (g.sentence, g.to_value) in prices
            ) else g
            for g in growth_rates
        ]
        metrics = [replace(m, subject=None) if m.subject and (m.indicator and MARKET_SWAPS.search(m.indicator) or MARKET_PRICE.fullmatch(m.unit)) else m for m in metrics]
        def without_owner(record):
            # "euro area imports of goods" of the euro area: the indicator names the measure, not its owner
            if (
                record.subject and record.indicator and record.subject in ctx.places and record.indicator.lower().startswith(record.subject.lower() + " ")
                and (
                    len(record.indicator[len(record.subject) :].split()) >= 2
                    or record.indicator[len(record.subject) + 1 :].islower() and record.indicator[len(record.subject) + 1 :] not in self.currency_words
                )  # "UK inflation" is inflation; "New Zealand dollar" names a currency
            ):
                return replace(record, indicator=record.indicator[len(record.subject) + 1 :])
            return record
        metrics = [without_owner(m) for m in metrics]
        growth_rates = [without_owner(g) for g in growth_rates]
        region_of = self.region_country.get(self._place_key(main)) if main else None
        if region_of:
            # "the national unemployment rate declined" in a story on the Free State: the country's
            def national(record):
                if record.subject == main and record.indicator and re.match(r"(?:the\s+)?(?:national|nationwide|country-wide|countrywide)\s+\w", record.indicator, re.I):
                    said = text.rfind(record.indicator, max(0, record.start - 120), record.start)
                    if said >= 0 and not any(p in text[said : record.start] for p in ctx.places):
                        return replace(record, subject=region_of)  # not "..., the Free State recorded a 2.3 percentage point drop"
                if record.subject == main and (NATIONAL_AFTER.match(text, record.end) or NATIONAL_BEFORE.search(text, max(0, record.start - 40), record.start)):
                    # "GDP increased by 1.8% nationally", "nationwide (-56%)", "the national average of
                    # 5.1%": a figure said of the whole country, in a story on one of its regions
                    return replace(record, subject=region_of)
                return record
            metrics = [national(m) for m in metrics]
            growth_rates = [national(g) for g in growth_rates]
        if main:
            # "the government expects revenue of $2.3 billion", "the Province's debt": a government or
            # place the text names only by its kind is the article's own place
            metrics = [replace(m, subject=main) if m.subject and GENERIC_OWNER.fullmatch(m.subject) else m for m in metrics]
            growth_rates = [replace(g, subject=main) if g.subject and GENERIC_OWNER.fullmatch(g.subject) else g for g in growth_rates]
        metrics.sort(key=lambda m: m.start)
        growth_rates.sort(key=lambda g: g.start)
        return metrics, growth_rates

    def _owner_of_a_share(self, ctx: _Context, m: Metric) -> Metric:
        """Name a share said only as "share" by the part it is the share of, the subject of its
        clause: "The public administration sector came third with a share of 8.7 percent" is
        the sector's share, "social contributions made up 21.5%" theirs. A place or a body is
        the figure's owner, not part of what it measures ("The Province of Bohol shared 13.2
        percent"), and stays out of the indicator."""
        if (m.indicator or "").lower() not in SHARE_ONLY or m.unit != "%":
            return m
        span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return m
        sent = span.sent
        cue = next((t for t in reversed(ctx.doc[sent.start : span.start]) if t.lower_ in SHARE_CUES), None)
        while cue is not None and _pos(cue) not in ("VERB", "AUX") and cue.head.i != cue.i and cue.head.i >= sent.start:
            cue = cue.head
        subjects = [c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")] if cue is not None else []
        if not subjects:
            return m
        head = subjects[0]
        words = [t for t in ctx.doc[head.left_edge.i : head.i + 1] if t.dep_ not in ("det", "punct") and t.lower_ not in PRONOUNS]
        if (
            not words or head.lower_ in PRONOUNS or head.lower_ in SHARE_NOT_OWNERS or _entity_of(head) is not None
            or any(t.i in ctx.quantity_tokens or t.like_num for t in words) or len(words) > 6
        ):
            return m
        owner = ctx.text[words[0].idx : words[-1].idx + len(words[-1])].strip("“”\"' ")
        return replace(m, indicator=f"{owner} share") if owner else m

    def _handed_out_by(self, ctx: _Context, records: list) -> list:
        """Give an amount handed out that names no owner the body that hands such amounts out.

        "The Federation Account Allocation Committee (FAAC) disbursed N1.92 trillion ... N2.18tn
        was disbursed in the first quarter": the amount shared, disbursed or released is the
        body's that the article last said hands it out, else the first such body it names.
        """
        if not any(r.subject is None and r.indicator and HANDED_OUT.match(r.indicator) for r in records):
            return records
        bodies = []  # (where, name) of each body said to hand an amount out
        for token in ctx.doc:
            if token.lower_ not in DISTRIBUTING_VERBS or _pos(token) != "VERB":
                continue
            actors = [c for c in token.children if c.dep_ == "nsubj"] + _pobjs(token, "agent")
            for actor in actors:
                ent = _entity_of(actor)
                if ent is not None and ent.label_ == "ORG":
                    name = ent.text
                    if name.isupper():
                        name = body_named(name, ctx.text) or name  # "the FAAC": the committee the article names in full
                    bodies.append((token.idx, _subject_text(name)))
        if not bodies:
            return records
        out = []
        for r in records:
            if r.subject is None and r.indicator and HANDED_OUT.match(r.indicator):
                before = [name for at, name in bodies if at <= r.start]
                r = replace(r, subject=before[-1] if before else bodies[0][1])
            out.append(r)
        return out

    def _each_place_after(self, ctx: _Context, records: list) -> list:
        """Return ``records`` with a figure said "in" places right after it made each place's.

        "It decreased by 0.2 percentage points in the Northern Territory and by less than 0.1
        percentage points in Queensland and Western Australia": the first is the Northern
        Territory's, the second one record for Queensland and one for Western Australia.
        A figure whose clause names another owner (a body) keeps it.
        """
        places = {e.start_char: e for e in ctx.ents if e.label_ in ("GPE", "LOC") and e.text not in ctx.datelines}
        if not places:
            return records
        out = []
        for record in records:
            names = []
            if record.subject is None or record.subject in ctx.places:
                after = re.match(r"\s+in\s+", ctx.text[record.end : record.end + 6])
                at = record.end + after.end() if after else None
                while at is not None:
                    ent = places.get(at)
                    if ent is None and ctx.text.startswith("the ", at):
                        ent = places.get(at + 4)
                    if ent is None:
                        break
                    if ctx.text.startswith(("'s", "’s"), ent.end_char):
                        names = []  # "a rise in China's exports": the place owns what follows it
                        break
                    names.append(ent.text)
                    more = re.match(r"\s*(?:,\s*(?:and\s+)?|and\s+)", ctx.text[ent.end_char : ent.end_char + 8])
                    at = ent.end_char + more.end() if more else None
            if names:
                out.extend(replace(record, subject=name) for name in names)
            else:
                out.append(record)
        return out

    def _level_to_level(self, ctx: _Context, metrics: list[Metric], growth_rates: list[GrowthRate]) -> list[GrowthRate]:
        """Return the changes from one level of a sentence to a later one it says something moved
        to: "Gross debt is expected to peak at 35.2% of GDP in 2026-27 before declining to 30.2%
        by 2034-35" is a fall from 35.2 to 30.2 (in points). Only a level of the same thing, where
        no change already ends at the later one."""
        def other_level(m: Metric, level: Metric) -> bool:  # another level of the same thing, in the same sentence
            return (
                m.sentence == level.sentence and m.unit == level.unit and m.value != level.value
                and bool(m.indicator == level.indicator or (_stems(m.indicator) & _stems(level.indicator)) - GENERIC_STEMS)  # not "total revenue" and "total expenditure"
            )

        out = []
        for k, level in enumerate(metrics):
            cue = self.change_to.search(ctx.text, max(0, level.start - 40), level.start)
            if cue is None or any(g.to_value == level.value and g.sentence == level.sentence for g in growth_rates):
                continue
            earlier = [m for m in metrics[:k] if m.end <= cue.start() and other_level(m, level)]
            later = [
                m for m in metrics[k + 1 :]
                if other_level(m, level)
                and re.search(r"\b(?:relative\s+to|compared\s+(?:to|with)|from|against|versus)\b", ctx.text[level.end : m.start])
                and not re.search(r"[;.](?!\d)", ctx.text[level.end : m.start])
            ]
            if not earlier and not later:
                continue
            # "increased to 26.72 percent relative to the August 2023 rate which was 25.8 percent": the base said after
            start = earlier[-1] if earlier else later[0]
            out.append(GrowthRate(
                indicator=level.indicator, subject=level.subject, value=None, unit="pp" if level.unit == "%" else level.unit,
                direction=_direction_of(start.value, level.value), basis=_basis_between(start.period, level.period),
                from_value=start.value, to_value=level.value,
                qualifier=None, period=level.period, text=ctx.text[cue.start() : level.end], sentence=level.sentence,
                start=cue.start(), end=level.end, rule_id="growth_level_to_level+" + level.rule_id,
            ))
        return out

    def _ends_of_move(self, ctx, levels, sent, indicator, subject, paces, metrics, growth_rates, subject_memory, paragraph, period_cache) -> list:
        """Record the two levels a move went between: metrics, or paces of growth where what moved
        is a pace. Returns the periods of the levels."""
        ends = []
        for level in levels:
            level_period = self._period(ctx, sent, level, period_cache, paragraph)
            ends.append(level_period)
            if paces:
                pace = self._growth(ctx, level, sent, Direction.DECREASE if level.value < 0 else Direction.INCREASE, level.start, metrics, subject_memory, paragraph, period_cache)
                growth_rates.append(replace(pace, indicator=indicator or pace.indicator, subject=subject or pace.subject, period=level_period, rule_id="growth_pace_end+" + level.rule_id))
            else:
                metrics.append(self._metric(ctx, level, sent, indicator, subject, level_period, "level_of_change+"))
        return ends

    def _flat_without_figures(self, ctx: _Context, growth_rates: list[GrowthRate], period_cache: dict) -> list[GrowthRate]:
        """Return the changes stated as no change, without a figure: "prices for consumer goods
        were flat", "the unemployment rate was unchanged" (a flat change of null size; one said
        with its level, "remained steady at 5.0%", is read with that figure)."""
        out = []
        starts = ctx.sent_starts
        lower = ctx.text.lower()
        if not any(word in lower for word in ("flat", "unchanged", "steady", "stable", "on hold")):
            return out  # the words every such statement needs: no scan of the text without them
        for match in FLAT_CLAUSE.finditer(ctx.text):
            k = bisect_right(starts, match.start()) - 1
            sent = ctx.sents[max(0, k)]
            clause = CLAUSE_START.split(ctx.text[sent.start_char : match.start()])[-1]
            after = CLAUSE_START.split(ctx.text[match.end() : sent.end_char])[0]
            level_after = re.match(r"\s*,?\s*(?:in\s+[^,;]{1,25}?\s*,?\s+)?at\s+[^\s]*\d", ctx.text[match.end() : match.end() + 50])
            if re.search(r"\d", clause) or level_after or re.search(r"\d[\d.,]*\s*(?:%|per\s*cent|percent)", after) or any(g.start <= match.start() < g.end for g in growth_rates):
                continue  # a figure in its clause says what stayed flat and at what level ("remained steady in March at 5.0 per cent")
            verb = ctx.doc.char_span(match.start("verb"), match.end("verb"), alignment_mode="expand")
            if verb is None:
                continue
            token = verb[-1]
            subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")] or [
                c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass") and token.dep_ in ("aux", "auxpass")
            ]
            indicator = None
            if subjects and subjects[0].lower_ in ("it", "they"):
                indicator = ctx.indicators.get(("paragraph", bisect_right(ctx.paragraph_starts, match.start()) - 1))
            elif subjects and self._good_head(subjects[0], set()):
                indicator, _ = self._phrase(ctx, subjects[0], set())
                indicator = _clean_indicator(indicator) if indicator else None
            if indicator is None:
                continue  # "while for nonfood stood flat": what stayed flat is not named here
            unit = "pp" if re.search(r"\b(?:rates?|ratio|share)$", indicator, re.I) else "%"
            out.append(GrowthRate(
                indicator=indicator, subject=None, value=None, unit=unit, direction=Direction.FLAT,
                basis=self._basis(ctx.text, sent, match.start(), match.end()), from_value=None, to_value=None,
                qualifier=None, period=ctx.sentence_period.get(("sentence", sent.start_char)) or next(
                    (Period(p[2], p[3], p[4]) for p in self._sentence_periods(ctx, sent, period_cache) if p[1] <= match.start() and p[3] and p[4]), None
                ),  # "In the first half of 2024, foreign trade held steady"
                text=match.group("text"), sentence=_sentence_text(sent), start=match.start(), end=match.end(),
                rule_id="growth_flat_no_figure",
            ))
        for match in FLAT_OBJECT.finditer(ctx.text):
            # "the Board decided to leave the cash rate unchanged": the setting that stayed where it was
            if any(g.start <= match.start() < g.end or match.start() <= g.start < match.end() for g in growth_rates):
                continue
            k = bisect_right(starts, match.start()) - 1
            sent = ctx.sents[max(0, k)]
            if re.search(r"\d", ctx.text[match.end() : sent.end_char].split(".")[0][:40]):
                continue  # "... unchanged at 5.25%" or "in 2.25-2.5%": read with its figure
            obj = ctx.doc.char_span(match.start("object"), match.end("object"), alignment_mode="expand")
            if obj is None:
                continue
            indicator, _ = self._phrase(ctx, obj.root, set())
            indicator = _clean_indicator(indicator) if indicator else _clean_indicator(match.group("object"))
            out.append(GrowthRate(
                indicator=indicator, subject=None, value=None, unit="pp", direction=Direction.FLAT,
                basis=None, from_value=None, to_value=None, qualifier=None,
                period=next((Period(p[2], p[3], p[4]) for p in self._sentence_periods(ctx, sent, period_cache) if p[3] and p[4]), None),
                text=match.group("text"), sentence=_sentence_text(sent), start=match.start(), end=match.end(),
                rule_id="growth_flat_setting",
            ))
        return out

    @staticmethod
    def _fiscal(ctx: _Context) -> tuple[int, str]:
        """Return the month the article's country starts its fiscal year in, and whether it names
        the year by its end or its start, as find_periods takes them."""
        start = int(ctx.country.get("fiscal_start_month", 4))
        if start == 1 and ctx.country.get("id") != "country_unknown":
            return start, "calendar"  # "fiscal year 2024" in Austria, whose budget year is the calendar year
        return start, ctx.country.get("fiscal_named_by", "end")

    def _budget_presented_for(self, ctx: _Context) -> Period | None:
        """Return the fiscal year a budget the headline or lead says is presented is for, where
        neither names another year: the one that starts within seven months of publication, or
        the one under way in its first two months, in a country the rules know. Else None."""
        if ctx.published is None or ctx.country.get("id") == "country_unknown":
            return None
        start_month = self._fiscal(ctx)[0]
        running = ctx.published.year if ctx.published.month >= start_month else ctx.published.year - 1  # the fiscal year under way
        # in its first two months a budget is one tabled late, for that year; later, for the next
        year = running if (ctx.published.month - start_month) % 12 <= 1 else running + 1
        if (year - ctx.published.year) * 12 + start_month - ctx.published.month > 7:
            return None
        end = date(year + 1, start_month, 1) - timedelta(days=1)
        starts = []  # of the paragraphs after the headline, the first two that do more than date the story
        for s in ctx.paragraph_starts[1:]:
            line_end = ctx.text.find("\n", s)
            if not DATELINE_ONLY.fullmatch(ctx.text, s, line_end if line_end >= 0 else len(ctx.text)):
                starts.append(s)
                if len(starts) == 2:
                    break
        opening = ctx.text[: starts[1] if len(starts) > 1 else 600]  # the headline and the lead, past a line that only dates the story
        if not BUDGET_PRESENTED.search(opening) or NOT_THE_MAIN_BUDGET.search(opening) or any(
            not re.search(r"\b(?:compared\s+(?:to|with)|than|over|against|from)\s+(?:the\s+|its\s+)?$", opening[max(0, y.start() - 30) : y.start()], re.I)
            and not (int(y.group()) == ctx.published.year and re.search(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?$", opening[max(0, y.start() - 20) : y.start()]))
            and int(y.group()) not in (year, end.year)
            for y in re.finditer(r"\b(?:19|20)\d\d\b", opening)
        ):  # a year named, but not the budget's own ("for the financial year 2019-2020"), nor one compared with ("35 per cent
            # higher compared to the 2024 budget"), nor the day of writing ("19:25 pm on 30 November 2021")
            return None
        return Period("the budget presented", date(year, start_month, 1).isoformat(), end.isoformat())

    def _headline_span(self, ctx: _Context) -> tuple[str, str] | None:
        """Return the (start, end) of the one span the headline names, figures or not."""
        first_line = ctx.text.split("\n", 1)[0]
        if not first_line.strip() or len(first_line) > 200:
            return None
        found = {(p[3], p[4]) for p in find_periods(first_line, ctx.published, *self._fiscal(ctx)) if p[3] and p[4] and p[3] != p[4] and re.search(r"\d", p[2]) and not re.match(r"since\b", p[2], re.I)}  # named, not "this year" of a forecast
        return next(iter(found)) if len(found) == 1 else None

    def _headline_period(self, ctx: _Context, quantities: list[RawQuantity]) -> Period | None:
        """Return the span a headline without figures names ("Financial Statements ... for the
        Seven Months Ended 31 January 2009"): what the article reports on, before any figure says so."""
        fiscal = self._fiscal(ctx)
        first_line = ctx.text.split("\n", 1)[0]
        if first_line.strip() and not any(q.start < len(first_line) for q in quantities):
            found = [p for p in find_periods(first_line, ctx.published, *fiscal) if p[3] and p[4] and p[3] != p[4]]
            if ctx.published and len(found) == 1 and _months_apart(found[0][4], found[0][3]) == 0 and found[0][3] <= ctx.published.isoformat() <= found[0][4]:
                # "Regional Profile of South East - Economy, June 2013", published in June 2013: the
                # month the release came out, not a span its figures could be of
                found = []
            if len(found) == 1 and not re.match(r"since\b", found[0][2], re.I):
                # "Uruguay's economy unchanged since second quarter of 2022" names the base of a
                # comparison, not what the article reports on
                headline = Period(found[0][2], found[0][3], found[0][4])
                # "Moldova's GDP grows in 2025" over "... growth in the second quarter of 2025": the
                # opening names the part of the headline's year the figures are of
                lead = ctx.text[len(first_line) : (ctx.paragraph_starts[2:3] or [len(ctx.text)])[0]]
                within = {
                    (p[3], p[4]): p for p in find_periods(lead, ctx.published, *fiscal)
                    if p[3] and p[4] and p[3] != p[4] and headline.start <= p[3] and p[4] <= headline.end and (p[3], p[4]) != (headline.start, headline.end)
                }
                if within:
                    # (the first it names, where it names more: "... in the second quarter of
                    # 2025 ... For the first semester of the year, the GDP remained ...")
                    p = min(within.values())
                    return Period(p[2], p[3], p[4])
                return headline
        # "The allocations were for February this year.": a sentence of the opening paragraphs,
        # with no figure, that says what span the article's figures are of
        opening = ctx.text[: (ctx.paragraph_starts[3:4] or [len(ctx.text)])[0]]
        for match in REPORTS_ON.finditer(opening):
            if any(match.start() <= q.start < match.end() for q in quantities):
                continue
            phrase = match.group("period")
            found = [p for p in find_periods(phrase, ctx.published, *fiscal) if p[3] and p[4] and p[3] != p[4]]
            if found and found[0][0] <= 4 and re.fullmatch(r"\s*(?:(?:of\s+)?(?:this|last|the\s+current)\s+year)?\s*", phrase[found[0][1] :]):
                return Period(found[0][2], found[0][3], found[0][4])
        # "THE Free State recorded one of the strongest improvements in employment ... during the
        # third quarter of 2025, according to Statistics South Africa": a lede with no figure
        # that names one span shorter than a year says what the figures below are of
        lede_start = len(first_line) + 1
        while ctx.text[lede_start : lede_start + 1].isspace():
            lede_start += 1
        lede_end = ctx.text.find("\n", lede_start)
        lede_end = len(ctx.text) if lede_end < 0 else lede_end  # the lede: the first line after the headline
        lede = ctx.text[lede_start:lede_end]
        if lede.strip() and not any(lede_start <= q.start < lede_end for q in quantities):
            found = {
                (p[3], p[4]): p for p in find_periods(lede, ctx.published, *fiscal)
                if p[3] and p[4] and p[3] != p[4] and re.search(r"\d", p[2]) and not re.match(r"(?:since|until|by)\b", p[2], re.I)
            }
            if len(found) == 1:
                p = next(iter(found.values()))
                if _months_apart(p[4], p[3]) < 11 and re.search(r"\b(?:in|during|for|over)\s+(?:the\s+)?$", lede[max(0, p[0] - 12) : p[0]]):
                    return Period(p[2], p[3], p[4])
        return None

    def _table_record(self, ctx: _Context, q: RawQuantity, cell: "TableCell", sent: Span, paragraph: int, period_cache: dict, metrics: list, growth_rates: list) -> None:
        """Add the record of a number in a flattened table: a level in the row's unit, or a
        change where its column is one ("Change (yoy)")."""
        value, unit = q.value, q.unit
        if cell.unit_text and unit not in ("count", "%") and not q.has_scale:
            # "Exports (billions of dollars)" over "$6.355": the row's scale
            words = re.sub(r"\b(thousand|million|billion|trillion)s\b(?:\s+of\b)?", r"\1", re.sub(r"^in\s+", "", cell.unit_text.strip()), flags=re.I)
            found = self.finder.find("1 " + words)  # "billions of dollars": "1 billion dollars"
            if found and found[0].has_scale:
                value = scale(Decimal(str(q.value)), Decimal(str(found[0].value)))
        if cell.unit_text and unit == "count":
            words = re.sub(r"^in\s+", "", cell.unit_text.strip()).split()
            found = self.finder.find(f"{words[0]}1 {' '.join(words[1:])}") or self.finder.find(f"1 {cell.unit_text}")
            found = _resolve_dollars(found, ctx.country, self.currency_families)  # "(in crore rupees)": the article's rupee
            if found and (found[0].unit != "count" or found[0].has_scale):
                value, unit = scale(Decimal(str(q.value)), Decimal(str(found[0].value))), found[0].unit
        period = cell.period or self._period(ctx, sent, q, period_cache, paragraph)
        indicator, subject = cell.indicator or None, None
        if indicator in ctx.places or self._place_key(indicator) in ctx.place_names:
            # "Province | Sales (C$ million)" over "Ontario | 25,310": a row per place, whose figure
            # is what the column measures
            column = UNIT_IN_LABEL.sub("", cell.column).strip()
            indicator, subject = column or None, indicator
        rule = "table_cell+" + q.rule_id
        if cell.change:
            basis_match = None if cell.basis else self.basis_re.search(cell.column)  # the column's basis, as its header says it
            basis = Basis(cell.basis) if cell.basis else Basis(self._basis_row(basis_match.group(0))["basis"]) if basis_match else None
            growth_rates.append(GrowthRate(
                indicator=indicator, subject=subject, value=abs(value), unit=_change_unit(unit, None)[0] if unit != "%" else "%",
                direction=Direction.DECREASE if value < 0 else Direction.INCREASE, basis=basis, from_value=None, to_value=None,
                qualifier=None, period=period, text=ctx.text[q.start : q.end], sentence=_sentence_text(sent),
                start=q.start, end=q.end, rule_id=rule,
            ))
            return
        metric = self._metric(ctx, q, sent, indicator, subject, period, "table_cell+")
        metrics.append(replace(metric, value=value, unit=unit))

    def _gapped_change(self, ctx: _Context, q: RawQuantity, sent: Span, growth_rates: list[GrowthRate]) -> GrowthRate | None:
        """Return the change a percentage states in a gapped list of changes, or None.

        "the agriculture sector grew 0.2 percent in the second quarter; industry, 6.3 percent; and
        services, 9.1 percent": the verb is said once; each later item changed the same way, over
        the same time.
        """
        if q.kind != "percent" or not growth_rates:
            return None
        prior = growth_rates[-1]
        if prior.unit != "%" or prior.value is None or prior.start < sent.start_char or prior.end > q.start:
            return None
        span = self._gap_name(ctx, GAPPED_CHANGE, prior.end, q)
        if span is None or any(
            _pos(t) in ("VERB", "AUX", "PRON", "ADP", "NUM") and t.lower_ != "of"
            and not (t.tag_ == "VB" and t.i + 1 < span.end and _pos(t.nbor()) == "NOUN")  # "vegetables and root crops": a noun's modifier
            for t in span
        ):
            return None
        return replace(
            prior, indicator=_clean_indicator(span.text) or span.text, value=abs(q.value),
            direction=Direction.DECREASE if q.value < 0 else prior.direction,
            qualifier=Qualifier(q.qualifier) if q.qualifier else None, from_value=None, to_value=None,
            text=ctx.text[q.start : q.end], start=q.start, end=q.end, rule_id="growth_gapped+" + q.rule_id,
        )

    def _gap_name(self, ctx: _Context, pattern: re.Pattern, after: int, q: RawQuantity) -> Span | None:
        """Return the words with a noun that ``pattern`` finds as the name between ``after`` and a figure, or None."""
        gap = pattern.fullmatch(ctx.text, after, q.qualifier_start if q.qualifier_start is not None else q.start)
        span = ctx.doc.char_span(gap.start("name"), gap.end("name"), alignment_mode="contract") if gap is not None else None
        return span if span is not None and any(_pos(t) in ("NOUN", "PROPN") for t in span) else None

    def _gapped_name(self, ctx: _Context, q: RawQuantity, previous: RawQuantity | None, sent: Span) -> str | None:
        """Return the name a figure follows in a gapped list, or None.

        "Central GST collections were Rs 38,100 crore, State GST Rs 49,900 crore, and IGST Rs
        95,900 crore": the verb is said once; each later figure measures the words before it.
        """
        if previous is None or previous.end < sent.start_char or previous.unit != q.unit:
            return None
        span = self._gap_name(ctx, GAPPED_NAME, previous.end, q)
        if span is None or any(
            # a participle before a name is its modifier ("integrated IGST"), any other verb a clause's
            (_pos(t) in ("VERB", "AUX") and not (t.i == span.start and t.tag_ in ("VBN", "VBD") and len(span) > 1))
            or _pos(t) in ("ADP", "PRON", "DET", "CCONJ", "SCONJ", "PART") or t.i in ctx.quantity_tokens
            for t in span
        ):
            return None
        return span.text

    @staticmethod
    def _followed_by_end(text: str, q: RawQuantity, sent: Span) -> bool:
        """Return True where a figure after "from" has its other end after it ("from 6.7% to 7.6%")."""
        return bool(re.match(r"[^;.]{0,40}?\bto\s+(?:about\s+|around\s+|nearly\s+)?[-\d$€£¥₦]", text[q.end : sent.end_char]))

    def _compared_with(self, ctx, q: RawQuantity, sent: Span, metrics: list, before: str):
        """Return the metric of the same sentence a base of comparison is compared with, or None."""
        if not re.search(
            r"\b(?:compared\s+(?:with|to)|against|versus|vs\.?|v\.|than|from|over)\s*(?:the\s+|its\s+|their\s+)?"
            r"(?:(?:[\w-]+\s+){0,3}?[\w-]+\s*[\[(]\s*|(?:[A-Za-z(][\w()-]*\s+){1,7}?of\s+)?$",  # "... [EUR 199.3bn]", "over the gross collection of Rs 10 lakh crore"
            before, re.I,
        ):
            return None
        # the compared figure is in the same sentence, or in the one before it in the paragraph
        # ("... rose to 26.72 per cent in September. This represents a rise when compared to
        # 25.8 per cent recorded in August.")
        paragraph_start = ctx.paragraph_starts[bisect_right(ctx.paragraph_starts, q.start) - 1]
        for metric in reversed(metrics):
            if metric.start < max(paragraph_start, sent.start_char - 400):
                return None
            if metric.unit == q.unit:
                return metric
        return None

    def _metric(self, ctx, q: RawQuantity, sent: Span, indicator, subject, period, rule_prefix: str) -> Metric:
        if (
            period is not None and _is_target(indicator)
            and period.text not in ctx.text[q.end : min(sent.end_char, q.end + 40)]
            and not re.search(rf"{re.escape(period.text)}[^,;.\d]{{0,50}}\s(?:of|at)\s+$", ctx.text[max(sent.start_char, q.start - 80) : q.qualifier_start if q.qualifier_start is not None else q.start])
        ):  # "the 2025 State Budget deficit target of Rp616.2 trillion" keeps its year too
            period = None  # "above the 2% target", of no time; "a target of 5% for 2025" keeps its year
        return Metric(
            indicator=indicator, subject=subject, value=q.value, unit=q.unit,
            qualifier=Qualifier(q.qualifier) if q.qualifier else None, period=period,
            text=ctx.text[q.start : q.end], sentence=_sentence_text(sent), start=q.start, end=q.end,
            rule_id=rule_prefix + q.rule_id,
        )

    def _growth(self, ctx, q, sent, direction, phrase_start, metrics, subject_memory, paragraph, period_cache) -> GrowthRate:
        text = ctx.text
        unit, value = _change_unit(q.unit, abs(q.value))
        anchor = None
        # ", an increase of 8.2%" after "reached 186.4 billion yuan": the change of that metric
        for k, metric in reversed(list(enumerate(metrics))):
            gap = text[metric.end : phrase_start]
            if metric.start < sent.start_char and not (metric.end <= phrase_start and re.fullmatch(r"\s*[(\[]\s*", gap)):
                break  # "rose to €1163.3Bn [an increase of 3.2% ...]": a bracket the parser made a sentence
            if k > 0 and metric.unit != metrics[k - 1].unit and re.fullmatch(r"\s*(?:[(\[]|or\b)\s*(?:about|around|approximately|roughly|some)?\s*", text[metrics[k - 1].end : metric.start], re.I):
                # "reaching 41.21 trillion yuan ($5.83 trillion), a year-on-year rise of 3.6 percent",
                # "3.4 billion manats or $2 billion, which is 11 percent more": the second figure is
                # the level in another currency; the change is of the first
                if re.fullmatch(r"\s*[)\]]?\s*,?\s*(?:and\s+|which\s+(?:is|was|are|were)\s+)?", gap) and (
                    "(" in text[metrics[k - 1].end : metric.start] or MONEY_CODE.fullmatch(metric.unit) and MONEY_CODE.fullmatch(metrics[k - 1].unit)
                ):
                    anchor = metrics[k - 1]  # "... 5.44 billion manats ($3.2 billion), which is 19.2 percent ... more"
                    break
            if metric.end <= phrase_start and re.fullmatch(r"\s*(?:(?:in|during|for|at)\s+(?:the\s+)?[\w -]{1,25}?\s*)?[,;(\[]?\s*(?:and\s+|or\s+|which\s+(?:is|was|are|were)\s+)?", gap):
                anchor = metric
                break
        if anchor is not None:
            indicator, subject, period = anchor.indicator, anchor.subject, anchor.period
            to_value = anchor.value if anchor.unit != unit or unit in ("%",) else None
            if anchor.unit == "%" and unit == "pp":
                to_value = anchor.value
            if anchor.unit == unit and unit != "%":
                to_value = anchor.value
        else:
            indicator, subject = self._indicator_subject(ctx, q, sent, growth=True)
            subject = self._carry_subject(subject, subject_memory, paragraph, ctx)
            period = self._period(ctx, sent, q, period_cache, paragraph)
            to_value = None
        basis = self._basis(text, sent, phrase_start, q.end)
        return GrowthRate(
            indicator=indicator, subject=subject, value=value, unit=unit, direction=direction,
            basis=basis, from_value=None, to_value=to_value,
            qualifier=Qualifier(q.qualifier) if q.qualifier else None, period=period,
            text=text[phrase_start : q.end], sentence=_sentence_text(sent), start=phrase_start, end=q.end,
            rule_id="growth+" + q.rule_id,
        )

    def _respectively(self, ctx, q, rest, sent, record: GrowthRate, metrics: list | None = None):
        """Return (indicator of the first value, [(quantity, growth rate)] of the others) of
        "X and Y increased by 10% and 15% respectively"; (None, []) elsewhere."""
        text = ctx.text
        tail = text[q.end : sent.end_char]
        if not re.search(r"\brespectively\b", tail):
            return None, []
        siblings = []
        prev_end = q.end
        for other in rest:
            if other.start >= sent.end_char:
                break
            if not re.fullmatch(r"\s*(?:,|,?\s*and|,?\s*or)\s*", text[prev_end : other.start]):
                break
            siblings.append(other)
            prev_end = other.end
        if not siblings:
            return None, []
        indicators = self._coordinated_indicators(ctx, record, len(siblings) + 1)
        if indicators is None and metrics:
            indicators = _items_named_before(ctx, sent, metrics, len(siblings) + 1)
        places = indicators is not None and all(_subject_text(name) in ctx.places for name in indicators)
        if places:
            # the coordinated items are places: each owns its figure, and what is measured is
            # what the paragraph measured before ("Germany and France expanded by 0.2% and 0.4%")
            paragraph = bisect_right(ctx.paragraph_starts, q.start) - 1
            measured = ctx.indicators.get(("paragraph", paragraph))
            measured = None if measured in indicators else measured
            for place in ctx.places:  # "Eurozone GDP" said of Germany is GDP
                if measured and re.match(rf"{re.escape(place)}(?:['’]s)?\s+", measured):
                    measured = measured[measured.index(" ") + 1 :] if " " not in place else measured[len(place) :].lstrip("'’s ")
        out = []
        for k, other in enumerate(siblings, start=1):
            unit, value = _change_unit(other.unit, abs(other.value))
            indicator = (measured if places else indicators[k]) if indicators else record.indicator
            sibling = replace(record, indicator=indicator, value=value, unit=unit, text=text[other.start : other.end],
                              start=other.start, end=other.end, qualifier=Qualifier(other.qualifier) if other.qualifier else None,
                              rule_id="growth_respectively+" + other.rule_id)
            if places:
                sibling = replace(sibling, subject=_subject_text(indicators[k]))
            out.append((other, sibling))
        # the first record keeps its text; its indicator is the first coordinated item
        if places:
            return (measured, _subject_text(indicators[0])), out
        return (indicators[0] if indicators else None), out

    def _metrics_respectively(self, ctx: _Context, metrics: list[Metric]) -> list[Metric]:
        """Name each level of "exports and imports reached €32.1 billion and €36.4 billion
        respectively in October" by its coordinated item, all of the time said after them."""
        text = ctx.text
        if "respectively" not in text:
            return metrics
        out = sorted(metrics, key=lambda m: m.start)
        k = 0
        while k < len(out):
            run = [k]
            while run[-1] + 1 < len(out) and re.fullmatch(r"\s*(?:,|,?\s*and)\s*", text[out[run[-1]].end : out[run[-1] + 1].start]):
                run.append(run[-1] + 1)
            last = out[run[-1]]
            tail = re.match(r"[^.;]{0,40}?\brespectively\b", text[last.end : last.end + 50])
            if len(run) > 1 and tail and all("compared_with" not in out[j].rule_id for j in run):
                names = self._coordinated_indicators(ctx, out[run[0]], len(run))
                verb = self._verb_of(ctx, out[run[0]]) if names else None
                period = next((out[j].period for j in reversed(run) if out[j].period), None)  # the list's time, said once
                if names and verb is not None and verb.lower_ in self.nominal and verb.lower_ not in self.change and ALLOCATING.fullmatch(verb.lower_) and not any(
                    self._known_place(ctx, n) or BODY_WORD.search(n) for n in names
                ):
                    # "Roads maintenance and refuse removal have been allocated $19.7 million and $8.9
                    # million respectively": the items are what the money is for, not who owns it
                    for j, name in zip(run, names):
                        out[j] = replace(out[j], indicator=f"{self._nominal_of(verb)} for {name[:1].lower() + name[1:] if not name.isupper() else name}", subject=out[j].subject if out[j].subject != _subject_text(name) else None, period=out[j].period or period)
                elif names and verb is not None and verb.lower_ in ("shared", "share") and out[run[0]].unit == "%" and not any(
                    self._known_place(ctx, n) or BODY_WORD.search(n) or n in ctx.bodies_named or any(e.text == n and e.label_ in SUBJECT_LABELS for e in ctx.ents) for n in names
                ):
                    # "Industry and Services equally shared the bulk of the region's economy at 42.6
                    # percent and 42.5 percent, respectively": each sector's share, not an owner's
                    for j, name in zip(run, names):
                        out[j] = replace(out[j], indicator=f"{name} share", period=out[j].period or period)
                elif names and verb is not None and verb.lower_ in self.nominal and verb.lower_ not in self.change:
                    # "states and local governments received N221.19 billion and N163.88 billion,
                    # respectively": the items are who received, each its amount received
                    for j, name in zip(run, names):
                        out[j] = replace(out[j], indicator=self._nominal_of(verb), subject=_subject_text(name), period=out[j].period or period)
                elif names:
                    for j, name in zip(run, names):
                        name = re.sub(r"\s*\([^)]*\)", "", name).strip()  # "Operating Expenses (MOP31.71 billion)"
                        share = out[j].indicator or ""
                        # "... accounted for 39.6% and 22.6% of the expenditure respectively": shares of it
                        name = f"share of {name} in {share[len('share of '):]}" if share.startswith("share of ") else name
                        out[j] = replace(out[j], indicator=name, period=out[j].period or period)
            k = run[-1] + 1
        return out

    def _level_than_level(self, ctx: _Context, metrics: list[Metric], growth_rates: list[GrowthRate]) -> list[GrowthRate]:
        """Return the changes a text states by setting one level beside an earlier one, with no
        size: "the N2.18tn is lower than N2.24tn disbursed in the preceding quarter" is a change
        from N2.24tn to N2.18tn, and so is "N25 billion as against N20 billion" (``_set_against``)."""
        out = []
        taken = {(g.from_value, g.to_value) for g in growth_rates}
        ordered = sorted(metrics, key=lambda m: m.start)
        for a, b in zip(ordered, ordered[1:]):
            if a.value is None or b.value is None or a.unit != b.unit or a.value == b.value or (b.value, a.value) in taken or a.sentence != b.sentence:
                continue
            gap = LEVEL_THAN.fullmatch(ctx.text, a.end, b.start)
            if gap is not None:
                start, rule = a.end + gap.start("cue") - gap.start(), "growth_level_than_level+"
            elif _set_against(ctx.text, a, b):
                start, rule = a.start, "set_against+"
            else:
                continue
            sent = ctx.sents[max(0, bisect_right(ctx.sent_starts, a.start) - 1)]
            out.append(GrowthRate(
                indicator=a.indicator or b.indicator, subject=a.subject or b.subject, value=None, unit="pp" if a.unit == "%" else a.unit,
                direction=_direction_of(b.value, a.value), basis=self._basis(ctx.text, sent, start, b.end), from_value=b.value, to_value=a.value,
                qualifier=None, period=a.period, text=ctx.text[start : b.end], sentence=a.sentence, start=start, end=b.end,
                rule_id=rule + a.rule_id,
            ))
        return out

    def _amount_as_subject(self, ctx: _Context, anchor: Token):
        """Return (indicator, subject) of an amount that is itself the subject of what was done
        with it ("N2.18trn was disbursed by the FAAC", "N393.3 billion went to the 774 Local
        Governments"), or None."""
        verb = anchor.head
        if anchor.dep_ == "nsubjpass" and verb.lower_ in self.nominal and verb.lower_ not in self.change:
            recipients = _pobjs(verb, "prep", ("among", "with", "between"))
            if verb.lower_ in DISTRIBUTING_VERBS and recipients:
                # "N3.585 trillion ... was shared among the 36 states", "N51.545 billion was shared
                # with the oil-producing States as 13 per cent derivation revenue": what they received
                named = [
                    " ".join(t.text for t in g.subtree if not t.like_num and t.lower_ not in ("per", "cent", "percent", "%", "the", "a", "an"))
                    for g in _pobjs(verb, "prep", ("as",))
                ]
                return (named[0] if named and named[0] else "amount received"), _text_of(_bare_words(recipients[0]))
            agents = _pobjs(verb, "agent")
            return self._nominal_of(verb), (self._owner_named(ctx, agents[0]) if agents else None)
        if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and anchor.head.head.lower_ in ("total", "sum") and anchor.head.head.dep_ == "nsubj":
            anchor = anchor.head.head  # "A total of Sh920 million will go to development projects": the total goes
            verb = anchor.head
        if anchor.dep_ == "nsubj" and verb.lower_ in ("went", "goes", "go", "gone"):
            recipients = _pobjs(verb, "prep", ("to", "toward", "towards", "into"))  # "will go toward investment expenses"
            doing = [g for p in verb.children if p.dep_ == "prep" and p.lower_ in ("to", "toward", "towards") for g in p.children if g.dep_ == "pcomp" and g.tag_ == "VBG"]
            if not recipients and doing:
                # "Sh217 million will go to completing Ziwa Level Five Hospital": what it is spent doing
                return _text_of(list(doing[0].subtree)), None
            if recipients and _entity_of(recipients[0]) is None and recipients[0].is_lower and _pos(recipients[0]) == "NOUN" and recipients[0].lower_ not in ("states", "councils", "governments", "government", "counties"):
                # "Sh5.83 billion will go to the recurrent expenditure": the budget line it goes to
                return re.sub(r"\s*\([^()]*\)?$", "", _text_of(_bare_words(recipients[0]))), None  # (not "recurrent expenditure (wages and salaries)")
            if recipients:
                # "N393.3 billion went to the 774 Local Governments": what they received
                return "amount received", _text_of(_bare_words(recipients[0]))
        if anchor.dep_ == "nsubj" and verb.lower_ in ("come", "comes", "came", "coming"):
            sources = _pobjs(verb, "prep", ("from",))
            if sources and _entity_of(sources[0]) is None and _pos(sources[0]) in ("NOUN", "PROPN"):
                # "21bn/- will come from PAYE from employees of Union institutions": the revenue source
                return _text_of(_bare_words(sources[0])), None
        return None

    def _owner_named(self, ctx: _Context, token: Token) -> str | None:
        """Return the owner a token names: the place or body it is a name of, else the body or
        sector a common noun names ("the government"), else None."""
        ent = _entity_of(token)
        return ent.text if ent is not None and ent.label_ in SUBJECT_LABELS else self._owner_phrase(ctx, token)

    def _amount_subject(self, sent: Span) -> str | None:
        """Return the subject of a sentence that names an amount ("The total amount disbursed
        was ...", "The amount disbursed comprised ..."), without its article, or None."""
        subjects = [c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or subjects[0].lower_ not in ("amount", "sum", "total", "funds", "money", "allocation", "disbursement"):
            return None
        words = [t for t in subjects[0].subtree if t.dep_ not in ("det", "poss")]
        phrase = " ".join(t.text for t in words)
        return phrase if len(words) <= 6 and not any(t.like_num for t in words) else None

    def _verb_of(self, ctx: _Context, record: GrowthRate | Metric) -> Token | None:
        """Return the verb that governs a record's figure (the sentence's root where none does), or None."""
        span = ctx.doc.char_span(record.start, record.end, alignment_mode="expand")
        if span is None:
            return None
        verb = span.root
        while _pos(verb) not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        return verb

    def _coordinated_indicators(self, ctx, record: GrowthRate | Metric, count: int) -> list[str] | None:
        """Return the coordinated indicator phrases of a "respectively" sentence, or None."""
        verb = self._verb_of(ctx, record)
        if verb is None:
            return None
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            head = subjects[0]
        elif verb.dep_ == "acl" and _pos(verb.head) in ("NOUN", "PROPN") and verb.head.i < verb.i:
            head = verb.head  # "with production in high-tech industries and the equipment sector expanding by 11.8 percent and 10.3 percent"
        elif verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.i < verb.i and _pos(verb.head) in ("VERB", "AUX"):
            # "... and manufacturing grew by 8.0% and 1.0%, contributing 0.20 and 0.17 percentage
            # points respectively": the items the clause's main verb is said of
            return _list_before(ctx.text, verb.head.idx, count)
        else:
            return None
        items = [head] + [t for t in head.conjuncts]
        if len(items) != count or any(not re.search(r"[A-Za-z]", t.text) or t.like_num for t in items):
            listed = _list_before(ctx.text, verb.idx, count)
            if listed is not None:
                # "production, services, construction and agriculture grew by 1.6%, 0.3%, 0.2% and
                # 0.1% respectively", where the parse made "2019" the subject: the list the text
                # writes right before the verb
                return listed
        if len(items) != count:
            # "The production of industrial instruments, new energy vehicles, smart watches and
            # charging piles soared 170.6%, 154.4%, 66.7% and 47.9% respectively": one head, said
            # of each thing its "of" lists
            of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            things = sorted([pobj, *pobj.conjuncts], key=lambda t: t.i) if pobj is not None else []
            if len(things) != count:
                return None
            name = _join([t for t in head.subtree if t.i <= head.i and t.dep_ not in ("det", "poss", "case")]) or head.text
            out = []
            for thing in things:
                nested = set().union(*[set(c.subtree) for c in thing.children if c.dep_ in ("conj", "cc")])
                out.append(f"{name} of {_join([t for t in thing.subtree if t not in nested and not t.is_punct])}")
            return out
        items.sort(key=lambda t: t.i)
        said = set(verb.subtree) if not subjects else set()  # the participle's own phrase names no item
        out = []
        for item in items:
            tokens = [
                t for t in item.subtree
                if t not in set().union(*[set(c.subtree) for c in item.children if c.dep_ in ("conj", "cc")]) and t.dep_ not in ("det", "poss", "case") and t not in said
            ]
            tokens = [t for t in tokens if t.ent_type_ not in SUBJECT_LABELS or t.i >= item.i]
            out.append(_join(tokens) or item.text)
        last = out[-1].split()
        if len(last) >= 2 and all(len(o.split()) == 1 for o in out[:-1]) and re.search(
            r"\b" + r",?\s+(?:and\s+)?".join(re.escape(o) for o in out[:-1]) + r",?\s+and\s+" + re.escape(out[-1]) + r"\b", ctx.text
        ):
            # "revenue and fiscal deficits ... 2.4% and 3.9%, respectively": the head the last item
            # names is every item's ("revenue deficits")
            out = [f"{o} {last[-1]}" for o in out[:-1]] + [out[-1]]
        return out

    # ------------------------------------------------------------------ fields

    def _restated_until_cue(self, text: str, quantities: list[RawQuantity], i: int, sentence_end: int) -> Direction | None:
        """Return the direction of a change that ``quantities[i]`` states in the first of several
        units, the change word after the last ("PLN 0.2 bln (EUR 0.05 bln), or 0.8 percent lower
        compared to the previous year"), or None."""
        j = i
        while j + 1 < len(quantities) and quantities[j + 1].start < sentence_end and re.fullmatch(
            r"\s*\(\s*|\s*\)?\s*,?\s+or\s+", text[quantities[j].end : quantities[j + 1].start]
        ):
            j += 1
        if j == i:
            return None
        last = quantities[j]
        after = text[last.end : min(sentence_end, last.end + 60)]
        after = after[len(re.match(r"\s*\)?", after).group(0)) :]  # "876.3 million manats ($515.5 million) more than ...": past the bracket
        cue = self.change_after.match(after)
        row = self.change.get(re.sub(r"\s+", " ", cue.group("cue").lower())) if cue else None
        if row is not None and row["role"] in ("noun", "noun_or_verb") and re.match(r"\s+(?:in|of)\s", after[cue.end() :]) and last.kind == "percent":
            return Direction(row["direction"])  # "MNT 29.4 billion or 14.8% decrease in value-added tax revenue"
        if row is None or row["role"] != "adverb":
            return None
        rest = after[cue.end() :]
        if re.match(r"\s+(?:than|compared\s+(?:with|to)|from|on|over)\b", rest, re.I) or self.basis_re.match(rest.lstrip()):
            return Direction(row["direction"])
        return None

    def _direction(self, cue: str) -> Direction:
        row = self.change.get(re.sub(r"\s+", " ", cue.lower()))
        return Direction(row["direction"]) if row else Direction.INCREASE

    def _basis_row(self, surface: str) -> dict | None:
        """Return the rules/basis.tsv row of a basis phrase as the text writes it, or None."""
        return self.basis_of.get(re.sub(r"\s+", " ", surface.lower()))

    def _basis(self, text: str, sent: Span, start: int, end: int) -> Basis | None:
        offset = max(sent.start_char, start - 60)
        stop = min(sent.end_char, end + 100)
        # a basis belongs to its own clause: "imports fell 10.9 percent from a year ago, while
        # exports dropped 3.4 percent" says nothing of what the exports' change is against
        before = list(self.clause_break.finditer(text, offset, start))
        if before:
            offset = before[-1].end()
        after = self.clause_break.search(text, end, stop)
        if after:
            stop = after.start()
        window = text[offset:stop]
        best = None
        for match in self.basis_re.finditer(window):
            row = self._basis_row(match.group(0))
            if match.group(0).lower() == "since" and RECORD_SINCE.search(text, max(0, offset + match.start() - 40), offset + match.start()):
                continue  # "its highest since 2016": a record's yardstick, not what the change is measured over
            if row is not None and row["basis"] == "ytd" and re.search(r"\bthe\s+$", text[max(0, offset + match.start() - 5) : offset + match.start()], re.I) and re.match(r"year", match.group(0), re.I):
                continue  # "Exports for the year-to-date grew by 7,9%": the time of the figure, not what it is measured against
            if row is None:
                continue
            distance = min(abs(offset + match.start() - end), abs(offset + match.end() - start))
            if best is None or distance < best[0]:
                best = (distance, row["basis"])
        if best is None and SAME_TIME_A_YEAR_BEFORE.search(window):
            return Basis.YOY  # "compared to the previous fiscal", "than the corresponding quarter of 2018"
        if best is None:
            # "In monthly terms, the growth of income by 17.5% ... was accompanied by a decline in
            # expenses by 3.9%": a basis that opens the sentence holds for each of its changes
            opening = re.match(r"\s*([^,;]{2,40}),", text[sent.start_char : start])
            said = self.basis_re.search(opening.group(1)) if opening else None
            row = self._basis_row(said.group(0)) if said else None
            if row is not None and row["basis"] in ("yoy", "mom", "qoq"):
                return Basis(row["basis"])
            phrase = re.match(r"\s*([^,;\d]{2,70}),", text[sent.start_char : start])
            if phrase and SAME_TIME_A_YEAR_BEFORE.search(phrase.group(1)):
                return Basis.YOY  # "Compared to the previous fiscal, exports showed ..., while imports climbed ..."
            # "The largest price increases compared to the previous month were noted for fresh
            # seafood (+5.3%), olive oil (+3.7%)": the one comparison the sentence states before the
            # change, with no clause between, holds for it
            head = text[sent.start_char : start]
            said = [(m, row) for m in self.basis_re.finditer(head) if (row := self._basis_row(m.group(0))) and row["basis"] in ("yoy", "mom", "qoq")]
            if len(said) == 1 and not self.clause_break.search(head, said[0][0].end()) and not re.search(r"[\d%]", head[: said[0][0].start()]):
                return Basis(said[0][1]["basis"])
            # "in the three years of ...", "since 2019" at the head of the sentence
            match = re.search(r"\b(?:in|over)\s+the\s+(?:past\s+|last\s+)?(?:\w+\s+)?(?:years|decade)\b", head, re.I)
            if match:
                return Basis.PERIOD
            return None
        return Basis(best[1])

    def _levels_reached(self, ctx: _Context, metrics: list, growth_rates: list) -> list:
        """Return ``growth_rates`` with the level each reached where its clause states it first.

        "The gross corporate tax collection is at Rs 11.32 lakh crore and has shown a growth of
        13.06% over ...": the change ends at the level the clause gave just before it (the
        settled convention: a level stated in the same clause as the change is its to_value).
        """
        sent_starts = ctx.sent_starts
        out = []
        for g in growth_rates:
            money = MONEY_CODE.fullmatch(g.unit) is not None
            if g.to_value is None and g.value is not None and (g.unit in ("%", "pp") or money):
                k = bisect_right(sent_starts, g.start)
                sentence_start = sent_starts[max(0, k - 1)]
                sentence_end = sent_starts[k] if k < len(sent_starts) else len(ctx.text)
                level = None
                for m in metrics:
                    if sentence_start <= m.start and m.end <= g.start and not m.rule_id.startswith(("compared_with", "level_")):
                        if money and m.unit != g.unit:
                            continue  # "reached PLN 115.1 bln (EUR 25.64 bln) and were down by 3.7 bln": the level in the change's currency
                        if not money and level is not None and (
                            re.fullmatch(r"\s*\(\s*", ctx.text[level.end : m.start])
                            or re.fullmatch(r"\s*(?:or|/)\s*", ctx.text[level.end : m.start]) and m.unit != level.unit and MONEY_CODE.fullmatch(m.unit)
                        ):
                            continue  # "3.9 trillion yuan ($551.5 billion)", "2.1 billion manats or $1.24 billion": a conversion of the level, not another
                        level = m  # the nearest level before the change in its sentence
                if money and level is not None and not re.fullmatch(r"\s*(?:\([^()]*\)\s*)?(?:,\s*)?and\s+(?:(?:was|were|is|are|has\s+been|have\s+been)\s+)?", ctx.text[level.end : g.start]):
                    level = None  # "VAT receipts reached PLN 115.1 bln and were down by 3.7 bln": only a level its own clause ties to the change
                gap = re.sub(r"^\s*\([^()]*\)", "", ctx.text[level.end : g.start]) if level is not None else ""  # past a bracketed conversion
                if (
                    level is not None and (money or (level.unit == "%") == (g.unit == "pp"))
                    and not any(level.end <= other.start < g.start for other in growth_rates)
                    and "respectively" not in ctx.text[sentence_start:sentence_end]  # levels and changes paired in order
                    and not re.search(r"\b(?:while|whereas|but)\b", gap)
                    and (
                        # a level of what changed, not of a neighbour
                        not re.search(r"[;\d]", gap) and _words(level.indicator) & _words(g.indicator)
                        # "a 3.05 trillion CFA franc budget for 2011, a 5 percent increase": the change set
                        # in apposition to the level's clause, whatever the two are called
                        or not money and APPOSED_CHANGE.search(gap) and not re.search(r"[;\d]", re.sub(r"\b(?:19|20)\d\d\b|\b\d{1,2}\s+(?:months|quarters|weeks)\b", "", gap))
                    )
                ):
                    g = replace(g, to_value=level.value)
                    if g.indicator and _has_word(level.text, g.indicator):
                        g = replace(g, indicator=level.indicator)  # "677.4 trillion won, which marks a 3.2 percent increase": not "won"
            out.append(g)
        return out

    def _figure_that_moved(self, ctx: _Context, metrics: list, growth_rates: list) -> list:
        """Add the move between two levels of one clause joined by "a figure that rose to".

        "In January, Honduras received $583.4 million in remittances, a figure that increased
        to $608.7 million in February": a change from the first level to the second.
        """
        added = []
        for before, after in zip(metrics, metrics[1:]):
            if before.sentence != after.sentence or before.unit != after.unit or before.value in (None, after.value):
                continue
            joined = FIGURE_THAT_MOVED.fullmatch(ctx.text, before.end, after.start)
            compared = LEVELS_COMPARED.fullmatch(ctx.text, before.end, after.start) if joined is None else None
            if compared is not None and not any(before.end <= g.start < after.end for g in growth_rates):
                # "personnel costs of N24.69 billion higher than N23.96 billion": the move from the second to the first
                added.append(GrowthRate(
                    indicator=before.indicator, subject=before.subject, value=None, unit=_change_unit(before.unit, None)[0].replace("%", "pp"),
                    direction=_direction_of(after.value, before.value), basis=None, from_value=after.value, to_value=before.value,
                    qualifier=None, period=before.period, text=ctx.text[compared.start("cue") : after.end], sentence=before.sentence,
                    start=compared.start("cue"), end=after.end, rule_id="growth_levels_compared+" + before.rule_id,
                ))
                continue
            if joined is None or not self.change_word_re.fullmatch(joined.group("cue")):
                continue
            if any(g.start <= after.start < g.end or before.end <= g.start < after.start for g in growth_rates):
                continue  # the move is read already
            unit, _ = _change_unit(after.unit, None)
            added.append(GrowthRate(
                indicator=after.indicator or before.indicator, subject=after.subject or before.subject, value=None,
                unit="pp" if unit == "%" else unit, direction=_direction_of(before.value, after.value), basis=None,
                from_value=before.value, to_value=after.value, qualifier=None, period=after.period,
                text=ctx.text[before.end + joined.start("cue") - joined.start() : after.end], sentence=after.sentence,
                start=before.end + joined.start("cue") - joined.start(), end=after.end, rule_id="growth_figure_that_moved+" + after.rule_id,
            ))
        return sorted([*growth_rates, *added], key=lambda g: g.start) if added else growth_rates

    def _flows_to_date(self, ctx: _Context, records: list) -> list:
        """Return ``records`` with a flow dated "by end-November" or "by December 2023" summed
        from the start of its year: "the trade deficit ... by end-November" is January to
        November's; so is a count of things made "as of" a month. A stock so dated ("net debt
        by July 2025") stays a level at that time."""
        out = []
        for r in records:
            p = r.period
            if (
                p is not None and p.start is None and p.end and (
                    BY_MONTH.fullmatch(p.text) or isinstance(r, GrowthRate) and r.unit == "count" and AS_OF_MONTH.fullmatch(p.text)
                )  # "as of October 2023, 30,658 new formal jobs were generated": those made since January
                and (ctx.published is None or p.end <= ctx.published.isoformat())  # "net debt of 24.2 per cent by July 2025", foreseen: a level then
                and not self._is_stock(r.indicator) and not re.search(r"\b(?:debt|reserves?|deposits?|assets?|liabilit\w*|stocks?|position)\b", r.indicator or "", re.I)
            ):
                first = int(ctx.country.get("fiscal_start_month", 1) or 1)
                year, month = int(p.end[:4]), int(p.end[5:7])
                start = f"{year if month >= first else year - 1}-{first:02d}-01"
                r = replace(r, period=replace(p, start=start))
            out.append(r)
        return out

    def _is_stock(self, indicator: str | None) -> bool:
        """Return True for an indicator that names a stock ("gross government debt", "fiscal reserves")."""
        # the head of the phrase, before its first preposition: "investment in fixed assets" is
        # an investment (a flow), "public debt as a share of GDP" is debt
        head = re.split(r"\s(?:in|of|as|to|for|from|on|with|by|at)\s", " " + (indicator or "").lower() + " ")[0]
        words = set(re.findall(r"[a-z]+", head))
        return bool(words & self.stock_words) and not words & self.flow_words

    def _level_change_basis(self, ctx: _Context, g: GrowthRate, periods: dict) -> GrowthRate:
        """Return a move from one level to another with the basis of the two levels' times.

        "fell to 3.2% in November, from 3.6% in October" is month-on-month, whatever the rates
        themselves are ("over the year", "YoY"); "averaged ¥108.33, down from ¥120.13 in fiscal
        2015" is year-on-year. A level moved from without a time is that of the period before.
        """
        if not g.rule_id.startswith(("growth_to_from", "growth_down_from")) or g.period is None or not g.period.start or not g.period.end:
            return g
        length = _months(g.period)
        # (a slice: "^" in RIGHT_AFTER matches only at the true start of the string it is given)
        base = next((p for at, p in periods.items() if g.end <= at <= g.end + 30 and RIGHT_AFTER.match(ctx.text[g.end : at])), None)
        earlier = EARLIER_BY.match(ctx.text, g.end)
        if earlier is not None:  # "from $60.2 billion a year earlier"
            basis = {"year": Basis.YOY, "month": Basis.MOM, "quarter": Basis.QOQ}[(earlier.group("unit") or earlier.group("unit2")).lower()]
        elif base is not None and base[3] and base[4]:
            basis = _basis_of_gap(_months_apart(g.period.start, base[3]), length)
        else:
            basis = {1: Basis.MOM, 3: Basis.QOQ}.get(length) if g.period.start.endswith("-01") else None
        return replace(g, basis=basis) if basis is not None else g

    def _basis_from_base(self, ctx: _Context, g: GrowthRate, periods: dict) -> GrowthRate:
        """Return ``g`` with the basis its base period implies, where the text names no basis.

        "down 4.2% compared with June 2018" said of June 2019 is year-on-year; "up 0.3% from
        May" said of June is month-on-month.
        """
        if g.period is None or not g.period.start or not g.period.end:
            return g
        if g.basis is not None and not BASE_PHRASE.match(ctx.text, g.end + len(ctx.text[g.end :]) - len(ctx.text[g.end :].lstrip())):
            return g  # a basis the text states stands, unless a base follows the change itself:
            # "fell by 2.0% month-on-month in September, and by -2.8% compared with September 2023"
        # the base follows the change, maybe after the change's own period ("rose 0.4% in June from May")
        base = None
        for match in BASE_PHRASE.finditer(ctx.text, g.end, g.end + 70):
            if re.search(r"[.;](?!\d)", ctx.text[g.end : match.start()]) or CLAUSE_BREAK.search(ctx.text, g.end, match.start()):
                break  # the sentence ended ("22.08" does not end it), or the clause: ", whereas, compared to the previous month"
            at = match.end()
            if g.unit in ("%", "pp") and re.match(r"\s*(?:the\s+|a\s+)?[-+]?\d[\d.,]*\s*(?:%|per\s*cent|percent)", ctx.text[at : at + 20]):
                break  # "to 4.2% compared to 2.8% in 2023": a pace set against another, not a base a year before
            # "a growth of 17.70% over Rs 16.64 lakh crore in FY2022-23": the base level, then its time
            level = BASE_LEVEL.match(ctx.text, at)
            if _period_at(periods, at) is None and level is not None:
                at = level.end()
            base = _period_at(periods, at)
            if base is not None and base[3] and base[3] == base[4] and match.group(0).split()[0].lower() == "on":
                base = None  # "..., the Statistics Office reported on Wednesday": the day it was said, no base
                continue
            if base is None and match.group(0).split()[0].lower() in ("over", "compared", "versus", "against"):
                # "a growth of 24.26% over the gross personal income tax collection (including STT) of
                # ₹9.67 lakh crore of the preceding year": the base's time ends its phrase
                stop = re.search(r"[;]|[.](?!\d)|,\s|\b(?:while|whereas|and\s+(?:has|have|is|was))\b", ctx.text[at : at + 160])
                end = at + (stop.start() if stop else 160)
                later = sorted(p for start, p in periods.items() if at <= start < end)
                if later and not re.search(r"\b(?:growth|rate|rise|increase|decline|fall)\b", ctx.text[at : later[0][0]], re.I):
                    base = later[0]  # not "over the growth rate of 8.2% in Q1 of FY 2023-24": a rate compared, not a base
            if base is not None:
                break
        if base is None:
            # "compared to April 2019, in April 2020 the exports value ... went down by 14.1 %": a base set
            # off by commas ahead of the change, in its own clause
            k = bisect_right(ctx.sent_starts, g.start)
            since = ctx.sent_starts[max(0, k - 1)]
            breaks = list(CLAUSE_BREAK.finditer(ctx.text, since, g.start))
            since = breaks[-1].end() if breaks else since
            # ("In April compared to March, prices increased by 0.3 percent": after the change's own time)
            for match in re.finditer(r"(?:^|,)\s*(?:[Ii]n\s+[^,]{2,30}?\s+)?(?:(?:when|as|if)\s+)?(?:compared\s+(?:with|to)|in\s+(?:relation|comparison)\s+(?:with|to)|against|versus|relative\s+to)\s+(?:the\s+)?", ctx.text[since : g.start], re.I):
                found = _period_at(periods, since + match.end())
                if found is not None and re.match(r"\s*,", ctx.text[found[1] :]):
                    base = found
        if base is None:
            return g
        if not base[3] or not base[4]:
            return g
        later = self._span_a_year_after(ctx, g, base, periods)
        if later is not None:
            return replace(g, period=later, basis=Basis.YOY)
        lead = ctx.lead_period
        if lead is not None and lead.start and lead.end:
            # "compared with Rs 20.18 lakh crore in the previous fiscal": the year before the one reported on
            shifted = self._said_of_the_lead(ctx, Period(base[2], base[3], base[4]), base[0], lead)
            base = (base[0], base[1], base[2], shifted.start, shifted.end)
        if (
            base[3][5:] == "01-01" and base[4][5:] == "12-31" and base[3][:4] == base[4][:4]
            and g.period.start == f"{int(base[3][:4]) + 1}-01-01" and _months(g.period) < 12
        ):
            return replace(g, basis=Basis.YOY)  # "over the 11 months of 2011 ... against 2010": the same months a year before
        if _years_of_an_own_calendar(base[3], base[4], g.period.start, g.period.end):
            return replace(g, basis=Basis.YOY)  # "less than the current fiscal year's budget", Nepal's years from Shrawan 1 (July 16 or 17)
        if g.period.start[8:] != base[3][8:]:
            return g  # spans not starting on the same day of the month
        basis = _basis_between(Period(base[2], base[3], base[4]), g.period)  # (and None for spans of another length)
        return replace(g, basis=basis) if basis else g

    def _span_a_year_after(self, ctx: _Context, g: GrowthRate, base: tuple, periods: dict) -> Period | None:
        """Return the span a year after a change's base, where the change's sentence names no time
        but the base and its period came from the context, of another length, within that span:
        "(46.9 percent compared to January-February 2013)" in a story on February 2014 is of
        January-February 2014. Else None."""
        if re.search(r"\b(?:last|previous|preceding|prior|past|same|corresponding|similar|comparable)\b", ctx.text[g.start : base[1]], re.I):
            return None  # "compared to the same period of the year 2018": a base said of the figure's own time
        k = bisect_right(ctx.sent_starts, g.start) - 1
        sent_end = ctx.sent_starts[k + 1] if k + 1 < len(ctx.sent_starts) else len(ctx.text)
        if any(ctx.sent_starts[k] <= start < sent_end and start != base[0] for start in periods):
            return None  # the sentence names a time of its own
        length = _months(Period(base[2], base[3], base[4]))
        if length == _months(g.period) or length > 12:
            return None
        start, end = _years_later(base[3], 1), _years_later(base[4], 1)
        if not (start <= g.period.start and g.period.end <= end) or ctx.published is not None and end > ctx.published.isoformat():
            return None
        return Period(f"{base[2]} (a year before)", start, end)

    def _period(self, ctx: _Context, sent: Span, q: RawQuantity, cache: dict, paragraph: int) -> Period | None:
        earlier = PRECEDING_YEAR.match(ctx.text, q.end)
        own = ctx.sentence_period.get(("sentence", sent.start_char)) or ctx.lead_period
        if earlier is not None and own is not None and own.start and own.end:
            # "compared to Rs 16.64 lakh crore in the preceding financial year", "of the previous
            # year", "a year earlier": the span of the sentence's own figure, one year back;
            # "down from 4.5 percent one month previously": the month before a month's figure
            if (earlier.group("unit") or earlier.group("unit2") or earlier.group("unit3") or "year").lower() == "year":  # "the previous fiscal" too
                if earlier.group("same"):
                    own = self._recent_span(ctx, q.start) or own  # "In the first five months, ... during the same period of last year": the span just named
                return Period(earlier.group("phrase"), _years_later(own.start, -1), _years_later(own.end, -1))
            if _months(own) == 1:
                return Period(earlier.group("phrase"), *_months_before(own.start, 1))
        found = self._sentence_periods(ctx, sent, cache)
        if ctx.lead_period is not None and ctx.lead_period.start and ctx.lead_period.end:
            key = ("anaphoric", sent.start_char)
            if key not in cache:  # once a sentence: the lead period, once set, stays
                cache[key] = sorted(found + self._anaphoric_periods(ctx, sent))
            found = cache[key]
        if q.end <= ctx.headline_end:
            # "Sardinia, economy recovering: +6.4% for regional GDP" over "... the collapse (-9.6%) of
            # 2020": the model may run a headline into the lead, whose times are not the headline's
            found = [p for p in found if p[1] <= ctx.headline_end]
        after = BRACKET_WITH_FIGURE.match(ctx.text, q.end)
        if after is not None:
            # "stood at 10.2 % (November 2022 10.6 %)": the bracket's time is its own figure's
            found = [p for p in found if not after.start("inside") <= p[0] < after.end()]
        chosen = self._period_of_antecedent(ctx, q, found) or _choose_period(ctx.text, found, q)
        own = chosen is not None
        bracket = _brackets_around(ctx.text, q.start) if chosen is not None else None
        if (chosen is None or chosen[1] > q.start) and not (bracket and bracket[0] < chosen[0] < bracket[1]):  # "(2.4% in the previous quarter)": its own
            by_end = cache["doc_by_end"]
            for p in sorted(by_end[bisect_left(cache["doc_ends"], q.start - 3) : bisect_right(cache["doc_ends"], q.start)]):
                if re.fullmatch(r"[\s\[(]*", ctx.text[p[1] : q.start]):
                    # "compared with June 2018 [EUR 199.3bn]", where the bracket parses as a
                    # sentence of its own: the figure is June 2018's, and only its own
                    chosen, own = p, p[0] >= sent.start_char
        if chosen is None:
            chosen = self._year_after_base(ctx, sent, q, found) or self._span_after_compared(ctx, q, found)
        period = Period(chosen[2], chosen[3], chosen[4]) if chosen is not None else None
        lead = ctx.lead_period if ctx.lead_period is not None and ctx.lead_period.start and ctx.lead_period.end else None
        if (
            period is not None and lead is not None and THE_FISCAL_YEAR.fullmatch(period.text.strip()) and period.start and period != lead
            and _months(lead) == 12 and not lead.start.endswith("-01-01") and _months(period) == 12
        ):
            # "$484 million below benchmark for the fiscal year" in a report on FY16 published in
            # July 2016: the fiscal year the article reports on, not the one just begun
            period = replace(lead, text=period.text)
        if period is not None and lead is not None:
            period = self._said_of_the_lead(ctx, period, chosen[0], lead)
        if (
            period is not None and re.match(r"since|(?:(?:financial|fiscal)\s+)?year[- ]to[- ]date|ytd|so far this year", period.text, re.I) and ctx.lead_period is not None
            and ctx.lead_period.end and period.start < ctx.lead_period.end < period.end
        ):
            # "down 1.1% since June", "year-to-date" in a report on September: up to the end of
            # what it reports on
            period = replace(period, end=ctx.lead_period.end)
            if period.text.lower().startswith("since") and _months(ctx.lead_period) in (1, 3) and period.start == _years_later(ctx.lead_period.start, -1):
                # "fell by 1.9 percentage points since August of 2021" in a report on August 2022:
                # the month's change on the same month a year before
                period = replace(ctx.lead_period, text=period.text)
        elif (
            period is not None and ctx.lead_period is not None and ctx.published is not None
            and ctx.lead_period.start and ctx.lead_period.end and period.start and ctx.lead_period.end < period.start
            and (period.start, period.end) == (ctx.published.replace(month=1, day=1).isoformat(), ctx.published.isoformat())
        ):
            # "the year-to-date" in a report on December 2017 published in January 2018: the
            # year of what it reports on
            period = replace(period, start=ctx.lead_period.start[:4] + "-01-01", end=ctx.lead_period.end)
        if period is not None and re.match(r"(?:(?:financial|fiscal)[- ])?year[- ]to[- ]date|ytd", period.text, re.I) and period.start and period.end:
            fiscal = re.match(r"(?:financial|fiscal)", period.text, re.I) and not period.start.endswith("-01-01")
            if fiscal:
                ctx.fiscal_to_date = period
            elif ctx.fiscal_to_date is not None and ctx.fiscal_to_date.end == period.end:
                # "Fiscal year-to-date General Fund collections total $24.1 billion ... Year-to-date
                # collections total $8.7 billion": the article's year is the fiscal one it named
                period = replace(period, start=ctx.fiscal_to_date.start)
        if period is not None and ctx.lead_period is None:
            ctx.lead_period = self._latest_of_the_lead(ctx, period, found)
        if period is None:
            # carried over from the sentence before in the same paragraph: the period of
            # its first figure, the one the sentence is about ("In the first half ...
            # Exports rose ... Imports fell ..."), not a date it compares with
            carried = ctx.sentence_period.get(("paragraph", paragraph))
            if carried is not None and carried[0] != sent.start_char and not (carried[1].start and carried[1].start == carried[1].end):
                period = carried[1]  # a day ("on Wednesday") dates an event of its sentence, not the next one's figures
            elif carried is None:
                period = self._opening_period_before(ctx, sent, paragraph, cache)
        key = ("sentence", sent.start_char)
        if key not in ctx.sentence_period:
            ctx.sentence_period[key] = period
            later = chosen is not None and any(
                p[0] >= chosen[1] and p[3] != p[4] and (p[3], p[4]) != (chosen[3], chosen[4]) and not BASE_ONLY.search(ctx.text[max(0, p[0] - 40) : p[0]])
                for p in found
            )
            if chosen is not None and own and not re.match(r",?\s*alone\b", ctx.text[chosen[1] : chosen[1] + 8], re.I) and not later:
                # only a period the sentence states is carried on, and not one it sets apart ("In
                # October alone, ..."), nor one the sentence moves on from ("In January, ...
                # $583.4 million, a figure that increased to $608.7 million in February")
                ctx.sentence_period[("paragraph", paragraph)] = (sent.start_char, period)
        return period

    def _latest_of_the_lead(self, ctx: _Context, period: Period, found: list) -> Period:
        """Return the period the article reports on, given the first period a figure took and
        the periods of its sentence: the latest span as long as it, past by the publication day.

        "Sardinia's GDP in volume returns to increase after the collapse (-9.6%) of 2020,
        recording a +6.4% in 2021": the report is on 2021; 2020 is looked back on.
        """
        if not (period.start and period.end) or period.start == period.end:
            return period
        days = (date.fromisoformat(period.end) - date.fromisoformat(period.start)).days
        latest = period
        for p in found:
            if (
                p[3] and p[4] and p[4] > latest.end and abs((date.fromisoformat(p[4]) - date.fromisoformat(p[3])).days - days) <= 3
                and (ctx.published is None or p[4] <= ctx.published.isoformat())
                and FIGURE_THEN_TIME.search(ctx.text, max(0, p[0] - 40), p[0])  # the time of a figure, not of an event
            ):
                latest = Period(p[2], p[3], p[4])
        return latest

    def _period_of_antecedent(self, ctx: _Context, q: RawQuantity, found: list):
        """Return the period that dates the noun a relative clause with the figure is said of, or None.

        "... relative to the August 2023 headline inflation rate which was 25.8 percent": the
        figure is August's, whatever else the sentence dates.
        """
        span = ctx.doc.char_span(q.number_start, q.end, alignment_mode="expand")
        if span is None:
            return None
        verb = span.root.head
        if verb.dep_ != "relcl" or not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVE_PRONOUNS for c in verb.children):
            return None
        dates = [c for c in verb.head.children if c.ent_type_ == "DATE" and c.i < verb.head.i]
        for date_token in dates:
            for p in found:
                if p[0] <= date_token.idx < p[1] and p[3] and p[4]:
                    return p
        return None

    def _opening_period_before(self, ctx: _Context, sent: Span, paragraph: int, cache: dict) -> Period | None:
        """Return the period that opens the sentence before ``sent`` in its paragraph, or None.

        "In the first half of 2024, Shenzhen's foreign trade held steady. Exports of new-energy
        vehicles totalled 120,000 units.": a sentence that opens with a time sets it for the next,
        even where it states no figure of its own.
        """
        before = _sentence_before(ctx, sent, paragraph)
        if before is None:
            return self._period_of_a_lead_in(ctx, sent, paragraph, cache)
        for p in self._sentence_periods(ctx, before, cache):
            if (
                p[3] and p[4] and p[3] != p[4] and re.fullmatch(r"\s*(?:(?:In|For|During|Over|Through)\s+(?:the\s+)?)?", ctx.text[before.start_char : p[0]])
                and not re.match(r",?\s*alone\b", ctx.text[p[1] : p[1] + 8], re.I)  # "In October alone, ..." sets that month apart
            ):
                return Period(p[2], p[3], p[4])
        return None

    def _period_of_a_lead_in(self, ctx: _Context, sent: Span, paragraph: int, cache: dict) -> Period | None:
        """Return the span a paragraph of one sentence and no figure names, for the first sentence
        of the paragraph after it, or None: "He added that economic indicators from January through
        July 2025 also reflected positive trends." introduces the figures that follow."""
        if paragraph < 1 or sent.start_char > ctx.paragraph_starts[paragraph] + 3 or self._sentence_periods(ctx, sent, cache):
            return None  # (nor where the sentence names a time of its own)
        start, end = ctx.paragraph_starts[paragraph - 1], ctx.paragraph_starts[paragraph]
        k = bisect_right(ctx.sent_starts, start) - 1
        if k < 0 or k + 1 >= len(ctx.sents) or ctx.sents[k].start_char < start or ctx.sents[k + 1].start_char < end:
            return None  # the paragraph before is not one sentence
        if any(start <= at < end for at in ctx.quantity_starts) or not LEAD_IN_WORDS.search(ctx.text, start, end):
            return None  # it states figures of its own, or does not speak of the figures to come
        spans = [p for p in self._sentence_periods(ctx, ctx.sents[k], cache) if p[3] and p[4] and p[3] != p[4]]
        return Period(spans[0][2], spans[0][3], spans[0][4]) if len(spans) == 1 else None

    def _year_after_base(self, ctx: _Context, sent: Span, q: RawQuantity, found: list):
        """Return the period a year after the base a year-on-year change is measured from, or None.

        "Year-over-year, the average deficit decreased $0.4 billion from the three months ending
        in June 2015": the change is that of the three months ending in June 2016.
        """
        key = ("yoy cues", sent.start_char)
        if key not in ctx.sentence_period:  # once a sentence: each of its figures asks
            ctx.sentence_period[key] = [
                m for m in self.basis_re.finditer(ctx.text, sent.start_char, sent.end_char)
                if (self._basis_row(m.group(0)) or {}).get("basis") == "yoy"
            ]
        cues = ctx.sentence_period[key]
        if not cues:
            return None
        for p in found:
            if p[0] < q.end or p[3] is None or p[4] is None or p[3] == p[4]:
                continue
            if re.fullmatch(r"\s*(?:from|compared\s+(?:with|to)|than|over|versus|vs\.?)\s+", ctx.text[q.end : p[0]], re.I):
                return (p[0], p[1], p[2], _years_later(p[3], 1), _years_later(p[4], 1))
        return None

    def _span_after_compared(self, ctx: _Context, q: RawQuantity, found: list):
        """Return the span just after the one the figure a time-less figure is compared with is
        dated by, or None: "real GDP growth slowed to 2.7 percent, compared with 5.0 percent in
        2008" is of 2009, "widened to 9.3 percent of GDP from 7.0 percent in 2008" too. Only a
        year (calendar or fiscal), and not past the publication day. Where the move's end and
        its time follow over more than a year ("from $728 million in 2000 to $4.527 billion in
        2011"), the span from the base's time to the end's."""
        for p in found:
            if p[0] < q.end or not (p[3] and p[4]) or not COMPARED_FIGURE_THEN_TIME.fullmatch(ctx.text, q.end, p[0]):
                continue
            if re.search(r"\b(?:previous|preceding|prior|last|past|same|earlier|ago|before)\b", p[2], re.I):
                return None  # "from 8.8 percent growth in the previous year": a base said from the figure's own time, which the lead gives
            later = next((r for r in found if r[0] >= p[1] and r[3] and r[4] and MOVED_TO_THEN_TIME.fullmatch(ctx.text, p[1], r[0])), None)
            if later is not None and later[4] > _years_later(p[4], 1):
                # "increased more than six times from $728 million in 2000 to $4.527 billion in 2011":
                # a change over years runs from the base's time to the end's (one "from ... in 2021
                # to ... in 2022" is the later year's, as below)
                return (p[0], later[1], f"{p[2]} to {later[2]}", p[3], later[4])
            base = Period(p[2], p[3], p[4])
            if _months(base) != 12 or not base.start.endswith("-01") or _next_day(base.end)[8:] != "01":
                return None  # a month or a quarter may be compared with the one before or a year before
            start, end = _years_later(p[3], 1), _years_later(p[4], 1)
            if ctx.published is not None and start > ctx.published.isoformat():
                return None  # a figure compared with the last one known may be a forecast, of no stated time
            return (p[0], p[1], p[2], start, end)
        return None

    def _said_of_the_lead(self, ctx: _Context, period: Period, at: int, lead: Period) -> Period:
        """Return a period the text names by reference to the one the article reports on, dated
        from that one; any other period as it is."""
        if (
            period.start and period.start.endswith("-01-01") and period.end == period.start[:4] + "-12-31"
            and CORRESPONDING.search(ctx.text, max(0, at - 40), at)
        ):
            # "the N2.98 trillion shared in the corresponding quarter of 2024", in a report on the
            # first quarter of 2025: the lead period's months, in the year named; "The pace was
            # down from 8.9 percent registered during the same period of last year", after "in
            # the first four months": the months the text just named
            recent = self._recent_span(ctx, at) or lead
            shift = int(period.start[:4]) - int(recent.end[:4])
            return Period(period.text, _years_later(recent.start, shift), _years_later(recent.end, shift))
        fiscal_lead = _years_later(lead.start, 1) == _next_day(lead.end) and not lead.start.endswith("-01-01")
        said_year = re.fullmatch(r"(?:in\s+|for\s+)?(?P<rel>next|last)\s+year", period.text.strip(), re.I)
        if said_year and fiscal_lead:
            # "revenue will grow by 2.8 percent next year", in a report on Fiscal Year 2025: the
            # fiscal year after (or before) the one the article is on, not a calendar year
            step = 1 if said_year.group("rel").lower() == "next" else -1
            return Period(period.text.strip(), _years_later(lead.start, step), _years_later(lead.end, step))
        if re.search(r"\b(?:previous|preceding)\s+(?:fiscal|financial|budget|year)\b", period.text, re.I) and _years_later(lead.start, 1) == _next_day(lead.end):
            # "In the previous fiscal, collections stood at ..." in a report on 2024-25: the year
            # before the one the article reports on, not the one before its date
            return Period(period.text.strip(), _years_later(lead.start, -1), _years_later(lead.end, -1))
        if re.search(r"\b(?:past|last)\s+(?:quarter|three\s+months)\b(?!\s+of)", period.text, re.I) and _months(lead) == 1:
            # "declined by an average 10 thousand per month over the past quarter", in a report on
            # November: the three months up to November
            return Period(period.text.strip(), _months_before(lead.start, 2)[0], lead.end)
        unit = re.search(r"\b(?:previous|preceding|prior)\s+(?P<unit>month|quarter)\b", period.text, re.I)
        if unit and _months(lead) == {"month": 1, "quarter": 3}[unit.group("unit").lower()]:
            # "This follows a rise of 0.2% in the previous quarter", in a report on the third quarter
            return Period(period.text.strip(), *_months_before(lead.start, _months(lead)))
        return period

    def _recent_span(self, ctx: _Context, at: int) -> Period | None:
        """Return the span of months the text named last before ``at``, in its paragraph or the
        one before, or None: what "the period" and "the same period of last year" point back to.
        A base of comparison ("compared with the first quarter") is not what a text goes on about."""
        paragraph = bisect_right(ctx.paragraph_starts, at) - 1
        since = ctx.paragraph_starts[max(0, paragraph - 1)]
        for p in reversed(ctx.doc_periods):
            if p[1] > at or p[0] < since:
                continue
            if (
                p[3] and p[4] and p[3] != p[4] and _months(Period(p[2], p[3], p[4])) < 12
                and not BASE_ONLY.search(ctx.text[max(0, p[0] - 40) : p[0]]) and not CORRESPONDING.search(ctx.text, max(0, p[0] - 40), p[0])
                and not BASE_CLAUSE.search(ctx.text, max(0, p[0] - 80), p[0])  # "down from 7.5 percent for January-March
            ):
                return Period(p[2], p[3], p[4])
        return None

    def _anaphoric_periods(self, ctx: _Context, sent: Span) -> list:
        """Return "for the month", "for the year" of a sentence, dated by the article's lead period.

        "within the forecast range of 1.8%-2.6% for the month" in a report on September is
        September's; "the 2%-4% target range for the year" is that year's.
        """
        lead_start, lead_end = date.fromisoformat(ctx.lead_period.start), date.fromisoformat(ctx.lead_period.end)
        months = _months(ctx.lead_period)
        out = []
        for match in ANAPHORIC_PERIOD.finditer(ctx.text, sent.start_char, sent.end_char):
            unit = (match.group("unit") or match.group("unit2")).lower()
            phrase = "phrase" if match.group("phrase") else "phrase2"
            if unit == "month" and months == 1 or unit == "quarter" and months == 3:
                dates = (ctx.lead_period.start, ctx.lead_period.end)
            elif unit == "year" and lead_start.year == lead_end.year:
                dates = (f"{lead_end.year}-01-01", f"{lead_end.year}-12-31")
            else:
                continue
            out.append((match.start(phrase), match.end(phrase), match.group(phrase), *dates))
        for match in THE_PERIOD.finditer(ctx.text, sent.start_char, sent.end_char):
            # "Housing sales grew 1.3 percent during the period", after "for January-April": that span
            recent = self._recent_span(ctx, match.start())
            if recent is not None:
                out.append((match.start("phrase"), match.end("phrase"), match.group("phrase"), recent.start, recent.end))
        return out

    def _sentence_periods(self, ctx: _Context, sent: Span, cache: dict):
        if "doc" not in cache:  # one scan of the whole text, then bucketed by sentence
            fiscal_start = int(ctx.country.get("fiscal_start_month", 4))
            cache["doc"] = self._own_calendar(ctx, _budget_years_relative(ctx.text, ctx.published, fiscal_start, _fiscal_parts_carried(_years_from_context(
                ctx.text, _reported_quarters(ctx.text, _periods_of_the_text(ctx.text, ctx.published, self._fiscal(ctx)), ctx.published),
                ctx.paragraph_starts, ctx.published
            ), fiscal_start)))
            ctx.doc_periods = cache["doc"]
            cache["doc_by_end"] = sorted(cache["doc"], key=lambda p: p[1])  # to find those that end just before a figure
            cache["doc_ends"] = [p[1] for p in cache["doc_by_end"]]
        key = sent.start_char
        if key not in cache:
            cache[key] = [p for p in cache["doc"] if p[0] >= sent.start_char and p[1] <= sent.end_char]
        return cache[key]

    def _own_calendar(self, ctx: _Context, periods: list) -> list:
        """Return ``periods`` with the fiscal years of a country's own calendar dated by
        rules/fiscal_years.tsv: "the fiscal year 2080/81" in a Nepali article is Bikram Sambat,
        2023-07-17 to 2024-07-15."""
        country = ctx.country.get("country", "")
        years = self.fiscal_years.get(country, {})
        begun = self.fiscal_years_begun.get(country, {})
        if not years and not begun:
            return periods
        first_month = int(ctx.country.get("fiscal_start_month", 1) or 1)
        out = []
        for p in periods:
            # "2080/81", "2017-2018FY", "fiscal year 2080"
            named = re.search(r"\b(\d{4})\s?[/-]\s?(\d{2,4})(?!\d)", p[2]) or re.search(r"\b(?:fiscal\s+year|FY)\s?(\d{4})\b", p[2], re.I)
            if named and named.group(1) in years and p[3] and p[4]:
                p = (p[0], p[1], p[2], *years[named.group(1)])
            elif (
                p[3] and p[4] and first_month != 1 and (own := begun.get(int(p[3][:4]))) is not None
                and (p[3], p[4]) == fiscal_year(int(p[3][:4]), first_month)
                and own[0][5:7] == f"{first_month:02d}"  # the same month, to the day; not a year of another shape
            ):
                # "the 2020/21 fiscal year" in an Ethiopian article, dated by whole months from
                # July: the year the country's own calendar begins on Hamle 1, July 8
                p = (p[0], p[1], p[2], *own)
            out.append(p)
        return out

    def _carry_subject(self, subject, memory, paragraph, ctx: _Context):
        # Only a place, or a body or sector named as an owner, carries over to later sentences
        # of a paragraph ("Qianhai" for a paragraph about Qianhai's economy); elsewhere the
        # article's main place, the place it names most, is whose numbers they are.
        if subject:
            return subject
        if paragraph in memory and (memory[paragraph] in ctx.places or memory[paragraph] in ctx.bodies):
            return memory[paragraph]
        return None

    def _indicator_subject(self, ctx: _Context, q: RawQuantity, sent: Span, growth: bool):
        """Return (indicator, subject) of a quantity from the dependency parse."""
        indicator, subject = self._indicator_subject_parse(ctx, q, sent, growth)
        if indicator is not None and not re.search(r"[A-Za-z]", indicator):
            indicator = None  # "", "|": no words, no measure
        if indicator is not None and re.fullmatch(r"[A-Za-z]", indicator.strip()):
            indicator = None  # "4.94 Percent (C-to-C); 4.61 Percent": a letter of a basis mark, no measure
        if indicator is not None and indicator.strip(" .").lower() in self.currency_signs:
            indicator = None  # "roads, Ksh. 1.2 b": the currency, no measure
        followed = re.fullmatch(r"(?:followed\s+)?by\s+(?P<owner>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})\s+with\s+(?:its\s+|their\s+)?(?P<what>[a-z][\w\s-]{1,40})", indicator) if indicator else None
        if followed is not None:
            # "It was followed by Bursa with exports valued at $10.3 billion": Bursa's exports
            indicator, subject = followed.group("what"), followed.group("owner")
        if indicator is not None and self._not_a_name_of_a_measure(ctx, indicator):
            indicator = None  # "August 2023", "compared": the parse found no measured thing
        if indicator is not None and "threshold_passed" in q.rule_id and THRESHOLD_AFTER.fullmatch(" " + indicator):
            indicator = self._what_passed(ctx, q) or indicator  # "the city's budget ..., which will exceed the €1 billion mark": the budget
        if indicator is None and q.kind == "money" and not growth and re.search(r"\b(?:a|an|its|their|the)\s+(?:(?:total|whopping|record|massive|proposed)\s+)?$", ctx.text[max(sent.start_char, q.start - 20) : q.qualifier_start if q.qualifier_start is not None else q.start], re.I):
            noun = MONEY_NOUN_AFTER.match(ctx.text, q.end, sent.end_char)
            if noun is not None:
                indicator = noun.group("what")  # "presented a Rs 600,522 crore interim Budget": the amount is the size of what it qualifies
        listed_place = None
        if indicator is not None and self._region_listed_with(ctx, _subject_text(indicator), sent, q):
            # "provinces such as the Western Cape (19.7 percent) and Gauteng (33.1 percent)", "the
            # Western Division increased by (+1.1%)": a region is no measure; it owns the figure,
            # which measures what its sentence or paragraph measures
            listed_place = subject = _subject_text(indicator)
            indicator = None
        named_group = list(NUMBERED_GROUP.finditer(ctx.text, sent.start_char, q.start)) if "(" in ctx.text[sent.start_char : q.start] else []
        if named_group and (
            indicator is None or GROUP_WORD.search(indicator) or subject and GROUP_WORD.search(subject)
            or not any(named_group[-1].end() <= t < q.start for t in ctx.quantity_starts)  # "that of the fifth group (furnishing ...) was up by 2.94 percent"
        ):
            # "The index for the first main group (food and beverages) went up by 0.13 percent",
            # "the sixth group (health) rose by 1.7 percent": the group is the one named in brackets
            name = named_group[-1].group("name").strip()
            indicator = GROUP_WORD.sub(name, indicator, count=1) if indicator and GROUP_WORD.search(indicator) else name
            subject = None if subject and GROUP_WORD.search(subject) else subject
        if q.kind == "money" and not growth and indicator is not None and SPENDING_VERB.fullmatch(indicator):
            # "we propose to spend N150 billion on Road Infrastructure", "Health will gulp N18.65
            # billion": what the money goes to, not the verb that spends it
            item = SPENT_ON_AFTER.match(ctx.text, q.end, sent.end_char) or RECEIVER_BEFORE.search(ctx.text, max(sent.start_char, q.start - 60), q.start)
            if item is not None:
                indicator = item.group("item")
        line_start = ctx.text.rfind("\n", 0, q.start) + 1
        label = LINE_LABEL.match(ctx.text, line_start, q.start) if q.kind == "money" and not growth else None
        if label is not None and ";" not in ctx.text[label.end() : q.start] and not re.match(r"(?:Note|Source|Sources|Photo|Read|See|Related|Update|Editing|Reporting)\b", label.group("label")):
            # "• Capital spending: planned outlays are projected to total $7.7 bn in FY24, ...": an
            # amount in a labelled item of a list is of what the label names
            indicator = label.group("label")
        listed = self._label_of_a_semicolon_list(ctx, q, sent) if q.kind == "money" and not growth else None
        if listed is not None:
            indicator = listed
        indicator = _apposition_named(indicator)
        if (
            q.kind == "money" and not growth and indicator in ("amount received", "amount allocated", "allocation") and subject
            and GOVERNMENT_UNIT.search(subject) and subject not in ctx.places and BUDGET_WORD.search(ctx.text)
        ):
            # "the Tourism Ministry got N30.210 billion", in a story on a budget: the ministry's
            # line of the budget, which is the government's
            indicator, subject = f"{subject} allocation", None
        if indicator and indicator.startswith("date ") and re.search(r"\bto[- ]" + re.escape(indicator), ctx.text):
            indicator = indicator[5:]  # "Fiscal year-to-date General Fund collections": the tail of a period, not of the measure
        if indicator and " of " in indicator:
            for owner in ([subject] if subject else []) + sorted(ctx.places, key=len, reverse=True):
                if owner and owner in indicator and len(indicator) > len(owner) + 4:
                    owner_of = re.search(
                        rf"\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,4}}?{re.escape(owner)}(?:['’]s)?(?:\s+(?:province|state|city|region|county|district|municipality))?$", indicator
                    )
                    if owner_of and owner_of.start() > 0:
                        # "GDP of East China's Zhejiang province": the measure, and its owner the subject
                        indicator, subject = indicator[: owner_of.start()], subject or owner
                        break
        forecast_of = FORECAST_OF_MEASURE.match(indicator) if indicator else None
        if forecast_of and not GROWTH_RATE_NAME.search(forecast_of.group("what")):
            # "the MNB's forecast for this year's average CPI-inflation was raised to 4.5-5.1%": a
            # forecast is a level of what it foresees, whose owner is not the forecaster
            indicator = forecast_of.group("what")
            subject = subject if subject in ctx.places else None
        if indicator is not None and CHANGE_NAME_ONLY.fullmatch(indicator):
            # "real GDP registered a year-on-year growth rate of 2.1%", "Construction posted the
            # highest increase of 27.1 per cent": the change names no measure; its clause's subject does
            indicator = self._subject_of_clause(ctx, q) or indicator
        if indicator is not None and re.search(r"\b(?:Minister|President|Governor|Secretary|Chairman|Chairperson|Treasurer|Premier|Mr|Mrs|Ms|Dr)\.?\s+[A-Z][\w-]+$", indicator):
            indicator = None  # "Minister Mahat has allocated ...": who spoke or acted, never what is measured
        if indicator is not None and re.fullmatch(r"[A-Z]{2,7}", indicator) and indicator not in KNOWN_ACRONYMS:
            indicator = expand_acronym(indicator, ctx.text) or indicator  # "GSID": "Gross sovereign-issued debt (GSID)"
        previous = ctx.indicators.get(sent.start_char)
        paragraph = bisect_right(ctx.paragraph_starts, q.start) - 1
        if indicator is None and previous is not None:
            # "... was 2.1 percent, 1.08 percent lower than in August 2023 (3.18 percent)": a figure
            # the parse names nothing for measures what the sentence's figure before it measures
            indicator = previous
        elif (indicator is None or indicator in self.change) and re.match(r"(?:It|This|They|These|That|The\s+(?:figure|number|amount|total|rate|sum))\b", ctx.text[sent.start_char : sent.start_char + 16]):
            # "It decreased by 0.2 percentage points in ...": what the paragraph's last figure
            # measured, else what the sentence before was about ("The trend unemployment rate
            # remained steady in ... It decreased by ...")
            indicator = ctx.indicators.get(("paragraph", paragraph)) or self._subject_before(ctx, sent, paragraph)
        elif indicator is None and not growth and re.search(r"\b(?:rose|fell|climbed|jumped|eased|dropped|slowed|accelerated|reached|hit|surged|slumped)\b", ctx.text[sent.start_char : q.start]):
            # "UK inflation rose more than expected to a 10-month high of 3 per cent": the level
            # a move reached is of what moved
            indicator = self._measure_subject(ctx, sent)
        elif (indicator is None or indicator.lower() == "growth") and growth:
            # a change its own clause names nothing for ("..., an increase of 3.2%", "compared to
            # growth of 0.2%") is a change of what the paragraph measured, else of what its sentence
            # is about ("China's industrial output expanded at an unexpected rate of seven percent"),
            # else of what the paragraph before measured; a level may be of something new, and stays unnamed
            indicator = (
                ctx.indicators.get(("paragraph", paragraph)) or self._measure_subject(ctx, sent)
                or ctx.indicators.get(("paragraph", paragraph - 1)) or indicator
            )
        if indicator is None and listed_place:
            indicator = ctx.indicators.get(("paragraph", paragraph)) or self._measure_subject(ctx, sent) or self._measure_led(ctx, sent) or (
                # "Said regions were followed by Puno (6.3%)": the places of the paragraph before, and its measure
                ctx.indicators.get(("paragraph", paragraph - 1)) if PLACES_SAID_BEFORE.match(ctx.text, sent.start_char) else None
            )
        if q.kind == "percent" and not growth:
            indicator = self._share_of_the_whole_after(ctx, q, sent, indicator)
        if indicator is not None and q.kind == "percent" and ctx.text[max(0, q.start - 3) : q.start].rstrip().endswith("("):
            source = RECEIVED_FROM.fullmatch(indicator)
            if source:
                # "received N117.581 billion (52.68 per cent)" from a named revenue: the share of it
                indicator = f"share of {source.group(1)}"
        if indicator is not None and q.kind == "percent" and "GDP" not in indicator and AS_SHARE_OF_GDP.match(ctx.text, sent.start_char):
            indicator = f"{indicator} as a share of GDP"  # "As a percent of gross domestic product, the deficit narrowed to 5.6 percent"
        if indicator in ("share", "proportion") and subject and not growth:
            whose = re.search(
                rf"\b{indicator}\s+of\s+(?P<part>(?:the\s+)?{re.escape(subject)})(?:\s+in\s+(?P<whole>[^,;()\d]{{2,60}}?))?\s+(?:totall?ed|was|is|stood|reached|amounted|came|made\s+up)\b",
                ctx.text[sent.start_char : q.start], re.I,
            )
            if whose is not None:
                # "the share of the private sector in industry totaled 83.9 percent": the sector's share
                # is the measure, not the sector the figure's owner
                indicator = f"{indicator} of {whose.group('part')}" + (f" in {whose.group('whole')}" if whose.group("whole") else "")
                subject = None
        if q.kind == "money" and not growth:
            indicator = self._source_named_after(ctx, q, sent, indicator)
        if indicator is not None and q.kind in ("money", "physical") and GENERIC_GOODS.fullmatch(indicator):
            indicator = self._goods_traded(ctx, q, indicator)
        if indicator is not None and indicator not in self.change:
            ctx.indicators[sent.start_char] = indicator
            ctx.indicators[("paragraph", paragraph)] = indicator
        if subject and re.search(r"\bBudget$", subject):
            subject = None  # "the State Budget experienced a deficit of Rp104.2 trillion": a plan owns nothing; its government does
        if subject and re.fullmatch(r"[A-Z]{2,6}", subject):
            expanded = expand_acronym(subject, ctx.text)
            if expanded and not all(w[:1].isupper() for w in expanded.split()):
                # "the FAI edged up 0.52 percent", after "fixed-asset investment (FAI)": the
                # short name of a measure, not an owner
                indicator, subject = (indicator if indicator and indicator != subject else expanded), None
            elif expanded is None:
                # "the N1.53trillion received by the FG", where the article wrote "the Federal
                # Government" before and never defined the short name: the body's name
                subject = body_named(subject, ctx.text, governments=True) or subject
            elif BODY_WORD.search(expanded) and len(expanded.split()) >= 2:
                # "the FAAC distributed N766.47 billion", after "The Federation Account Allocation
                # Committee (FAAC)": the body, by the name the article gave it
                subject = expanded
        if (
            subject and ctx.main_place and self._place_key(subject) != self._place_key(ctx.main_place)
            and RANKED_THING.search(sent.text) and re.search(rf"\b{re.escape(subject)}['’]s\s+{RANKED_THING.pattern}", sent.text)
        ):
            subject = ctx.main_place  # "Germany's largest seaport can record a gain of 7.7 percent": the port the story is on, not its country
        if subject and subject not in ctx.places and SOURCE_WORD.search(sent.text) and re.search(SOURCE_OF_FIGURES.pattern.replace("NAME", re.escape(subject)), sent.text, re.I):
            subject = None  # "The report of the Ministry of Planning reviewed the distribution of public investments": who reports, not whose
        if subject and subject in ctx.datelines:
            subject = None  # the dateline's city is where the story was filed; its country is the main place
        if subject and self._is_trading_partner(ctx, subject, sent):
            # "The EU was China's second-largest trading partner, with a trade volume hitting 5.37
            # trillion yuan": China's trade with the EU; the partner is no owner
            flow = re.search(
                rf"\b{re.escape(indicator)}\s+(?:of\s+(?:[\w-]+\s+){{1,4}}?)?(?:to|from)\s+(?:the\s+)?{re.escape(subject)}\b", sent.text
            ) if indicator and len(indicator.split()) == 1 else None
            if flow is not None:
                indicator = flow.group(0)  # "Shipments of machinery to Germany totaled ...": the flow to the partner is the measure
            subject = None
        if subject:
            subject = _subject_text(subject)
            if (subject[:1].isupper() and (subject.lower() in self.entity_stop or subject.lower() in self.currency_names)) or re.match(r"(?:FY|Q[1-4]|H[12])(?:\s?'?\d|$)", subject) or (
                AMOUNT_LIKE.match(subject) and not re.fullmatch(r"\d{1,4}\s+[A-Za-z][\w\s-]*", subject)  # "the 36 states" own their receipts
            ):
                subject = None  # "Budget", "Government": a word the model took for a name
        if subject and subject not in ctx.places:
            ctx.last_actor = (paragraph, subject)  # what "It" may name in the next clause that acts on a figure
        if subject and (subject in ctx.places or subject in ctx.sectors):
            # a place, or a sector an article is about ("receipts of the gaming sector"), may
            # be the article's main owner; a body that acts ("the government") is not
            ctx.direct_subjects[subject] += 1
            ctx.direct_subject_sentences.add((subject, sent.start_char))
        return indicator, subject

    @staticmethod
    def _label_of_a_semicolon_list(ctx: _Context, q: RawQuantity, sent: Span) -> str | None:
        """Return the label an amount has in a list of "label, amount" items set apart by
        semicolons, or None: "Education, N41.9 billion; Health, N27.5 billion; Environment, N5.5
        billion" gives each sector its amount."""
        if ctx.text.count(";", sent.start_char, sent.end_char) < 2 and not re.search(r";\s*$", ctx.text[sent.start_char : q.start]):
            return None
        opening = max(ctx.text.rfind(c, sent.start_char, q.start) for c in ";:“\"")
        item = SEMICOLON_ITEM.fullmatch(ctx.text, max(opening + 1, sent.start_char), q.qualifier_start if q.qualifier_start is not None else q.start)
        return item.group("label") if item else None

    def _source_named_after(self, ctx: _Context, q: RawQuantity, sent: Span, indicator: str | None) -> str | None:
        """Return what an amount said to come "from" a source is, where its sentence names it so.

        "Another UAH 4.2 billion is expected from corporate income tax, UAH 18 billion from local
        taxes": each amount is the revenue of the source after it (the parse gave the first none,
        and each later one the source of the one before). A body as source gives the funds from
        it ("GHC30,000.00 from UNICEF"). Only where nothing else named the amount, or what named
        it was said after an earlier amount's "from", is what the figure before it measured, or
        is another amount or a place.
        """
        after = SOURCE_AFTER_AMOUNT.match(ctx.text, q.end, sent.end_char)
        if after is None or NOT_A_SOURCE.match(after.group("source")):
            return indicator
        before = ctx.text[sent.start_char : q.start]
        earlier = before.rfind(" from ")
        inherited = indicator == ctx.indicators.get(sent.start_char)  # what the figure before it measured
        # "GHC120,400.00": the parse hung one amount on the other; "Senegal": who earns it, no measure
        unnamed = indicator is None or re.search(r"\d", indicator) or self._known_place(ctx, indicator) or indicator.lower() in self.countries.by_name
        if not unnamed and not inherited and (earlier < 0 or indicator not in before[earlier:]):
            return indicator
        source = after.group("source")
        span = ctx.doc.char_span(after.start("source"), after.end("source"), alignment_mode="expand")
        body = span is not None and (span.root.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") or span.root.lower_ in BODY_SOURCE)
        return f"funds from {source}" if body else source

    def _goods_traded(self, ctx: _Context, q: RawQuantity, indicator: str) -> str:
        """Return the trade flow goods no more named than "products" or "commodities" make.

        "813,000 tons of products worth $453 million were exported", "Iran exported 30 million
        tons of non-oil commodities": the weight and value of the exports ("non-oil exports").
        """
        span = ctx.doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None:
            return indicator
        verb = next((t for t in span.root.ancestors if _pos(t) == "VERB" and t.lower_ not in ("valued", "priced", "estimated")), None)  # "valued at $145 million were imported"
        flow = TRADE_VERB.match(verb.lower_) if verb is not None else None
        if flow is None:
            return indicator
        kind = GENERIC_GOODS.fullmatch(indicator).group("kind")
        noun = {"export": "exports", "import": "imports", "trade": "trade"}[flow.group(1)]
        return f"{kind.lower()} {noun}" if kind else noun

    def _allocation_received(self, ctx: _Context, q: RawQuantity, sent: Span) -> str | None:
        """Return the line of a budget an amount a part of government or a sector receives is:
        "the Education Sector had the highest allocation of N41.47 billion", "South Moravian Road
        Administration and Maintenance will receive CZK 200 million", "agriculture was allocated
        N1.887billion" are the allocations to them. Not what a government, a place or a person
        receives ("the states received N530.14 billion" is their amount received), and only in a
        story on a budget."""
        whole = ctx.doc.char_span(q.start, q.end, alignment_mode="expand")
        if whole is None or "respectively" in sent.text:
            return None
        obj = whole.root
        shared = obj.dep_ == "pobj" and obj.head.lower_ == "of" and obj.head.head.lower_ in BUDGET_SHARE_NOUNS
        if shared:
            obj = obj.head.head  # "got the lion share of N38,069,877,000"
        elif obj.dep_ == "pobj" and obj.head.lower_ == "with" and (share := next((c for c in obj.head.head.children if c.dep_ == "dobj"), None)) is not None and share.lower_ in BUDGET_SHARE_NOUNS:
            obj = share  # "will receive the largest share this year, with Sh3.6 billion"
        verb = obj.head
        if obj.dep_ != "dobj" or verb.lower_ not in RECEIVING_VERBS and not (
            verb.lower_ in ("allocated", "allotted") and any(c.dep_ == "auxpass" for c in verb.children)
        ):
            return None
        if verb.lower_ in ("have", "has", "had") and not shared:
            return None  # "the county has Sh2 billion": no line of a budget
        actors = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not actors or actors[0].lower_ in PRONOUNS or "/" in q.unit or not BUDGET_WORD.search(ctx.text):
            return None  # (not "women get ₹1,250 per month": a benefit)
        if any(
            c.dep_ == "prep" and (c.lower_ == "from" or c.lower_ == "in" and any(g.dep_ == "pobj" and not g.ent_type_ and (g.tag_ == "NNS" or g.lower_ in ("revenue", "funding", "aid")) for g in c.children))
            for c in (*verb.children, *obj.children)
        ):
            return None  # "the KRG received IQD 998 billion from the federal budget", "WA gets an extra $170 million in royalties"
        actor = actors[0]
        words = [t for t in actor.subtree if t.dep_ not in ("det", "poss", "case", "punct") or t.text == ","]
        name = _join(words).strip(" ,")
        ent = _entity_of(actor)
        if (
            not name or len(words) > 9 or ent is not None and ent.label_ in ("GPE", "LOC", "NORP", "PERSON") or self._known_place(ctx, name)
            or RECEIVING_GOVERNMENT.search(name) and not GOVERNMENT_UNIT.match(name) or PEOPLE_RECEIVING.search(name)
        ):
            return None
        if BUDGET_HEAD.search(name):
            return name  # "capital expenditure gulped N349.29bn", "Personnel Cost will gulp N35.3 billion": the head is the measure
        if GOVERNMENT_UNIT.search(name):
            return f"{name} allocation"  # "the Tourism Ministry got N30.210 billion": the ministry's allocation, as below
        return "allocation to " + name

    def _share_of_the_whole_after(self, ctx: _Context, q: RawQuantity, sent: Span, indicator: str | None) -> str | None:
        """Return the share a percentage names by the whole written right after it, where the
        parse named only that whole or a verb: "70 per cent of the budget ... is for capital
        expenditure" is a share of the budget, "finance 83 percent (K288 Million) of the budget
        from ..." too, and so where the parse named who spoke ("the governor said 65 per cent of
        the budget"). A measure named otherwise stays ("a deficit of 3% of GDP")."""
        whole = SHARE_WHOLE_AFTER.match(ctx.text, q.end, sent.end_char)
        if whole is None:
            return indicator
        what = whole.group("what").strip()
        if indicator is not None:
            named = set(re.findall(r"[a-z]+", indicator.lower())) - {"the", "of", "its", "their"}
            tokens = [t for t in sent if t.idx < q.start and t.text == indicator]
            if not (named and named <= set(re.findall(r"[a-z]+", what.lower())) or tokens and _pos(tokens[-1]) == "VERB" or indicator.lower() in self.title_words):
                if (
                    NOT_A_SHARE_WHOLE.search(what) or SHARE_WORDS.search(indicator) or re.search(r"\d", what + indicator)
                    or any(e.text == indicator for e in ctx.ents) or indicator.lower() in FORECAST_ONLY_WORDS
                ):
                    return indicator  # "a deficit of 3% of GDP", "the unemployment rate": a measure named otherwise
                # "Hydrocarbon exports ... over 97 percent of the overall value": the part's share of the whole
                return f"share of {indicator} in {what}"
        return "share of " + what

    def _region_listed_with(self, ctx: _Context, name: str, sent: Span, q: RawQuantity) -> bool:
        """Return True where ``name`` is a region the rules know, written just before the figure
        ``q`` as an item of a list: "the Western Cape (19.7 percent)", "in the Chuvash Republic
        (106.6 percent)", "Thái Nguyên by 2 percentage points"."""
        if name not in ctx.places or self._place_key(name) not in self.region_country:
            return False
        at = ctx.text.rfind(name, sent.start_char, q.start)
        return at >= 0 and bool(LISTED_PLACE_GAP.fullmatch(ctx.text, at + len(name), q.qualifier_start if q.qualifier_start is not None else q.start))

    def _amount_just_before(self, ctx: _Context, sent: Span, at: int) -> str | None:
        """Return what the figure that ends just before ``at`` in ``sent`` measures ("N349.29bn, |
        representing ..."), where polex named it, or None."""
        before = [t for t in ctx.quantity_starts if sent.start_char <= t < at]
        if not before or at - before[-1] > 30 or re.search(r"[;:()]|\b(?:and|or|while|but)\b", ctx.text[before[-1] : at]):
            return None
        named = ctx.indicators.get(sent.start_char)
        return named if named and named not in self.change and not named.startswith("share") else None

    def _is_trading_partner(self, ctx: _Context, subject: str, sent: Span) -> bool:
        """Return True where a sentence names ``subject`` as a trading partner of another place
        ("the EU was China's second-largest trading partner", "followed by the ASEAN", "exports
        to the United States"), or a market a place's visitors come from ("Germany remained the
        second largest source market")."""
        said = sent.text
        name = re.escape(subject)
        if ctx.trades is None:
            ctx.trades = PARTNER_CUE.search(ctx.text) is not None  # once an article: it is long
        if (
            ctx.trades and self._place_key(subject) != self._place_key(ctx.main_place or "")
            and re.search(RANKED_PLACE.pattern.replace("NAME", name), said)
        ):
            return True  # "... the most important trading partner. The USA follows in second place with 1.9 billion euros"
        if not PARTNER_CUE.search(said):
            return False
        if re.search(rf"\b{name}['’]s\s+(?:[\w-]+\s+){{0,2}}trading\s+partner", said):
            return False  # "China's largest trading partner": the place whose trade it is
        if re.search(rf"\b(?:[Ee]xports?|[Ss]hipments)\s+(?:of\s+(?:[\w-]+\s+){{1,4}}?)?from\s+(?:the\s+)?{name}\b", said):
            return False  # "exports of goods from the Odessa region": where they are made, the owner
        return bool(re.search(rf"\b{name}\b[^.;]{{0,20}}\b(?:was|is|remained|became|as)\b[^.;]{{0,40}}(?:trading\s+partner|source\s+market)|\b(?:to|from|with|followed\s+by)\s+(?:the\s+)?{name}\b", said))

    def _subject_before(self, ctx: _Context, sent: Span, paragraph: int) -> str | None:
        """Return the measure the sentence before ``sent`` in its paragraph is about (its
        grammatical subject, where that can name a measure), or None."""
        before = _sentence_before(ctx, sent, paragraph)
        return self._measure_subject(ctx, before) if before is not None else None

    def _subject_of_clause(self, ctx: _Context, q: RawQuantity) -> str | None:
        """Return the measure the subject of the verb a quantity hangs from names, or None."""
        span = ctx.doc.char_span(q.number_start, q.end, alignment_mode="expand")
        if span is None:
            return None
        token = span.root
        for _ in range(6):  # up to the verb: "registered | a growth rate | of | 2.1%"
            if _pos(token) in ("VERB", "AUX") or token.head.i == token.i:
                break
            token = token.head
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")] if _pos(token) in ("VERB", "AUX") else []
        if not subjects or not self._good_head(subjects[0], set()) or _entity_of(subjects[0]) is not None or subjects[0].lower_ in PRONOUNS:
            return None
        indicator, _ = self._phrase(ctx, subjects[0], set())
        indicator = _clean_indicator(indicator) if indicator else None
        return indicator if indicator and not self._not_a_name_of_a_measure(ctx, indicator) and not CHANGE_NAME_ONLY.fullmatch(indicator) else None

    def _measure_subject(self, ctx: _Context, sent: Span) -> str | None:
        """Return the measure ``sent``'s grammatical subject names, or None. A sentence that
        reports ("..., NBS data showed", "..., the ministry said") is about what it reports."""
        root = _reported_root(sent)
        subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or not self._good_head(subjects[0], set()) or _entity_of(subjects[0]) is not None:
            return None
        indicator, _ = self._phrase(ctx, subjects[0], set())
        indicator = _clean_indicator(indicator) if indicator else None
        return indicator if indicator and not self._not_a_name_of_a_measure(ctx, indicator) else None

    def _what_passed(self, ctx: _Context, q: RawQuantity) -> str | None:
        """Return what a sentence says passed the threshold a figure names ("the city's budget
        for 2022, which will exceed the €1 billion mark": the budget), or None."""
        whole = ctx.doc.char_span(q.start, q.end, alignment_mode="expand")
        if whole is None:
            return None
        verb = whole.root.head
        while verb.dep_ in ("dobj", "pobj", "prep", "compound", "amod") and verb.head.i != verb.i:
            verb = verb.head  # "the 2-million-tonne mark": up from the mark to the verb that passes it
        actors = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not actors:
            return None
        actor = actors[0]
        if actor.lower_ in ("which", "that") and verb.dep_ == "relcl":
            actor = verb.head  # "..., which will exceed": what the clause is said of
        elif actor.lower_ == "which" and verb.dep_ == "advcl":
            # "approved the city budget for 2022, which will exceed", parsed as a clause of the verb
            actor = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < actor.i), actor)
        if actor.lower_ in PRONOUNS or _pos(actor) not in ("NOUN", "PROPN") or _entity_of(actor) is not None:
            return None
        named, _ = self._phrase(ctx, actor, set())
        return _clean_indicator(named) if named else None

    def _measure_led(self, ctx: _Context, sent: Span) -> str | None:
        """Return the measure places listed as a sentence's subject led or drove: "Apurimac
        (153.6%), Arequipa (26.3%) and Madre de Dios (14.6%) regions led Peru's GDP growth in
        2016" is GDP growth; or None."""
        root = _reported_root(sent)
        if root.lower_ not in LEADING_VERBS:
            return None
        objects = [c for c in root.children if c.dep_ == "dobj" and _pos(c) == "NOUN"]
        if not objects:
            return None
        words = [t for t in objects[0].subtree if t.i <= objects[0].i and t.dep_ not in ("det", "poss", "case") and not (t.ent_type_ in SUBJECT_LABELS and t.i < objects[0].i)]
        indicator = _clean_indicator(_join(words)) if words else None
        return indicator if indicator and not self._not_a_name_of_a_measure(ctx, indicator) else None

    def _not_a_name_of_a_measure(self, ctx: _Context, indicator: str) -> bool:
        """Return True for an "indicator" that is a date, a basis or a bare verb of comparison,
        a document or source ("report", "official data"), an amount, a span of time ("nearly 20
        years"), or a person or body named in the article ("Maharashtra Finance Minister Ajit Pawar")."""
        if DOCUMENT_TITLE.search(indicator):
            return True  # "lower than forecast in the December Update": a document, not a measure
        if NOT_A_MEASURE.fullmatch(indicator) or AMOUNT_IN_TEXT.search(indicator) or DEGREE_WORDS.fullmatch(indicator) or UNIT_WORD.fullmatch(indicator):
            return True  # "... declined even further by 15.9 percent": how much, not what
        if re.match(r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame)\.?\s+[A-Z]", indicator) or any(
            indicator == e.text and (
                any(w.lower() in self.title_words for w in re.findall(r"[A-Za-z]+", ctx.text[max(0, e.start_char - 60) : e.start_char]))
                or SPEAKS_AFTER.match(ctx.text, e.end_char)
            )
            for e in ctx.ents if e.label_ == "PERSON"
        ):
            return True  # "Mr Orji explained", "Director, ..., Orji Ogbonnaya", "Banjo noted that": a person, not a measure
        if any(
            indicator == name or indicator.endswith(" " + name) and not re.search(r"\b(?:from|of|by|to|for|with|at|in)\s+(?:the\s+)?(?:[A-Z][\w&'’-]*\s+(?:(?:and|&)\s+)?)*$", indicator[: -len(name)])
            for name in ctx.bodies_named
        ) or any(
            indicator.endswith(" " + name) for name in ctx.people_named  # "... Finance Minister Ajit Pawar"
        ):
            return True  # (but "revenues from the Taxes Ministry", "allocation to Drainage and Sewerage Department" are measures)
        if re.fullmatch(r"(?:(?:an?|the)\s+)?(?:(?:unexpected|annual|annualized|annualised|faster|slower|steady|robust|modest|strong|weak|brisk|solid|healthy|sluggish|rapid|slow|fast|moderate|record)\s+)+(?:rate|pace|clip)", indicator, re.I):
            return True  # "expanded at an unexpected rate of 7%": how fast, not what grew
        if re.fullmatch(r"(?:[A-Z][\w.&'’-]*\s+){1,4}(?:data|figures|statistics|estimates?)", indicator):
            return True  # "NBS data showed": the source, not the measure
        if re.fullmatch(r"(?:(?:an?|the|its)\s+)?(?:(?:\d+-\w+|[\w-]+-(?:year|month|week)|recent|record|new|fresh|all-time|multi-\w+)\s+)*(?:high|low|peak|trough)", indicator, re.I):
            return True  # "to a 10-month high of 3 per cent", "the recent low of 1.7 per cent": where it stands, not what
        letters = re.findall(r"[a-z]+", indicator.lower())
        if (
            letters and any(w in ("year", "month", "quarter", "edged", "inched", "ticked") for w in letters)
            and all(w in ("year", "month", "quarter", "on", "a", "an", "the", "edged", "inched", "ticked", "up", "down") or (w in self.change and w != "growth") for w in letters)
        ):
            return True  # "year-on-year rise": a change and its basis, not what changed
        words = indicator.lower().split()
        if len(words) == 1 and (words[0] in ("compared", "recorded", "estimated", "basis", "versus", "against", "followed", "follows", "trailed", "led", "ranking", "ranks") or words[0] in REPORTING_VERBS or ALLOCATING.fullmatch(words[0])):
            return True  # "..., he stated", "Government allocates Nu 97.63B": who said or did it, never what is measured
        if words and words[-1] == "basis" and len(words) <= 3:
            return True  # "year-on-year basis"
        if self.basis_re.search(indicator) and len(words) <= 3:
            return True  # "year-on-year", "year-on- basis"
        if not MAYBE_PERIOD.search(indicator):
            return False  # the period scanner is costly; most indicators name no time at all
        periods = find_periods(indicator, ctx.published)
        return any(p[0] == 0 and p[1] >= len(indicator.rstrip(". ")) for p in periods)

    def _indicator_subject_parse(self, ctx: _Context, q: RawQuantity, sent: Span, growth: bool):
        part = INCLUDED_PART.match(ctx.text, q.end)
        if part and not growth and re.search(r"\(\s*including\s+$", ctx.text[max(sent.start_char, q.start - 20) : q.qualifier_start if q.qualifier_start is not None else q.start], re.I):
            whole = ctx.indicators.get(sent.start_char)
            if whole:
                # "IGST is ₹82,907 crore (including ₹42,503 crore collected on import of goods)": the part of IGST so collected
                return f"{whole} {part.group('how')}", None
        source = FROM_SOURCE_AFTER.match(ctx.text, q.end) if q.kind == "money" and not growth else None
        if source and re.search(r"(?:^|,\s*(?:and\s+)?|\s+and\s+|\b(?:was|were|is|comprised|comprising|included|including)\s+)$", ctx.text[max(sent.start_char, q.start - 30) : q.qualifier_start if q.qualifier_start is not None else q.start]):
            whole = self._amount_subject(sent)
            if whole:
                # "The total amount disbursed was N560.07 billion from the statutory account, N5.15
                # billion from ...": each item is the amount disbursed from its source
                return f"{whole} from {_clean_indicator(source.group('source'))}", None
        if q.kind == "percent" and not growth and not q.signed and MONEY_THEN_BRACKET.search(ctx.text, max(sent.start_char, q.start - 40), q.start) and ctx.indicators.get(sent.start_char):
            # "the highest contributor, with Dh32.9 billion (24 per cent)", "EGP 3.6 billion (38%) for
            # the water resources sector": the amount's share, of what the amount measures
            _, subject = self._indicator_subject_tree(ctx, q, sent, growth)
            return ctx.indicators[sent.start_char], subject
        received = self._allocation_received(ctx, q, sent) if q.kind == "money" and not growth and RECEIVING_WORD.search(ctx.text, sent.start_char, q.start) else None
        if received is not None:
            _, subject = self._indicator_subject_tree(ctx, q, sent, growth)
            return received, (None if subject and subject in received else subject)
        named = _name_before_parenthesis(ctx.text, q, sent.start_char) or (q.kind == "money" and not growth and (_worth_or_allocated(ctx.doc, ctx.text, q, sent) or _part_named_after(ctx.text, q, sent))) or (
            None if growth else _name_in_list_of_amounts(ctx.text, q, sent.start_char) or _name_in_list_of_amounts(ctx.text, q, sent.start_char, LIST_ITEM_IS)
        )
        if named is not None:
            # "Construction (10.5%)", "Operating Expenses (MOP31.71 billion)": the figure
            # belongs to the name just before it, as in a table flattened into text
            _, subject = self._indicator_subject_tree(ctx, q, sent, growth)
            if q.kind == "money" and not growth and (named in ctx.bodies_named or re.fullmatch(r"(?:[A-Z][\w&'’-]*\s+(?:(?:and|of|for|&)\s+)?){0,5}", named[: BODY_WORD.search(named).start()] if BODY_WORD.search(named) else "-")) and ALLOCATING.search(ctx.text, sent.start_char, q.start):
                # "the largest allocations have been made to the Public Works Department (9.21
                # billion baht)": a body's line of the budget, not the body
                return f"allocation to {named}", subject
            return named, subject
        indicator, subject = self._indicator_subject_tree(ctx, q, sent, growth)
        if q.kind == "money" and not growth:
            # "$205.7 billion in revenue and $214.5 billion in spending": the noun the amount's own
            # "in" or "as" names is what it is, whatever the clause around it
            whole = ctx.doc.char_span(q.start, q.end, alignment_mode="expand")
            if whole is not None and not (whole.root.dep_ == "pobj" and whole.root.head.lower_ == "of"):  # "a deficit of Rs 9,734 crore in the assembly"
                qset = {t.i for t in whole}
                named = self._named_after_amount(ctx, whole[-1], qset)
                if named and ctx.doc[max(qset) + 1].head.i in qset:
                    indicator = named
                elif indicator is None and whole.root.dep_ == "dobj":
                    # "Honduras received $583.4 million in remittances": the parse hangs the "in"
                    # on the verb; where nothing else names the amount, its noun does
                    indicator = self._named_after_amount(ctx, whole.root.head, qset) or indicator
        if "unit_compound" in q.rule_id and q.core_end > 0:
            # "1 yuan property service fee per square meter per month": the fee is what is priced
            gap = ctx.text[q.core_end : q.end]
            gap = re.split(r"\s(?:per|a|an|each)\s|/", " " + gap.strip() + " ")[0].strip()
            indicator = gap or indicator
        return indicator, subject

    def _indicator_subject_tree(self, ctx: _Context, q: RawQuantity, sent: Span, growth: bool):
        doc = ctx.doc
        span = doc.char_span(q.number_start, q.end, alignment_mode="expand")
        if span is None:
            return None, None
        whole = doc.char_span(q.start, q.end, alignment_mode="expand")  # with "Rs", "US$", "£"
        qset = {t.i for t in (whole if whole is not None else span)}
        anchor = span.root
        if whole is not None and whole[0].i < span.start and whole[0].dep_ == "pobj" and whole[0].head.i not in qset and anchor.dep_ != "pobj":
            anchor = whole[0]  # "a budget of Rs 6,00,522 crore": the parser hangs the amount on "Rs"
        if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and anchor.head.head.lower_ == "tune" and anchor.head.head.head.lower_ == "to":
            # "the highest collection to the tune of UGX 104.8 Bn": the amount stands where the idiom does
            anchor = anchor.head.head
        # the token of the quantity whose head lies outside it
        head = anchor.head
        if head.i > anchor.i and head.lower_ in ("percent", "%", "cent") and re.fullmatch(r"\s*,?\s*or\s+(?:about\s+|around\s+)?[\d.,]+\s*(?:per\s+)?", ctx.text[q.end : head.idx]):
            # "the deficit target of Rp616.2 trillion or 2.53 percent of GDP": the parser hangs the
            # amount on its restatement as a share; the amount stands where the share does
            anchor, head = head, head.head
        if growth and head.i > anchor.i and (
            head.lower_ in ("growth", "expansion", "contraction") or head.lower_ == "rate" and any(c.lower_ == "growth" for c in head.children)
        ):
            owner = [c for c in head.children if c.dep_ == "poss" and _entity_of(c) is not None and _entity_of(c).label_ == "GPE"]
            if owner:
                # "Vietnam's 6.2 percent growth": that place's economy grew
                return None, _entity_of(owner[0]).text
        if q.kind == "money" and not growth:
            moved = self._moved_amount(ctx, anchor, qset) or self._amount_as_subject(ctx, anchor)
            if moved is not None:
                return moved
        subject = None
        indicator_head: Token | None = None
        counted_changes: Token | None = None
        # "slashed rates by a total of 175 basis points": the verb governs "a total of" as a whole
        total_by = (
            head.lower_ == "of" and anchor.dep_ == "pobj" and head.head.lower_ in ("total", "sum", "combined", "cumulative")
            and head.head.head.lower_ == "by" and head.head.head.dep_ == "prep"
        )
        if q.kind == "percent" and head.lower_ in FORECAST_HEADS and anchor.dep_ in ("compound", "nmod", "amod", "nummod") and head.i > anchor.i:
            # "above the 2% target", "our 2 percent goal": a policy target; alone, in a sentence
            # on inflation, it is the inflation target
            named = [c for c in head.children if c.dep_ in ("compound", "amod") and c.i > anchor.i and _pos(c) in ("NOUN", "ADJ", "PROPN")]
            if named:
                return ctx.text[named[0].idx : head.idx + len(head)], None
            nearby = ctx.text[_sentence_start_before(ctx.text, max(0, sent.start_char - 2)) : sent.end_char]  # this sentence and the one before
            if re.search(r"\binflation\b", nearby, re.I):
                return f"inflation {head.lower_}", None
            # "GDP growth placed well within the government's 6 to 7 percent target": a growth target
            return (f"growth {head.lower_}" if re.search(r"\bgrowth\b", ctx.text[sent.start_char : sent.end_char], re.I) else head.lower_), None
        share_verb = SHARE_VERB_BEFORE.search(ctx.text, max(sent.start_char, q.start - 40), q.qualifier_start if q.qualifier_start is not None else q.start) if q.kind == "percent" and not growth else None
        if share_verb is not None:
            # "representing 39.37 per cent of the total allocation": a share of what follows "of"
            # ("accounted for 39.6% and 22.6% of the expenditure": the whole after the last of a list)
            of = SHARE_OF_WHOLE.match(ctx.text, q.end, min(len(ctx.text), q.end + 80))
            whole = doc.char_span(of.end(), of.end() + 1, alignment_mode="expand") if of else None
            if whole is None:
                listed = re.match(r"\s*(?:,|and|,\s*and)\s*[\d.]+\s*(?:%|per\s*cent|percent)", ctx.text[q.end : q.end + 30], re.I)
                part = None if listed else self._amount_just_before(ctx, sent, share_verb.start())
                # "capital expenditure gulped N349.29bn, representing 50.59 per cent": the share of
                # what the amount just before measures; else of the total the sentence is about
                return ("share of " + part if part else "share"), None
            target = whole[0]
            while target.dep_ in ("det", "amod", "compound", "nummod", "poss", "case") and target.head.i > target.i:
                target = target.head  # "of China's total foreign trade": the trade
            named, _ = self._phrase(ctx, target, qset)
            if named:
                return "share of " + _clean_indicator(named), None
        changed = [c for c in head.children if c.dep_ == "prep" and c.lower_ in ("in", "of")] if growth and head.lower_ in self.change and head.i > anchor.i else []
        if changed and any(c.dep_ == "pobj" for c in changed[0].children):
            # "a 49.9 percent increase in tourist arrivals": what rose is named after the change noun
            indicator_head = next(c for c in changed[0].children if c.dep_ == "pobj")
        elif (
            q.kind in ("count", "physical") and anchor.dep_ in ("nummod", "compound", "amod", "quantmod") and head.i not in qset and _pos(head) in ("NOUN", "PROPN")
            and not (growth and head.lower_ in ("persons", "people", "individuals"))  # "employment increased by 21,000 persons"
            and head.lower_ not in ("units", "unit", "pieces", "sets", "items")  # "exports of new-energy vehicles totalled 120,000 units"
        ):
            indicator_head = head
            if q.kind == "count" and head.tag_ == "NNS" and head.lower_ in self.change:
                counted_changes = head  # "two more cuts this year": the cuts are what is counted
        elif q.kind in ("money", "percent") and anchor.dep_ in ("compound", "nmod", "amod", "nummod") and _pos(head) == "NOUN" and head.i > anchor.i and head.i not in qset and (
            q.kind == "money" or not growth and self._good_head(head, qset)
        ):
            # "a $5bn package", "the 2.4% inflation in August", "the 2.4% median forecast"
            indicator_head = head
        elif (
            anchor.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "of" and _pos(head.head) == "VERB"
            and any(c.dep_ == "prep" and c.lower_ in ("in", "to", "into") and c.i < head.i and any(g.dep_ == "pobj" for g in c.children) for c in head.head.children)
        ):
            # "resulted in an operating balance ... of $0.6 billion": the parser hangs "of" on the verb
            into = [c for c in head.head.children if c.dep_ == "prep" and c.lower_ in ("in", "to", "into") and c.i < head.i][-1]
            indicator_head = next(g for g in into.children if g.dep_ == "pobj")
        elif anchor.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "of" and _pos(head.head) in ("NOUN", "PROPN") and head.head.lower_ not in self.change and not total_by:
            # "a total of 30", "investment of $5bn", "exports worth ..."
            indicator_head = head.head
            if indicator_head.lower_ in ("total", "number", "sum", "amount", "value"):
                verb = indicator_head.head
                if indicator_head.dep_ == "nsubjpass" and verb.lower_ in DISTRIBUTING_VERBS:
                    # "a total of N1.298 trillion was disbursed", "the sum of N2.18trn was disbursed
                    # by the FAAC": the amount handed out, owned by who handed it out
                    agents = _pobjs(verb, "agent")
                    return f"amount {verb.lower_}", (self._owner_named(ctx, agents[0]) if agents else None)
                actor = self._subject_of(verb)
                ent = _entity_of(actor) if actor is not None else None
                owner = self._owner_phrase(ctx, actor) if actor is not None and ent is None else None
                if owner and indicator_head.lower_ == "value" and any(c.lower_ == "added" for c in indicator_head.children) and actor.lower_ in ("industry", "sector"):
                    # "the city's primary industry achieved an added value of 34.463 billion yuan":
                    # the sector's value added, of the article's place
                    return POSSESSOR.sub("", owner) + " added value", None
                if _pos(verb) == "VERB" and verb.lower_ not in LEVEL_VERBS and (ent is not None and ent.label_ in SUBJECT_LABELS or owner):
                    # "the Federal Government received a total of N1.53 trillion": the body that
                    # received it owns the amount, named by what it did
                    return self._nominal_of(verb), (ent.text if ent is not None else owner)
                indicator_head = actor or indicator_head
            elif indicator_head.lower_ in ("range", "band", "corridor"):
                # "puts the federal funds rate at a range of 5.25% to 5.5%", "to a range of 4% to 4.25%":
                # the rate the verb sets is what the range is of
                verb = _governing_verb(indicator_head, qset)
                objects = [c for c in verb.children if c.dep_ == "dobj" and c.i not in qset and c.lower_ not in PRONOUNS] if verb is not None else []
                if not objects and verb is not None and not any(c.dep_ in ("compound", "amod", "poss") for c in indicator_head.children):
                    # "expect the annual GDP growth to settle within a range of ...": what settles there
                    objects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in qset and c.lower_ not in PRONOUNS and _pos(c) == "NOUN"]
                indicator_head = objects[0] if objects else indicator_head
        else:
            verb = _governing_verb(head.head if total_by else anchor, qset)
            pushed = [
                c for c in verb.children if c.dep_ == "dobj" and c.i not in qset and c.lower_ not in PRONOUNS and _pos(c) in ("NOUN", "PROPN")
            ] if verb is not None and any(t.dep_ == "prep" and t.lower_ in ("to", "at") and t.head.i == verb.i for t in anchor.ancestors) else []
            if pushed:
                indicator_head = pushed[0]  # "pushing its tourism revenue up to 181.3 billion yuan", "retained the growth projection at 7.4 per cent": what was moved to, or kept at, the level
                actor = self._subject_of(verb)
                if actor is not None:
                    ctx.kept_at[actor.i] = indicator_head
            elif verb is not None:
                indicator_head = self._subject_of(verb)
                if indicator_head is not None and indicator_head.i in ctx.kept_at:
                    # "... retained the GDP growth projection at 7.4 per cent, ranging between 7.5-7.6
                    # per cent in the first half and 7.3-7.4 per cent in the second": the figures the
                    # same actor's clause goes on to give are of the same thing
                    indicator_head = ctx.kept_at[indicator_head.i]
                # a body that acts ("the government proposed a budget of ...") owns the figure; a
                # sector that moves ("the production sector fell 1.5%") is what is measured
                owner = (
                    self._owner_phrase(ctx, indicator_head)
                    if indicator_head is not None and indicator_head.lower_ not in ("sector", "industry") else None
                )
                if indicator_head is not None and (indicator_head.lower_ in PRONOUNS or indicator_head.ent_type_ in SUBJECT_LABELS and indicator_head.text not in self.measure_acronyms or owner):
                    ent = _entity_of(indicator_head)
                    obj = [c for c in verb.children if c.dep_ in ("dobj",) and c.i not in qset]
                    if ent is not None:
                        subject = ent.text
                    elif owner:
                        subject = owner  # "the government proposed a budget of ..."
                    elif indicator_head.lower_ in ("it", "they") and (obj or verb.lower_ not in self.change) and ctx.last_actor is not None:
                        # "The government slashed spending ... It saved 23 trillion won": the body
                        # that acted in the paragraph before or this one acts again
                        paragraph = bisect_right(ctx.paragraph_starts, q.start) - 1
                        if paragraph - ctx.last_actor[0] <= 1:
                            subject = ctx.last_actor[1]
                    indicator_head = obj[0] if obj else None
                    if indicator_head is None and _pos(verb) == "VERB" and verb.lower_ not in LEVEL_VERBS and verb.lower_ not in self.change:
                        # "we save around $80 billion in interest costs", "received Rs 8,618 crore as
                        # GST compensation": what the amount is, right after it; else what was done
                        named = self._named_after_amount(ctx, verb, qset)
                        source = None if named else self._source_of(ctx, verb, qset)
                        if source:
                            # "From the Net Statutory revenue, Federal Government received N117.581
                            # billion, states received ...": the amount of that revenue each received
                            return f"amount {NOMINAL_PARTICIPLE.get(verb.lower_, verb.lower_)} from {source}", subject or None
                        # "101 have been replicated": what was done; "the states shared N3.59 trillion": their share
                        return (named or self._nominal_of(verb)), subject or None
                    # "grew 10 per cent": a change verb names no measure; the noun before it will
        if q.kind in ("time", "physical") and re.match(r"^\s+of\s", ctx.text[q.end : q.end + 5]):
            # "3 years of incubation": the duration of what follows
            following = doc.char_span(q.end, min(len(ctx.text), q.end + 4), alignment_mode="expand")
            if following is not None and following[0].lower_ == "of":
                pobj = [c for c in following[0].children if c.dep_ == "pobj"]
                if pobj:
                    indicator_head = pobj[0]
        if indicator_head is None and anchor.dep_ in ("nsubj", "nsubjpass") and _pos(anchor) == "NUM" and _pos(anchor.head) == "VERB":
            # "101 have been replicated and promoted": the number counts what the verbs say
            verbs = [anchor.head] + [c for c in anchor.head.children if c.dep_ == "conj" and _pos(c) == "VERB"]
            return " and ".join(v.text for v in verbs), subject
        if q.kind == "percent" and indicator_head is None:
            of = [c for c in anchor.children if c.dep_ == "prep" and c.lower_ == "of"]
            if of:
                pobj = [c for c in of[0].children if c.dep_ == "pobj"]
                if pobj:
                    indicator_head = pobj[0]
        if indicator_head is None:
            # fall back on the nearest noun chunk before the number in the sentence
            # the nearest noun before the number: the root of the noun chunk spaCy would give,
            # found without building every chunk of the sentence (that cost 10% of the run)
            for token in reversed(doc[sent.start : span.start]):
                if (
                    _pos(token) in ("NOUN", "PROPN")
                    and token.i not in qset
                    and token.i not in ctx.quantity_tokens  # "crore" of another figure measures nothing
                    and token.dep_ not in ("compound", "amod", "nmod", "poss")
                    and token.ent_type_ not in ("DATE", "PERCENT", "MONEY", "CARDINAL")
                    and token.lower_ not in PRONOUNS
                ):
                    indicator_head = token
                    break
        line_start = ctx.text.rfind("\n", 0, q.start)
        if indicator_head is not None and indicator_head.idx < line_start:
            indicator_head = None  # a heading the parser joined to the sentence ("Main points", "Underemployment")
            for token in reversed(doc[sent.start : span.start]):
                if token.idx > line_start and token.i not in ctx.quantity_tokens and _pos(token) in ("NOUN", "PROPN") and token.dep_ not in ("compound", "amod", "nmod", "poss") and self._good_head(token, qset):
                    indicator_head = token
                    break
        if indicator_head is not None and indicator_head is not counted_changes and not self._good_head(indicator_head, qset):
            better = self._measured_thing(indicator_head, qset)
            if better is None or not self._good_head(better, qset):
                verb = _governing_verb(anchor, qset)
                candidate = self._subject_of(verb) if verb is not None else None
                better = candidate if candidate is not None and self._good_head(candidate, qset) else None
            if better is None:
                # the nearest acceptable noun before the figure in its sentence
                for token in reversed(doc[sent.start : span.start]):
                    if token.i not in ctx.quantity_tokens and _pos(token) in ("NOUN", "PROPN") and token.dep_ not in ("compound", "amod", "nmod", "poss") and self._good_head(token, qset):
                        better = token
                        break
            indicator_head = better
        if indicator_head is None:
            if subject is None and anchor.dep_ in ("nsubj", "nsubjpass") and _pos(anchor.head) == "VERB":
                subject = self._clause_subject(ctx, anchor.head, qset)  # "N3.585 trillion was shared among the 36 states"
            return None, subject
        last_item = indicator_head
        indicator_head = self._whole_coordination(ctx, indicator_head, qset, sent)
        indicator, found_subject = self._phrase(ctx, indicator_head, qset, counted=q.kind == "count" and indicator_head.i > anchor.i)
        if indicator and indicator_head is not last_item:
            # the list ends with its last item: "roads, public works and energy | with Sh 1.7 billion"
            at = indicator.rfind(last_item.text)
            if at >= 0:
                rest = re.match(r"(?:\s+(?!(?:with|at|to|from|by|in|after|before|while|and)\b)[^\s,;()]+)*", indicator[at + len(last_item.text) :])
                indicator = indicator[: at + len(last_item.text) + rest.end()]
        if indicator and q.kind == "count" and indicator_head.i >= anchor.i:
            indicator = self._counted_doing(ctx, indicator_head, qset, indicator)
        if indicator:
            indicator = _clean_indicator(indicator)
        subject = subject or found_subject
        if subject is None:
            subject = self._clause_subject(ctx, indicator_head, qset)
        return indicator, subject

    def _period_then_level(self, ctx: _Context, gap: str) -> bool:
        """Return True for "in the 12 months to January 2019 to reach", "year on year in the first
        quarter to", "from October of 2016 to", "from one year earlier to" between a change and the
        level it reached: a period or the base of the change, then the level."""
        # "grew 12.8 percent — the fastest pace since 2010 — to ¥38.37 trillion": an aside between dashes
        stripped = re.sub(r"^\s*[—–]\s[^—–;]{1,80}?\s[—–]\s*", " ", gap)
        asides, gap = stripped != gap, stripped
        level = (
            r"(?:to\s+(?:reach\s+|hit\s+|stand\s+at\s+|total\s+|amount\s+to\s+)?|,?\s*(?:reaching|hitting|totall?ing|amounting\s+to|standing\s+at)\s+)"
            r"(?:about|around|nearly|over|more than|an\s+estimated|a\s+record)?\s*"
        )
        if re.fullmatch(r"\s*(?:to\s+(?:reach\s+|hit\s+|stand\s+at\s+|total\s+)?)?(?:an\s+estimated|a\s+record)\s*", gap, re.I) or (
            asides and re.fullmatch(r"\s*,?\s*" + level, gap, re.I)
        ):
            return True  # "to an estimated $13.382 billion", "— the fastest pace since 2010 — to"
        if re.fullmatch(
            r"\s*(?:from|over|compared\s+(?:with|to)|against)\s+(?:(?:the|a|one|its|their)\s+)?(?:same\s+)?"
            r"(?:(?:previous|preceding|prior|last|current|year-earlier|year-ago)\s+)?(?:year|month|quarter|period)"
            r"(?:\s+(?:earlier|ago|before)|['’]s\s+(?:amounts?|levels?|figures?|totals?))?\s*,?\s*" + level,
            gap, re.I,
        ):
            return True  # "from one year earlier to", "over the current year's amounts to an estimated"
        match = re.fullmatch(
            r"\s*(?:(?:year|month|quarter)[-\s]on[-\s](?:year|month|quarter)\s*)?,?\s*(?:in|over|during|for|from)\s+(?P<period>[^,;]{1,50}?)\s*,?\s+" + level,
            gap, re.I,
        )  # "rose 4.1 percent year on year in the first five months of this year to 12.1 trillion yuan
        if match is None:
            return False
        found = find_periods(match.group("period"), ctx.published)
        return bool(found) and found[0][0] <= 4 and found[-1][1] >= len(match.group("period").rstrip()) - 1

    def _moved_amount(self, ctx: _Context, anchor: Token, qset: set[int]):
        """Return (indicator, subject) of an amount a participle or relative clause after it says
        was moved ("the N1.53trillion received by the FG", "the N1.599 trillion it got", "the
        N1.35 trillion disbursed in ..."), or None."""
        for verb in anchor.children:
            if verb.dep_ not in ("acl", "relcl") or verb.i < anchor.i or verb.lower_ not in self.nominal or verb.lower_ in self.change:
                continue
            if anchor.dep_ == "pobj" and anchor.head.lower_ in ("from", "to"):
                return None  # "increased ... from the N3.42 trillion it received in 2022": the end of a change, named by it
            subject = None
            if verb.dep_ == "acl":
                agents = _pobjs(verb, "agent")
                if not agents and verb.lower_ in DISTRIBUTING_VERBS and verb.i == max(qset) + 1:
                    # "lower than the N1.35 trillion disbursed in the first half of 2019": the amount
                    # handed out then, whoever handed it out
                    return f"amount {verb.lower_}", None
                if not agents:
                    return None  # "Rs 41,215 crore collected on import of goods": the clause names what it is
                subject = self._owner_named(ctx, agents[0])
                if subject is None:
                    return None  # "received by the parliament's members": not an owner this can name
            else:
                actors = [c for c in verb.children if c.dep_ == "nsubj"]
                if not actors:
                    return None
                ent = _entity_of(actors[0])
                if ent is not None and ent.label_ in SUBJECT_LABELS:
                    subject = ent.text
                elif actors[0].lower_ in ("it", "they") and ctx.last_actor is not None:
                    # "the N1.599 trillion it got in the first half of 2019": the body the clause before named
                    paragraph = bisect_right(ctx.paragraph_starts, anchor.idx) - 1
                    subject = ctx.last_actor[1] if paragraph - ctx.last_actor[0] <= 1 else None
                else:
                    subject = self._owner_phrase(ctx, actors[0])
                if subject is None:
                    return None
            return self._nominal_of(verb), subject
        return None

    def _nominal_of(self, verb: Token) -> str:
        """Return what an amount a verb did is called: the sentence's own phrase for such amounts
        ("A breakdown of the revenue receipts showed that the federal government received N3.99
        trillion": revenue receipts), else the table's name ("amount received"), else the verb."""
        if verb.lower_ in DISTRIBUTING_VERBS and any(
            c.dep_ in ("auxpass", "nsubjpass") or c.dep_ == "prep" and c.lower_ in ("to", "among", "between") for c in verb.children
        ):
            # "N1.15trn was shared to the Federal, State and Local Government", "shared N3.879 trillion
            # to the Federal Government": the amount handed out, not a recipient's share
            return f"amount {verb.lower_}"
        key = self._nominal_key(verb.lower_)
        noun = self.nominal_noun.get(key)
        if noun:
            for token in verb.sent:
                if token.lower_ == noun and _pos(token) == "NOUN":
                    words = [c for c in token.children if c.dep_ in ("compound", "amod") and c.i < token.i and _pos(c) in ("NOUN", "PROPN", "ADJ")]
                    start = words[0].idx if words else token.idx
                    return verb.doc.text[start : token.idx + len(token)]
        return self.nominal.get(key, verb.text)

    def _nominal_key(self, word: str) -> str:
        """Return the form of a verb the table lists: "collect" and "collects" as "collected",
        "earn" as "earned", "receive" as "received", "get" as "got"; else the word itself."""
        if word in self.nominal:
            return word
        stem = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
        for form in (stem + "ed", stem + "d", IRREGULAR_PAST.get(stem)):
            if form in self.nominal:
                return form
        return word

    def _source_of(self, ctx: _Context, verb: Token, qset: set[int]) -> str | None:
        """Return what an amount a verb moved came from ("received N9.9 billion from the VAT pool"), or None.

        A "from" said once before a run of coordinated clauses ("From the Net Statutory revenue,
        Federal Government received ..., states received ...") serves each of them.
        """
        if verb.lower_ not in SOURCE_VERBS:
            return None
        chain = [verb]
        while chain[-1].dep_ in ("conj", "advcl") and chain[-1].head.i != chain[-1].i and len(chain) < 6:
            chain.append(chain[-1].head)
        for v in chain:
            for prep in v.children:
                if prep.dep_ != "prep" or prep.lower_ != "from" or prep.i in qset:
                    continue
                for pobj in prep.children:
                    if (
                        pobj.dep_ == "pobj" and _pos(pobj) in ("NOUN", "PROPN") and pobj.i not in qset
                        and pobj.ent_type_ not in ("DATE", "TIME", "GPE", "MONEY", "PERCENT", "CARDINAL", "QUANTITY")
                        and not any(t.i in qset or t.like_num for t in pobj.subtree)
                    ):
                        words = _bare_words(pobj)
                        return _text_of(words) if words and len(words) <= 8 else None
        return None

    def _named_after_amount(self, ctx: _Context, verb: Token, qset: set[int]) -> str | None:
        """Return the noun phrase an "in", "as" or "under" right after the amount names, or None
        ("Rs 44,485 crore under tax devolution": the head the amount is booked under)."""
        after = max(qset) + 1
        if after < len(ctx.doc):
            child = ctx.doc[after]
            if child.dep_ == "prep" and child.lower_ in ("in", "as", "under") and (child.head.i == verb.i or child.head.i in qset):
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and _pos(pobj) in ("NOUN", "PROPN") and pobj.ent_type_ not in ("DATE", "TIME", "GPE", "MONEY", "PERCENT", "CARDINAL"):
                        named, _ = self._phrase(ctx, pobj, qset)
                        return _clean_indicator(named) if named else None
        return None

    def _owner_phrase(self, ctx: _Context, token: Token) -> str | None:
        """Return the body or sector a common noun names as an owner, or None.

        "the government" -> "government", "the central bank" -> "central bank", "the gaming
        sector" -> "gaming sector"; a bare "the sector" is the sector named last. A proper
        name before the noun ("the Ford government") is left out: it names who leads it.
        """
        if _pos(token) != "NOUN" or token.lower_ not in INSTITUTION_NOUNS or token.ent_type_:
            return None
        words = [
            c for c in token.children
            if c.dep_ in ("compound", "amod") and c.i < token.i and _pos(c) in ("NOUN", "ADJ") and c.lower_ not in self.change
            and c.tag_ not in ("JJR", "JJS") and c.lower_ not in ("total", "overall", "entire", "whole", "new", "proposed")
        ]
        if not words and token.lower_ in ("sector", "industry"):
            return ctx.last_sector.get(token.lower_)
        phrase = " ".join(t.text for t in sorted([*words, token], key=lambda t: t.i))
        if phrase.lower() == "central bank" and ctx.central_bank:
            return ctx.central_bank  # "the central bank", "New Zealand's central bank": the one the article names
        owner = [c for c in token.children if c.dep_ == "poss" and _entity_of(c) is not None]
        if owner:  # "New Zealand's central bank"
            phrase = ctx.text[_entity_of(owner[0]).start_char : owner[0].idx + len(owner[0])] + "'s " + phrase
        if words and token.lower_ in ("sector", "industry"):
            ctx.last_sector[token.lower_] = phrase
            ctx.sectors.add(phrase)
        if token.lower_ in ("sector", "industry"):
            ctx.bodies.add(phrase)  # a sector carries over to the paragraph's later figures; a body that acts, only in its clause
        return phrase

    def _good_head(self, token: Token, qset: set[int]) -> bool:
        """Return True for a token that can name what a number measures.

        Not a date, a unit, a change word ("rise"), a generic head ("level", "estimate"),
        a pronoun, a place or organisation that is rather the subject, or a verb.
        """
        lower = token.lower_
        if token.i in qset or token.ent_type_ in ("DATE", "PERCENT", "MONEY", "CARDINAL", "QUANTITY", "ORDINAL"):
            return False
        if token.ent_type_ == "TIME" and any(t.like_num for t in (_entity_of(token) or [token])):
            return False  # "two hours" is a time; "total hours worked" is what is measured
        modified = any(
            c.dep_ in ("compound", "amod", "nmod") and c.i not in qset
            and (c.lower_ not in self.change and c.lower_ not in GENERIC_HEADS or c.lower_ == "growth" and lower in FORECAST_HEADS or c.lower_ == "recovery")  # "its economic-growth target", "the loan recovery rate"
            and c.lower_ not in UNIT_WORDS
            and c.lower_ not in ("estimated", "annual", "average", "quarterly", "monthly", "yearly", "first", "latest", "preliminary", "flash", "advance", "revised", "final", "provisional", "second", "third")
            for c in token.children
        )
        if lower == "rates" and token.dep_ in ("nsubj", "nsubjpass", "dobj") and not modified:
            return True  # "officials expect rates to rise to 5.6%": interest rates, said short
        if lower in PRONOUNS or ((lower in self.change or lower in GENERIC_HEADS or lower in UNIT_WORDS) and not modified):
            return False
        if (
            token.ent_type_ in SUBJECT_LABELS and not (lower in NAMED_MEASURE_HEADS and token.ent_iob_ != "B") and token.text not in self.measure_acronyms
        ) or lower in OWNER_NOUNS:
            return False  # a place or body, but "the Bank Rate", "Consumer Price Index" and "NODX" name measures
        return _pos(token) in ("NOUN", "PROPN")

    def _measured_thing(self, head: Token, qset: set[int]) -> Token | None:
        """Return what a generic head ("growth rate", "increase", "level") measures, or None."""
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "of", "for"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and pobj.i not in qset and pobj.ent_type_ not in ("DATE", "PERCENT", "MONEY", "CARDINAL"):
                        return pobj
        verb = head.head
        if head.dep_ in ("dobj", "attr", "pobj") and _pos(verb) in ("VERB", "AUX", "ADP"):
            if _pos(verb) == "ADP":
                verb = verb.head
            subject = self._subject_of(verb)
            if subject is not None and subject.lower_ not in PRONOUNS and subject.i not in qset:
                return subject
        return None

    def _subject_of(self, verb: Token) -> Token | None:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")]
        if len(subjects) > 1:
            # "New Delhi, June 1: The GST collection grew ...": a dateline the parser also calls a
            # subject; the subject nearest the verb is the one it agrees with
            before = [c for c in subjects if c.i < verb.i]
            subjects = [before[-1]] if before else subjects
        if subjects and not (verb.dep_ == "relcl" and subjects[0].lower_ in RELATIVE_PRONOUNS):
            inner = [c for c in subjects[0].children if c.dep_ == "nsubj"] if subjects[0].dep_ == "csubj" else []
            conj = [c for c in subjects[0].children if c.dep_ == "conj" and c.i > subjects[0].i]
            if conj and any(c.dep_ == "nummod" and (c.like_num or c.ent_type_ in ("MONEY", "CARDINAL", "PERCENT", "QUANTITY")) for c in subjects[0].children):
                # "2024-25 will see a $48.1 billion deficit and fiscal reserves will decrease to
                # $685.1 billion": the first noun has its own figure; the verb's subject is the last
                return conj[-1]
            return inner[0] if inner else subjects[0]  # "total hours worked were up": the hours
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.i != verb.head.i:
            return self._subject_of(verb.head.head)  # "Despite declining by 1.1%, hours were ..."
        if verb.dep_ == "conj" and verb.head.i < verb.i:
            # "Exports grew by 7,9% whilst imports for the same period showed an increase": the
            # parser hangs "whilst imports" on the first verb; the second clause is the imports'
            joint = [
                t for t in verb.doc[verb.head.i + 1 : verb.i]
                if t.lower_ in ("while", "whilst", "whereas") and t.dep_ == "prep" and any(c.dep_ == "pobj" for c in t.children)
            ]
            if joint:
                return next(c for c in joint[-1].children if c.dep_ == "pobj")
        if verb.dep_ in ("conj", "xcomp", "advcl", "relcl", "ccomp", "acl") and verb.head.i != verb.i:
            if verb.dep_ in ("relcl", "acl"):
                # "a surplus in services, which grew by ...": the relative clause is said of the
                # noun it follows, and a noun inside a prepositional phrase stands for the phrase's
                # head; "the deficit ... widened by" parsed as a participle of "deficit" likewise
                head = verb.head
                if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.lower_ == "of" and _pos(head.head.head) in ("NOUN", "PROPN") or (
                    verb.dep_ == "relcl" and head.dep_ == "pobj" and head.head.dep_ == "prep" and _pos(head.head.head) in ("NOUN", "PROPN")
                ):
                    head = head.head.head  # "with total imports and exports of goods reaching 41.21 trillion yuan": the exports
                return head
            return self._subject_of(verb.head)
        return None

    def _object_before(self, ctx: _Context, sent: Span, at: int) -> str | None:
        """Return the last object of a verb in ``sent`` before ``at``, or None: what a pronoun
        after it most likely stands for."""
        for token in reversed([t for t in sent if t.idx < at]):
            if token.dep_ == "dobj" and _pos(token) == "NOUN" and token.lower_ not in PRONOUNS:
                named, _ = self._phrase(ctx, token, set())
                return _clean_indicator(named) if named else None
        return None

    def _counted_doing(self, ctx: _Context, head: Token, qset: set[int], indicator: str) -> str:
        """Return what a count counts with what its clause says they did, where that says which
        ones are counted: "727,212 visitors arrived by air service", "12 people were killed in
        Ilella"; ``indicator`` where the clause holds another figure or a time, or says a change
        or a level ("3,000 visitors spent $1.7 billion", "the visitors rose")."""
        verb = head.head
        if head.dep_ not in ("nsubj", "nsubjpass") or _pos(verb) != "VERB" or verb.i < head.i or verb.lower_ in LEVEL_VERBS or verb.lower_ in self.change or verb.lower_ in COUNT_LEVEL_WORDS:
            return indicator
        words = [verb]
        for token in verb.doc[verb.i + 1 : verb.right_edge.i + 1]:
            if token.i in qset or token.i in ctx.quantity_tokens or token.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL"):
                return indicator  # another figure, or a time, in the clause: it says more than which ones
            if token.is_punct and not (token.text in "-–" and not token.whitespace_ and not verb.doc[token.i - 1].whitespace_):
                break  # (but "auto-rickshaws" is one word)
            if token.dep_ in ("cc", "conj", "mark", "advcl", "ccomp", "relcl") or token.lower_ in ("while", "whereas", "which", "who"):
                break
            if token.dep_ == "prep" and any(c.dep_ == "pobj" and c.ent_type_ in ("GPE", "ORG", "LOC", "FAC", "NORP") for c in token.children):
                break  # "12 people were killed | in Ilella": the place owns the count
            if token.dep_ == "prep" and any(_pos(w) in ("NOUN", "PROPN") for w in words):
                break  # "were provided pink auto-rickshaws | under the scheme": one phrase is enough
            words.append(token)
            if len(words) > 6:
                return indicator  # a long clause says more than which ones
        while words and (words[-1].dep_ in ("prep", "det", "aux", "auxpass", "advmod", "cc") or _pos(words[-1]) in ("ADP", "DET", "ADV")):
            words.pop()  # "aid stations repaired | as well"
        return f"{indicator} {verb.doc.text[words[0].idx : words[-1].idx + len(words[-1])]}" if words else indicator

    def _whole_coordination(self, ctx: _Context, head: Token, qset: set[int], sent: Span) -> Token:
        """Return the head of the whole list a noun is the last item of, where the list has no
        figure of its own: "exports of garments, textiles and shoes fell to $2.3 billion" measures
        the exports of all three ("exports"), "the index for housing, water, electricity, gas and
        other fuels" all five; else ``head``."""
        if head.dep_ != "conj" or "respectively" in sent.text.lower():
            return head
        first = head
        while first.dep_ == "conj" and first.head.i != first.i and _pos(first.head) in ("NOUN", "PROPN"):
            first = first.head
        if first is head or first.dep_ == "conj":
            return head
        items = [t for t in first.subtree if t.i <= head.i]
        if any(t.i in ctx.quantity_tokens or t.i in qset for t in items):
            return head  # "a $48.1 billion deficit and fiscal reserves of $20 billion": items with figures of their own
        if first.dep_ == "pobj" and first.head.lower_ in ("of", "for", "on") and _pos(first.head.head) == "NOUN" and first.head.head.i not in ctx.quantity_tokens:
            return first.head.head  # "exports of | garments, textiles and shoes"
        return first

    def _phrase(self, ctx: _Context, head: Token, qset: set[int], counted: bool = False) -> tuple[str | None, str | None]:
        """Return (indicator text, subject) of the noun phrase headed by ``head``.

        ``counted``: the number counts the head ("983,000 people aged 55 to 64 who cited
        retirement"), so a clause right after it says which ones are counted and stays.
        """
        tokens = []
        subject = None
        # what hangs off the figure inside the phrase is not part of it: "the Bank Rate at 3½%
        # and the deposit rate at 3¼%", where the parser joins the next item to the figure
        inside = [head.doc[i] for i in qset if i != head.i and head.doc[i].head.i != head.doc[i].i and head.i in {a.i for a in head.doc[i].ancestors}]
        hanging = {t.i for q in inside for t in q.subtree}
        subtree = list(head.subtree)  # walked three times below: built once
        for token in subtree:
            if token.i in qset or token.i in hanging or token.i in ctx.quantity_tokens and token.i != head.i:
                continue
            tokens.append(token)
        # cut relative clauses, appositions, clauses after a comma and dates
        drop: set[int] = set()
        if any(head.doc[i].head.i == head.i for i in qset):
            # "a $48.1 billion deficit and fiscal reserves": the figure is said of its own noun only
            for child in head.children:
                if child.dep_ in ("conj", "cc") and child.i > head.i:
                    drop.update(t.i for t in child.subtree)
        kept_clause: set[int] = set()
        for token in subtree:
            if token.i in kept_clause:
                continue
            if token.dep_ in ("relcl", "appos", "acl", "advcl", "ccomp", "punct") and token is not head and token.i > head.i and token.dep_ != "punct":
                restrictive = (
                    counted and token.dep_ in ("relcl", "acl") and token.head.i == head.i
                    and "," not in ctx.text[head.idx : token.idx] and len(list(token.subtree)) <= 12
                )
                if restrictive:
                    kept_clause.update(t.i for t in token.subtree)
                else:
                    drop.update(t.i for t in token.subtree)
            if token.dep_ == "prep" and token.i > head.i and any(c.dep_ == "pobj" and (c.ent_type_ in ("DATE", "TIME") or c.lower_ == "date") for c in token.children):
                drop.update(t.i for t in token.subtree)  # "Borrowing in the financial year to date": the time is not the measure
            if token.dep_ == "prep" and token.i > head.i and any(c.dep_ == "pobj" and c.i in ctx.quantity_tokens and c.i not in qset for c in token.children):
                drop.update(t.i for t in token.subtree)  # "the deficit target of Rp616.2 trillion or 2.53 percent of GDP": another figure, not the measure
            if token.ent_type_ in ("DATE", "TIME", "PERCENT", "MONEY", "CARDINAL", "QUANTITY", "ORDINAL") and token.i != head.i and not (
                token.lower_ in FREQUENCY_WORDS and token.dep_ in ("amod", "compound") and token.i < head.i
            ) and not (
                token.ent_type_ == "ORDINAL" and token.head.lower_ in RANKED_KINDS and token.i < token.head.i
            ):  # (but "the tertiary industry", "the second group": the rank names which one)
                drop.add(token.i)  # a date is not part of the measure; "hourly" in "average hourly wages" is
        # an aside in brackets: "gross collection (provisional) of Direct Taxes (before adjusting for refunds)"
        depth = 0
        for k, token in enumerate(tokens):
            if token.text in ("(", "[") and not (
                k + 2 < len(tokens) and tokens[k + 1].text.isupper() and tokens[k + 2].text in (")", "]")
            ):  # an acronym in brackets stays: "Consumer Prices Index (CPI) inflation"
                depth += 1
            if depth and token.i != head.i:
                drop.add(token.i)
            if token.text in (")", "]") and depth:
                depth -= 1
        # subject: a possessive entity or an "of/in ENT" attached to the phrase
        for token in subtree:
            if token.i in drop:
                continue
            if token.dep_ == "poss" and token.lower_ in ("country", "nation", "city", "province", "region", "state", "territory", "island") and token.head.i == head.i:
                # "the country's foreign trade": the place the article is about owns it
                drop.update(t.i for t in token.subtree)
            elif (
                (token.dep_ == "poss" or token.dep_ == "nmod" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].text in ("’", "'"))
                and token.head.i == head.i and _entity_of(token) is None and self._owner_phrase(ctx, token)
                and not any(t.lower_ in ("forecast", "forecasts", "projection", "projections", "estimate", "estimates", "outlook", "expectation", "expectations") for t in subtree)
            ):  # "the central bank's forecast range" is the bank's view of the country's figure
                # "the federal government's share", "local government councils' share": the body whose share it is
                subject = subject or self._owner_phrase(ctx, token)
                drop.update(t.i for t in token.subtree)
            elif token.dep_ == "poss" and _entity_of(token) is not None and (token.head.i == head.i or token.head.dep_ in ("compound", "amod") and token.head.head.i == head.i):
                ent = _entity_of(token)
                subject = subject or ent.text
                drop.update(range(ent.start, ent.end))
                drop.update(c.i for c in token.children if c.dep_ == "case")
            elif token.dep_ == "prep" and token.lower_ in ("of", "in", "for", "at") and token.head.i == head.i or (token.dep_ == "prep" and token.lower_ in ("in",) and token.i > head.i):
                pobj = [c for c in token.children if c.dep_ == "pobj"]
                owner = self._owner_phrase(ctx, pobj[0]) if pobj and token.lower_ == "of" and pobj[0].lower_ in ("sector", "industry") else None
                if owner:
                    # "total receipts of the gaming sector": the sector is whose receipts
                    subject = subject or owner
                    drop.update(t.i for t in token.subtree)
                    continue
                if pobj and _entity_of(pobj[0]) is not None and _entity_of(pobj[0]).label_ in SUBJECT_LABELS:
                    ent = _entity_of(pobj[0])
                    if ent.root.i == pobj[0].i or ent.end - 1 == pobj[0].i:
                        subject = subject or ent.text
                        drop.update(t.i for t in token.subtree)
                elif pobj and (region := self._region_by_kind(ctx, pobj[0])):
                    # "industrial output in the Kherson region": the region, named by its kind
                    subject = subject or region
                    drop.update(t.i for t in token.subtree)
            elif token.dep_ == "prep" and token.lower_ == "from" and token.i > head.i and head.lower_ in ("exports", "export", "shipments"):
                # "exports of goods from the Odessa region": who exports owns them (not "imports from China")
                pobj = [c for c in token.children if c.dep_ == "pobj"]
                ent = _entity_of(pobj[0]) if pobj else None
                owner = self._region_by_kind(ctx, pobj[0]) if pobj else None
                if owner is None and ent is not None and ent.label_ in ("GPE", "LOC") and ent.end - 1 == pobj[0].i:
                    owner = ent.text
                if owner:
                    subject = subject or owner
                    drop.update(t.i for t in token.subtree)
        kept = [t for t in tokens if t.i not in drop]
        # trim leading/trailing function words
        # and a leading comparative or change word, which says how it moved, not what it is:
        # "a larger surplus in services", "an increased surplus", "the widening goods deficit"
        while kept and (
            kept[0].dep_ in TRIM_DEPS or kept[0].is_punct or kept[0].is_stop and _pos(kept[0]) not in ("NOUN", "PROPN")
            or kept[0].dep_ == "amod" and (kept[0].tag_ in ("JJR", "JJS") or kept[0].lower_ in self.change) and kept[0].i < head.i
        ):
            kept.pop(0)
        while kept and (kept[-1].is_punct or kept[-1].dep_ in ("prep", "cc", "det", "case") or kept[-1].lower_ in ("of", "and", "in")):
            kept.pop()
        return (_join(kept) or None), subject

    def _region_by_kind(self, ctx: _Context, noun: Token) -> str | None:
        """Return "Kherson region" where ``noun`` is a place's kind word after a place's name
        ("the Kherson region", "the Mangistau oblast"), or None. The model reads such a name
        as anything from a place to a person; the rules or the article's places know it."""
        if noun.lower_ not in PLACE_KIND_NOUNS:
            return None
        named = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i and c.text[:1].isupper()]
        if not named:
            return None
        start = min(t.i for c in named for t in c.subtree)
        name = ctx.doc[start : noun.i].text
        return ctx.doc[start : noun.i + 1].text if self._known_place(ctx, name) else None

    def _clause_subject(self, ctx: _Context, head: Token, qset: set[int]) -> str | None:
        """Return an entity the clause places the number in ("settled in Qianhai"), or the body
        that acts in it ("the government proposed a budget of ...")."""
        verb = head
        steps = 0
        while _pos(verb) not in ("VERB", "AUX") and verb.head.i != verb.i and steps < 4:
            verb = verb.head
            steps += 1
        if _pos(verb) not in ("VERB", "AUX"):
            return None
        forecaster = verb.lower_ in FORECAST_VERBS  # "the Commission forecasts growth of ...": who forecasts owns nothing
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in ("among", "between"):
                # "N3.585 trillion was shared among the 36 states": the recipients own their share
                pobj = [c for c in child.children if c.dep_ == "pobj" and c.lower_ in INSTITUTION_NOUNS]
                if pobj:
                    words = [c for c in pobj[0].children if c.dep_ in ("nummod", "amod", "compound") and c.i < pobj[0].i] + [pobj[0]]
                    return " ".join(t.text for t in sorted(words, key=lambda t: t.i))
            if forecaster and child.dep_ in ("nsubj", "nsubjpass"):
                continue
            if child.dep_ == "prep" and child.lower_ in ("in", "at", "of"):
                for pobj in child.children:
                    ent = _entity_of(pobj)
                    if pobj.dep_ == "pobj" and ent is not None and ent.label_ in SUBJECT_LABELS:
                        return ent.text
            if child.dep_ in ("nsubj", "nsubjpass") and child.i not in qset:
                ent = _entity_of(child)
                if ent is not None and ent.label_ in SUBJECT_LABELS:
                    return ent.text
                if child.dep_ == "nsubj" and child.lower_ not in ("sector", "industry"):
                    owner = self._owner_phrase(ctx, child)
                    if owner:
                        return owner
        return None


# ---------------------------------------------------------------------- helpers

# what a central bank sets: its policy rate ("the official cash rate", "interest rates", "Bank Rate") or its inflation target
# words that make a move of a rate a forecast, a wish or a bet, not a decision taken
NOT_DONE = re.compile(r"\b(?:expect\w*|forecast\w*|predict\w*|project\w*|could|may|might|will|would|should|likely|poll\w*|bets?|betting|priced|anticipat\w*|if|unless)\b", re.I)
# a central bank's rate-setting body named by what it is, not by its own name ("the MNB's Monetary
# Council", "the Monetary Policy Committee"): the bank's decision
RATE_SETTERS = re.compile(r"(?:the\s+)?(?:Monetary\s+Policy\s+(?:Committee|Council|Board)|Monetary\s+(?:Council|Board)|Policy\s+Board|MPC)", re.I)
POLICY_SETTING = re.compile(
    r"^(?:(?:the|its|their|our)\s+)?(?:(?:key|main|benchmark|policy|official|overnight|cash|interest|repo|reverse\s+repo|base|bank|"
    r"federal\s+funds|discount|lending|deposit|refinancing|short-term)\s+)+rates?$|^(?:(?:the|its|their|our)\s+)?rates$|^OCR$|^inflation\s+(?:target|goal)\b"
    r"|^(?!(?:GDP|GNP|GNI|CPI|PPI|WPI|VAT|GST|PMI|FDI|HICP|RPI|PCE)\b)(?:[A-Z]{2,6}|Selic)\s+rate$",  # "the MIMO rate", "the Selic rate": a policy rate named by its own name
    re.I,
)
# nouns that make a figure a standing policy target ("the 2% target"), of no period unless one is said of it
TARGET_WORDS = {"target", "goal", "objective"}
# a target or forecast that names nothing else: "the Government's target", "the 4.8 percent consensus estimate"
FORECAST_ONLY = re.compile(
    r"(?:(?:the|its|their|our|his|her|an?|this|that|average|median|consensus|official|initial|earlier|previous|original|prior|revised|new|[\w.'’-]+['’]s?)\s+)*"
    r"(?:target|goal|forecast|projection|estimate|quota|outlook|prediction|expectation)s?",
    re.I,
)
# a sentence on the pace of the change before: "The pace was down from 8.9 percent"
PACE_SENTENCE = re.compile(r"\s*(?:The|Its|This|That)\s+(?:pace|growth(?:\s+rate)?|rate\s+of\s+growth|expansion)\s+(?:was|is)\s")
# words of a sentence on economic growth, and of one on some rate, where a bare target or forecast would be of that rate
PACE_WORD = re.compile(r"\b(?:growth|grow|grew|grown|grows|expand|expanded|expands|expansion|GDP|GRDP|GSDP|GVA|economy)\b", re.I)
RATE_WORD = re.compile(r"\b(?:inflation|CPI|prices?|unemployment|jobless|deficit|debt|interest|rates?|yields?|share)\b", re.I)
# what a pace of growth is planned or foreseen as: "growth target", "growth forecast"
FORECAST_HEADS = TARGET_WORDS | {"forecast", "forecasts", "projection", "projections", "outlook", "estimate", "estimates"}
# a document's title: "the December Update", "the Monetary Policy Report"
DOCUMENT_TITLE = re.compile(r"(?:^|\s)[A-Z][\w-]*\s+(?:Update|Outlook|Report|Bulletin|Statement)$")
# no change, said without a figure: "were flat", "stood flat", "was unchanged", "remained steady"
FLAT_CLAUSE = re.compile(
    r"\b(?P<text>(?P<verb>was|were|stood|remained|stayed|held|has\s+been|have\s+been|had\s+been)\s+(?:flat|unchanged|steady|stable))\b"
    r"(?!\s+(?:at|on|from|in|near|around|to)\s+[^\s]*\d)(?!\s+at\b)",
    re.I,
)
# "decided to leave the cash rate unchanged", "kept interest rates on hold": a body held a setting where it was
FLAT_OBJECT = re.compile(
    r"\b(?P<text>(?:leave|leaves|left|leaving|keep|keeps|kept|keeping|hold|holds|held|holding|maintain|maintains|maintained)\s+"
    r"(?P<object>(?:the|its|their|our)\s+[\w -]{0,40}?\b(?:rates?|OCR)|(?:interest|policy|key|benchmark)\s+rates?|rates)\s+(?:unchanged|steady|on\s+hold|stable))\b"
    r"(?!\s*,?\s+(?:at|on|from|in|near|around|to)\s+[^\s]*\d)(?!\s*,?\s+at\b)",
    re.I,
)
# "The allocations were for February this year.", "The figures relate to the first quarter.": what span the figures are of
REPORTS_ON = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:The|These|Those|This|Its|All)\s+(?:[\w-]+\s+){0,3}?(?:is|are|was|were|relates?\s+to|related\s+to|covers?|covered)\s+"
    r"(?:for\s+|to\s+)?(?:the\s+month\s+of\s+)?(?P<period>[^.;,\n]{3,40})\.",
    re.M,
)
# what is a flow or an aggregate, whose level is never said in per cent: said so, it is its growth
FLOW_HEAD = re.compile(
    r"\b(?:GDP|GNI|GVA|economy|output|production|consumption|expenditures?|spending|investments?|formation|exports|imports|sales|income|"
    r"earnings|profits|construction|manufacturing|services|industry|agriculture|remittances|arrivals|value\s+added)$",
    re.I,
)
# "surged by 10.7 percent from 1.7 percent": right after a change, the pace it moved from
RATE_FROM = re.compile(r"\s(?P<move>from)\s+(?:the\s+)?(?:revised\s+)?$", re.I)
# the pace growth moved from, with its first estimate: "Growth slowed from 7.0% (upwardly revised from 6.7%)"
# between a growth in per cent, the time it is of, and the pace it came from: " in 2023 from " (right
# after the growth, "surged by 9.2 percent from 2.1 percent", it is read as a move of the pace)
PACE_THEN_FROM = re.compile(r"\s+in\s+[^,;%\d]{0,40}?(?:\d{4})?\s*,?\s+(?:(?:up|down)\s+)?from\s+(?:an?\s+(?:growth|increase|rise|expansion)\s+of\s+|the\s+)?", re.I)
GROWTH_PACE_FROM = re.compile(
    r"\b(?:growth|expansion)\b[^.;%]{0,60}?\b(?:slowed|slows|slowing|accelerated|accelerates|eased|picked\s+up|quickened|decelerated|moderated|cooled|rebounded)\s+"
    r"(?:sharply\s+|slightly\s+|further\s+)?from\s+(?:an?\s+)?(?:(?:upwardly|downwardly)\s+revised\s+)?(?:[\d.]+\s?%\s*\((?:upwardly|downwardly)\s+revised\s+from\s+)?$",
    re.I,
)
# a change of pace to a level: "slowed to seven percent", "accelerated to 6.1%"
PACE_TO = re.compile(
    r"\b(?:slow|slowed|slowing|slows|ease|eased|easing|eases|accelerate|accelerated|accelerating|accelerates|quickened|quickening|picked\s+up|picking\s+up|"
    r"moderate|moderated|moderating|decelerate|decelerated|decelerating|sped\s+up|cool|cooled|cooling|grew|grows|expanded|expands)\s+(?:down\s+|sharply\s+|slightly\s+|further\s+|marginally\s+)?"
    r"(?:in\s+(?:the\s+)?(?:(?:19|20)\d\d|[a-z]+\s+(?:year|quarter|half))\s+)?"  # "could accelerate in 2024 to 4.2%"
    r"to\s+(?:about\s+|around\s+|nearly\s+|an?\s+(?:[\w-]+\s+){0,2}?(?:of\s+)?)?$",
    re.I,
)
# a short phrase in brackets right after a figure: "(Y-on-Y)", "(q-o-q)"
BRACKETED_AFTER = re.compile(r"\s*\(\s*([^()\d]{2,30}?)\s*\)")
# a verb of a pace that moved, then the pace it moved from: "accelerated from", "grew faster from"
PACE_FROM = re.compile(
    r"(?:slowed|slowing|accelerated|accelerating|quickened|quickening|picked\s+up|decelerated|decelerating|sped\s+up|grew|expanded)"
    r"(?:\s+(?:faster|slower|more\s+slowly|more\s+quickly|sharply|slightly|further|marginally))?\s+from\s+(?:about\s+|around\s+|an?\s+)?$",
    re.I,
)
# the whole a share is of, right before the verb of its move: "that in GDP grew from 56 percent"
SHARE_OF_WHOLE_BEFORE = re.compile(r"\b(?:in|of)\s+(?:the\s+)?(?:GDP|GRDP|GSDP|GVA|total|economy)\s+$", re.I)
# before a signed percentage, what makes it a level and not a change: a rate or a balance it is
# the level of ("inflation stood at -0.3%", "a deficit of -2.1%"), or a pace it moved to or from
SIGNED_LEVEL_BEFORE = re.compile(
    r"\b(?:rates?|inflation|CPI|ratio|share|yields?|unemployment|jobless|margin|spread|deficit|surplus|debt|balance|position|gap|returns?|temperatures?|contribut\w*|influence\w*)\b"
    r"|\b(?:to|from|between|and|versus|vs\.?)\s*$",
    re.I,
)
# after a percentage, "over" a base of comparison: " over last year", " over the same period of 2022", " over 2021"
OVER_A_BASE_AFTER = re.compile(r"\s+over\s+(?:(?:the\s+)?(?:last|previous|prior|preceding|same|corresponding|year-ago)\s+(?:year|quarter|month|period|fiscal|financial)|(?:19|20)\d\d\b)", re.I)
# between a change and the same change restated in another unit, a time said of the first: " in
# June, or ", " in the first quarter, or "
TIME_THEN_OR = re.compile(r"\s+(?:in|during|for)\s+(?:the\s+)?[A-Za-z][\w ]{0,25}?(?:\s+(?:19|20)\d\d)?\s*,\s*or\s+(?:by\s+)?")
# what is a rate or a level already, whose move "to" a percentage is not a pace of growth
RATE_LIKE = re.compile(r"\b(?:rates?|inflation|ratio|share|yields?|unemployment|index|CPI|prices?|margin|spread|deficit|surplus|debt|balance)\b", re.I)
# an item of a list of amounts, "name of N", after the list's separator: ", distributable VAT revenue of "
LIST_ITEM_OF = re.compile(
    r"(?:^|,\s*(?:and\s+)?|\s+and\s+|\b(?:comprised|comprising|included|including|of)\s+(?=[^,]*\sof\s+[^\s\d]{0,3}\s?\d))"
    r"(?P<name>[^,;\d]{3,90}?)\s+of\s+(?:about\s+|around\s+)?(?:[^\s\d]{0,3}\s?\d[\d.,]*(?:\s*(?:billion|million|trillion|bn|m|tn|crore|lakh))?[^\s,;]*\s*(?=,|\s+and\b|$)|$)",
    re.I,
)
# between a level and the earlier one it is set beside: " is lower than ", " was higher than the "
LEVEL_THAN = re.compile(r"\s+(?:is|was|are|were)\s+(?:still\s+|also\s+|slightly\s+|much\s+|far\s+)?(?P<cue>(?:higher|lower|more|less|greater|smaller|bigger)\s+than)\s+(?:the\s+)?", re.I)
# the source an item of a list of amounts came from: " from the statutory account,"
FROM_SOURCE_AFTER = re.compile(r"\s+from\s+(?P<source>(?:the\s+)?[A-Za-z][^,;.()\d]{2,60}?)(?=\s*(?:,|;|\.|\s+and\b|$))")
# how the part of an amount in "(including ...)" came in: "collected on import of goods"
INCLUDED_PART = re.compile(r"\s+(?P<how>(?:collected|received|paid|raised|earned|levied|spent|disbursed)\s+[^()]{1,60}?)\s*\)")
# an item of a list of "name is amount": "of which CGST is ₹29,546 crore, SGST is ₹37,314 crore"
LIST_ITEM_IS = re.compile(
    r"(?:^|,\s*(?:and\s+)?|\s+and\s+|\bof\s+which\s+)(?P<name>[A-Za-z][^,;\d()]{0,40}?)\s+(?:is|was|are|were|stood\s+at)\s+(?:about\s+|around\s+)?"
    r"(?:[^\s\d]{0,4}\s?\d[\d.,]*(?:\s*(?:billion|million|trillion|bn|m|tn|crore|lakh(?:\s+crore)?))?[^\s,;]*\s*(?:\([^)]*\)\s*)?(?=,|\s+and\b|$)|$)",
    re.I,
)
# what starts like an amount ("N1.53trillion", "$5bn", "42"): never a place or an owner
AMOUNT_LIKE = re.compile(r"(?:(?:about|around|over|nearly|some|approximately|almost)\s+)?(?:[A-Z]{0,3}[$€£₹¥₦]|N|R|Rs\.?\s?|[A-Z][a-z]\s)?\d|FY\s?'?\d")  # "N1.1", "FY26", "about Nu 50.80B": no place
# where a clause starts within a sentence
CLAUSE_START = re.compile(r"[,;:]|\b(?:while|whereas|but|and)\b", re.I)
# how often a measure is taken: part of what it measures ("average hourly wages", "monthly hours worked")
FREQUENCY_WORDS = {"hourly", "daily", "weekly", "fortnightly", "monthly", "quarterly", "annual", "yearly"}
# the last word of a name the model may take for a body's, which names a measure: "Bank Rate"
NAMED_MEASURE_HEADS = {"rate", "index", "yield", "price", "prices"}
# kinds whose members are named by rank: "the secondary industry", "the third group"
RANKED_KINDS = {"industry", "industries", "sector", "sectors", "group", "groups", "tier", "class", "category", "ring"}
GENERIC_HEADS = {
    "rate", "rates", "pace", "level", "levels", "figure", "figures", "growth", "change", "percent", "%",
    "estimate", "estimates", "total", "target", "value", "amount", "sum", "number", "record", "high", "low",
}
# What ends the name before a parenthesised figure, read from the right.
UNIT_WORDS = {"percentage", "points", "point", "per", "cent", "percent", "basis", "pp", "bps", "billion", "million", "trillion"}
# Nouns that name whose number it is, not what is measured ("the province expects revenue of ...")
# Common nouns that name a body or sector a figure belongs to ("the government proposed ...")
INSTITUTION_NOUNS = {
    "government", "ministry", "cabinet", "treasury", "administration", "company", "firm", "bank",
    "council", "authority", "agency", "department", "sector", "industry", "group", "legislature",
    # bodies in the plural, and the tiers of a federation that receive and spend ("the 36 states
    # received N3.585 trillion", "the 774 local government councils shared ...")
    "governments", "ministries", "companies", "firms", "banks", "councils", "authorities", "agencies",
    "departments", "states", "provinces", "municipalities",
}
OWNER_NOUNS = {"government", "province", "state", "country", "world", "nation", "city", "region", "company", "bank", "ministry"}
# a change said between a name and its bracketed rate: "... mining recorded a significant drop (-7.4 %)"
CHANGE_SAID_BEFORE = re.compile(
    r"\s+(?:recorded|registered|showed|posted|saw|witnessed|had|reported|experienced|shows|records|registers)\s+(?:an?\s+)?(?:\w+\s+){0,2}?"
    r"(?:drop|increase|decrease|decline|rise|growth|fall|contraction|expansion|gain|jump|slump)\s*$",
    re.I,
)
PARENTHESIS_NAME_BOUNDARY = re.compile(
    r"[,;:()]|\b(?:and|or|such as|including|comprising(?: of)?|namely|like|by|in|of|to|from|with|was|were|is|are|has|have)\s"
)


# an item of a list right before another: "public businesses, ", "transport and " (not one
# with its own figure, "Mexico (2.4 per cent), ", nor a word that ends a name's run, "in", "of")
LISTED_ITEM_BEFORE = re.compile(
    r"(?<![\w’'&.-])(?:(?!(?:and|or|such|as|including|comprising|namely|like|by|in|of|to|from|with|was|were|is|are|has|have|the|a|an|which|that|while)\b)[A-Za-z][\w’'&.-]*\s+){0,3}"
    r"(?!(?:and|or|such|as|including|comprising|namely|like|by|in|of|to|from|with|was|were|is|are|has|have|the|a|an|which|that|while)\b)[A-Za-z][\w’'&.-]*(?:\s*,\s*(?:and\s+)?|\s+and\s+)$"
)


def _name_before_parenthesis(text: str, q: RawQuantity, sentence_start: int) -> str | None:
    """Return the name a parenthesised figure belongs to ("Construction (10.5%)"), or None."""
    if text[q.start - 1 : q.start] != "(" or text[q.end : q.end + 1] != ")":
        return None
    window = text[max(sentence_start, q.start - 90) : q.start - 1]
    window = CHANGE_SAID_BEFORE.sub("", window)  # "mining recorded a significant drop (-7.4 %)": what dropped
    window = re.sub(r"\s*\([^()\d]{1,40}\)\s*$", " ", window)  # "gross capital formation (investment) (-3.9 %)": the name, not its gloss
    boundaries = list(PARENTHESIS_NAME_BOUNDARY.finditer(window))
    start = boundaries[-1].end() if boundaries else 0
    while True:
        # "commerce, public businesses, transport and telecommunications (+1.6%)": a list whose
        # items have no figure of their own is one name with the figure after it
        item = LISTED_ITEM_BEFORE.search(window, 0, start)
        if item is None or item.start() == 0 and len(window) >= 90 or re.search(r"\b(?:the|a|an)\s+$", window[: item.start()], re.I):
            break  # (not "on the contrary, the construction sector (+30.1%)": a phrase, no item)
        start = item.start()
    name = window[start:]
    name = re.sub(r"^\s*(?:as\s+(?:did|does|do|was|were|has|have)\s+)?(?:(?:the|a|an)\s+)?", "", name.strip(), flags=re.I).strip()
    if not re.match(r"^[A-Za-z]", name):
        return None
    if not name or name.lower() in ("the", "a", "an") or len(name.split()) > 8:
        return None
    if q.kind == "money" and re.search(r"\d", name):
        return None  # "brought PLN 27.8 bln (EUR 6.19 bln)": the bracket converts the amount before it, it names nothing
    if re.search(r"\d(?:\s*(?:million|billion|trillion|bn|mn|m|crore|lakh))?$", name) and not q.signed:
        return None  # "with Dh32.9 billion (24 per cent)": the share of the amount before it, which names it (a signed "(+10.96%)" is its change)
    return name


def _name_in_list_of_amounts(text: str, q: RawQuantity, sentence_start: int, pattern: re.Pattern = None) -> str | None:
    """Return the name an amount follows in a list of "name of amount" items, or None.

    "The funds comprised distributable statutory revenue of N357.4 billion, distributable VAT
    revenue of N321.9 billion, Electronic Money Transfer Levy (EMTL) revenue of N14.1 billion
    and ...": each amount is of the words between the list's separator and its "of". With
    LIST_ITEM_IS, "name is amount" items: "of which CGST is ₹29,546 crore, SGST is ₹37,314 crore".
    """
    window = text[sentence_start : q.qualifier_start if q.qualifier_start is not None else q.start]
    items = list((pattern or LIST_ITEM_OF).finditer(window))
    if len(items) < 2 or items[-1].end() != len(window):
        return None  # one "X of N" is no list: the parse reads it
    name = re.sub(r"^\s*(?:the|a|an)\s+", "", items[-1].group("name"), flags=re.I).strip()
    if not re.match(r"[A-Za-z]", name) or len(name.split()) > 8 or re.search(r"\b(?:comprised|included|including|were|was|is|are)\b", name, re.I):
        return None
    return name


# a run of numbers a table flattened into a line leaves: ten in a row at least
TABLE_RUN = re.compile(r"(?:[-–]?\d[\d.,]*[^\S\n]+(?:[IVQ1-4]{1,3}\S{0,2}[^\S\n]+)?){10}")
# between two levels of one clause: ", a figure that increased to", ", which then rose to"
FIGURE_THAT_MOVED = re.compile(
    r"(?:\s+in\s+[^,;\d]{1,40})?\s*,\s*(?:(?:a|an|the)\s+(?:figure|amount|number|sum|total|level)\s+(?:that|which)|which)\s+(?:then\s+|later\s+|subsequently\s+)?(?:has\s+|had\s+)?"
    r"(?P<cue>[a-z]+)\s+to\s+(?:about\s+|around\s+|nearly\s+|some\s+)?",
    re.I,
)
# "forecast for average CPI-inflation", "projection of the budget deficit": what a forecast foresees
FORECAST_OF_MEASURE = re.compile(r"(?:the\s+|its\s+)?(?:forecasts?|projections?|estimates?|predictions?|outlook)\s+(?:for|of|on)\s+(?:the\s+)?(?P<what>[A-Za-z].{2,60})$", re.I)
# after "N more": the level the added amount brings a total to, which makes it a change
MORE_FOR_A_TOTAL = re.compile(r"(?:\s+(?:in|of)\s+[\w’' -]{1,40}?)?\s*[,—–-]*\s*(?:for\s+a\s+total\s+of|to\s+a\s+total\s+of|bringing\s+(?:the|its)\s+total\s+to)\b", re.I)
# what a change is measured against, when it is the same time a year before: "compared to the
# previous fiscal", "than in the corresponding quarter of last year", "over the year-ago period"
SAME_TIME_A_YEAR_BEFORE = re.compile(
    r"\b(?:compared\s+(?:with|to)|against|over|from|versus|vs\.?|than(?:\s+in)?|on|relative\s+to)\s+(?:the\s+|its\s+)?"
    r"(?:(?:same|corresponding|comparable|like)\s+(?:period|quarter|month|months|quarters|time|half|week)\s+(?:of\s+|in\s+)?(?:the\s+)?(?:last|previous|preceding|prior)\s+(?:fiscal\s+|financial\s+)?year"
    r"|(?:same|corresponding|comparable|like)\s+(?:period|quarter|month|months|quarters|time|half|week)\s+(?:a|one)\s+year\s+(?:ago|earlier|before)"
    r"|(?:year-ago|year-earlier|year\s+ago|year\s+earlier)\s+(?:period|quarter|month|level|figure|months)"
    r"|(?:previous|preceding|prior|last)\s+(?:fiscal|financial)(?:\s+year)?"
    r"|(?:first|second|third|fourth|final|last)\s+(?:quarter|half)\s+of\s+(?:last|the\s+previous|the\s+preceding|the\s+prior)\s+year)\b",
    re.I,
)
# an amount, then the bracket that opens right after it: "US$313 million (", "US$9.66 bn, ("
AMOUNT_THEN_BRACKET = re.compile(r"\d(?:[\d.,]*\d)?\s?(?:bn|billion|million|mn|m|trillion|tonnes|tons|crore|lakh)?\s*,?\s*\(\s*$", re.I)
# a month, or its end, with its year or without: "end-November", "December 2023", "the end of June"
MONTH_OR_ITS_END = r"(?:the\s+)?(?:end[- ](?:of\s+)?)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s+(?:of\s+)?(?:19|20)\d\d)?"
# a month a flow is summed up to: "by end-November", "by December 2023", "by the end of June"
BY_MONTH = re.compile(r"(?:by|until|till|through)\s+" + MONTH_OR_ITS_END, re.I)
# a month things made are counted up to: "as of October 2023"
AS_OF_MONTH = re.compile(r"as\s+of\s+" + MONTH_OR_ITS_END, re.I)
# between the first amount of a pair and the time said after the second: " in resource and £5.8m in capital in "
PAIR_THEN_PERIOD = re.compile(
    r"(?:\s+(?:in|on|for)\s+[a-z][a-z -]{0,30}?)?(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)(?:an?\s+|the\s+)?(?:additional\s+|further\s+)?"
    r"(?:[A-Z]{1,3}\$|[$€£¥₹₦]|Rs\.?\s?)\d[\d.,]*\s?(?:bn|m|mn|million|billion|crore|lakh)?(?:\s+(?:in|on|for)\s+[a-z][a-z -]{0,30}?)?\s+(?:in|for|during)\s+(?:the\s+)?"
)
# the US states whose fiscal year does not start in July
US_STATE_FISCAL_START = {"new york": 4, "texas": 9, "alabama": 10, "michigan": 10}
# the countries whose municipalities keep a budget year of their own (South Africa's Municipal
# Finance Management Act: July to June), and the opening of a story on a municipality
MUNICIPAL_FISCAL_START = {"South Africa": 7}
MUNICIPAL_STORY = re.compile(r"\b(?:[Mm]unicipality|[Mm]unicipal|Metropolitan\s+(?:Council|Municipality)|[Mm]etro\s+[Cc]ouncil|[Cc]ity\s+[Cc]ouncil)\b")
# a measure and its name in apposition: "benchmark interest rate, the MIMO rate,"
APPOSITION_NAME = re.compile(r"(?P<common>[^,]{3,60}?),\s+(?:the|its)\s+(?P<name>[^,]{2,40}?),?")


def _apposition_named(indicator: str | None) -> str | None:
    """Return a measure named in apposition by its own name ("benchmark interest rate, the MIMO
    rate," is the MIMO rate), else by the words before the apposition; any other indicator as it is."""
    named = APPOSITION_NAME.fullmatch(indicator) if indicator and "," in indicator else None
    if named is None:
        return indicator
    return named.group("name") if re.search(r"[A-Z]", named.group("name")) else named.group("common")


# the part an amount is, named after it: "out of which Rs 1,89,893 crore are State own tax revenues"
PART_WHICH_IS = re.compile(r"\s+(?:is|are|was|were)\s+(?:the\s+)?(?P<what>[A-Za-z][^,;.()\d]{2,60}?)(?=\s*(?:[,;.(]|\s+and\b|$))")


# the head an amount is booked as or under, after it: "Rs 44,485 crore under tax devolution and Rs
# 15,300 crore as Grant-in-aid"; never a comparison ("as compared to"), a date ("as of") or a share
NAMED_AS_UNDER = re.compile(
    r"\s+(?:as|under)\s+(?!(?:compared|against|of|per|well|much|such|part|a|an|the|opposed|follows?|at|on|in|to|from|its|their|his|her|our)\b)"
    r"(?P<what>[A-Za-z][^,;.()\d]{2,60}?)(?=\s*(?:[,;.(]|\s+and\s+[^\s\d]{0,4}\s?\d|\s+(?:are|is|was|were|will|would|has|have|in|for)\b|$))"
)


def _part_named_after(text: str, q: RawQuantity, sent: Span) -> str | None:
    """Return what an amount after "of which" is said to be ("out of which Rs 1,89,893 crore are
    State own tax revenues"), or the head it is booked as or under, or None."""
    named = NAMED_AS_UNDER.match(text, q.end, sent.end_char)
    if named and not re.search(r"\b(?:percent|per\s+cent|share|proportion|rate|ratio|result)\b", named.group("what"), re.I):
        return named.group("what").strip()
    if not re.search(r"\bof\s+which\s+(?:about\s+|around\s+|nearly\s+|some\s+)?$", text[max(sent.start_char, q.start - 30) : q.qualifier_start if q.qualifier_start is not None else q.start], re.I):
        return None
    match = PART_WHICH_IS.match(text, q.end, sent.end_char)
    return match.group("what").strip() if match else None


ALLOCATING = re.compile(r"\b(?:allocat\w*|earmark\w*|set\s+aside|sets\s+aside|budget(?:ed|s)?\s+(?:for|at)|provid\w*|sanction\w*|approv\w*|proposed|distribution|as\s+follows)\b", re.I)
# what an amount is allocated for, after it: "Rs 1.141 trillion (65.20%) for recurrent expenditure, ..."
ALLOCATED_FOR = re.compile(r"(?:\s*\([^()]{1,30}\))?(?P<passive>\s+(?:will|would|shall|is|are|was|were|has|have|had)(?:\s+(?:also|already|further|additionally|now))?(?:\s+(?:be|been|being))*\s+(?P<verb>allocated|allotted|earmarked|set(?:\s+aside)?|reserved|budgeted|provided|sanctioned|proposed|approved|spent)(?:\s+(?:this|next)\s+year)?)?\s+(?:for\s+(?:the\s+)?|(?P<to>to)\s+(?=(?:support|fund|finance|build|construct|complete|upgrade|rehabilitate|repair|promote|boost|expand|improve|pay|cover|purchase|buy)\s)|(?P<to_whom>to)\s+(?!(?:be|date|the\s+tune|a\s+total|about|around|over|nearly)\b))(?P<what>[A-Za-z][^,;.()\d]{2,60}?)(?=\s*(?:[,;.]|\(|\s+and\s+[^\s\d]{0,4}\s?\d|\s+in\s+(?:the|all|each|every|various|\d[\d,]*)\s|\s+(?:while|whereas|which|that|who|to\s+be|over\s+the\s+(?:next|coming))\s|\s+(?:this|next|the\s+coming)\s+(?:fiscal|financial|year)|$))")


# the next item of a list of changes, each "by" a figure: ", customs duty - by", ", and prices of
# restaurant and hotel services by", ", and a slightly smaller decline was recorded in excise tax - by"
ITEM_BEFORE_BY = re.compile(
    r"(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+)(?:[^,;\d]*?\b(?:was|were|is|are)\s+(?:recorded|seen|observed|registered|posted)\s+(?:in|for|by)\s+)?"
    r"(?P<name>[^,;\d\s][^,;\d]{0,60}?)(?:\s*[–-])?\s+by\s*$",
    re.I,
)


def _item_before_by(text: str, after: int, at: int, change_word: re.Pattern) -> str | None:
    """Return the name of an item in a list of changes each said with "by", between the figure
    before and this one, or None: "income tax declined most significantly - by 41.4%, customs duty
    - by 27%" gives "customs duty" for the 27%."""
    match = ITEM_BEFORE_BY.fullmatch(text, after, at)
    if match is None:
        return None
    name = match.group("name").strip(" \"“”")
    if len(name.split()) > 8 or re.search(r"\b(?:was|were|is|are|has|have|had|by|than|from|to)\b", name, re.I) or change_word.search(name):
        return None  # a clause of its own ("and decreased by"), not a name
    if re.search(rf"\b(?:{TIME_WORDS})\b", name, re.I):
        return None  # "and the third quarter by 27.49 per cent": a time, not an item
    return name


def _worth_or_allocated(doc: Doc, text: str, q: RawQuantity, sent: Span) -> str | None:
    """Return what an amount said to be "worth" is, or what it is allocated for: "provides an
    allocation amounting to RM1.15 billion for operating expenditure" is the allocation for
    operating expenditure, where the amount's "worth" names no more than an allocation."""
    worth = _name_before_worth(doc, text, q, sent.start_char)
    if worth is not None and worth.lower() not in ALLOCATION_NOUNS:
        return worth
    allocated = _allocated_for(text, q.start, q.end, sent.start_char, sent.end_char)
    if worth is not None and allocated is not None and not allocated.startswith("allocation to "):
        return f"{worth} for {allocated}"
    return allocated or worth


# what an allocated amount is called where the sentence says no more
ALLOCATION_NOUNS = ("allocation", "allocations", "provision", "sum", "amount", "funding", "funds")


def _allocated_for(text: str, start: int, end: int, sentence_start: int, sentence_end: int) -> str | None:
    """Return what the amount at ``start:end`` is allocated for ("has allocated Rs 1.141 trillion
    (65.20%) for recurrent expenditure, Rs 302.07 billion (17.25%) for capital expenditure"), or None."""
    match = ALLOCATED_FOR.match(text, end, sentence_end)
    if match is None or not (match.group("passive") or ALLOCATING.search(text, max(sentence_start, start - 30) if match.group("to") else sentence_start, start)):
        # "Rs 86,423 crore will be provided for women oriented schemes" allocates after the amount;
        # "has allocated Rs 1.25 million to promote startups" right before it (not "..., while the
        # county public service will get Sh2.27 billion to boost ...")
        return None
    if re.match(r"(?:(?:fiscal|financial|budget|calendar|current|next|coming|upcoming|forthcoming|ensuing)\s+)*(?:years?|months?|days?|weeks?|quarters?|FY)\b", match.group("what"), re.I):
        return None  # "for 50 years", "for the fiscal year (FY) 2024-2025": a term, not a purpose
    if match.group("to_whom"):
        # "N325.57bn is allocated to recurrent expenditure", "has allocated Rs 50 million to each
        # constituency": what it goes to; not "will be spent to ..." nor "... Rs 2 billion to Rs 3
        # billion", and only where the allocating verb is said right after or right before it
        if not (
            match.group("verb") and match.group("verb").lower() in ALLOCATED_TO_VERBS
            or not match.group("passive") and (
                ALLOCATED_JUST_BEFORE.search(text, max(sentence_start, start - 40), start)
                # "allocating US$20 million to exploration and US$100 million to investment"
                or ALLOCATED_TO_ITEM_BEFORE.search(text, sentence_start, start) and ALLOCATING_VERB.search(text, sentence_start, start)
            )
        ):
            return None
        return "allocation to " + match.group("what").strip()
    return match.group("what").strip()


# the verbs by which an amount is said to go to something: "is allocated to", "earmarked to"
ALLOCATED_TO_VERBS = ("allocated", "allotted", "earmarked", "set aside", "reserved", "budgeted")
# a verb that allocates: "allocated", "is earmarking", "set aside"
ALLOCATING_VERB = re.compile(r"\b(?:allocat(?:e|es|ed|ing)|allott?(?:ed|ing|s)?|earmark(?:s|ed|ing)?|set(?:s|ting)?\s+aside|reserv(?:e|es|ed|ing))\b", re.I)
# an allocating verb right before an amount: "has allocated Rs 50 million", "committed to allocating US$20 million"
ALLOCATED_JUST_BEFORE = re.compile(
    ALLOCATING_VERB.pattern + r"\s+(?:(?:an?\s+)?(?:additional|extra|further|total\s+of|sum\s+of)\s+|about\s+|some\s+|over\s+|nearly\s+|around\s+)*$",
    re.I,
)
# the item before in a list of amounts each going "to" something: "US$20 million to exploration and "
ALLOCATED_TO_ITEM_BEFORE = re.compile(r"\d\s*(?:bn|billion|million|mn|m|crore|lakh|trillion)?\s+to\s+[A-Za-z][^,;.()\d]{1,60}?(?:\s*,\s*(?:and\s+)?|\s+and\s+)$", re.I)


def _name_before_worth(doc: Doc, text: str, q: RawQuantity, sentence_start: int) -> str | None:
    """Return what an amount said to be "worth" is, or None.

    "State revenues consist of tax revenues worth Rp322.6 trillion or 14.7 percent of the target
    and revenues from customs and excise worth Rp77.5 trillion": the words back to the verb or to
    the item before; the parse of such lists is unreliable.
    """
    end = q.qualifier_start if q.qualifier_start is not None else q.start
    cue = re.search(r"\s(?:worth|valued\s+at|amounting\s+to)\s+$", text[sentence_start:end])
    if cue is None:
        return None
    start, stop = sentence_start, sentence_start + cue.start()
    numbers = [m for m in re.finditer(r"\d[\d.,]*", text[start:stop]) if not re.search(r"\([^()]*$", text[start : start + m.start()])]
    if numbers:
        # the item before ends at its first "and": "... 14.7 percent of the target and revenues from customs and excise"
        joint = re.search(r"\s(?:and|while|whereas)\s|,\s", text[start + numbers[-1].end() : stop])
        if joint is None:
            return None
        start += numbers[-1].end() + joint.end()
    for token in doc.char_span(start, stop, alignment_mode="contract") or ():
        if _pos(token) in ("VERB", "AUX") and token.dep_ not in ("amod", "compound") or token.lower_ in ("of", "including", "as", "namely") or token.text in ",;:":
            start = token.idx + len(token)  # "State revenues consist of", "including", "signed"
    name = re.sub(r"\s*\([^()]*\)", "", text[start:stop])  # "ministries / agencies (K / L) spending"
    name = re.sub(r"^\s*(?:the|a|an|its|their)\s+", "", name.strip(), flags=re.I).strip()
    if not re.match(r"[A-Za-z]", name) or len(name.split()) > 8:
        return None
    return name


# a month, perhaps with its year, that opens a name: "July Federation Account Revenue", "August 2023 ..."
LEADING_MONTH = re.compile(r"^(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(?:19|20)\d\d)?\s+(?=[A-Za-z][\w-]*\s+[A-Za-z])")  # not "December Update", a document


def _by_acronym(record, text: str):
    """Return ``record`` with a common measure spelled out in its indicator named by its acronym,
    where the article writes the acronym itself, not only in brackets after the words: "Gross regional
    domestic product (GRDP) ... GRDP per capita" names it "GRDP"."""
    if not record.indicator or not SPELLED_OUT_RE.search(record.indicator):
        return record

    def short(match: re.Match) -> str:
        acronym = SPELLED_OUT[match.group(1).lower()]
        defined = re.search(rf"\b{re.escape(match.group(1))}\s*\({acronym}\)", record.sentence, re.I)
        return acronym if defined else match.group(0)

    return replace(record, indicator=SPELLED_OUT_RE.sub(short, record.indicator))


def _clean_indicator(text: str) -> str:
    """Return an indicator without the holes left by removed numbers ("( )") and line breaks."""
    text = text.split("\n")[0]
    text = re.sub(r"\(\s*\)|\[\s*\]", "", text)
    if ")" in text and "(" not in text:
        text = re.sub(r"^([^()]*?)\)", r"\1", text)  # "GDP) growth", the phrase begun inside "gross domestic product (GDP) growth"
    text = re.sub(r"\s+([,.;:])", r"\1", text)
    text = re.sub(r"\s{2,}", " ", text)
    text = re.sub(r"(?:\s+(?:of|in|for|and|at|to|by|from|the|a|an|worth|valued\s+at|totalling|totaling)|[\s,(]+)+$", "", text)
    text = LEADING_MONTH.sub("", text)  # "July Federation Account Revenue": the month dates it, it does not name it
    text = re.sub(r"\b(?:this|last|next|the\s+current)\s+['’]s\s+", "", text)  # "this year's average CPI-inflation", its year taken out
    text = re.sub(r",?\s+according\s+to\b.*$|\.$", "", text)  # "..., according to the Provincial Bureau of Statistics.": the source
    text = re.sub(r"^(?:(?:worth|of|and|or|but|while|whereas)\s+)+(?=\S)", "", text)  # "... worth 196.1 trillion and non-K / L spending of ...": the list's joint; "$620 million worth of Bokolo bills": the bills
    text = re.sub(r"^(?:(?:a\s+)?(?:look|glance)\s+at|(?:in\s+)?terms\s+of)\s+(?:the\s+)?(?=\S)", "", text, flags=re.I)  # "A look at the regional GDP per inhabitant shows", "fall in terms of value": the measure
    text = re.sub(r"\s+(?:for|in|during|over)\s+the\s+(?:same|corresponding|comparable)\s+period$|\s+for\s+the\s+year[- ]to[- ]date$", "", text)  # "imports for the same period": the time, not the measure
    return text.strip(" ,;:([]")


# The coarse part of speech from the tagger's fine tag. spaCy's attribute_ruler maps the
# same tags, but costs about a sixth of the pipeline's time, so polex leaves it out.
COARSE = {
    "NN": "NOUN", "NNS": "NOUN", "NNP": "PROPN", "NNPS": "PROPN", "CD": "NUM",
    "VB": "VERB", "VBD": "VERB", "VBG": "VERB", "VBN": "VERB", "VBP": "VERB", "VBZ": "VERB", "MD": "AUX",
    "JJ": "ADJ", "JJR": "ADJ", "JJS": "ADJ", "IN": "ADP", "RB": "ADV", "RBR": "ADV", "RBS": "ADV",
    "PRP": "PRON", "PRP$": "PRON", "WP": "PRON", "DT": "DET", "CC": "CCONJ",
}


def _pobjs(verb: Token, dep: str, words: tuple[str, ...] | None = None) -> list[Token]:
    """Return the objects of a verb's prepositions of dependency ``dep`` ("prep", "agent"),
    where ``words`` is given only of those prepositions: "shared among [the 36 states]"."""
    return [g for p in verb.children if p.dep_ == dep and (words is None or p.lower_ in words) for g in p.children if g.dep_ == "pobj"]


def _bare_words(token: Token) -> list[Token]:
    """Return the words of a token's phrase without the article or possessive it opens with."""
    words = list(token.subtree)
    while words and words[0].dep_ in ("det", "poss"):
        words = words[1:]
    return words


def _text_of(words: list[Token]) -> str | None:
    """Return the text from the first of ``words`` to the last, or None for no words."""
    return words[0].doc.text[words[0].idx : words[-1].idx + len(words[-1])] if words else None


def _pos(token: Token) -> str:
    """Return the coarse part of speech (NOUN, PROPN, VERB, ...) of a token, from its tag.

    An adjective the parser makes a verb's subject or object is used as a noun: "the
    surplus shrank", where the tagger read "surplus" as JJ.
    """
    if token.tag_ == "JJ" and token.dep_ in ("nsubj", "nsubjpass", "dobj") and any(c.dep_ == "det" for c in token.children):
        return "NOUN"
    if token.tag_ == "VBG" and token.dep_ in ("nsubj", "nsubjpass", "csubj") and token.is_title and token.i == token.sent.start:
        return "NOUN"  # "Borrowing in the financial year to date reached £69.6bn": a gerund that opens the sentence as its subject
    return COARSE.get(token.tag_, "X")


def _join(tokens: list[Token]) -> str:
    if not tokens:
        return ""
    tokens = sorted(tokens, key=lambda t: t.i)
    out = []
    for k, token in enumerate(tokens):
        out.append(token.text)
        if k + 1 < len(tokens):
            nxt = tokens[k + 1]
            out.append(token.whitespace_ if nxt.i == token.i + 1 else " ")
    return "".join(out).strip(" ,;:-\"“”'")


def _index_entities(doc: Doc, ents) -> None:
    """Keep a token -> entity map on the Doc for ``_entity_of`` (one pass over the entities)."""
    index: dict[int, Span] = {}
    for ent in ents:
        for i in range(ent.start, ent.end):
            index[i] = ent
    doc.user_data["_polex_ent_index"] = index


def _names_nothing(text: str, ent: Span) -> bool:
    """Return True for a span the model labels that names nothing: "US| dollars 541 million", "US $" (a
    currency's name, no mention of the place), and a clause of a headline in title case ("The
    State's General Budget Recorded A Deficit Of ..."): a name holds no verb."""
    if ent.label_ in NAME_LABELS and not any(c.isalpha() for c in ent.text):
        return True  # "as will that of services (+1.0%)": a figure the model read as a place
    if ent.label_ in ("GPE", "NORP"):
        return CURRENCY_NAME_AFTER.match(text, ent.end_char) is not None or WIRE_TAG.match(text, ent.start_char - 1, ent.end_char + 2) is not None
    return (
        ent.label_ in ("ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "FAC") and any(t.tag_ in ("VBD", "VBN", "VBZ", "VBP") for t in ent)
        and _in_title_case_line(text, ent.start_char)
    )


def _in_title_case_line(text: str, at: int) -> bool:
    """Return True where the line around ``at`` is a headline in title case: most of its words,
    small ones too, start with a capital ("Deficit Of 0.5 Billion Riyals In The First Quarter")."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    words = re.findall(r"[A-Za-z][\w'’-]*", text[start : end if end >= 0 else len(text)])
    small = [w for w in words if w.lower() in ("of", "in", "the", "a", "an", "to", "for", "on", "at", "by", "and")]
    return len(words) >= 5 and len(small) >= 2 and sum(w[0].isupper() for w in small) * 2 > len(small)


def _is_dateline(text: str, ent: Span) -> bool:
    """Return True for a dateline's place: in capitals at the start of a line ("SEOUL, Aug. 27
    (Korea Bizwire) --"), or a name followed by a date and a colon or dash ("New Delhi, June 1:")."""
    if ent.id_ == "gpe_dateline":
        return True  # marked by the polex component's dateline patterns
    line_start = text.rfind("\n", 0, ent.start_char) + 1
    if BYLINE_PLACE.search(text, line_start, ent.start_char):
        return True  # "By Emmanuel Addeh in Abuja": where the reporter files from, like a dateline
    if re.sub(r"^\s*\([^()]{1,30}\)", "", text[line_start : ent.start_char]).strip():
        return False  # "(MENAFN- IANS) Bengaluru, Feb 16 (IANS)": a wire's tag may come first
    if ent.text.isupper() and len(re.sub(r"\W", "", ent.text)) > 2 and not re.match(r"['’]s\b", text[ent.end_char : ent.end_char + 2]):
        return True  # not "B.C.'s projected deficit": initials, and a possessive
    if ent.start_char < 400 and re.match(r"\s+[—–]\s+(?=[A-Z])", text[ent.end_char : ent.end_char + 4]):
        return True  # "Jakarta – Finance Minister Sri Mulyani Indrawati noted ...": an opening place and a dash
    return bool(DATELINE_DATE.match(text, ent.end_char))


# ", June 1:", ", Jun. 1 (IANS) -", ", 12 March —", " – 18 February 2025": the date of a dateline after its place
DATELINE_DATE = re.compile(
    r",\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,\s*\d{4})?\s*(?:\([^)]{1,30}\)\s*)?[:—–-]"
    r"|,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,\s*\d{4})?\s*\([A-Z][A-Za-z .-]{1,20}\)"  # ", Feb 16 (IANS) Karnataka ..."
    r"|\s+[—–-]\s+(?:\d{1,2}\s+[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?)\s+\d{4}[ \t]*$",  # "Sydney – 18 February 2025" on a line of its own
    re.M,
)


def _sentence_text(sent: Span) -> str:
    """Return a sentence with its white space folded: one line, no trailing blank lines."""
    return " ".join(doc_text(sent.doc)[sent.start_char : sent.end_char].split())  # Span.text joins every token


def _inside_quotes(text: str, position: int) -> bool:
    """Return True when ``position`` lies inside a double-quoted phrase of its line."""
    line_start = text.rfind("\n", 0, position) + 1
    before = text[line_start:position]
    opened = before.count("“") - before.count("”") + (before.count('"') % 2)
    return opened > 0


def _subject_text(text: str) -> str:
    """Return an entity's name as a subject: without "the" and a possessive "'s"."""
    return re.sub(r"^(?:the|The)\s+", "", re.sub(r"(?:'s|’s|'|’)$", "", text.strip()))


def _entity_of(token: Token) -> Span | None:
    if not token.ent_type_:
        return None
    index = token.doc.user_data.get("_polex_ent_index")
    if index is not None:
        return index.get(token.i)
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            return ent
    return None


def _governing_verb(anchor: Token, qset: set[int]) -> Token | None:
    """Return the verb or adjective the quantity is the object or complement of."""
    token = anchor
    for _ in range(4):
        head = token.head
        if head is token:
            return token if _pos(token) in ("VERB", "AUX") else None
        if _pos(head) in ("VERB", "AUX"):
            return head
        if head.dep_ == "prep" or token.dep_ in ("pobj", "npadvmod", "appos", "conj", "nummod", "quantmod", "compound"):
            token = head
            continue
        if _pos(head) in ("ADJ",) and head.dep_ in ("acomp", "advmod"):
            token = head
            continue
        return None
    return None


def _words(text: str | None) -> set[str]:
    """Return the content words of an indicator, lower-cased."""
    return {w for w in re.findall(r"[a-z][a-z-]+", (text or "").lower()) if w not in ("the", "of", "and", "in", "for", "to", "a", "an", "on")}


def _reported_quarters(text: str, found: list, published: date | None) -> list:
    """Return ``found`` with a quarter or half named without a year, that would not have begun
    by the publication date, put in the year before, unless its sentence looks ahead.

    "Romania's economy grew by 4.1 percent in the third quarter", published in January 2014:
    the third quarter of 2013, as "in November" is the last November. "The economy is expected
    to grow 3% in the third quarter" keeps the publication year.
    """
    if published is None:
        return found
    today = published.isoformat()
    out = []
    for p in found:
        if (
            p[3] and p[4] and p[3] > today and BARE_PART.fullmatch(p[2])
            and not LOOKS_AHEAD.search(SENTENCE_END.split(text[max(0, p[0] - 160) : p[0]])[-1])
            and not LOOKS_AHEAD.search(SENTENCE_END.split(text[p[1] : p[1] + 60])[0])
        ):
            p = (*p[:3], _years_later(p[3], -1), _years_later(p[4], -1))
        out.append(p)
    return out


# a quarter or half named with neither a year nor a word that places it ("the third quarter", "Q3", "H1")
BARE_PART = re.compile(r"(?:(?:in|for|during|of|over)\s+)?(?:the\s+)?(?:(?:first|second|third|fourth|final|last)\s+(?:quarter|half)|[QH][1-4])", re.I)
# the end of a sentence: a stop and a capital after it (not the point of "2.1")
SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z])")
# words of a sentence that looks ahead: a forecast, a plan or a target
LOOKS_AHEAD = re.compile(
    r"\b(?:will|would|shall|expect\w*|forecast\w*|project\w*|predict\w*|anticipat\w*|outlook|target\w*|estimat\w*|plan\w*|"
    r"aim\w*|seen|likely|could|may|might|should|hope\w*|next|coming|upcoming|intend\w*|goal|budget\w*)\b",
    re.I,
)


def _periods_of_the_text(text: str, published: date | None, fiscal: tuple) -> list:
    """Return the periods of a text; in an article with no date, the years it names relative to
    the time of writing too, where it ties one of them to a year it names (``_year_of_writing``)."""
    found = find_periods(text, published, *fiscal)
    year = _year_of_writing(text) if published is None else None
    if year is None:
        return found
    extra = [
        p for p in find_periods(text, date(year, 12, 31), *fiscal)
        if p[3] and p[4] and YEAR_SAID_RELATIVE.search(p[2]) and not SHORTER_SAID_RELATIVE.search(p[2])
        and not any(f[0] == p[0] and f[1] == p[1] and (f[3] or f[4]) for f in found)
    ]
    return sorted([f for f in found if not any(e[0] < f[1] and f[0] < e[1] for e in extra)] + extra)


# a time said relative to the time of writing, which an undated article cannot date
TIME_OF_WRITING = re.compile(r"\b(?:this|last|next|current|previous|coming)\s+(?:fiscal\s+|financial\s+)?(?:year|quarter|month|half)\b", re.I)
# a year said relative to the time of writing: "this year", "the first half of the previous year"
YEAR_SAID_RELATIVE = re.compile(r"\b(?:this|current|last|previous|preceding|next|coming)\s+(?:fiscal\s+|financial\s+)?year\b", re.I)
# a shorter time said relative to it, which the year alone does not date: "this month", "since"
SHORTER_SAID_RELATIVE = re.compile(r"\b(?:months?|weeks?|days?|today|yesterday|since|until|till|by)\b", re.I)
# a year said relative to the time of writing, then the year it is compared with: "in the first
# six months of this year has increased by 19.66% compared to the number of 139,189 registered
# during the same period of the year 2018"; "achieved ... 11 per cent last year, up 11 per cent from 2023"
YEAR_TIED_TO_A_YEAR = re.compile(
    r"\b(?P<rel>this|current|last|previous)\s+year\b(?:[^.\n]|\.\d){0,200}?\b(?:compared\s+(?:to|with)|against|versus|than(?:\s+in)?|over|from)\s+"
    r"(?:(?:[^.\n]|\.\d){0,60}?\b(?:same|corresponding)\s+(?:period|quarter|months?|half)\s+(?:of|in)\s+(?:the\s+year\s+)?|(?:the\s+year\s+|in\s+)?)"
    r"(?P<year>(?:19|20)\d\d)\b(?![-–/]\d)",
    re.I,
)


def _year_of_writing(text: str) -> int | None:
    """Return the year an article with no date was written in, where it ties a year said
    relative to it to a year it names (``YEAR_TIED_TO_A_YEAR``), else None: "this year ...
    compared to the same period of the year 2018" was written in 2019."""
    match = YEAR_TIED_TO_A_YEAR.search(text)
    if match is None:
        return None
    return int(match.group("year")) + (1 if match.group("rel").lower() in ("this", "current") else 2)


def _years_from_context(text: str, found: list, paragraph_starts: list[int], published: date | None = None) -> list:
    """Return ``found`` with a quarter, half or month named without a year put in the year its
    paragraph is about.

    "... the first quarter of 2023 increased by 33.19 per cent when compared to the first
    quarter of 2022. The second quarter increased by 10.32 per cent": the second quarter of
    2023, not of the publication year. A year named only as a base of comparison does not count.
    """
    out = []
    year_of: dict[int, int] = {}  # paragraph -> the year it last named
    for p in found:
        paragraph = bisect_right(paragraph_starts, p[0]) - 1
        explicit = re.search(r"\b(?:19|20)\d\d\b", p[2])
        if explicit and p[3] and p[4] and p[3][:4] == p[4][:4] and not BASE_ONLY.search(text[max(0, p[0] - 40) : p[0]]):
            year_of[paragraph] = int(p[3][:4])
        elif (
            not re.search(r"\d|\b(?:this|last|next|previous|current)\s+year\b", p[2], re.I) and paragraph in year_of and p[3] and p[4] and p[3][:4] == p[4][:4]
            and re.search(r"quarter|half|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec", p[2], re.I)
            and int(p[3][:4]) != year_of[paragraph]
        ):
            shift = year_of[paragraph] - int(p[3][:4])
            # "... to 4.15 per cent in December. In January, the debt stood at ...", in a report
            # published that January: the month right after the last one named goes on from it,
            # into the next year
            goes_on = out and out[-1][3] and out[-1][4] and out[-1][4] < p[3] and _next_day(out[-1][4]) == p[3] and out[-1][3][:7] == out[-1][4][:7] and p[3][:7] == p[4][:7]
            # "February's 5.6% headline inflation", in March 2025 after a forecast for 2026: a
            # month already reported is not moved into the years a forecast names
            reported = shift > 0 and published is not None and p[3][:7] == p[4][:7] and p[4] <= published.isoformat()
            if not goes_on and not reported:
                p = (*p[:3], _years_later(p[3], shift), _years_later(p[4], shift))
        out.append(p)
    return out


# "this year", "the current year", "the next two years": years said relative to the time of writing
RELATIVE_YEARS = re.compile(r"(?:(?:in\s+|over\s+)?the\s+(?:next|coming)\s+(?P<n>\w+)\s+years|this\s+year|the\s+current\s+year)", re.I)
# what a budget's sentence is about: its money, not the economy's growth
BUDGET_MONEY = re.compile(r"\b(?:budget|revenues?|spend(?:ing)?|expenditures?|surplus|deficit|allocat\w+|appropriat\w+|general[- ]fund|tax(?:es)?|rates\s+rise|outlay)\b", re.I)
LINE_OR_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
ECONOMY_PACE = re.compile(r"\b(?:GDP|GSDP|GRDP|growth\s+rate|economy|economic\s+growth|inflation)\b", re.I)


def _budget_years_relative(text: str, published: date | None, fiscal_start: int, found: list) -> list:
    """Return ``found`` with the years a budget's sentence counts from the time of writing read
    as the place's fiscal years: "Meru County plans to spend Sh95.8 billion on development in
    the next 5 years" (July 2018) is July 2018 to June 2023, and "this year" in such a sentence is
    the fiscal year under way. A year of the economy's growth stays a calendar year."""
    if fiscal_start == 1 or published is None:
        return found
    out = []
    for p in found:
        said = RELATIVE_YEARS.fullmatch(p[2].strip())
        if said and p[3] and p[4]:
            start = max(text.rfind(". ", 0, p[0]), text.rfind("\n", 0, p[0])) + 1
            end = LINE_OR_SENTENCE_END.search(text, p[1])
            sentence = text[start : end.start() if end else len(text)]
            if BUDGET_MONEY.search(sentence) and not ECONOMY_PACE.search(sentence):
                under_way = published.year if published.month >= fiscal_start else published.year - 1
                if said.group("n"):
                    n = _number_word(said.group("n"))
                    # the budget years ahead: the first that starts no more than a month before writing
                    first = published.year if date(published.year, fiscal_start, 1) >= published - timedelta(days=31) else published.year + 1
                    if n:
                        p = (*p[:3], date(first, fiscal_start, 1).isoformat(), (date(first + n, fiscal_start, 1) - timedelta(days=1)).isoformat())
                else:
                    p = (*p[:3], date(under_way, fiscal_start, 1).isoformat(), (date(under_way + 1, fiscal_start, 1) - timedelta(days=1)).isoformat())
        out.append(p)
    return out


def _fiscal_parts_carried(found: list, fiscal_start: int) -> list:
    """Return ``found`` with a half or quarter named bare ("a record high for the first half")
    put in the fiscal year of the fiscal half or quarter the article named before it ("in the
    fiscal first half"): a story on a fiscal half says "the first half" for short."""
    if fiscal_start == 1:
        return found
    out, first = [], None  # first: the year the fiscal year named last starts in
    for p in found:
        if p[3] and p[4] and re.search(r"\b(?:fiscal|financial|FY)", p[2], re.I) and re.search(r"half|quarter|\b[QH][1-4]", p[2], re.I):
            first = int(p[3][:4]) if int(p[3][5:7]) >= fiscal_start else int(p[3][:4]) - 1
        elif first is not None and p[3] and p[4] and re.fullmatch(r"(?:first|second|third|fourth|1st|2nd|3rd|4th)\s(?:half|quarter)", p[2], re.I):
            half = p[2].lower().endswith("half")
            n = ORDINALS[p[2].split()[0].lower()]
            if n <= (2 if half else 4):
                p = (*p[:3], *fiscal_part(first, fiscal_start, n, 6 if half else 3))
        out.append(p)
    return out


def _next_day(iso: str) -> str:
    return (date.fromisoformat(iso) + timedelta(days=1)).isoformat()


def _years_later(iso: str, years: int) -> str:
    """Return the ISO date ``years`` later (earlier when negative); 29 February becomes 28 February."""
    day = date.fromisoformat(iso)
    try:
        return day.replace(year=day.year + years).isoformat()
    except ValueError:
        return day.replace(year=day.year + years, day=28).isoformat()


def _move_to_level(
    text: str, sent: Span, level: Metric, q: RawQuantity, start: int, direction: Direction, basis: Basis | None, rule: str, subject: str | None = None,
) -> GrowthRate:
    """Return the move from the earlier level ``q`` to ``level``, of no stated size, in the
    level's unit (in points between percentages): "averaged ¥108.33, down from ¥120.13", "rose
    from 0.7% in March" after "to 1.5% during April"."""
    return GrowthRate(
        indicator=level.indicator, subject=level.subject if subject is None else subject, value=None,
        unit=_change_unit(q.unit, None)[0] if q.unit != "%" else "pp", direction=direction, basis=basis,
        from_value=q.value, to_value=level.value, qualifier=None, period=level.period,
        text=text[start : q.end], sentence=_sentence_text(sent), start=start, end=q.end, rule_id=f"{rule}+{q.rule_id}",
    )


def _pace_change(text: str, pace: GrowthRate, q: RawQuantity, cue_start: int) -> GrowthRate:
    """Return the move, in points, of a pace of growth from the earlier pace ``q`` to ``pace``:
    "increased 12.4 percent ..., slightly down from 13 percent"."""
    return GrowthRate(
        indicator=pace.indicator, subject=pace.subject, value=None, unit="pp",
        direction=_direction_of(abs(q.value), pace.value), basis=None, from_value=abs(q.value), to_value=pace.value,
        qualifier=None, period=pace.period, text=text[cue_start : q.end], sentence=pace.sentence,
        start=cue_start, end=q.end, rule_id="growth_pace_change+" + q.rule_id,
    )


def _direction_of(start: float, end: float) -> Direction:
    """Return the direction of a change from ``start`` to ``end``."""
    if end > start:
        return Direction.INCREASE
    return Direction.DECREASE if end < start else Direction.FLAT


def _change_unit(unit: str, value: float | None):
    """Return the unit of a change: "%" stays, points become "pp", money and counts stay."""
    if unit == "bps":
        return "pp", value
    return unit, value


# "target growth of [6.5 to 7.5 percent]", "settle within a range of [6.5 percent to 7.5 percent]":
# a range, whatever change word comes before it
RANGE_CUE = re.compile(r"\b(?:range|target|goal|band|corridor|forecast|projection|outlook)\w*\s+(?:[\w-]+\s+){0,2}(?:of|at|between)\s+$", re.I)


def _join_ranges(quantities: list[RawQuantity], text: str) -> list[RawQuantity]:
    """Give the low end of a range the unit of its high end and the lower/upper qualifiers."""
    out = list(quantities)
    for k in range(len(out) - 1):
        low, high = out[k], out[k + 1]
        between = text[low.end : high.start]
        before = text[max(0, low.start - 12) : low.qualifier_start if low.qualifier_start is not None else low.start]
        is_between = re.search(r"\bbetween\s*$", before, re.I) and re.fullmatch(r"\s*and\s*", between)
        is_dash = re.fullmatch(r"\s?[-–]\s?", between) and (low.unit == "count" or low.unit == high.unit) and not low.written
        is_to = re.fullmatch(r"\s+to\s+", between) and not re.search(r"\bfrom\s*$", before, re.I) and low.unit in ("count", high.unit)
        if is_dash and high.unit == "count" and low.unit == "count" and not (
            low.value and high.value and 100 <= low.value < high.value <= 3 * low.value and not high.has_scale and not low.has_scale
            and not (int(low.value) in YEAR_RANGE and int(high.value) in YEAR_RANGE) and not re.match(r"\s?[-–/]\s?\d", text[high.end : high.end + 3])
        ):
            continue  # "8-3-18" style sequences are refused elsewhere; plain "3-4" stays two counts ("7,000-7,500 people" is a range)
        if (
            low.unit == "count" and high.unit != "count" and not low.written and re.fullmatch(r"\s+to\s+", between) and re.search(r"\bfrom\s*$", before, re.I)
            and low.value and high.value and 0.1 <= high.value / low.value <= 10
        ):
            out[k] = with_unit_of(low, high, text)  # "fell from 12.75 to 12.25 per cent": where a move started, in the unit of where it ended
            continue
        if not (is_between or is_dash or is_to):
            continue
        bare = low.unit == "count" and high.unit == "%"  # "growth of 5.5 to 6 percent": a bare number shares the range's unit
        if low.unit == "count" and high.unit != "count":
            low = with_unit_of(low, high, text)
        elif "/" in high.unit and high.unit.split("/")[0] == low.unit and "unit_compound" in high.rule_id:
            low = replace(low, unit=high.unit)  # "between $65 and $115 per barrel": both ends are per barrel
        if is_to and (
            re.search(r"\b(?:rose|fell|increased|decreased|grew|declined|up|down|increase|decrease|rise|fall|growth|decline|widened|narrowed)\b[^,;]*$", text[max(0, low.start - 60) : low.start], re.I)
            and not RANGE_CUE.search(text, max(0, low.start - 50), low.qualifier_start if low.qualifier_start is not None else low.start)
            and not bare
            or high.value and low.value and (high.value / low.value > 3 or low.value / high.value > 3)
        ):
            # "rose 5 to 7", "an increase in the deficit of $3.8 billion to $66.0 billion": the size
            # of a change and the level reached, not a range; nor is "$3.8bn to $66bn" (too far apart)
            out[k] = low  # "rose 5 to 7": the ends of a change, not a range; the unit is shared
            continue
        # "around 2.4%-2.5%": the range's ends are its lower and upper bounds all the same
        out[k] = replace(low, qualifier="lower" if low.qualifier in (None, "approx") else low.qualifier, rule_id=low.rule_id + "+range_low")
        out[k + 1] = replace(high, qualifier=high.qualifier or "upper", rule_id=high.rule_id + "+range_high")
    return out


def _date_by_dominant_period(metrics: list[Metric], growth_rates: list[GrowthRate], headline: tuple[str, str] | None = None) -> list[Metric]:
    """Return ``metrics`` with the undated ones dated by the article's one period, where it has one."""
    # An article about one period (a survey of 2023, a budget for next year) dates its
    # undated levels by that period too: where one period dates at least half of the
    # dated figures, and at least three of them. An article of many periods does not.
    dated_periods = Counter(
        (r.period.start, r.period.end) for r in [*metrics, *growth_rates] if r.period is not None and not r.rule_id.startswith("table_cell")
    )  # a table's own periods are its columns', not what the article is about
    if dated_periods:
        (dominant, count), total = dated_periods.most_common(1)[0], sum(dated_periods.values())
        if headline in dated_periods and dated_periods[headline] >= 2 and headline != dominant:
            # "Gov Yusuf presents N549.160bn 2025 budget": the period the headline names is the
            # article's, though the text looks back at last year's budget as often
            dominant, count, total = headline, max(count, 3), count * 2
        if (
            count >= 3 and count * 2 >= total and dominant[0] is not None and dominant[0] != dominant[1]  # a span, never a stock date or a day
            and _months_apart(dominant[1], dominant[0]) < 24  # nor a plan's decades ("over the next 20 years")
        ):
            period_of = next(r.period for r in [*metrics, *growth_rates] if r.period and (r.period.start, r.period.end) == dominant)
            metrics = [m if m.period or _is_target(m) else replace(m, period=period_of) for m in metrics]
    return metrics


def _is_target(record: Metric | str | None) -> bool:
    """Return True for a policy target ("inflation target", "2 percent goal"): a level of no time."""
    indicator = record.indicator if isinstance(record, Metric) else record
    return bool(indicator) and indicator.split()[-1].lower() in TARGET_WORDS


def _periods_respectively(text: str, metrics: list[Metric], periods) -> list[Metric]:
    """Date "N1.678 trillion and N1.81 trillion were shared in February and March respectively":
    as many figures joined by "and", then as many periods joined by "and", then "respectively"."""
    if "respectively" not in text:
        return metrics
    out = list(metrics)
    by_start = sorted(range(len(out)), key=lambda k: out[k].start)
    for match in re.finditer(r"\brespectively\b", text):
        group: list[int] = []  # the run of figures joined by "," / "and" before the periods
        for k in by_start:
            m = out[k]
            if m.end > match.start() or match.start() - m.end > 200:
                continue
            if group and re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", text[out[group[-1]].end : m.start]):
                group.append(k)
            else:
                group = [k]
        if len(group) < 2:
            continue
        last_end = out[group[-1]].end
        named = [p for p in periods if last_end <= p[0] and p[1] <= match.start()]
        if len(named) != len(group) or re.search(r"\d", re.sub(r"\b(?:19|20)\d\d\b", "", "".join(
            text[a[1] : b[0]] for a, b in zip(named, named[1:])
        ))) or not all(re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", text[a[1] : b[0]]) for a, b in zip(named, named[1:])):
            continue
        for k, p in zip(group, named):
            out[k] = replace(out[k], period=Period(p[2], p[3], p[4]))
    return out


# a verb after an amount, which makes it a clause's subject and not a list's item: "The budget
# deficit is Rs48 billion and Rs55.72 billion have been set for education"
CLAUSE_OF_ITS_OWN = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?(?:has|have|had|was|were|is|are|will|would|shall)\b", re.I)
LIST_GAP = re.compile(r"[\s,;()]*(?:(?:in|during|for|on|of|and)\b[\s,;()]*)*")


def _items_of_one_list(text: str, metrics: list[Metric], periods) -> list[Metric]:
    """Give the later items of a list of amounts the measure and owner of the first.

    "the Federal Government received N270.17 billion in January, N275.33 billion in February
    and N257.68 billion in March": between two items stand only times, commas and "and", so the
    later items are what the first is. A list read "respectively" pairs its own names, and a range
    has its own ends. Only amounts of money: "9 in 2023, 6 of which were ..." counts a part.
    """
    out = []
    for m in sorted(metrics, key=lambda m: m.start):
        previous = out[-1] if out else None
        if (
            previous is not None and previous.sentence == m.sentence and previous.unit == m.unit and MONEY_CODE.fullmatch(m.unit) and previous.indicator
            and m.indicator != previous.indicator and "respectively" not in m.sentence
            and not any(cue in r.rule_id for r in (m, previous) for cue in ("range_", "respectively", "table_cell"))
        ):
            gap = text[previous.end : m.start]
            for start, end, *_ in periods:
                if previous.end <= start and end <= m.start:
                    gap = gap.replace(text[start:end], " ", 1)
            if gap.strip() and LIST_GAP.fullmatch(gap) and not CLAUSE_OF_ITS_OWN.match(text, m.end):
                m = replace(m, indicator=previous.indicator, subject=previous.subject or m.subject)
        out.append(m)
    return out


def _restated_ends(text: str, growth_rates: list[GrowthRate]) -> list[GrowthRate]:
    """Give a change in per cent the level its restated amount reached: "were down by 3.7 bln
    (EUR 0.82 bln), or 3.1 percent" ends where the 3.7 bln does."""
    out = sorted(growth_rates, key=lambda g: g.start)
    for k, g in enumerate(out):
        if g.unit != "%" or g.to_value is not None:
            continue
        for previous in reversed(out[:k]):
            if previous.end > g.start or previous.sentence != g.sentence:
                continue
            if text[max(0, previous.start - 2) : previous.start].rstrip().endswith("("):
                continue  # "(EUR 0.82 bln)": the bracketed conversion of the change before it
            if previous.to_value is not None and MONEY_CODE.fullmatch(previous.unit) and re.fullmatch(
                r"\s*,?\s+or\s+(?:by\s+)?", re.sub(r"\s*\([^()]*\)", "", text[previous.end : g.start])  # brackets dropped: "(EUR 0.82 bln), or"
            ):
                out[k] = replace(g, to_value=previous.to_value)
            break
    return out


def _amounts_in_the_articles_currency(text: str, metrics: list[Metric], growth_rates: list[GrowthRate]) -> tuple[list, list]:
    """Give a bare amount with a scale ("32bn", "350 million", "22.83 billion") the currency the
    article gives its other amounts in, where one currency has at least three quarters of them
    and the amount names no counted thing ("3.92 million TEU", "5.2 million barrels")."""
    money = Counter(r.unit for r in metrics + growth_rates if MONEY_CODE.fullmatch(r.unit))
    if not money:
        return metrics, growth_rates
    currency, n = money.most_common(1)[0]
    if n < 0.75 * sum(money.values()):
        return metrics, growth_rates

    def counts(r) -> bool:
        # "3.92 million TEU" counts things; "274.5 Billion representing a 25% growth", "5,741.1
        # million received in 2020" are followed by a verb, not by what they count
        return bool(COUNTED_AFTER.match(text, r.end)) and not VERB_AFTER_AMOUNT.match(text, r.end)

    # a sentence whose other scaled amount counts things ("7.7 crore e-way bills")
    counted = {r.sentence for r in metrics + growth_rates if r.unit == "count" and BARE_SCALED_AMOUNT.fullmatch(r.text) and counts(r)}

    def priced(r):
        if r.unit != "count" or r.value is None or not BARE_SCALED_AMOUNT.fullmatch(r.text) or counts(r):
            return r
        if r.indicator and COUNTED_THINGS.search(r.indicator) or r.sentence in counted:
            return r  # "7.7 crore e-way bills were generated, ... than 7.5 crore in July": its partner counts things
        return replace(r, unit=currency, rule_id=r.rule_id + "+currency_of_article")

    return [priced(m) for m in metrics], [priced(g) if g.from_value is None and g.to_value is None else g for g in growth_rates]


def _later_of_two_times(record, published: date | None):
    """Date a move of a rate said "between July and August" (two times one after the other, of
    one length) by the later: the change is the later month's on the one before ("edged down by
    one-tenth of a percentage point between July and August"), the rate it moved to August's."""
    period = record.period
    pair = BETWEEN_TWO_TIMES.fullmatch(period.text.strip()) if period is not None and period.text else None
    if pair is None or not period.start or not period.end:
        return record
    first = find_periods(pair.group("first"), published)
    last = find_periods(pair.group("last"), published)
    if not first or not last or not (first[0][3] and first[0][4] and last[0][3] and last[0][4]):
        return record
    a, b = Period(first[0][2], first[0][3], first[0][4]), Period(last[0][2], last[0][3], last[0][4])
    if b.end != period.end or a.start != period.start or _next_day(a.end) != b.start or _months(a) != _months(b):
        return record  # "between 2019 and 2021": a span, not two times one after the other
    record = replace(record, period=Period(period.text, b.start, b.end))
    if isinstance(record, GrowthRate) and record.basis is None and _months(b) in (1, 3):
        record = replace(record, basis=Basis.MOM if _months(b) == 1 else Basis.QOQ)
    return record


def _share_of_every_unit(text: str, m: Metric) -> Metric:
    """Read "out of every rupee, only 24 paisa would be left for development works, as 25 paisa
    would be spent on salaries, Rs 20 on pensions" as shares of the budget: 24%, 25%, 20%."""
    if not EVERY_UNIT.search(m.sentence) or m.value is None or not 0 < m.value < 100 or m.unit != "count" and not MONEY_CODE.fullmatch(m.unit):
        return m
    subunit = SUBUNIT_WORD_AFTER.match(text, m.end) if m.unit == "count" else None
    if subunit is not None:
        return replace(m, unit="%", text=text[m.start : subunit.end()], end=subunit.end(), rule_id=m.rule_id + "+share_of_every_unit")
    if MONEY_CODE.fullmatch(m.unit) and "subunit" in m.rule_id and m.value < 1:
        return replace(m, value=round(m.value * 100, 6), unit="%", rule_id=m.rule_id + "+share_of_every_unit")  # "40 cents goes to schools"
    if MONEY_CODE.fullmatch(m.unit) and not re.search(r"\d\s*[a-z]", m.text.lower()) and "scale" not in m.rule_id and "subunit" not in m.rule_id:
        return replace(m, unit="%", rule_id=m.rule_id + "+share_of_every_unit")  # "Rs 20 on pensions", said with the paisa
    return m


# a budget told by what each unit of money goes to: "out of every rupee", "of each dollar"
EVERY_UNIT = re.compile(r"\b(?:every|each)\s+(?:rupee|dollar|pound|euro|shilling|naira|rand|peso|ringgit|taka|cedi|kwacha)\b", re.I)
SUBUNIT_WORD_AFTER = re.compile(r"\s*(?:paisa|paise|cents?|pence|kobo|sen|centavos|centimes)\b", re.I)


def _population(text: str, m: Metric) -> Metric:
    """Name a count of people a place's population where the text says so: "The island's
    population of 57,000 people", "the province of about 531,000 people"."""
    if (m.indicator or "").lower() not in ("people", "inhabitants", "residents") or m.unit != "count":
        return m
    if POPULATION_OF_BEFORE.search(text, max(0, m.start - 60), m.start):
        return replace(m, indicator="population")
    return m


# what comes before a count that is a population: "population of", "a total population of", "the province of about"
POPULATION_OF_BEFORE = re.compile(
    r"\b(?:population|(?:province|state|country|city|island|region|county|nation|town|territory|municipality|emirate|district)(?:\s*,)?)\s+of\s+"
    r"(?:about\s+|around\s+|approximately\s+|some\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|just\s+over\s+|roughly\s+)?$",
    re.I,
)


def _annually(text: str, g: GrowthRate) -> GrowthRate:
    """Give a change said "annually" its basis: over a time of a year or less ("grew by 6.1 per cent
    annually in the first quarter") it is on the same time a year before; over several years
    ("3% annually between 2010 and 2020") it is the average of the years."""
    if g.basis is not None or not ANNUALLY_AFTER.match(text, g.end):
        return g
    if g.period is not None and g.period.start and g.period.end:
        return replace(g, basis=Basis.AVG_ANNUAL if _months(g.period) > 12 else Basis.YOY)
    return g


# "grew by 6.1 per cent annually", "expand by 3.9 per cent annually"
ANNUALLY_AFTER = re.compile(r"\s*,?\s*annually\b", re.I)


def _since_a_year_before(g: GrowthRate, published: date | None) -> GrowthRate:
    """Give a change "since August of 2021", dated August 2022, the basis of a year on a year: it
    is the month's change on the same month a year before."""
    said = re.match(r"since\s+(?P<when>.+)", (g.period.text or "").strip(), re.I) if g.period is not None else None
    if said is None or not g.period.start or g.basis == Basis.YOY:
        return g
    base = find_periods(said.group("when"), published)
    if base and base[0][3] == _years_later(g.period.start, -1) and base[0][4] and _months(Period("", base[0][3], base[0][4])) == _months(g.period):
        return replace(g, basis=Basis.YOY)
    return g


def _cumulative_to_cumulative(text: str, g: GrowthRate) -> GrowthRate:
    """Date a change marked "(c-to-c)" (cumulative to cumulative, as statistics offices write it)
    from the year's start to the end of the quarter or month it is dated by: "4.94 Percent
    (C-to-C)" in a release on quarter IV-2023 is the growth of 2023 as a whole."""
    if g.period is None or not g.period.start or not g.period.end or not CUMULATIVE_MARK.match(text, g.end):
        return g
    if g.period.start[:4] != g.period.end[:4] or g.period.start.endswith("-01-01"):
        return g
    return replace(g, period=Period(g.period.text, g.period.start[:4] + "-01-01", g.period.end))


def _change_of_the_compared(text: str, metrics: list[Metric], growth_rates: list[GrowthRate]) -> list[GrowthRate]:
    """Date a change said after a figure and the one it is compared with as the first figure:
    "amount to 1,326 billion, compared to 1,106 billion CFA francs in 2019, representing an
    increase of 20 percent" is 2020's change (from 1,106 to 1,326 billion, a year on the year
    before), not 2019's, whose time the base figure carries."""
    out = []
    by_sentence: dict[str, list] = {}  # a sentence's figures in order: the pair and the change share one
    for r in sorted(metrics + growth_rates, key=lambda r: r.start):
        by_sentence.setdefault(r.sentence, []).append(r)
    for g in growth_rates:
        pair = None
        if g.period is not None:
            figures = by_sentence[g.sentence]
            for k in range(1, len(figures)):
                first, base = figures[k - 1], figures[k]
                if (
                    base.end <= g.start and base.period == g.period and first.period is not None and first.period != base.period
                    and COMPARED_BETWEEN.fullmatch(text, first.end, base.start) and CHANGE_OF_THE_PAIR.fullmatch(text, base.end, g.start)
                ):
                    pair = (first, base)
        if pair is None:
            out.append(g)
            continue
        first, base = pair
        g = replace(g, period=first.period)
        yearly = _months(first.period) == 12 and _years_later(base.period.start, 1) == first.period.start
        if g.basis is None and g.unit != "pp" and yearly:
            g = replace(g, basis=Basis.YOY)  # a pace set against a pace keeps no basis (the corpus's convention)
        if g.from_value is None and g.to_value is None and g.unit == "%" and isinstance(first, Metric) and isinstance(base, Metric) and first.unit == base.unit:
            g = replace(g, from_value=base.value, to_value=first.value)
        out.append(g)
    return out


def _restated_first(text: str, growth_rates: list[GrowthRate], q: RawQuantity, since: int) -> GrowthRate | None:
    """Return the change just before the last one, in ``q``'s unit, where the last restates it in
    another ("fell by EUR 5.4 million or 13.9 %"), else None."""
    unit = _change_unit(q.unit, None)[0]
    last = growth_rates[-1]
    return next((
        g for g in reversed(growth_rates[-3:-1]) if g.start >= since and g.unit == unit
        and re.fullmatch(r"\s*\)?\s*,?\s+or\s+(?:by\s+)?|\s*\(\s*", text[g.end : last.start])
    ), None)


def _rate_gaps_in_points(text: str, metrics: list[Metric], growth_rates: list[GrowthRate]) -> list[GrowthRate]:
    """Return the gap between two rates in percentage points: "was 2.1 percent which was 1.08
    percent lower than the rate recorded in August" is 1.08 pp, not a 1.08% fall of the rate."""
    out = []
    for g in growth_rates:
        if g.unit == "%" and g.value is not None and re.search(r"\b(?:lower|higher|less|more|above|below)\b", text[g.end : g.end + 12], re.I):
            rate = next((m for m in metrics if m.unit == "%" and m.sentence == g.sentence and m.end <= g.start and RATE_THEN_GAP.fullmatch(text, m.end, g.start)), None)
            if rate is not None:
                g = replace(g, unit="pp", rule_id=g.rule_id + "+gap_of_rates")
            elif out and out[-1].unit == "%" and out[-1].value is not None and out[-1].sentence == g.sentence and re.fullmatch(r"\s*(?:(?:in|for|during)\s+[^,;]{1,30}?)?\s*,?\s*which\s+(?:was|is)\s+", text[out[-1].end : g.start]) and re.match(
                r"\s+(?:more|less|higher|lower)\s+than\s+(?:the\s+)?(?:\w+\s+){0,3}?(?:growth|rate|inflation)\b", text[g.end : g.end + 60], re.I
            ):
                # "registered a growth of 10.4 percent in 2021, which is 2.2 percent more than the revised
                # growth rate in 2020": a gap between two rates of change, ending at the first
                g = replace(g, unit="pp", to_value=out[-1].value, rule_id=g.rule_id + "+gap_of_rates")
        elif g.unit == "%" and g.value is not None and g.from_value is None and g.to_value is None and GAP_NOUN.match(g.text):
            # "a growth of 4.3 percent compared to the revised growth of 0.6 percent, showing an
            # increase of 3.7 percent": the change is the difference of the two rates, in points
            rates = [r for r in out if r.sentence == g.sentence and r.unit == "%" and r.value is not None and r.end <= g.start and r.from_value is None]
            if len(rates) >= 2 and re.search(r"\b(?:compared\s+(?:with|to)|against|versus|than)\b", text[rates[-2].end : rates[-1].start], re.I):
                first, second = (r.value * (-1 if r.direction == Direction.DECREASE else 1) for r in rates[-2:])
                if abs(abs(first - second) - g.value) <= 0.051 and (first > second) == (g.direction == Direction.INCREASE):
                    g = replace(g, unit="pp", from_value=rates[-1].value, to_value=rates[-2].value, rule_id=g.rule_id + "+gap_of_rates")
        out.append(g)
    return out


# a change said as a noun after two rates: "showing an increase of", "a decline of"
GAP_NOUN = re.compile(r"(?:an?\s+)?(?:increase|rise|decline|decrease|drop|fall|gain)\s+of\b", re.I)


def _periods_of_related_figures(text: str, metrics: list[Metric], growth_rates: list[GrowthRate]) -> list[Metric]:
    """Date an undated level by the figure it belongs to in its sentence.

    "Exports expanded 6.7 percent to 20.8 trillion yuan": the level a change reached is of the
    change's time. "... 19.91 trillion yuan, accounting for 55.3 percent of the total": a share
    is of the time of the figure it is a share of.
    """
    records = sorted([*metrics, *growth_rates], key=lambda r: r.start)
    out = []
    for m in metrics:
        before = out[-1] if out else None
        if (
            before is not None and before.sentence == m.sentence and m.unit == "%" and before.indicator
            and re.fullmatch(r"\s*[(\[]\s*|\s*,?\s+or\s+(?:about\s+|around\s+)?", text[before.end : m.start]) and OF_GDP.match(text, m.end)
        ):
            # "$45.4 billion (25.3% of GDP)", "a deficit of $20 billion, or 3.1% of GDP": the figure
            # before, as a share of GDP, at the same time
            m = replace(m, indicator=f"{before.indicator} as a share of GDP", subject=m.subject or before.subject, period=m.period or before.period)
        if (
            before is not None and before.sentence == m.sentence and before.unit != m.unit and MONEY_CODE.fullmatch(before.unit)
            and MONEY_CODE.fullmatch(m.unit) and re.fullmatch(r"\s*[(\[]\s*(?:about|around|approximately|roughly|or|some)?\s*", text[before.end : m.start], re.I)
        ):
            # "36.02 trillion yuan ($5.07 trillion)": the same figure in another currency
            m = replace(m, indicator=before.indicator, subject=before.subject, period=before.period or m.period)
        if m.period is None:
            if "level_after_change" in m.rule_id or "level_of_change" in m.rule_id:
                change = next((g for g in growth_rates if g.to_value == m.value and g.sentence == m.sentence and g.period), None)
                if change is not None:
                    m = replace(m, period=change.period)
            else:
                earlier = [r for r in records if r.sentence == m.sentence and r.end <= m.start and r.period is not None]
                if earlier and SHARE_OF_BEFORE.search(text[earlier[-1].end : m.start]):
                    m = replace(m, period=earlier[-1].period)
        if m.subject is None and m.indicator and m.indicator.startswith("share"):
            # "the federal government received N3.99 trillion, representing 39.37 per cent of ...":
            # the share is of the owner of the figure before it
            earlier = [r for r in records if r.sentence == m.sentence and r.end <= m.start]
            if earlier and earlier[-1].subject and SHARE_OF_BEFORE.search(text[earlier[-1].end : m.start]):
                m = replace(m, subject=earlier[-1].subject)
        out.append(m)
    return out


MONEY_CODE = re.compile(r"[A-Z]{3}")
# "the corresponding quarter of 2024", "the same period in 2023": the lead period's span in another year
CORRESPONDING = re.compile(r"\b(?:corresponding|same|comparable)\s+(?:quarter|period|month|half|months)\s+(?:(?:of|in|last)\s+(?:the\s+year\s+|the\s+)?)?$", re.I)
# ", State GST " between two figures: a name in a list whose verb was said once
# "... grew 0.2 percent in the second quarter; industry, 6.3 percent": an item of a gapped list of changes
GAPPED_CHANGE = re.compile(
    r"(?:\s+(?:in|during|for|over)\s+[^;,]{1,40}?)?\s*[;,]\s*(?:and\s+|while\s+)?(?P<name>[A-Za-z][\w&'’-]*(?:\s+[\w&'’-]+){0,5}?)\s*(?:,|\s[-–—:]|:)\s*(?:by\s+)?"
)
GAPPED_NAME = re.compile(
    r"(?:\s*,\s*(?:and\s+|while\s+)?|\s+and\s+)(?P<name>(?!at\b)[A-Za-z][\w&'’-]*(?:\s+(?!at\b)[A-Za-z][\w&'’-]*){0,4})\s+(?:at\s+)?"
)  # ", State GST Rs 49,900 crore", "and Integrated GST at Rs 95,900 crore\"
# "compared to ₹16.64 lakh crore in the [preceding financial year]": an amount, then its time, only a base
BASE_AMOUNT = re.compile(r"(?:compared\s+(?:with|to)|versus|vs\.?|against)\s+[^\s\d,;]*\d[^\s,;]*(?:\s+[a-z]+){0,2}\s+(?:in|for|during)(?:\s+the)?\s*$", re.I)
# a whole a percentage of which is a ratio to the economy, not a part's share: "3% of GDP"
NOT_A_SHARE_WHOLE = re.compile(r"\b(?:GDP|GSDP|GRDP|GNI|GNP|GVA|gross\s+(?:domestic|state|regional|national)|output|level|target|estimate|forecast|budget\s+estimates?)\b", re.I)
# words that name an aim or a view, not what a share is of
FORECAST_ONLY_WORDS = {"objective", "target", "goal", "aim", "forecast", "projection", "estimate", "plan"}
# words that already say a measure is a ratio
SHARE_WORDS = re.compile(r"\b(?:share|shares|rate|rates|ratio|proportion|percentage|per\s*cent|portion|part|stake|contribution)\b", re.I)
# the whole a percentage is of, right after it: "(K288 Million) of the budget", "of the 2021 locally
# generated revenue", up to the verb or clause that follows
SHARE_WHOLE_AFTER = re.compile(
    r"\s*(?:\([^()]{1,30}\)\s*)?of\s+(?:the\s+|its\s+|their\s+|this\s+)?(?:(?:19|20)\d\d\s+)?(?P<what>(?:(?!(?:is|are|was|were|will|would|has|have|had|and|in|for|from|to|which|that|while|with|by|on|at|as|according|respectively|be|been)\b)[A-Za-z][\w’'-]*\s?){1,5}?)(?=\s*(?:[,.;:()\n]|$)|\s+(?:is|are|was|were|will|would|has|have|had|and|in|for|from|to|which|that|while|with|by|on|at|as|according|respectively|be|been)\b)",
)

# between a place in a list and its figure: "Gauteng (", "Luganville increased by (", "Huế by "
LISTED_PLACE_GAP = re.compile(
    r"(?:['’]s)?\s*(?:[(:,–—-]\s*)?(?:(?:region|province|oblast|state|county|district)\s+)?(?:(?:increased|decreased|rose|fell|grew|declined|was|is|at|with|by|of|to)\s+){0,3}\(?\s*",
    re.I,
)

# an item of a list of figures ("15 and 11 per cent", "Rs 99,404 and Rs 1,06,744"), for the patterns
# that read a whole list as said of one thing
LISTED_NUMBER = r"\d[\d.,]*\s*(?:per\s*cent|percent|%)?"
LISTED_AMOUNT = r"(?:Rs\.?\s*|[$€£¥₹]\s*)?" + LISTED_NUMBER
# a verb that states a share of a whole: "representing 39.37 per cent of", "accounting for 55.3 percent of"
SHARE_VERB = (
    r"\b(?:representing|represents|represented|accounting\s+for|accounts\s+for|accounted\s+for|making\s+up|makes\s+up|made\s+up|constituting|constitutes|constituted"
    r"|translating\s+in(?:to)?|translates\s+in(?:to)?|translated\s+in(?:to)?|equivalent\s+to)\s+(?:about\s+|around\s+|nearly\s+|over\s+|some\s+|roughly\s+|almost\s+)?"
)
SHARE_VERB_BEFORE = re.compile(SHARE_VERB + "$", re.I)
# the same, or a later item of the list it states ("representing 15 and 11 per cent respectively")
SHARE_VERB_OR_LIST_BEFORE = re.compile(SHARE_VERB + r"(?:" + LISTED_NUMBER + r"\s*(?:,|and)\s*)*$", re.I)
# "than the N1.599 trillion it got in [the first half of 2019]", "from 5% in [2019]": the time of a base
# amount, which dates the base and not a figure said after it
BASE_CLAUSE = re.compile(
    r"\b(?:than|compared\s+(?:with|to)|versus|vs\.?|against|from)\s+(?:the\s+|a\s+)?[^\s\d,;]*\d[^\s,;]*"
    r"(?:\s*(?:trillion|billion|million|thousand|crore|lakh|bn|mn|m|per\s*cent|percent|%))?(?:\s+[a-z]+){0,3}\s+(?:in|for|during)(?:\s+the)?\s*$",
    re.I,
)
# "its lowest level since 1974", "the highest since June": a record's yardstick, not the figure's time
RECORD_SINCE = re.compile(r"\b(?:first|lowest|highest|weakest|strongest|biggest|largest|smallest|fastest|slowest|sharpest|steepest|best|worst|most|least)\b[^,.;]{0,30}$", re.I)
# "a year earlier", "the previous month": how far back the level a change started from lies
EARLIER_BY = re.compile(r"\s*(?:in\s+)?(?:(?:a|one)\s+(?P<unit>year|month|quarter)\s+(?:earlier|ago|before)|the\s+(?:previous|preceding|prior)\s+(?P<unit2>year|month|quarter))\b", re.I)
SHARE_OF_WHOLE = re.compile(r"(?:\s*(?:,|and|,\s*and)\s*[\d.]+\s*(?:%|per\s*cent|percent))*\s+of\s+", re.I)
OF_GDP = re.compile(r"\s+of\s+(?:the\s+)?(?:GDP|gross\s+domestic\s+product|nominal\s+GDP)\b", re.I)
# the kind of region a name may carry: "Dhofar Governorate", "Canton of Zurich", "Bukhara region"
REGION_KIND = re.compile(r"^(?:Canton|Province|State|Region|County)\s+of\s+|\s+(?:Governorate|Province|Region|region|County|State|Oblast|Krai|Prefecture|Canton|Emirate|Department|District)$")
# measures analysts name by their acronym ("GDP", "CPI"): never spelled out as an indicator
KNOWN_ACRONYMS = {
    "GDP", "GNP", "GNI", "GVA", "GSDP", "GRDP", "GRP", "CPI", "PPI", "WPI", "HICP", "RPI", "PCE", "PMI", "FDI", "ODI", "GST", "VAT",
    "IIP", "OCR", "NPA", "NPL", "CAD", "TEU", "EPS", "GFCF", "NNP", "NDP",
}
# the words the common measures are spelled out with, and their acronyms: an indicator is named
# by the acronym, its shortest complete form, where the article writes it ("gross regional domestic
# product (GRDP) ... GRDP per capita")
SPELLED_OUT = {
    "gross domestic product": "GDP", "gross regional domestic product": "GRDP", "gross state domestic product": "GSDP",
    "gross regional product": "GRP", "gross value added": "GVA", "gross national income": "GNI", "gross national product": "GNP",
    "consumer price index": "CPI", "consumer prices index": "CPI", "goods and services tax": "GST",
}
SPELLED_OUT_RE = re.compile(r"\b(" + "|".join(SPELLED_OUT) + r")\b(?:\s*\([A-Z]{2,5}\)?)?", re.I)
# pay said by the hour: the amounts after it are per hour
HOURLY = re.compile(r"\b(?:hourly\s+(?:wages?|earnings|pay|rates?)|(?:wages?|pay|earnings)\s+per\s+hour)\b", re.I)
# ages, not quantities: "aged 15 to 24", "core-aged women (25 to 54 years)", "15- to 64-year-olds"
AGES_BEFORE = re.compile(r"(?:\baged|\bages|\bage\s+group|-aged\s+\w+\s*\(|\baged\s+between)\s*(?:\d{1,3}\s*(?:to|-|–|and)\s*)?$", re.I)
# between a rate and the gap said of it: "2.1 percent which was 1.08 percent lower", "2.1 percent, 1.08 percent lower"
RATE_THEN_GAP = re.compile(r"\s*,?\s*(?:which\s+(?:was|is)\s+|or\s+|i\.e\.\s+)?", re.I)
# "..., compared with [a revised] 5.6 percent": a rate of change set beside another
COMPARED_RATE = re.compile(
    r"(?:compared\s+(?:with|to)|versus|vs\.?|against|(?P<move>(?:,\s*|\b(?:was|were|is)\s+)(?:(?:slightly|marginally|sharply|further)\s+)?(?:down|up)\s+from|,\s*(?:with\s+the\s+growth\s+)?(?:(?:slightly|marginally|sharply|further)\s+)?(?:down|up)\s+from"
    r"|,\s*(?P<pace>quickening|accelerating|picking\s+up|slowing|easing|decelerating|moderating|rising|falling)\s+from"
    r"|(?P<than>(?:,\s*)?(?:(?:a\s+bit|slightly|much|marginally)\s+)?(?:slower|faster|weaker|stronger)\s+than)))\s+(?:an?\s+|the\s+)?(?:(?:downwardly\s+|upwardly\s+)?revised\s+)?$",
    re.I,
)
# a pace named before its figure, in a comparison with another pace: "the Eurozone average of",
# "the UK-wide rate of" (the "move" group never matches: no move between the two is said)
COMPARED_NAMED_RATE = re.compile(
    r"(?P<move>(?!))?\b(?:average|rate|pace|growth|figure|level)(?:\s+(?:rate|growth))?(?:\s+of)?\s+(?:about\s+|around\s+|nearly\s+|roughly\s+|some\s+)?$",
    re.I,
)
# the high end of a range after its low end: "-2.6%", " to 7 per cent", " and 1.5 per cent"
RANGE_PARTNER = re.compile(r"\s*(?:-|–|to|and)\s*[^\s\d]{0,3}[\d.,]+(?:\s*(?:%|per\s*cent|percent|percentage\s+points?|[a-z]+))?", re.I)
# verbs that report what another clause says: "..., NBS data showed", "..., the ministry said"
REPORTING_VERBS = {
    "show", "shows", "showed", "shown", "say", "says", "said", "report", "reports", "reported", "add", "adds", "added",
    "note", "notes", "noted", "indicate", "indicates", "indicated", "announce", "announced", "reveal", "revealed", "state", "stated", "told",
}  # word forms: the pipeline runs without a lemmatizer
# the name of an amount over time: what was received, shared, collected, earned or spent
FLOW_NAME = re.compile(
    r"^(?:total\s+)?amount\s+\w+\b|\b(?:receipts|revenues?|allocations?|disbursements|collections?|spending|expenditures?|earnings|income|sales|exports|imports|payments|share|budget|deficit|surplus|outlays?)$", re.I
)
# between a figure with no time and the figure it is compared with, up to that one's time: ", compared
# with 5.0 percent in ", " from 7.0 percent in ", " against 3.1% in the third quarter of ", " compared to
# the revised growth of 10.6 percent in "
COMPARED_FIGURE_THEN_TIME = re.compile(
    r"(?:\s+of\s+(?:GDP|gross\s+domestic\s+product))?\s*,?\s*(?:(?:as\s+)?compared\s+(?:with|to)|against|versus|vs\.?|(?:up\s+|down\s+)?from)\s+"
    r"(?:the\s+(?:[\w-]+\s+){0,3}?of\s+)?(?:about\s+|around\s+|nearly\s+|some\s+)?(?:a\s+|an\s+)?[^\s\d,;.]{0,4}\d[\d.,]*\s*(?:(?:per\s*cent|percent|%|million|billion|trillion|[a-z]+)\s*){0,3}(?:of\s+GDP\s+)?(?:in|during|for)\s+(?:the\s+)?",
    re.I,
)
# a percentage's amount in brackets right after it, then what it is a part of or what it does:
# " (2.1 billion manats or $1.24 billion) of state budget", " (US$45 million) is projected to come via"
SHARE_WITH_ITS_AMOUNT = re.compile(
    r"\s*\(\s*[^\s\d()]{0,4}\s?\d[\d.,]*\s*(?:billion|million|trillion|bn|mn|m|crore|lakh)\b[^()]{0,40}\)\s*(?:of\b|is\b|are\b|was\b|were\b|will\b|went\b|goes\b|came\b|comes\b|come\b|for\b|from\b|to\b)",
    re.I,
)
# an amount written with a scale and nothing else: "32bn", "-305,4 million", "+16,3 million"
BARE_SCALED_AMOUNT = re.compile(r"[-+−]?\d[\d.,]*\s?(?:million|billion|trillion|bn|mn|trl|tn|crore|lakh)", re.I)
# a word after an amount that names what it counts: "3.92 million TEU", "1.2 million visitors"
COUNTED_AFTER = re.compile(r"\s+(?!(?:in|for|to|from|and|or|was|is|are|were|has|had|will|would|compared|against|versus|by|at|on|of|over|last|this|the|a|an|which|that|while|with|as|more|less|higher|lower|up|down)\b)[A-Za-z]")
# a verb right after an amount, then what it governs: "274.5 Billion representing a 25% growth"
VERB_AFTER_AMOUNT = re.compile(r"\s+[a-z]+(?:ed|ing)\b(?=\s+(?:in|on|at|by|from|to|for|during|over|under|the|a|an|its|their|this|that|\d)\b|\s*[,.;)])")
# measures that count things, not money
COUNTED_THINGS = re.compile(r"\b(?:people|persons|population|visitors|tourists|arrivals|jobs|barrels|tons|tonnes|units|vehicles|passengers|households|residents|workers|employees|students|cases|doses|trees|seedlings|TEU|containers|subscribers|users|customers|beneficiaries|voters|births|deaths|hectares|acres|litres|liters|kilometres|kilometers|trips|nights|stays)\b", re.I)
# two times joined, the span from the first to the last: "between July and August"
BETWEEN_TWO_TIMES = re.compile(r"between\s+(?P<first>.+?)\s+and\s+(?P<last>.+)", re.I)
# the mark of a change from the year's start to a quarter's end, against the same span a year before
CUMULATIVE_MARK = re.compile(r"\s*\(\s*(?:c-to-c|c-t-c|ctc|cumulative)\s*\)", re.I)
# between a figure and the one it is compared with: ", compared to ", " compared to the revised growth of "
COMPARED_BETWEEN = re.compile(r"\s*,?\s*(?:as\s+)?(?:compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:[\w-]+\s+){0,4}?")
# between the base figure, its time and the change of the pair: " in 2019, representing ", " in 2020, showing "
CHANGE_OF_THE_PAIR = re.compile(
    r"\s*(?:(?:in|during|for)\s+[^,;()]{1,40}?)?\s*,\s*(?:representing|showing|indicating|reflecting|marking|which\s+(?:is|was|represents|marks|shows))\s+"
)
# the noun a sum of money said before it sizes: "(a Rs 600,522 crore) interim Budget", "(a $5bn) stimulus package"
MONEY_NOUN_AFTER = re.compile(
    r"\s+(?P<what>(?:(?:interim|supplementary|revised|proposed|draft|annual|provincial|state|national|federal|county|capital|recurrent|development|stimulus|rescue|relief|investment|infrastructure|spending|budget)\s+){0,2}"
    r"(?:[Bb]udget|outlay|package|plan|deficit|surplus|loan|bond|fund|facility|programme|program|scheme|allocation|appropriation|bill|estimates|grant|deal|bailout|injection|subsidy))\b(?!\s+(?:of|for\s+the|to)\s+\d)"
)
# verbs whose count is a level or a change, or that say nothing of which ones are counted ("12 companies account for ...")
COUNT_LEVEL_WORDS = {
    "have", "has", "had", "number", "numbered", "account", "accounted", "accounts", "make", "made", "makes", "represent", "represented",
    "represents", "remain", "remained", "remains", "said", "say", "says", "include", "included", "includes", "comprise", "comprised",
    "saw", "see", "sees", "seen", "show", "showed", "shows", "got", "get", "received", "receive", "spent", "spend", "paid", "earned",
}
# a place or body named by its rank among its country's: "(Germany's) largest seaport", "(China's) second-biggest city"
RANKED_THING = re.compile(
    r"(?:(?:second|third|fourth|fifth)[- ])?(?:largest|biggest|busiest|main|leading|richest|most\s+populous)\s+"
    r"(?:sea)?(?:port|city|airport|region|province|state|emirate|county|economy|oil\s+producer|exporter|bank|lender|carmaker|company)\b"
)
# the words of SOURCE_OF_FIGURES, looked for first: most sentences have none
SOURCE_WORD = re.compile(r"\b(?:report|statement|data|survey|bulletin|release|study|figures|estimates|statistics|according)\b", re.I)
# a body named as the source of the figures ("NAME" stands for its name)
SOURCE_OF_FIGURES = re.compile(
    r"\b(?:report|statement|data|survey|bulletin|release|study|figures|estimates|statistics)\s+(?:of|by|from|issued\s+by|released\s+by|published\s+by)\s+(?:the\s+)?NAME\b"
    r"|\baccording\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+|from\s+|by\s+)?(?:the\s+)?NAME\b"
)
# a sum of money, then the bracket its share is in: "Dh32.9 billion (", "RM390.7 million ("
MONEY_THEN_BRACKET = re.compile(r"(?:[$€£¥₹₦]|\b[A-Z]{2,3}\s?|\b(?:Rs|Dh|Sh|RM|N|R|K|P)\.?\s?)\d[\d.,]*(?:\s*(?:million|billion|trillion|bn|mn|m|crore|lakh))?\s*\(\s*$")
# verbs by which listed places head a measure: "Apurimac (153.6%) ... led Peru's GDP growth"
LEADING_VERBS = {"led", "lead", "leads", "drove", "drive", "drives", "topped", "tops", "headed", "heads", "dominated", "dominate", "dominates"}
# a sentence that opens on the places the one before listed: "Said regions were followed by"
PLACES_SAID_BEFORE = re.compile(r"\s*(?:(?:the\s+)?said|these|those|such|the\s+above)\s+(?:regions|provinces|states|cities|countries|districts|counties|departments|municipalities)\b", re.I)
# what a part of government or a sector receives of a budget: "got the lion share of", "had the highest allocation of"
BUDGET_SHARE_NOUNS = {"share", "portion", "allocation", "chunk", "slice", "allocations"}
# a word before an amount that may make it what something receives, looked for before the parse is read
RECEIVING_WORD = re.compile(r"\b(?:receiv|get|got|tak|took|gulp|ha[sdv]|allo[ct])", re.I)
# the verbs by which a part of a budget receives an amount: "will receive", "got", "takes", "gulps", "had"
RECEIVING_VERBS = {
    "receive", "receives", "received", "get", "gets", "got", "take", "takes", "took", "gulp", "gulps", "gulped", "have", "has", "had",
}
# who receives money as a government, not as a line of its budget: "the states", "local governments"
RECEIVING_GOVERNMENT = re.compile(r"\b(?:[Tt]reasury|[Cc]offers|[Ee]xchequer|[Bb]udgets?|[Gg]overnments?|[Ss]tates?|[Cc]ouncils?|LGAs?|FCT|[Mm]unicipalit(?:y|ies)|[Cc]ount(?:y|ies)|[Pp]rovinces?|[Rr]egions?|[Dd]istricts?)\b")
# a head of spending, which is what the money it takes measures
BUDGET_HEAD = re.compile(r"\b(?:expenditures?|spending|costs?|overheads?|salaries|wages|emoluments|debt\s+service)\b", re.I)
# who receives money as people, not as a line of a budget
PEOPLE_RECEIVING = re.compile(r"\b(?:women|men|farmers|students|pensioners|families|households|people|beneficiaries|residents|workers|employees|teachers|retirees|citizens)\b", re.I)
# a unit of a government, whose money in a budget is a line of the government's budget
GOVERNMENT_UNIT = re.compile(r"\b(?:Ministry|Ministries|Department|Directorate|Agency|Bureau|Office|Commission|Board|MDAs?|Sector|Docket)\b|\b(?:ministry|department|docket|sector)$")
BUDGET_WORD = re.compile(r"\b(?:[Bb]udget|[Aa]ppropriation|[Ee]stimates)\b")
# a line of a page that only says when the story was filed: "19:25 pm on 30 November 2021"
DATELINE_ONLY = re.compile(r"\s*(?:\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*(?:on\s+)?)?(?:\w+,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2},?)\s+(?:19|20)\d\d(?:\s*,?\s*\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?)?\s*")
# a budget laid before a house: "Goa CM presents revenue surplus budget", "unveiled Ksh. 12.5 billion Estimates"
BUDGET_PRESENTED = re.compile(
    r"\b(?:present(?:s|ed|ing)?|unveil(?:s|ed|ing)?|table(?:s|d)?|tabling|lay(?:s|ing)?|laid|submit(?:s|ted|ting)?|introduc(?:e|es|ed|ing)|deliver(?:s|ed|ing)?|hand(?:s|ed|ing)?\s+down)\b[^.\n]{0,60}\b(?:budget|estimates)\b", re.I
)
# a budget that changes or reviews the year's own: "supplementary budget", "mid-year review"
NOT_THE_MAIN_BUDGET = re.compile(r"\b(?:supplementary|revised|mid-?year|review|update|amendment|amended|mini-budget)\b", re.I)
# what a sentence on a part of a budget says: "allocated", "got", "will go to", "the highest budgets"
BUDGET_PARTS = re.compile(r"\b(?:allocat\w*|earmark\w*|budgets|budgeted|appropriat\w*|gets?|got|receiv\w*|gulp\w*|(?:go|goes|went)\s+to)\b", re.I)
# a place ranked among others ("NAME" stands for its name): in a story on one place's trade, a partner
RANKED_PLACE = re.compile(
    r"\bNAME\s+(?:follows|followed|comes|came|ranks|ranked|stands|stood)\s+(?:in\s+)?(?:second|third|fourth|fifth|sixth|next|\d(?:st|nd|rd|th))\b"
    r"|\b(?:completed|followed|headed|led|topped|rounded\s+out)\s+by\s+(?:the\s+)?NAME\b"
)
# a sentence on trade with partners, or on the markets a place's visitors come from
PARTNER_CUE = re.compile(
    r"\btrading\s+partners?\b|\bsource\s+markets?\b|\bbilateral\s+trade\b|\btrade\s+(?:with|between)\b"
    r"|\b(?:exports?|imports?|shipments|sales|deliveries)\s+(?:of\s+(?:[\w-]+\s+){1,4}?)?(?:to|from)\b",  # "Shipments of machinery to Germany"
    re.I,
)
# verbs that hand an amount out to recipients
# the name of an amount a body handed out: "amount disbursed", "total amount shared", "revenue shared"
HANDED_OUT = re.compile(r"(?:total\s+)?(?:amount|revenue|sum)\s+(?:shared|disbursed|distributed|released|allocated)\b|(?:revenue\s+)?disbursements?$", re.I)
DISTRIBUTING_VERBS = {"shared", "allocated", "distributed", "disbursed", "released"}
# verbs that move an amount from a source to a recipient, and the participle that names the amount
SOURCE_VERBS = {"received", "receives", "receive", "got", "gets", "obtained", "drew", "withdrew", "collected", "earned"}
RECEIVED_FROM = re.compile(r"amount \w+ from (.+)")
# a sentence that speaks of the figures to come: "economic indicators from January through July 2025 also reflected positive trends"
LEAD_IN_WORDS = re.compile(r"\b(?:indicators|figures|data|results|statistics)\b", re.I)
# an item of a list set apart by semicolons, up to its amount: " and Information, Culture, and Tourism, "
SEMICOLON_ITEM = re.compile(r"\s*(?:and\s+)?(?P<label>[A-Z][\w&'’-]*(?:(?:\s+|,\s+(?:and\s+)?)(?:(?:and|of|for|&|the)\s+)?[A-Z][\w&'’-]*){0,6}),\s*")
# the words that end a source's name: a joint, a verb, a time ("from the difference in exchange
# rates" goes on; "from local taxes in the first half" ends before "in")
SOURCE_ENDS = r"(?:(?:and|while|whereas|with|by|through|as|under|for|to|during|next|this|last|was|were|is|are|will|would|has|have|had)\b|in\s+(?:the|a|an|this|that|its|their|[A-Z0-9]))"
# after an amount: the source it is said to come from ("UAH 4.2 billion is expected from corporate
# income tax", "GHC9,696.64 from the basic rate", "$28 million will come from internal sources")
SOURCE_AFTER_AMOUNT = re.compile(
    r"\s*(?:(?:is|are|was|were|will\s+be|would\s+be|to\s+be)\s+)?(?:(?:expected|projected|estimated|anticipated|budgeted|targeted|forecast)\s+)?"
    r"(?:(?:to\s+)?(?:come|comes|came|accrue|be\s+(?:generated|raised|realised|realized|collected|sourced|mobilised|mobilized))\s+)?"
    rf"from\s+(?:the\s+|its\s+|their\s+)?(?P<source>[A-Za-z][\w'’&-]*(?:\s+(?!{SOURCE_ENDS})[\w'’&-]+){{0,7}}?)(?=\s*[,;.)]|\s+{SOURCE_ENDS}|\s*$)"
)
# what follows "from" that is a time, a base or a range, not a source
NOT_A_SOURCE = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Q[1-4]|H[12]|FY|"
    r"last|previous|prior|preceding|same|original|initial|earlier|year|a\s+year|quarter|month|week|levels?|its\s+peak|\S*\d)\b",
    re.I,
)
# the words a source that is a body ends with: "the national government", "development partners"
BODY_SOURCE = frozenset({"government", "governments", "partners", "donors", "agencies", "agency", "bank", "council", "ministry", "treasury", "state", "states", "centre", "center"})
# goods named no more than by their kind, and the verbs that move them across a border
GENERIC_GOODS = re.compile(r"(?:the\s+)?(?:(?P<kind>non-oil|non-petroleum|non-hydrocarbon)\s+)?(?:goods|products|commodities|merchandise|consignments)", re.I)
TRADE_VERB = re.compile(r"(export|import|trade)(?:s|ed|ing)?$")
# the past forms of irregular verbs the nominals table lists ("will get N1.2 billion": the amount received)
IRREGULAR_PAST = {"spend": "spent", "get": "got", "sell": "sold", "lend": "lent", "repay": "repaid", "withdraw": "withdrew", "pay": "paid"}
NOMINAL_PARTICIPLE = {"receives": "received", "receive": "received", "got": "received", "gets": "received", "drew": "drawn"}
# verbs of forecasting: their subject foresees a figure, it does not own it
FORECAST_VERBS = {
    "forecast", "forecasts", "forecasted", "forecasting", "projects", "projected", "predicts", "predicted", "expects",
    "sees", "estimates", "anticipates", "anticipated", "foresees", "foresaw",
}
# a word that makes a name a body's ("International Labour Organization", "Ministry of Finance")
BODY_WORD = re.compile(r"\b(?:Organi[sz]ation|Ministry|Bank|Committee|Agency|Bureau|Office|Department|Council|Authority|Commission|Fund|Institute|Association|Board|Reserve|Treasury)\b")
# what a number does not measure: where it was said or found, a span of time
NOT_A_MEASURE = re.compile(
    r"(?:the\s+)?(?:official\s+)?(?:report|data|indicator|result|results|figures?|statement|survey|release|time|decision|meeting|date|track|(?:same\s+|review\s+|reporting\s+)?period|average|end|beginning|start|middle|tune)"
    r"|(?:nearly|about|over|some|more\s+than|almost|around)?\s*\d+\s+(?:years?|months?|weeks?|days?)",
    re.I,
)
# a scale or currency word left over from an amount: "crore", "Rs", "billion"
UNIT_WORD = re.compile(r"(?:Rs\.?|Re\.?|₹|crores?|lakhs?|billions?|millions?|trillions?|bn|mn)", re.I)  # a currency may be measured: "the dollar averaged ¥108.33"
# words of degree, which say how much something moved, never what moved
DEGREE_WORDS = re.compile(r"(?:(?:even|much|far|still|yet|further|sharply|slightly|marginally|significantly|substantially|steeply)\s*)+", re.I)
# what joins a figure to its share of a total: "..., accounting for 55.3 percent of the total"
SHARE_OF_BEFORE = re.compile(r"(?:accounting\s+for|representing|making\s+up|equivalent\s+to|which\s+(?:is|was)|or|and)\s+(?:about\s+|around\s+|nearly\s+|over\s+)?$", re.I)


def _shares_in_brackets(text: str, metrics: list[Metric]) -> list[Metric]:
    """Date an undated share in brackets right after an amount by the amount's time: "Rs 1.141
    trillion (65.20%) for recurrent expenditure" is a share of that year's budget."""
    out = []
    for m in metrics:
        before = out[-1] if out else None
        if (
            m.period is None and before is not None and before.sentence == m.sentence and before.period is not None and m.unit == "%"
            and MONEY_CODE.fullmatch(before.unit) and re.fullmatch(r"\s*\(\s*", text[before.end : m.start]) and text[m.end : m.end + 1] == ")"
        ):
            m = replace(m, period=before.period)
        out.append(m)
    return out


def _ends_by_arithmetic(paragraph_starts: list[int], metrics: list[Metric], growth_rates: list[GrowthRate]) -> list[GrowthRate]:
    """Return the growth rates with the ends of a change the text gives apart from it, found by
    arithmetic: "net collections are at ₹19.58 lakh crore, compared to ₹16.64 lakh crore in the
    preceding financial year, representing an increase of 17.70%" is a change from 16.64 to
    19.58 lakh crore, since (19.58 - 16.64) / 16.64 is 17.7%. Two levels of one unit, in the
    change's paragraph, up to 400 characters before its end, whose difference (in per cent of the
    first, or in points, or in the unit) is the change's size and direction. The nearest pair wins.
    A change with one end already given takes the pair that holds it, in the roles the
    arithmetic gives ("compared to N2.032 trillion ..., a 26.22 per cent increase" starts there);
    one whose start is known ("the N1.53trillion ... was 4.28% lower than the N1.599 trillion")
    takes the end that the arithmetic finds.
    """
    out = []
    for g in growth_rates:
        if (
            g.value is None or g.from_value is not None and g.to_value is not None or g.direction not in (Direction.INCREASE, Direction.DECREASE)
            or g.rule_id.startswith("table_cell")  # a table's cells: pairs that fit by chance are many
        ):
            out.append(g)
            continue
        paragraph = paragraph_starts[bisect_right(paragraph_starts, g.start) - 1]
        sentences = {g.sentence} | {n.sentence for n in metrics if n.end <= g.start and n.start >= paragraph}  # the change's and its paragraph's before it
        near = [
            m for m in metrics
            if m.start >= max(paragraph, g.end - 400) and m.end <= g.end + 200 and m.sentence in sentences and m.value and m.qualifier is None
        ]
        best = None
        for a in near:  # a: the earlier level, b: the later one
            for b in near:
                if a is b or a.unit != b.unit or a.value == b.value or (g.to_value is not None and g.to_value not in (a.value, b.value)) or (g.from_value is not None and g.from_value != a.value):
                    continue
                if g.unit == "%" and a.unit != "%":
                    size, tolerance = (b.value - a.value) / abs(a.value) * 100, max(0.15, 0.02 * g.value)
                elif g.unit == "pp" and a.unit == "%":
                    size, tolerance = b.value - a.value, 0.011
                elif g.unit == a.unit and g.unit not in ("%", "pp"):
                    size, tolerance = b.value - a.value, max(0.01 * g.value, 0.003 * max(abs(a.value), abs(b.value)))
                else:
                    continue
                if (size > 0) != (g.direction is Direction.INCREASE) or abs(abs(size) - g.value) > tolerance:
                    continue
                if g.sentence not in (a.sentence, b.sentence):
                    continue  # one end at least is said with the change
                distance = abs(a.start - g.start) + abs(b.start - g.start)
                if best is None or distance < best[0]:
                    best = (distance, a, b)
        if best is None:
            out.append(g)
            continue
        _, a, b = best
        # the change is of the span its later level is said of, not of its base's
        period = b.period if b.period is not None and (g.period is None or g.period == a.period) else g.period
        # "The State governments shared N3.59 trillion ..., showing an increase of 29.99 per cent": what changed is what the levels measure
        indicator = g.indicator if g.indicator is not None and g.indicator != g.subject else b.indicator or g.indicator
        out.append(replace(
            g, from_value=a.value, to_value=b.value, basis=g.basis or _basis_between(a.period, b.period), period=period,
            indicator=indicator, subject=g.subject or b.subject,
        ))
    return out


def _owner_of_the_end(metrics: list[Metric], growth_rates: list[GrowthRate]) -> list[GrowthRate]:
    """Give a change that names no owner the owner of the level it reached in its sentence:
    "the $2.1 billion received by the Highway Trust Fund in May was 3.5% lower than ..." is the
    fund's change."""
    out = []
    for g in growth_rates:
        if g.subject is None and g.to_value is not None:
            level = next((m for m in metrics if m.sentence == g.sentence and m.value == g.to_value and m.subject and m.start < g.start), None)
            if level is not None:
                g = replace(g, subject=level.subject, indicator=g.indicator or level.indicator)
        out.append(g)
    return out


def _basis_of_the_ends(metrics: list[Metric], growth_rates: list[GrowthRate]) -> list[GrowthRate]:
    """Give a move between two levels its sentence dates the basis the two times make, where
    the text names none: "increased to 9.9 percent of GDP in 2022 from 8.7 percent in 2021" is
    year on year, "from 2.84 per cent in November to 4.15 per cent in December" month on month,
    and "tumbled from $66.5bn in 2013 to $29.8bn in 2018" a change over the stated period, the
    span from the first time to the last."""
    out = []
    for g in growth_rates:
        ends = [] if g.basis is not None or g.from_value is None or g.to_value is None or g.from_value == g.to_value else [
            min(
                (m for m in metrics if m.sentence == g.sentence and m.value == value and m.period and m.period.start and m.period.end
                 and (m.unit == g.unit or g.unit in ("%", "pp") and m.unit == "%")),
                key=lambda m: abs(m.start - g.start), default=None,
            )
            for value in (g.from_value, g.to_value)
        ]
        if len(ends) == 2 and None not in ends and ends[0].period.start < ends[1].period.start and ends[0].period.end < ends[1].period.end:
            before, after = ends[0].period, ends[1].period
            basis = _basis_between(before, after) if after.start[8:] == before.start[8:] else None
            if basis is not None:
                g = replace(g, basis=basis)
            elif before.end < after.start:
                g = replace(g, basis=Basis.PERIOD, period=Period(g.period.text if g.period and g.period.start == before.start and g.period.end == after.end else f"{before.text} to {after.text}", before.start, after.end))
        out.append(g)
    return out


def _generic_measure_named(paragraph_starts: list[int], metrics: list[Metric], growth_rates: list[GrowthRate]) -> tuple[list[Metric], list[GrowthRate]]:
    """Name a figure whose indicator is only a word for a figure ("total", "rate", "pace") by
    the figure's measure said just before it, in its sentence or else its paragraph: "Realty
    transfer tax revenue was $52.5 million ..., bringing the fiscal-year total to $338.0
    million"; "The unemployment rate was 1.1% in October 2023. In October 2022, the rates were
    0.7% for men". A figure with no measure before it in its paragraph keeps its word."""
    records = sorted([*metrics, *growth_rates], key=lambda r: r.start)
    named: dict[int, str] = {}  # id of a generic record -> the measure it takes
    for k, r in enumerate(records):
        if (r.indicator or "").lower() not in GENERIC_MEASURES:
            continue
        paragraph = bisect_right(paragraph_starts, r.start)
        before = next((
            b for b in reversed(records[:k])
            if b.indicator and b.indicator.lower() not in GENERIC_MEASURES
            and (b.sentence == r.sentence or bisect_right(paragraph_starts, b.start) == paragraph)
        ), None)
        if before is not None:
            named[id(r)] = before.indicator
    if not named:
        return metrics, growth_rates
    return (
        [replace(m, indicator=named[id(m)]) if id(m) in named else m for m in metrics],
        [replace(g, indicator=named[id(g)]) if id(g) in named else g for g in growth_rates],
    )


# words that say a figure is a figure, not what it measures
GENERIC_MEASURES = {"total", "rate", "rates", "pace", "pegged", "figure", "level"}


# a move between two estimates of one time, not between two times
REVISION = re.compile(r"\brevis(?:ed|ing|es|ion)\b", re.I)
# a time said right after a figure: "19.39 percent in April", "$5bn in 2022", "(2021)"
OWN_TIME_AFTER = re.compile(r"\s*(?:,\s*)?(?:\(\s*)?(?:(?:in|during|for|over|at\s+end|by\s+end|as\s+of)\s+(?:the\s+)?)?(?:(?:19|20)\d\d|Q[1-4]|H[12]|(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|first|second|third|fourth|last|previous|preceding|same|corresponding|fiscal|financial|FY)\b", re.I)


def _base_level_dated(text: str, metrics: list[Metric], growth_rates: list[GrowthRate]) -> list[Metric]:
    """Date the level a change started from one basis step before the change, where the text
    gives it no time of its own: in "revenues from tax are expected to increase by 16 per cent,
    from 627.01bn/- to 728.35bn/- during the 2018/19 financial year", year on year, the
    627.01bn/- is the 2017/18 year's. Not "from 19.39 percent in April to ...", which says its
    own time, nor a revision, two estimates of one time ("revised upwards ... from the previous
    month's preliminary surplus of R13,02-billion")."""
    steps = {Basis.YOY: 12, Basis.QOQ: 3, Basis.MOM: 1}
    moves = [
        g for g in growth_rates
        if g.basis in steps and g.from_value is not None and g.to_value is not None and g.from_value != g.to_value
        and g.period is not None and g.period.start and g.period.end and _months(g.period) <= 12
        and (g.basis == Basis.YOY or _months(g.period) == steps[g.basis]) and not REVISION.search(g.sentence)
    ]
    if not moves:
        return metrics
    out = []
    for m in metrics:
        g = next((
            g for g in moves
            if g.sentence == m.sentence and m.value == g.from_value and m.period == g.period
            and (m.unit == g.unit or g.unit in ("%", "pp") and m.unit == "%") and not OWN_TIME_AFTER.match(text, m.end)
        ), None)
        if g is not None and any(t.sentence == m.sentence and t.value == g.to_value and t.period == g.period and t is not m for t in metrics):
            step = steps[g.basis]
            if step == 12:
                start, end = _years_later(g.period.start, -1), _years_later(g.period.end, -1)
            else:
                start, end = _months_before(g.period.start, step)
            m = replace(m, period=Period(f"the {'year' if step == 12 else 'quarter' if step == 3 else 'month'} before {g.period.text}", start, end))
        out.append(m)
    return out


# an article's first line that ends with no stop, then a line that starts as a sentence does:
# a headline with no blank line under it, a sentence of its own
HEADLINE_LINE = re.compile(r"[ \t]*[^\n]{3,200}?[^\n.,;:!?\s-]\n(?=[ \t]*[A-Z0-9\"“‘'(])")
# an owner named only by its kind: "the government", "the state government", "the Province"
GENERIC_OWNER = re.compile(r"(?:the\s+)?(?:(?:state|provincial|regional|territorial|county|city|municipal|island)\s+)?(?:government|administration|province|state|territory|county)", re.I)


# "the year to the September quarter", "12 months to January": a year that ends with a named unit
YEAR_TO_UNIT = re.compile(r"\b(?:year|12\s+months|twelve\s+months)\s+(?:to|ended|ending|through)\b", re.I)


# a rate that is itself a change over the year: inflation, a price or wage index's annual rate
RATE_OF_CHANGE = re.compile(r"\b(?:inflation|prices?|CPI|HICP|RPI|index|wages?|earnings|growth|change|increase|rise)\b", re.I)


def _rate_of_the_last_unit(record):
    """Return a rate in per cent, or a change of one in points, dated "over the year to the September quarter" dated by that
    quarter (a month, where the text names a month); any other record as it is."""
    period = record.period
    if record.unit not in ("%", "pp") or period is None or not period.start or not period.end or not YEAR_TO_UNIT.search(period.text or ""):
        return record
    if isinstance(record, Metric) and not RATE_OF_CHANGE.search(record.indicator or ""):
        return record  # "the unemployment rate ... for the year ending December 2012": a level over the year, the year's
    end = date.fromisoformat(period.end)
    if _months(period) != 12 or (end + timedelta(days=1)).day != 1:
        return record
    months = 3 if re.search(r"\bquarter\b", period.text, re.I) else 1
    return replace(record, period=Period(period.text, _months_before(period.end[:8] + "01", months - 1)[0], period.end))


def _span_of_move(start: Period | None, end: Period | None) -> Period | None:
    """Return the time of a move "from X in P1 to Y in P2", or None where the ends do not say.

    From one period to the next of the same length ("from 46.7% in 2022 to 25.2% in 2023") it is
    the later one, measured against the one before; across a longer stretch ("from R457.7bn in
    2024/25 to R428.5bn in 2026/27") it is the whole stretch.
    """
    if start is None or end is None or not (start.start and start.end and end.start and end.end) or start == end:
        return None
    if end.start <= start.start:
        return None
    if _next_day(start.end) == end.start and _months(start) == _months(end):
        return end
    return Period(f"{start.text} to {end.text}", start.start, end.end)


def _months_before(start: str, months: int) -> tuple[str, str]:
    """Return the ISO start and end of the ``months`` whole months just before ``start`` (a first of the month)."""
    first = date.fromisoformat(start)
    month0 = first.year * 12 + first.month - 1 - months
    return date(month0 // 12, month0 % 12 + 1, 1).isoformat(), (first - timedelta(days=1)).isoformat()


def _months(period: Period) -> int:
    first, last = date.fromisoformat(period.start), date.fromisoformat(period.end)
    return (last.year - first.year) * 12 + last.month - first.month + 1


def _items_named_before(ctx: _Context, sent: Span, metrics: list[Metric], count: int) -> list[str] | None:
    """Return the items a "respectively" refers back to: "The values of the three expenditure
    items grew by 236.7%, 386.4% and 7.2% respectively", after a sentence that named them with
    their amounts in brackets ("Operating Expenses (MOP31.71 billion) and ...")."""
    subject_words = ctx.text[sent.start_char : sent.end_char]
    if not re.match(r"(?:The|These|Those|Their|Its|All)\b[^.;,]{0,60}\b(?:items|components|categories|sectors|segments|groups|parts|types)\b", subject_words):
        return None
    paragraph_start = ctx.paragraph_starts[bisect_right(ctx.paragraph_starts, sent.start_char) - 1]
    named = []
    for m in metrics:
        if paragraph_start <= m.start < sent.start_char and ctx.text[m.start - 1 : m.start] == "(" and m.indicator and m.indicator not in named:
            named.append(m.indicator)
    return named[-count:] if len(named) >= count else None


def _period_at(periods: dict, at: int):
    """Return the period of ``periods`` (by start) that begins at ``at``, or takes in its
    leading "the " or space ("in| the previous fiscal"), else None."""
    for start in range(at, max(-1, at - 6), -1):
        p = periods.get(start)
        if p is not None and p[1] > at:
            return p
    return None


def _years_of_an_own_calendar(base_start: str, base_end: str, start: str, end: str) -> bool:
    """Return True for two years back to back that start on a day of the month that moves, as a
    budget year of a calendar of its own does (2023-07-17 to 2024-07-15, then 2024-07-16 to
    2025-07-16): each a year long, within a few days, the second starting the day after the first ends."""
    if base_start[8:] == start[8:]:
        return False  # the same day of the month: _basis_between reads them
    first = date.fromisoformat(base_end) - date.fromisoformat(base_start)
    second = date.fromisoformat(end) - date.fromisoformat(start)
    return all(360 <= d.days <= 370 for d in (first, second)) and (date.fromisoformat(start) - date.fromisoformat(base_end)).days == 1


def _basis_between(base: Period | None, period: Period | None) -> Basis | None:
    """Return the basis of a move from a level of ``base`` to one of ``period`` of the same
    length: a year apart is yoy, a month apart between months mom, a quarter between quarters qoq."""
    if base is None or period is None or not (base.start and base.end and period.start and period.end):
        return None
    length = _months(period)
    return _basis_of_gap(_months_apart(period.start, base.start), length) if _months(base) == length else None


def _sentence_before(ctx: _Context, sent: Span, paragraph: int) -> Span | None:
    """Return the sentence before ``sent`` where it is in the same paragraph, else None."""
    k = bisect_right(ctx.sent_starts, sent.start_char) - 1
    if k < 1 or ctx.sent_starts[k - 1] < ctx.paragraph_starts[paragraph]:
        return None
    return ctx.sents[k - 1]


def _months_apart(later: str, earlier: str) -> int:
    """Return how many months the ISO date ``later`` lies after ``earlier``, by calendar month."""
    a, b = date.fromisoformat(later), date.fromisoformat(earlier)
    return (a.year - b.year) * 12 + a.month - b.month


def _basis_of_gap(apart: int, length: int) -> Basis | None:
    """Return the basis of a change between two spans of ``length`` months that start ``apart``
    months apart: a year is yoy, a month between months mom, a quarter between quarters qoq."""
    return Basis.YOY if apart == 12 else Basis.MOM if apart == 1 and length == 1 else Basis.QOQ if apart == 3 and length == 3 else None


def _each_year_said(text: str, records: list, periods=()) -> list:
    """Return ``records`` with one record per time of "in both 2022 and 2023", "for FY22 and FY23",
    "in 2019 and 2020" said right after a figure: one value said of two times of the same length.
    Not where the times are the figures' respective ones ("5% and 6% in 2019 and 2020")."""
    out = []
    starts = {p[0]: p for p in periods}
    ends = [r.end for r in records]
    for record in records:
        both = BOTH_YEARS.match(text, record.end)
        if both is not None:
            times = [Period(year, f"{year}-01-01", f"{year}-12-31") for year in (both.group(1), both.group(2))]
        else:
            times = _two_times_after(text, record, starts)
            if times and any(
                record.start - 40 <= end <= record.start and re.fullmatch(r"[\s,]*(?:and|or|to)?[\s,]*", text[end : record.start])
                and end != record.end for end in ends
            ):
                times = None  # one figure a time
        if not times:
            out.append(record)
            continue
        for period in times:
            out.append(replace(record, period=period))
    return out


# "grew 2.3% in both 2022 and 2023": one value said of two years
BOTH_YEARS = re.compile(r"\s+in\s+both\s+((?:19|20)\d\d)\s+and\s+((?:19|20)\d\d)\b")
# the words between a figure and the first of two times it is said of: "by 9%, for both 2023 and 2024"
# ("nearly 20 percent revenue growth in FY22 and FY23": a few words of what it measures may come between)
BEFORE_TWO_TIMES = re.compile(r"(?:\s+(?!(?:and|or|but|while|whereas|as|than|in|for|during)\b)[a-z-]+){0,3}\s*,?\s*(?:in|for|during)\s+(?:both\s+)?")
# between the two: "2019 and 2020"; not a span ("between 2019 and 2020") nor each its own ("respectively")
TWO_TIMES_JOINT = re.compile(r"\s*,?\s*and\s+")
RESPECTIVE_AFTER = re.compile(r"\s*,?\s*(?:respectively|each)\b", re.I)


def _two_times_after(text: str, record, starts: dict) -> list | None:
    """The two times of the same length named right after ``record`` ("in 2019 and 2020"), else None."""
    gap = BEFORE_TWO_TIMES.match(text, record.end)
    if gap is None or gap.end() not in starts:
        return None
    first = starts[gap.end()]
    joint = TWO_TIMES_JOINT.match(text, first[1])
    if joint is None or joint.end() not in starts:
        return None
    second = starts[joint.end()]
    if RESPECTIVE_AFTER.match(text, second[1]) or re.match(r"\s*\d", text[second[1] : second[1] + 3]):
        return None
    times = [Period(p[2], p[3], p[4]) for p in (first, second)]
    if not all(t.start and t.end for t in times) or _months(times[0]) != _months(times[1]) or times[0].start >= times[1].start:
        return None
    return times


# a rate or share that is a level in per cent: its change "by 1.1 percent" is in points
RATE_LEVEL_NAME = re.compile(
    r"\b(?:(?:unemployment|employment|participation|jobless|vacancy|occupancy|poverty|literacy|savings|tax|interest|policy|repo|lending|deposit|absorption)\s+rate|"
    r"proportion)$",
    re.I,
)


def _points_of_a_rate(record: GrowthRate) -> GrowthRate:
    """Return ``record`` in points where it is the change, in per cent, of a rate or a share that
    is itself a level in per cent: "the official unemployment rate ... increased by 1.1 percent
    year-on-year", "The tertiary industry proportion increased by 1 percent"."""
    if record.unit == "%" and record.value is not None and record.indicator and RATE_LEVEL_NAME.search(record.indicator.strip()) and (
        record.to_value is None or record.to_value <= 100
    ) and not re.search(r"\bpercentage\b", record.text, re.I):
        return replace(record, unit="pp", rule_id=record.rule_id + "+points_of_a_rate")
    return record


# a pace set against another: "..., which is 2.9 percent higher than the average national pace"
ABOVE_A_PACE = re.compile(r"\s+(?:higher|lower|faster|slower|above|below)\s+than\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:pace|growth(?:\s+rate)?|rate\s+of\s+growth)\b", re.I)


def _paces_compared(text: str, growth_rates: list[GrowthRate]) -> list[GrowthRate]:
    """Return ``growth_rates`` with a gap between two paces of growth in points: "an increase of
    9.2 percent, which is 2.9 percent higher than the average national pace" is 2.9 points, and
    ends at the 9.2 the clause before it gave."""
    out = list(growth_rates)
    for k, g in enumerate(out):
        if g.unit != "%" or g.value is None or not ABOVE_A_PACE.match(text, g.end):
            continue
        before = out[k - 1] if k else None
        pace = before.value if before is not None and before.unit == "%" and re.fullmatch(r"\s*,\s*(?:which|that)\s+(?:is|was)\s+", text[before.end : g.start]) else None
        out[k] = replace(g, unit="pp", to_value=g.to_value if pace is None else pace, rule_id=g.rule_id + "+paces_compared")
    return out


def _sane(record):
    """Return ``record`` without an indicator that names no measure ("while N1.678 trillion",
    "trillion") and without a subject that only repeats what is counted ("36 states" of "states")."""
    indicator, subject = record.indicator, record.subject
    if indicator:
        indicator = re.sub(r"^(?:and|or|but|while|whereas)\s+(?=\S)", "", indicator)  # "but imports": the joint of two clauses
    if indicator and (AMOUNT_IN_TEXT.search(indicator) or all(w in UNIT_WORDS for w in indicator.lower().split()) or re.fullmatch(r"['’]s", indicator)):
        indicator = None  # and "'s", the verb of "it's $22.47 billion"
    if subject and indicator and subject.lower() == indicator.lower() and record.unit == "count":
        subject = None
    if isinstance(record, Metric) and record.unit == "count" and indicator and INDEX_NAME.search(indicator):
        # "the per head index is 75.9", "The consumer price index (CPI 2020) was 116.1": an index's level, no count
        record = replace(record, unit="index")
    return record if (indicator, subject) == (record.indicator, record.subject) else replace(record, indicator=indicator, subject=subject)


# the name of an index, whose level is in index points: "consumer price index", "per head index", "CPI"
INDEX_NAME = re.compile(r"\bindex(?:ed)?\b|\b(?:CPI|PPI|HICP|PMI)\b(?!\s+(?:inflation|rate))", re.I)


# an amount inside a phrase: "N1.678 trillion", "$5bn", "Rs 49,900"
AMOUNT_IN_TEXT = re.compile(r"(?:[$€£¥₹₦]|\bRs\.?\s?|\b[A-Z]{1,3}\$|\bN)\d")


# stems of words that qualify many measures and so make no two of them the same thing
GENERIC_STEMS = {"total", "overal", "gross", "annual", "monthl", "quarte", "yearly", "curren", "consta", "nomina", "level", "value", "amount"}


def _stems(text: str | None) -> set[str]:
    """Return the first six letters of each content word: "innovation" and "innovations" agree."""
    return {w[:6] for w in _words(text) if len(w) > 3}


def _in_heading(text: str, position: int) -> bool:
    """Return True if ``position`` lies on a line without a full stop (a headline or sub-heading)."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    line = text[start : end if end >= 0 else len(text)].strip()
    return not re.search(r"[.!?][\"'”’)]*$", line)


def _share_coordinated_period(text: str, metrics: list[Metric]) -> list[Metric]:
    """Give an undated amount the period said after the amount coordinated with it.

    "$205.7 billion in revenue and $214.5 billion in spending in the coming fiscal year": the
    fiscal year dates both.
    """
    out = list(metrics)
    for k in range(len(out) - 1):
        first, second = out[k], out[k + 1]
        if first.period is not None or second.period is None or first.sentence != second.sentence or second.start < first.end:
            continue
        if COORDINATED_GAP.fullmatch(text, first.end, second.start) and text.find(second.period.text, second.end, second.end + 80) >= 0:
            out[k] = replace(first, period=second.period)
    return out


# between two coordinated amounts: " in revenue and ", " of exports and "
COORDINATED_GAP = re.compile(r"\s+(?:in|of|for|on)\s+[a-z][\w -]{0,30}?\s+and\s+(?:[^\s\d]{0,4}\s?)?")


def _share_range_fields(metrics: list[Metric]) -> list[Metric]:
    """Give both ends of a range the period and indicator said of the range as a whole.

    "the forecast range of 1.8%-2.6% for the month", "the 2%-4% target range for the year":
    the period after the high end dates the low end too, and a low end read without an
    indicator takes the high end's.
    """
    highs = {m.start: m for m in metrics if "+range_high" in m.rule_id}
    if not highs:
        return metrics
    out = []
    for m in metrics:
        if "+range_low" in m.rule_id:
            high = next((h for start, h in sorted(highs.items()) if start >= m.end), None)
            if high is not None and high.sentence == m.sentence and high.start - m.end <= 12:
                generic = m.indicator is None or m.indicator.lower() in ("range", "band", "target range")
                m = replace(
                    m, period=high.period or m.period, indicator=high.indicator if generic and high.indicator else m.indicator,
                    subject=high.subject if generic and high.indicator else m.subject,
                )  # "raise its key rate, which affects many loans, to a range of 2.25% to 2.5%": the parse reads the high end
        elif "+range_high" in m.rule_id and out and out[-1].rule_id.startswith("level_after_change+") and "+range_low" in out[-1].rule_id:
            # "cut its key rate ... to a range of 4% to 4.25%": the high end is the same level's
            low = out[-1]
            if low.sentence == m.sentence and m.start - low.end <= 12:
                m = replace(m, indicator=low.indicator, subject=low.subject, period=low.period)
        out.append(m)
    return out


# a figure and the time it is of, right after it: "recording a +6.4% in 2021"
FIGURE_THEN_TIME = re.compile(r"\d(?:\s?%|\s?(?:per\s?cent|percent|[mb]n|billion|million|trillion|thousand)\b)?\)?\s+(?:in|for|during)\s+(?:the\s+)?$", re.I)


# an item of a list written before its verb: "production", "air conditioning supply", "re-exports";
# the list opens a line or follows a comma ("In production, electricity, gas ...": not "In production")
LIST_ITEM = r"(?!(?:In|Within|For|At|On|Of|By|During|Among|Across|Over|From|Between|Meanwhile|While)\b)[A-Za-z][\w’'-]*(?:\s+(?!and\b)[a-z][\w’'-]*){0,4}"
LIST_OPENS = r"(?:^|(?<=,\s)|(?<=\)\s))"
LIST_BEFORE_VERB = re.compile(rf"{LIST_OPENS}(?P<items>{LIST_ITEM}(?:,\s+{LIST_ITEM})*,?\s+and\s+{LIST_ITEM})\s*$", re.M)
# two items, the first a list of its own: "electricity, gas, steam and air conditioning supply and manufacturing"
PAIR_BEFORE_VERB = re.compile(rf"{LIST_OPENS}(?P<first>{LIST_ITEM}(?:,\s+{LIST_ITEM})*(?:,?\s+and\s+{LIST_ITEM})?)\s+and\s+(?P<last>{LIST_ITEM})\s*$", re.M)


def _list_before(text: str, end: int, count: int) -> list[str] | None:
    """Return the ``count`` items of the list "A, B and C" that ends right before ``end`` on its
    line, or None.

    Of two items the first may be a list itself: "electricity, gas, steam and air conditioning
    supply and manufacturing grew by 8.0% and 1.0%" lists "electricity, gas, steam and air
    conditioning supply" and "manufacturing"."""
    start = text.rfind("\n", 0, end) + 1
    if count == 2:
        pair = PAIR_BEFORE_VERB.search(text, start, end)
        return [pair.group("first"), pair.group("last")] if pair is not None else None
    said = LIST_BEFORE_VERB.search(text, start, end)
    if said is None:
        return None
    parts = [p.strip() for p in LIST_JOINT.split(said.group("items"))]  # (the items hold no comma of their own)
    return parts if len(parts) == count and all(parts) else None


def _headline_end(text: str) -> int:
    """Return where the first line ends where it is a headline, or -1 where it is a sentence."""
    end = text.find("\n")
    return -1 if end > 160 or text[:end].rstrip().endswith(".") else end


def _paragraph_starts(text: str) -> list[int]:
    starts = [0]
    for match in re.finditer(r"\n\s*\n|\n(?=\s{2,}\S)", text):
        starts.append(match.end())
    return starts


# where a country's cue may start: a letter that no word character or "$" precedes
WORD_START = re.compile(r"(?<![\w$])[^\W\d_]")
# what may not follow a cue: more of a word, or "dollars" ("US dollars")
CUE_GOES_ON = re.compile(r"[\w$]|\s+dollars?\b")


class CountryGuesser:
    """Guesses the country an article is about, for its own dollar and its fiscal year."""

    def __init__(self, lexicons: Lexicons):
        self.rows = lexicons.countries
        self.by_name = {}
        for r in self.rows:  # a hint may be the country's name or any of its cues ("UK", "US")
            for name in [r["country"], *r["cues"].split("|")]:
                self.by_name.setdefault(name.lower(), r)
        # one pass over the text for every country's cues: a cue of two countries ("NBS") counts for both
        self.countries_of: dict[str, list[str]] = {}
        for r in self.rows:
            for cue in r["cues"].split("|"):
                # a dateline writes its city in capitals: "TOKYO (Reuters) -", "BEIJING, Nov. 7"
                for form in {cue, cue.upper()} if len(cue) > 3 else {cue}:
                    self.countries_of.setdefault(form, []).append(r["id"])
        # a region names its country too ("Tasmania", "Gujarat"), unless its name is a country's
        # own ("Georgia"); a region of two countries ("Punjab") counts for both
        cues = {cue.lower() for cue in self.countries_of}
        for region in lexicons.regions:
            country = self.by_name.get(region["country"].lower())
            name = region["region"]
            if country is None or len(name) < 4 or name.lower() in cues:
                continue
            ids = self.countries_of.setdefault(name, [])
            if country["id"] not in ids:
                ids.append(country["id"])
        # the cues by their first two letters, longest first: one look-up a word, where one regex
        # of some two thousand alternatives would try each at every word
        self.cues_at: dict[str, list[str]] = {}
        for cue in sorted(self.countries_of, key=len, reverse=True):
            self.cues_at.setdefault(cue[:2], []).append(cue)

    def _cues(self, text: str) -> Iterator[str]:
        """Yield the cues in ``text``, left to right, the longest at each place, none inside a word."""
        taken = 0
        for start in WORD_START.finditer(text):
            at = start.start()
            if at < taken:
                continue
            for cue in self.cues_at.get(text[at : at + 2], ()):
                end = at + len(cue)
                # "US dollars 541 million" in a Sri Lankan story names a currency, not the country
                if text.startswith(cue, at) and not CUE_GOES_ON.match(text, end):
                    taken = end
                    if text[max(0, at - 4) : at] == "New " and cue in ("Mexico", "Guinea", "England", "York"):
                        break  # "New Mexico", "Papua New Guinea": another place's name
                    yield cue
                    break

    def of_article(self, text: str, hint: str | None = None) -> dict[str, str]:
        """Return the countries.tsv row of the article: the hint (e.g. from meta.json) or the most mentioned."""
        if hint:
            # "Pakistan (Punjab)", "Kenya (Meru County)": a country with the region the article is on
            named = self.by_name.get(hint.lower()) or self.by_name.get(re.sub(r"\s*\(.*\)\s*$", "", hint).lower())
            if named is not None:
                return named
        counts = dict.fromkeys((r["id"] for r in self.rows), 0)
        first: dict[str, int] = {}
        for k, cue in enumerate(self._cues(text)):
            for country in self.countries_of[cue]:
                counts[country] += 1
                first.setdefault(country, k)
        # as often named: the one named first ("British Columbia's deficit ... U.S. tariffs")
        best = max(self.rows, key=lambda r: (counts[r["id"]], -first.get(r["id"], 0)))
        if counts[best["id"]] == 0:
            return {"id": "country_unknown", "dollar": "USD", "yen": "JPY", "fiscal_start_month": "1", "fiscal_named_by": "end"}
        return best


def _resolve_dollars(quantities: list[RawQuantity], country: dict[str, str], families: dict[tuple[str, str], str] | None = None) -> list[RawQuantity]:
    """Give a bare "$" or "¥" the article's own currency (gold-format: CAD in an Ontario story),
    and a currency word several countries use ("Rs", "shillings", "riyals") the code of the
    article's country, else the family's usual one (currency_families.tsv)."""
    out = []
    families = families or {}
    for q in quantities:
        base, _, rest = q.unit.partition("/")
        if base in ("$", "¥"):
            code = country["dollar"] if base == "$" else country["yen"]
            q = replace(q, unit=code + ("/" + rest if rest else ""))
        elif base.islower() and (base, "*") in families:
            code = families.get((base, country.get("country", ""))) or families[(base, "*")]
            if code == "-":
                continue  # "M3" outside Lesotho: a money supply, not maloti
            if base == "p_glued" and not q.has_scale and abs(q.value) < 1000 and float(q.value).is_integer():
                continue  # "Group P1", "P148, 481" split by a slip: a label or a fragment, not pesos
            q = replace(q, unit=code + ("/" + rest if rest else ""))
        out.append(q)
    return out


# "increased from 55,000 to", "from just 31% of total income in 2020 to": where a move's start is said
FROM_BEFORE = re.compile(r"\bfrom\s*(?:(?:just|only|a\s+mere|barely|an?\s+(?:(?:all-time|record|recent)\s+)?(?:peak|high|low)\s+of)\s+)?$", re.I)
# "from around $US88 a tonne to $192 a tonne": the move from one end to the other, with a bare "$" at its end
TO_THE_OTHER_END = re.compile(r"(?:\s+(?:a|an|per)\s+[a-z]+)?\s+(?:to|and)\s+(?:(?:about|around|nearly|over|some|almost)\s+)?")


def _dollar_of_the_other_end(quantities: list[RawQuantity], text: str) -> list[RawQuantity]:
    """Give a bare "$" at the end of a move the dollar its start names: "surged from around
    $US88 a tonne to $192 a tonne" is in US dollars at both ends, whatever the story's dollar."""
    out = list(quantities)
    for k in range(1, len(out)):
        q, before = out[k], out[k - 1]
        base, _, rest = q.unit.partition("/")
        named = before.unit.partition("/")[0]
        if base != "$" or named in ("$", "") or not text[before.start : before.start + 4].lstrip("(").startswith(("$", "US", "A$", "NZ", "C$", "HK", "S$")):
            continue
        if "$" not in text[before.start : before.end] or not TO_THE_OTHER_END.fullmatch(text, before.end, q.start):
            continue
        if re.search(r"\bfrom\s+(?:\w+\s+)?$", text[max(0, before.start - 20) : before.qualifier_start if before.qualifier_start is not None else before.start]):
            out[k] = replace(q, unit=named + ("/" + rest if rest else ""))
    return out


def _written_then_digits(quantities: list[RawQuantity], text: str) -> list[RawQuantity]:
    """Drop a figure in brackets that restates in digits the one written in words just before
    it: "grown by forty percent (40%)", "twenty-five (25) projects" are one figure each."""
    out: list[RawQuantity] = []
    for q in quantities:
        last = out[-1] if out else None
        if (
            last is not None and last.written and not q.written and q.value == last.value
            and (q.unit == last.unit or q.unit == "count") and re.fullmatch(r"\s*\(\s*", text[last.end : q.start]) and re.match(r"\s*\)", text[q.end : q.end + 3])
        ):
            continue
        out.append(q)
    return out


def _bare_crores(quantities: list[RawQuantity], text: str, rupee: str) -> list[RawQuantity]:
    """Give an amount in crores or lakhs said with no currency ("the fiscal deficit for FY27 is
    estimated at 62,423.36 crore") the article's rupee, where its sentence is on money and no
    counted noun follows it ("1.2 crore e-way bills" stays a count)."""
    out = []
    for q in quantities:
        if (
            q.unit == "count" and q.has_scale and re.search(r"(?:crores?|lakhs?)$", text[q.start : q.end], re.I)
            and not re.match(r"\s+(?:of\s+)?(?!(?:in|for|from|to|and|or|on|at|as|by|during|under|which|while|compared|against|than|last|this|the|a|an|with|over)\b)[a-z]", text[q.end : q.end + 30])
            and MONEY_SENTENCE.search(text, start := _sentence_start_before(text, q.start), _sentence_end_after(text, q.end))
            and not COUNTED_CRORES.search(text, start, q.start)  # "7.7 crore e-way bills ..., higher than 7.5 crore": counted, as the first
        ):
            q = replace(q, unit=rupee, kind="money", rule_id=q.rule_id + "+bare_crore")
        out.append(q)
    return out


def _sentence_end_after(text: str, position: int) -> int:
    """Return where the sentence around ``position`` ends (its full stop, or the text's end)."""
    end = SENTENCE_CLOSE.search(text, position)
    return end.end() if end else len(text)


# where a sentence closes, before the parse is read: a full stop, or a line break
SENTENCE_CLOSE = re.compile(r"[.!?](?:\s|$)|\n")


# crores of a thing: "7.7 crore e-way bills"
COUNTED_CRORES = re.compile(r"\b(?:crores?|lakhs?)\s+(?!(?:in|for|from|to|and|or|on|at|as|by|during|under|which|while|compared|against|than|of|rupees)\b)[a-z][\w-]*", re.I)
# words of a sentence on money
MONEY_SENTENCE = re.compile(
    r"\b(?:deficits?|surplus|revenues?|expenditures?|spending|budget|GSDP|GDP|debt|borrowings?|tax(?:es)?|allocations?|outlays?|receipts|grants?|collections?|income|subsid(?:y|ies)|funds?|estimates?|cost|loans?|investments?)\b",
    re.I,
)


MONEY_NOUNS = re.compile(
    r"^\s+(?:of\s+)?(?:funds?|funding|investment|capital|budget|revenue|spending|loans?|subsid(?:y|ies)|grants?|financing|credit)\b",
    re.I,
)


CURRENCY_WORDS = {
    "dollar": "USD", "greenback": "USD", "euro": "EUR", "yen": "JPY", "pound": "GBP", "sterling": "GBP",
    "yuan": "CNY", "renminbi": "CNY", "rupee": "INR", "won": "KRW", "naira": "NGN", "rand": "ZAR", "peso": "PHP",
}
DOLLAR_ADJECTIVES = {
    "us": "USD", "u.s.": "USD", "american": "USD", "australian": "AUD", "canadian": "CAD", "new zealand": "NZD",
    "hong kong": "HKD", "singapore": "SGD", "taiwan": "TWD",
}
# "the dollar averaged ¥108.33", "the New Zealand dollar fell 0.90% to $0.5745"
RATE_BEFORE = re.compile(
    r"\b(?P<adj>US|U\.S\.|American|Australian|Canadian|New Zealand|Hong Kong|Singapore|Taiwan)?\s*(?P<cur>dollar|greenback|euro|yen|pound|sterling|yuan|renminbi|rupee|won|naira|rand|peso)"
    r"\s+(?:on\s+average\s+)?(?:(?:has|had|was|is)\s+)?(?:averaged|stood\s+at|was\s+at|was|traded\s+at|trading\s+at|fell(?:\s+\S+%)?\s+to|rose(?:\s+\S+%)?\s+to|weakened\s+to|strengthened\s+to|ended\s+at|closed\s+at|hit|reached"
    r"|to\s+(?:the\s+)?[A-Za-z]+\s+at|at|to)"  # "the dollar on average was SCR14.20", "has reached 61,00 pounds", "US dollar to Naira at N305"
    r"\s+(?:around|about|nearly|some)?\s*$",
    re.I,
)
# a currency named before its rate: "Mexico's peso", "the Philippine peso", "the rupee"
QUOTED_CURRENCY = re.compile(r"(?:\b(?P<adj>[A-Z][\w.]*(?:['’]s)?)\s+)?\b(?P<cur>peso|rupee|yuan|renminbi|won|naira|rand|yen|euro|pound|sterling|lira|real|rupiah|ringgit|baht|dong|shilling|cedi)\b", re.I)
PESO_OF = {"mexican": "MXN", "mexico's": "MXN", "philippine": "PHP", "chilean": "CLP", "chile's": "CLP", "colombian": "COP", "argentine": "ARS", "argentina's": "ARS"}
MORE_CURRENCY_WORDS = {"lira": "TRY", "real": "BRL", "rupiah": "IDR", "ringgit": "MYR", "baht": "THB", "dong": "VND", "shilling": "KES", "cedi": "GHS"}


def _currency_code(match: re.Match) -> str:
    """Return the ISO code of a currency word ("Mexico's peso" is MXN, a bare "peso" PHP)."""
    word = match.group("cur").lower()
    if word == "peso":
        return PESO_OF.get((match.group("adj") or "").lower().replace("’", "'"), "PHP")
    return CURRENCY_WORDS.get(word) or MORE_CURRENCY_WORDS[word]


# "N1,450 to $1", "¥150 per dollar", "7.2 yuan against the dollar"
RATE_AFTER = re.compile(r"^\s*(?:to|per|against|a)\s+(?:the\s+|one\s+)?(?:(?P<sym>\$|US\$|€|£)\s?1\b|(?:US\s+|U\.S\.\s+)?(?P<cur>dollar|greenback|euro|yen|pound|sterling)\b|(?P<code>USD|EUR|GBP|JPY|CNY|CHF)\b)", re.I)


# "(1 US dollar = 170.4000 Syrian pound)", "($1 = 7.1 yuan)": a wire story's rate of the day
RATE_EQUALS = re.compile(r"(?:(?P<sym>US\$|\$|€|£)\s?1|(?<![\d.,])1\s+(?:US\s+|U\.S\.\s+)?(?P<cur>dollar|euro|pound|yen)s?)\s*=\s*$", re.I)


def _sentence_start_before(text: str, position: int) -> int:
    """Return roughly where the sentence holding ``position`` starts (after ". " or a line break),
    for the scans that run before the parse is read."""
    return max(text.rfind(". ", 0, position), text.rfind("\n", 0, position), 0)


def _exchange_rates(quantities: list[RawQuantity], text: str) -> list[RawQuantity]:
    """Give an exchange rate the unit of one currency in another: "the dollar averaged ¥108.33"
    is JPY/USD, "N1,450 to $1" is NGN/USD; a level it is compared with in the sentence ("down
    from ¥120.13") is one too."""
    out: list[RawQuantity] = []
    skip: set[int] = set()
    for k, q in enumerate(quantities):
        if k in skip:
            continue
        code = q.unit.split("/")[0]
        if q.kind == "count" and not q.has_scale and not q.written:
            # "the peso weakened 1.2% to 20.15 per dollar": a bare number quoted against a currency
            after = RATE_AFTER.match(text[q.end : q.end + 30])
            quoted = list(QUOTED_CURRENCY.finditer(text, _sentence_start_before(text, q.start), q.start))
            if after is not None and after.group("cur") and quoted:
                code = _currency_code(quoted[-1])
                base = CURRENCY_WORDS[after.group("cur").lower()]
                if code != base:
                    q = replace(q, unit=f"{code}/{base}", kind="money", rule_id=q.rule_id + "+exchange_rate")
            out.append(q)
            continue
        if q.kind != "money" or "/" in q.unit or not re.fullmatch(r"[A-Z]{3}", code):
            out.append(q)
            continue
        sentence_start = _sentence_start_before(text, q.start)
        base = None
        before = RATE_BEFORE.search(text, sentence_start, q.qualifier_start if q.qualifier_start is not None else q.start)
        after = RATE_AFTER.match(text[q.end : q.end + 30])
        equals = RATE_EQUALS.search(text, max(sentence_start, q.start - 30), q.qualifier_start if q.qualifier_start is not None else q.start)
        if equals is not None:
            symbol = equals.group("sym")
            base = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP"}.get(symbol) if symbol else CURRENCY_WORDS[equals.group("cur").lower()]
            if out and out[-1].value == 1 and out[-1].start >= equals.start():
                out.pop()  # the "1 US dollar" of the rate is no figure of its own
        elif after is not None:
            symbol = after.group("sym")
            base = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP"}.get(symbol) if symbol else after.group("code").upper() if after.group("code") else CURRENCY_WORDS[after.group("cur").lower()]
            if symbol and k + 1 < len(quantities) and quantities[k + 1].start < q.end + 30 and quantities[k + 1].value == 1:
                skip.add(k + 1)  # the "$1" of "N1,450 to $1" is no figure of its own
        elif before is not None:
            adjective = (before.group("adj") or "").lower()
            base = DOLLAR_ADJECTIVES.get(adjective, "USD") if before.group("cur").lower() in ("dollar", "greenback") else CURRENCY_WORDS[before.group("cur").lower()]
            if base == code and text[q.start : q.start + 1] == "$" and base != "USD":
                code = "USD"  # "the New Zealand dollar fell to $0.5745": a dollar is quoted in US dollars
        if base is None and out and "/" in out[-1].unit and out[-1].unit.split("/")[0] == code and out[-1].start >= sentence_start:
            base = out[-1].unit.split("/")[1]  # "..., down from ¥120.13 in fiscal 2015"
        if base is not None and base != code:
            q = replace(q, unit=f"{code}/{base}", rule_id=q.rule_id + "+exchange_rate")
        out.append(q)
    return out


# an oil price named before an amount: "the oil benchmark of $75", "oil prices reached USD 55.0"
OIL_PRICE_BEFORE = re.compile(r"\b(?:oil|crude|Brent|WTI)(?:\s+(?:price|benchmark|budget\s+benchmark))s?\b|\b(?:price|benchmark)\s+of\s+(?:Brent|WTI|crude|oil)\b", re.I)
# a price said again without naming oil: "the average price has been $76"
PRICE_WORD = re.compile(r"\bprices?\b", re.I)


def _barrel_prices(quantities: list[RawQuantity], text: str) -> list[RawQuantity]:
    """Give a price of oil said without its unit the unit per barrel: "the oil benchmark of $75"
    is USD/bbl, and so is "the average price has been $76" after "$74 per barrel" in the lines
    before. Only an amount without a scale that a barrel can cost (1 to 300) is one."""
    out: list[RawQuantity] = []
    for q in quantities:
        if q.kind == "money" and "/" not in q.unit and not q.has_scale and 1 <= q.value <= 300:
            clause_start = max(_sentence_start_before(text, q.start), q.start - 90)
            before = q.qualifier_start if q.qualifier_start is not None else q.start
            if OIL_PRICE_BEFORE.search(text, clause_start, before) or PRICE_WORD.search(text, clause_start, before) and any(
                p.unit == q.unit + "/bbl" and q.start - p.end < 300 for p in out[-6:]
            ):
                q = replace(q, unit=q.unit + "/bbl", kind="money", rule_id=q.rule_id + "+unit_barrel")
        out.append(q)
    return out


# what follows a bare amount that counts nothing: "2.56 trillion equivalent to ...", "2.56 trillion."
NOT_A_COUNTED_NOUN = re.compile(r"\s*(?:$|[.,;:()]|(?:equivalent|representing|or|and|in|to|for|from|which|while|against|compared|versus|respectively)\b)", re.I)


def _hourly_amounts(quantities: list[RawQuantity], text: str) -> list[RawQuantity]:
    """Give an amount said of an hour's pay its unit per hour: "the average hourly wages of
    employees rising 5.2% (+$1.57 to $31.67)" is CAD/h."""
    out = []
    for q in quantities:
        if q.kind == "money" and "/" not in q.unit and not q.has_scale:
            clause_start = max(_sentence_start_before(text, q.start), q.start - 90)
            if HOURLY.search(text, clause_start, q.start):
                q = replace(q, unit=q.unit + "/h", rule_id=q.rule_id + "+unit_hourly")
        out.append(q)
    return out


def _bare_points(quantities: list[RawQuantity], text: str) -> list[RawQuantity]:
    """Read "points" said of a rate as percentage points: "total exports abroad grew 3.2%, 2.1
    points less than in the previous quarter", "down by one point". Not in a sentence on an
    index or a score, whose points are its own ("the index rose 25 points")."""
    out = []
    for q in quantities:
        if q.unit == "count" and q.kind == "count" and not q.has_scale and q.value < 100:
            after = BARE_POINTS_AFTER.match(text, q.end)
            if after is not None:
                sentence = text[_sentence_start_before(text, q.start) : _sentence_end_after(text, q.end)]
                if RATE_SAID.search(sentence) and not POINTS_OF_THEIR_OWN.search(sentence):
                    q = replace(q, unit="pp", kind="points", end=after.end(), core_end=after.end(), rule_id=q.rule_id + "+unit_bare_points")
        out.append(q)
    return out


# "points" after a number, with no "percentage" or "basis" before it
BARE_POINTS_AFTER = re.compile(r"[ \u00a0]points?\b(?!\s+(?:of\s+(?:sale|entry|contact|view|presence|interest)|system|plan|table))", re.I)
# a sentence that speaks of a rate in per cent
RATE_SAID = re.compile(r"%|\bper\s*cent\b|\bpercent\b|\brates?\b", re.I)
# what has points of its own: an index, a score, a rating
POINTS_OF_THEIR_OWN = re.compile(r"\b(?:index|indices|indexes|PMI|score[sd]?|rating|ranking|ranked|sentiment|confidence|barometer|Nikkei|Dow|S&P|FTSE|Sensex|Nifty|Hang\s+Seng|KOSPI|stocks?|shares)\b", re.I)


def _bracketed_conversions(quantities: list[RawQuantity], text: str) -> list[RawQuantity]:
    """Return ``quantities`` with a bare-dollar amount in brackets after an amount of the local
    dollar read as US dollars, in a text that writes the local dollar by its code: "AUD 1.35
    billion ($1.04 billion)", "$379 million ($292 million)" is a conversion, not the same
    amount twice."""
    out = list(quantities)
    for k in range(1, len(out)):
        q, prev = out[k], out[k - 1]
        if (
            q.unit == prev.unit and q.unit in LOCAL_DOLLARS and q.unit != "USD" and "cur_dollar_sym" in q.rule_id
            and re.fullmatch(r"\s*\(\s*", text[prev.end : q.start]) and re.search(rf"\b{q.unit}\s?\d", text)
        ):
            out[k] = replace(q, unit="USD", rule_id=q.rule_id + "+usd_conversion")
    return out


LOCAL_DOLLARS = {"AUD", "NZD", "CAD", "HKD", "SGD", "TWD", "BZD", "JMD", "TTD", "BSD", "BBD", "FJD", "NAD", "LRD", "GYD", "BMD", "KYD", "XCD"}


def _space_thousands(quantities: list[RawQuantity], text: str) -> list[RawQuantity]:
    """Return ``quantities`` with a number whose thousands are set apart by spaces ("317 000 jobs",
    "(172 000)", "1 234 567") read whole, in a text that groups no thousands with commas."""
    if THOUSANDS_COMMA.search(text) or not SPACED_THOUSANDS.search(text):
        return quantities

    def join(last: RawQuantity, q: RawQuantity) -> RawQuantity | None:
        groups = re.fullmatch(r"\d{3}(?:[ \u00a0]\d{3})*", text[q.number_start : q.number_end])
        money_first = last.kind == "money" and last.end == last.number_end and q.unit == "count"  # "US$264" and "056 873"
        if not (
            (last.kind == "count" and last.unit == "count" or money_first) and not last.has_scale and not last.written
            and re.fullmatch(r"\d{1,3}(?:[ \u00a0]\d{3})*", text[last.number_start : last.number_end]) and text[last.end : q.start] in (" ", "\u00a0")
            and groups and not (last.start > 0 and re.match(r"[\d.,]", text[last.start - 1]))
            and q.qualifier_start is None and not q.has_scale
        ):
            return None
        # "317" and "000 jobs", "US$264" and "056 873": one number
        whole = replace(last, end=q.end, number_end=q.number_end) if money_first else q
        return _from_first(last, whole, value=last.value * 1000 ** (len(groups.group(0)) // 4 + 1) + q.value, rule_id=whole.rule_id + "+space_thousands")

    return _join_pairs(quantities, join)


def _join_pairs(quantities: list[RawQuantity], join) -> list[RawQuantity]:
    """Return ``quantities`` with each one that ``join(last, q)`` reads together with the
    (possibly already joined) one before it replaced, with that one, by what ``join`` returns."""
    out: list[RawQuantity] = []
    for q in quantities:
        joined = join(out[-1], q) if out else None
        if joined is None:
            out.append(q)
        else:
            out[-1] = joined
    return out


def _from_first(first: RawQuantity, record: RawQuantity, **changes) -> RawQuantity:
    """Return ``record`` (the later part of a number split in two) starting where ``first`` does,
    with ``first``'s qualifier, and ``changes``."""
    return replace(record, start=first.start, number_start=first.number_start, qualifier=first.qualifier, qualifier_start=first.qualifier_start, **changes)


# a spread across places or items, not a change: "the rate ranged from 3.8% in Uttlesford to 10.4% in Fenland"
SPREAD_BEFORE = re.compile(r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\s+(?:widely\s+)?from\s+(?:about\s+|around\s+|just\s+)?$", re.I)


def _ends_of_a_spread(text: str, metrics: list[Metric]) -> list[Metric]:
    """Return ``metrics`` with the upper end of a spread measuring what its lower end does: "the
    rate ranged from 3.8% in Uttlesford in Essex to 10.4% in Fenland" gives both the rate."""
    out = sorted(metrics, key=lambda m: m.start)
    for k in range(1, len(out)):
        low, high = out[k - 1], out[k]
        if (
            high.indicator is None and low.indicator and low.unit == high.unit and low.sentence == high.sentence
            and SPREAD_BEFORE.search(text, max(0, low.start - 40), low.start)
            and re.fullmatch(r"\s+(?:in|for|at|among)\s+[^,;.]{1,60}?\s+to\s+|\s+to\s+", text[low.end : high.start])
        ):
            out[k] = replace(high, indicator=low.indicator)
    return out


# after a change: the words from its end to the parts it is made of ("... were generated in Chihuahua, of which ")
OF_WHICH = re.compile(r"[^,;.()]{0,60}?,\s*of\s+which\s+")
# after a part of a change: the place it goes to ("correspond to the Juárez region", "to Delicias")
PART_GOES_TO = re.compile(r"\s+(?:(?:correspond|corresponds|went|go|goes|belong|belongs)\s+)?to\s+(?:the\s+)?(?P<place>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})(?:\s+(?:region|province|state|district|municipality|county))?(?=\s*[;,.]|\s+and\b|\s*$)")
# "the share of industrial services - 10.9 percent": a share, its verb left out for a dash
SHARE_BEFORE_DASH = re.compile(r"(?:^|[,;]\s*(?:and\s+)?|\band\s+)(?:the\s+)?share\s+of\s+(?P<what>[^,;\d–—-][^,;\d]{2,80}?)\s+[–—-]\s*$", re.I)
# "17.1 percent – in the processing sector": the part a listed share is of
PART_AFTER_DASH = re.compile(r"\s*[–—-]\s*(?:in|for|on)\s+(?:the\s+)?(?P<part>[^,;.\d]{2,80}?)(?=\s*(?:[,;.]|$)|\s+(?:and|while|whereas)\s+(?:the\s+rest\s+)?\d)")
# after a percentage with no article before it: one word, then the change it names ("1% tax hike")
ONE_WORD_THEN_CHANGE_NOUN = re.compile(
    r"^\s*(?P<phrase>(?!(?:and|or|but|while|of|in|on|at|to|for|the|a|an|with|by|from|as|is|was|are|were|year|month|quarter|annual|annually)\b)[a-z][\w-]*\s+"
    r"(?P<cue>hike|increase|rise|cut|reduction|decrease|jump|drop|fall|decline))\b(?!\s+(?:of|to|from)\b)"
)
# a change named by a noun after its size: "34 percent fall", "a 5% rise"
CHANGE_NOUN_AFTER = re.compile(r"\s*(?:fall|rise|growth|increase|decrease|decline|drop|jump|hike|surge|dip|gain|slump)\b", re.I)


def _changes_listed_before_their_noun(text: str, metrics: list[Metric], growth_rates: list[GrowthRate]) -> tuple[list[Metric], list[GrowthRate]]:
    """Return ``metrics`` and ``growth_rates`` where sizes listed before one change noun are all
    changes: "21 percent and 34 percent fall in terms of value and weight, respectively" is a
    fall of 21 percent and one of 34 percent (not a fall of 34 percent to 21 percent)."""
    listed: dict[int, GrowthRate] = {}
    for g in growth_rates:
        if g.value is None or g.unit != "%" or not g.text[:1].isdigit() or not CHANGE_NOUN_AFTER.match(text, g.end):
            continue
        start = g.start
        for m in sorted((m for m in metrics if m.unit == g.unit and m.sentence == g.sentence and m.end <= start), key=lambda m: -m.end):
            if m.end > start or not re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+)", text[m.end : start]) or m.qualifier is not None or m.value is None or m.value < 0:
                break
            listed[id(m)] = GrowthRate(
                indicator=m.indicator, subject=m.subject, value=m.value, unit=m.unit, direction=g.direction, basis=g.basis, from_value=None, to_value=None,
                qualifier=None, period=m.period or g.period, text=m.text, sentence=m.sentence, start=m.start, end=m.end, rule_id="listed_before_change_noun+" + m.rule_id,
            )
            start = m.start
    if not listed:
        return metrics, growth_rates
    values = {(g.sentence, g.value) for g in listed.values()}
    growth_rates = [replace(g, to_value=None) if (g.sentence, g.to_value) in values and g.text[:1].isdigit() else g for g in growth_rates]
    return [m for m in metrics if id(m) not in listed], sorted(growth_rates + list(listed.values()), key=lambda g: g.start)


def _shares_listed_with_a_dash(text: str, metrics: list[Metric], growth_rates: list[GrowthRate]) -> tuple[list[Metric], list[GrowthRate]]:
    """Return ``metrics`` and ``growth_rates`` where percentages a dash joins to their part are shares.

    The dash stands for the verb left out: "80.9 percent of industrial production was in the
    mining industry, 17.1 percent – in the processing sector" is the processing sector's share of
    industrial production; "the share of industrial production in the total production - 89.1
    percent" that share. A bare percentage so listed names no change.
    """
    shares: dict[int, Metric] = {}
    for g in growth_rates:
        if g.value is None or g.unit != "%" or not g.text[:1].isdigit() or g.from_value is not None or g.to_value is not None:
            continue
        sentence_start = g.start - g.sentence.find(g.text) if g.text in g.sentence else g.start
        named = SHARE_BEFORE_DASH.search(text, max(sentence_start, g.start - 120), g.start)
        part = PART_AFTER_DASH.match(text, g.end) if named is None else None
        whole = None
        if part is not None:
            earlier = [m for m in metrics if m.sentence == g.sentence and m.end <= g.start and (m.indicator or "").startswith("share of ")]
            if not earlier:
                continue
            whole = earlier[-1].indicator[len("share of ") :].split(" in ")[-1]
        elif named is None:
            continue
        indicator = f"share of {named.group('what')}" if named is not None else f"share of {part.group('part')} in {whole}"
        shares[id(g)] = Metric(
            indicator=indicator, subject=g.subject, value=g.value, unit=g.unit, qualifier=g.qualifier, period=g.period,
            text=g.text, sentence=g.sentence, start=g.start, end=g.end, rule_id="share_with_dash+" + g.rule_id,
        )
    if not shares:
        return metrics, growth_rates
    return sorted(metrics + list(shares.values()), key=lambda m: m.start), [g for g in growth_rates if id(g) not in shares]


def _parts_of_a_change(text: str, metrics: list[Metric], growth_rates: list[GrowthRate]) -> tuple[list[Metric], list[GrowthRate]]:
    """Return ``metrics`` and ``growth_rates`` where the parts "of which" a change is made are changes.

    "30,658 new formal jobs were generated in Chihuahua, of which 9,680 correspond to the Juárez
    region; 14,898 to Chihuahua": each part is a rise of the same measure, in the place it goes to.
    """
    parts: dict[int, GrowthRate] = {}
    for g in growth_rates:
        if g.value is None or g.unit in ("%", "pp") or g.to_value is not None:
            continue
        which = OF_WHICH.match(text, g.end)
        if which is None:
            continue
        at = which.end()
        for m in sorted((m for m in metrics if m.sentence == g.sentence and m.start >= at and m.unit == g.unit), key=lambda m: m.start):
            if not re.fullmatch(r"\s*(?:[,;]\s*(?:and\s+)?|and\s+)?", text[at : m.start]) and at != which.end():
                break
            place = PART_GOES_TO.match(text, m.end)
            parts[id(m)] = replace(
                g, value=m.value, subject=place.group("place") if place else g.subject, qualifier=m.qualifier,
                text=m.text, start=m.start, end=m.end, rule_id="part_of_change+" + m.rule_id,
            )
            at = place.end() if place else m.end
    if not parts:
        return metrics, growth_rates
    return [m for m in metrics if id(m) not in parts], sorted(growth_rates + list(parts.values()), key=lambda g: g.start)


def _contributions_to_growth(text: str, growth_rates: list[GrowthRate]) -> list[GrowthRate]:
    """Return ``growth_rates`` where a part's contribution to growth is named and counted in points.

    "gross fixed capital formation (+26.0%), ..., contributing 5.2% to the growth", "Services
    contributed 3.5 percentage points to GDP growth": the part's contribution to GDP growth, in
    points of the whole's growth, named after the part (its own change before, where the
    contribution's clause names none).
    """
    out: list[GrowthRate] = []
    last = None  # the contribution just read: "contributing 0.20 and 0.17 percentage points respectively" lists two
    for g in growth_rates:
        if g.value is None or g.unit not in ("%", "pp"):
            out.append(g)
            continue
        listed = bool(
            last is not None and last.sentence == g.sentence and "respectively" in g.rule_id and re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+)", text[last.end : g.start])
        )  # "contributing 0.20 and 0.17 percentage points respectively": the next of a list of contributions
        cue = CONTRIBUTED_BEFORE.search(text, max(0, g.start - 40), g.start) or re.match(r"contribut(?:ed|ing|es|e)\s+\S*\d", g.text, re.I)
        if not (cue or listed) or not re.search(r"\b(?:growth|GDP|GVA|expansion|advance)\b", g.sentence) and not (
            re.search(r"\bgrew\b", g.sentence) and (listed or re.match(r"contribut", cue.group(0), re.I))
        ):
            # "industry grew 8.0%, contributing 0.20 percentage points": a contribution to the growth
            # its sentence states; elsewhere only where the sentence names growth
            out.append(g)
            continue
        owner = g.indicator
        if owner is None or re.search(r"\b(?:contribution|influence|growth|GDP|GVA)\b", owner, re.I):
            before = [p for p in out if p.sentence == g.sentence and p.end <= g.start and p.indicator and not p.indicator.endswith("growth")]
            owner = before[-1].indicator if before else None
        if owner is None:
            out.append(g)
            continue
        to = CONTRIBUTED_TO.match(text, g.end)
        what = f"{to.group('what')} growth" if to and to.group("what") else "GDP growth"
        out.append(replace(g, indicator=f"{owner} contribution to {what}", unit="pp"))
        last = out[-1]
    return out


# a contribution said before its size: "contributing", "contributed", "a positive influence of", "adding"
CONTRIBUTED_BEFORE = re.compile(
    r"\b(?:contribut(?:ed|ing|es|e)|(?:(?:a\s+)?(?:positive|negative)\s+)?(?:contribution|influence)\s+of|add(?:ed|ing|s))\s+(?:about\s+|around\s+|some\s+|a\s+combined\s+)?$",
    re.I,
)
# what a contribution is to: "to GDP growth", "to the growth", "to GVA growth"
CONTRIBUTED_TO = re.compile(r"\s*(?:percentage\s+points?\s+|pp\s+|points?\s+)?to\s+(?:the\s+)?(?:(?:y-o-y|annual|overall|total)\s+)?(?:(?P<what>GDP|GVA|economic)\s+)?(?:growth|advance|expansion)\b", re.I)


def _moves_to_a_level(text: str, metrics: list[Metric], growth_rates: list[GrowthRate]) -> list[GrowthRate]:
    """Add the move a level is the end of, where its clause says only where it moved to.

    "the current account deficit increased substantially to 17.9 percent of GDP", "the
    unemployment rate jumped to 45.3 percent", "remained steady at 8.2 per cent": a change
    with no size, ending at the level (in points for a rate). A sentence that gives a change
    ("rose 0.3 points to 5.4%") has its change already, and a clause that names no move, none.
    """
    changed = {g.sentence for g in growth_rates}
    added = []
    for m in metrics:
        if m.value is None or m.sentence in changed:
            continue  # "exports rose to €1163.3Bn [an increase of 3.2% ...]": the sentence's change is read already
        start = max(0, m.start - 90)
        move = MOVED_TO.search(text, start, m.start) or STAYED_AT.search(text, start, m.start)
        if move is None or any(move.start() < g.end and g.start < m.end for g in growth_rates):
            continue
        verb = move.group("verb").lower()
        direction = Direction.FLAT if move.re is STAYED_AT else Direction.DECREASE if FALLING_VERB.match(verb) else Direction.INCREASE
        unit, _ = _change_unit(m.unit, None)
        added.append(GrowthRate(
            indicator=m.indicator, subject=m.subject, value=None, unit="pp" if unit == "%" else unit, direction=direction,
            basis=None, from_value=None, to_value=m.value, qualifier=None, period=m.period,
            text=text[move.start("verb") : m.end], sentence=m.sentence, start=move.start("verb"), end=m.end, rule_id="move_to_level+" + m.rule_id,
        ))
    if not added:
        return growth_rates
    return sorted(growth_rates + added, key=lambda g: g.start)


def _set_against(text: str, level: Metric, base: Metric) -> bool:
    """Return True where a level is set against the one before it: "N25 billion as against N20
    billion", "2.46% in March 2021 instead of 2.97% in December 2020". "Compared with" is not
    read so: it sets beside a level one that is often not its own earlier value. Lists ("... as
    against 4.96 per cent and 3.81 per cent") and ratios ("57 to 43 as against 39 to 61") are not."""
    return bool(
        SET_AGAINST.fullmatch(re.sub(r"\b(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?\b", "YEAR", text[level.end : base.start]))
        and not re.match(r"\s*(?:,|and|to|:|-)\s*\S{0,4}\d", text[base.end : base.end + 12])
        and not re.search(r"(?:\d\S{0,12}\s*(?:,|and|to|:)\s*\S{0,4})$", text[max(0, level.start - 30) : level.start])
    )


# between a level and the one it is set against: " in March 2021 instead of ", " for capital
# project as against ", " for 2020-21 as against 2019-20 revised estimates of "
SET_AGAINST = re.compile(r"[^\d;.()]{0,40}?\b(?:as\s+against|instead\s+of)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:of\s+)?", re.I)
# a move to a level, with no size between the verb and "to": "increased substantially to", "had
# risen to", "is projected to come down to around"
MOVED_TO = re.compile(
    r"\b(?P<verb>rose|risen|rises|rising|increased|jumped|climbed|grew|grown|surged|soared|widened|raised|recover(?:ed|s)?|edged\s+up|ticked\s+up|went\s+up|gone\s+up|"
    r"fell|fallen|falls|falling|declined|decreased|dropped|eased|dipped|slowed|slipped|narrowed|lowered|plunged|slumped|shrank|come\s+down|came\s+down|went\s+down|gone\s+down)"
    r"(?:\s+(?:slightly|sharply|substantially|significantly|further|again|moderately|marginally|back|this\s+year|last\s+year|in\s+\w+))*\s+to\s+(?:about\s+|around\s+|just\s+|nearly\s+|almost\s+|some\s+|a\s+|an\s+)?$",
    re.I,
)
# a level that stayed: "remained unchanged at", "holding steady at", "steady at"
STAYED_AT = re.compile(r"\b(?P<verb>remained|remains|stayed|held|holding|unchanged|steady|stable)(?:\s+(?:unchanged|steady|stable|flat))?\s+at\s+(?:about\s+|around\s+)?$", re.I)
FALLING_VERB = re.compile(r"fell|fallen|falls|falling|declined|decreased|dropped|eased|dipped|slowed|slipped|narrowed|lowered|plunged|slumped|shrank|come|came|went\s+down|gone\s+down", re.I)


def _paces_listed_after(text: str, is_place, metrics: list[Metric], growth_rates: list[GrowthRate]) -> tuple[list, list]:
    """Return ``metrics`` and ``growth_rates`` where a percentage listed right after a pace of
    growth in its sentence is a pace of the same thing.

    "Its 3.1% is just ahead of Madrid on 3% and Valencia with 2.9%", after "The highest growth is
    forecast to be in the Canaries": Madrid's and Valencia's growth. A share ("share of ...")
    stays a level, and so does a level a change moved to ("rose 2% to 5.4%").
    """
    paces = [g for g in growth_rates if g.unit == "%" and g.value is not None]
    if not paces:
        return metrics, growth_rates
    kept, made = [], []
    for m in metrics:
        pace = None
        if m.unit == "%" and not (m.indicator or "").lower().startswith("share"):
            before = [g for g in paces + made if g.sentence == m.sentence and g.end <= m.start and m.start - g.end <= 60]
            if before:
                last = max(before, key=lambda g: g.end)
                gap = text[last.end : m.start]
                if PACE_LIST_GAP.fullmatch(gap) and not any(last.end <= x.start < m.start for x in metrics if x is not m):
                    named = [n.group(0) for n in re.finditer(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*", gap) if is_place(n.group(0))]
                    own = PLACE_IN_BRACKET_AFTER.match(text, m.end) if gap.rstrip().endswith("(") else None
                    if own is not None and is_place(own.group("place")):
                        named = [own.group("place")]  # "grew by 3.0% in 2024 (3.2% in Spain)": the bracket's place
                    pace = GrowthRate(
                        last.indicator, named[-1] if named else last.subject, abs(m.value), "%",
                        Direction.DECREASE if m.value < 0 else Direction.INCREASE, last.basis, None, None,
                        m.qualifier, m.period or last.period, m.text, m.sentence, m.start, m.end, "pace_listed+" + m.rule_id,
                    )
        if pace is None:
            kept.append(m)
        else:
            made.append(pace)
    if not made:
        return metrics, growth_rates
    return kept, sorted(growth_rates + made, key=lambda g: g.start)


def _paces_in_brackets(text: str, is_place, metrics: list[Metric], growth_rates: list[GrowthRate]) -> tuple[list, list]:
    """Return ``metrics`` and ``growth_rates`` where the percentages in brackets after a change
    its sentence names by a noun are the sizes of that change.

    "the region had a lower increase in GVA than the London and South East regions (8.6%
    compared with 20.3% and 14.2% respectively)": the region's growth of GVA, then London's and
    the South East's, in the order the comparison names them.
    """
    made, taken = [], set()
    for m in metrics:
        if m.unit != "%" or m.value is None or id(m) in taken:
            continue
        bracket = text.rfind("(", max(0, m.start - 3), m.start)
        if bracket < 0 or text[bracket + 1 : m.start].strip():
            continue  # the first figure of its brackets only: "(8.6% ..."
        said = CHANGE_NOUN_BEFORE.search(text, max(0, bracket - 140), bracket)
        close = text.find(")", m.end)
        if said is None or close < 0 or "\n" in text[said.start() : bracket]:
            continue
        inside = sorted((x for x in metrics if x.unit == "%" and x.value is not None and m.start <= x.start and x.end <= close), key=lambda x: x.start)
        owners = [None] * len(inside)
        than = said.group("than")
        if than and len(inside) > 1:
            named = [n.strip() for n in LIST_JOINT.split(re.sub(r"^(?:the\s+)|\s+(?:regions?|countries|states|provinces|average)$", "", than.strip()))]
            if len(named) == len(inside) - 1 and all(is_place(n) for n in named):
                owners = [None, *named]
        direction = Direction.DECREASE if re.match(r"(?:decline|fall|decrease|drop|contraction)", said.group("noun"), re.I) else Direction.INCREASE
        for x, owner in zip(inside, owners):
            taken.add(id(x))
            basis = Basis.PERIOD if x.period and x.period.start and x.period.end and re.match(r"(?:between|from)\b", x.period.text, re.I) and _months_apart(x.period.end, x.period.start) >= 12 else None
            made.append(GrowthRate(
                said.group("what") or x.indicator, owner or x.subject, abs(x.value), "%", direction, basis, None, None,
                x.qualifier, x.period, x.text, x.sentence, x.start, x.end, "pace_in_brackets+" + x.rule_id,
            ))
    if not made:
        return metrics, growth_rates
    return [m for m in metrics if id(m) not in taken], sorted(growth_rates + made, key=lambda g: g.start)


def _item_changes_in_brackets(text: str, change: dict, metrics: list[Metric], growth_rates: list[GrowthRate]) -> tuple[list, list]:
    """Return ``metrics`` and ``growth_rates`` where percentages in brackets after the items of a
    list are each item's change: the verb after the list says so ("Molybdenum (195.3%), gold
    (21.2%) and silver (5.9%) production also expanded"), or a word of change before the item
    does ("thanks to increasing electricity, water and sanitation infrastructure (33.8%), as
    well as greater road infrastructure (35.6%)"). ``change`` is the change words' rows, which
    give each verb's direction ("greater", which is no change word alone, is a rise)."""
    bracketed = [m for m in metrics if m.unit == "%" and m.value is not None and text[m.start - 1 : m.start] == "(" and text[m.end : m.end + 1] == ")"]  # "(195.3%)": alone in its brackets
    if not bracketed:
        return metrics, growth_rates
    made, taken = [], set()
    by_sentence: dict[str, list[Metric]] = {}
    for m in bracketed:
        by_sentence.setdefault(m.sentence, []).append(m)
    for items in by_sentence.values():
        items.sort(key=lambda m: m.start)
        last = items[-1]
        after = ITEM_LIST_THEN_VERB.match(text, text.find(")", last.end) + 1)
        others = [x for x in [*metrics, *growth_rates] if x.sentence == last.sentence and x.start > last.end and after is not None and x.start < after.end()]
        for m in items:
            original = m
            if after is not None and not others and len(items) >= 2:
                verb = after.group("verb")
            else:
                before = CHANGING_ITEM_BEFORE.search(text, max(0, m.start - 90), m.start)
                verb = before.group("verb") if before is not None and not any(x.end <= m.start and x.start >= before.start() for x in metrics if x is not m) else None
                if verb is not None:
                    m = replace(m, indicator=text[before.end("verb") : m.start].strip(" (") or m.indicator)  # what is increasing
            if verb is None:
                continue
            taken.add(id(original))
            direction = Direction((change.get(verb.lower()) or {"direction": "increase"})["direction"])
            made.append(GrowthRate(
                m.indicator, m.subject, abs(m.value), "%", direction, None, None, None, m.qualifier, m.period, m.text, m.sentence, m.start, m.end,
                "item_change_in_brackets+" + m.rule_id,
            ))
    if not made:
        return metrics, growth_rates
    return [m for m in metrics if id(m) not in taken], sorted(growth_rates + made, key=lambda g: g.start)


# after the last bracket of a list, the rest of the list and the verb of change: "and silver (5.9%)
# | production also expanded"
ITEM_LIST_THEN_VERB = re.compile(
    r"(?:\s+[a-z][\w-]*){0,3}?\s+(?:also\s+|all\s+|both\s+)?(?P<verb>expanded|grew|increased|rose|climbed|jumped|surged|declined|fell|decreased|contracted|dropped|shrank)\b", re.I,
)
# a word of change before an item: "thanks to increasing electricity, water and sanitation infrastructure (", "as well as greater road infrastructure ("; not
# a comparison of levels, "much higher than provinces such as Gauteng (", "lower than the rate recorded in August 2023 ("
CHANGING_ITEM_BEFORE = re.compile(
    r"\b(?P<verb>increasing|rising|growing|higher|greater|larger|declining|falling|lower|reduced|shrinking)\s+(?:(?!than\b|such\b|as\b|in\b)[\w’'-]+,?\s+){0,6}?(?:and\s+[\w’'-]+\s+)?(?!than\b)[\w’'-]+\s*\(\s*$", re.I,
)


# a change named by a noun, then what changed and what it is compared with, before a bracket of
# figures: "a lower increase in GVA than the London and South East regions ", "stronger growth over the quarter "
CHANGE_NOUN_BEFORE = re.compile(
    r"\b(?:higher|lower|larger|smaller|bigger|faster|slower|stronger|weaker|sharper|steeper)\s+(?P<noun>increase|rise|growth|expansion|decline|fall|decrease|drop|contraction)"
    r"(?:\s+(?:in|of)\s+(?P<what>(?:(?!than\b|over\b|during\b|since\b|between\b|compared\b)[\w’'-]+\s*){1,5}?))?"
    r"(?:\s+(?:over|during|in)\s+the\s+[\w\s-]{1,40}?)?(?:\s+than\s+(?P<than>[^()]{1,80}?))?\s*$",
    re.I,
)
# the place a bracketed figure is of, after it: "(3.2% in Spain)"
PLACE_IN_BRACKET_AFTER = re.compile(r"\s+(?:in|for)\s+(?:the\s+)?(?P<place>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)\s*\)")
# between a pace and a percentage listed after it: "... ahead of Madrid on", "and Valencia with",
# "(... compared with", ", and"; not "to" or "from", which name a level or a base
PACE_LIST_GAP = re.compile(
    r"(?:[\s,;()–-]|\b(?:and|or|compared\s+(?:with|to)|against|versus|vs\.?|while|whereas|with|on|at|in|of|ahead|behind|above|below|than|just|slightly|followed\s+by|respectively|the|for|both|is|are|was|were"
    r"|lowest|highest|slowest|fastest|weakest|strongest|(?:19|20)\d\d)\b|[A-Z][\w’'.-]*)*",
)


def _respective_ends(metrics: list[Metric], growth_rates: list[GrowthRate]) -> list[GrowthRate]:
    """Return ``growth_rates`` with each change of a "respectively" list ending at its own level:
    "tax revenue of 6.23, 31.11, 0.52, 1.1, and 1.31 billion yuan, up by 68.1%, 36.5%, 54.3%,
    50.8%, and 40.1% respectively" is five changes to five levels, not five to the last."""
    out = list(growth_rates)
    sentences = {g.sentence for g in growth_rates if "growth_respectively" in g.rule_id}
    for sentence in sentences:
        changes = sorted((k for k, g in enumerate(out) if g.sentence == sentence and g.to_value is not None), key=lambda k: out[k].start)
        if len(changes) < 2:
            continue
        first = out[changes[0]].start
        levels = sorted((m for m in metrics if m.sentence == sentence and m.end <= first), key=lambda m: m.start)[-len(changes):]
        if len(levels) == len(changes) and len({m.unit for m in levels}) == 1 and all(out[k].to_value == levels[-1].value for k in changes):
            for k, m in zip(changes, levels):
                out[k] = replace(out[k], to_value=m.value)
    return out


# ", or 28%, more than estimated", ", or 12 percent, lower than", ", or +1.2%, above": the same gap in per cent, then its way
OR_PERCENT_GAP = re.compile(
    r",?\s*or\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?[+-]?[\d.,]+\s?(?:%|per\s?cent|percent)\s*,\s+"  # set apart by commas: not "343.6 billion, or 5.8 percent higher" (a level, then its change); "or +1.2%,"
    r"(?P<way>more|less|higher|lower|above|below|greater|fewer|bigger|smaller|short|ahead|behind)\b(?!\s+of\b(?!\s+(?:the|its|their|last|a)\b))",
    re.I,
)


def _as_gap(m: Metric, direction: Direction) -> GrowthRate:
    """Return the level ``m`` read as a gap of its size, in its own unit, with no basis or ends."""
    return GrowthRate(
        indicator=m.indicator, subject=m.subject, value=m.value, unit=m.unit, direction=direction, basis=None, from_value=None, to_value=None,
        qualifier=m.qualifier, period=m.period, text=m.text, sentence=m.sentence, start=m.start, end=m.end, rule_id="growth_restated_gap+" + m.rule_id,
    )


def _restated_gaps(text: str, metrics: list[Metric], growth_rates: list[GrowthRate]) -> tuple[list[Metric], list[GrowthRate]]:
    """Return the records with an amount restated in per cent as a gap read as a gap: "$309.9
    million, or 28%, more than estimated" is two changes, in money and in per cent, not a level
    and a change to it."""
    drop: set[int] = set()
    out_growth = list(growth_rates)
    for k, m in enumerate(metrics):
        if m.unit == "%" or "/" in m.unit:
            continue
        gap = OR_PERCENT_GAP.match(text, m.end)
        if gap is None:
            continue
        direction = Direction.DECREASE if gap.group("way").lower() in ("less", "lower", "below", "fewer", "smaller", "short", "behind") else Direction.INCREASE
        rate_metric = next((j for j, r in enumerate(metrics) if r.unit == "%" and gap.start() <= r.start < gap.end()), None)
        rate_growth = next((j for j, g in enumerate(out_growth) if g.unit == "%" and gap.start() <= g.start < gap.end()), None)
        if rate_metric is None and rate_growth is None:
            continue
        drop.add(k)
        out_growth.append(_as_gap(m, direction))
        if rate_metric is not None:
            drop.add(rate_metric)
            out_growth.append(_as_gap(metrics[rate_metric], direction))  # a metric in per cent, so the gap is in per cent
        else:
            g = out_growth[rate_growth]
            out_growth[rate_growth] = replace(g, direction=direction, to_value=None if g.to_value == m.value else g.to_value)
    if not drop:
        return metrics, growth_rates
    return [m for k, m in enumerate(metrics) if k not in drop], sorted(out_growth, key=lambda g: g.start)


def _list_said_once(scale_of_rule: dict, quantities: list[RawQuantity], text: str) -> list[RawQuantity]:
    """Return ``quantities`` with the bare numbers of a list whose last item carries the scale and
    the currency in that scale and currency: "tax revenue of 6.23, 31.11, 0.52, 1.1, and 1.31
    billion yuan", "5.2, 3.1 and 2.4 billion dollars"."""
    out = list(quantities)
    for run in _runs(out, text, LIST_JOINT):
        last = out[run[-1]]
        bare = []
        for j in reversed(run[:-1]):  # the bare numbers just before the last; not "In 2019 and 2020, 5 and 7 billion dollars"'s years
            if not _bare_count(out[j], text):
                break
            bare.append(j)
        if bare and last.kind == "money" and last.number_start == last.start:  # "and 1.31 billion yuan", not "2024-25, Rs 86,423 crore"
            for j in bare:
                out[j] = _scaled_like(out[j], last, scale_of_rule, "list_said_once")
    return out


def _bare_count(q: RawQuantity, text: str) -> bool:
    """Return True for a number said with no unit, scale or qualifier that is no year."""
    return (
        q.kind == "count" and q.unit == "count" and not q.has_scale and not q.written and q.qualifier_start is None
        and not re.fullmatch(r"(?:19|20)\d\d", text[q.number_start : q.number_end])
    )


def _scaled_like(q: RawQuantity, other: RawQuantity, scale_of_rule: dict, rule: str) -> RawQuantity:
    """Return the bare number ``q`` in the scale and unit of ``other``, the figure that says them
    for both; ``q`` as it is where ``other`` has no scale."""
    factor = next((scale_of_rule[p] for p in other.rule_id.split("+") if p in scale_of_rule), None)
    if factor is None:
        return q
    return replace(
        q, value=float(scale(Decimal(str(q.value)), Decimal(str(factor)))), unit=other.unit, kind=other.kind, has_scale=True,
        rule_id=f"{q.rule_id}+{rule}",
    )


def _ends_said_once(scale_of_rule: dict, quantities: list[RawQuantity], text: str) -> list[RawQuantity]:
    """Return ``quantities`` with the bare first end of a move or range whose second end carries
    the scale in that scale and unit: "from 19 to 131 million" is from 19 million, "between 5
    and 6 billion dollars" from 5 billion."""
    out = list(quantities)
    for k in range(len(out) - 1):
        first, second = out[k], out[k + 1]
        if second.has_scale and _same_money_unscaled(first, second, text):
            pass  # "between R$ 140 and R$ 145 billion", "from $3 to $4 billion": the currency said twice, the scale once
        elif not _bare_count(first, text) or not second.has_scale or second.number_start != second.start:
            continue  # "from 2019 to 2.1 billion" is a year; "from 19 to Rs 131 crore" names its own unit
        joint = text[first.end : second.start]
        if (re.fullmatch(r"\s+to\s+", joint) and re.search(r"\bfrom\s+$", text[max(0, first.start - 6) : first.start], re.I)
                or re.fullmatch(r"\s+and\s+", joint) and re.search(r"\bbetween\s+$", text[max(0, first.start - 9) : first.start], re.I)):
            out[k] = _scaled_like(first, second, scale_of_rule, "end_said_once")
    return out


def _same_money_unscaled(first: RawQuantity, second: RawQuantity, text: str) -> bool:
    """Return True where ``first`` is an amount in the currency of ``second``, with no scale, of
    the same size as ``second``'s number before its scale: "R$ 140" before "R$ 145 billion"."""
    if first.kind != "money" or first.unit != second.unit or first.has_scale or first.written or first.qualifier_start is not None or not first.value:
        return False
    try:
        number = float(text[second.number_start : second.number_end].replace(",", ""))
    except ValueError:
        return False
    return 0.1 <= number / first.value <= 10


# "will more than double", "almost doubled", "is set to double": a rise of 100%, said as a verb
DOUBLING = re.compile(
    r"\b(?:will|would|could|to|has|have|had|did|set\s+to|expected\s+to)\s+(?:(?P<q>more\s+than|almost|nearly|roughly|about)\s+)?"
    r"(?P<word>double|doubled)\b(?![-\w])(?!\s+(?:the|its|their|that|this|what)\b(?!\s+(?:size|value|number|amount|volume|output|capacity)\b))",  # "double the size of", not "double the national rate"
    re.I,
)
DOUBLING_QUALIFIER = {"more than": "lower", "almost": "upper", "nearly": "upper", "roughly": "approx", "about": "approx"}
# "exports doubled in 2023", "the funding was doubled from K500,000": the past form with no auxiliary before it;
# "tripled" and "quadrupled" are 300% and 400%, as the corpus reads "N-fold" (N x 100%), "doubled" 100%
MULTIPLE_OF_VERB = {"tripled": 300.0, "trebled": 300.0, "quadrupled": 400.0}
DOUBLED = re.compile(
    r"(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)\b(?:(?P<q>more\s+than|almost|nearly|roughly|about)\s+)?(?P<word>doubled|tripled|trebled|quadrupled)\b(?![-\w])(?!\s+(?:the|its|their|that|this|what)\b(?!\s+(?:size|value|number|amount|volume|output|capacity)\b))",
    re.I,
)
# a multiple written as one word: "a fivefold increase" is 500%, as "seven-fold" is 700% (N-fold is N x 100%)
FOLD_WORD = re.compile(r"\b(?P<n>two|three|four|five|six|seven|eight|nine|ten)fold\b", re.I)


def _what_doubled(doc: Doc, g: GrowthRate) -> GrowthRate:
    """Return ``g`` with the subject of the verb "double" as its indicator, where the parse gives
    one: "South Sudan's government spending will almost double ..., its finance minister said"."""
    span = doc.char_span(g.start, g.end, alignment_mode="expand")
    if span is None:
        return g
    verb = span.root
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ in ("xcomp", "advcl") :
        subject = next((c for c in verb.children if c.dep_ == "dobj"), None)  # "to more than double the size of the sector"
    if subject is None or _pos(subject) not in ("NOUN", "PROPN") or subject.ent_type_ in ("GPE", "LOC", "ORG") or subject.i > verb.i:
        # the parse may hang the subject elsewhere ("NAIROBI, Sept 25 (Reuters) – South Sudan's
        # government spending will almost double"): the noun just before the verb and its modals
        k = span.start - 1
        while k >= 0 and doc[k].lower_ in ("will", "would", "could", "to", "set", "expected", "is", "are", "has", "have", "had", "did", "more", "than", "almost", "nearly", "roughly", "about"):
            k -= 1
        if k < 0 or _pos(doc[k]) != "NOUN":
            return g
        subject = doc[k]
    words = [t for t in subject.subtree if t.dep_ not in ("det", "poss", "case") and not (t.ent_type_ in ("GPE", "NORP") and t.i < subject.i) and t.i <= subject.i]
    if not words or words[-1].i - words[0].i > 6:
        return g
    indicator = doc[words[0].i : words[-1].i + 1].text
    return replace(g, indicator=indicator)


# what joins the parts of an amount spelled out in words, and the subunit that may end it
SPELLED_JOIN = re.compile(r",?\s*(?:and\s+)?")
SPELLED_SUBUNIT = re.compile(r"\s+(?:kobo|cents?|pence|paise|sen|fils)\b", re.I)


def _reported_root(sent: Span) -> Token:
    """Return the verb a sentence's clause turns on: the clause a sentence that reports reports
    ("..., NBS data showed", "..., the National Institute of Statistics reported"), else its root."""
    root = sent.root
    reported = [c for c in root.children if c.dep_ == "ccomp"] if root.lower_ in REPORTING_VERBS else []
    return reported[0] if reported else root


def _scale_rank(q: RawQuantity) -> int:
    """Return the power of a thousand a whole amount is a multiple of, the highest up to four
    ("54 million" is 2, "1 trillion" 4, "707" 0), or -1 for one that is no whole multiple of it
    ("1.5 billion")."""
    k = 0
    while q.value >= 1000 ** (k + 1) and k < 4:
        k += 1
    return k if q.value % (1000 ** k) == 0 else -1


def _spelled_amounts(quantities: list[RawQuantity], text: str) -> list[RawQuantity]:
    """Return ``quantities`` with an amount spelled out in words as one quantity: "One Hundred and
    Forty-Seven Billion, Seven Hundred and Eighty Seven Million, ..., Three Hundred Naira", which
    the scanner reads as one number per scale word, is 147787781300 naira (a trailing "Forty-Five
    Kobo" adds 0.45); where the same amount follows in digits, in brackets, the digits are the
    record and the words are dropped. The parts must fall in scale, each below a thousand of its scale."""
    out: list[RawQuantity] = []
    i = 0
    while i < len(quantities):
        run = [quantities[i]]
        while (
            run[-1].written and run[-1].unit == "count" and i + len(run) < len(quantities)
            and quantities[i + len(run)].written and SPELLED_JOIN.fullmatch(text, run[-1].end, quantities[i + len(run)].start)
            and 0 <= _scale_rank(quantities[i + len(run)]) < _scale_rank(run[-1])
        ):
            run.append(quantities[i + len(run)])
        if len(run) < 2 or _scale_rank(run[0]) < 2:
            out.append(quantities[i])
            i += 1
            continue
        last = run[-1]
        value, end = sum(q.value for q in run), last.end
        if last.kind == "money" and i + len(run) < len(quantities):
            sub = quantities[i + len(run)]
            tail = SPELLED_SUBUNIT.match(text, sub.end)
            if sub.written and sub.value < 100 and SPELLED_JOIN.fullmatch(text, last.end, sub.start) and tail:
                value, end = value + sub.value / 100, tail.end()  # "..., Nine Hundred and Thirty Naira, Forty-Five Kobo"
                run.append(sub)
        after = quantities[i + len(run)] if i + len(run) < len(quantities) else None
        if after is not None and abs(after.value - value) < 0.01 and re.fullmatch(r"\s*(?:only\s*)?\(\s*", text[end : after.start], re.I):
            i += len(run)  # "... Three Hundred Naira (N147,787,781,300.00)": the figure in digits is the record
            continue
        out.append(replace(
            last, start=run[0].start, number_start=run[0].number_start, end=end, core_end=end, value=round(value, 2),
            qualifier=run[0].qualifier, qualifier_start=run[0].qualifier_start, has_scale=True, rule_id=last.rule_id + "+spelled_amount",
        ))
        i += len(run)
    return out


def _scale_chains(quantities: list[RawQuantity], text: str) -> list[RawQuantity]:
    """Return ``quantities`` with an amount written in digits scale by scale as one quantity: "$1
    billion 54 million 707 thousand" is $1,054,707,000 and "1 trillion 27 billion rubles" 1.027
    trillion rubles, as wire copy translated from Turkish or Russian writes them. The parts must
    follow each other with only a space between, each a whole number of a smaller scale than the
    one before and below a thousand of it; the amount takes the currency one of them names."""
    out: list[RawQuantity] = []
    i = 0
    while i < len(quantities):
        run = [quantities[i]]
        while (
            i + len(run) < len(quantities) and not run[-1].written and run[-1].has_scale and _scale_rank(run[-1]) > 0
            and (nxt := quantities[i + len(run)]).has_scale and not nxt.written and not nxt.qualifier
            and re.fullmatch(r"[ \t]+", text[run[-1].end : nxt.start]) and 0 < _scale_rank(nxt) < _scale_rank(run[-1])
            and (run[-1].unit == "count" or nxt.unit in ("count", run[-1].unit))
        ):
            run.append(nxt)
        if len(run) < 2:
            out.append(quantities[i])
            i += 1
            continue
        named = next((q for q in run if q.unit != "count"), run[-1])
        out.append(replace(
            named, start=run[0].start, number_start=run[0].number_start, number_end=run[-1].number_end, end=run[-1].end, core_end=run[-1].end,
            value=sum(q.value for q in run), qualifier=run[0].qualifier, qualifier_start=run[0].qualifier_start, rule_id=named.rule_id + "+scale_chain",
        ))
        i += len(run)
    return out


def _doublings(quantities: list[RawQuantity], text: str) -> list[RawQuantity]:
    """Return ``quantities`` with each doubling said as a verb as a rise of 100%: "external
    revenue will more than double", "spending will almost double to 4.17 trillion pounds",
    "exports doubled"; not "double the national rate" (a comparison of two paces), "a doubled
    allowance" nor "double-digit". "Quadrupled" is a rise of 400% and "a fivefold increase" one
    of 500%, as the corpus reads multiples."""
    found = []

    def multiple(start: int, end: int, value: float, rule_id: str, qualifier: str | None = None, qualifier_start: int | None = None) -> RawQuantity:
        return RawQuantity(
            start=start, end=end, number_start=start, number_end=end, value=value, unit="%", kind="percent", qualifier=qualifier,
            qualifier_start=qualifier_start, written=True, signed=False, rule_id=rule_id, has_scale=False, core_end=end,
        )

    for match in [*DOUBLING.finditer(text), *DOUBLED.finditer(text)]:
        word = match.start("word")
        if any(q.start <= word < q.end for q in quantities + found):
            continue
        qualifier = DOUBLING_QUALIFIER.get(re.sub(r"\s+", " ", match.group("q").lower())) if match.group("q") else None
        found.append(multiple(
            word, match.end("word"), MULTIPLE_OF_VERB.get(match.group("word").lower(), 100.0), "num_doubling+doubling",
            qualifier, match.start("q") if match.group("q") else None,
        ))
    for match in FOLD_WORD.finditer(text):
        if not any(q.start <= match.start() < q.end for q in quantities):
            found.append(multiple(match.start(), match.end(), 100.0 * _number_word(match.group("n")), "num_written+times"))
    return sorted(quantities + found, key=lambda q: q.start) if found else quantities


def _comma_space_thousands(quantities: list[RawQuantity], text: str) -> list[RawQuantity]:
    """Return ``quantities`` with an amount whose thousands a stray space sets apart after the
    comma ("P148, 481", "Rs 15, 893 crore", "N134, 286, 425, 019.00") read whole: a currency before
    the first group, three digits in each later one, decimals only after the last."""

    def join(last: RawQuantity, q: RawQuantity) -> RawQuantity | None:
        digits = text[q.number_start : q.number_end]
        if not (
            last.kind == "money" and "/" not in last.unit and not last.has_scale and not last.written
            and re.fullmatch(r"\d{1,3}(?:, \d{3})*", text[last.number_start : last.number_end]) and text[last.end : q.start] == ", "
            and re.fullmatch(r"\d{3}(?:\.\d{1,2})?", digits) and q.kind in ("count", "money") and q.qualifier_start is None
            and (q.kind == "count" or q.unit == last.unit) and (q.has_scale or q.end == q.number_end or q.kind == "money")
        ):
            return None
        whole = int(text[last.number_start : last.number_end].replace(", ", "")) * 1000 + float(digits)
        multiplier = q.value / float(digits) if q.has_scale and float(digits) else 1
        return _from_first(
            last, q, value=float(whole * multiplier) if q.has_scale else float(whole), unit=last.unit, kind="money",
            rule_id=last.rule_id + "+comma_space_thousands",
        )

    return _join_pairs(quantities, join)


# a decimal comma before a scale or a per cent sign: "$229,2 million", "29,9 percent"
DECIMAL_COMMA_SCALED = re.compile(r"\d,\d{1,2}\s?(?:%|per\s?cent|percent|million|billion|trillion|mln|bln|m\b|bn\b)", re.I)


def _spaced_decimal_commas(quantities: list[RawQuantity], text: str) -> list[RawQuantity]:
    """Join a number split at a decimal comma followed by a stray space ("$345, 7 million",
    "29, 9 percent") in a text that writes its decimals with commas ("$229,2 million") and groups
    no thousands with them: one amount, $345.7 million, and one share, 29.9 per cent."""
    if not DECIMAL_COMMA_SCALED.search(text) or THOUSANDS_COMMA.search(text):
        return quantities

    def join(last: RawQuantity, q: RawQuantity) -> RawQuantity | None:
        digits = text[q.number_start : q.number_end]
        if not (
            text[last.end : q.start] == ", " and last.end == last.number_end and not last.has_scale
            and float(last.value).is_integer() and re.fullmatch(r"\d{1,2}", digits) and (q.has_scale or q.unit == "%")
            and q.qualifier_start is None and (last.kind == "money" or last.kind == "count" and not 1900 <= last.value <= 2100)  # not "February 2013, 96 percent"
        ):
            return None
        whole = float(f"{int(last.value)}.{digits}")
        value = whole * (q.value / int(digits)) if q.has_scale and int(digits) else whole
        money = last.kind == "money"
        return _from_first(
            last, q, value=round(value, 6), unit=last.unit if money else q.unit, kind="money" if money else q.kind,
            rule_id=q.rule_id + "+spaced_decimal_comma",
        )

    return _join_pairs(quantities, join)


def _spaced_decimal_points(quantities: list[RawQuantity], text: str) -> list[RawQuantity]:
    """Join an amount split at its decimal point by a stray space before a scale word ("Rs 35,627.
    31 crore", "Rs 513 .13 crore"): one amount, Rs 35,627.31 crore."""

    def join(last: RawQuantity, q: RawQuantity) -> RawQuantity | None:
        between, digits = text[last.end : q.start], text[q.number_start : q.number_end]
        decimals = re.fullmatch(r"\.?(\d{1,2})", digits)
        if not (
            decimals and q.has_scale and not last.has_scale and not last.written and last.end == last.number_end
            and last.kind in ("money", "count") and float(last.value).is_integer() and q.kind in ("money", "count") and q.qualifier_start is None
            and (between == ". " and not digits.startswith(".") or between == " " and digits.startswith("."))
            and (q.kind == "count" or last.kind == "count" or q.unit == last.unit)
        ):
            return None
        scale = q.value / float(digits)  # "31 crore": 31 times ten million
        money = last if last.kind == "money" else q
        return _from_first(
            last, q, value=(last.value + float("0." + decimals.group(1))) * scale, unit=money.unit, kind=money.kind,
            rule_id=last.rule_id + "+spaced_decimal_point",
        )

    return _join_pairs(quantities, join)


def _decimal_comma_before_a_scale(quantities: list[RawQuantity], text: str) -> list[RawQuantity]:
    """Return ``quantities`` with an amount whose one comma is a decimal comma read so: "the
    capital expenditure is N34,443 billion", after "the recurrent expenditure ... was N42.565
    billion" in a N76.5 billion budget, is N34.443 billion. Only a scaled amount written with one
    comma and three digits after it and no decimals ("14,036.3 billion won" groups thousands),
    where read whole it would be over twenty times the largest other amount in its currency
    written with a decimal point or none ("¥1,411 billion" beside "¥10,189.6 billion" stays)."""
    money = [q for q in quantities if q.kind == "money" and q.has_scale]
    out = []
    for q in quantities:
        if q.kind == "money" and q.has_scale and ONE_COMMA_GROUP.fullmatch(text, q.number_start, q.number_end) and LARGE_SCALE_AFTER.match(text, q.number_end):
            others = [o.value for o in money if o.unit == q.unit and "," not in text[o.number_start : o.number_end]]
            if others and q.value > 20 * max(others):
                q = replace(q, value=q.value / 1000, rule_id=q.rule_id + "+decimal_comma_before_scale")
        out.append(q)
    return out


# a number with one comma and three digits after it, no more: "34,443"
ONE_COMMA_GROUP = re.compile(r"\d{1,3},\d{3}")
# a scale whose amounts are not written with thousands groups as a rule (crores are: "Rs 26,855 crore")
LARGE_SCALE_AFTER = re.compile(r"\s?(?:billion|bn|trillion|trn|tn)\b", re.I)


def _decimal_commas(quantities: list[RawQuantity], text: str) -> list[RawQuantity]:
    """Return ``quantities`` with a number written with a decimal comma and no unit ("compared
    to 68,93 in November") read whole, in a text that writes its percentages so ("72,94%") and
    groups no thousands with commas; it is in per cent where the figure before it in its
    sentence is."""
    if len(DECIMAL_COMMA_PERCENT.findall(text)) < 2 or THOUSANDS_COMMA.search(text):
        return quantities
    out = []
    for k, q in enumerate(quantities):
        tail = COMMA_DECIMALS.match(text, q.end) if q.kind == "count" and q.unit == "count" and not q.has_scale and float(q.value).is_integer() else None
        if tail is not None:
            value = float(f"{int(q.value)}.{tail.group(1)}")
            before = out[-1] if out else None
            percent = before is not None and before.unit == "%" and not re.search(r"[.;]\s", text[before.end : q.start])
            q = replace(
                q, value=value, end=tail.end(), number_end=tail.end(), core_end=tail.end(), unit="%" if percent else q.unit,
                kind="percent" if percent else q.kind, rule_id=q.rule_id + "+decimal_comma",
            )
        out.append(q)
    return out


COLON_PART = re.compile(r"\s?:\s?")
# "the capital to recurrent ratio closed at 57 to 43 as against 39 to 61": a ratio's parts joined by "to"
RATIO_TO = re.compile(r"\s+to\s+")
RATIO_BEFORE = re.compile(r"\bratio\b[^.;]{0,60}$", re.I)


def _runs(quantities: list[RawQuantity], text: str, joint: re.Pattern):
    """Yield the runs of consecutive quantities that ``joint`` joins ("5.7: 44.7: 49.6", "6.23,
    31.11 and 1.31"), as lists of their indices, each quantity in one run."""
    k = 0
    while k < len(quantities):
        run = [k]
        while run[-1] + 1 < len(quantities) and joint.fullmatch(text, quantities[run[-1]].end, quantities[run[-1] + 1].start):
            run.append(run[-1] + 1)
        yield run
        k = run[-1] + 1


def _colon_shares(quantities: list[RawQuantity], text: str) -> list[RawQuantity]:
    """Return ``quantities`` with the bare parts of a ratio that add up to 100 read as shares: "The
    ratio of the three industrial categories was 5.7: 44.7: 49.6" is 5.7%, 44.7% and 49.6%."""
    out = list(quantities)
    runs = list(_runs(out, text, COLON_PART))
    runs += [run for run in _runs(out, text, RATIO_TO) if len(run) == 2 and RATIO_BEFORE.search(text, max(0, out[run[0]].start - 60), out[run[0]].start)]
    for run in runs:
        parts = [out[j] for j in run]
        if len(run) >= 2 and all(p.kind == "count" and p.unit == "count" and not p.has_scale and not p.written for p in parts) and (
            abs(sum(p.value for p in parts) - 100) <= 0.15 * (len(run) - 1) + 1e-9
        ) and not re.match(r"\d", text[parts[-1].end : parts[-1].end + 1]):
            for j in run:
                out[j] = replace(out[j], unit="%", kind="percent", rule_id=out[j].rule_id + "+colon_share")
    return out


def _elided_percents(quantities: list[RawQuantity], text: str) -> list[RawQuantity]:
    """Return ``quantities`` with a bare number said beside percentages in their unit: "posted a
    growth rate of 2.6 percent in 2022 from a growth of 6.5 in 2021", "an increase of 1.1 after a
    decrease of 5.9 per cent", "Huế by 1.5 and Hưng Yên by 1.7 percentage points". The writer
    said the unit once; a number that counts a noun ("23 localities") or sits in a table row
    keeps its own reading."""
    out = list(quantities)
    rates = [k for k, q in enumerate(quantities) if q.kind in ("percent", "points") and q.unit in ("%", "pp")]
    if not rates:
        return out
    for k, q in enumerate(quantities):
        if q.kind != "count" or q.unit != "count" or q.has_scale or q.written or abs(q.value) >= 100:
            continue
        line_start = text.rfind("\n", 0, q.start) + 1
        line_end = text.find("\n", q.end)
        if "|" in text[line_start : line_end if line_end >= 0 else len(text)]:
            continue  # a table's cell: its column says its unit
        if re.search(r"(?:\d{4}\s?[-–/]\s?|\bFY\s?'?(?:\d\d\s?[-–/]\s?)?)$", text[max(0, q.start - 8) : q.start]):
            continue  # "in 2022-23 and 8.23 per cent": the end of a fiscal year
        listed = ELIDED_LIST_UNIT.match(text, q.end) if not re.search(r"\bbetween\s+(?:about\s+|around\s+)?$", text[max(0, q.start - 20) : q.start], re.I) else None
        if listed is not None:
            # "increases of 84, 56 and 52 per cent respectively": the unit said once, after the last
            points = re.match(r"percentage\s+points?|pp\b|points?", listed.group("unit"), re.I)
            out[k] = replace(q, unit="pp" if points else "%", kind="points" if points else "percent", rule_id=q.rule_id + "+elided_unit")
            continue
        before = text[max(0, q.start - 40) : q.qualifier_start if q.qualifier_start is not None else q.start]
        decimal = not float(q.value).is_integer()
        cue = ELIDED_RATE_BEFORE.search(before)
        if not (cue or decimal and re.search(r"(?:\b(?:from|to|against|versus|vs\.?|and|at|was|were|is)|,)\s*$", before, re.I)):
            continue
        if not ELIDED_RATE_AFTER.match(text, q.end):
            continue  # "23 localities", "5 times": it counts what follows
        if re.match(r"\s*(?:to|-|–|and|or)\s*(?:about\s+|around\s+)?[-+−]?\d", text[q.end : q.end + 20], re.I):
            continue  # "growth of 5.5 to 6 percent": the low end of a range, read with its high end
        # the nearest percentage of the sentence, on either side
        nearest = None
        for j in rates:
            r = quantities[j]
            gap = text[min(r.end, q.end) : max(r.start, q.start)]
            if re.search(r"[.;:]\s|\n", gap) or len(gap) > 160:
                continue
            if nearest is None or len(gap) < nearest[0]:
                nearest = (len(gap), r)
        if nearest is None:
            continue
        rate = nearest[1]
        if re.match(r"\s+percentage\b", text[q.end : q.end + 12], re.I):
            # "indicating an increase of 0.12 percentage": points, with the word "points" dropped
            out[k] = replace(q, unit="pp", kind="points", rule_id=q.rule_id + "+elided_unit")
            continue
        out[k] = replace(q, unit=rate.unit, kind=rate.kind, rule_id=q.rule_id + "+elided_unit")
    return out


# the rest of a list of bare numbers whose unit follows the last: ", 56 and 52 per cent", " and 1.7 percentage points"
ELIDED_LIST_UNIT = re.compile(
    r"(?:(?:\s*,\s*[-+−]?\d+(?:\.\d+)?)*\s*,?\s*(?:and|or)\s+|\s?:\s?(?=\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)))"  # "a ratio of 57:43 percent"
    r"(?:[-+−]?\d+(?:\.\d+)?|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?=\s))"  # "only 16 and nine percent"
    r"\s*(?P<unit>%|per\s*cent|percent|percentage\s+points?|pp\b)",
    re.I,
)
# a change noun as the subject, and a verb of amount: "The reduction in the value of crude oil exports
# from last August amounted to", "the increase in revenue totalled"
CHANGE_AMOUNTED_TO = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+(?:(?:annual|monthly|overall|total|net)\s+)?(?P<noun>increase|rise|growth|decline|decrease|fall|drop|reduction|contraction|improvement|deterioration)"
    r"\s+(?:in|of)\s+[^,;\d]{1,80}?\s+(?:amounted\s+to|amounts\s+to|totall?ed|totals|came\s+to|comes\s+to)\s+(?:about\s+|around\s+|nearly\s+|some\s+|over\s+|almost\s+)?$"
)
# after an amount, its conversion in brackets (or, after the conversion, the closing bracket), then a
# change noun: "AUD 1 billion ($771 million) improvement on", "($771 million) improvement on"
CONVERTED_THEN_CHANGE = re.compile(
    r"(?P<open>\s*\([^()\d]{0,6}[\d.,]+\s*(?:trillion|billion|million|bn|m|tn|k)?\s*)?\)\s+(?P<cue>[a-z]+)\s+(?:on|over|from|in|compared|against|to)\b", re.I
)
# a change or level said of a rate before a bare number: "a growth of", "down by", "an increase of"
ELIDED_RATE_BEFORE = re.compile(
    r"\b(?:(?:growth|increase|decrease|decline|rise|fall|drop|contraction|expansion|change|gain|loss)(?:\s+rate)?\s+(?:of|was|at)|by|rate\s+of|rates?\s+(?:was|were|is|of|at))\s+(?:only\s+|about\s+|around\s+|nearly\s+)?$",
    re.I,
)
# what may follow a number whose unit was said beside it: a time, a clause, not a counted noun
ELIDED_RATE_AFTER = re.compile(
    r"(?:\s*(?:[,;.)]|$)|\s+(?:in|on|for|after|before|and|to|from|compared|against|versus|over|last|this|during|while|but|as|respectively|year-on-year|y-o-y|yoy|percentage)\b)",
    re.I,
)


# a percentage with a decimal comma: "72,94%", "4,84 %"
DECIMAL_COMMA_PERCENT = re.compile(r"\d,\d{1,2}\s?%")
# a thousands group after a comma: "1,234", "12,500" (a text that writes these uses points for decimals)
THOUSANDS_COMMA = re.compile(r"\d,\d{3}(?!\d)")
# thousands set apart by a space: "317 000", "1 234 567"
SPACED_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \u00a0]\d{3})+(?![\d])")
# the decimals after a comma, not a thousands group: ",93" of "68,93"
COMMA_DECIMALS = re.compile(r",(\d{1,2})(?![\d,%])")


def _subunits(quantities: list[RawQuantity], text: str) -> list[RawQuantity]:
    """Return ``quantities`` with an amount in a currency's hundredths read in the currency:
    "83 centavos" is 0.83 pesos, "45 cents" 0.45 of the article's dollar, "20 kobo" 0.20 naira."""
    out = []
    for q in quantities:
        sub = SUBUNIT_AFTER.match(text, q.end) if q.kind == "count" and q.unit == "count" and not q.has_scale else None
        on_the_unit = ON_THE_DOLLAR.match(text, sub.end()) if sub is not None else None
        if on_the_unit is not None:
            # "52.875 cents on the dollar": a bond's price, in hundredths of its face value, a per cent
            q = replace(q, unit="%", kind="percent", end=on_the_unit.end(), core_end=on_the_unit.end(), rule_id=q.rule_id + "+cents_on_the_dollar")
        elif sub is not None:
            unit = SUBUNIT_CURRENCY[sub.group("sub").lower().rstrip("s")]
            q = replace(
                q, value=float(Decimal(str(q.value)) / 100), unit=unit, kind="money", end=sub.end(), core_end=sub.end(),
                rule_id=q.rule_id + "+subunit",
            )
        out.append(q)
    return out


# a currency's hundredths after a number: "83 centavos", "45 cents", "20 kobo", "50 paise", "30 pence"
SUBUNIT_AFTER = re.compile(r"\s+(?P<sub>centavos?|centimos?|cents?|pence|kobo|paise)\b", re.I)
# "cents on the dollar", "pence in the pound": hundredths of a face value
ON_THE_DOLLAR = re.compile(r"\s+(?:on|in|to)\s+the\s+(?:dollar|euro|pound)\b", re.I)
# the currency each names: a family the article's country resolves, or a code
SUBUNIT_CURRENCY = {"centavo": "peso", "centimo": "EUR", "cent": "$", "pence": "GBP", "kobo": "NGN", "paise": "INR"}


def _threshold_passed(q: RawQuantity, text: str) -> RawQuantity:
    """Return ``q`` as a lower bound where the text says a threshold at it was passed: "will
    exceed the €1 billion mark", "crossed the 2-million-tonne mark", "pass the 50-billion-rubles
    threshold" are more than the figure."""
    if q.qualifier is not None or not THRESHOLD_AFTER.match(text, q.end) or not PASSED_BEFORE.search(text, max(0, q.start - 40), q.start):
        return q
    return replace(q, qualifier="lower", rule_id=q.rule_id + "+threshold_passed")


# a verb that passes a threshold, right before its figure: "exceed the", "crossed the", "topped"
PASSED_BEFORE = re.compile(r"\b(?:exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|cross(?:es|ed|ing)?|pass(?:es|ed|ing)?|top(?:s|ped|ping)?|break(?:s|ing)?|broke(?:n)?|beat(?:s|ing)?|past)\s+(?:the\s+)?$", re.I)
# the threshold the figure names, right after it: "mark", "threshold", "barrier", "milestone"
THRESHOLD_AFTER = re.compile(r"\s*(?:-\s*)?(?:mark|threshold|barrier|milestone|level)\b", re.I)


def _negative_by_word(q: RawQuantity, text: str) -> RawQuantity:
    """Return ``q`` negative where a word says so: "negative 1.4 percent", "minus 0.3%"."""
    if q.value > 0 and q.qualifier_start is None and NEGATIVE_WORD.search(text, max(0, q.start - 10), q.start):
        return replace(q, value=-q.value, signed=True, rule_id=q.rule_id + "+sign_word")
    return q


# a word that makes the number after it negative
NEGATIVE_WORD = re.compile(r"\b(?:negative|minus)\s+$", re.I)


def _elided_scales(quantities: list[RawQuantity], text: str, scale_of_rule: dict) -> list[RawQuantity]:
    """Give an amount of money written without its scale the scale of the amount it is said
    against or part of: "US$314.8 of the USD 456.7 million", "US$27.18 bn against US$26.24 in
    2011" (the writer said "million" and "bn" once for both)."""
    out = list(quantities)
    for k, q in enumerate(out):
        nxt = out[k + 1] if k + 1 < len(out) else None
        if (
            q.kind == "count" and q.unit == "count" and not q.written and q.value >= 1000 and nxt is not None and nxt.kind == "money"
            and PARALLEL_GAP.fullmatch(text, q.end, nxt.start) and nxt.value / 10 <= q.value <= nxt.value * 10
        ):
            # "National - 1,69,496 in 2022-23 and Rs 1,84,205 in 2023-24": the currency said once, for both
            out[k] = q = replace(q, unit=nxt.unit, kind="money", rule_id=q.rule_id + "+currency_elided")
            continue
        if (
            q.kind == "count" and q.unit == "count" and q.has_scale and not q.written and nxt is not None and nxt.kind == "money" and nxt.has_scale
            and re.fullmatch(r"\s*,?\s+(?:as\s+)?(?:against|compared\s+(?:with|to)|versus|vs\.?)\s+(?:about\s+|around\s+)?", text[q.end : nxt.start], re.I)
            and nxt.value / 10 <= q.value <= nxt.value * 10 and nxt.number_start == nxt.start
        ):
            # "1,046 billion against 983 billion CFA francs", "1,326 billion, compared to 1,106 billion
            # CFA francs": the currency said after both
            out[k] = q = replace(q, unit=nxt.unit, kind="money", rule_id=q.rule_id + "+currency_elided")
            continue
        if q.kind != "money" or q.has_scale or q.value <= 0:
            continue
        prv = out[k - 1] if k > 0 else None
        partner = None
        if nxt is not None and nxt.unit == q.unit and nxt.has_scale and PART_OF_GAP.fullmatch(text, q.end, nxt.start):
            partner, larger = nxt, True
        elif prv is not None and prv.unit == q.unit and prv.has_scale and AGAINST_GAP.fullmatch(text, prv.end, q.qualifier_start if q.qualifier_start is not None else q.start):
            partner, larger = prv, False
        factor = next((scale_of_rule[p] for p in partner.rule_id.split("+") if p in scale_of_rule), None) if partner is not None else None
        if factor is None:
            continue
        number = partner.value / factor
        if (q.value < number) if larger else (number / 10 <= q.value <= number * 10):
            out[k] = replace(q, value=float(scale(Decimal(str(q.value)), Decimal(str(factor)))), has_scale=True, rule_id=q.rule_id + "+scale_elided")
    return out


# between two amounts of two times said alike: "1,69,496| in 2022-23 and |Rs 1,84,205 in 2023-24"
PARALLEL_GAP = re.compile(r"\s+(?:in|for|during)\s+[^,;.()]{1,20}?\s*,?\s+(?:and|while|against|compared\s+(?:with|to)|versus|vs\.?)\s+", re.I)
# between a part and the whole it is part of: "US$314.8 |of the |USD 456.7 million", "of the allocated "
PART_OF_GAP = re.compile(r"\s+of\s+(?:the\s+|a\s+|an\s+)?(?:[a-z]+\s+){0,2}", re.I)
# between an amount and the one it is compared with: "US$27.18 bn| in 2012, against |US$26.24 in 2011"
AGAINST_GAP = re.compile(r"(?:\s+(?:in|for|during)\s+[^,;.\d]{0,20}\d{0,4})?\s*,?\s*(?:(?:up|down)\s+)?(?:against|compared\s+(?:with|to)|versus|vs\.?|from)\s+", re.I)


def _money_by_noun(quantities: list[RawQuantity], text: str) -> list[RawQuantity]:
    """Give "500 million funds" the currency of the nearest amount of money before it in its paragraph."""
    out = []
    for k, q in enumerate(quantities):
        if q.unit == "count" and q.has_scale and MONEY_NOUNS.match(text[q.end : q.end + 30]):
            paragraph_start = max(text.rfind("\n", 0, q.start), 0)
            money = [p for p in out if p.kind == "money" and p.start >= paragraph_start]
            if money:
                q = replace(q, unit=money[-1].unit.split("/")[0], kind="money", rule_id=q.rule_id + "+currency_of_paragraph")
        elif q.unit == "count" and q.has_scale and not q.written and NOT_A_COUNTED_NOUN.match(text[q.end : q.end + 20]):
            # "the councils shared 2.56 trillion equivalent to 25.28 percent" after "N3.585 trillion":
            # a bare amount in a sentence of amounts of money is money too
            sentence_start = _sentence_start_before(text, q.start)
            money = [p for p in out if p.kind == "money" and p.start >= sentence_start]
            if len({p.unit for p in money}) > 1:
                # "PLN 115.1 bln (EUR 25.64 bln) and were down by 3.7 bln": the currency the sentence
                # states its amounts in, not the one it converts them to in brackets
                money = [p for p in money if not re.search(r"\(\s*$", text[max(0, p.start - 3) : p.start])]
            if money and len({p.unit for p in money}) == 1:
                q = replace(q, unit=money[-1].unit.split("/")[0], kind="money", rule_id=q.rule_id + "+currency_of_sentence")
            elif not money and MONEY_NOUN_OF_BEFORE.search(text, max(0, q.start - 40), q.qualifier_start if q.qualifier_start is not None else q.start):
                # "a record surplus of 727 million", "a deficit of 93 million" in a story that gave its
                # amounts in francs: the article's currency, where it names one only
                currencies = {p.unit.split("/")[0] for p in out if p.kind == "money"}
                if len(currencies) == 1:
                    q = replace(q, unit=currencies.pop(), kind="money", rule_id=q.rule_id + "+currency_of_article")
        out.append(q)
    return out


# a noun of public money before "of" and an amount: "a record surplus of 727 million"
MONEY_NOUN_OF_BEFORE = re.compile(r"\b(?:surplus|deficit|budget|revenues?|spending|expenditures?|shortfall|outlays?|allocation)\s+of\s+(?:about\s+|around\s+|nearly\s+|some\s+|over\s+|almost\s+)?$", re.I)


# a sentence whose subject is a change, its size the complement: "The growth in GST revenue till September 2022 over the same period last year is 27 percent"
GROWTH_AS_SUBJECT = re.compile(
    r"\s*(?:the\s+)?(?:[\w-]+\s+){0,2}?(?P<noun>growth|increase|rise|decline|expansion|contraction|fall|drop)\s+(?:in|of)\s+[^,;]{1,120}?\s+(?:is|was|were|has\s+been|stood\s+at|came\s+in\s+at|amounted\s+to|(?:reached|exceeded|topped|surpassed|hit)(?:\s+the)?)\s+(?:about\s+|around\s+|nearly\s+|over\s+)?$",
    re.I,
)
# a change as the subject of a copula, anywhere in its sentence: "the highest change was 24.85%",
# "the average price change for food and beverages was 5.45%"
CHANGE_IS = re.compile(
    r"\b(?P<noun>change|increase|rise|growth|appreciation|depreciation|decline|decrease|fall|drop|contraction)(?:\s+(?:in|of|for)\s+[^,;\d]{1,60}?)?\s+(?:(?:is|was|were|has\s+been|will\s+be)(?:\s+(?:estimated|projected|forecast|expected|seen)\s+(?:at|to\s+be))?|stood\s+at|came\s+in\s+at)\s+(?:about\s+|around\s+|nearly\s+|over\s+|only\s+|just\s+|almost\s+|roughly\s+)?$"
    # "Revisions put the change in the volume of GDP in the second quarter of 2017 at 0.8 per cent"
    r"|\bput(?:s|ting)?\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?P<put>change|increase|rise|growth|decline|decrease|fall|drop|contraction)\b[^;%]{0,80}?\s+at\s+(?:about\s+|around\s+|nearly\s+|over\s+)?$",
    re.I,
)
FALLING_NOUNS = frozenset({"depreciation", "decline", "decrease", "fall", "drop", "contraction", "reduction", "deterioration"})


def _falls(noun: str) -> bool:
    """Return True for a change noun that names a fall, singular or plural ("declines", "drop")."""
    return noun.lower().rstrip("s") in FALLING_NOUNS
# an amount in figures, then the opening of its restatement in words, up to a written number:
# "₦100,767,658,300.00 (One hundred billion, Seven hundred and ", "Rs 5,000 crore (Rupees five thousand crore"
AMOUNT_IN_WORDS_BEFORE = re.compile(
    r"\d[\d,.:]*\d(?:\s?(?:billion|million|crore|lakh|bn|m))?\s*\((?P<words>[A-Za-z,\s-]*)$"
)
# the words an amount is written out in, with its currency: "Sixty-eight billion, Seven hundred and Ninety million naira"
AMOUNT_WORDS = frozenset(WORD_NUMBERS) | {
    "and", "a", "thousand", "million", "billion", "trillion", "lakh", "lakhs", "crore", "crores", "only",
    "naira", "kobo", "rupees", "rupee", "dollars", "dollar", "cents", "shillings", "cedis", "kwacha", "rand", "pesos", "euros", "pounds",
}
# an index said to be a percentage: "the industrial production index stood at", "Index of industrial
# production in Bashkortostan Republic in February 2014 was"; Kazakhstan's "short-term economic
# indicator" is an index of its main industries
INDEX_WAS = re.compile(
    r"\b(?:index|(?:short-term\s+)?economic\s+indicator)\b(?:(?!per\s?cent)[^.;%\d]|\b(?:19|20)\d\d\b){0,80}?\b(?:stood\s+at|stopped\s+at|was|amounted\s+to|reached|came\s+(?:in\s+)?at)\s+$", re.I
)
INDEX_WORD = re.compile(r"\bindex\b", re.I)
# an article that writes its output as an index of an earlier time
INDEX_STYLE = re.compile(r"\b(?:production|output|volume|industrial)\s+index\b|\bindex\s+of\s+(?:the\s+)?(?:industrial\s+)?(?:production|output|physical\s+volume)\b", re.I)
# a percentage set against a time, as such an index is: "97.9 percent compared to February 2013",
# "96 percent to January 2014", "(110.5 percent compared to January-February last year)"
INDEX_AGAINST = re.compile(
    r"\s+(?:compared\s+(?:to|with)|to|against|over|of)\s+(?:the\s+)?(?:(?:similar|same|corresponding|previous|last)\s+)?"
    r"(?:period|month|year|quarter|(?:19|20)\d\d|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)",
    re.I,
)
# growth as the subject of a copula, the figure its complement: "Growth is forecast to be 4.7
# percent", "GDP growth this year will be around 3%"; price growth is a rate's level
GROWTH_IS = re.compile(
    r"\s*(?:[^,;]{1,60},\s*)?(?:the\s+|its\s+|their\s+)?(?:(?!prices?\b)[\w’'-]+\s+){0,3}?growth\s+(?:(?:in|of|for|this|next|last)\s+[^,;\d]{1,40}?\s+)?"
    r"(?:is|was|will\s+be|would\s+be|could\s+be|should\s+be|has\s+been|had\s+been|came\s+in\s+at|stood\s+at|remains|remained|has\s+remained|averaged|has\s+averaged)\s+"
    r"(?:(?:now\s+|also\s+)?(?:forecast|expected|projected|estimated|seen|predicted|put|set|pegged|tipped|likely)\s+(?:to\s+(?:be|reach|hit|come\s+in\s+at)\s+|at\s+|to\s+))?"  # ("is estimated to 8.61%")
    r"(?:about\s+|around\s+|nearly\s+|over\s+|just\s+|only\s+|roughly\s+)?",
    re.I,
)
# the part of a law a number points to: "Section 107(2)(b)", "Regulation 25(1)(g)", "Article 4"
LEGAL_REFERENCE_BEFORE = re.compile(
    r"\b(?:[Ss]ections?|[Aa]rticles?|[Rr]egulations?|[Rr]ules?|[Cc]lauses?|[Cc]hapters?|[Pp]aragraphs?|[Pp]aras?\.?|[Ss]chedules?|[Ss]ub-?sections?|[Aa]nnex(?:es)?|[Aa]ppendix|[Aa]mendment)"
    r"\s+\d+[A-Za-z]?(?:\(\w{1,4}\))*\(?\s*$|\b(?:[Ss]ections?|[Aa]rticles?|[Rr]egulations?|[Rr]ules?|[Cc]lauses?|[Cc]hapters?|[Pp]aragraphs?|[Ss]chedules?|[Ss]ub-?sections?|[Aa]mendment)\s+$"
)
def _index_form(text: str, q: RawQuantity, sentence_start: int, index_style: bool = False) -> bool:
    """Return True for a percentage that is a level against an earlier time (as CIS statistics
    write growth): "102.7% of the level from January-August last year", "the industrial
    production index stood at 110.7%", "Industrial production index in Bashkiria in February 2014
    amounted to 97.9 percent", "GRP growth ... is estimated at 102.4%". In an article that writes
    its output so (``index_style``), also a figure against a time ("96 percent to January 2014")
    and one in brackets after an item of a list ("pulp and paper products (77.3 percent)")."""
    if not 30 <= q.value <= 200 or q.value == 100:
        return False
    if re.match(r"\s+of\s+the\s+(?:level|figure|volume)\b", text[q.end : q.end + 24], re.I):
        return 100 < q.value < 130
    before = text[max(sentence_start, q.start - 120) : q.qualifier_start if q.qualifier_start is not None else q.start]
    if INDEX_WAS.search(before):
        return True
    if 100 < q.value < 200 and re.search(r"\bgrowth\b[^.;%]{0,60}?\b(?:amounted|amounts|amount)\s+to\s+$", before, re.I):
        return True  # "Industrial growth amounts to 114 percent": growth does not amount to a level; its index does
    if index_style and (
        INDEX_AGAINST.match(text, q.end)
        or re.search(r"\((?:\s*[\d.,]+\s?[-–])?\s*$", text[max(0, q.start - 12) : q.start]) and not re.match(r"\s+of\b", text[q.end : q.end + 5])
        or INDEX_WORD.search(text, sentence_start, q.start) and not re.match(r"\s+of\b", text[q.end : q.end + 5]) and (
            re.search(r"\b(?:was|were|amounted\s+to|stood\s+at|reached)\s+$", before)  # "..., that for the processing industries was 101.1%"
            or re.search(r"\([^()]{0,40}\b(?:average|index)\s+(?:of|at|was)\s+$", before)  # "(against the country average of 100.9%)"
        )
    ):
        return True
    return 100 < q.value < 115 and bool(re.search(
        r"\b(?:GRP|GDP|gross\s+regional\s+product|gross\s+domestic\s+product)\b[^.;%]{0,80}?"
        r"(?:grow\w*\s+(?:by|at)|(?:estimated|forecast|projected|expected)\s+at|amounted\s+to|stood\s+at)\s+$",
        before, re.I,
    ))


# what a share is of, after "contributed N percent": "to the city's GDP", "to the total population";
# not "to the GDP advance", "to growth"
SHARE_OF_WHOLE_AFTER = re.compile(
    r"\s+(?:to|of)\s+(?:the\s+)?(?:(?:total|overall|whole)\b|(?:[\w’'.-]+\s+){0,2}?(?:GDP|GVA|GRDP|GSDP|economy|output|gross\s+domestic\s+product)\b(?!\s+(?:growth|advance|increase|expansion|rise|gain)))",
    re.I,
)
# a level said before an amount: "projected at", "amounted to", "totalled", "was"
LEVEL_BEFORE_RESTATED = re.compile(r"\b(?:at|(?<!due\s)(?<!owing\s)(?<!thanks\s)(?<!according\s)(?<!related\s)to|reach(?:ed|es|ing)?|total(?:l?ed|l?ing|s)?|stood\s+at|amounted\s+to)\s*(?:about\s+|around\s+|nearly\s+|over\s+)?$", re.I)  # not "was": "which was N52.7 billion, or 6.7% less"
# what a share written as a fraction is of: "a third of |global phosphate exports|", "half |its export revenue|"
SHARE_OF_WHAT = re.compile(
    r"\s+(?:of\s+)?(?P<what>(?:(?!(?:go|goes|went|is|are|was|were|and|in|for|from|to|which|that|while|with|by|on|at|has|have|had|will|would|comes?|came|between|since|during)\b)[\w’'&-]+\s?){1,6}?)(?=\s*(?:[,.;:()\n]|$)|\s+(?:go|goes|went|is|are|was|were|and|in|for|from|to|which|that|while|with|by|on|at|has|have|had|will|would|comes?|came|between|since|during)\b)",
    re.I,
)
# what makes a place's name a currency's: "US| dollars"
CURRENCY_NAME_AFTER = re.compile(r"\s?\$|\s+(?:dollars?|currency|cents?)\b")  # "US dollars", "US $1.79 billion", "US currency"
# words that name a time, never an item of a list: "the third quarter", "in August"
TIME_WORDS = r"quarter|month|year|period|week|half|January|February|March|April|May|June|July|August|September|October|November|December"
# a change noun after a figure and what its "in" names: " decrease in value-added tax revenue,"
CHANGE_IN_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:decrease|increase|rise|decline|drop|fall|gain|growth|reduction)\s+in\s+(?:the\s+)?"
    r"(?P<name>(?![^,;.]*\b(?:" + TIME_WORDS + r"|\d{4}|Q[1-4]|H[12]|FY\d{0,4})\b)[a-z][\w -]{1,50}?)(?=\s*(?:[,;.]|\band\b|$)|\s+(?:at|to|which|that|from|over|compared|as)\b)",
    re.I,
)  # not a time: "a 6.8-percent gain in the first quarter"; "a 11.5 per cent rise in volume at 4.67 million tonnes": the level is no part of the name
# a change noun, then the verb that states its size: "the increase was", "the decline amounted to"
CHANGE_NOUNS = r"increase|rise|decline|decrease|drop|fall|gain|growth|reduction|contraction|expansion"
CHANGE_WAS = re.compile(
    r"\b(?:the|this|that|its|their)\s+(?:\w+\s+)?(?P<cue>" + CHANGE_NOUNS + r")\s+"
    r"(?:was|were|is|amounted\s+to|totall?ed|stood\s+at|came\s+to|reached)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|just\s+)?$",
    re.I,
)
# a cheap first look for CHANGE_WAS: one of its change nouns at all
WAS_CUE_WORDS = re.compile(CHANGE_NOUNS, re.I)
# the next item of a ranking: ", followed by mining at ", " followed by services with "
# two levels compared: "N24.69 billion higher than N23.96 billion"
LEVELS_COMPARED = re.compile(r"\s*(?P<cue>(?:higher|lower|more|less|greater|bigger|smaller)\s+than)\s+(?:the\s+)?", re.I)
# a sector's contribution to growth, said just before its size: "the tourism sector's contribution was at",
# "the construction sector contributed", "Wholesale and retail sector also had a negative contribution of"
CONTRIBUTION = re.compile(
    r"(?:(?P<owner>\b[A-Za-z][\w&-]*(?:\s+(?:and\s+)?[A-Za-z][\w&-]*){0,3}?\s+sectors?)(?:['’]s?)?\s+(?:also\s+)?(?:had\s+an?\s+|made\s+an?\s+)?)?"
    r"(?P<negative>negative\s+)?(?:positive\s+)?(?:contribut(?:ion|ions|ed|es|ing)|influence)\b(?:\s+(?:was|were|is|stood))?(?:\s+(?:at|of))?\s+"
    r"(?:about\s+|around\s+|nearly\s+)?(?:[-–−]\s*)?$",
    re.I,
)
# "rose 12.9 per cent at 270.3 billion dirhams", "rose 51 per cent in value at", "a 33.2 per cent rise in the
# energy import bill which stood at": the level a change reached, said with "at"
LEVEL_AT = re.compile(
    r"\s*(?:(?:rise|increase|decrease|decline|drop|fall|gain|growth|jump)\s+)?"
    r"(?:in\s+(?:value|volumes?|terms\s+of\s+\w+)\s+|in\s+(?:the\s+)?[\w -]{1,40}?\s+(?:which|that)\s+(?:stood|was|came\s+in)\s+)?"
    r"at\s+(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+)?",
    re.I,
)
# ", a 5 percent increase", ", which is 19.5 percent more", ", up 5%": a change set in apposition after a level
APPOSED_CHANGE = re.compile(
    r",\s*(?:(?:which|that)\s+(?:is|was|marks|marked|represents|represented|translates\s+into)\s+)?(?:an?\s+|up\s+|down\s+)?$", re.I
)
FOLLOWED_BY = re.compile(r"\s*,?\s*(?:and\s+)?followed\s+by\s+(?:the\s+)?(?P<name>[^\d;,()]{1,60}?)\s+(?:at|with)\s+(?:about\s+|around\s+|nearly\s+)?", re.I)
# a numbered group with its name in brackets: "the first main group (food and beverages)", "the 10th group (education)"
NUMBERED_GROUP = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th))\s+(?:main\s+)?"
    r"(?:group|category|division|component)?\s*\((?P<name>[A-Za-z][^()\d]{1,60})\)",
    re.I,
)
# the words a parse leaves of such a group: "main group", "the group", "ninth group"
GROUP_WORD = re.compile(r"(?:\b(?:the|main|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|\d{1,2}(?:st|nd|rd|th))\s+)*\b(?:group|category|division)\b", re.I)
# a figure said of the whole country: "... by 1.8% nationally", "nationwide (-56%)", "the national average of 5%"
# (and each item of a list so said: "6.65 per cent and 5.38 per cent nationally")
NATIONAL_AFTER = re.compile(r"(?:\s*(?:,|and)\s*" + LISTED_AMOUNT + r")*\s*(?:nationally|nationwide|country-?wide|at\s+(?:the\s+)?national\s+level|across\s+the\s+country|for\s+the\s+country\s+as\s+a\s+whole)\b", re.I)
NATIONAL_BEFORE = re.compile(
    r"\b(?:nationally|nationwide|country-?wide|(?:the\s+)?national\s+(?:averages?|figures?|rates?|levels?)(?:\s+(?:of|at|was|were|is|are|stood\s+at))?)\s*[(:,]?\s*(?:of\s+|at\s+)?"
    r"(?:" + LISTED_AMOUNT + r"\s*(?:,|and)\s*)*$",  # "national figures of Rs 99,404 and Rs 1,06,744": the list's later items too
    re.I,
)
# a local government named by its city or county: "The Lusaka City Council", "Harare Municipal Council"
LOCAL_BODY = re.compile(r"\b(?!The\b)(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:City|Municipal|Metropolitan|Town|District|County)\s+(?:Council|Assembly|Corporation|Government)\b")
# a month that dates when a forecast was made, not what it forecasts: "projected in December",
# "up by $274 million over November" (the forecast before), "in the September forecast"
FORECAST_MADE_IN = re.compile(r"\b(?:projected|forecast|forecasted|estimated|predicted)\s+(?:in|last)\s+(?:the\s+)?$|\bover\s+(?:the\s+)?$", re.I)
FORECAST_AFTER_MONTH = re.compile(r"(?:['’]s)?\s+(?:revenue\s+|budget\s+|economic\s+)?(?:forecast|projection|estimate|outlook)s?\b", re.I)
# "7 AHs, established in 2016, where this indicator increased by 2.5 times": the year something
# came into being, which dates it and not a figure beside it
FOUNDED_IN = re.compile(r"(?:,|\bwhich\s+(?:was|were)|\bthat\s+(?:was|were))\s*(?:established|formed|founded|created|set\s+up|incorporated)\s+(?:in|on)\s+(?:the\s+)?$", re.I)
# a relative clause on what a noun went through, and when: "boreholes which were drilled in"
RELATIVE_EVENT_IN = re.compile(r"\b(?:which|that)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+[a-z]+(?:ed|en|t|wn)\s+(?:in|during)\s+(?:the\s+)?$", re.I)
# what an amount is for, and when that went through something: "Sh278 million for projects identified in"
PURPOSE_EVENT_IN = re.compile(
    r"\d[\d.,]*\s*(?:trillion|billion|million|bn|mn|m|crore|lakh)?\s*(?:\([^()]{0,40}\)\s*)?(?:for|on)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?[a-z]+s\s+[a-z]+(?:ed|en|t|wn)\s+(?:in|during)\s+(?:the\s+)?$"
)
# data and a verb of publishing before a day: "figures issued this Wednesday", "data released on Monday"
RELEASED_ON = re.compile(
    r"\b(?:figures|data|statistics|numbers|estimates|report|release|results|review|statement|update|budget|outlook)\s+(?:were\s+|was\s+)?(?:issued|released|published|posted|presented|delivered|tabled|unveiled)"
    r"(?:\s+by(?:\s+the)?(?:\s+[A-Z][\w'’.-]*){1,5})?\s+(?:on\s+)?(?:this\s+|last\s+)?$",
    re.I,
)  # "the mid-year budget review released by Treasurer Rita Saffioti on December 23": the day of the
# document; not "announced Wednesday ... that the Committee has decided": a decision's day is its own
# a wire's tag in brackets, in capitals: "(MENAFN- IANS)", "(IANS)"
WIRE_TAG = re.compile(r"\([A-Z][A-Z .-]{1,30}\)")
# the label of an item of a list: "• Capital spending: ", "  - Net debt: "
LINE_LABEL = re.compile(r"[ \t]*[•·▪◦‣∙*-][ \t]*(?P<label>[A-Z][A-Za-z'’&/ -]{2,40}?)\s*:\s")
# a name that is only a change: "growth rate", "the highest increase", "monthly growth rates"
CHANGE_NAME_ONLY = re.compile(
    r"(?:(?:the|a|an|its|their|positive|negative|highest|lowest|biggest|largest|smallest|fastest|slowest|year-on-year|annual|monthly|quarterly"
    r"|overall|rapid|strong|robust|modest|slight|sharp|further|disappointing|real|nominal)\s+){0,3}"
    r"(?:growth|increase|rise|expansion|decline|decrease|contraction|fall|drop|gain)(?:\s+rates?)?(?:\s+of\s+(?:year-on-year|yoy|y-o-y))?",
    re.I,
)
# a multiple after a number: "6.1 times", "2.4-fold", "33-fold"
TIMES_AFTER = re.compile(r"(?:\s+times|-fold)\b", re.I)
# "by" right before a figure, not after a verb of cause or agency ("driven by", "followed by")
BY_BEFORE = re.compile(
    r"(?<!\bdriven)(?<!\bled)(?<!\bfollowed)(?<!\bcaused)(?<!\boffset)(?<!\bbacked)(?<!\bsupported)(?<!\bfunded)(?<!\bfinanced)"
    r"(?<!\baccompanied)(?<!\bexplained)(?<!\bmatched)(?<!\bmultiplied)(?<!\bdivided)(?<!\bowned)(?<!\bheld)(?<!\bcovered)"
    r"(?:\s*[–-])?\s+by\s*$",
    re.I,
)
# who owns a phrase, before it: "the city's |primary industry"
POSSESSOR = re.compile(r"^.*?['’]s\s+")
# a verb whose "up" is part of it: "set up", "made up (of)", "build up"
PHRASAL_UP = re.compile(r"\b(?:set|sets|setting|made|make|makes|making|build|builds|building|built|draw|draws|drew|drawn|drawing|take|takes|took|taken|taking|sum|sums|summed|add|adds|added)\s+$", re.I)
# a pace said after another, as where that one came from: ", up from ", ", down slightly from the "
PACE_UP_FROM = re.compile(r",?\s*(?P<cue>(?:up|down)\s+(?:slightly\s+|sharply\s+|marginally\s+)?from)\s+(?:the\s+|an?\s+)?(?:revised\s+)?$", re.I)
# after an amount, the earlier amount it moved from: " down from $15.56B", ", up slightly from 1,729"
LEVEL_DOWN_FROM_AFTER = re.compile(
    r"\s*,?\s*(?:slightly\s+|sharply\s+|marginally\s+)?(?:down|up)\s+(?:[a-z]+ly\s+)?from\s+(?:about\s+|around\s+)?(?:the\s+)?[^\s\d]{0,4}\s?\d", re.I
)
# a level's change from an earlier one, said after it: ", down from", "$13.99B down from",
# "down slightly from", "which was marginally higher than"
SINCE_LEVEL = re.compile(
    r"(?:,\s*|\s+)(?:(?:which|that)\s+(?:was|is)\s+)?(?:slightly\s+|sharply\s+|marginally\s+|significantly\s+|substantially\s+)?"
    r"(?P<cue>down|up|lower|higher)\s+(?:[a-z]+ly\s+)?(?:from\s*(?:the\s+)?|than\s*)$",
    re.I,
)
# a verb that spends or receives money, which the parse may give as what an amount measures
SPENDING_VERB = re.compile(r"(?:spend|spends|spent|spending|propose|proposes|proposed|gulp|gulps|receive|receives|received|get|gets|got|allocate|allocates|allocated|earmark|earmarked|budget|budgeted)", re.I)
# what an amount is spent on, after it: "N46.55 billion on Education;", "N115.4bn or 25.19 per cent on education"
SPENT_ON_AFTER = re.compile(r"(?:\s+or\s+[\d.,]+\s*(?:per\s*cent|percent|%))?\s+on\s+(?:the\s+)?(?P<item>[A-Za-z][\w&'’-]*(?:\s+(?:(?:and|&|of|for)\s+(?:the\s+)?)?[A-Za-z][\w&'’-]*){0,8}?)(?=\s*(?:[;,.:]|$)|\s+(?:and|while|in|by|over|to)\b)")
# who receives an amount, before it: "Health will gulp N18.65 billion"
RECEIVER_BEFORE = re.compile(r"(?:^|[;,:]\s*|\band\s+)(?P<item>[A-Z][\w&'’-]*(?:\s+(?:and\s+)?[A-Z][\w&'’-]*){0,4})\s+(?:will|would|shall|is\s+to|are\s+to|to)\s+(?:gulp|receive|get|take)\s+$")
# the plan's own amount and words, between its article and its noun: "the $294.9 million monthly consensus target"
PLAN_AMOUNT = r"(?:[^\s\d]{0,4}\d[\d.,]*\s*(?:million|billion|trillion|bn|mn|m|b)?\s+)?(?:(?:monthly|annual|quarterly|consensus|official|revenue)\s+){0,2}"
# an outturn set against its plan, after the gap: "£21m. down against the budget", "£18m. ahead of budget"
AGAINST_PLAN_AFTER = re.compile(
    r"\.?\s+(?P<way>down|up|ahead|behind|below|above|short|less|more|lower|higher|under|over|better|worse)\s+(?:of\s+|than\s+|against\s+|on\s+)?"
    r"(?:the\s+|our\s+|its\s+|their\s+|what\s+was\s+)?(?:(?:government|state|treasury|council|ministry)['’]s\s+)?(?:(?:previous|original|initial|earlier|revised|monthly|annual)\s+)?"
    + PLAN_AMOUNT + r"(?:budget(?:ed)?|forecast|targets?|targeted|estimates?|estimated|projections?|projected|plan(?:ned)?|benchmark|expectations)\b",
    re.I,
)
# and before it: "short of our budget by almost £5m.", "exceeding the $294.9 million monthly consensus target by"
SHORT_OF_PLAN_BEFORE = re.compile(
    r"\b(?:(?P<way>short)\s+of|(?P<over>exceed(?:ing|ed|s)?|surpass(?:ing|ed|es)?|beat(?:ing|s)?|overshot|overshooting))\s+(?:the\s+|our\s+|its\s+|their\s+)?(?:(?:budget(?:ed)?|original|initial|revised|official)\s+)?"
    + PLAN_AMOUNT + r"(?:budget|target|forecast|estimates?|projections?|expectations)\s+by\s+(?:almost\s+|about\s+|nearly\s+|around\s+|some\s+)?$",
    re.I,
)
# the base of an index: "(2015=100)", "expressed in base 100", "base year 2010 = 100"
INDEX_BASE_BEFORE = re.compile(r"(?:\b(?:19|20)\d\d\s?=\s?|\bbase\s+(?:year\s+)?(?:of\s+)?(?:(?:19|20)\d\d\s?=\s?)?)$", re.I)
# a change in a list of items, each with its amount in brackets, up to the bracket of one
CHANGE_IN_BRACKET_LIST = re.compile(
    r"\b(?P<noun>increases?|rises?|growth|declines?|decreases?|falls?|drops?)\s+in\s+(?:[^()\d;.]{1,50}\([^()]*\)\s*,?\s*(?:and\s+)?)*(?P<item>[^()\d;.]{1,50})$",
    re.I,
)
# a sentence that introduces a list of changes: "the sub-sectors that contracted ... include;", "drivers of GDP growth ... include:"
CHANGE_LIST_CONTEXT = re.compile(r"\b(?:growth|grew|expan\w+|contract\w*|declin\w*|shr[ai]nk\w*|fell|drop\w*|(?:monthly|annual|yearly|quarterly)\s+variation|upward\s+trend|downward\s+trend)\b", re.I)
# one end of a span of time said between a change word and its size: "November 2017", "Q3 2023", "2022"
SPAN_END = r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Q[1-4])(?:\s+(?:19|20)\d\d)?|(?:19|20)\d\d)"
# a sentence that says its rates are shares of GDP: "As a percent of gross domestic product, the deficit ..."
AS_SHARE_OF_GDP = re.compile(r"\s*As\s+a\s+(?:percent(?:age)?|share|proportion|ratio)\s+of\s+(?:the\s+)?(?:GDP|gross\s+domestic\s+product|(?:the\s+)?economy|output)\s*,", re.I)
# a share of a dated whole, before the whole's time: "14.7 percent of the 2025 State Budget target"
SHARE_OF_DATED_WHOLE = re.compile(r"(?:%|\bper\s?cent|\bpercent)\s+of\s+(?:the\s+|its\s+)?$", re.I)
# the amount restated as a share of GDP, between it and its time: "Rp104.2 trillion or 0.43 of Gross Domestic Product (GDP) in ..."
SHARE_OF_GDP = re.compile(r"^\s*,?\s*or\s+(?:about\s+|around\s+)?[\d.]+\s*(?:%|per\s?cent|percent)?\s+of\s+(?:the\s+)?(?:gross\s+domestic\s+product|GDP)\b", re.I)
# the level a change reached, said between the change and its time: "to 893.36 billion yuan", ", reaching 1.43 trillion yuan"
LEVEL_REACHED = re.compile(r"^\s*,?\s*(?:to|reaching|hitting|at)\s+(?:about\s+|around\s+|nearly\s+|over\s+)?[^\s\d]{0,4}\d[\d.,]*\s*(?:[a-z%]+\s*){0,3}?(?=\s+(?:in|during|for|over)\b)", re.I)


def _brackets_around(text: str, at: int, reach: int = 80) -> tuple[int, int] | None:
    """Return the (open, close) offsets of the round brackets ``at`` stands in, within ``reach``
    characters either side, or None."""
    left = text.rfind("(", max(0, at - reach), at)
    if left < 0 or ")" in text[left:at]:
        return None
    right = text.find(")", at, at + reach)
    if right < 0 or "(" in text[at:right]:
        return None
    return left, right


# a fiscal year named by no year: "the fiscal year", "the financial year"
THE_FISCAL_YEAR = re.compile(r"(?:the\s+)?(?:fiscal|financial)\s+year", re.I)
# a bracket right after a figure that holds a figure of its own: " (November 2022 10.6 %)", " (2.4% in Q2)"
BRACKET_WITH_FIGURE = re.compile(r"\s*\((?P<inside>[^()]{0,60}?\d[\d.,]*\s*(?:%|per\s*cent|percent)[^()]{0,40})\)")
# a base of comparison named with its time before its amount: "compared with this year's budget of", "compared with the 2022 budget which only allocated"
COMPARED_WITH_WHOLE = re.compile(r"\b(?P<cue>compared\s+(?:to|with)|as\s+against|against)\s+(?:the\s+)?[^;.,\d]{0,25}?(?:\d{4}(?:[-/]\d{2,4})?)?[^;.,\d]{0,25}?\b(?:budget|estimates?|allocation|figure|level|total)\s+(?:of|which\s+(?:only\s+)?(?:allocated|was|stood\s+at))\s+(?:about\s+|around\s+|only\s+)?$", re.I)
# words of a budget presented or passed
BUDGET_TALK = re.compile(r"\b(?:budget|appropriation|estimates)\b", re.I)
# a verb of speaking right after a name, which makes it a person's: "Banjo noted", "Badal further said"
SPEAKS_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+|further\s+|also\s+)?(?:said|says|noted|notes|stated|states|added|adds|explained|explains|told|announced|disclosed|revealed|remarked|observed)\b")
WEEKDAY = re.compile(r"(?:on\s+|last\s+|this\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)", re.I)


def _dates_a_nouns_event(text: str, p, q: RawQuantity) -> bool:
    """Return True where the period ``p`` dates what a noun near the figure went through, not the
    figure: "7 AHs, established in 2016, where ...", "Sh16 million has also been provided for
    equipping of boreholes which were drilled in the FY 2019/2020", "Sh278 million for projects
    identified in FY 2019/2020" (for the figure before and for the next)."""
    if FOUNDED_IN.search(text, max(0, p[0] - 40), p[0]) or PURPOSE_EVENT_IN.search(text, max(0, p[0] - 100), p[0]):
        return True
    clause = RELATIVE_EVENT_IN.search(text, max(q.end, p[0] - 60), p[0]) if p[0] >= q.end else None
    return clause is not None and bool(re.search(r"[A-Za-z]", text[q.end : clause.start()]))  # a noun between: not the figure's own clause


# a time that owns the figure after it: "last year's $4 billion", "August's provisional 3.1%"
TIME_OWNS = re.compile(r"['’]s?\s+(?:(?:provisional|preliminary|revised|estimated|projected|budgeted|approved|original|actual|record|total|final)\s+)?[\[(]?")


# a bond's maturity, not a figure's time: "Eurobonds, due 2032", "notes maturing in 2030"
MATURITY_BEFORE = re.compile(r"\b(?:due|maturing(?:\s+in)?|maturity(?:\s+in)?|mature\s+in)\s+(?:in\s+)?$", re.I)


def _choose_period(text: str, found: list, q: RawQuantity):
    """Return the period a number belongs to among the periods of its sentence, or None.

    A period right after the number wins ("EUR 22.6bn in June 2018"); otherwise the nearest
    one before it; a period that only names the base of a comparison ("compared with the
    second quarter") is passed over.
    """
    found = [p for p in found if not _dates_a_nouns_event(text, p, q) and not MATURITY_BEFORE.search(text, max(0, p[0] - 16), p[0])]
    if not found:
        return None
    # a figure in brackets takes a time said in its own brackets ("2.1% in the third quarter (2.4%
    # in the previous quarter)"), and a time in brackets dates only the figures inside them
    own = _brackets_around(text, q.start)
    inside = [
        p for p in found
        if own is not None and own[0] < p[0] and p[1] <= own[1] and not BASE_ONLY.search(text, max(own[0], p[0] - 40), p[0])
    ]  # not "(46.9 percent compared to January-February 2013)": the base of the figure, not its time
    if inside:
        return inside[0]
    found = [
        p for p in found
        if (lambda b: b is None or b[0] < q.start < b[1] or b[0] >= q.end and not text[q.end : b[0]].strip())(_brackets_around(text, p[0]))
    ]  # "N1.143 trillion (May)": brackets right after the figure say its time
    if not found:
        return None
    end = q.end
    if re.match(r"\.\s+[a-z]", text[end : end + 3]):
        end += 1  # "a loss of £5.1m. in 2022": the full stop of an abbreviated scale, then the figure's time
    if "+range_low" in q.rule_id:  # "between 1.3 and 1.5 per cent next year": the period after the range
        partner = RANGE_PARTNER.match(text, q.end)
        end = partner.end() if partner else end
    if q.kind in ("money", "percent") and BUDGET_TALK.search(text, max(0, q.start - 200), min(len(text), q.end + 120)):
        # "presenting the budget estimates of N375,790,077,618.15 to the lawmakers on Tuesday":
        # the day a budget is presented or passed, not the time its amounts are of
        found = [p for p in found if not (p[3] and p[3] == p[4] and WEEKDAY.fullmatch(p[2].strip()))]
        if not found:
            return None
    if q.kind == "money" and any(p[3] and p[4] and p[3] != p[4] and p[1] <= q.start for p in found):
        # "presented the provincial budget for 2019-20 with an outlay of Rs419 billion Wednesday":
        # the day says when it was presented; the amount is of the span its sentence names
        found = [p for p in found if not (p[3] and p[3] == p[4] and WEEKDAY.fullmatch(p[2].strip()))] or found
    for p in found:
        if p[0] >= end and re.search(r"\brespectively\s*,?\s*(?:for|in|during|over)\s+(?:the\s+)?$", text[max(end, p[0] - 40) : p[0]]) and not re.search(r"[;.]\s", text[end : p[0]]):
            return p  # "Rs 23,942 crore, or 2.1% ..., and Rs 39,662 crore, or 3.5% ..., respectively for 2023-24": the list's time
        if p[0] >= end and re.fullmatch(r"\s+(?:[a-z]+ed\s+)?on\s+(?:the\s+)?", text[end : p[0]]) and p[3] and p[3] == p[4] and re.search(r"\d", p[2]):
            return p  # "a collection of Rs 49,453 crore on 20th September", "Rs 57,846 crore collected on 20th July 2022": that day's
        if p[0] >= end and re.search(r"\bover\s", text[end : p[0]]) and re.match(r"(?:the\s+)?(?:previous|preceding|prior|same)\b", p[2], re.I):
            continue  # "decreased by 13.5 percent over the previous year": the base of the change, not its time
        if p[0] >= end and q.kind == "percent" and re.fullmatch(r"\s+of\s+(?:the\s+|its\s+)?", text[end : p[0]]) and re.match(r"\s*[A-Z]", text[p[1] : p[1] + 3]):
            continue  # "16.9 percent of the 2025 State Budget deficit target": the year of the whole, not of the share
        gap = re.sub(r"^\s*\([^()]{1,40}\)(?=\s)", "", text[end : p[0]]) if p[0] >= end else ""  # "$2.1 bn (0.5%) in FY25": an aside between
        if p[0] >= end and (RIGHT_AFTER.match(gap) or NOUN_THEN_PERIOD.match(text[end : p[0]]) and (
            not BASE_ONLY.search(text[max(0, p[0] - 40) : p[0]]) or re.match(r"(?:past|last|next|coming)\b", p[2], re.I)  # "over the past quarter" is a span, no base
        )):
            return p  # "a budget for next year", not "an increase over the previous year"
        if p[0] >= end and PAIR_THEN_PERIOD.fullmatch(text, end, p[0]):
            return p  # "£167m in resource and £5.8m in capital in 2024-25": the time said after the pair dates both
    for p in found:
        if p[1] <= q.start and re.fullmatch(r"[\s\[(]*", text[p[1] : q.start]):
            return p  # "v. June 2018 [EUR 176.6bn]": the bracketed figure is June 2018's
        if p[1] <= q.start and TIME_OWNS.fullmatch(text, p[1], q.start) and not re.search(r"\b(?:forecasts?|projections?|outlook)\b", text[max(0, p[0] - 80) : p[0]], re.I):
            # "from the previous year's 1.08trl/-", "lower than August's S$17.1 billion": that
            # time's; not "the forecast ... from Q4's 2.6-3.6%", when a forecast was made
            return p
    compared = COMPARED_WITH_WHOLE.search(text, max(0, q.start - 80), q.qualifier_start if q.qualifier_start is not None else q.start)
    if compared is not None:
        for p in found:
            if compared.end("cue") <= p[0] and p[1] <= compared.end() and p[3] and p[4] and p[3] != p[4]:
                return p  # "compared with this year's budget of RM90.49 million", "compared with the 2022 budget which only allocated RM1.51 billion": the base's own time
    if re.search(r"\b(?:compared\s+(?:to|with)|in\s+comparison\s+to|as\s+against)\s+(?:[^;.]{1,80}?\s+and\s+)?$", text[max(0, q.start - 110) : q.qualifier_start if q.qualifier_start is not None else q.start], re.I):
        for p in found:
            # "767,913, compared to 458,670 arrivals recorded during the corresponding period in
            # 2022": the base of a comparison is dated after it, in its own phrase
            if p[0] >= q.end and re.fullmatch(r"(?:\s+[a-z]+){0,6}\s+(?:in|during|for|of|as\s+at|at)?\s*(?:the\s+)?(?:(?:corresponding|same|comparable)\s+(?:period|month|quarter|half)\s+(?:of|in|last)\s+(?:the\s+)?)?", text[q.end : p[0]]):
                return p
    usable = [
        p for p in found
        if not (p[3] and p[3] == p[4] and RELEASED_ON.search(text, max(0, p[0] - 40), p[0]))  # "figures issued this Wednesday (4)": the day of the release, not of the figures
        and not (p[3] and p[4] and _months_apart(p[4], p[3]) == 0 and (FORECAST_MADE_IN.search(text, max(0, p[0] - 30), p[0]) or FORECAST_AFTER_MONTH.match(text, p[1])))  # "the surplus projected in December", "the September forecast": when a forecast was made
        and not (BASE_ONLY.search(text[max(0, p[0] - 40) : p[0]]) and not (p[1] <= q.start and re.fullmatch(r",\s*(?:when|where)\b[^;.]*", text[p[1] : q.start])))  # but "an increase on 2014, where 505 million euros ...": the base's own figure
        and not (re.match(r"\s*(?:the\s+)?(?:preceding|previous|prior)\b", p[2], re.I) and BASE_AMOUNT.search(text[max(0, p[0] - 60) : p[0]]))
        and not (p[2].lower().startswith("since") and RECORD_SINCE.search(text, max(0, p[0] - 40), p[0]))  # "its lowest level since 1974"
        and not (p[1] <= q.start and BASE_CLAUSE.search(text, max(0, p[0] - 80), p[0]))  # "... lower than the N1.599 trillion it got in the first half of 2019 and 7.36% lower ..."
        and not (
            SHARE_OF_DATED_WHOLE.search(text, max(0, p[0] - 30), p[0]) and not re.fullmatch(r"[^,;.\d]{0,60}\s(?:of|at)\s+(?:about\s+|around\s+)?", text[p[1] : q.start])
        )  # "... worth Rp322.6 trillion or 14.7 percent of the 2025 State Budget target and ... worth Rp77.5 trillion": the year of the whole, of no other figure than its own ("the 2025 State Budget deficit target of Rp616.2 trillion")
    ]
    # a single day ("on Tuesday") dates a figure only where nothing longer does
    longer = [
        p for p in usable if not (p[3] is not None and p[3] == p[4])
        and not (p[0] > q.end and re.search(r"\b(?:after|before|following|unlike)\b[^,.;\d]{0,30}$", text[max(0, p[0] - 40) : p[0]], re.I))
    ]  # "... on Wednesday raised its rate by ..., after a brief pause in June": the pause's month is not the move's
    if longer:
        usable = longer
    # "Despite declining 1.1% since June, hours were up 2.4%": a span since a time is its own clause's
    # ("Since early last year, we have raised rates by ...": one that opens the sentence dates all of it)
    opening = _sentence_start_before(text, q.start)
    before = [
        p for p in usable
        if p[1] <= q.start and not (p[2].lower().startswith("since") and "," in text[p[1] : q.start] and text[opening : p[0]].strip(". \n\t"))
    ]
    if before:
        return before[-1]
    # a period after the number, with no other number between them
    after = [
        p for p in usable
        if p[0] >= q.end and not re.search(r"\d", SHARE_OF_GDP.sub("", LEVEL_REACHED.sub("", re.sub(r"\([^()]*\)", "", text[q.end : p[0]]), count=1)))  # "36.02 trillion yuan ($5.07 trillion) in the first 10 months"; "expanded 45 percent to 893.36 billion yuan during the January-May period"
        and not re.search(r",\s*(?:who|whom)\b[^,;]*$", text[q.end : p[0]])  # "..., said Pawar, who joined ... in July 2023"
        and not (q.kind == "percent" and re.fullmatch(r"\s+of\s+(?:the\s+|its\s+)?", text[q.end : p[0]]))  # "16.9 percent of the 2025 State Budget deficit target": the whole's year
        and not re.search(r"\bfrom\s+(?:nearly\s+|about\s+|around\s+|almost\s+)?(?:zero|nil|\S*\d)[^,;.]{0,20}$", text[q.end : p[0]])  # "..., up from nearly zero last March": the base's time
    ]
    if after:
        return after[0]
    return None
