"""Entities of one article: named things once each, with aliases, and persons with their roles."""

from __future__ import annotations

from . import patterns as re  # the re functions, over a cache that holds all the rules' patterns
from collections import Counter, defaultdict
from bisect import bisect_right
from functools import lru_cache

from spacy.tokens import Doc, Span

from .lexicons import Lexicons

# Words of a portfolio before a title ("Finance Minister", "Deputy Governor")
PORTFOLIO_WORDS = {
    "finance", "foreign", "trade", "economy", "economic", "commerce", "health", "education", "home",
    "interior", "labour", "labor", "energy", "agriculture", "industry", "transport", "justice",
    "defence", "defense", "treasury", "prime", "deputy", "vice", "chief", "state", "junior", "financial",
    "local", "housing", "environment", "tourism", "culture", "planning", "development", "infrastructure", "mines", "fisheries",
    "youth", "social", "welfare", "budget", "wellbeing", "school", "information", "revenue", "works", "water", "power",
    "petroleum", "digital",
}
from .records import Entity  # noqa: E402

TEXT_KEY = "_polex_text"


def doc_text(doc: Doc) -> str:
    """Return ``doc.text``, built once per document: Doc.text joins every token on each call."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


# the last word of a document's title: a publication is not a named body, place or plan
DOCUMENT_WORD = re.compile(r"\s(?:Report|Outlook|Update|Bulletin|Statement|Review)s?$|^\s+(?:Report|Outlook|Update|Bulletin)s?\b")
# "... research at Quilter |Cheviot": a capitalised word after "at" that runs into the name
FIRM_BEFORE = re.compile(r"\b(?:at|of|from)\s+(?P<firm>(?:[A-Z][\w&'’-]*\s+){1,3})$")
# the last word of a building's or a site's name: "Presidential Hotel Enugu" aside, "... Hotel",
# "... Square", "... Conference Centre" (a body named "... Centre" stays a body)
FACILITY_NAME = re.compile(
    r"\b(?:Hotels?|Square|Stadium|Arena|Bridge|Airport|Dam|Highway|Expressway|Railway|Mall|Towers?|Hospital|Refinery|Palace|"
    r"(?:Conference|Convention|Exhibition|Events?|Trade|Shopping)\s+(?:Centre|Center)|(?:Industrial|Technology|Science|Tech|Business|Logistics)\s+Park)$"
)
KEEP_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "POLICY", "PRODUCT", "LAW"}
LABEL_MAP = {"LAW": "POLICY"}
LEADING_JUNK = re.compile(r"^(?:the|a|an|this|that|these|its|their|our|his|her)\s+", re.I)
QUOTES = "\"“”‘’'"
# A name must have a capital letter or a digit in it; spaCy's small model also tags
# lower-case phrases ("the mainland", "tax") now and then.
HAS_NAME = re.compile(r"[A-Z0-9]")


DATELINE = re.compile(r"^[A-Z][A-Z .]{2,}(?:,\s*[A-Z][A-Za-z .]+)?\s*(?:\([^)]*\))?\s*[-—–:]\s+")


def _clean(text: str) -> str:
    text = re.sub(r"^(?:'s|’s)\s+", "", re.sub(r"\s+", " ", text).strip())  # "Today's Monetary Council": the possessive's ending is no part of the name
    text = text.strip(QUOTES).strip()
    text = re.sub(r"^[•·▪◦‣∙*]\s*", "", text)  # "• Capital spending": a list's bullet
    text = DATELINE.sub("", text)  # "OTTAWA - The Bank of Canada": a dateline is no part of a name
    text = re.sub(r"(?:'s|’s)$", "", text)
    text = FOOTNOTE_MARK.sub("", text)  # "the Republic of Palau.[1]", "San Marino.1": a footnote's mark after the full stop
    text = LEADING_JUNK.sub("", text)
    text = re.sub(r"^(?:In|On|At|For|By)\s+(?:19|20)\d\d\s*[-–—:]\s*", "", text)  # "... To 10.2% In 2022 - Statistical Office": a headline's date before its source
    return text.strip(" ,.;:/-").strip(QUOTES)  # "MONTSAME/.": the slashes of a dateline


@lru_cache(maxsize=8192)
def _key(text: str) -> str:
    text = text.lower().replace("’", "'").replace("–", "-").replace("—", "-")
    text = KEY_PLANNING.sub("plan", text)  # "Qianhai Planning" and "Qianhai Plan" are one plan
    text = KEY_ISATION.sub("ization", text)  # "Organisation" and "Organization": one name in two spellings
    text = KEY_THE.sub("", text)
    return KEY_SPACES.sub(" ", text).strip()


KEY_PLANNING = re.compile(r"\bplanning$")
FOOTNOTE_MARK = re.compile(r"(?<=[A-Za-z])\.(?:\[\d{1,2}\]|\d)$")
KEY_ISATION = re.compile(r"isation\b")
KEY_THE = re.compile(r"^the\s+")
KEY_SPACES = re.compile(r"\s+")


# how many of the model's mentions one mention a rule found outweighs, where they label a name differently
RULE_VOTE = 10


class _Found:
    __slots__ = ("text", "labels", "aliases", "mentions", "rule_id", "title", "organization", "first")

    def __init__(self, text, label, rule_id, first):
        self.text = text
        self.labels = Counter([label])
        self.aliases: list[str] = []
        self.mentions = 0
        self.rule_id = rule_id
        self.title = None
        self.organization = None
        self.first = first


def _entry(found: dict, order: list, text: str, label: str, rule_id: str, first: int) -> tuple[_Found, bool]:
    """Return (the entity found under ``text``'s key, whether it is new), adding it in reading order if new."""
    key = _key(text)
    if key in found:
        return found[key], False
    found[key] = _Found(text, label, rule_id, first)
    order.append(key)
    return found[key], True


def _mention(found: dict, order: list, text: str, label: str, rule_id: str, first: int) -> None:
    """Count one mention of ``text`` as a name of its own: a part of a span the model joined."""
    _entry(found, order, text, label, rule_id, first)[0].mentions += 1


def _known_place(name: str, country_names, place_cues) -> bool:
    """Return True for a country, or a place the rules list as a country's cue or a region."""
    return name.lower() in country_names or name.lower() in place_cues


def _split_title(text: str, titles: set[str]) -> tuple[str | None, str]:
    """Return (title, name) of a PERSON span that starts with a role: "Treasurer Jim Chalmers"."""
    words = text.split()
    k = 0
    while k < len(words) - 1:
        if k < len(words) - 2 and " ".join(words[k : k + 2]).lower() in titles:
            k += 2  # "Menteri Besar Datuk Ahmad Yakob": a title of two words
        elif words[k].lower() in titles or words[k].lower() in ("finance", "prime", "vice", "deputy", "foreign", "trade", "senior", "federal", "state", "general"):
            k += 1
        else:
            break
    if k and (any(w.lower() in titles or w.lower() == "general" for w in words[:k]) or " ".join(words[:2]).lower() in titles):  # "[Director] General Tobias Thomas": the rest of the title
        return " ".join(words[:k]), " ".join(words[k:])
    return None, text


# a list of places introduced by their kind: "11 states including Red Sea, South Darfur, Khartoum, ..."
PLACE_LIST = re.compile(
    r"\b(?:[Ss]tates|[Pp]rovinces|[Rr]egions|[Cc]ities|[Cc]ountries|[Dd]istricts|[Cc]ounties|[Gg]overnorates|[Ee]mirates|[Pp]refectures|[Mm]unicipalities|[Ll]ocalities|[Tt]owns|[Ii]slands|[Tt]erritories)"
    r"\s+(?:including|such\s+as|namely|like)\s+"
    r"(?P<list>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:\s*,\s*(?:and\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*|\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)*)"
)
# the kind of place a name ends with: "Tam Dương District", "Kurdistan Region"
PLACE_KIND_LAST = re.compile(r"[A-Za-zÀ-ỹ]\s(?:District|Province|County|Prefecture|Municipality|Governorate|Region|Oblast|Emirate|Territory)$")
# a numbered act: "Resolution No 25/ND-CP", "Decree No. 15/2022", "Circular 06"
NUMBERED_ACT = re.compile(r"(?:Resolution|Decree|Decision|Circular|Directive|Ordinance)\s+(?:No\.?\s*)?\d")
# a measure's letters at the end of a name: "Telangana GSDP"
MEASURE_LAST = re.compile(r"\s(?:GDP|GSDP|GSP|GVA|GNI|GNP|CPI|PPI|PMI|FDI|GST|VAT)$")
# a title's first portfolio and "and" before a span: "Minister for Finance and |Local Government|"
PORTFOLIO_BEFORE = re.compile(r"\b(?:Minister|Secretary|Commissioner)\s+(?:of|for)\s+(?:[A-Z][a-z]+\s+){1,3}(?:and|&)\s+$")
# a person's name with the letters of a seat in a parliament after it: "Rebecca Evans MS", "Jane Smith MP"
POSTNOMINAL_NAME = re.compile(r"(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})\s+(?:MP|MS|MSP|MLA|MPP|MHA|MHK|TD|MNA|MEP)")
# a title whose department follows it after a comma: "Director, Communications and Advocacy, ..."
DEPARTMENT_OF_TITLE = re.compile(
    r"\b(?:Director|Head|Manager|Chief|Commissioner|Officer|Secretary|Controller|Coordinator)(?:-General)?\s*,\s*(?:[A-Z][\w&-]*\s*(?:,|and|&)?\s*)*$"
)
# an apposition that says a name is a firm: ", an investment bank", ", a consultancy"
FIRM_APPOSITIVE = re.compile(
    r"\s*,\s*(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:bank|firm|company|group|consultancy|brokerage|insurer|lender|fund|manager|research\s+house|think\s+tank|agency)\b",
    re.I,
)


# an amount that ends a name the model ran on into: " Rs99.2", " N1.2bn", " $5"
AMOUNT_AT_END = re.compile(r"\s+(?:Rs\.?|N|₦|\$|US\$|K|Sh|KSh|GH¢|R)\s?\d[\d.,]*\w*$")
# the words of the section names of ISIC (industries) and COICOP (consumer spending)
CATEGORY_WORDS = frozenset("""
agriculture forestry fishing hunting mining quarrying manufacturing electricity gas steam air conditioning supply water sewerage waste
management remediation construction wholesale retail trade repair motor vehicles motorcycles transportation transport storage
accommodation food service services activities information communication financial intermediation insurance real estate
professional scientific technical administrative support public administration defence defense compulsory social security
education human health work arts entertainment recreation households extraterritorial organizations bodies business
beverages alcoholic non tobacco narcotics clothing footwear housing fuels furnishings furnishing household equipment routine
maintenance culture restaurants hotels miscellaneous goods oil and of the other
""".split())
# the dash after a dateline's city: "OTTAWA—", "LAGOS -"
DATELINE_DASH = re.compile(r"(?:,\s[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?\s?(?:—|–|--|-)\s?(?=[A-Z\"“])")  # "KINGSTON, Jamaica — The ..."
# a figure in brackets right after a span: "Grants (M1.8b)", "Construction (8.4%)", "(-1.3 %)"
FIGURE_IN_BRACKETS = re.compile(r"\s?\(\s?[-+−]?[^\s\d()]{0,3}\s?\d[\d.,]*\s?(?:%|per\s?cent|percent|[a-z]{1,3}\b|billion|million)?\s?\)")
# the date and wire tag after a dateline's city: ", 14 November 2023 (MIA) –", ", Nov. 7 -"
DATELINE_DAY_AFTER = re.compile(
    r",\s*(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2})(?:,?\s*\d{4})?\s*(?:\([^()\n]{1,30}\)\s*)?[:—–-]"
)
# honorifics before a name: "Dr", "Alhaji", "Datuk Seri", "Tan Sri"
HONORIFICS = r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Alhaji|Alhaja|Dame|Sir|Engr|Rt\.?\s+Hon|Hon|Cllr|Datuk(?:\s+(?:Seri|Patinggi))?(?:\s+Panglima)?|Dato['’]?(?:\s+Sri)?|Tan\s+Sri)"
HONORIFIC_BEFORE = re.compile(rf"^(?:{HONORIFICS}\.?\s+)+(?=[A-Z])")  # "Datuk Patinggi Tan Sri Abang Johari": all of them
# the given name before an Arabic name's "son of" part the model read alone: "Sheikh |Humaid| bin Rashid Al Nuaimi"
NAME_BEFORE_NASAB = re.compile(r"(?:(?<=\s)|^)(?:Sheikh(?:a)?\s+|Shaikh\s+)?(?P<name>[A-Z][\w'’-]+)\s+$")
# a title's short form before a name: "Gov Yusuf", "Sen. Warren"
TITLE_ABBREVIATION = re.compile(r"^(?:Gov|Sen|Rep|Pres|Amb|Supt|Insp)\.?\s+(?=[A-Z])")
# a title of office and the comma of an apposition before a name: "Tatarstan's Minister of Economy, "
TITLE_COMMA_BEFORE = re.compile(
    r"\b(?:[Mm]inister|[Ss]ecretary|[Gg]overnor|[Dd]irector(?:-[Gg]eneral)?|[Cc]hair(?:man|woman|person)?|[Cc]ommissioner|[Pp]resident|[Tt]reasurer|[Ss]peaker|[Aa]dministrator|[Ee]conomist|[Ss]pokes(?:man|woman|person)|[Ee]xecutive|CEO)"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w&’'-]*(?:\s+(?:and\s+)?[A-Z][\w&’'-]*){0,4})?,\s*$"
)


def _mentions(text: str, word: str):
    """Yield the starts of ``word`` in ``text`` as a whole word (no letter, digit or hyphen on
    either side): str.find, where a pattern made for each name would crowd the pattern cache."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "-")) and (end >= len(text) or not (text[end].isalnum() or text[end] == "-")):
            yield at
        at = text.find(word, at + 1)


REPORTING_VERB_AFTER = re.compile(r"\s+(?:said|says|told|added|noted|stated|explained|warned|announced)\b")


def _named_as_person(text: str, ent, country_names) -> bool:
    """Return True where a name the model read as a body or a place is a person's: two or three
    capitalised words after a title and its comma ("Minister of Economy, Midhat Shagiakhmetov"),
    or whose last word the text uses alone as a speaker's ("Hazel Koitaba ... Koitaba said")."""
    name = ent.text
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(re.fullmatch(r"[A-Z][a-z’'-]+", w) for w in words):
        return False
    if NOT_A_PLACE_WORD.search(name) or name.lower() in country_names or any(w.lower() in country_names for w in words):
        return False
    for at in _mentions(text, name):
        if TITLE_COMMA_BEFORE.search(text, max(0, at - 90), at):
            return True  # named so anywhere: "said Midhat Shagiakhmetov" after "Minister of Economy, Midhat Shagiakhmetov"
    return any(
        not (ent.start_char <= at < ent.end_char) and REPORTING_VERB_AFTER.match(text, at + len(words[-1]))
        for at in _mentions(text, words[-1])
    )


# a military rank before a name, and a retired officer's mark after it
MILITARY_RANK = re.compile(
    r"^(?:(?:Rear|Vice)\s+Admiral|Admiral|General|Lt\.?\s*Gen(?:eral)?\.?|Lieutenant[- ]General|Maj(?:or)?\.?[- ]Gen(?:eral)?\.?|Brigadier(?:[- ]General)?|"
    r"Colonel|Col\.|Lieutenant[- ]Colonel|Commodore|Air\s+(?:Vice\s+)?Marshal|Air\s+Commodore|Field\s+Marshal)\s+(?=[A-Z])"
)
RETIRED_TAIL = re.compile(r"\s*\(?\b(?:Rtd|rtd|Retd|retd|Retired)\b\)?\.?$")
# a sentence adverb a name swallowed where a full stop is missing: "President Bola Tinubu Regrettably,"
DISCOURSE_TAIL = re.compile(
    r"\s+(?:Regrettably|Unfortunately|Additionally|Consequently|Similarly|Finally|However|Moreover|Furthermore|Notably|Importantly|"
    r"Separately|Accordingly|Nevertheless|Meanwhile|Therefore|Thus|Hence|Indeed|Overall)$"
)
# a courtesy before a name: "Honourable Retšelisitsoe Matlanyane", "His Excellency ..."
COURTESY = re.compile(r"^(?:(?:The\s+)?(?:Right\s+)?(?:Honou?rable|Hon\.?|Rt\.?\s+Hon\.?)|(?:His|Her)\s+Excellency|H\.\s?E\.)\s+(?=[A-Z])")


