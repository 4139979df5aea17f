"""Find quantities in text: numbers with their currency, scale word, unit and qualifier.

This is a character-level scanner, compiled once from the lexicons in
``rules/``. spaCy's tokenizer splits "US$3bn" or "HK$1.5" in ways that differ
from outlet to outlet, so the surface form of a number is read off the text
and only its syntax is taken from the parse (see ``extract.py``).
"""

from __future__ import annotations

from . import patterns as re  # the re functions, over a cache that holds all the rules' patterns
from .patterns import alternation
from dataclasses import dataclass, replace
from decimal import Decimal

from .lexicons import Lexicons
from .normalize import DECIMAL_COMMA_NUMBER, DIGIT_WORDS, parse_number, scale

WORD_NUMBERS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty "
    "ninety hundred"
).split()
_WORD_NUM = r"(?:" + "|".join(sorted(WORD_NUMBERS, key=len, reverse=True)) + r")"
# "twenty-five", "one hundred and twenty", "a hundred"
_DIGIT_WORD = "(?:" + "|".join(DIGIT_WORDS) + ")"  # the words normalize reads after "point"
# "one point four": a decimal said in words, as speeches are transcribed
_WRITTEN = rf"(?:{_WORD_NUM}(?:(?:[\s-]+|\s+and\s+){_WORD_NUM})*(?:\s+point(?:\s+{_DIGIT_WORD}){{1,3}}\b)?)"
# a decimal comma, as Southern African, Latin American and European outlets write: "7,9%",
# "R15,72-billion", "US$596,5 million", "R1 100,32-billion", "6,2-6,7 percent"; one or two digits after the comma,
# so never a thousands group, and only before a percent, a scale or a unit word
_DECIMAL_COMMA = (
    r"(?!(?:19|20)\d\d,)" + DECIMAL_COMMA_NUMBER + r"(?![\d,])"  # not "in 2016,17 percent more"
    r"(?=\s?%|\s?per\s?cent|\s?percent|-?\s?(?:billion|million|trillion|thousand|bn|mn|tn|m|b)\b|\s(?!(?:and|or|to|in|of|the)\b)[a-z]{3,}|\s[A-Z]{3}\b(?![\w-])"  # "43458,3 UAH"
    r"|\s?[-–]\s?" + DECIMAL_COMMA_NUMBER + r"\s?(?:%|per\s?cent|percent))"  # "by 6,2-6,7 percent": the low end of a range
)
_DIGIT_NUM = r"(?:" + _DECIMAL_COMMA + r"|(?:[¼½¾]|[13]/[24](?![\d/]))(?=\s?(?:%|per\s?cent|percent|percentage\s+points?|points?\b))|\d{1,3}(?:\s?[¼½¾⅛⅜⅝⅞]|[-\s][1-7]/[248](?![\d/]))|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?!\d|,\d)|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"


# the digits of a date or a clock time: "21/12/2017", "15:00"
DATE_OR_TIME_AROUND = re.compile(r"(?:[/.]\d{2}(?:[/.]\d{2,4})?|:\d{2}(?!\.\d))\b(?!\s*(?:%|per\s*cent|percent))|/\d{1,2}/\d{2,4}\b|/(?:19|20)\d\d\b")
DATE_OR_TIME_BEFORE = re.compile(r"(?<!\.)(?<!\.\d)\d[/:]$")  # not "12.7:54.6:32.7", a ratio of shares
# the last day of a span of days in one month: "visited Cotonou during March 11-26, 2010"
DAY_SPAN_BEFORE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?:[1-9]|[12]\d|3[01])\s?[-–]\s?$"
)
PERCENT_AFTER = re.compile(r"\s?(?:%|per\s?cent\b|percent\b)")
# the minor units of an amount in thousands, after a colon: "₦169,557,658,300:00"
KOBO_AFTER = re.compile(r"(?<=,\d{3}):00\b")


@dataclass(frozen=True, slots=True)
class RawQuantity:
    """One number found in the text, before it is classified as a metric or a change."""

    start: int  # of the quantity text (currency symbol included, qualifier excluded)
    end: int
    number_start: int
    number_end: int
    value: float
    unit: str  # "count" until a unit is known
    kind: str  # money, percent, points, physical, time, count
    qualifier: str | None
    qualifier_start: int | None
    written: bool
    signed: bool
    rule_id: str
    has_scale: bool
    core_end: int = -1  # end of the number, scale and currency, before a "per ..." tail


