"""Pure normalisation helpers: numbers, scales, units and periods. No spaCy here.

Every function is a small pure function with doctests, so the rules that turn
"186.4 billion" into 186400000000 or "first three quarters of 2024" into an
ISO range can be read and checked without loading a model.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from functools import lru_cache

MONTHS = {
    name.lower(): i
    for i, name in enumerate(calendar.month_name)
    if name
}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}
SMALL_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}

_DIGITS = re.compile(r"^[+-]?(?:\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?$")  # "6,00,522": Indian grouping
# a number with a decimal comma, spaces between its thousands: "7,9", "1859,07", "1 100,32"
DECIMAL_COMMA_NUMBER = r"(?:\d{1,3}(?:[ \u00a0]\d{3})+|\d{1,6}),\d{1,2}"
_DECIMAL_COMMA = re.compile(rf"^[+-]?{DECIMAL_COMMA_NUMBER}$")
# "3¼", "4-1/4", "2 1/2", "½": a whole number and a fraction, as central banks write rates
VULGAR_FRACTIONS = {"¼": "0.25", "½": "0.5", "¾": "0.75", "⅛": "0.125", "⅜": "0.375", "⅝": "0.625", "⅞": "0.875"}
_MIXED = re.compile(r"^(?:(?P<whole>\d+)?\s?(?P<vulgar>[¼½¾⅛⅜⅝⅞])|(?:(?P<whole2>\d+)[-\s])?(?P<num>\d)/(?P<den>[248]))$")


def parse_number(text: str) -> Decimal | None:
    """Return the value of a number written in digits or words, or None.

    >>> parse_number("186.4")
    Decimal('186.4')
    >>> parse_number("10,000")
    Decimal('10000')
    >>> parse_number("twenty-five")
    Decimal('25')
    >>> parse_number("three")
    Decimal('3')
    >>> parse_number("3¼"), parse_number("4-1/2"), parse_number("2 3/4"), parse_number("1/4")
    (Decimal('3.25'), Decimal('4.5'), Decimal('2.75'), Decimal('0.25'))
    >>> parse_number("6,00,522"), parse_number("1,23,45,678")
    (Decimal('600522'), Decimal('12345678'))
    >>> parse_number("1,2,3") is None
    True
    >>> parse_number("7,9"), parse_number("1 100,32")
    (Decimal('7.9'), Decimal('1100.32'))
    """
    cleaned = text.strip().replace("\u2212", "-")
    if not cleaned:
        return None
    mixed = _MIXED.match(cleaned)
    if mixed:
        whole = Decimal(mixed.group("whole") or mixed.group("whole2") or 0)
        if mixed.group("vulgar"):
            return whole + Decimal(VULGAR_FRACTIONS[mixed.group("vulgar")])
        numerator, denominator = int(mixed.group("num")), int(mixed.group("den"))
        return whole + Decimal(numerator) / Decimal(denominator) if numerator < denominator else None
    if _DECIMAL_COMMA.match(cleaned):  # "7,9", "1 100,32": a decimal comma, spaces between thousands
        return Decimal(re.sub(r"[\s\u00a0]", "", cleaned).replace(",", "."))
    if _DIGITS.match(cleaned) and any(ch.isdigit() for ch in cleaned):
        try:
            return Decimal(cleaned.replace(",", ""))
        except InvalidOperation:
            return None
    return _parse_words(cleaned.lower())


DIGIT_WORDS = {w: str(k) for k, w in enumerate("zero one two three four five six seven eight nine".split())}


@lru_cache(maxsize=4096)
def _parse_words(words: str) -> Decimal | None:
    # text2num knows the whole English number grammar ("one hundred and five");
    # a lone "one".."twelve" is looked up directly because text2num refuses
    # some of them on their own in English ("one" is ambiguous for it).
    if words in SMALL_NUMBERS:
        return Decimal(SMALL_NUMBERS[words])
    whole, point, decimals = words.partition(" point ")
    if point:
        # "one point four": the whole number, then each decimal digit said alone
        digits = [DIGIT_WORDS.get(w) for w in decimals.split()]
        whole_value = _parse_words(whole.strip())
        if whole_value is None or not digits or None in digits:
            return None
        return whole_value + Decimal("0." + "".join(digits))
    try:
        from text_to_num import text2num

        return Decimal(text2num(words.replace(" and ", " "), "en"))
    except (ValueError, ImportError):
        return None


def scale(value: Decimal, multiplier: Decimal | int) -> float:
    """Return ``value`` times a scale word's multiplier, as a float without binary noise.

    >>> scale(Decimal("186.4"), 10**9)
    186400000000.0
    >>> scale(Decimal("110.03"), 10**9)
    110030000000.0
    >>> scale(Decimal("1.2"), 10**7)
    12000000.0
    """
    return float(value * Decimal(multiplier))


# --------------------------------------------------------------------------- periods

def _iso(d: date) -> str:
    return d.isoformat()


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _nearest_year(year: int, month: int, published: date | None) -> int:
    """Return the year of the end of ``month`` nearest to ``published``: a deadline "by March"
    said in February is the coming March, one said in May the March just gone."""
    if published is None:
        return year
    return min((year - 1, year, year + 1), key=lambda y: abs((month_end(y, month) - published).days))


def _default_year(month: int, published: date | None) -> int | None:
    """Return the year of a month named without one: the publication year, or the one before
    when that month is still to come at publication."""
    if published is None:
        return None
    return published.year if month <= published.month else published.year - 1


def _number_word(token: str) -> int | None:
    token = token.lower()
    if token.isdigit():
        return int(token)
    return SMALL_NUMBERS.get(token) or ORDINALS.get(token)


ROMAN_QUARTERS = {"I": 1, "II": 2, "III": 3, "IV": 4}
_MONTH_RE = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_NUM_RE = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_ORD_RE = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
_YEAR_RE = r"(?:19|20)\d\d"

PERIOD_PATTERN = re.compile(
    rf"""
    (?P<yeartodate>\b(?:(?P<ytd_fiscal>(?:financial|fiscal)\ )?year[-\ ]to[-\ ]date|YTD|so\ far\ this\ year|since\ the\ (?:start|beginning)\ of\ (?:the|this)\ year)\b)
    | (?P<stock>\b(?:up\ to\ now|so\ far|to\ date|as\ of\ now|until\ now|up\ till\ now)\b)
    | (?P<fypart>\b(?:(?:fiscal|financial)[-\ ](?:(?P<fp_ord1>{_ORD_RE})[-\ ](?P<fp_unit1>half|quarter)|Q(?P<fp_q1>[1-4])|H(?P<fp_h1>[12]))\b
        |(?:(?P<fp_ord2>{_ORD_RE})\ (?P<fp_unit2>half|quarter)|Q(?P<fp_q2>[1-4])|H(?P<fp_h2>[12]))\ (?:of\ )?(?:the\ |this\ |the\ current\ )?
          (?:(?:fiscal|financial)(?:\ year)?(?!\ ?'?\d)|(?:fiscal(?:\ year)?|financial\ year|FY)\ ?'?(?P<fp_y1>{_YEAR_RE}|\d\d)(?:\ ?[-–/]\ ?(?P<fp_y2>{_YEAR_RE}|\d\d))?|(?P<fp_b1>{_YEAR_RE})[-–/](?P<fp_b2>\d\d))\b(?![-–/]\d)))
    | (?P<thefy>\bthe\s(?:fiscal|financial)\syear(?P<thefy_end>['’]s\send)?\b(?!\s?(?:\([A-Z]{{2,4}}\)\s?)?'?\d|\s(?:ended|ending|to|that|which|beginning|starting|from)\b))
    | (?P<relfy>\b(?:(?P<rfq_n>Q[1-4])|(?P<rfq_ord>{_ORD_RE})\squarter)?(?:\sof)?\s?(?:the\s)?(?P<rfy>current|coming|upcoming|forthcoming|ensuing|next|this|last|previous|preceding)\s(?:fiscal(?:\syear)?|financial\syear|budget\syear|business\syear)\b)
    | (?P<fyq>\b(?:Q(?P<fyq_n>[1-4])|(?P<fyq_ord>{_ORD_RE}|last|final)\squarter)\s(?:of\s)?(?:the\s)?(?:FY|fiscal(?:\ year)?|financial\ year)\s?'?(?P<fyq1>{_YEAR_RE}|\d\d)(?:\s?[-–/]\s?(?P<fyq2>{_YEAR_RE}|\d\d))?\b)
    | (?P<quarter_n>\bQuarter\s(?P<qn>[1-4]|IV|I{{1,3}})(?:\s\([^)]{{0,30}}\))?,?[\s-](?P<qn_year>{_YEAR_RE})\b)
    | (?P<fy>\b(?:fiscal(?:\ year)?|financial\ year|FY|budget\ year)(?:\s\(FY\))?\s?'?(?P<fy1>{_YEAR_RE}|\d\d)(?:\s?[-–/]\s?(?P<fy2>{_YEAR_RE}|\d\d))?\b)
    | (?P<fyfirst>\b(?:first|opening)\s(?P<ff_n>{_NUM_RE})\s(?P<ff_unit>months|quarters)\s(?:of|in)\s(?:the\s)?(?:fiscal|financial|budget)(?:\ year)?\s?'?(?P<ff_y1>{_YEAR_RE}|\d\d)(?:\s?[-–/]\s?(?P<ff_y2>{_YEAR_RE}|\d\d))?\b)
    | (?P<fyafter>\b(?P<fya1>{_YEAR_RE})\s?[-–/]\s?(?P<fya2>{_YEAR_RE}|\d\d)\s?(?:FY|(?:fiscal|financial|budget)\ year|fiscal)\b)
    | (?P<fybare>\b(?P<fyb1>{_YEAR_RE})(?:\s?[-–/]\s?(?P<fyb2>\d\d)|/(?P<fyb2l>{_YEAR_RE}))\b(?![-–/]))
    | (?P<yspan>(?<![\d/.-])\b(?P<ys1>{_YEAR_RE})\s?[-–]\s?(?P<ys2>{_YEAR_RE})\b(?![-–/]\d)(?!["”’]?\s(?:strategy|vision|agenda)\b))
    | (?P<lastmonths>\b(?:last|final|closing)\s(?P<lm_n>{_NUM_RE})\s(?P<lm_unit>months|quarters)\sof\s(?:the\s|this\s)?year\b)
    | (?P<iranyear>\b(?:(?:first|opening)\s(?P<ir_n>{_NUM_RE})\s(?P<ir_unit>months?|quarters?)\s(?:of|in)\s|(?P<ir_q>{_ORD_RE})\squarter\s(?:of|in)\s|(?P<ir_h>first|second|1st|2nd)\shalf\s(?:of|in)\s)?(?:the\s)?(?P<ir_rel>current|present|this|past|last|previous|preceding)\sIranian\s(?:calendar\s|fiscal\s)?year\b)
    | (?P<ytd>(?:\b(?:first|opening)|\bthe(?=\s(?:{_NUM_RE})\smonths\s(?:of|in)\s(?:this\syear\b|{_YEAR_RE}\b)))\s(?P<n>{_NUM_RE})\s(?P<unit>months?|quarters?)\b(?:\s(?:of|in)\s(?:(?P<ytd_rel>this|last|the\ current|the\ previous)\ year|(?:the\s)?(?:year\b\s?)?(?P<ytd_year>{_YEAR_RE})?))?)
    | (?P<rolling>\b(?:the\s)?(?P<roll_n>{_NUM_RE})\s(?P<roll_unit>months|quarters)\s(?:to|ending|ended|through)\s(?:in\s)?(?:the\ end\ of\ |end-)?(?:\d{{1,2}}\s)?(?P<roll_month>{_MONTH_RE})(?:\s\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s(?P<roll_year>{_YEAR_RE}))?\b)
    | (?P<dayrange>\b(?:(?P<dr_between>between\s)|from\s)?(?:(?P<dr_d1>\d{{1,2}})(?:st|nd|rd|th)?\s(?P<dr_m1>{_MONTH_RE})|(?P<dr_m1b>{_MONTH_RE})\s(?P<dr_d1b>\d{{1,2}})(?:st|nd|rd|th)?)(?:,?\s(?P<dr_y1>{_YEAR_RE}))?\s?(?(dr_between)and|(?:to|until|till|through|-|–))\s?(?:(?P<dr_d2>\d{{1,2}})(?:st|nd|rd|th)?\s(?P<dr_m2>{_MONTH_RE})|(?P<dr_m2b>{_MONTH_RE})\s(?P<dr_d2b>\d{{1,2}})(?:st|nd|rd|th)?)(?:,?\s(?P<dr_y2>{_YEAR_RE}))?\b)
    | (?P<day>\b(?P<day_month>{_MONTH_RE})\s(?P<day_n>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s?(?:[-–]|to)\s?\d)(?:,?\s(?P<day_year>{_YEAR_RE}))?)
    | (?P<dayfirst>(?<![\d.,$£€¥₹-])\b(?P<df_n>\d{{1,2}})(?:st|nd|rd|th)?\s(?:of\s)?(?=(?-i:[A-Z]))(?P<df_month>{_MONTH_RE})\b(?:,?\s(?P<df_year>{_YEAR_RE}))?)
    | (?P<half>\b(?P<hord>first|second|1st|2nd)[\s-](?:half|semester)\b(?:\s(?:of|in)\s(?:(?:the\s)?(?:year\s)?(?P<half_year>{_YEAR_RE})|(?:a|the|this)\s(?P<half_fy>financial|fiscal)\syear\b|(?:the\s)?(?P<half_rel>next|this|last|previous|preceding|current)\syear\b))?|\bH(?P<hnum>[12])\s?(?P<half_year2>{_YEAR_RE})?\b)
    | (?P<monthrel>\b(?P<mrel_month>{_MONTH_RE})\s(?:of\s)?(?P<mrel>last|this|next|the\ previous|the\ current)\syear\b)
    | (?P<lastpart>\b(?:last|final|closing)\s(?P<lp_unit>quarter|half|month)\s(?:of|in)\s(?:the\s)?(?:year\s)?(?:(?P<lp_year>{_YEAR_RE})\b|(?P<lp_rel>this|last|previous|current)\syear\b))
    | (?P<qrange>\bfrom\s(?:the\s)?(?:(?P<qr_o1>{_ORD_RE})\squarter\s(?:of\s)?|Q(?P<qr_n1>[1-4])\s?)(?P<qr_y1>{_YEAR_RE})\s(?:through|until|till)\s(?:the\s)?(?:(?P<qr_o2>{_ORD_RE})\squarter\s(?:of\s)?|Q(?P<qr_n2>[1-4])\s?)(?P<qr_y2>{_YEAR_RE})\b)
    | (?P<quarter>\b(?P<qord>{_ORD_RE}|(?-i:IV|III|II|I))[\s-](?:quarter|trimester)\b(?:\s(?:(?:of|in)\s(?:the\s)?(?:year\s)?)?(?P<q_year>{_YEAR_RE})\b|\s(?:of|in)\s(?:the\s)?(?P<q_rel>this|last|next|previous|current)\syear\b)?|\bQ(?P<qnum>[1-4])\s?(?:of\s)?(?P<q_year2>{_YEAR_RE})?\b)
    | (?P<myrange>\b(?:(?P<myr_between>between\s)|(?:(?<=period\s)|(?<=during\s)|(?<=over\s)|(?<=throughout\s)|(?<=\())(?:from\s)?|(?:from\s)?(?={_MONTH_RE}\s{_YEAR_RE}\s(?:through|till|until)\s))(?P<my_m1>{_MONTH_RE})\s(?P<my_y1>{_YEAR_RE})\s?(?(myr_between)and\s|(?:to|through|till|until|-|–)\s?)(?P<my_m2>{_MONTH_RE})\s(?:(?P<my_y2>{_YEAR_RE})|(?P<my_rel2>this|last)\syear)\b)
    | (?P<mrange>\b(?:(?P<mr_between>between\s)|from\s)?(?P<m1>{_MONTH_RE})\s?(?(mr_between)and\s|(?:-to-|to|-|–|through|till|until)\s?)(?P<m2>{_MONTH_RE})(?:,?\s(?P<mr_year>{_YEAR_RE})|\s(?:of\s)?(?P<mr_rel>this|last|next)\syear\b)?)
    | (?P<yrange>\b(?:(?P<yr_between>between)|from)\s(?P<yr1>{_YEAR_RE})\s(?(yr_between)and|(?:to|through|until))\s(?P<yr2>{_YEAR_RE})\b)
    | (?P<asofday>\b(?:as\ of|as\ at|by|at\ the\ end\ of|until|through)\s(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s)?(?:(?P<ad_month>{_MONTH_RE})\s(?P<ad_day>\d{{1,2}})(?:st|nd|rd|th)?|(?P<ad_day2>\d{{1,2}})(?:st|nd|rd|th)?\s(?P<ad_month2>{_MONTH_RE})),?\s(?P<ad_year>{_YEAR_RE})\b)
    | (?P<bymid>\bby\ (?:the\ middle\ of\ (?:(?P<mid_rel>this|next|the)\ year\b|(?P<mid_year>{_YEAR_RE})\b)|mid-?\s?(?P<mid_year2>{_YEAR_RE})\b))
    | (?P<endof>\b(?:by|as\ of|as\ at|at)\ (?:the\ )?end(?:\ of|-|\ (?={_MONTH_RE}\b))\s?(?:(?P<end_rel>this|next|last|the)\ year\b|(?:(?P<end_month>{_MONTH_RE})(?:\s(?={_YEAR_RE}))?)?(?:(?:the\s)?(?:FY|fiscal\syear|financial\syear)\s?(?={_YEAR_RE}))?(?P<end_year>{_YEAR_RE})?(?:(?<=\d)\s?[-–/]\s?(?P<end_fy2>{_YEAR_RE}|\d\d)\b)?))
    | (?P<till>\b(?:till|until|up\ to|upto|after)\s(?:the\ end\ of\ )?(?P<till_month>{_MONTH_RE})\b(?!\s\d{{1,2}}\b)(?:,?\s(?P<till_year>{_YEAR_RE}))?)
    | (?P<asof>\b(?:as\ of|as\ at|by)\s(?:(?:the\ )?end\ of\ )?(?P<asof_month>{_MONTH_RE})(?:\s(?P<asof_year>{_YEAR_RE}))?\b)
    | (?P<yearto>\b(?:the\ )?(?:year|12\ months|twelve\ months)\ (?:(?:that|which)\ )?(?:to|ended|ending|through)(?:\ in)?\s(?:(?:the\ )?end\ of\ |end-|the\ (?=\w+\squarter))?(?P<yt_month>{_MONTH_RE})(?:\s(?P<yt_day>\d{{1,2}}))?(?:\s(?P<yt_quarter>quarter))?,?(?:\s(?P<yt_year>{_YEAR_RE}))?\b)
    | (?P<monthquarter>\b(?P<mq_month>March|June|September|December|Sept?)\s(?:quarter|qtr)\b(?:(?:\s|,\s|\sof\s)(?P<mq_year>{_YEAR_RE}))?)
    | (?P<relunit>\b(?P<rel>last|this|next|previous|past|current)\s(?P<rel_unit>month|quarter|week)\b)
    | (?P<today>\b(?:today|tonight)\b)
    | (?P<weekday>\b(?:on\s)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!['’]s\b))
    | (?P<pastyear>\b(?:in\ )?the\ past\ (?P<past_n>{_NUM_RE}\ )?(?P<past_unit>years?|months?)\b)
    | (?P<nextyears>\b(?:in\ )?the\ (?:next|coming)\ (?P<next_n>{_NUM_RE})\ years\b)
    | (?P<month>\b(?P<mon>{_MONTH_RE})(?:\s(?:of\s)?(?P<mon_year>{_YEAR_RE}))?\b(?!(?-i:\s(?:Update|Budget|Statement|Review|Report|Forecast|Outlook|Survey|Plan|Meeting|Minutes|Economic|Fiscal|Policy|Quarterly|Monetary|Financial|Half-Year|statement|review|report|policy|resolution|minutes|forecasts?|projections?|update|meeting|session|budget|election)\b)))
    | (?P<relyear>\b(?:last|this|next|previous|preceding|prior)\ year\b)
    | (?P<year>\b(?P<y>{_YEAR_RE})\b)
    """,
    re.IGNORECASE | re.VERBOSE,
)


def normalize_period(
    text: str, published: date | None, fiscal_start: int = 4, fiscal_named_by: str = "end"
) -> tuple[str | None, str | None] | None:
    """Return (start, end) ISO dates for a time expression, or None when it names no period.

    >>> normalize_period("the first three quarters of 2024", None)
    ('2024-01-01', '2024-09-30')
    >>> normalize_period("From January to October 2024", None)
    ('2024-01-01', '2024-10-31')
    >>> normalize_period("From January to October", date(2024, 12, 20))
    ('2024-01-01', '2024-10-31')
    >>> normalize_period("between February and June", date(2020, 10, 6))
    ('2020-02-01', '2020-06-30')
    >>> normalize_period("between 2019 and 2023", None)
    ('2019-01-01', '2023-12-31')
    >>> normalize_period("20th September 2022", None)
    ('2022-09-20', '2022-09-20')
    >>> normalize_period("the next two years", date(2024, 12, 11))
    ('2025-01-01', '2026-12-31')
    >>> normalize_period("up to now", date(2024, 12, 20))
    (None, '2024-12-20')
    >>> normalize_period("by the end of this year", date(2025, 9, 17))
    (None, '2025-12-31')
    >>> normalize_period("by the middle of this year", date(2025, 2, 18))
    (None, '2025-06-30')
    >>> normalize_period("by the end of 2023", None)
    (None, '2023-12-31')
    >>> normalize_period("in 2023", None)
    ('2023-01-01', '2023-12-31')
    >>> normalize_period("the third quarter of 2024", None)
    ('2024-07-01', '2024-09-30')
    >>> normalize_period("the last quarter of 2022", date(2023, 5, 22))
    ('2022-10-01', '2022-12-31')
    >>> normalize_period("Q2 2025", None)
    ('2025-04-01', '2025-06-30')
    >>> normalize_period("the first half of 2025", None)
    ('2025-01-01', '2025-06-30')
    >>> normalize_period("the first half of a financial year", date(2025, 10, 21))
    ('2025-04-01', '2025-09-30')
    >>> normalize_period("the fiscal first half", date(2017, 10, 19))
    ('2017-04-01', '2017-09-30')
    >>> normalize_period("the first quarter of 2019-20", None)
    ('2019-04-01', '2019-06-30')
    >>> normalize_period("the second half of the fiscal", date(2018, 8, 1))
    ('2018-10-01', '2019-03-31')
    >>> normalize_period("the first half of fiscal 2017", None, fiscal_named_by="start")
    ('2017-04-01', '2017-09-30')
    >>> normalize_period("October 2024", None)
    ('2024-10-01', '2024-10-31')
    >>> normalize_period("FY2024-25", None)
    ('2024-04-01', '2025-03-31')
    >>> normalize_period("in the past year", date(2024, 12, 20))
    ('2023-12-21', '2024-12-20')
    >>> normalize_period("Q1 of FY 2024-25", None)
    ('2024-04-01', '2024-06-30')
    >>> normalize_period("2024-25", None, fiscal_start=7)
    ('2024-07-01', '2025-06-30')
    >>> normalize_period("2024-25", None, fiscal_start=1)
    (None, None)
    >>> normalize_period("2023-2024", None, fiscal_start=4)
    ('2023-04-01', '2024-03-31')
    >>> normalize_period("in 2007-2008", None, fiscal_start=1)
    ('2007-01-01', '2008-12-31')
    >>> normalize_period("from third quarter 2015 through third quarter 2018", None)
    ('2015-07-01', '2018-09-30')
    >>> normalize_period("in the year to September", date(2024, 12, 11))
    ('2023-10-01', '2024-09-30')
    >>> normalize_period("the year that ended in March", date(2018, 4, 19))
    ('2017-04-01', '2018-03-31')
    >>> normalize_period("the Seven Months Ended 31 January 2009", None)
    ('2008-07-01', '2009-01-31')
    >>> normalize_period("in the year to the December quarter", date(2025, 2, 18))
    ('2024-01-01', '2024-12-31')
    >>> normalize_period("the second half of next year", date(2025, 2, 18))
    ('2026-07-01', '2026-12-31')
    >>> normalize_period("the September quarter", date(2024, 12, 11))
    ('2024-07-01', '2024-09-30')
    >>> normalize_period("last month", date(2024, 12, 11))
    ('2024-11-01', '2024-11-30')
    >>> normalize_period("on Wednesday", date(2024, 12, 13))
    ('2024-12-11', '2024-12-11')
    >>> normalize_period("today", date(2024, 12, 11))
    ('2024-12-11', '2024-12-11')
    >>> normalize_period("fiscal 2017", None, fiscal_named_by="start")
    ('2017-04-01', '2018-03-31')
    >>> normalize_period("in the coming fiscal year", date(2024, 3, 26))
    ('2024-04-01', '2025-03-31')
    >>> normalize_period("Q1 of the previous financial year", date(2024, 8, 30))
    ('2023-04-01', '2023-06-30')
    >>> normalize_period("In the first seven months of this year", date(2020, 8, 14))
    ('2020-01-01', '2020-07-31')
    >>> normalize_period("the three months to January", date(2019, 3, 12))
    ('2018-11-01', '2019-01-31')
    >>> normalize_period("SEOUL, Aug. 27", date(2024, 8, 27))
    ('2024-08-27', '2024-08-27')
    >>> normalize_period("in the last three months of the year", date(2020, 10, 6))
    ('2020-10-01', '2020-12-31')
    >>> normalize_period("As of March 31, 2024", None)
    (None, '2024-03-31')
    >>> normalize_period("Quarter 3 (July to Sept) 2022", None)
    ('2022-07-01', '2022-09-30')
    """
    match = PERIOD_PATTERN.search(text)
    if match is None:
        return None
    return _resolve(match, published, fiscal_start, fiscal_named_by)


def fiscal_year(first_year: int, fiscal_start: int) -> tuple[str | None, str | None]:
    """Return the ISO range of the fiscal year that starts in ``first_year`` (None, None if unknown).

    >>> fiscal_year(2024, 4)
    ('2024-04-01', '2025-03-31')
    >>> fiscal_year(2024, 10)
    ('2024-10-01', '2025-09-30')
    """
    if fiscal_start == 1:
        return (None, None)  # the country keeps calendar years: "2024-25" says no more than the text
    end_month = fiscal_start - 1
    return (_iso(date(first_year, fiscal_start, 1)), _iso(month_end(first_year + 1, end_month)))


def _full_year(value: str, century_of: int | None = None) -> int:
    year = int(value)
    return year + 2000 if year < 100 else year


WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def _quarter_of(d: date) -> tuple[date, date]:
    first = 3 * ((d.month - 1) // 3) + 1
    return date(d.year, first, 1), month_end(d.year, first + 2)


def _fiscal_part(g: dict, published: date | None, fiscal_start: int, fiscal_named_by: str):
    """Return a half or quarter of a fiscal year: "the fiscal first half" and "the second quarter
    of the fiscal" of the fiscal year under way at publication, "the first quarter of 2019-20" and
    "the first half of fiscal 2017" of the year named (in Japan fiscal 2017 starts in April 2017)."""
    if fiscal_start == 1 and fiscal_named_by == "calendar" and g["fp_y1"] and g["fp_y2"] is None:
        fiscal_named_by = "start"  # "the first half of fiscal 2024" where the budget year is the calendar year
    elif fiscal_start == 1:
        fiscal_start = 4  # an unknown country's, or one with the calendar year: a fiscal year said outright is most often April's
    half = (g["fp_unit1"] or g["fp_unit2"] or "").lower() == "half" or bool(g["fp_h1"] or g["fp_h2"])
    n = g["fp_q1"] or g["fp_q2"] or g["fp_h1"] or g["fp_h2"]
    n = int(n) if n else ORDINALS[(g["fp_ord1"] or g["fp_ord2"]).lower()]
    if n > (2 if half else 4):
        return None
    if g["fp_b1"]:
        first = int(g["fp_b1"])
        if (first + 1) % 100 != int(g["fp_b2"]):
            return None  # "2019-25" is no fiscal year
    elif g["fp_y1"]:
        first = _full_year(g["fp_y1"])
        if g["fp_y2"] is None and fiscal_named_by != "start":
            first -= 1  # "the first half of FY25": of the year that ends in 2025
    elif published is not None:
        first = published.year if published.month >= fiscal_start else published.year - 1
    else:
        return None
    return fiscal_part(first, fiscal_start, n, 6 if half else 3)


def fiscal_part(first: int, fiscal_start: int, n: int, months: int) -> tuple[str, str]:
    """Return (start, end) of the ``n``-th part of ``months`` months of the fiscal year that
    starts in ``fiscal_start`` of year ``first``.

    >>> fiscal_part(2018, 4, 2, 6)
    ('2018-10-01', '2019-03-31')
    """
    month0 = fiscal_start - 1 + months * (n - 1)
    end0 = month0 + months - 1
    return (_iso(date(first + month0 // 12, month0 % 12 + 1, 1)), _iso(month_end(first + end0 // 12, end0 % 12 + 1)))


def _resolve(match: re.Match, published: date | None, fiscal_start: int = 4, fiscal_named_by: str = "end"):  # noqa: C901
    g = match.groupdict()
    pub_year = published.year if published else None
    if g["yeartodate"]:
        if published is None:
            return None
        if g["ytd_fiscal"] and fiscal_start != 1:
            # "the financial year to date", in the UK in September: since April
            year = published.year if published.month >= fiscal_start else published.year - 1
            return (f"{year}-{fiscal_start:02d}-01", _iso(published))
        return (_iso(published.replace(month=1, day=1)), _iso(published))
    if g["yearto"]:
        month = MONTHS.get(g["yt_month"].lower().rstrip("."))
        year = int(g["yt_year"]) if g["yt_year"] else _default_year(month, published)
        if month is None or year is None:
            return None
        end = date(year, month, int(g["yt_day"])) if g["yt_day"] and int(g["yt_day"]) <= 31 else month_end(year, month)
        start = (month_end(year - 1, month) + timedelta(days=1)) if not g["yt_day"] else end.replace(year=end.year - 1) + timedelta(days=1)
        return (_iso(start), _iso(end))
    if g["monthquarter"]:
        month = MONTHS.get(g["mq_month"].lower().rstrip("."))
        year = int(g["mq_year"]) if g["mq_year"] else _default_year(month, published)
        if month is None or year is None:
            return None
        return (_iso(date(year, month - 2, 1)), _iso(month_end(year, month)))
    if g["relunit"]:
        if published is None:
            return None
        rel, unit = g["rel"].lower(), g["rel_unit"].lower()
        step = {"last": -1, "previous": -1, "past": -1, "this": 0, "current": 0, "next": 1}[rel]
        if unit == "month":
            month0 = published.year * 12 + published.month - 1 + step
            year, month = divmod(month0, 12)
            return (_iso(date(year, month + 1, 1)), _iso(month_end(year, month + 1)))
        if unit == "quarter":
            start, _ = _quarter_of(published)
            month0 = start.year * 12 + start.month - 1 + 3 * step
            year, month = divmod(month0, 12)
            return (_iso(date(year, month + 1, 1)), _iso(month_end(year, month + 3)))
        monday = published - timedelta(days=published.weekday()) + timedelta(weeks=step)
        return (_iso(monday), _iso(monday + timedelta(days=6)))
    if g["today"]:
        return (_iso(published), _iso(published)) if published else None
    if g["weekday"]:
        if published is None:
            return None
        back = (published.weekday() - WEEKDAYS.index(g["wd"].lower())) % 7
        day = published - timedelta(days=back)
        return (_iso(day), _iso(day))
    if g["stock"]:
        return (None, _iso(published) if published else None)
    if g["fypart"]:
        return _fiscal_part(g, published, fiscal_start, fiscal_named_by)
    if g["thefy"]:
        # "over the financial year", "by the fiscal year's end": the one under way at publication
        if published is None or fiscal_start == 1:
            return None
        start, end = fiscal_year(published.year if published.month >= fiscal_start else published.year - 1, fiscal_start)
        return (None, end) if g["thefy_end"] else (start, end)
    if g["relfy"]:
        if published is None or fiscal_start == 1:
            return None
        current = published.year if published.month >= fiscal_start else published.year - 1
        step = {"current": 0, "this": 0, "coming": 1, "upcoming": 1, "forthcoming": 1, "ensuing": 1, "next": 1, "last": -1, "previous": -1, "preceding": -1}[g["rfy"].lower()]
        first = current + step
        q = g["rfq_n"] or g["rfq_ord"]
        if not q:
            return fiscal_year(first, fiscal_start)
        q = int(q[1]) if q.upper().startswith("Q") else ORDINALS[q.lower()]
        month0 = fiscal_start - 1 + 3 * (q - 1)
        year, month = first + month0 // 12, month0 % 12 + 1
        end0 = month0 + 2
        return (_iso(date(year, month, 1)), _iso(month_end(first + end0 // 12, end0 % 12 + 1)))
    if g["fyq"]:
        q = int(g["fyq_n"]) if g["fyq_n"] else ORDINALS.get(g["fyq_ord"].lower(), 4)  # "the last quarter of the FY 2022-23
        first = _full_year(g["fyq1"])
        if g["fyq2"] is None:
            first -= 1  # "Q1 FY25": the fiscal year that ends in 2025
        start_month = fiscal_start if fiscal_start != 1 else 1
        month0 = start_month - 1 + 3 * (q - 1)
        year = first + month0 // 12
        month = month0 % 12 + 1
        end_month0 = month0 + 2
        return (_iso(date(year, month, 1)), _iso(month_end(first + end_month0 // 12, end_month0 % 12 + 1)))
    if g["quarter_n"]:
        # "Quarter 3 2024", and in Roman numerals: "Quarter IV-2023"
        n = g["qn"].upper()
        q, year = ROMAN_QUARTERS.get(n) or int(n), int(g["qn_year"])
        return (_iso(date(year, 3 * q - 2, 1)), _iso(month_end(year, 3 * q)))
    if g["fy"]:
        first = _full_year(g["fy1"])
        if g["fy2"] is None:
            # "FY25" / "fiscal 2025" is the year that ends in 2025 in India, the US and
            # Australia, the one that starts in 2025 in Japan: countries.tsv says which. In a
            # country whose budget year is the calendar year ("calendar"), it is that year.
            if fiscal_named_by == "calendar" and fiscal_start == 1:
                return (f"{first}-01-01", f"{first}-12-31")
            start_year = first if fiscal_named_by == "start" else first - 1
            return fiscal_year(start_year, fiscal_start if fiscal_start != 1 else 4)
        return fiscal_year(first, fiscal_start if fiscal_start != 1 else 4)
    if g["fyfirst"]:
        # "the first three quarters of the financial year 2024/25": the months from the fiscal year's start
        n = _number_word(g["ff_n"])
        first = _full_year(g["ff_y1"])
        if g["ff_y2"] is None and fiscal_named_by != "start":
            first -= 1  # "the first nine months of fiscal 2024": of the year that ends in 2024
        months = (n or 0) * (3 if g["ff_unit"].lower() == "quarters" else 1)
        start_month = fiscal_start if fiscal_start != 1 else 1
        if not 1 <= months <= 12:
            return None
        end0 = start_month - 1 + months - 1
        return (_iso(date(first, start_month, 1)), _iso(month_end(first + end0 // 12, end0 % 12 + 1)))
    if g["fyafter"]:
        # "the 2017-2018FY", "the 2018-2019 fiscal year": a fiscal year named before the words
        first, second = int(g["fya1"]), int(g["fya2"])
        if (first + 1) % 100 != second % 100:
            return None
        return fiscal_year(first, fiscal_start if fiscal_start != 1 else 4)
    if g["fybare"]:
        first, second = int(g["fyb1"]), int(g["fyb2"] or g["fyb2l"]) % 100  # "2021/22", "2021/2022"
        if (first + 1) % 100 != second:
            return None
        return fiscal_year(first, fiscal_start)
    if g["yspan"]:
        # "2023-2024": where budget years run from another month than January, the budget year
        # of those two; else both years ("(2.4% in 2007-2008)", "during 1999-2000", "2015-2018")
        first, second = int(g["ys1"]), int(g["ys2"])
        if not 0 < second - first <= 20:
            return None
        if second == first + 1 and fiscal_start != 1:
            return fiscal_year(first, fiscal_start)
        return (f"{first}-01-01", f"{second}-12-31")
    if g["lastmonths"]:
        n = _number_word(g["lm_n"])
        if n is None or pub_year is None:
            return None
        months = n * 3 if g["lm_unit"].lower().startswith("quarter") else n
        if not 1 <= months <= 12:
            return None
        return (_iso(date(pub_year, 13 - months, 1)), f"{pub_year}-12-31")
    if g["rolling"]:
        n = _number_word(g["roll_n"])
        month = MONTHS.get(g["roll_month"].lower().rstrip("."))
        year = int(g["roll_year"]) if g["roll_year"] else _default_year(month, published) if month else None
        if n is None or month is None or year is None:
            return None
        months = n * 3 if g["roll_unit"].lower().startswith("quarter") else n
        first0 = year * 12 + month - months
        return (_iso(date(first0 // 12, first0 % 12 + 1, 1)), _iso(month_end(year, month)))
    if g["dayrange"]:
        # "01 January to 31 December 2017", "from July 1 to September 30, 2023"
        m1 = MONTHS.get((g["dr_m1"] or g["dr_m1b"]).lower().rstrip("."))
        m2 = MONTHS.get((g["dr_m2"] or g["dr_m2b"]).lower().rstrip("."))
        d1, d2 = int(g["dr_d1"] or g["dr_d1b"]), int(g["dr_d2"] or g["dr_d2b"])
        if m1 is None or m2 is None:
            return None
        y2 = int(g["dr_y2"]) if g["dr_y2"] else _default_year(m2, published)
        if y2 is None:
            return None
        y1 = int(g["dr_y1"]) if g["dr_y1"] else (y2 if (m1, d1) <= (m2, d2) else y2 - 1)
        try:
            first, last = date(y1, m1, d1), date(y2, m2, d2)
        except ValueError:
            return None
        return (_iso(first), _iso(last)) if first <= last else None
    if g["day"] or g["dayfirst"]:
        # "September 20th", and "20th September", "20 September 2022" as most of the world writes it
        month = MONTHS.get((g["day_month"] or g["df_month"]).lower().rstrip("."))
        day = int(g["day_n"] or g["df_n"])
        if month is None or not 1 <= day <= 31:
            return None
        year_text = g["day_year"] or g["df_year"]
        year = int(year_text) if year_text else _default_year(month, published)
        if year is None:
            return None
        try:
            return (_iso(date(year, month, day)), _iso(date(year, month, day)))
        except ValueError:
            return None
    if g["iranyear"]:  # "the first five months of the current Iranian calendar year": from Farvardin 1, March 21
        if published is None:
            return None
        start = date(published.year if published >= date(published.year, 3, 21) else published.year - 1, 3, 21)
        if g["ir_rel"].lower() in ("past", "last", "previous", "preceding"):
            start = date(start.year - 1, 3, 21)
        year_end = date(start.year + 1, 3, 20)

        def after(months: int) -> date:  # the day after the first ``months`` months: six of 31 days, five of 30, then Esfand
            return start + timedelta(days=sum(31 if m < 6 else 30 for m in range(months))) if months < 12 else year_end + timedelta(days=1)

        if g["ir_q"] or g["ir_h"]:
            k = ORDINALS[(g["ir_q"] or g["ir_h"]).lower()]
            first, last = (3 * (k - 1), 3 * k) if g["ir_q"] else (6 * (k - 1), 6 * k)
            return (_iso(after(first)), _iso(after(last) - timedelta(days=1)))
        if not g["ir_n"]:
            return (_iso(start), _iso(year_end))
        n = _number_word(g["ir_n"])
        months = n * 3 if n is not None and g["ir_unit"].lower().startswith("quarter") else n
        if months is None or not 1 <= months <= 12:
            return None
        return (_iso(start), _iso(after(months) - timedelta(days=1)))
    if g["ytd"]:
        n = _number_word(g["n"])
        year = int(g["ytd_year"]) if g["ytd_year"] else pub_year
        if g["ytd_rel"] and pub_year is not None:
            year = pub_year - (1 if g["ytd_rel"].lower().endswith(("last year", "previous year")) or g["ytd_rel"].lower() in ("last", "the previous") else 0)
        if n is None or year is None:
            return None
        months = n * 3 if g["unit"].lower().startswith("quarter") else n
        if not 1 <= months <= 12:
            return None
        return (f"{year}-01-01", _iso(month_end(year, months)))
    if g["half"]:
        which = 1 if (g["hord"] or "").lower() in ("first", "1st") or g["hnum"] == "1" else 2
        if g["half_fy"] and fiscal_start != 1:
            # "the first half of a financial year": of the fiscal year under way at publication
            if published is None:
                return None
            first = published.year if published.month >= fiscal_start else published.year - 1
            month0 = fiscal_start - 1 + (0 if which == 1 else 6)
            end0 = month0 + 5
            return (_iso(date(first + month0 // 12, month0 % 12 + 1, 1)), _iso(month_end(first + end0 // 12, end0 % 12 + 1)))
        year = g["half_year"] or g["half_year2"]
        year = int(year) if year else pub_year
        if g["half_rel"] and year is not None:  # "the second half of next year"
            year += {"next": 1, "this": 0, "current": 0, "last": -1, "previous": -1, "preceding": -1}[g["half_rel"].lower()]
        if year is None:
            return None
        return (f"{year}-01-01", f"{year}-06-30") if which == 1 else (f"{year}-07-01", f"{year}-12-31")
    if g["till"]:  # "GST revenue till September 2022", "the deficit after August": from the start of its fiscal year to the month's end
        month = MONTHS.get(g["till_month"].lower().rstrip("."))
        year = int(g["till_year"]) if g["till_year"] else _default_year(month, published) if month else None
        if month is None or year is None:
            return None
        first = year if month >= fiscal_start else year - 1
        return (_iso(date(first, fiscal_start, 1)), _iso(month_end(year, month)))
    if g["monthrel"]:  # "in July last year", "in March this year"
        month = MONTHS.get(g["mrel_month"].lower().rstrip("."))
        if month is None or pub_year is None:
            return None
        year = pub_year + {"last": -1, "the previous": -1, "next": 1}.get(g["mrel"].lower(), 0)
        return (_iso(date(year, month, 1)), _iso(month_end(year, month)))
    if g["lastpart"]:
        # "the last quarter of 2022", "the final month of last year": the year's last part, not the
        # quarter before the time of writing
        year = int(g["lp_year"]) if g["lp_year"] else (pub_year + {"last": -1, "previous": -1}.get(g["lp_rel"].lower(), 0) if pub_year else None)
        if year is None:
            return None
        first = {"quarter": 10, "half": 7, "month": 12}[g["lp_unit"].lower()]
        return (_iso(date(year, first, 1)), _iso(month_end(year, 12)))
    if g["qrange"]:  # "from third quarter 2015 through third quarter 2018": one span ("between Q4 2007 and Q4 2012" sets two quarters side by side)
        q1 = ORDINALS.get((g["qr_o1"] or "").lower()) or int(g["qr_n1"])
        q2 = ORDINALS.get((g["qr_o2"] or "").lower()) or int(g["qr_n2"])
        y1, y2 = int(g["qr_y1"]), int(g["qr_y2"])
        if (y2, q2) <= (y1, q1):
            return None
        return (_iso(date(y1, 3 * q1 - 2, 1)), _iso(month_end(y2, 3 * q2)))
    if g["quarter"]:
        q = ORDINALS.get((g["qord"] or "").lower()) or ROMAN_QUARTERS.get(g["qord"] or "") or int(g["qnum"])  # "I quarter 2018"
        year = g["q_year"] or g["q_year2"]
        # a quarter without a year is as often a forecast as a past figure: the publication year
        year = int(year) if year else pub_year
        if year is None:
            return None
        if g["q_rel"]:  # "the first quarter of this year", "the fourth quarter of last year"
            year += {"next": 1, "last": -1, "previous": -1}.get(g["q_rel"].lower(), 0)
        return (_iso(date(year, 3 * q - 2, 1)), _iso(month_end(year, 3 * q)))
    if g["myrange"]:  # "from January 2016 to October 2017", "between July 2017 and June 2018"
        m1 = MONTHS.get(g["my_m1"].lower().rstrip("."))
        m2 = MONTHS.get(g["my_m2"].lower().rstrip("."))
        if g["my_rel2"] and published is None:
            return None
        last_year = int(g["my_y2"]) if g["my_y2"] else published.year - (g["my_rel2"].lower() == "last")  # "between July 2018 and June this year"
        if m1 is None or m2 is None or (int(g["my_y1"]), m1) >= (last_year, m2):
            return None
        return (_iso(date(int(g["my_y1"]), m1, 1)), _iso(month_end(last_year, m2)))
    if g["mrange"]:
        m1 = MONTHS.get(g["m1"].lower().rstrip("."))
        m2 = MONTHS.get(g["m2"].lower().rstrip("."))
        if m1 is None or m2 is None:
            return None
        if g["mr_rel"]:  # "January-March this year"
            if published is None:
                return None
            year = published.year + {"this": 0, "last": -1, "next": 1}[g["mr_rel"].lower()]
        else:
            year = int(g["mr_year"]) if g["mr_year"] else _default_year(m2, published)
        if year is None:
            return None
        start_year = year if m1 <= m2 else year - 1
        return (_iso(date(start_year, m1, 1)), _iso(month_end(year, m2)))
    if g["yrange"]:
        first, last = int(g["yr1"]), int(g["yr2"])
        return (f"{first}-01-01", f"{last}-12-31") if first < last else None
    if g["asofday"]:
        month = MONTHS.get((g["ad_month"] or g["ad_month2"]).lower().rstrip("."))
        day = int(g["ad_day"] or g["ad_day2"])
        try:
            return (None, _iso(date(int(g["ad_year"]), month, day)))
        except (TypeError, ValueError):
            return None
    if g["bymid"]:  # "by the middle of this year", "by mid-2026": a level to be reached by the end of June
        if g["mid_rel"]:
            if published is None:
                return None
            year = published.year + (1 if g["mid_rel"].lower() == "next" else 0)
        else:
            year = int(g["mid_year"] or g["mid_year2"])
        return (None, f"{year}-06-30")
    if g["endof"]:
        if g["end_rel"]:  # "by the end of this year"
            if published is None:
                return None
            step = {"this": 0, "the": 0, "next": 1, "last": -1}[g["end_rel"].lower()]
            return (None, f"{published.year + step}-12-31")
        year = int(g["end_year"]) if g["end_year"] else None
        if year is not None and g["end_fy2"] and not g["end_month"] and int(g["end_fy2"][-2:]) == (year + 1) % 100:
            # "at the end of 2024-25": the last day of that fiscal year
            return (None, fiscal_year(year, fiscal_start if fiscal_start != 1 else 4)[1])
        month = MONTHS.get((g["end_month"] or "").lower().rstrip("."), 12)
        if year is None:
            if g["end_month"] is None:
                return None
            year = _default_year(month, published)
            if year is None:
                return None
            if g["endof"].lower().startswith("by"):
                year = _nearest_year(year, month, published)
        return (None, _iso(month_end(year, month)))
    if g["asof"]:
        month = MONTHS.get(g["asof_month"].lower().rstrip("."))
        year = int(g["asof_year"]) if g["asof_year"] else _default_year(month, published)
        if month is None or year is None:
            return None
        if not g["asof_year"] and g["asof"].lower().startswith("by"):
            year = _nearest_year(year, month, published)  # "reserves are expected to be $733.2 billion by March 31"
        return (None, _iso(month_end(year, month)))
    if g["nextyears"]:
        n = _number_word(g["next_n"])
        if published is None or not n:
            return None
        return (f"{published.year + 1}-01-01", f"{published.year + n}-12-31")
    if g["pastyear"]:
        if published is None:
            return None
        n = _number_word(g["past_n"].strip()) if g["past_n"] else 1
        if g["past_unit"].lower().startswith("year"):
            try:
                start = published.replace(year=published.year - n) + timedelta(days=1)
            except ValueError:  # 29 February
                start = published.replace(year=published.year - n, day=28) + timedelta(days=1)
        else:
            months = published.year * 12 + published.month - 1 - n
            year, month = divmod(months, 12)
            day = min(published.day, calendar.monthrange(year, month + 1)[1])
            start = date(year, month + 1, day) + timedelta(days=1)
        return (_iso(start), _iso(published))
    if g["month"]:
        month = MONTHS.get(g["mon"].lower().rstrip("."))
        # "May" and "march" are ordinary words too: a month without a year counts
        # only when it is capitalised.
        if month is None or (g["mon_year"] is None and not g["mon"][0].isupper()):
            return None
        year = int(g["mon_year"]) if g["mon_year"] else _default_year(month, published)
        if year is None:
            return None
        return (_iso(date(year, month, 1)), _iso(month_end(year, month)))
    if g["relyear"]:
        if pub_year is None:
            return None
        word = g["relyear"].split()[0].lower()
        year = pub_year + {"last": -1, "this": 0, "next": 1, "previous": -1, "preceding": -1, "prior": -1}[word]
        return (f"{year}-01-01", f"{year}-12-31")
    if g["year"]:
        year = int(g["y"])
        return (f"{year}-01-01", f"{year}-12-31")
    return None


# Every word a period expression can begin with. The full pattern is tried only where one of
# these starts, not at every character: the same matches (tests/test_normalize.py checks it on
# the corpus) at a third of the cost.
PERIOD_START = re.compile(
    # a figure that is no year ("1,250", "4.5%") cannot start one, and the commonest words only
    # with the word that must follow them ("the past year", "in the next", "to date", "by end-")
    rf"(?<![\w])(?:(?:19|20)\d\d|\d+(?:st|nd|rd|th)?\s|Q[1-4]|H[12]|FY|(?-i:IV|I{{1,3}})(?=\squarter)|{_MONTH_RE}|"
    r"the(?=\s(?:fiscal|financial|current|present|coming|upcoming|forthcoming|ensuing|next|this|last|previous|preceding|past|year|\w+\s(?:months|quarters)))|"
    r"in(?=\sthe\s(?:past|next|coming)\s)|to(?=\sdate)|on(?=\s[mtwfs])|at(?=\s(?:the\s)?end)|by(?=\s(?:the\s|mid|end|\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday))|"
    r"(?:year|up|upto|after|so|as|until|till|between|current|present|coming|upcoming|forthcoming|ensuing|next|this|last|previous|preceding|prior|past|from|through|"
    r"fiscal|financial|budget|quarter|first|second|third|fourth|final|closing|opening|half|twelve|eleven|ten|nine|eight|"
    r"seven|six|five|four|three|two|one|today|tonight|since|ytd|end|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday)(?![a-z]))"
    r"|\s(?=(?:of\s)?(?:the\s)?(?:current|coming|upcoming|forthcoming|ensuing|next|this|last|previous|preceding)\s)",  # " the current fiscal year"
    re.I,
)


def _period_matches(text: str):
    """Yield what ``PERIOD_PATTERN.finditer(text)`` yields, trying the pattern only where a period can start."""
    position = 0
    for start in PERIOD_START.finditer(text):
        if start.start() < position:
            continue
        match = PERIOD_PATTERN.match(text, start.start())
        if match is not None and match.end() > match.start():
            position = match.end()
            yield match




def find_periods(
    text: str, published: date | None, fiscal_start: int = 4, fiscal_named_by: str = "end"
) -> list[tuple[int, int, str, str | None, str | None]]:
    """Return every period expression in ``text`` as (start, end, text, iso_start, iso_end).

    >>> find_periods("In the first three quarters of 2024, GDP rose.", None)[0][2:]
    ('first three quarters of 2024', '2024-01-01', '2024-09-30')

    Runs of spaces, as text copied from a PDF release has them, count as one:

    >>> find_periods("compared with January-June  2018", None)[0][2:]
    ('January-June  2018', '2018-01-01', '2018-06-30')

    A period restated in brackets takes the bracket's dates:

    >>> find_periods("The year-to-date (01 January to 31 December 2017) surplus", date(2018, 1, 30))[0][2:]
    ('year-to-date', '2017-01-01', '2017-12-31')
    """
    if "  " not in text:
        return _find_periods(text, published, fiscal_start, fiscal_named_by)
    # match on the text with each run of spaces made one, then map the offsets back
    kept = [i for i, ch in enumerate(text) if not (ch == " " and i > 0 and text[i - 1] == " ")]
    single = "".join(text[i] for i in kept)
    out = []
    for start, end, _, iso_start, iso_end in _find_periods(single, published, fiscal_start, fiscal_named_by):
        start, end = kept[start], kept[end - 1] + 1
        out.append((start, end, text[start:end], iso_start, iso_end))
    return out


def _find_periods(text: str, published: date | None, fiscal_start: int, fiscal_named_by: str) -> list:
    found = []
    for match in _period_matches(text):
        resolved = _resolve(match, published, fiscal_start, fiscal_named_by)
        if resolved is None:
            continue
        start, end = match.start(), match.end()
        while start < end and text[start].isspace():
            start += 1  # " the coming fiscal year": a period starts at its first word
        if text[start:end] == "Jan" and re.match(r"\s[A-Z][a-z]", text[end : end + 3]) and not re.search(r"\d\s*$", text[max(0, start - 4) : start]):
            continue  # "said Jan Grolich, the Governor": the month's short form as a first name, no month
        iso_start, iso_end = resolved
        before = TARGET_OR_SINCE.search(text, max(0, start - 30), start)
        if before is not None and iso_start is not None and iso_end is not None:
            if before.group(1).lower() == "by":
                # "to 30.2% by 2034-35", "by 2030": a level to be reached by the end of it
                start, iso_start = before.start(), None
            elif published is not None and iso_start <= published.isoformat():
                # "down 1.1% since June": from its start to the time of writing
                start, iso_end = before.start(), published.isoformat()
        found.append((start, end, text[start:end], iso_start, iso_end))
    for k in range(len(found) - 1):
        (start, end, said, _, _), bracket = found[k], found[k + 1]
        if BRACKET_AFTER_PERIOD.fullmatch(text, end, bracket[0]) and text[bracket[1] : bracket[1] + 1] == ")" and bracket[3] and bracket[4]:
            if (
                re.search(r"\d", said) and not re.search(r"(?:19|20)\d\d", bracket[2]) and found[k][3] and found[k][4]
                and (date.fromisoformat(bracket[4]) - date.fromisoformat(bracket[3])).days > 360  # a whole year's months, not "(January-March)"
            ):
                # "the 2024/25 (July-June) fiscal year": months without a year name the months
                # of the year said before them, which keeps its own dates and lends them
                found[k + 1] = (*bracket[:3], found[k][3], found[k][4])
                continue
            # "the year-to-date (01 January to 31 December 2017)": the bracket says which dates
            found[k] = (start, end, said, bracket[3], bracket[4])
    return found


# between a period and its dates in brackets: "(", or the year it is of first: "in the first quarter
# of the current Iranian calendar year (March 21-June 21)"
BRACKET_AFTER_PERIOD = re.compile(r"\s*(?:of\s+(?:the\s+)?[^()\d.,;]{0,40}?\byear\s*)?\(\s*")
# "by" or "since" right before a period turns it into a deadline or a span up to now
TARGET_OR_SINCE = re.compile(r"\b(by|since(?:\s+(?:early|the\s+(?:start|beginning)\s+of))?)\s+$", re.I)


def parse_published(value: str | None) -> date | None:
    """Return the date of an ISO ``published`` value, or None.

    >>> parse_published("2024-12-20")
    datetime.date(2024, 12, 20)
    """
    if not value:
        return None
    return date.fromisoformat(value[:10])