def _in_title_case(text: str, at: int) -> bool:
    """Return True where the line around ``at`` is written in title case, as headlines are (most
    of its longer words capitalised): only there does a capitalised verb end a name."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    words = [w for w in text[start : end if end >= 0 else len(text)].split() if len(w) > 3 and w[:1].isalpha()]
    return bool(words) and sum(w[:1].isupper() for w in words) * 5 >= len(words) * 3


# a headline's verb in a span the model read as one name: "The Bank of England Raises Rates Again"
HEADLINE_VERB = re.compile(
    r"\s(?:Presents|Presses|Raises|Holds|Cuts|Slashes|Hikes|Lifts|Keeps|Leaves|Unveils|Approves|Passes|Posts|Records|Reports|Expects|Projects|"
    r"Forecasts|Announces|Releases|Tables|Adopts|Rises|Falls|Grows|Hits|Tops|Nears|Eyes|Says|Warns|Owes|Slips|Jumps|Surges|Plunges|Drops|"
    r"Defends|Recovers|Leads|Expands|Shrinks|Contracts|Narrows|Widens|Eases|Slows|Climbs|Soars|Tumbles|Sinks|Dips|Edges|Beats|Misses|Seeks|"
    r"Launches|Outlines|Targets|Allocates|Proposes|Declines|Increases|Reduces|Improves|Remains|Stays|Reaches|Registers|Retains|Maintains|Lowers|"
    r"Boosts|Overtakes|Outpaces|Surpasses|Doubles|Triples|Halves|Gains|Loses|Shows|Reveals|Predicts|Revises|Upgrades|Downgrades|Accelerates|"
    r"Decelerates|Rebounds|Recovered|Declined|Rose|Fell|Grew|Increased|Decreased|Expanded|Contracted|Slowed|Decelerated|Accelerated|Rebounded|"
    r"Recorded|Reported|Posted|Signed|Passed|Approved|Presented|Unveiled|Defended|Sees|Signs|Sets|Plans|Okays|Clears|Backs|Spends|Earns|Collects|"
    r"Concludes|Completes|Begins|Starts|Opens|Ends|Wraps|Urges|Calls|Welcomes|Commends)\b.*$"
)
# a place's kind in lower case after its name: "Perm| region", "Samara| oblast"
PLACE_UNIT_AFTER = re.compile(r" (?:region|oblast|krai|province|prefecture|governorate)\b(?! (?:of|government|council|assembly|administration)\b)")
# a wide area, never one government's: "the Middle East region", "the Asia-Pacific region"
WIDE_AREA_WORD = re.compile(r"\b(?:East|West|North|South|Asia|Asian|Pacific|Africa|African|Europe|European|America|American|Sahel|Gulf|Caribbean|Balkans?|Arctic|Atlantic|Mediterranean|Baltic|Nordic)\b")
# a body's kind in lower case after its name or its place: "Budget and Appropriations committee", "Kisumu county assembly"
ORG_BODY_AFTER = re.compile(r" (?:committee|commission|council|board)\b")
PLACE_BODY_AFTER = re.compile(r" (?:(?:county|state|city|provincial|municipal|regional) )?(?:assembly|council|legislature)\b")
# a law's name and its number after it: "Federal Public Budget Law No. 13 of 2023"
LAW_WORD_AT_END = re.compile(r"\b(?:Law|Act|Decree|Regulation|Ordinance|Proclamation|Code)$")
LAW_NUMBER_AFTER = re.compile(r"\s+No\.?\s?\d+(?:[/-]\d+)?(?:\s+of\s+(?:19|20)\d\d)?")
# two programmes the model joins with "and", each ending in a programme's word
_POLICY_HEAD = r"(?:Scheme|Programme|Program|Plan|Fund|Initiative|Policy|Project|Strategy|Agenda|Act|Law|Bill)"
TWO_POLICIES = re.compile(rf"([A-Z][\w'’-]*(?:\s+[A-Z0-9][\w'’-]*)*\s+{_POLICY_HEAD})\s+(?:and|&)\s+([A-Z][\w'’-]*(?:\s+[A-Z0-9][\w'’-]*)*\s+{_POLICY_HEAD})")
LAW_WORD_AT_START = re.compile(r"(?:Draft\s+)?(?:Law|Bill|Act|Decree)\b")
# the rest of a law's title, which the model cuts at its first small word: " on the State Budget of
# Turkmenistan for 2026", " to the Law on Execution of the Budget of the Republika Srpska for 2020"
LAW_TITLE_AFTER = re.compile(
    r"(?:\s+(?:on|of|to|for|in)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|and|the)(?=\s+[A-Z]|$|\W))*(?<!\sof)(?<!\sand)(?<!\sthe))+(?:\s+for\s+(?:19|20)\d\d(?:[/-]\d\d)?)?"
)
# the word a policy document's name ends with, cut off by the model
POLICY_DOCUMENT_AFTER = re.compile(r" (?:Statement|Framework)\b")
# a budget named as a body: "Union Budget for FY2023-24", "February National Budget"
NAMED_BUDGET = re.compile(
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?P<name>(?:[A-Z][\w-]*\s+){0,3}Budget)(?:\s+(?:for|of)\s+.+|\s+(?:FY\s?)?(?:19|20)\d\d(?:\s?[/-]\s?\d{2,4})?)?"
)
# two parties joined by a hyphen: "Shiv Sena-BJP"
ALLIANCE = re.compile(r"(?P<first>[A-Z][a-z]+(?:\s[A-Z][a-z]+)*)-(?P<second>[A-Z]{2,6})")
# a capitalised word and "sub-" before a body the model cut at the hyphen: "Technical sub-Committee"
# the rest of a ministry's list of portfolios: "Ministry of Trade|, Industry and Energy"
PORTFOLIO_LIST = re.compile(r"(?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)*,?\s+and\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\b")
SUB_BODY_BEFORE = re.compile(r"(?:[A-Z][a-z]+\s+)?[Ss]ub-$")
# the "of the ..." an office's name goes on with: "Accountant General of the Federation"
OF_THE_AFTER = re.compile(r" of the (?:[A-Z][a-z]+)(?: [A-Z][a-z]+)?(?=[\s,.;:)’']|$)")
# the place a body's name ends with: "State Treasury Service| of Ukraine", "Garment Manufacturers Association| in Cambodia"
PLACE_AFTER_BODY = re.compile(r" (?:of|in) (?:the )?(?P<place>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2})(?=[\s,.;:)’']|$)")
OWN_PLACE_BODY_END = re.compile(r"\b(?:Service|Office|Bureau|Association|Authority|Agency|Committee|Department|Commission|Ministry of [A-Z][a-z]+|of the Republic)$")
# a word that names a body's kind, in English or in the body's own language
BODY_WORD = re.compile(
    r"\b(?:Bank|Ministry|Committee|Commission|Agency|Authority|Bureau|Office|Department|Council|Board|Treasury|Institute|Association|Corporation|Company|University"
    r"|Banco|Banca|Banque|Instituto|Institut|Ministerio|Ministère|Agencia|Agence|Fundación|Grupo|Groupe|Compañía|Compagnie|Sociedad|Société|Petróleos|Caixa|Cámara"
    r"|Consejo|Secretaría|Comisión|Autoridad|Universidad|Asociación|Bundesamt|Bundesbank|GmbH|S\.A\.|S\.p\.A\.)\b"
)
# the agencies of the United Nations named as programmes
UN_PROGRAMME = re.compile(r"(?:the\s+)?(?:United\s+Nations|UN|World\s+Food)\b.*\bProgramme$")
# a programme or plan by its name: a fund that pays for development or shares money out, a vision
# dated by its year, "Plan" and a name
PROGRAMME_NAME = re.compile(
    r"\b(?:Development|Equali[sz]ation|Bursary|Empowerment|Stimulus)\s+Fund$|^Vision\s+(?:19|20)\d\d$|^Plan\s+[A-Z][a-z]+$"
    r"|^(?!(?:the\s+)?(?:United\s+Nations|UN|World)\b).+\s(?:Project|Projects|Programmes?|Programs?|Schemes?)$"  # "Kenya Informal Settlement Improvement Project" (not "World Food Programme")
)
# a transcript: its heading on a line of its own
TRANSCRIPT_HEADING = re.compile(r"^[ \t]*(?:Transcript|TRANSCRIPT)[ \t]*$", re.M)
# a speaker's line in a transcript: a name, perhaps after a title, alone before what they said
SPEAKER_LINE = re.compile(
    r"^[ \t]*(?:(?P<title>(?:Deputy[ \t]+|Assistant[ \t]+)?(?:Governor|Chair|Chairman|Chairwoman|President|Minister|Treasurer|Secretary))[ \t]+)?"
    r"(?P<name>[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?(?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?){1,2})[ \t]*:?[ \t]*$(?=\n\s*\S)",
    re.M,
)


# what the functions below build from a lexicon set, once each: (lexicon set's id, what) -> (the set, it)
_BUILT: dict = {}


def _built(lexicons: Lexicons, what: str, build):
    """Return ``build(lexicons)``, made once per lexicon set and kept while that set lives."""
    found = _BUILT.get((id(lexicons), what))
    if found is None or found[0] is not lexicons:
        found = _BUILT[(id(lexicons), what)] = (lexicons, build(lexicons))
    return found[1]


def _word_lists(lexicons: Lexicons) -> tuple[frozenset, frozenset, re.Pattern, re.Pattern, frozenset, frozenset]:
    """Return (title words, stoplist keys, a pattern of the stoplist's phrases at either edge
    of a name, a pattern of a currency code with or without its amount, the places' names in
    lower case, the words that name a place of some country in lower case) of a lexicon set, built once."""
    return _built(lexicons, "word lists", _make_word_lists)


def _make_word_lists(lexicons: Lexicons) -> tuple[frozenset, frozenset, re.Pattern, re.Pattern, frozenset, frozenset]:
    stoplist = frozenset(_key(r["text"]) for r in lexicons.entity_stoplist)
    phrases = "|".join(re.escape(stop) for stop in sorted(stoplist) if " " in stop) or "(?!)"
    codes = "|".join(re.escape(r["surface"]) for r in sorted(lexicons.currencies, key=lambda r: -len(r["surface"])) if r["position"] == "prefix" and len(r["surface"]) >= 2)
    return (
        frozenset(r["word"].lower() for r in lexicons.titles), stoplist, re.compile(rf"^(?:{phrases}) | (?:{phrases})$"),
        re.compile(rf"(?:{codes})(?:\s?\d[\d,.]*(?:\s?(?:billion|million|trillion|thousand|bn|mn|tn|m|b)\b)?)?"), frozenset(
            [row["country"].lower() for row in lexicons.countries]
            + [alias.lower() for row in lexicons.place_aliases for alias in row["aliases"].split("|") if " " in alias]  # "Ivory Coast"
            + [row["region"].lower() for row in lexicons.regions]  # "West Bank", "Queensland"
        ),
        frozenset([c.lower() for row in lexicons.countries for c in row["cues"].split("|")] + [row["region"].lower() for row in lexicons.regions]),  # "toronto"
    )


def _person_after_body(doc: Doc, spans: list) -> list:
    """Return ``spans`` with a body's span that runs into the name of a person after it made two
    spans: "... of the National Statistics Committee of Kyrgyzstan Chinara Turdubayeva said",
    where the text names "Turdubayeva" alone elsewhere."""
    surnames = {e.text.split()[-1] for e in spans if e.label_ == "PERSON"}
    if not surnames or not any(e.label_ == "ORG" for e in spans):
        return spans
    out = []
    for ent in spans:
        tail = BODY_THEN_NAME.search(ent.text) if ent.label_ == "ORG" and ent.text.split()[-1] in surnames else None
        body = doc.char_span(ent.start_char, ent.start_char + len(ent.text[: tail.start("name")].rstrip())) if tail else None
        name = doc.char_span(ent.start_char + tail.start("name"), ent.end_char) if tail else None
        if body is None or name is None:
            out.append(ent)
            continue
        out += [Span(doc, body.start, body.end, label="ORG"), Span(doc, name.start, name.end, label="PERSON")]
    return out


# given names and a particle before a surname the model found: "Maria do | Carmo Silveira",
# "Agostinho dos | Santos Fernandes", "Américo d’Oliveira dos | Ramos"
NAME_PARTICLE = r"(?:do|dos|da|das|de|di|du|van|von|der)"
NAME_PARTICLE_BEFORE = re.compile(rf"(?<![\w’'-])(?P<given>[A-Z][a-zà-ÿ’'-]+(?:\s+d[’'][A-Z][a-zà-ÿ-]+)?)\s+{NAME_PARTICLE}\s+$")


def _joined_persons(doc: Doc, spans: list) -> list:
    """Return ``spans`` with a person's name the model cut in two made one again: "President
    Abd-Rabbu | Mansour Hadi", "Maria | do Carmo Silveira"."""
    out = []
    text = doc.text
    for ent in spans:
        if out and ent.label_ == "PERSON" and out[-1].label_ == "PERSON" and out[-1].end == ent.start and doc[ent.start - 1].whitespace_ == " ":
            out[-1] = Span(doc, out[-1].start, ent.end, label="PERSON")
            continue
        if (
            out and out[-1].label_ == "PERSON" and ent.label_ in ("PERSON", "ORG", "GPE", "NORP") and len(ent) == 1 and ent.text[:1].isupper()
            and re.fullmatch(rf"\s+{NAME_PARTICLE}\s+", text[out[-1].end_char : ent.start_char])
        ):
            out[-1] = Span(doc, out[-1].start, ent.end, label="PERSON")  # "Américo d’Oliveira | dos | Ramos"
            continue
        if (
            out and out[-1].label_ == "PERSON" and len(out[-1]) == 1 and ent.label_ == "ORG" and len(ent) == 1 and out[-1].end == ent.start
            and doc[ent.start - 1].whitespace_ == " " and re.fullmatch(r"[A-Z][a-z]{2,}", ent.text) and not BODY_WORD.search(ent.text)
        ):
            out[-1] = Span(doc, out[-1].start, ent.end, label="PERSON")  # "Manish | Sisodia": a given name, then a surname the model took for a body
            continue
        particle = NAME_PARTICLE_BEFORE.search(text, max(0, ent.start_char - 40), ent.start_char) if ent.label_ == "PERSON" else None
        whole = doc.char_span(particle.start("given"), ent.end_char) if particle else None
        if whole is not None:
            # the span before may have swallowed the given name ("Planning and Development Agostinho"): cut it there
            while out and out[-1].end > whole.start:
                kept = out.pop()
                if kept.start < whole.start:
                    out.append(Span(doc, kept.start, whole.start, label=kept.label_))
                    break
            ent = Span(doc, whole.start, whole.end, label="PERSON")
        out.append(ent)
    return out


def _place_then_body(doc: Doc, spans: list) -> list:
    """Return ``spans`` with a place's name the model cut off the body right after it made one
    body again: "Ajman | Executive Council", "WA | Treasury", "Sichuan | Provincial Bureau of
    Statistics" (one space between, and a word of a body's kind in the second)."""
    out = []
    for ent in spans:
        last = out[-1] if out else None
        if (
            last is not None and last.label_ == "GPE" and ent.label_ == "ORG" and last.end == ent.start and doc[last.end - 1].whitespace_ == " "
            and doc[ent.start].is_title and BODY_WORD.search(ent.text) and not re.match(r"(?:the|The)\b", ent.text)
        ):
            out[-1] = Span(doc, last.start, ent.end, label="ORG")
            continue
        out.append(ent)
    return out


def _body_of_a_numbered_body(doc: Doc, spans: list) -> list:
    """Return ``spans`` with a body the model cut at the ordinal of the body it belongs to made
    one body: "Standing Committee | of the 15th | National People's Congress of Harbin"."""
    out = []
    for ent in spans:
        last = out[-1] if out else None
        if (
            last is not None and last.label_ == "ORG" and ent.label_ in ("ORG", "EVENT")
            and re.fullmatch(r"\s+of\s+the\s+\d+(?:st|nd|rd|th)\s+", doc.text[last.end_char : ent.start_char])
        ):
            out[-1] = Span(doc, last.start, ent.end, label="ORG")
            continue
        out.append(ent)
    return out


