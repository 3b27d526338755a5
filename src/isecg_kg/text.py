"""Sentences and normalised text: the one definition the chunker, the highlighter, the answerer and
the knowledge graph's evidence share, so that the sentence highlighted in a passage, the one
answering a question from it and the one cited as a fact's evidence are the same span.

Standard library only (it sits at the bottom of the import graph).
"""

from __future__ import annotations

import re
import unicodedata

# A sentence ends at . ! ? (optionally closed by a quote or bracket, then a footnote's mark: "... that role. ¹ ISECG")
# before a capital, digit, quote or bracket; or at a line break (list items and table rows are one a line).
_BOUNDARY = re.compile(r"(?<=[.!?])(?P<keep>[\"”’)\]]?(?:\s?[¹²³⁴⁵⁶⁷⁸⁹⁰†‡]+(?!\S))?)\s+(?=[\"“‘(\[A-Z0-9])|\n+")
# A period after these is not a sentence end ("e.g. The", "J. Smith", "Sept. 2013"), nor after a list
# number ("1. ASI (Italy) 10. NSAU" in a list flattened to one line).
_ABBREVIATION = re.compile(r"(?:\b(?:e\.g|i\.e|etc|vs|cf|approx|no|nos|fig|figs|dr|mr|mrs|ms|prof|eng|st|inc|ltd|co|"
                           r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)|\b[A-Z]|(?<![\w\-])\d{1,2})\.$", re.IGNORECASE)
# A list item's marker at the start of a sentence ("- ", "• ", "* ", "1. ", "2) ").
_MARKER = re.compile(r"^(?:[-•*–]|\d{1,2}[.)])\s+")


# How passages write a raised footnote or affiliation mark (ingest.extract sets it off from its word: "in 2019 ²").
SUPERSCRIPT_DIGITS = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"  # the figures a raised mark is written in
NOTE_SYMBOLS = "*\u2020\u2021\u00a7\u00b6"  # a note's mark when it is no figure: * † ‡ § ¶
PLAIN_FIGURES = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")  # a raised mark's number: "²" -> "2"
# A note's mark set after a word or a cell's mark: "Radiation shielding ³", "○ ²"
NOTE_AFTER = re.compile(rf"\s*[{SUPERSCRIPT_DIGITS}{NOTE_SYMBOLS}]+(?=\s|\)|$)")

# Ordinal words, as editions and meetings are numbered ("the second edition", "the third GER").
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
            "ninth": 9, "tenth": 10}
# Cardinal words by value, as counts are written ("twelve agencies", "seven new members").
CARDINALS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty".split())}
# Tens written as words, alone ("thirty agencies") or before a unit ("forty-one delegates").
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
# Ranks that are no cardinal with "th" ("eleventh", not "eleventh" from "eleven").
_RANKS = {"eleventh": 11, "twelfth": 12, "twentieth": 20, "thirtieth": 30}


def _unit(word: str) -> int | None:
    """"five" or "fifth" -> 5, "eighteenth" -> 18, "twelfth" -> 12."""
    return (CARDINALS.get(word) or ORDINALS.get(word) or _RANKS.get(word)
            or (CARDINALS.get(word[:-2]) if word.endswith("th") else None))


def number_word(words: str) -> int | None:
    """The count or rank number words give, in any case: "eleven", "forty", "twenty-one" or "twenty one",
    "seventeenth", "twenty-fifth", and dozens ("a dozen" 12, "half a dozen" 6, "two dozen" or "2 dozen" 24); None
    for other words, and for "zero" (no count)."""
    words = " ".join(words.lower().split())
    if dozens := re.fullmatch(r"(.+) dozen", words):
        times = dozens.group(1)
        if times in ("a", "half a"):
            return 12 if times == "a" else 6
        n = int(times) if times.isdigit() else number_word(times)
        return None if n is None else n * 12
    tens, _, unit = words.replace(" ", "-").partition("-")
    if unit:
        value = _unit(unit)
        return TENS[tens] + value if tens in TENS and value and value < 10 else None
    return _unit(words) or TENS.get(words)


def difference_than(number: str, noun: str) -> str:
    """The pattern of a count's difference from another time's count, up to "than" ("six more than", "three fewer
    member agencies than"): ``number`` the difference's (group n), then "more", "fewer" or "less" (group dir), then
    ``noun``'s, what may come before "than"."""
    return rf"(?P<n>{number})\s+(?P<dir>more|fewer|less)\s+{noun}than\s+"


def count_at_other_time(count: int, difference: int, direction: str) -> int:
    """The count at the other time, when ``count`` is ``difference`` more (``direction``), fewer or less than it."""
    return count - difference if direction.lower() == "more" else count + difference