class QuantityFinder:
    """Finds every quantity in a text with the rules of one Lexicons."""

    def __init__(self, lexicons: Lexicons):
        self.prefix = {r["surface"]: r for r in lexicons.currencies if r["position"] == "prefix"}
        self.suffix = {r["surface"].lower(): r for r in lexicons.currencies if r["position"] == "suffix"}
        self.scales = {r["surface"].lower(): r for r in lexicons.scales}
        self.units = {r["surface"].lower(): r for r in lexicons.units}
        self.qualifiers = {r["surface"].lower(): r for r in lexicons.qualifiers}
        # One-letter currency prefixes (N, R) count only when glued to the digits.
        glued = [s for s in self.prefix if len(s) == 1 and s.isalpha()]
        spaced = [s for s in self.prefix if s not in glued]
        unit_words = list(self.units) + list(self.suffix)
        self.pattern = re.compile(
            rf"""
            (?<![\w.,/])                                   # not glued to a word or number
            (?P<sign>[-−+](?=[\d.$€£¥₹]|[A-Z]{1,3}\$))?
            (?:(?P<cur>{alternation(spaced)})\s?|(?P<cur1>{alternation(glued)})(?=\d))?
            (?P<num>{_DIGIT_NUM}|(?i:{_WRITTEN}))
            (?:(?:[ \u00a0]{{2,3}}|[\s-])?(?P<scale>(?i:{alternation(self.scales)}))(?![\w]))?
            (?:(?:[ \u00a0]{{2,3}}|[\s-])?(?P<unit>(?i:{alternation(unit_words)}))(?![\w]))?  # "48.8 billion  drams", spaced twice as printed
            (?![\w])
            """,
            re.VERBOSE,
        )
        self.fractions = {re.sub(r"[\s-]+", " ", r["surface"].lower()): r for r in lexicons.fractions}
        fraction_surfaces = [s.replace(" ", "[\\s-]+") for s in sorted(self.fractions, key=len, reverse=True)]
        self.fraction_pattern = re.compile(
            r"(?<![\w-])(?:an?\s+|one\s+)?(?P<fraction>(?i:" + "|".join(fraction_surfaces) + r"))"
            + r"(?:\s+(?P<currency>(?i:" + "|".join(re.escape(c) for c in sorted(self.suffix, key=len, reverse=True)) + r")))?(?![\w])"
        )
        qual = alternation(self.qualifiers)
        self.qualifier_before = re.compile(rf"(?i:\b(?P<q>{qual}))\s*$")
        units = alternation(self.units)
        self.per_unit = re.compile(rf"^(?:(?P<gap>[^\d,;.()]{{0,40}}?)\s|(?=/))(?P<per>(?:(?:per|a|an|each|/)\s?(?i:{units})\b\s?)+)")
        self.per_unit_part = re.compile(rf"(?:per|a|an|each|/)\s?((?i:{units}))")  # each unit of a "per ..." tail

    def find(self, text: str) -> list[RawQuantity]:
        """Return every quantity in ``text`` in order of position."""
        fractions = self._fractions(text)
        spans = [(f.start, f.end) for f in fractions]
        found = list(fractions)
        for match in self.pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in spans):
                continue  # "three-quarters of a percentage point" is one fraction
            if (
                DATE_OR_TIME_AROUND.match(text, match.end("num")) and not KOBO_AFTER.match(text, match.end("num"))
                or DATE_OR_TIME_BEFORE.search(text, max(0, match.start() - 3), match.start()) and not PERCENT_AFTER.match(text, match.end("num"))  # "57:43 percent": a ratio
                or DAY_SPAN_BEFORE.search(text, max(0, match.start() - 16), match.start()) and re.fullmatch(r"(?:[1-9]|[12]\d|3[01])", match.group("num") or "") and not PERCENT_AFTER.match(text, match.end("num"))
            ):
                continue  # "21/12/2017 15:00", "March 11-26, 2010": dates and times, no quantities
            if not match.group("num")[0].isdigit() and text[match.end("num") : match.end("num") + 1].isalpha():
                continue  # "shoes and tennis": a word that starts with a written number ("ten") and a unit ("NIS")
            quantity = self._quantity(text, match)
            if quantity is not None:
                found.append(quantity)
        found.sort(key=lambda q: q.start)
        return found

    def _fractions(self, text: str) -> list[RawQuantity]:
        """Return the fractions written as words: "a quarter-point", "half a percentage point"."""
        out = []
        for match in self.fraction_pattern.finditer(text):
            start, end = match.start(), match.end("fraction")  # "a quarter-point", article included
            row = self.fractions[re.sub(r"[\s-]+", " ", match.group("fraction").lower())]
            unit = row["unit"]
            if row["id"].startswith("frac_share") and not _is_share_fraction(text, match):
                continue
            kind = {"pp": "points", "count": "count", "%": "percent"}.get(unit, "money")
            if unit == "count" and (
                text[match.end() : match.end() + 1] == "-" or re.search(r"\bone\s+in\s+$", text[max(0, start - 8) : start], re.I) or re.match(r"\s+and\s+a\s+half\b", text[match.end() : match.end() + 14])
            ):
                continue  # "a billion-dollar deal": a modifier; "one in a million": an idiom; "a billion and a half dollars": not read
            if unit == "count" and match.group("currency"):
                unit, kind = self.suffix[match.group("currency").lower()]["code"], "money"
                end = match.end("currency")
            qualifier, qualifier_start = None, None
            before = self.qualifier_before.search(text[max(0, start - 30) : start])
            if before:
                qualifier = self.qualifiers[re.sub(r"\s+", " ", before.group("q").lower())]["qualifier"]
                qualifier_start = max(0, start - 30) + before.start("q")
            out.append(
                RawQuantity(
                    start=start, end=end, number_start=start, number_end=match.end("fraction"),
                    value=float(row["value"]), unit=unit, kind=kind, qualifier=qualifier,
                    qualifier_start=qualifier_start, written=True, signed=False, rule_id=row["id"],
                    has_scale=False, core_end=end,
                )
            )
        return out

    def _quantity(self, text: str, match: re.Match) -> RawQuantity | None:
        num_text = match.group("num")
        written = num_text[0].isalpha()
        if written and num_text.lower() == "hundred":
            return None
        value = parse_number(num_text)
        if value is None:
            return None
        rule = ["num_written" if written else "num_digits"]
        cur = match.group("cur") or match.group("cur1")
        scale_word = match.group("scale")
        unit_word = match.group("unit")
        start, end = match.start(), match.end()
        sign = match.group("sign")
        if sign and match.start() > 0 and (text[match.start() - 1] in "%)" or text[match.start() - 1].isdigit()):
            sign = None  # "1.8%-2.6%": a range dash, not a minus
            start = match.start("sign") + 1
        if sign:
            start = match.start("sign") if not cur else start
        # A unit word that is really a scale-less currency after a scale ("million yuan")
        multiplier = 1
        if scale_word:
            sw = re.sub(r"\s+", " ", scale_word.lower())
            scale_rule = self.scales[sw]
            # "m" is metres after a plain number without currency ("100 m"), a scale only
            # with a currency or glued to a decimal ("$5m", "£2.5m").
            if sw in ("m", "b", "k") and not cur and not (unit_word and unit_word.lower() in self.suffix):
                scale_word, unit_word = None, None
                end = match.end("num")
            if scale_word:
                multiplier = int(scale_rule["multiplier"])
                rule.append(scale_rule["id"])
                if multiplier >= 1_000_000 and len(re.findall(r",\d{3}(?=[,.]|$)", match.group("num"))) >= 3:
                    # "N312,634,912,672.18 billion": the digits spell the whole amount out, the
                    # scale word after them is a slip
                    multiplier = 1
                    rule.append("scale_slip")
        amount = scale(value, multiplier)
        if sign in ("-", "−"):
            amount = -amount
        unit, kind = "count", "count"
        if cur:
            row = self.prefix[cur] if cur in self.prefix else self.prefix[re.sub(r"\s+", " ", cur)]
            unit, kind = row["code"], "money"
            rule.append(row["id"])
            if unit_word and unit_word.lower() in self.suffix:
                # "US$5 billion dollars": the prefix decides; the suffix is part of the text
                pass
            elif unit_word:
                # "$5 per cent" never happens; a unit after a currency is a compound ("$80 a barrel")
                unit_word = None
                end = match.end("scale") if match.group("scale") and scale_word else match.end("num")
        if unit_word and kind != "money":
            uw = re.sub(r"\s+", " ", unit_word.lower())
            if uw in self.suffix:
                row = self.suffix[uw]
                unit, kind = row["code"], "money"
            else:
                row = self.units[uw]
                unit, kind = row["unit"], row["kind"]
                if kind == "points" and unit == "bps":
                    amount = amount / 100.0
                    unit = "pp"
            rule.append(row["id"])
        elif not unit_word and kind == "count" and not scale_word:
            end = match.end("num")
        if kind == "money" and unit_word is None and cur is None:
            kind = "count"
        # Compound units: "1 yuan ... per square meter per month", "$80 a barrel"
        core_end = end
        if kind in ("money", "count", "physical") and unit != "count":
            per = self.per_unit.match(text[end : end + 90])
            if per and re.match(r"\s*(?:earlier|ago|before|later|on|back)\b", text[end + per.end("per") : end + per.end("per") + 10]):
                per = None  # "$60.2 billion a year earlier": a time, not a rate per year
            if per and not re.search(r"\b(?:and|or|which|that|with)\b", per.group("gap") or ""):  # "$79/bbl": no gap
                parts = self.per_unit_part.findall(per.group("per"))
                symbols = [self.units[re.sub(r"\s+", " ", p.lower())]["unit"] for p in parts]
                if symbols and all(s not in ("%", "pp", "bps") for s in symbols):
                    unit = "/".join([unit, *symbols])
                    end = end + per.end("per")
                    while text[end - 1].isspace():
                        end -= 1
                    rule.append("unit_compound")
        qualifier, qualifier_start = None, None
        before = self.qualifier_before.search(text[max(0, start - 30) : start])
        if before:
            row = self.qualifiers[re.sub(r"\s+", " ", before.group("q").lower())]
            qualifier = row["qualifier"]
            qualifier_start = max(0, start - 30) + before.start("q")
            rule.append(row["id"])
        return RawQuantity(
            start=start,
            end=end,
            number_start=match.start("num"),
            number_end=match.end("num"),
            value=amount,
            unit=unit,
            kind=kind,
            qualifier=qualifier,
            qualifier_start=qualifier_start,
            written=written,
            signed=bool(sign),
            rule_id="+".join(rule),
            has_scale=bool(scale_word),
            core_end=core_end,
        )


