"""Dates as documents write them: "13th October 2022", "17th -23rd April 2022", "16-20th May 2022",
"April 20-21, 2021", "September 30 - October 2, 2021",
"30th Nov and 2nd Dec 2021", "Nov-Dec 2021", "May 2007", "Q3-2022", "2019", "2013-08-20", "Tuesday 4 to Thursday
6 February 2020", "10, 11 and 12 September 2019",
"the first and second of March 2018", "the 29th and 30th of November 2016", "March 12 and 13, 2020", "2018-05-23 to 24",
"2020-09-29/30", "2015 June", "12-Jun-2019", "June 12 2019", "June 12 through 14, 2019", "13/14 May 2019",
"2019/06/12", "25/06/2019", and with ``default_year`` (the document's) a day or range without one: "on 12–13 March"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..text import number_word

MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December"]
MONTHS = {m[:3].lower(): i for i, m in enumerate(MONTH_NAMES, start=1)}
MONTH_FORM = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
# Between the first and last day of a range: "5-7", "5 — 7", "13/14", "5 & 6", "June 12 through 14"
_DAYS_TO = r"(?:-|–|—|/|&|to|through|thru)"

DATE_RE = re.compile(
    rf"(?<![\w\-])(?P<yi>{_YEAR})-(?P<mi>[01]\d)(?:-(?P<di>[0-3]\d)(?:(?:\s*(?:to|–)\s*|/)(?P<di2>[0-3]?\d)(?![\w\-:]|\s+{MONTH_FORM}|\s+{_YEAR}))?)?"
    rf"(?![\w\-])"
    rf"|(?P<mr1>{MONTH_FORM})\s+(?P<dr1>{_DAY})\s*(?:{_DAYS_TO}|and)\s*(?:(?P<mr2>{MONTH_FORM})\s+)?(?P<dr2>{_DAY}),?\s+(?P<yr>{_YEAR})"
    rf"|(?<![\w,])(?<!\d\.)(?P<d1>{_DAY})(?:\s*,\s*{_DAY})*\s*(?:(?P<m1>{MONTH_FORM})\s*)?(?:{_DAYS_TO}|,?\s*and)\s*(?P<d2>{_DAY})\s+(?P<m2>{MONTH_FORM}),?\s+(?P<y>{_YEAR})"
    # a day or two and the month in figures, parted by dots as in European minutes ("3.4.2024", "10-11.6.2024")
    rf"|(?<![\w./])(?P<dn1>[0-3]?\d)\.?(?:\s*[-–]\s*(?P<dn2>[0-3]?\d))?\.(?P<mn>0?[1-9]|1[0-2])\.(?P<yn>{_YEAR})(?![\w/]|\.\d)"
    # the day and year parted by a comma or, as US tables write it, by a space alone ("June 12 2019")
    rf"|(?P<ma>{MONTH_FORM})\s+(?P<da>{_DAY})(?:,\s*|\s+)(?P<ya>{_YEAR})"
    # the month abbreviated between hyphens, as forms and tables write it ("12-Jun-2019")
    rf"|(?<![\w\-])(?P<dh>[0-3]?\d)-(?P<mh>{MONTH_FORM})-(?P<yh>{_YEAR})(?![\w\-])"
    # figures parted by slashes: year first ("2019/06/12"), or the day and month in the order that a day past the
    # 12th shows ("25/06/2019", "06/25/2019"); of "12/06/2019", either the 12th of June or the 6th of December, only
    # the year is read (below)
    rf"|(?<![\w/.])(?P<ys>{_YEAR})/(?P<ms>0?[1-9]|1[0-2])/(?P<ds>[0-3]?\d)(?![\w/])"
    rf"|(?<![\w/.])(?:(?P<dsl>1[3-9]|2\d|3[01])/(?P<msl>0?[1-9]|1[0-2])|(?P<msl2>0?[1-9]|1[0-2])/(?P<dsl2>1[3-9]|2\d|3[01]))"
    rf"/(?P<ysl>{_YEAR})(?![\w/])"
    rf"|(?<![\w,])(?P<db>{_DAY})\s+(?P<mb>{MONTH_FORM}),?\s+(?P<yb>{_YEAR})"
    rf"|(?P<mc1>{MONTH_FORM})\s*(?:-|–)\s*(?P<mc2>{MONTH_FORM})\s+(?P<yc>{_YEAR})"
    rf"|(?P<md>{MONTH_FORM})\s+(?P<yd>{_YEAR})"
    # the year first, as chronologies write it: "2015 June", "2019 March 12"
    rf"|(?<![\w\-,])(?P<yf>{_YEAR})\s+(?P<mf>{MONTH_FORM})(?:\s+(?P<df>{_DAY}))?(?![\w\-]|\s*,?\s*{_YEAR})"
    rf"|Q(?P<q>[1-4])\s*-?\s*(?P<yq>{_YEAR})"
    # a year alone; also after "mid-", "early-", "late-" (a part of the year: PART_OF_YEAR_RE)
    rf"|(?:(?<![\w\-,])|(?<=\bmid-)|(?<=\blate-)|(?<=\bearly-))(?P<ye>{_YEAR})(?![\w\-])"
)
# Words inside a date that say nothing of it, blanked before matching (positions kept): weekdays ("Tuesday 4 to
# Thursday 6 February 2020", "Fri 21 Feb."), and the article and "of" around ordinal days ("the 29th and 30th of
# November 2016").
_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
DATE_NOISE_RE = re.compile(rf"\b{_WEEKDAY},?\s+(?=(?:the\s+)?\d|{MONTH_FORM}\s+\d)"
                           rf"|\bthe\s+(?=[0-3]?\d(?:st|nd|rd|th)\b)"
                           rf"|(?<=\d(?:st|nd|rd|th))\s+of(?=\s+{MONTH_FORM})")
# A day or day range and a month with no year: "on 12–13 March", "7-9 March,".
YEARLESS_RE = re.compile(rf"(?<![\w,])(?P<d1>{_DAY})\s*(?:(?:-|–|to|and)\s*(?P<d2>{_DAY}))?\s+(?P<m>{MONTH_FORM})(?!\s*,?\s*(?:{_YEAR}|\d))")

# Ordinal days with no month, not a rank ("from Tuesday the 21st to Thursday the 23rd", the weekdays and "the" blanked), whose
# month the sentence names alone elsewhere ("The first plenary, in March, took place from ...").
_ORDINAL_DAYS_RE = re.compile(r"(?<![\w,])(?<!\bits\s)(?<!\btheir\s)(?<!\bour\s)(?P<d1>[0-3]?\d(?:st|nd|rd|th))(?:\s*(?:-|–|to|and|until|through)\s*"
                              r"(?P<d2>[0-3]?\d(?:st|nd|rd|th)))?(?=\s*(?:[,.;:)]|$|(?:at|in|with|when|as)\b))")
_LONE_MONTH_RE = re.compile(r"\b(?:[Ii]n|[Dd]uring)\s+(?P<m>January|February|March|April|May|June|July|August|September|"
                            r"October|November|December)\b(?!\s*,?\s*\d|\s+(?:and|or|to|until)\s)")  # (not "in June and July")


# A date told from the one told before it: "approved on 30 June 2017 and released the following month", "two days later".
LATER_RE = re.compile(r"\b(?:the\s+(?:following|next)\s+(?P<unit>day|week|month|year)|(?P<n>a|an|one|two|three|four|"
                      r"five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?P<units>day|week|month|year)s?\s+"
                      r"(?:later|afterwards))\b", re.I)


def later(told: str, m: re.Match) -> str | None:
    """The ISO date ``told`` moved on by what LATER_RE matched, as precise as its unit says ("2017-06-30", "the
    following month": "2017-07"); None when ``told`` is coarser than the unit (a month told, "two days later")."""
    unit = (m.group("unit") or m.group("units")).lower()
    word = m.group("n") or "one"
    n = int(word) if word.isdigit() else number_word(word) or 1  # ("a week later": one)
    if unit == "year":
        return str(int(told[:4]) + n)
    if unit == "month" and len(told) >= 7:
        months = int(told[:4]) * 12 + int(told[5:7]) - 1 + n
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    if unit in ("day", "week") and len(told) == 10:
        return (date.fromisoformat(told) + timedelta(days=n * (7 if unit == "week" else 1))).isoformat()
    return None


def spoken(iso: str) -> str:
    """An ISO date as prose writes it: "2019-06-06" -> "6 June 2019", "2019-06" -> "June 2019"."""
    parts = iso.split("-")
    if len(parts) == 1 or not all(p.isdigit() for p in parts):
        return iso
    month = MONTH_NAMES[int(parts[1]) - 1]
    return f"{int(parts[2])} {month} {parts[0]}" if len(parts) == 3 else f"{month} {parts[0]}"


def spoken_days(start: str, end: str | None) -> str:
    """The days an event ran, as prose writes them: "18–20 March 2014", "30 September–2 October 2018"; one day
    (or no end, or a date not to the day) as ``spoken`` says it."""
    if not end or end == start or len(start) != 10 or len(end) != 10 or end < start:
        return spoken(start)
    (y1, m1, d1), (y2, m2) = start.split("-"), end.split("-")[:2]
    if y1 != y2:
        return f"{spoken(start)} – {spoken(end)}"
    first = str(int(d1)) if m1 == m2 else f"{int(d1)} {MONTH_NAMES[int(m1) - 1]}"
    return f"{first}–{spoken(end)}"


@dataclass
class DateSpan:
    start: str  # xsd:date "2022-10-13", xsd:gYearMonth "2022-10" or xsd:gYear "2022"
    end: str | None
    pos: tuple[int, int]

    @property
    def year(self) -> int:
        return int(self.start[:4])

    @property
    def datatype(self) -> str:
        return {4: "xsd:gYear", 7: "xsd:gYearMonth"}.get(len(self.start), "xsd:date")


def _month(name: str) -> int:
    return MONTHS[name[:3].lower()]


def _day(text: str) -> int:
    return int(re.match(r"\d+", text).group())


def _ymd(y, m, d=None) -> str:
    return f"{int(y):04d}-{m:02d}" + (f"-{d:02d}" if d else "")


# Days written as ordinal words before a month ("the first and second of March 2018", "on the twelfth and
# thirteenth of March"): read as "1st", "2nd", padded to the word's length so that positions stay.
_DAY_WORDS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
              "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split()
DAY_WORDS = {w: i for i, w in enumerate(_DAY_WORDS, start=1)} | {
    f"twenty-{w}": 20 + i for i, w in enumerate(_DAY_WORDS[:9], start=1)} | {"thirtieth": 30, "thirty-first": 31}
DAY_WORD = "|".join(sorted(DAY_WORDS, key=len, reverse=True))
DAY_WORD_RE = re.compile(rf"\b({DAY_WORD})(?=(?:\s+(?:and|to|or|-|–)\s+(?:the\s+)?(?:{DAY_WORD}))*\s+of\s+{MONTH_FORM}\b)",
                         re.I)


def _day_word(m: re.Match) -> str:
    n = DAY_WORDS[m.group(1).lower()]
    digits = f"{n}{'st' if n in (1, 21, 31) else 'nd' if n in (2, 22) else 'rd' if n in (3, 23) else 'th'}"
    return digits.ljust(len(m.group()))


# A year said in words after its month or a preposition, as a transcript writes speech ("May two thousand seven", "the
# first of July twenty seventeen", "in two thousand and ten", "the autumn of twenty eighteen"): read as its digits,
# padded as the day words are.
_SMALL = r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s\-](?:one|two|three|four|five|six|seven|" \
         r"eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
YEAR_WORDS_RE = re.compile(rf"\b(?P<month>(?:January|February|March|April|May|June|July|August|September|October|November|"
                           rf"December|in|of|since|until|from)\s+)(?:(?P<thousand>two\s+thousand)(?:\s+(?:and\s+)?(?P<unit>one|two|three|four|five|"
                           rf"six|seven|eight|nine|{_SMALL}))?|(?P<century>twenty|nineteen)\s+(?P<rest>{_SMALL}))\b", re.I)


def _year_words(m: re.Match) -> str:
    if m.group("thousand"):
        year = 2000 + ((number_word(m.group("unit")) or 0) if m.group("unit") else 0)
    else:
        year = (2000 if m.group("century").lower() == "twenty" else 1900) + (number_word(m.group("rest")) or 0)
    return m.group("month") + str(year).ljust(len(m.group()) - len(m.group("month")))


# A year told from the text's own ("this year", "last year", "next year"; not "the next year" after another date, nor
# "the past year", twelve months to now), after a preposition or a month: read as its digits, padded to its length.
# (a month's name in full or cut, not any word MONTH_FORM would take: "a Decision next year" is no December)
_MONTH_WORD = "|".join(MONTH_NAMES + [r"Sept\.?"] + [m[:3] + r"\." for m in MONTH_NAMES])
RELATIVE_YEAR_RE = re.compile(rf"\b(?:(?P<month>(?:{_MONTH_WORD})(?![a-z]))\s+(?:of\s+)?|(?P<lead>(?:in|of|during|since|by|until|for)\s+))"
                              r"(?:(?P<this>this)|(?P<last>last)|next)\s+year\b", re.I)


def _relative_year(m: re.Match, year: int) -> str:
    year += 0 if m.group("this") else -1 if m.group("last") else 1
    lead = f"{m.group('month')} " if m.group("month") else m.group("lead")  # "January of last year": "January 2018"
    return lead + str(year).ljust(len(m.group()) - len(lead))


def find_dates(text: str, *, default_year: int | None = None) -> list[DateSpan]:
    found = []
    text = DAY_WORD_RE.sub(_day_word, text)
    said: list[tuple[int, int]] = []  # (the spans of years said in words: a substitution keeps each one's length)
    text = YEAR_WORDS_RE.sub(lambda m: said.append(m.span()) or _year_words(m), text)
    if default_year:  # "in the spring of this year", "in January of last year": of the text's own year
        text = RELATIVE_YEAR_RE.sub(lambda m: said.append(m.span()) or _relative_year(m, default_year), text)

    def closing(end: int) -> int:  # a date's span closes at the end of a year said in words
        return next((b for a, b in said if a < end <= b), end)

    noise = [m.span() for m in DATE_NOISE_RE.finditer(text)]
    text = DATE_NOISE_RE.sub(lambda m: " " * len(m.group()), text)

    def opening(start: int) -> int:  # a date's span opens at the blanked words before it ("Tuesday 4 ...")
        for a, b in reversed(noise):
            if b <= start and not text[b:start].strip():
                start = a
        return start

    for m in DATE_RE.finditer(text):
        g = m.groupdict()
        try:
            if g["yi"]:  # "2018-05-23", "2018-05-23 to 24", "2020-09-29/30"
                span = (_ymd(g["yi"], int(g["mi"]), int(g["di"]) if g["di"] else None),
                        _ymd(g["yi"], int(g["mi"]), int(g["di2"])) if g["di2"] else None)
            elif g["yr"]:  # "April 20-21, 2021", "September 30 - October 2, 2021"
                m1 = _month(g["mr1"])
                m2 = _month(g["mr2"]) if g["mr2"] else m1
                span = (_ymd(g["yr"], m1, _day(g["dr1"])), _ymd(g["yr"], m2, _day(g["dr2"])))
            elif g["y"]:
                m2 = _month(g["m2"])
                m1 = _month(g["m1"]) if g["m1"] else m2
                span = (_ymd(g["y"], m1, _day(g["d1"])), _ymd(g["y"], m2, _day(g["d2"])))
            elif g["yn"]:
                span = (_ymd(g["yn"], int(g["mn"]), int(g["dn1"])),
                        _ymd(g["yn"], int(g["mn"]), int(g["dn2"])) if g["dn2"] else None)
            elif g["yh"]:
                span = (_ymd(g["yh"], _month(g["mh"]), int(g["dh"])), None)
            elif g["ys"]:
                span = (_ymd(g["ys"], int(g["ms"]), int(g["ds"])), None)
            elif g["ysl"]:
                span = (_ymd(g["ysl"], int(g["msl"] or g["msl2"]), int(g["dsl"] or g["dsl2"])), None)
            elif g["ya"]:
                span = (_ymd(g["ya"], _month(g["ma"]), _day(g["da"])), None)
            elif g["yb"]:
                span = (_ymd(g["yb"], _month(g["mb"]), _day(g["db"])), None)
            elif g["yc"]:
                span = (_ymd(g["yc"], _month(g["mc1"])), _ymd(g["yc"], _month(g["mc2"])))
            elif g["yd"]:
                span = (_ymd(g["yd"], _month(g["md"])), None)
            elif g["yf"]:
                span = (_ymd(g["yf"], _month(g["mf"]), _day(g["df"]) if g["df"] else None), None)
            elif g["yq"]:
                first = 3 * (int(g["q"]) - 1) + 1
                span = (_ymd(g["yq"], first), _ymd(g["yq"], first + 2))
            else:
                span = (g["ye"], None)
        except (KeyError, ValueError):
            continue
        if _valid(span[0]) and (span[1] is None or _valid(span[1])):
            found.append(DateSpan(span[0], span[1], (opening(m.start()), closing(m.end()))))
    if default_year:
        for m in YEARLESS_RE.finditer(text):
            if any(d.pos[0] <= m.start() < d.pos[1] for d in found):
                continue
            month = _month(m.group("m"))
            # the day of a month told before with its year: "2010 April: X replaces Y (1 April)"
            year = next((d.start[:4] for d in reversed(found) if d.pos[1] <= m.start() and d.end is None
                         and len(d.start) == 7 and int(d.start[5:]) == month), default_year)
            start = _ymd(year, month, _day(m.group("d1")))
            end = _ymd(year, month, _day(m.group("d2"))) if m.group("d2") else None
            if _valid(start) and (end is None or _valid(end)):
                found.append(DateSpan(start, end, (opening(m.start()), m.end())))
        months = [m for m in _LONE_MONTH_RE.finditer(text) if not any(d.pos[0] <= m.start("m") < d.pos[1] for d in found)]
        for m in _ORDINAL_DAYS_RE.finditer(text) if len(months) == 1 else []:
            if any(d.pos[0] <= m.start() < d.pos[1] for d in found):
                continue
            month = _month(months[0].group("m"))
            start = _ymd(default_year, month, _day(m.group("d1")))
            end = _ymd(default_year, month, _day(m.group("d2"))) if m.group("d2") else None
            if _valid(start) and (end is None or _valid(end)):
                found.append(DateSpan(start, end, (opening(m.start()), m.end())))
        found.sort(key=lambda d: d.pos)
    return found


# Between the two ends of a range written as two full dates: "2021-04-20 to 2021-04-21", "30 Nov 2021 – 2 Dec 2021".
_RANGE_GAP_RE = re.compile(r"\s*(?:to|until|till|through|–|—|-)\s*")


def join_ranges(text: str, dates: list[DateSpan]) -> list[DateSpan]:
    """``dates`` found in ``text`` with a range written as two dates of the same precision (month or
    day) made one span."""
    joined: list[DateSpan] = []
    for d in dates:
        last = joined[-1] if joined else None
        if last is not None and last.end is None and d.end is None and len(last.start) == len(d.start) >= 7 \
                and d.start > last.start and _RANGE_GAP_RE.fullmatch(text[last.pos[1]:d.pos[0]]):
            joined[-1] = DateSpan(last.start, d.start, (last.pos[0], d.pos[1]))
        else:
            joined.append(d)
    return joined


def _valid(value: str) -> bool:
    parts = [int(p) for p in value.split("-")] + [1, 1]
    try:
        date(*parts[:3])
    except ValueError:
        return False
    return True


def compatible(a: str, b: str) -> bool:
    """Two dates may name the same day: one is a prefix of the other ("2022" and "2022-09-18")."""
    return a.startswith(b) or b.startswith(a)


# A part of a year written before the year: "the spring of 2021", "spring 2021", "early 2019", "mid-2020", "late in
# 2018".  The year alone is the date (what the text fixes); the part is kept as said, for the label of a period and
# for ordering within the year (qa: dated.SEASON_MONTHS).
PART_BEFORE_YEAR = r"(?:the\s+)?(?P<part>spring|summer|autumn|fall|winter|early|mid|late)(?:\s+(?:of|in))?[\s\-]+"
PART_OF_YEAR_RE = re.compile(rf"\b{PART_BEFORE_YEAR}$", re.I)


def part_of_year(text: str, span: DateSpan) -> str | None:
    """The part of the year ``span`` (a year alone) is said to be in, from the words right before it ("spring")."""
    if len(span.start) != 4:
        return None
    m = PART_OF_YEAR_RE.search(text[:span.pos[0]])
    return m.group("part").lower().replace("fall", "autumn") if m else None