def without_marks(label: str, cells: list[tuple[str, str]]) -> str | None:
    """The label of a matrix row of marks as the ingester writes it ("Dust mitigation ● ○ — ●: NASA; ○: DLR, ESA":
    ``cells`` the (mark, organisations) pairs after the dash, and any column of values, "Target year: 2031") without
    the marks it ends with, one a column marked, nor the raised figures of notes among them ("avoidance ¹", "○ ²");
    None when it does not end with them (a row of role columns: "Landing — Lead agency: JAXA")."""
    words = [w for w in label.split() if w.strip(SUPERSCRIPT_DIGITS)]  # ("*" may be a mark: only raised figures go)
    # (a column of values beside the marks, "Target year: 2031", is told by its name, not among the label's marks)
    marks = [name for name, value in cells if name in words for _ in value.split(",")]
    if marks and len(words) > len(marks) and sorted(words[-len(marks):]) == sorted(marks):
        return " ".join(words[:-len(marks)])
    return None


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) offsets in ``text`` of each non-blank sentence of ``text[start:end]``, without the
    surrounding white space.  A closing quote or bracket stays with its sentence."""
    end = len(text) if end is None else end
    piece = text[start:end]
    spans: list[tuple[int, int]] = []
    cursor = 0
    for match in _BOUNDARY.finditer(piece):
        if "\n" not in match.group() and _ABBREVIATION.search(piece[cursor:match.start()]):
            continue
        stop = match.start() + len(match.group("keep") or "")
        _add(spans, piece, cursor, stop, start)
        cursor = match.end()
    _add(spans, piece, cursor, len(piece), start)
    return spans


def _add(spans: list[tuple[int, int]], piece: str, start: int, stop: int, offset: int) -> None:
    chunk = piece[start:stop]
    if chunk.strip():
        s = start + len(chunk) - len(chunk.lstrip())
        spans.append((offset + s, offset + s + len(chunk.strip())))


def sentences(text: str) -> list[str]:
    """The sentences of ``text`` (see sentence_spans)."""
    return [text[s:e] for s, e in sentence_spans(text)]


def strip_marker(sentence: str) -> str:
    """A sentence without its list-item marker ("- Moon Next", "1. Moon Next" -> "Moon Next")."""
    return _MARKER.sub("", sentence)


def is_list_item(sentence: str) -> bool:
    return _MARKER.match(sentence) is not None


def fold(text: str) -> str:
    """Text for comparing names and phrases: compatibility-normalised (ligatures, odd spaces), accents
    dropped, case folded, typographic quotes and dashes made plain, white space collapsed."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.translate(_PLAIN).casefold()
    return " ".join(text.split())


_PLAIN = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "‑": "-", "\u00ad": None})


def words(text: str) -> list[str]:
    """The folded words of ``text`` (letters and digits; punctuation dropped)."""
    return re.findall(r"[^\W_]+", fold(text))


# Front matter opening a page, the title on a page after it: "Contents", "Table of Contents", "Foreword", "Preface".
FRONT_MATTER = re.compile(r"^\W*(?i:(?:table\s+of\s+)?contents|foreword|preface|message\s+from\s+the\s+chair)\W*$")

# The names of a document's opening sections ("Abstract", "Executive Summary", "In this issue"): no title.
SECTION_NAMES = (r"abstract|introduction|foreword|preface|executive\s+summary|summary|(?:table\s+of\s+)?contents|"
                 r"background|overview|in\s+this\s+issue|agenda|purpose|scope|key\s+points|highlights|in\s+brief|at\s+a\s+glance|"
                 r"key\s+facts|participants|attendees|attendance")

# A line of a first page citing another work, whose title, genre and date are not the document's own: an epigraph
# opening with a quotation mark (not Markdown's "> ...", often a standfirst: "> White paper of ISECG, 2017"), a line
# a reference label opens ("Reference: The Global Exploration Roadmap, Third Edition, January 2018", "See also:
# ..."), a quoted title with its citation ('"The Global Exploration Roadmap" (ISECG, 2018)').
CITING_LINE = re.compile(r"^\s*[“\"‘]|^\W*(?i:references?|ref\.|sources?|see(?:\s+also)?|cf\.|cited|citing|quoted\s+from|"
                         r"adapted\s+from|excerpted\s+from)\s*:"
                         r"|[\"“][^\"”]{3,150}[\"”]\s*\([A-Z][\w&.\- ]{1,40},\s*(?:[\w.]+\s+){0,2}(?:19|20)\d\d\)")