# what a share's fraction is of: "a third of global exports", "half its export revenue"; not a
# time ("the first half of the year", "three quarters of 2024") nor a fraction of a unit
SHARE_OF_AFTER = re.compile(
    r"\s+(?:of\s+(?!(?:the\s+|this\s+|that\s+|last\s+|next\s+|a\s+|an\s+)?(?:(?:fiscal|financial|calendar|current|previous|same)\s+)?"
    r"(?:year|month|quarter|decade|century|day|week|period|percentage|point|per\s*cent|percent|cent|\d|January|February|March|April|May|June|July|August|September|October|November|December|FY)\b)"
    r"|(?:its|their|his|her|our|the|all)\s+(?!(?:year|month|quarter|decade|century|time|way|story|battle|fun)\b))",
    re.I,
)
# a time's or a way's half: "the first half", "a year and a half", "the latter half", "half-way"
HALF_OF_TIME_BEFORE = re.compile(r"(?:\b(?:first|second|third|fourth|latter|last|past|next|earlier|coming|this|that|other|and|better|a|the|my|your)|['’]s|s['’])\s+$", re.I)  # "PNG's half of New Guinea": a part, no share


def _is_share_fraction(text: str, match: re.Match) -> bool:
    """Return True where a fraction written as words is a share of something: "around a third
    of global phosphate exports", "nearly half global reserves", "one-fifth of the budget"."""
    fraction = match.group("fraction").lower()
    start = match.start()
    if text[match.end("fraction") : match.end("fraction") + 1] == "-":
        return False  # "half-way", "one-third-owned"
    if fraction.startswith("one in"):
        return bool(re.match(r"\s+(?:of\s+)?(?:the\s+|its\s+|all\s+)?[a-z]", text[match.end("fraction") : match.end("fraction") + 12]))  # "One in four new jobs"
    if fraction == "half" or fraction == "one half":
        if match.group(0).lower().startswith(("a ", "an ")) or HALF_OF_TIME_BEFORE.search(text, max(0, start - 12), start):
            return False
        after = SHARE_OF_AFTER.match(text, match.end("fraction"))
        qualified = re.search(r"\b(?:nearly|almost|about|around|over|roughly|some|more\s+than|less\s+than|under|just\s+under|just\s+over|close\s+to|well\s+over)\s+$", text[max(0, start - 16) : start], re.I)
        noun_after = re.match(r"\s+(?:of\s+)?(?:the\s+)?(?:global|world|total|annual|national)\s+[a-z]", text[match.end("fraction") : match.end("fraction") + 30], re.I)
        return bool(after or qualified and noun_after)
    if not re.match(r"(?:an?|one)[\s-]", match.group(0), re.I) and not re.match(r"(?:two|three|four)\b", fraction):
        return False  # "the third quarter": an ordinal
    if re.search(r"\b(?:first|last|past|next|the)\s+$", text[max(0, start - 8) : start], re.I):
        return False  # "the first three quarters of the year"
    return bool(re.match(r"\s+of\s", text[match.end("fraction") : match.end("fraction") + 4]) and SHARE_OF_AFTER.match(text, match.end("fraction")))


def with_unit_of(low: RawQuantity, high: RawQuantity, text: str) -> RawQuantity:
    """Return the low end of a range ("4-5%", "$10 to 12 billion") with the high end's scale and unit."""
    value = Decimal(str(abs(low.value)))
    if high.has_scale and not low.has_scale:
        number = parse_number(text[low.number_start : low.number_end])
        high_number = parse_number(text[high.number_start : high.number_end])
        if number is not None and high_number:
            value = number * (Decimal(str(abs(high.value))) / high_number)
    sign = -1 if low.value < 0 else 1
    return replace(low, value=sign * float(value), unit=high.unit, kind=high.kind, has_scale=high.has_scale)