def _joined_places(doc: Doc, spans: list, place_names: frozenset) -> list:
    """Return ``spans`` with a place whose name holds "and" made one again where the model cut
    it: "Newfoundland | and | Labrador", "Trinidad | and | Tobago" (the lexicons' names)."""
    out = []
    for ent in spans:
        last = out[-1] if out else None
        if last is not None and last.end + 1 == ent.start and doc[last.end].lower_ == "and":
            whole = doc[last.start : ent.end]
            words = whole.text
            tail = re.search(r"\s+(?:government|administration|province|state)$", words, re.I)
            place = words[: tail.start()] if tail else words
            span = doc.char_span(whole.start_char, whole.start_char + len(place)) if place.lower() in place_names else None
            if span is not None:
                out[-1] = Span(doc, span.start, span.end, label="GPE")
                continue
        out.append(ent)
    return out


# a word that may start a place's name: "Papua", "Île-de-France", "ǁKaras"
NAME_WORD = re.compile(r"(?<![\w-])[^\W\d_][\w'’.-]*")


# a word a body's name cannot end on, and the words in capitals that may follow it
DANGLING_WORD = re.compile(r"\s+(?:of|for|and|&)$")
CAPITALISED_WORDS = re.compile(r"(?:\s+(?:the\s+)?[A-Z][\w'’.-]*)+")
# kinds of body that BODY_WORD and BODY_NAME leave out
MORE_BODY_WORDS = re.compile(r"\b(?:Government|Centre|Center|Directorate|Secretariat|Assembly|Division|Unit|Programme|Program)\b")
# a span made only of number words: an amount written out ("Five Hundred and Fifty Billion")
NUMBER_WORDS_ONLY = re.compile(
    r"(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    r"|hundred|thousand|million|billion|trillion|and)(?:[\s-]+|$))+",
    re.I,
)


def _generic_phrase(text: str, lexicons: Lexicons) -> bool:
    """Return True where ``text`` is made of the words of a field or sector alone (rules/generic_words.tsv)."""
    generic = _built(lexicons, "generic words", lambda lx: frozenset(row["word"].lower() for row in lx.generic_words))
    words = [w for w in re.split(r"[\s&,/-]+", text.lower()) if w and w not in ("and", "of", "the", "for")]
    return bool(words) and all(w in generic for w in words)


def _city_names(lexicons: Lexicons) -> frozenset:
    """Return the names of the cities the rules know (rules/cities.tsv), in lower case."""
    return _built(lexicons, "cities", lambda lx: frozenset(row["city"].lower() for row in lx.cities))


def _place_names(lexicons: Lexicons) -> dict[str, tuple[str, ...]]:
    """Return the places the rules know by name, countries and the regions the rules list, by
    their first word, longest first (a country's cues are not all places: "Americans", "Fed")."""
    return _built(lexicons, "place names", _make_place_names)


def _make_place_names(lexicons: Lexicons) -> dict[str, tuple[str, ...]]:
    by_first: dict[str, list[str]] = defaultdict(list)
    for name in {row["country"] for row in lexicons.countries} | {row["region"] for row in lexicons.regions}:
        if len(name) > 3:
            first = NAME_WORD.match(name)
            by_first[first.group(0) if first else name].append(name)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_first.items()}


def _places_the_model_missed(doc: Doc, text: str, spans: list, lexicons: Lexicons) -> list:
    """Return ``spans`` with a place the rules know by name added where the model tagged nothing
    there: "the economy of Papua New Guinea", "the Governorate of Dhofar"."""
    names = _place_names(lexicons)
    taken = sorted((e.start_char, e.end_char) for e in spans)
    added, last_end = [], 0
    for word in NAME_WORD.finditer(text):
        if word.start() < last_end:
            continue  # "Guinea" in "Papua New Guinea", just read whole
        for name in names.get(word.group(0), ()):
            end = word.start() + len(name)
            if text.startswith(name, word.start()) and not re.match(r"[\w-]", text[end : end + 1]):
                break
        else:
            continue
        k = bisect_right(taken, (word.start(), len(text))) - 1
        if k >= 0 and taken[k][1] > word.start() or k + 1 < len(taken) and taken[k + 1][0] < end:
            continue  # inside, or overlapping, a span the model found: its reading stands
        span = doc.char_span(word.start(), end)
        if span is None or span[0].tag_ not in ("NNP", "NNPS"):
            continue  # "Chad" the name, not a word the parser read as something else
        added.append(Span(doc, span.start, span.end, label="GPE"))
        last_end = end
    return sorted(spans + added, key=lambda e: e.start_char) if added else spans


# a part of a body, then the body, then the body's acronym: "Executive Board of the International Monetary Fund (IMF)"
PART_OF_BODY_ACRONYM = re.compile(r"^(?P<part>.+?)\s+of\s+the\s+(?P<body>[A-Z].+)$")


def _body_the_acronym_names(doc: Doc, text: str, spans: list) -> list:
    """Return ``spans`` with the body a part of it is named with added where the acronym after
    both spells the body alone: "The Executive Board of the International Monetary Fund (IMF)"
    names the IMF, and its board."""
    added = []
    for ent in spans:
        said = PART_OF_BODY_ACRONYM.match(ent.text) if ent.label_ == "ORG" else None
        acronym = re.match(r"\s*\((?P<acronym>[A-Z]{2,6})\)", text[ent.end_char : ent.end_char + 10]) if said else None
        if acronym is None or not spells_out(said.group("body").split(), acronym.group("acronym")) or spells_out(ent.text.split(), acronym.group("acronym")):
            continue
        body = doc.char_span(ent.start_char + said.start("body"), ent.end_char)
        if body is not None:
            added.append(Span(doc, body.start, body.end, label="ORG"))
    return sorted(spans + added, key=lambda e: (e.start_char, -e.end_char)) if added else spans


# a body's name, then a person's given name and surname: "Committee of Kyrgyzstan Chinara Turdubayeva"
BODY_THEN_NAME = re.compile(r"\b[A-Z][a-z]{2,}\s+(?P<name>[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+)$")


def extract_entities(doc: Doc, lexicons: Lexicons, ents=None, text: str | None = None) -> list[Entity]:
    """Return every named entity of the article once, fullest name first, with aliases."""
    text_of_doc = doc_text(doc) if text is None else text
    titles, stoplist, phrase_stops, currency_amount, country_names, place_cues = _word_lists(lexicons)
    found: dict[str, _Found] = {}
    order: list[str] = []
    spans = _joined_places(doc, _joined_persons(doc, _person_after_body(doc, list(doc.ents if ents is None else ents))), country_names)
    spans = _body_of_a_numbered_body(doc, _place_then_body(doc, spans))
    spans = _places_the_model_missed(doc, text_of_doc, spans, lexicons)
    spans = _body_the_acronym_names(doc, text_of_doc, spans)
    place_lists = [m.span("list") for m in PLACE_LIST.finditer(text_of_doc)] if re.search(r"includ|such as|namely|like", text_of_doc) else []
    titles_of_laws: list[tuple[int, int]] = []  # the spans of laws named with their whole title
    for ent in spans:
        if any(a <= ent.start_char and ent.end_char <= b for a, b in titles_of_laws):
            continue  # "State Budget" in "the Law of Turkmenistan on the State Budget of Turkmenistan for 2026": part of a law's title
        label = LABEL_MAP.get(ent.label_, ent.label_)
        if label in ("ORG", "PERSON", "LOC", "FAC", "NORP") and any(a <= ent.start_char and ent.end_char <= b for a, b in place_lists):
            label = "GPE"  # "11 states including Red Sea, South Darfur, Khartoum, Al-Gazira": each item is a place
        if label not in KEEP_LABELS:
            continue
        raw = ent.text
        sub = SUB_BODY_BEFORE.search(text_of_doc, max(0, ent.start_char - 30), ent.start_char)
        if sub and label == "ORG":
            raw = sub.group(0) + raw  # "Technical sub-|Committee of FAAC": the model stops at the hyphen
        of_the = OF_THE_AFTER.match(text_of_doc, ent.end_char) if label == "ORG" and re.search(r"\b(?:General|Secretary|Auditor|Registrar|Commissioner)$", raw) else None
        if of_the:
            raw += of_the.group(0)  # "Office of the Accountant General| of the Federation"
        portfolio = PORTFOLIO_LIST.match(text_of_doc, ent.end_char) if label == "ORG" and re.match(r"(?:the\s+)?(?:Ministry|Department|Minister|Secretary)\s+(?:of|for)\s+[A-Z]", raw) else None
        if portfolio:
            raw += portfolio.group(0)  # "the Ministry of Trade|, Industry and Energy": the model stops at the comma
        placed = PLACE_AFTER_BODY.match(text_of_doc, ent.end_char) if label == "ORG" and raw == ent.text and OWN_PLACE_BODY_END.search(raw) else None
        if placed and placed.group("place").lower() in country_names:
            raw += placed.group(0)  # "State Treasury Service| of Ukraine", "NBS Survey Office| in Anhui": the body's place ends its name
            of_the = placed
        if label == "ORG" and not sub and not of_the and not portfolio:
            whole = _whole_body_name(text_of_doc, ent.start_char, ent.end_char)
            if whole:
                raw = whole  # "Gold and |Foreign Exchange| Contingency Reserve Account": the model kept the middle
        if label == "ORG":
            suffix = COMPANY_SUFFIX_AFTER.match(text_of_doc, ent.end_char)
            if suffix and not re.search(r"\b(?:Limited|Ltd|Inc|PLC|plc|LLC)\.?$", raw) and not raw.endswith(suffix.group(0).strip()):
                raw += suffix.group(0)  # "Green Bhutan Corporation| Limited": the firm's legal form is part of its name
            joined = JOINED_FIRST_WORD_BEFORE.search(text_of_doc, max(0, ent.start_char - 40), ent.start_char)
            if joined and BODY_END.search(raw) and raw.startswith(ent.text):
                raw = joined.group("first") + raw  # "the Economics and |Finance Committee|": the model stops at "and"
        dangling = DANGLING_WORD.search(raw) if label == "ORG" else None
        if dangling:
            # "Office of| State Budget Director", "Centre for Economic| Forecasts": a name does not end
            # on "of"; the words in capitals after it are its own, and with none it ends before ("Tube &")
            named_body = raw == ent.text and (BODY_WORD.search(raw) or BODY_NAME.search(raw) or MORE_BODY_WORDS.search(raw))
            rest = CAPITALISED_WORDS.match(text_of_doc[ent.end_char : ent.end_char + 80]) if named_body else None
            raw = raw + rest.group(0) if rest else raw[: dangling.start()]
        if label == "ORG" and AMOUNT_AFTER.match(text_of_doc, ent.end_char) and len(ent) > 2 and not BODY_END.search(raw) and BODY_NAME.search(raw.rsplit(" ", 1)[0]):
            raw = raw.rsplit(" ", 1)[0]  # "Central Bank of Iraq |Auctions| $137,196,863": a headline's verb, not the body's last word
        if label in ("GPE", "NORP") and CURRENCY_AFTER.match(text_of_doc, ent.end_char) or label in ("GPE", "NORP", "LOC", "ORG", "PERSON") and CURRENCY_ALONE.fullmatch(ent.text):
            continue  # "per US dollar", "the Australian currency": part of a currency's name, no mention of the place
        if "\n\n" in raw:
            continue  # "Media Conference Monetary Policy Decision\n\nTranscript": a span over a layout break is no name
        if re.search(r"\b(?:Photo|Image|Picture)s?\s*:", raw, re.I):
            continue  # "[File Photo: IC]": a photo credit
        if ent.id_ == "policy_tax_acronym" and ent.start > 0 and doc[ent.start - 1].text[:1].isupper() and doc[ent.start - 1].lower_ not in ("the", "a", "an", "this", "its", "our"):
            continue  # "Central GST", "State GST": a part of the tax, named by a longer name
        if not ent.id_ and re.fullmatch(r"[A-Z]{2,6}-\d{1,3}[A-Z]?", raw):
            continue  # "GSTR-1", "GSTR-3B": a form's code (a rule's "G20" stays)
        if label == "PERSON":
            tail = re.match(r"-[a-z]+\b", text_of_doc[ent.end_char : ent.end_char + 20])
            if tail:
                raw += tail.group(0)  # "Choi Sang-mok": the model stops at the hyphen
            given = HONORIFIC_TAIL.search(text_of_doc, max(0, ent.start_char - 40), ent.start_char)
            first = doc[ent.start - 1] if ent.start > 0 and len(ent) == 1 else None
            if (
                first is not None and first.is_title and first.tag_ == "NNP" and not first.ent_type_ and first.lower_ not in titles
                and (first.i == 0 or first.is_sent_start or doc[first.i - 1].is_punct) and re.match(r"\s*,", text_of_doc[ent.end_char : ent.end_char + 2])
            ):
                raw = first.text + " " + raw  # "Tiff Macklem, governor of the Bank of Canada": the model kept only the surname
            elif given is not None:
                raw = re.sub(r"^\S+\s+", "", given.group(0)) + raw  # "Mrs. Oluwatoyin |Sakirat Madein": the given name too
            after = ent.end
            while (
                after < len(doc) and after - ent.end < 2 and doc[after - 1].tag_ != "POS" and doc[after].is_title and doc[after].tag_ == "NNP" and not doc[after].ent_type_
                and doc[after].lower_ not in titles and doc[after].idx == doc[after - 1].idx + len(doc[after - 1]) + 1
                and (after + 1 == len(doc) or not (doc[after + 1].is_title and doc[after + 1].ent_type_ in ("ORG", "GPE")) and doc[after + 1].lower_ != "by")
            ):
                after += 1  # "Minister |Piotr| Patkowski announced": the model kept only the given name (not "Obulutsa |Editing by")
            if after > ent.end:
                raw = text_of_doc[ent.start_char : doc[after - 1].idx + len(doc[after - 1])]
        if re.match(r"(?:and|of)\s", raw) and ent.start > 0 and doc[ent.start - 1].text[:1].isupper():
            raw = doc[ent.start - 1].text + " " + raw  # "[Goods] and Services Tax": the name's first word, left to another span
        text = _clean(raw.split("(")[0] if "(" in raw and ")" not in raw else raw)
        text = re.sub(r"\s+(?:year-on-year|month-on-month|quarter-on-quarter|y-o-y)$", "", text)  # "Asia year-on-year"
        if label in ("ORG", "GPE", "LOC", "FAC"):
            kept = AMOUNT_AT_END.sub("", text)
            if kept != text and len(kept.split()) >= 2 and not re.search(r"['’]s?$", kept):
                text = kept  # "Board of Revenue Rs99.2": the amount the sentence goes on to give
            text = re.sub(r"(\s(?:State|Province|County|Region|District))\s+(?:19|20)\d\d$", r"\1", text)  # "Niger State 2018": the budget's year
        if label == "PERSON" and re.search(r"['’]s\s+[A-Z]", text):
            text = re.split(r"['’]s\s+", text)[-1]  # "Mizuho’s Suehiro": the person is after the possessive
        if label == "ORG" and re.search(r"\b(?:Co|Corp|Inc|Ltd|Bhd|Pty|Cos|Bros)$", text) and (raw.endswith(".") or text_of_doc[ent.end_char : ent.end_char + 1] == "."):
            text += "."  # "Mizuho Securities Co." keeps the point of its abbreviation
        if NUMBER_WORDS_ONLY.fullmatch(text):
            continue  # "Sixty Six Billion", "Nine Hundred": an amount in words, no name
        if label != "POLICY" and not ent.id_ and _names_a_category(text):
            continue  # "Mining and Quarrying", "Other Fuels", "Routine Maintenance": a statistical category, no name
        if not text or len(text) < 2 or not (HAS_NAME.search(text) or ent.id_ in REGEX_RULE_IDS):
            continue  # a lower-case quoted plan name is a name; any other lower-case span is not
        if not ent.id_ and re.fullmatch(r"\d[\d,]*\s+(?:[A-Z][a-z]+\s+)*[A-Z][a-z]+s", text):
            continue  # "the 774 Local Governments", "36 States": a count of bodies, not a name
        if label == "GPE" and re.match(r" State\b", text_of_doc[ent.end_char : ent.end_char + 7]) and not text.endswith("State"):
            text += " State"  # "Osun| State", "Lagos| State": the state's full name
        if not ent.id_ and (AMOUNT.match(text) or HOLDS_AMOUNT.search(text) or currency_amount.fullmatch(text) or re.fullmatch(r"FY\s?'?\d{2,4}(?:[-/]\d{2,4})?", text)):
            continue  # "R457.7bn", "R5.2-trillion", "GST Rs 49,900": an amount the model took for a name (a rule's "1510" stays)
        if re.fullmatch(r"(?:[A-Z]\.){1,3}[A-Z]", text) and (raw.endswith(".") or text_of_doc[ent.end_char : ent.end_char + 1] == "."):
            text += "."  # "U.S.": an abbreviation keeps its last point, also where it ends the sentence
        if (
            label in ("FAC", "PRODUCT", "ORG", "WORK_OF_ART") and LEADER_NAME.fullmatch(text) and not NOT_A_LEADER.search(text)
            and re.match(r"\s*,", text_of_doc[ent.end_char : ent.end_char + 3])
            and _appositive_title(text_of_doc[max(0, ent.start_char - 120) : ent.start_char], titles) is not None
        ):
            label = "PERSON"  # "The Governor of the Central Bank of Nigeria (CBN), Olayemi Cardoso, said"
        if (
            label in ("FAC", "PRODUCT", "ORG") and LEADER_NAME.fullmatch(text) and GOVERNMENT_AFTER.match(text_of_doc, ent.end_char)
            and not NOT_A_LEADER.search(text)
        ):
            label = "PERSON"  # "the Yoon Suk Yeol government": the leader it is named after
        if (
            label in ("ORG", "FAC", "PRODUCT") and LEADER_NAME.fullmatch(text) and not NOT_A_LEADER.search(text)
            and ent.start > 0 and doc[ent.start - 1].lower_ in titles and doc[ent.start - 1].text[:1].isupper()
            and not BODY_NAME.search(text)
        ):
            label = "PERSON"  # "RBI Governor Shaktikanta Das": a name right after a capitalised title
        if (
            label in ("ORG", "FAC", "PRODUCT", "NORP") and PERSON_SHAPE.fullmatch(text) and not NOT_A_LEADER.search(text) and not BODY_NAME.search(text)
            and text.lower() not in country_names and text.lower() not in place_cues
            and (
                ent.start > 0 and doc[ent.start - 1].lower_ in titles
                or any(word.group(0).lower() in titles for word in re.finditer(r"[A-Za-z-]+", TITLE_CLAUSE_AFTER.match(text_of_doc, ent.end_char).group(0)))
                or _title_acronym_before(text_of_doc, ent.start_char, titles)
            )
        ):
            label = "PERSON"  # "his deputy Titus Ntuchiu said", "said Alexei Painter, director of the ...": a person's name with a title
        titled = TITLE_ACRONYM_NAME.fullmatch(text) if label in ("ORG", "GPE", "PERSON", "FAC", "NORP") else None
        if titled and _title_initials(text_of_doc, titled.group("acr"), titles):
            # "Assistant Commissioner (AC) Frederick Yankey ... AC Yankey said": the title's initials, then the name
            text, label = titled.group("name"), "PERSON"
        if label == "ORG" and ent.end < len(doc) and doc[ent.end].lower_ in titles and all(w.lower() in PORTFOLIO_WORDS for w in text.split()):
            continue  # "Canada's Finance | Minister": the portfolio is part of the title
        if (label in ("ORG", "PERSON", "NORP") or label == "LOC" and re.fullmatch(r"[A-Z][\w’'-]+ Region", text)) and PLACE_KIND_LAST.search(text):
            label = "GPE"  # "Tam Dương District", "Kurdistan Region", "Osun State": a place named with its kind
        if label in ("ORG", "PRODUCT", "WORK_OF_ART", "PERSON", "GPE") and PROGRAMME_NAME.search(text):
            label = "POLICY"  # "Ward Development Fund", "Vision 2030", "Plan Belize": a programme or plan, not a body
        elif label == "POLICY" and UN_PROGRAMME.match(text):
            label = "ORG"  # "World Food Programme", "United Nations Development Programme": agencies, named as programmes
        if label in ("EVENT", "LAW", "ORG", "PRODUCT", "WORK_OF_ART") and NUMBERED_ACT.match(text):
            label = "POLICY"  # "Resolution No 25/ND-CP", "Decree 15/2022": a numbered act of government
        if label == "ORG" and MEASURE_LAST.search(text):
            continue  # "Telangana GSDP", "the State GDP": a place's measure, no body
        if label == "ORG" and PORTFOLIO_BEFORE.search(text_of_doc, max(0, ent.start_char - 80), ent.start_char):
            continue  # "Minister for Finance and | Local Government": the second portfolio of a title
        postnominal = POSTNOMINAL_NAME.fullmatch(text) if label in ("ORG", "PERSON", "NORP") else None
        if postnominal:
            text, label = postnominal.group("name"), "PERSON"  # "Rebecca Evans MS", "Jane Smith MP": a member of a parliament
        if label == "POLICY" and ent.end < len(doc) and doc[ent.end].lower_ in titles and doc[ent.end].text[:1].isupper():
            continue  # "Economic Planning | Secretary Arsenio Balisacan": a portfolio, part of the title
        if label in ("GPE", "PERSON", "NORP") and len(text.split()) == 1 and re.match(r"\s+(?:poll|survey|report|editorial|analysis)\b", text_of_doc[ent.end_char : ent.end_char + 12], re.I):
            label = "ORG"  # "an Inquirer poll of 11 economists": the paper that polled
        if label == "PERSON" and len(text.split()) == 1 and re.search(r"\b(?:website|platform|site|app|network|service)\s+$", text_of_doc[max(0, ent.start_char - 20) : ent.start_char], re.I):
            label = "ORG"  # "microblogging website Twitter"
        if label == "POLICY" and text.endswith("Initiative") and (
            re.match(r"\s*(?:\([A-Z]{2,8}\)\s*)?(?:[A-Z]{2,8}\s+)?(?:[\w-]+\s+){0,2}(?:report|review|said|says|stated|has\s+(?:shown|said))\b", text_of_doc[ent.end_char : ent.end_char + 60])
            or re.search(r"\b(?:review|report|statement|data)\s+of\s+(?:the\s+)?$", text_of_doc[max(0, ent.start_char - 40) : ent.start_char])
        ):
            label = "ORG"  # "the Nigeria Extractive Industries Transparency Initiative (NEITI) FAAC review report has shown": a body that reports
        if re.fullmatch(r"Statistics\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?", text):
            label = "ORG"  # "Statistics Netherlands", "Statistics Canada": a statistics office
        if label == "ORG" and re.search(r"\b(?:Bills|Bonds|Notes|Debentures)$", text):
            continue  # "Treasury Bills": an instrument, not a body
        if label == "ORG" and re.fullmatch(r"[A-Z]{2,7}", text) and _names_a_measure(text, text_of_doc):
            continue  # "an operating balance before gains and losses (OBEGAL)": a measure's short name
        if label == "ORG" and re.search(r"\b(?:Survey|Census)$", text):
            continue  # "Labour Force Survey": a statistical release, not a body
        if label != "PERSON":
            text = re.sub(r"\s+(?:through|via|from|with|by)$", "", text)  # "the December Update through the fiscal year"
        if label == "PERSON" and len(text.split()) == 1:
            firm = FIRM_BEFORE.search(text_of_doc, max(0, ent.start_char - 60), ent.start_char)
            if firm is not None and not any(word.lower() in titles for word in firm.group("firm").split()):
                # "head of fixed interest research at Quilter Cheviot": a firm the model cut to a surname
                text, label = firm.group("firm") + text, "ORG"
        if DOCUMENT_WORD.search(text) or DOCUMENT_WORD.match(text_of_doc[ent.end_char : ent.end_char + 12]):
            continue  # "Monetary Policy Report", "World Economic Outlook", "the December Update": a document, not a body or a plan
        if label == "POLICY" and (
            re.fullmatch(r"(?:Monetary|Fiscal|Trade|Economic|Industrial)\s+Polic(?:y|ies)", text)
            or re.search(r"\b(?:Monetary|Fiscal)\s+Policy$", text) and re.match(r"\s+(?:Decision|Statement|Meeting|Committee|Report)\b", text_of_doc[ent.end_char : ent.end_char + 12])
        ):
            continue  # "Monetary Policy Decision", "Media Conference Monetary Policy Decision": a field of policy or a heading, not a named one
        if not ent.id_ and (len(re.findall(r"\d[\d,.]*", text)) >= 3 or re.search(r"\d", text) and not re.search(r"[A-Za-z]{2,}", re.sub(r"\b[IVX]+\b", "", text))):
            continue  # "Jul-18 96,483 Aug-18 93,960", "7.8 4.1 III": a row of a table flattened into text
        if label != "PERSON" or len(text.split()) == 1:
            if DEPARTMENT_OF_TITLE.search(text_of_doc, max(0, ent.start_char - 80), ent.start_char) and re.match(r"\s*(?:,|and\b)", text_of_doc[ent.end_char : ent.end_char + 5]):
                continue  # "Director, Communications and Advocacy, Orji Ogbonnaya": the title's department, not a body
        dated = re.match(r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+)?(?:19|20)\d\d\s+|(?:January|February|March|April|June|July|August|September|October|November|December)\s+(?=[A-Z])", text)
        if dated and label in ("ORG", "FAC", "PRODUCT", "EVENT", "POLICY") and not (label == "POLICY" and re.search(r"\b(?:Bill|Act|Budget|Law)$", text) and re.match(r"(?:19|20)\d\d\s", text)):
            # (but "2025 Appropriation Bill", "2024 General Budget": a year names which bill or budget)
            text = text[dated.end() :]  # "August 2023 Federation Account Revenue", "July Federation Account": the date is not part of the name
            if len(text.split()) < 2 and not re.fullmatch(r"[A-Z]{2,}", text):
                continue
        if label in ("FAC", "PRODUCT") and FIRM_APPOSITIVE.match(text_of_doc, ent.end_char):
            label = "ORG"  # "Piper Sandler, an investment bank": a firm
        if label in ("PERSON", "GPE", "NORP", "PRODUCT", "LOC") and BODY_WORD.search(text) and not text.lower() in country_names:
            label = "ORG"  # "Unicaja Banco", "Statistical Bureau of Jiangxi Province": a body, by the word that names its kind
        if label == "POLICY" and re.match(r"(?:Statements?|Annexures?|Tables?|Charts?|Figures?|Schedules?|Appendix|Appendices)\b", text):
            continue  # "Statements 1 to 4 of Annexure A": a part of a document
        if label == "ORG" and text.split()[0].lower() in titles and len(text.split()) > 1 and re.match(r"\S+\s+(?:of|for)\b", text):
            continue  # "Minister of Finance": a title, not a body
        if label == "ORG" and re.search(r"\s(?:of|for|and|to|in|the)$", text):
            continue  # "Accountant-General of": a title cut short, no name
        if label == "ORG" and TAX_NAME.search(text):
            continue  # "Goods and Services Tax", "Value Added Tax": a tax, not a body
        if label in ("PERSON", "GPE") and text == ent.text and re.fullmatch(r"[A-Z][\w'’-]+", text) and text.lower() not in country_names:
            led = re.match(r" (?:[Gg]overnment|[Aa]dministration)\b", text_of_doc[ent.end_char : ent.end_char + 16])
            if led and text.lower() not in place_cues:
                # "The Palaszczuk government": the government its leader names, a body
                text, label = text + led.group(0), "ORG"
        budget = NAMED_BUDGET.fullmatch(text) if label in ("ORG", "FAC", "PRODUCT") else None
        if budget:
            # "the Union Budget for FY2023-24", "the February National Budget": a budget is a plan, named without its time
            text, label = budget.group("name"), "POLICY"
        body_after = (
            ORG_BODY_AFTER.match(text_of_doc, ent.end_char) if label == "ORG" and ent.text.endswith(text) and not NOT_A_PLACE_WORD.search(text)
            else PLACE_BODY_AFTER.match(text_of_doc, ent.end_char) if label == "GPE" and ent.text.endswith(text) else None
        )
        if body_after:
            # "the Kisumu| county assembly", "the assembly's Budget and Appropriations| committee":
            # a body named in lower case after its place or its subject
            text, label = text + body_after.group(0), "ORG"
        if label == "ORG" and re.fullmatch(r"[A-Z]{2,4}", text) and _title_initials(text_of_doc, text, titles):
            continue  # "Assistant Commissioner (AC)": a title's initials, no body
        if label == "ORG" and text.lower() in SUB_UNIT_WORDS:
            continue  # "the Command raked in", "the Division": a body's kind said for it, no name
        if label == "ORG" and _generic_phrase(text, lexicons):
            continue  # "Healthcare", "Road Infrastructure", "Value Added": a field or a budget line, no name
        unit_after = PLACE_UNIT_AFTER.match(text_of_doc, ent.end_char) if (label in ("GPE", "PERSON", "ORG") or label == "LOC" and not WIDE_AREA_WORD.search(text)) and ent.text.endswith(text) and re.fullmatch(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?", text) else None
        if unit_after:
            # "the Perm region", "Sverdlovsk oblast": a place and its kind, in lower case, one place
            text, label = text + unit_after.group(0), "GPE"
        following = POLICY_DOCUMENT_AFTER.match(text_of_doc, ent.end_char) if label == "POLICY" else None
        if following:
            text += following.group(0)  # "Medium Term Budget Policy| Statement": the model stops before the document's last word
        titled = LAW_TITLE_AFTER.match(text_of_doc, ent.end_char) if label == "POLICY" and ent.text.endswith(text) and (LAW_WORD_AT_START.match(text) or LAW_WORD_AT_END.search(text)) else None
        if titled:
            text += titled.group(0)  # "the Law of Turkmenistan| on the State Budget of Turkmenistan for 2026": a law's title is its name
            titles_of_laws.append((ent.start_char, titled.end()))
        numbered = LAW_NUMBER_AFTER.match(text_of_doc, ent.end_char) if label == "POLICY" and LAW_WORD_AT_END.search(text) else None
        if numbered:
            text += numbered.group(0)  # "the Federal Public Budget Law| No. 13 of 2023": a law's number is part of its name
        if label in ("ORG", "PERSON", "FAC") and BYLINE_PLACE.search(text_of_doc, max(0, ent.start_char - 80), ent.start_char):
            label = "GPE"  # "By Emmanuel Addeh in Abuja": where the reporter files from
        if label in ("ORG", "PERSON", "FAC", "NORP") and re.fullmatch(r"[A-Z][A-Z .'-]+", text) and (ent.start_char == 0 or text_of_doc[ent.start_char - 1] == "\n") and DATELINE_DASH.match(text_of_doc, ent.end_char):
            label = "GPE"  # "OTTAWA—The Bank of Canada ...": a dateline's city
        if label in ("ORG", "PERSON", "FAC", "NORP", "PRODUCT", "GPE") and text.lower() not in country_names and FIGURE_IN_BRACKETS.match(text_of_doc, ent.end_char) and not re.search(r"\b(?:Bank|Ministry|Office|Bureau|Agency|Authority|Commission|Council|Fund|Service|Board|Institute|Corporation|Company|Group|Ltd|Inc)\b", text):
            continue  # "Grants (M1.8b)", "Construction (8.4%)": the label of a figure in a list, no name
        if label == "ORG" and text.lower() in place_cues and not text.isupper() and not NOT_A_PLACE_WORD.search(text) and not re.search(r"\b(?:Fed|Reserve|Eurostat|ECB)\b", text) and (
            re.match(r"['’]s\s+[a-z]", text_of_doc[ent.end_char : ent.end_char + 6]) or re.search(r"['’]s$", ent.text) and re.match(r"\s+[a-z]", text_of_doc[ent.end_char : ent.end_char + 3])
        ):
            label = "GPE"  # "Abu Dhabi's non-oil economy": a place the rules know, owning something, is a place
        if label == "NORP" and re.fullmatch(r"[A-Z]{3,}", text) and text.lower() not in place_cues and text.lower() not in country_names:
            label = "ORG"  # "national statistics bureau ISTAT": a body's initials, no nationality
        if label in ("ORG", "PERSON", "FAC", "NORP", "LOC") and text.lower() in country_names:
            label = "GPE"  # "Botswana, Lesotho, Namibia and Swaziland (BLNS)": a country, whatever the model says
        if label in ("ORG", "PERSON", "FAC", "NORP", "LOC", "PRODUCT") and text.lower() in _city_names(lexicons):
            label = "GPE"  # "visited Cotonou", "the capital, Niamey,", "Aaron Ross | KINSHASA": a city, whatever the model says
        if label in ("PERSON", "NORP", "ORG", "FAC") and text == ent.text and _placed_by_context(text_of_doc, ent, spans, label, country_names):
            label = "GPE"  # "in Cancún", "Davao del Norte, Davao del Sur and Manila", "Hải Dương's economy": a place, whatever the model says
        if NEWS_OUTLET.fullmatch(text):
            label = "ORG"  # "(Bloomberg) --", "Reuters": a news agency, whatever the model says
        if label in ("PERSON", "GPE", "LOC", "NORP", "PRODUCT") and re.fullmatch(r"[A-Z][a-z]{2,}stat", text):
            label = "ORG"  # "Sverdlovskstat", "Rosstat", "Geostat": a statistics office
        if label in ("ORG", "PERSON", "LOC", "GPE", "PRODUCT") and FACILITY_NAME.search(text) and len(text.split()) >= 2:
            label = "FAC"  # "Michael Okpara Square", "Enugu International Conference Centre", "Nike Lake Resort Hotel": a building or site
        if re.match(r"(?:Hurricane|Typhoon|Cyclone|Tropical\s+Storm|Storm)\s+[A-Z]", text):
            label = "EVENT"  # "Hurricane Mitch": a storm is an event, not a place or a building
        if re.fullmatch(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[-.'’ ]?\d{2,4}", text):
            continue  # "Jan.16": a table's month label, no name
        if label == "PERSON" and re.fullmatch(r"[A-Z][a-z]+", text) and next(_mentions(text_of_doc, text.lower()), None) is not None:
            continue  # "Coal royalties soared" where "coking coal prices" follows: a word the text also writes in lower case, no name
        if label == "POLICY" and re.search(r"\b(?:Commissioner|Minister|Ministry|Secretary|Department|Office|Committee|Director)\s+(?:of|for)\s+(?:the\s+)?$", text_of_doc[max(0, ent.start_char - 40) : ent.start_char]):
            continue  # "Commissioner for Economic Planning and Budget": a portfolio in a title, no policy
        if label == "ORG" and re.fullmatch(r"[A-Z]{2,6}", text) and text in _measure_acronyms(text_of_doc):
            continue  # "Internally Generated Revenue (TIGR)": the short name of a measure, no body
        headline_verb = HEADLINE_VERB.search(text) if label in ("ORG", "PERSON", "GPE", "FAC") else None
        if headline_verb and _in_title_case(text_of_doc, ent.start_char):
            text = text[: headline_verb.start()]  # "Siddaramaiah Presents Revenue Deficit Budget": a headline's verb ends the name before it
            if not text:
                continue
            if text.lower() in country_names or text.lower() in place_cues and not NOT_A_PLACE_WORD.search(text):
                label = "GPE"  # "Slovakia| Decelerated", "Nuevo León| Leads Mexico": what is left is a place
        titled_name = re.fullmatch(r"(?P<title>[A-Z][A-Za-z.-]+)\s+(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})", text) if label in ("ORG", "GPE", "NORP") else None
        if titled_name and titled_name.group("title").lower().rstrip(".") in titles and not NOT_A_PLACE_WORD.search(text) and text.lower() not in country_names:
            text, label = titled_name.group("name"), "PERSON"  # "MEC Ravi Pillay", "Governor Godwin Emefiele": a title and a person's name
        if label in ("ORG", "PERSON") and text.lower().replace("-", " ") in titles:
            continue  # "The Statistician General , Nyakassi Sanyang": a title, the person's, no body
        key = _key(text)
        if key in stoplist or _key(text.split()[0]) in stoplist and label == "PERSON":
            continue
        if phrase_stops.search(key):
            continue  # "Bn Release Date": a stoplisted phrase at the edge of the span
        if label == "ORG" and "," in text and not portfolio and not re.search(r",\s*(?:Inc|Ltd|LLC|Co|Corp|plc|S\.A)\b", text):
            continue  # "Electricity, Gas, Water Supply & Other Utility Services": a list, not a name
        if label in ("ORG", "GPE", "LOC", "NORP") and text == ent.text and not (ent.id_ and label == "ORG") and _named_as_person(text_of_doc, ent, country_names):
            label = "PERSON"  # "Minister of Economy, Midhat Shagiakhmetov", "Hazel Koitaba ... Koitaba said"
        if label in ("ORG", "PERSON", "FAC", "NORP") and (ent.start_char == 0 or text_of_doc[ent.start_char - 1] == "\n") and DATELINE_DAY_AFTER.match(text_of_doc, ent.end_char):
            label = "GPE"  # "Skopje, 14 November 2023 (MIA) –": a dateline's city
        given = NAME_BEFORE_NASAB.search(text_of_doc, max(0, ent.start_char - 40), ent.start_char) if label == "PERSON" and re.match(r"(?:bin|bint|ibn)\s", text) else None
        if given:
            text = given.group("name") + " " + text  # "Ruler Sheikh Humaid |bin Rashid Al Nuaimi|": the name in full
        if label == "PERSON" and re.search(r"\s(?:Md|Mohd)$", text) and ent.text.endswith(text) and (rest := re.match(r"\s[A-Z][a-z]+\b", text_of_doc[ent.end_char : ent.end_char + 20])):
            text += rest.group()  # "Muhammad Sanusi Md| Nor": a Malay father's name the model cut after its short form
        if label == "PERSON" and TITLE_ABBREVIATION.match(text):
            text = TITLE_ABBREVIATION.sub("", text)  # "Gov Yusuf presents ...": the title's short form is no part of the name
        if label == "PERSON" and HONORIFIC_BEFORE.match(text) and len(text.split()) >= 2:
            text = HONORIFIC_BEFORE.sub("", text)  # "Dr Mohamed told the House": the surname of the person named in full
        rank = MILITARY_RANK.match(text) if label in ("ORG", "PERSON", "NORP", "FAC") else None
        if rank and re.fullmatch(r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}", RETIRED_TAIL.sub("", text[rank.end() :])):
            # "Rear Admiral Ibok Ette Ibas Rtd": a person, named without the rank
            text, label = RETIRED_TAIL.sub("", text[rank.end() :]), "PERSON"
        if label == "PERSON" and DISCOURSE_TAIL.search(text) and len(text.split()) > 2:
            text = DISCOURSE_TAIL.sub("", text)  # "President Bola Tinubu Regrettably, ...": the next sentence's first word
        split_title = None
        if label == "PERSON":
            text = COURTESY.sub("", text)
            split_title, text = _split_title(text, titles)
            text = HONORIFIC_BEFORE.sub("", text) if split_title and len(text.split()) >= 3 else text  # "Menteri Besar | Datuk Ahmad Yakob"
        elif label == "ORG" and ent.end < len(doc) and doc[ent.end].lower_ in titles:
            # "Maharashtra Finance | Minister Ajit Pawar": the portfolio belongs to the title,
            # and what is left names the jurisdiction
            words = text.split()
            while len(words) > 1 and words[-1].lower() in PORTFOLIO_WORDS:
                words.pop()
            if len(words) < len(text.split()):
                text = " ".join(words)
                if len(words) == 1:
                    label = "GPE"
        if label == "PERSON" and len(text.split()) == 1 and text.lower() in titles:
            continue
        if label == "PERSON" and len(text.split()) == 1 and not ent.id_ and (
            text.isupper() and ent.start_char > 0 and text_of_doc[ent.start_char - 1] != "\n"  # "the MIMO rate": an acronym, no person
            or text.endswith("ing") and (ent.start == 0 or doc[ent.start].is_sent_start)  # "Sharing the data released by ...": a verb
        ):
            continue
        if label == "PERSON" and text.isupper() and len(text) > 3:
            text = text.title()  # a transcript's speaker label "JACOB GREBER:" names Jacob Greber
        joined = SLASH_JOINED.fullmatch(text) if label in ("ORG", "PRODUCT", "NORP", "WORK_OF_ART", "FAC", "GPE") else None
        if joined:
            # "(UrduPoint News / Sputnik - 16th January, 2023)": two outlets a wire's tag names, and its date
            for part in (joined.group("first"), joined.group("second")):
                if HAS_NAME.search(part) and _key(part) not in stoplist:
                    _mention(found, order, part, "ORG", "ner_outlets", ent.start_char)
            continue
        pair = TWO_POLICIES.fullmatch(text) if label == "POLICY" else None
        if pair:
            # "Pradhan Mantri Jeevan Suraksha Scheme and Atal Pension Scheme": two programmes, each named whole
            for part in pair.groups():
                if _key(part) not in stoplist:
                    _mention(found, order, part, "POLICY", "ner_two_policies", ent.start_char)
            continue
        dashed = re.fullmatch(r"(?P<first>[^–-]+?)\s+[–-]\s+(?P<second>[^–-]+)", text) if label in ("ORG", "LOC", "GPE", "PRODUCT", "WORK_OF_ART") else None
        if dashed:
            # "Labour Force Survey - Office for National Statistics", "South East - Economy": a
            # heading or a source line joins two phrases; a body or a place the rules know in it is a name
            kinds = [(part, "GPE" if _known_place(part, country_names, place_cues) else "ORG" if BODY_NAME.search(part) else None) for part in dashed.groups()]
            if any(kind for _, kind in kinds):
                for part, kind in kinds:
                    if kind and _key(part) not in stoplist:
                        _mention(found, order, part, kind, "ner_dashed", ent.start_char)
                continue
            # else one name with a dash in it: "Bà Rịa – Vũng Tàu"
        places = _listed_places(text, label, text_of_doc[max(0, ent.start_char - 30) : ent.start_char], country_names, place_cues)
        if places:
            # "Aklan, Antique, Capiz", "the cities of Iloilo and Bacolod": a list of places the model
            # read as one name; each is a place of its own
            for part in places:
                if _key(part) not in stoplist:
                    _mention(found, order, part, "GPE", "ner_listed_places", ent.start_char)
            continue
        allied = ALLIANCE.fullmatch(text) if label in ("ORG", "PRODUCT", "NORP", "WORK_OF_ART", "FAC") else None
        if allied:
            # "the Shiv Sena-BJP government": two parties joined by a hyphen, each a body
            for part in (allied.group("first"), allied.group("second")):
                _mention(found, order, part, "ORG", "ner_alliance", ent.start_char)
            continue
        item, new = _entry(found, order, text, label, ent.id_ or ("ner_" + ent.label_.lower()), ent.start_char)
        if ent.id_:
            # a mention a rule found outvotes the model's: "newspaper Der Standard" is a paper where the
            # model reads "Der Standard said" as a person twice
            item.labels[label] += RULE_VOTE - (1 if new else 0)
        elif not new:
            item.labels[label] += 1
        item.mentions += 1
        if label == "PERSON" and item.title is None:
            title, organization = person_role(ent, titles, text_of_doc, spans)
            if title and title.isupper() and len(title) > 4:
                title = title.title()  # a transcript's "CHAIR POWELL." is Chair Powell
            if split_title and not title:
                title = split_title
            owner = re.match(r"(?P<acr>[A-Z]{2,6})(?:['’]s)?\s+(?P<rest>.*[a-z].*)$", title or "")
            if owner and organization is None:
                # "ABS Labour Statistics Program Manager", "NBS spokesperson": the body's short
                # name, then the title; the organisation is the body's fullest name in the article
                title, organization = owner.group("rest"), body_named(owner.group("acr"), text_of_doc) or owner.group("acr")
            elif organization and re.fullmatch(r"[A-Z]{2,6}", organization):
                organization = body_named(organization, text_of_doc) or organization  # "the OAGF's Director, ..."
            if title or organization:
                item.title, item.organization = title, organization
    if TRANSCRIPT_HEADING.search(text_of_doc):
        # a transcript names its speaker on a line of its own ("Michele Bullock", "Governor
        # Michele Bullock") before what they said; the model rarely tags a name with no sentence
        for line in SPEAKER_LINE.finditer(text_of_doc):
            name = line.group("name")
            if any(w.lower() in titles or w.lower() in stoplist for w in name.split()):
                continue
            item, new = _entry(found, order, name, "PERSON", "speaker_line", line.start("name"))
            if new:
                item.mentions += 1
            if line.group("title") and item.title is None:
                item.title = line.group("title")
    _fix_person_labels(found, lambda name: _known_place(name, country_names, place_cues) or name.lower() in _city_names(lexicons))
    _merge_aliases(text_of_doc, found, order)
    _merge_places(found, lexicons)
    _places_named_by_kind(found)
    _fullest_organizations(found)
    _organizations_of_office(found)
    out = []
    for key in order:
        item = found.get(key)
        if item is None:
            continue
        label = item.labels.most_common(1)[0][0]
        out.append(
            Entity(
                text=item.text, label=label, aliases=tuple(item.aliases),
                title=item.title if label == "PERSON" else None,
                organization=item.organization if label == "PERSON" else None,
                mentions=item.mentions, rule_id=item.rule_id,
            )
        )
    return out


# words of a body's or a group's name, never of a place's
NOT_A_PLACE_WORD = re.compile(
    r"\b(?:Bank|Ministry|Office|Bureau|Agency|Authority|Commission|Council|Fund|Service|Board|Institute|Corporation|Company|Group|Ltd|Inc|"
    r"Party|Committee|Association|Union|Assembly|Parliament|Congress|Senate|Court|Government|Treasury|University|School|Programme|Program|"
    r"Plan|Scheme|Act|Law|Budget|Index|Exchange|Market|Airlines?|Airways|Holdings|Foundation|Forum|Club|Federation|Chamber|Department|"
    r"Administration|Customs|Police|Revenue|Port|Airport|Centre|Center|Zone|Park|Tower|Station|Hospital)\b"
)
# the kind of place an "of" names: "the province of Huế", "the city of Lenakel"
PLACE_OF_BEFORE = re.compile(r"\b(?:province|state|city|district|region|town|municipality|county|governorate|capital|island|islands|prefecture|village)\s+of\s+$", re.I)
# what a place has: "Hải Dương's economy", "Cancún's GDP"
PLACE_POSSESSION_AFTER = re.compile(
    r"['’]s\s+(?:economy|economic|GDP|GRDP|GSDP|GVA|budget|inflation|exports|imports|growth|population|provincial|municipal|local|tourism|unemployment|trade|revenue)\b",
    re.I,
)


def _listed_places(text: str, label: str, before: str, country_names, place_cues) -> list[str] | None:
    """Return the places of a name that is a list of places ("Aklan, Antique", "Iloilo and
    Bacolod"), else None. A list the model calls a place is one; a list it calls a body, person
    or group is one where the words before say places ("the cities of") or an item is a
    place the rules know. A body's name is never split ("Ministries, Departments and Agencies")."""
    if label not in ("GPE", "LOC", "ORG", "PERSON", "NORP") or NOT_A_PLACE_WORD.search(text):
        return None
    if _known_place(text, country_names, place_cues) or re.search(r"\band\s+the\b", text):
        return None  # "Newfoundland and Labrador", "São Tomé and Príncipe", "Yorkshire and the Humber": one place
    parts = [p.strip() for p in LIST_JOINT.split(text)]
    if len(parts) < 2 or any(not PLACE_NAME.fullmatch(p) for p in parts):
        return None
    if label in ("GPE", "LOC") or re.search(r"\b(?:cities|towns|provinces|regions|districts|states|counties|municipalities|islands|villages|areas|oblasts)\s+(?:of|in|like|such\s+as|including)\s+$", before, re.I) or any(_known_place(p, country_names, place_cues) for p in parts):
        return parts
    return None


# what joins the items of a list: ", ", ", and ", " and "
LIST_JOINT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
# a name of one to three capitalised words
PLACE_NAME = re.compile(r"[A-Z][\w'’.-]+(?:\s+(?:del|de|da|do|of)?\s*[A-Z][\w'’.-]+){0,2}")


def _placed_by_context(text: str, ent, spans, label: str, country_names) -> bool:
    """Return True where the words around a name the model read as a person, group or body say
    it is a place: "in Cancún" (a person or group is seldom "in"), "the province of Huế", a
    list whose other items are places, "Hải Dương's economy"."""
    name = ent.text
    words = name.split()
    if len(words) > 4 or NOT_A_PLACE_WORD.search(name) or name.isupper() or not name[:1].isupper():
        return False
    if label == "NORP" and re.search(r"(?:an|ian|ese|ish|i)$", name):
        return False  # "Palestinian", "Kenyan": a people's adjective
    if label == "PERSON" and len(words) >= 2 and any(not (ent.start_char <= at < ent.end_char) for at in _mentions(text, words[-1])):
        return False  # "Ernesto Pernia ... Pernia said": a person, named again by the surname
    before = text[max(0, ent.start_char - 40) : ent.start_char]
    after = text[ent.end_char : ent.end_char + 40]
    if re.match(r",?\s+(?:said|says|told|added|adds|noted|notes|stated|explained|argued|warned|insisted|stressed)\b", after):
        return False  # "next only to China, Pernia said": a speaker
    if label == "PERSON" and any(o.label_ == "PERSON" and o is not ent and o.text.endswith(" " + name) for o in spans):
        return False  # "Pernia" after "Ernesto Pernia"
    if label == "PERSON" and TITLE_JUST_BEFORE.search(before):
        return False  # "Governor Obaseki's economic reforms": a titled person owns them, no place
    if PLACE_OF_BEFORE.search(before) or label in ("PERSON", "NORP") and PLACE_POSSESSION_AFTER.match(after):
        return True
    if label in ("PERSON", "NORP", "FAC", "LOC") and re.search(r"\b(?:in|across|throughout)\s+$", before) and not re.match(r"['’]s\b", after):
        return True
    # an item of a list whose neighbour the model or the lexicon knows as a place
    for other in spans:
        if other is ent:
            continue
        between = text[other.end_char : ent.start_char] if other.end_char <= ent.start_char else text[ent.end_char : other.start_char]
        if len(between) > 7 or not re.fullmatch(r",\s*|\s+and\s+|,\s*and\s+|\s+or\s+", between):
            continue
        if re.match(r"['’]s\b", text[other.end_char : other.end_char + 2]):
            continue  # "Wang Wentao, China's Minister of Commerce": an apposition, no list
        listed = "and" in between or "or" in between or re.match(r"\s*(?:,|and\b|or\b)", text[max(ent.end_char, other.end_char) :])
        if listed and (other.label_ == "GPE" or other.text.lower() in country_names):
            return True
    return False


# a title just before a name: "Governor Obaseki", "President Ruto", "Mr Dube"
TITLE_JUST_BEFORE = re.compile(r"\b(?:Governor|President|Premier|Minister|Chancellor|Senator|Mayor|Commissioner|Chairman|Secretary|Treasurer|Mr|Mrs|Ms|Dr|Prof)\.?\s+$")
# a place named with its kind, or as a state: "Guangdong Province", "Nairobi County", "the
# Republic of Moldova", "Democratic Republic of Congo", "State of Qatar"
PLACE_KIND_AFTER = r"\s+(?:[Pp]rovince|[Ss]tate|[Cc]ounty|[Rr]egion|[Dd]istrict|[Cc]ity|[Mm]unicipality|[Pp]refecture|[Gg]overnorate|[Tt]erritory|[Ii]slands?|[Oo]blast|[Ee]mirate)"
PLACE_KIND_BEFORE = (
    r"(?:(?:[Tt]he\s+)?(?:(?:Democratic|People['’]s|Federal|Islamic|Arab|Socialist|United|Federative|Bolivarian|Cooperative|Plurinational)\s+)*"
    r"(?:Republic|Kingdom|State|Province|Commonwealth|Sultanate|Emirate|Principality|Federation|Grand\s+Duchy|Region|County|City|Island|Municipality)\s+of\s+(?:the\s+)?)"
)


PLACE_KIND_AFTER_RE = re.compile(PLACE_KIND_AFTER)
PLACE_KIND_BEFORE_RE = re.compile(PLACE_KIND_BEFORE)


def _fold_place_forms(found: dict[str, "_Found"]) -> None:
    """Fold a place's short form into its full one, named once: "Guangdong" into "Guangdong
    Province", "Moldova" into "Republic of Moldova", "B.C." into "British Columbia"."""
    places = {k: v for k, v in found.items() if v.labels.most_common(1)[0][0] in ("GPE", "LOC")}
    for key, item in list(places.items()):
        if key not in found:
            continue
        short = item.text
        dotted = re.fullmatch(r"(?:[A-Z]\.){2,4}", short)
        owners = []
        for other_key, other in places.items():
            if other_key == key or other_key not in found or len(other.text) <= len(short) or other.labels.most_common(1)[0][0] != item.labels.most_common(1)[0][0]:
                continue  # "Hainan", the province, and "Hainan Island", the land: two things
            long = other.text
            if long.startswith(short) and PLACE_KIND_AFTER_RE.fullmatch(long, len(short)) or long.endswith(short) and PLACE_KIND_BEFORE_RE.fullmatch(long, 0, len(long) - len(short)):
                owners.append(other)
            elif dotted and short.replace(".", "") == "".join(w[0] for w in long.split() if w[:1].isupper()) and len(long.split()) >= 2:
                owners.append(other)  # "B.C." of "British Columbia"
        if len(owners) == 1:
            owner = owners[0]
            if short not in owner.aliases:
                owner.aliases.append(short)
            owner.aliases.extend(a for a in item.aliases if a not in owner.aliases and a != owner.text)
            owner.mentions += item.mentions
            owner.first = min(owner.first, item.first)
            del found[key]


def _names_a_category(text: str) -> bool:
    """Return True for a name made only of the words of the standard classifications of
    industries (ISIC) and of consumer spending (COICOP): "Financial Intermediation", "Other
    Services", "Furnishings", "Oil and Gas". A release's table rows, not bodies or places."""
    words = re.findall(r"[A-Za-z]+", text.lower())
    return bool(words) and all(w in CATEGORY_WORDS for w in words) and any(w not in ("and", "of", "the", "other") for w in words)


def _names_a_measure(acronym: str, text: str) -> bool:
    """Return True for an acronym the text defines by a lower-case phrase that names no body:
    "an operating balance before gains and losses (OBEGAL)", "budget estimates (BE)" (but not
    "the central bank (CBN)")."""
    for words in words_before_acronym(acronym, text, LOWER_WORDS_BEFORE):
        if words is None:
            continue
        starts = [k for k, word in enumerate(words) if word[0] == acronym[0].lower() and len(words) - k >= 2]
        for k in starts:
            phrase = words[k:]
            if any(word.rstrip("s") in BODY_NOUNS for word in phrase):
                return False
            if spells_out(phrase, acronym):
                return True
    return False


PARENTHESIS = re.compile(r"\(\s*(?P<inner>[^\s()](?:[^()]*[^\s()])?)\s*\)")


@lru_cache(maxsize=4)
def _parentheses(text: str) -> list[tuple[int, str]]:
    """Return where each parenthesis of ``text`` opens and what it holds, spaces trimmed."""
    return [(m.start(), m.group("inner")) for m in PARENTHESIS.finditer(text)]


MEASURE_ACRONYM = re.compile(
    r"\b(?:[Rr]evenues?|[Pp]roduct|[Ii]ndex|[Rr]ate|[Ii]ncome|[Ee]xpenditure|[Ss]pending|[Bb]alance|[Oo]utput|[Dd]eficit|[Ss]urplus|[Aa]dded|[Pp]rices|[Rr]eserves|[Dd]ebt|[Ii]nvestment)\s*\(\s*(?P<acronym>[A-Z]{2,6})\s*\)"
)


@lru_cache(maxsize=4)
def _measure_acronyms(text: str) -> frozenset[str]:
    """Return the short names ``text`` gives a measure in brackets: "Internally Generated Revenue (TIGR)"."""
    return frozenset(m.group("acronym") for m in MEASURE_ACRONYM.finditer(text))


def words_before_acronym(acronym: str, text: str, words: re.Pattern):
    """Yield, for each "(ACR)" in the text, the words before it that ``words`` takes (up to the
    parenthesis), or None where it takes none."""
    for start, inner in _parentheses(text):
        if inner != acronym:
            continue
        before = words.search(text, max(0, start - 120), start)
        yield before.group(1).split() if before is not None else None


def expand_acronym(acronym: str, text: str) -> str | None:
    """Return the words an article spells an acronym out with ("Gross sovereign-issued debt (GSID)"), or None."""
    words = next(words_before_acronym(acronym, text, WORDS_BEFORE), None)  # where it is first defined
    if not words:
        return None
    for k in range(len(words) - 2, -1, -1) if len(words) > 1 else [0]:
        if spells_out(words[k:], acronym):
            return " ".join(words[k:])  # the shortest phrase that spells it out
    return None


def _whole_body_name(text: str, start: int, end: int) -> str | None:
    """Return the run of capitalised words around a span that the span is the middle of and
    that ends in a body's word ("Gold and Foreign Exchange Contingency Reserve Account"), or None."""
    for match in CAPITALISED_NAME.finditer(text, max(0, start - 60), min(len(text), end + 80)):
        if match.start() > start:
            break
        if match.end() > end and (match.start() == 0 or not text[match.start() - 1].isalnum()) and BODY_END.search(match.group(0)):
            if BODY_END.search(text[start:end]) and re.match(r"\s+and\s", text[end : end + 6]):
                return None  # "the International Monetary Fund and the European Commission": two bodies, each named whole
            name = re.sub(r"^The\s+", "", match.group(0))
            return name if "\n" not in name else None
    return None


# the last word of a body's name
BODY_END = re.compile(r"\b(?:Account|Fund|Reserve|Facility|Bank|Committee|Council|Authority|Agency|Board|Commission|Corporation|Ministry|Office|Bureau|Department|Institute|Association)$")


def _initials(name: str) -> str:
    """Return the capitals that start a name's words: "OAGF" of "Office of the Accountant General of the Federation"."""
    return "".join(w[0] for w in name.split() if w[0].isupper())


def body_named(acronym: str, text: str, governments: bool = False) -> str | None:
    """Return the article's full name of the body an acronym stands for, or None: the name
    written before "(NBS)", else a capitalised name whose initials spell it ("the Office of the
    Accountant General of the Federation" for OAGF; with ``governments``, "the Federal
    Government" for FG too)."""
    expanded = expand_acronym(acronym, text)
    if expanded and _initials(expanded) == acronym:
        return expanded
    for match in CAPITALISED_NAME.finditer(text):
        name = re.sub(r"^The\s+", "", match.group(0))  # "The Federal Government has ...": a sentence's first word
        if _initials(name) == acronym and (BODY_NAME.search(name) or governments and re.search(r"\bGovernment\b", name)):
            return name
    return None


# the words before an acronym's definition, "Gross sovereign-issued debt (GSID)"
WORDS_BEFORE = re.compile(r"((?:[\w’'-]+\s+){1,8})$")
# a run of capitalised words with the small words names keep: "Office of the Accountant General of the Federation"
CAPITALISED_NAME = re.compile(r"[A-Z][\w&'’-]*(?:\s+(?:of|the|and|for)\s+(?:the\s+)?[A-Z][\w&'’-]*|\s+[A-Z][\w&'’-]*)+")


def spells_out(phrase: list[str], acronym: str) -> bool:
    """Return True when ``phrase`` starts with the acronym's first letter and holds all its
    letters in order ("operating balance before gains and losses" for OBEGAL)."""
    letters = iter("".join(phrase).lower())
    return phrase[0][:1].lower() == acronym[0].lower() and all(letter in letters for letter in acronym.lower())


LOWER_WORDS_BEFORE = re.compile(r"((?:[a-z][\w-]*\s+){1,8})$")


BODY_NOUNS = {
    "bank", "ministry", "agency", "authority", "office", "bureau", "commission", "committee", "council", "board",
    "department", "service", "fund", "corporation", "company", "association", "institute", "union", "court",
    "government", "organisation", "organization", "party", "exchange", "administration", "secretariat",
}


def _abbreviates(alias: str, name: str) -> bool:
    """Return True when ``alias`` is an acronym of ``name``: its capitals are the initials in order.

    >>> _abbreviates("RBI", "Reserve Bank of India"), _abbreviates("MoSPI", "Ministry of Statistics and Programme Implementation")
    (True, True)
    >>> _abbreviates("AP", "WASHINGTON")
    False
    """
    capitals = [c for c in alias if c.isupper()]
    if len(capitals) == 1 and len(alias) >= len(name):
        return False  # "Male (Maldives), Aug 9:": a word no shorter than the name is no short form of it
    if not capitals or len(alias) > 12:
        return len(alias.split()) >= 2 and alias.lower() in name.lower()
    initials = [w[0].upper() for w in re.split(r"[\s-]+", name) if w]
    k = 0
    for initial in initials:
        if k < len(capitals) and initial == capitals[k]:
            k += 1
    return k == len(capitals)


def _place_alias_keys(lexicons: Lexicons) -> tuple[list[frozenset], dict[str, list[int]]]:
    """Return the name keys of each place_aliases.tsv row, and the rows each key is in, built once."""
    return _built(lexicons, "place alias keys", _make_place_alias_keys)


def _make_place_alias_keys(lexicons: Lexicons) -> tuple[list[frozenset], dict[str, list[int]]]:
    # a region's postal code is one of its names ("RICHMOND, VA"), and so is an abbreviation
    # without its full stop, as the tokenizer leaves it ("LANSING, Mich. (AP)" gives "Mich")
    codes: dict[str, set[str]] = {}
    for row in lexicons.region_codes:
        codes.setdefault(_key(row["region"]), set()).add(row["code"])
    rows = []
    for row in lexicons.place_aliases:
        names = [row["place"], *row["aliases"].split("|"), *codes.pop(_key(row["place"]), ())]
        rows.append(frozenset(_key(n) for n in names) | {_key(n)[:-1] for n in names if n.endswith(".") and "." not in n[:-1]})
    rows += [frozenset({region, *(_key(c) for c in code_set)}) for region, code_set in codes.items()]
    rows_of: dict[str, list[int]] = {}
    for k, names in enumerate(rows):
        for name in names:
            rows_of.setdefault(name, []).append(k)
    return rows, rows_of


def _merge_places(found: dict[str, "_Found"], lexicons: Lexicons) -> None:
    """Fold the names of one place into its fullest form in the article: "UK" into "Britain"."""
    rows, rows_of = _place_alias_keys(lexicons)
    # only the rows that name a place of the article, in their order; merging only removes names
    for row in sorted({row for key in found for row in rows_of.get(key, ())}):
        names = rows[row]
        keys = [key for key in found if key in names]
        for key in keys:
            # a listed place is a place, whatever the model calls it ("exports to EU" ORG); a
            # union named in full ("the European Union") is the body its members make up
            label = "ORG" if re.search(r"\bUnion\b", found[key].text) else "GPE"
            found[key].labels = Counter({label: sum(found[key].labels.values())})
        if len(keys) < 2:
            continue
        keys.sort(key=lambda k: (-len(found[k].text), found[k].first))
        owner = found[keys[0]]
        for key in keys[1:]:
            other = found.pop(key)
            owner.aliases.append(other.text)
            owner.mentions += other.mentions


# a place named by its kind: "Canton of Geneva", "Province of Negros Oriental"
BY_KIND = re.compile(r"(?:province|city|municipality|canton|state|republic)\s+of\s+(?P<place>.+)")


def _places_named_by_kind(found: dict[str, "_Found"]) -> None:
    """Fold a place's bare name into the name by its kind the article also writes: "Geneva"
    into "Canton of Geneva", one place in two forms."""
    for key, item in list(found.items()):
        kind = BY_KIND.fullmatch(key)
        if kind is None or item.labels.most_common(1)[0][0] != "GPE":
            continue
        bare = found.get(kind.group("place"))
        if bare is not None and bare is not item and bare.labels.most_common(1)[0][0] == "GPE":
            found.pop(kind.group("place"))
            item.aliases.append(bare.text)
            item.mentions += bare.mentions


def _fullest_organizations(found: dict[str, "_Found"]) -> None:
    """Write a person's organisation as the article's fullest form of its name ("Fed" -> "Federal Reserve")."""
    names = {}
    for item in found.values():
        for alias in [item.text, *item.aliases]:
            names.setdefault(_key(alias).rstrip("."), item.text)  # "Co" and "Co." are one name
    for item in found.values():
        if item.organization and _key(item.organization).rstrip(".") in names:
            item.organization = names[_key(item.organization).rstrip(".")]


def _organizations_of_office(found: dict[str, "_Found"]) -> None:
    """Give a person whose title names an office, but no organisation, the article's body of that office.

    "Finance Minister Choi Sang-mok" in a story that names the Ministry of Economy and Finance;
    "Governor Andrew Bailey" in one whose only central bank is the Bank of England. Only where the
    article names exactly one such body; a place ("Ontario") is no organisation of a minister.
    """
    orgs = [item.text for item in found.values() if item.labels.most_common(1)[0][0] == "ORG"]
    places = {item.text for item in found.values() if item.labels.most_common(1)[0][0] == "GPE"}
    for item in found.values():
        if item.labels.most_common(1)[0][0] != "PERSON" or not item.title or (item.organization and item.organization not in places):
            continue
        title = item.title.lower()
        portfolio = re.search(r"(\w+)\s+minister|minister\s+(?:of|for)\s+(\w+)", title)
        if portfolio:
            word = (portfolio.group(1) or portfolio.group(2)).lower()
            bodies = [o for o in orgs if re.search(r"\bministry\b", o, re.I) and re.search(rf"\b{re.escape(word)}\b", o, re.I)]
        elif re.search(r"\b(?:governor|chair|chairman|chairwoman)\b", title):
            bodies = [o for o in orgs if re.search(r"\b(?:Bank|Reserve|Monetary Authority)\b", o)]
        else:
            continue
        if len(bodies) == 1:
            item.organization = bodies[0]


def _fix_person_labels(found: dict[str, "_Found"], known_place=lambda name: False) -> None:
    """Relabel "persons" the small model makes of place names ("Qianhai DreamWorks"), and
    "places" it makes of a titled person's single name ("Nyeri Governor Mutahi Kahiga ...
    Mutahi said"), unless the rules know the place."""
    titled_words = {w.lower() for item in found.values() if item.labels.most_common(1)[0][0] == "PERSON" and item.title for w in item.text.split()}
    place_words = set()
    for item in found.values():
        if item.labels.most_common(1)[0][0] in ("GPE", "LOC"):
            if " " not in item.text and item.text.lower() in titled_words and not known_place(item.text):
                item.labels = Counter({"PERSON": 1})  # "Mutahi said": the governor, by one of his names
                continue
            place_words.update(w.lower() for w in re.split(r"[\s-]+", item.text))
    for key in list(found):
        item = found[key]
        if item.labels.most_common(1)[0][0] != "PERSON":
            continue
        words = [w.lower().replace("’s", "").replace("'s", "") for w in re.split(r"[\s-]+", item.text) if w]
        if words and all(w in place_words for w in words):
            del found[key]  # "Qianhai Shenzhen-Hong Kong": places, not a person
        elif any(w in place_words for w in words):
            item.labels = Counter({"ORG": 1})
            item.title = item.organization = None


UNIVERSITY = re.compile(r"^(?:University of (?P<a>.+)|(?P<b>.+) University)$")


def _fold_into_longer_org(found: dict[str, "_Found"], rest: str, min_words: int) -> None:
    """Fold a body's name into the one longer name of the article that is it and ``rest`` after
    it, as an alias: "Federal Reserve" into "Federal Reserve Bank"."""
    for key in list(found):
        item = found.get(key)
        if item is None or item.labels.most_common(1)[0][0] != "ORG" or len(item.text.split()) < min_words:
            continue
        longer = [
            k for k, v in found.items()
            if k != key and v.labels.most_common(1)[0][0] == "ORG" and v.text.startswith(item.text) and re.fullmatch(rest, v.text[len(item.text) :])
        ]
        if len(longer) == 1:
            owner = found[longer[0]]
            owner.aliases.append(item.text)
            owner.aliases.extend(a for a in item.aliases if a not in owner.aliases)
            owner.mentions += item.mentions
            del found[key]


def _merge_aliases(text: str, found: dict[str, _Found], order: list[str]) -> None:
    """Fold short forms into the fullest name: acronyms, "(hereinafter ...)" names, surnames."""
    # "Reserve Bank of India (RBI)", 'Plan (hereinafter referred to as "Qianhai Plan")':
    # one pass over the parentheses of the text, not one regex per entity
    for match in PAREN_ALIAS.finditer(text):
        before = text[max(0, match.start() - 120) : match.start()].rstrip().lower()
        alias = _clean(match.group(1))
        # the fullest name the alias spells out, else the fullest name: "the Executive Board of the
        # International Monetary Fund (IMF)" gives the Fund its short name, not the board
        named = [item for item in (found.get(key) for key in order) if item is not None and before.endswith(item.text.lower())]
        if not named:
            continue
        owner = max(named, key=lambda item: (spells_out(item.text.split(), alias) if alias else False, len(item.text)))
        alias_key = _key(alias)
        if alias_key == _key(owner.text) or not HAS_NAME.search(alias):
            continue
        translated = (  # "the Employee Insurance Agency (UWV)": a body's short name in its own language
            owner.labels.most_common(1)[0][0] == "ORG" and len(owner.text.split()) >= 2 and re.fullmatch(r"[A-Z]{2,6}", alias)
        )
        if not match.group(0)[1:].lstrip().lower().startswith("hereinafter") and not _abbreviates(alias, owner.text) and not translated:
            continue  # "WASHINGTON (AP)": a parenthesis names an alias only when it abbreviates
        if alias not in owner.aliases:
            owner.aliases.append(alias)
        other = found.pop(alias_key, None)
        if other is not None and other is not owner:
            owner.mentions += other.mentions
    # a part of a body named after the body's short name: "IMF Executive Board" for "Executive
    # Board of the International Monetary Fund (IMF)"
    short_of = {alias: item.text for item in found.values() for alias in item.aliases if re.fullmatch(r"[A-Z]{2,6}", alias)}
    for key in list(found):
        item = found.get(key)
        head = re.match(r"(?P<short>[A-Z]{2,6})\s+(?P<part>[A-Z].+)$", item.text) if item is not None else None
        whole = found.get(_key(f"{head.group('part')} of the {short_of[head.group('short')]}")) if head and head.group("short") in short_of else None
        if whole is not None and whole is not item:
            whole.aliases.append(item.text)
            whole.mentions += item.mentions
            del found[key]
    # a name and the same name with a generic last word: "Federal Reserve" in "Federal Reserve Bank"
    _fold_into_longer_org(found, r"\s+(?:Bank|Board|System|Group|Inc\.?|Ltd\.?|Corporation|Company)", min_words=1)
    # a name without its place: "the Central Bank" for "Central Bank of Barbados", "National
    # Bank" for "National Bank of Greece", where the article names one such body
    _fold_into_longer_org(found, r"\s+of\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}", min_words=2)
    # a clipped form: "the Fed" for "Federal Reserve"
    for key in list(found):
        item = found.get(key)
        if item is None or " " in item.text or len(item.text) < 3:
            continue
        if item.labels.most_common(1)[0][0] != "ORG" or not item.text.isalpha():
            continue
        owners = [
            k for k, v in found.items()
            if k != key and " " in v.text and v.labels.most_common(1)[0][0] == "ORG"
            and re.split(r"[\s-]+", v.text)[0].isalpha()
            and re.split(r"[\s-]+", v.text)[0].lower().startswith(item.text.lower())
            and (len(re.split(r"[\s-]+", v.text)[0]) > len(item.text) or len(v.text.split()) >= 3)  # "the Bank" of "Bank of England"
        ]
        if len(owners) > 1:
            # "the Fed", with "Federal Reserve Bank" and "Federal Open Market Committee" named: the one named most
            ranked = sorted(owners, key=lambda k: found[k].mentions, reverse=True)
            owners = ranked[:1] if found[ranked[0]].mentions > found[ranked[1]].mentions else owners
        if len(owners) == 1:
            owner = found[owners[0]]
            owner.aliases.append(item.text)
            owner.mentions += item.mentions
            del found[key]
    _fold_place_forms(found)
    # "Hong Kong University" is "University of Hong Kong"
    universities = {}
    for key, item in found.items():
        match = UNIVERSITY.match(item.text)
        if match:
            universities.setdefault((match.group("a") or match.group("b")).lower(), []).append(key)
    for place, keys in universities.items():
        if len(keys) == 2:
            first, second = sorted(keys, key=lambda k: found[k].first)
            owner, other = found[first], found.pop(second)
            owner.aliases.append(other.text)
            owner.mentions += other.mentions
    # acronyms that stand alone: "RBI" for "Reserve Bank of India"
    by_acronym = defaultdict(list)
    for key, item in found.items():
        words = [w for w in re.split(r"[\s-]+", item.text) if w and w[0].isupper() and w.lower() not in ("of", "and", "the", "for")]
        if len(words) >= 2:
            by_acronym["".join(w[0] for w in words)].append(key)
    for key in list(found):
        item = found.get(key)
        if item is None or not item.text.isupper() or " " in item.text:
            continue
        owners = by_acronym.get(item.text, [])
        if len(owners) == 1 and owners[0] != key:
            owner = found[owners[0]]
            if item.text not in owner.aliases:
                owner.aliases.append(item.text)
            owner.mentions += item.mentions
            del found[key]
    # a surname or a shorter form inside a longer name with the same label ("Powell", "Ma")
    persons = [k for k, v in found.items() if v.labels.most_common(1)[0][0] == "PERSON" and " " in v.text]
    for key in list(found):
        item = found.get(key)
        if item is None or " " in item.text:
            continue
        # the family name comes last in "Jerome Powell" and first in "Liu Xiaoming", "Choi Sang-mok"
        owners = [p for p in persons if p != key and found.get(p) and key in (found[p].text.split()[-1].lower(), found[p].text.split()[0].lower())]
        if len(owners) == 1:
            owner = found[owners[0]]
            owner.aliases.append(item.text)
            owner.mentions += item.mentions
            del found[key]
    # a person's shorter form of several words: "Sri Mulyani" of "Sri Mulyani Indrawati"
    for key in list(found):
        item = found.get(key)
        if item is None or " " not in item.text or item.labels.most_common(1)[0][0] != "PERSON":
            continue
        words = item.text.split()
        words = words[1:] if words[0] in ("Sheikh", "Sheikha", "Shaikh") else words  # "Sheikh Humaid" of "Humaid bin Rashid Al Nuaimi"
        owners = [
            p for p in persons if p != key and found.get(p) and len(found[p].text.split()) > len(words)
            and (found[p].text.split()[: len(words)] == words or found[p].text.split()[-len(words) :] == words)
        ]
        if len(owners) == 1:
            owner = found[owners[0]]
            owner.aliases.append(item.text)
            owner.aliases.extend(a for a in item.aliases if a not in owner.aliases)  # "Mulyani", folded into "Sri Mulyani" above
            owner.mentions += item.mentions
            if owner.title is None and item.title is not None:
                # "Ajman's Ruler Sheikh Humaid": the role said with the shorter form is the person's
                owner.title, owner.organization = item.title, owner.organization or item.organization
            del found[key]


# "UrduPoint News / Sputnik - 16th": two names a slash joins, with a date's day after a dash
SLASH_JOINED = re.compile(r"(?P<first>[A-Z][\w.&' -]{1,40}?)\s*/\s*(?P<second>[A-Z][\w.&' -]{1,40}?)(?:\s*[-–]\s*\d{1,2}(?:st|nd|rd|th)?)?")
# news agencies and wires, which the model takes for places or people now and then
NEWS_OUTLET = re.compile(
    r"Reuters|Bloomberg(?:\s+News)?|AFP|Agence France-Presse|Associated\s+Press|Xinhua|Kyodo(?:\s+News)?|Yonhap|Bernama|Anadolu(?:\s+Agency)?"
    r"|TASS|Sputnik|EFE|ANSA|dpa|IANS|PTI|MENAFN|Dow\s+Jones(?:\s+Newswires)?|Interfax"
)
# a firm's legal form after its name: " Limited", " Ltd.", " Inc."
COMPANY_SUFFIX_AFTER = re.compile(r"\s+(?:Limited|Ltd\.?|Inc\.?|PLC|plc|LLC|LLP|JSC|OJSC|PJSC|CJSC|GmbH|Berhad|Bhd|Tbk|Corporation|Corp\.)(?![\w-])")
# "the Economics and " before "Finance Committee": the first word of a name the model cut at "and"
JOINED_FIRST_WORD_BEFORE = re.compile(r"\b(?:the|The)\s+(?P<first>[A-Z][a-z]+\s+and\s+)$")
# a currency named by its country: "US dollar", "Australian currency"
CURRENCY_NAMES = (
    r"dollars?|currency|cents?|yen|pounds?|euros?|pesos?|rupees?|rands?|francs?|dinars?|dirhams?|riyals?|rials?|shillings?|naira|cedis?|"
    r"kwacha|liras?|rubles?|roubles?|somoni|tenge|manats?|leva|lev|lei|leu|forints?|zloty|zlotys|kron[aeo]r?|rupiah|ringgit|baht|dong|won|yuan|renminbi|taka|kyat|kip|birr|dalasis?|leones?|som|hryvnias?|lari|dram|afghanis?|pula|nakfa|ouguiyas?"
)
CURRENCY_AFTER = re.compile(rf"\s+(?:{CURRENCY_NAMES})\b", re.I)
# a currency's name alone, which the model takes for a place or a people ("Somoni", "Dinar")
CURRENCY_ALONE = re.compile(rf"(?:{CURRENCY_NAMES})", re.I)
AMOUNT = re.compile(
    r"^(?:(?:about|around|over|nearly|some|approximately|almost|roughly)\s+)?[A-Z]{0,3}\s?[$€£₹¥₦]?\d[\d,.]*\s?-?(?:bn|mn|m|b|k|tn|trn|billion|million|trillion|crore|lakh|%)?$"
    r"|^[A-Z]{3}\s+(?:thousand|million|billion|trillion|bn|mn)$",  # "EUR million": a table's unit
    re.I,
)  # "MNT 784.5 billion", "about Nu 50.80B" too
# a person's name in two or three words ("Yoon Suk Yeol"), and what makes it name a government
LEADER_NAME = re.compile(r"[A-Z][a-z]+(?:\s[A-Z][a-z]+){1,2}")
# the one word of a body's kind, said for a body named before: "the Command", "the Division"
SUB_UNIT_WORDS = {"command", "division", "unit", "directorate", "department", "section", "branch", "ministry", "agency", "bureau", "office", "commission", "committee", "board", "authority"}
# a title's initials, then a name: "AC Yankey"
TITLE_ACRONYM_NAME = re.compile(r"(?P<acr>[A-Z]{2,4})\s+(?P<name>[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+)?)")


def _title_initials(text: str, acronym: str, titles) -> bool:
    """Return True where the article defines ``acronym`` as a title's initials: "Assistant Commissioner (AC)"."""
    if f"({acronym})" not in text:
        return False  # most initials are never defined in brackets: no pattern to build and run over the article
    defined = re.search(rf"((?:[A-Z][a-z]+\s+)*[A-Z][a-z]+)\s+\({re.escape(acronym)}\)", text)
    words = defined.group(1).split()[-len(acronym) :] if defined else []
    # the initials spell the words just before them ("Finance Director Ernst Stocker (SVP)" is a party)
    return len(words) == len(acronym) and "".join(w[0] for w in words) == acronym and any(w.lower() in titles for w in words)


def _title_acronym_before(text: str, at: int, titles) -> bool:
    """Return True where a title and its initials in brackets stand right before ``at``:
    "Assistant Commissioner (AC) | Frederick Yankey"."""
    before = re.search(r"\((?P<acr>[A-Z]{2,4})\)\s+$", text[max(0, at - 60) : at])
    return before is not None and _title_initials(text, before.group("acr"), titles)


# a person's name: given names, maybe an initial, a surname ("Michael J. Heffernan", "Titus Ntuchiu")
PERSON_SHAPE = re.compile(r"[A-Z][a-z]+(?:\s[A-Z]\.)?(?:\s[A-Z][a-z'’-]+){1,2}")
# the lower-case words of an apposition right after a name, up to its first preposition: ", director of", ", financial decentralisation coordinator"
TITLE_CLAUSE_AFTER = re.compile(r"(?:,\s+(?:the\s+|a\s+|an\s+|its\s+|his\s+|her\s+)?(?:[a-z-]+\s+){0,3}[a-z-]+)?")
NOT_A_LEADER = re.compile(r"\b(?:Liberal|Conservative|Labour|Labor|Democratic|Republican|Progressive|Socialist|Communist|National|Federal|Provincial|State|Coalition|Party|Congress|Union|People|Central|Regional|Municipal|City|County|Territorial)\b")
GOVERNMENT_AFTER = re.compile(r"(?:['’]s)?\s+(?:government|administration|cabinet)\b")
HOLDS_AMOUNT = re.compile(r"(?:\bRs\.?|[$€£₹¥₦]|\b[A-Z]{1,3}\$)\s?\d")
# an amount of money right after a span: " $137,196,863", " US$5bn"
AMOUNT_AFTER = re.compile(r"\s+" + HOLDS_AMOUNT.pattern)
TAX_NAME = re.compile(r"\b(?:Tax|Taxes|Duty|Duties|Levy|Cess)$")
BYLINE_PLACE = re.compile(r"(?m)^By\s+[A-Z][^\n]{2,60}?\s+in\s+$")
PAREN_ALIAS = re.compile(r"[(\[]\s*(?:hereinafter(?: referred to as)?|the|or)?\s*[\"“]?([^()\[\]\"”]{2,60}?)[\"”]?[)\]]")
REGEX_RULE_IDS = {"policy_quoted_name"}

TITLE_AFTER = re.compile(
    r"^[ \t]*(?:,|\n(?!\s*\n))\s*(?:the\s+|a\s+|an\s+)?(?P<role>[^,;.:“\"()\n]{2,140}?)(?:\s*\([^)]*\))?(?=\s*(?:,|;|\.|:|\n|\bsaid\b|\bsays\b|\bwas\b|\bhas\b|\bis\b|\btold\b|\bbelieves\b|$))"
)
ORG_SPLIT = re.compile(r"\s+(?:of|at|for|with|from|to)\s+(?:the\s+)?(?=[A-Z])")


@lru_cache(maxsize=8)
def _second_role(titles: frozenset) -> re.Pattern:
    """Return the pattern of " and <title>" that starts a person's second role."""
    alternation = "|".join(map(re.escape, sorted(titles)))
    return re.compile(rf"\s+and\s+(?=(?:the\s+)?(?:[a-z-]+\s+){{0,2}}(?:{alternation})\b)", re.I)


TITLE_MODIFIERS = {"senior", "deputy", "vice", "chief", "acting", "former", "executive", "assistant", "general", "principal", "first", "prime", "lead", "managing", "interim"}


def _appositive_title(before: str, titles: frozenset) -> tuple[str | None, str | None] | None:
    """Return (title, organization) of "..., the Governor of the Central Bank of Nigeria (CBN), "
    right before a name, or None.

    An honorific and given names the model left out of the name come between: "The
    Accountant-General of the Federation, Mrs. Oluwatoyin Sakirat Madein". A body with its
    short name may come before the title: "The Central Bank of Nigeria (CBN) Governor, ".
    """
    before = HONORIFIC_TAIL.sub("", before)
    department = DEPARTMENT_TITLE.search(before)
    if department is not None:
        # "the OAGF's Director, Press and Public Relations, Bawa Mokwa": a title with its department
        owner = department.group("owner")
        return department.group("title"), (owner if owner and (BODY_NAME.search(owner) or re.fullmatch(r"[A-Z]{2,8}", owner)) else None)
    bodied = TITLE_COMMA_BODY.search(before)
    if bodied is not None and bodied.group("title").split()[-1].lower() in titles and _names_a_body(bodied.group("org")):
        return bodied.group("title"), bodied.group("org")  # "the Chairman, Edo Taskforce on Internally Generated Revenue, "
    match = APPOSITIVE_TITLE.search(before)
    if match is None:
        lower = LOWER_APPOSITIVE_TITLE.search(before)
        if lower is not None and lower.group("title").split()[-1] in titles:
            # "the country's prime minister, Christopher Luxon, whose ...", "The governor of the Bank of the Republic of Burundi (BRB), Mr. ..."
            # "Delta State governor, Rt. Hon. Sheriff Oborevwori": the place before the title is whose
            org = lower.group("org") if lower.group("org") and BODY_NAME.search(lower.group("org")) else lower.group("place")
            return lower.group("title"), org
        return None
    words = [w.lower().strip(".,") for w in match.group("title").split()]
    if not any(w in titles for w in words):
        return None
    title, organization = match.group("title"), None
    body_first = re.fullmatch(r"(?P<org>.+?)\s*\([A-Z]{2,8}\)\s+(?P<title>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})", title)
    if body_first and BODY_NAME.search(body_first.group("org")) and all(w.lower() in titles or w.lower() in TITLE_MODIFIERS for w in body_first.group("title").split()):
        return body_first.group("title"), body_first.group("org")
    of = re.match(r"(?P<title>.+?)\s+(?:of|for|at)\s+(?:the\s+)?(?P<org>.+)$", title)
    if of and BODY_NAME.search(of.group("org")):
        title, organization = of.group("title"), of.group("org")
    if organization is None and match.group("owner") and BODY_NAME.search(match.group("owner")):
        organization = match.group("owner")
    if organization is None:
        # "Cork City Council Chief Executive, Ann Doherty said": the body's name, then the title
        split = _body_then_title(title, titles, capitalised=False)
        if split is not None and BODY_NAME.search(split[0]):
            organization, title = split
    return title, organization


def _body_then_title(title: str, titles: frozenset, capitalised: bool) -> tuple[str, str] | None:
    """Return (body, title) where ``title`` opens with two or more words that are no title,
    portfolio or modifier words ("Federal Reserve | Chair", "Cork City Council | Chief
    Executive"), else None. With ``capitalised``, the body's words must all be capitalised; without,
    its small words count too ("Bank of the Republic | Governor")."""
    words = title.split()
    k = 0
    while (
        k < len(words) and (words[k][:1].isupper() or not capitalised)
        and words[k].lower() not in titles and words[k].lower() not in PORTFOLIO_WORDS and words[k].lower() not in TITLE_MODIFIERS
    ):
        k += 1
    return (" ".join(words[:k]), " ".join(words[k:])) if 2 <= k < len(words) else None


# "the Chairman, Edo Taskforce on Internally Generated Revenue, ": a title, its body, then the name
TITLE_COMMA_BODY = re.compile(
    r"(?:^|[.;:\n][”\"’]?\s*|\b(?:said|to|by|from|with|that)\s+)(?:the\s+|The\s+)?(?P<title>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s*,\s*"
    r"(?P<org>[A-Z][\w&'’-]*(?:\s+(?:of|on|for|and|the|[A-Z][\w&'’-]*)){1,8})(?:\s*,\s*[A-Z]{2,8})?\s*,\s*$"  # its short name may follow: ", IGR, "
)
# ", Chairman, House Committee on Appropriation.": the body after a person's title
BODY_AFTER_ROLE = re.compile(r"\s*,\s*(?:the\s+)?(?P<org>[A-Z][\w&'’-]*(?:\s+(?:of|on|for|and|the|[A-Z][\w&'’-]*)){1,8})(?=\s*(?:[,.;:]|$|said\b|says\b|told\b))")


def _names_a_body(name: str) -> bool:
    """Return True for a name with a word that names a body: "House Committee on Appropriation", "Edo Taskforce"."""
    return bool(BODY_NAME.search(name) or re.search(r"\bTask\s*[Ff]orce\b", name))


# "Nigeria's Minister of Finance, ", "The Accountant-General of the Federation, ", "the Governor of the CBN (CBN), "
APPOSITIVE_TITLE = re.compile(
    r"(?:^|[.;:\n][”\"’]?\s*|,[”\"’]?\s*|\b(?:said|to|by|from|with)\s+|\s(?=the\s+[a-z]+(?:'s|’s)\s))(?:the\s+|The\s+)?(?:(?P<owner>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,4})(?:'s|’s)\s+|(?:city|county|state|country|region|province|council|municipality|government)(?:'s|’s)\s+)?"
    r"(?P<title>(?:[A-Z][\w-]*\s+){0,4}[A-Z][\w-]*(?:\s+(?:of|for|at)\s+(?:the\s+)?[A-Z][\w&'’-]*(?:\s+(?:of|and|for|the|[A-Z][\w&'’-]*)){0,7})?(?:\s*\([A-Z]{2,8}\)\s+(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)?)"
    r"\s*(?:\([^)]{1,15}\))?,\s*$"
)
# "the OAGF's Director, Press and Public Relations, ": a title, its department, then the name
DEPARTMENT_TITLE = re.compile(
    r"(?:(?P<owner>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,4})(?:'s|’s)\s+|\b)"
    r"(?P<title>(?:Director|Head|Manager|Commissioner|Officer|Controller|Coordinator)(?:-General)?\s*,\s*[A-Z][\w&-]*(?:\s+(?:and|&)\s+[A-Z][\w&-]*|\s+[A-Z][\w&-]*){0,5})"
    r"\s*,\s*$"
)
# a title in lower case set off before a name: ", the country's prime minister, ", "and its chief economist, ",
# "– The governor of the Bank of the Republic of Burundi (BRB), ", "Delta State governor, "
LOWER_APPOSITIVE_TITLE = re.compile(
    r"(?:^|[,;:–—\n]\s*|\b(?:and|by)\s+|[.!?]\s+)(?:(?:the|The|its|their|his|her)\s+(?:[a-z]+['’]s\s+)?|(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s+)(?P<title>(?:[a-z-]+\s+){0,2}[a-z]+)"
    r"(?:\s+of\s+(?:the\s+)?(?P<org>[A-Z][\w&'’-]*(?:\s+(?:of|and|for|the|[A-Z][\w&'’-]*)){0,7})(?:\s*\([A-Z]{2,8}\))?)?\s*,\s*$"
)
# an honorific and given names between a title and the name the model found: ", Mrs. Oluwatoyin |Sakirat Madein"
HONORIFIC_TAIL = re.compile(rf"(?<![\w.])(?:(?:{HONORIFICS}|Chief)\.?\s+)+(?:[A-Z][a-z]+\s+){{0,2}}$")  # "Rt. Hon. Dr |Ifeanyi Ugwuanyi": all of them
# a body by the kind of its name: "Office for National Statistics", "Bank of Ghana" (used by functions
# above as well: this is the one definition)
BODY_NAME = re.compile(r"\b(?:Bank|Ministry|Committee|Commission|Agency|Authority|Bureau|Office|Department|Council|Fund|Board|Reserve|Treasury|Organi[sz]ation|Institute|Association|Service|Corporation|Company|Exchange|University)\b")


def person_role(ent: Span, titles: frozenset, text: str | None = None, ents: list | None = None) -> tuple[str | None, str | None]:
    """Return (title, organization) stated with a person's name, or (None, None).

    Three common patterns: "Ma Wei, vice chairman of the Hong Kong Mediation
    Association"; "RBI Governor Sanjay Malhotra"; "said Jerome Powell, the Fed's chair".
    """
    doc = ent.doc
    text = doc_text(doc) if text is None else text
    ents = doc.ents if ents is None else ents  # doc.ents builds new Spans on every access
    after = text[ent.end_char : ent.end_char + 200]
    match = TITLE_AFTER.match(after)
    if match and re.match(r"[a-z]+ed\s", match.group("role")):
        match = None  # "Mr. John Gaul-Lebo, commended the governor for ...": a verb, not a title
    if match:
        role = match.group("role").strip()
        role = _second_role(titles).split(role)[0]
        words = role.lower().split()
        if words and any(w.strip(".,") in titles or w.strip(".,").rstrip("s") in titles for w in words[:5]):
            parts = ORG_SPLIT.split(role, maxsplit=1)
            title = parts[0].strip()
            organization = parts[1].strip() if len(parts) > 1 else None
            role_start = ent.end_char + match.start("role")
            leading = [e for e in ents if e.label_ == "ORG" and e.start_char == role_start and e.end_char < role_start + len(title)]
            if organization is None and leading:
                # "Anna Wise, Press Association Business Reporter": the organisation, then the title
                organization, title = leading[0].text, title[len(leading[0].text) :].strip()
            if organization and all(w.lower() in PORTFOLIO_WORDS - {"treasury", "state"} or w.lower() in ("and", "affairs", "government") for w in organization.split()):
                # "China's Minister of Commerce": the portfolio is part of the title, not a body
                title, organization = f"{title} of {organization}", None
            if organization is None:
                # "Kennedy Njoku, Chairman, House Committee on Appropriation.": the body after the title
                body = BODY_AFTER_ROLE.match(after, match.end())
                if body is not None and _names_a_body(body.group("org")):
                    organization = body.group("org")
            possessive = re.match(r"^(?P<org>.+?)(?:'s|’s)\s+(?P<title>.+)$", title)
            if possessive and organization is None:
                owner = possessive.group("org")
                # a country's minister has a title, not an organisation: "China's Minister of Commerce"
                return possessive.group("title"), (None if any(e.text == owner and e.label_ in ("GPE", "NORP", "LOC") for e in ents) else owner)
            return title, organization
    # "Nigeria's Minister of Finance, Wale Edun, said", "The Governor of the Central Bank of
    # Nigeria (CBN), Olayemi Cardoso, said": the title before the name, set off by commas
    apposed = _appositive_title(text[max(0, ent.start_char - 120) : ent.start_char], titles)
    if apposed is not None:
        return apposed
    # "Professor L Alan Winters of the University of Sussex": the organisation right after the name
    of_org = re.match(r"\s+(?:of|at|from)\s+(?:the\s+)?", text[ent.end_char : ent.end_char + 12])
    named_after = [e for e in ents if of_org and e.label_ == "ORG" and e.start_char == ent.end_char + of_org.end()]
    # "RBI Governor Sanjay Malhotra", "Finance Minister Nirmala Sitharaman", "Fed Chair Jerome Powell"
    before = doc[max(0, ent.start - 8) : ent.start]
    role_tokens = []
    for token in reversed(list(before)):
        if token.is_punct or token.lower_ in ("said", "says", "by", "according", "to", "and") or "\n" in token.text:
            break  # a title never runs over a line break: "... budget\n\nFinance Minister X"
        if token.ent_type_ == "PERSON":
            break
        if token.lower_ in ("from", "with", "at", "on", "in", "about", "after", "before", "between") or (
            # "the government of President Santos", "calls for Governor X"; not "Bank of England chief", "Minister for Finance Edward Scicluna"
            token.lower_ in ("of", "for") and not (token.i > 0 and doc[token.i - 1].text[:1].isupper())
        ) or (
            token.text.islower() and token.tag_.startswith(("VB", "NN")) and token.lower_ not in titles and token.lower_ not in TITLE_MODIFIERS
            # a portfolio or party, as a noun, belongs to the title: "Carinthia's finance chief X", "FPÖ-Vienna party chief X"
            and (token.tag_.startswith("VB") or token.lower_ not in PORTFOLIO_WORDS and token.lower_ != "party")
        ):
            break  # "remarks from Governor Bullock": the title is "Governor"
        role_tokens.insert(0, token)
    if role_tokens and any(t.lower_ in titles for t in role_tokens):
        while role_tokens and role_tokens[0].lower_ in ("the", "a", "an"):
            role_tokens.pop(0)
        # a portfolio the model took for a body belongs to the title ("India's Finance Minister")
        org_tokens = [t for t in role_tokens if t.ent_type_ in ("ORG", "GPE", "NORP") and t.lower_ not in PORTFOLIO_WORDS]
        title_tokens = [t for t in role_tokens if t not in org_tokens and t.lower_ not in ("'s", "’s")]
        title = " ".join(t.text for t in title_tokens) or None
        organization = " ".join(t.text for t in org_tokens) or None
        if organization is None and title:
            # "Federal Reserve Chair Jerome Powell", where the model missed the body: two or more
            # capitalised words that are no title words name the body, the rest is the title
            split = _body_then_title(title, titles, capitalised=True)
            if split is not None:
                organization, title = split
        if organization is None and role_tokens[0].i >= 2 and doc[role_tokens[0].i - 1].text in ("'", "’") and doc[role_tokens[0].i - 2].ent_type_ == "ORG":
            # "Goldman Sachs' chief economist Jan Hatzius": the body before the possessive apostrophe
            owner = next((e for e in ents if e.start <= role_tokens[0].i - 2 < e.end), None)
            organization = re.sub(r"(?:['’]s?)$", "", owner.text) if owner is not None else None
        if title and any(w.lower() in titles for w in title.split()):
            if organization is None and named_after:
                organization = re.sub(r"(?:'s|’s)$", "", named_after[0].text)
            return title, organization
    return None, None
