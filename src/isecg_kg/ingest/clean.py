"""Turn raw page lines into clean page text with its headings marked.

What is removed: running headers and footers (the same line at the same edge of several
pages, in the same font size, digits ignored so "Page 3 of 10" matches "Page 4 of 10"; a
header that changes with each chapter counts as soon as it repeats), bare page numbers
("7", "Page 7 of 10", "- 7 -", "vii") at a page's top or bottom (by their height on the page,
not their place in the text layer), bullet glyphs, rules and "this page is intentionally left
blank".  What is set apart: a page's footnotes (a "note" segment after the page's text).
What is repaired: ligatures, odd and invisible spaces, words hyphenated across lines
(compounds keep their hyphen: "twenty-six", "ESA-led"), prose lines wrapped by the layout
(joined; short list-like lines keep their breaks so tables stay one row a line).  Headings come
from Markdown '#', from the font (larger than the body text, or bold on a line of its own), or
in plain text from short title-like lines standing alone between blank lines; a figure's or
table's caption and a pull quote are none.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from ..text import NOTE_SYMBOLS, SUPERSCRIPT_DIGITS
from .extract import CAPTION, Line, RawDocument
from .model import Segment

LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"}
_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]+")
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")
_BREAK_HYPHEN = re.compile(r"[\u00ad\u2010]$")  # soft or Unicode hyphen ending a line: a word broken in two
_BULLET_ONLY = re.compile(r"^[\x7f\u2022\u25aa\u25cf\u25e6\u2023\u2043\u00b7\uf0b7\-\u2013*+]$")
_BULLET_LEAD = re.compile(r"^(?:[\x7f\u2022\u25aa\u25cf\u25e6\u2023\u2043\u00b7\uf0b7]|[-*+](?=\s))\s*")
# A mark glyph after a line's first word ("● lead ○ contributing", "■ marks a leading role, □ a supporting one"): the
# line is a table's legend of marks, its leading glyph a mark, not a bullet.
_LEGEND_MARK = re.compile(r"\s[\u25a0-\u25ff\u2713\u2714\u2717\u2718](?=[\s,;:.]|$)")
_RULE = re.compile(r"^(?:[-\u2013\u2014_*=~]\s*){3,}$")
_PAGE_NUMBER = re.compile(
    r"^(?:page\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?$|^[-\u2013]\s*\d{1,4}\s*[-\u2013]$"
    r"|^(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$",  # roman numerals (front matter)
    re.I,
)
_YEAR = re.compile(r"(?:19|20)\d\d")
_BLANK_PAGE = re.compile(r"^\W*this page (?:is |has been )?(?:intentionally|deliberately|purposely) (?:left )?blank\W*$", re.I)
_CLOSING = re.compile(r"[.!?:;,][\"”’]?$")
EDGE_LINES = 4  # lines at the top and at the bottom of a page that may be running headers/footers
PLAIN_HEADING_LEVEL = 2  # below a Markdown '#'


@dataclass
class CleanPage:
    page: int
    text: str
    segments: list[Segment] = field(default_factory=list)


def normalise(text: str) -> str:
    for lig, plain in LIGATURES.items():
        text = text.replace(lig, plain)
    text = _INVISIBLE.sub("", _BREAK_HYPHEN.sub("-", text.rstrip()))
    return re.sub(r" {2,}", " ", _SPACES.sub(" ", text)).strip()


def clean_document(raw: RawDocument) -> list[CleanPage]:
    pages = [[replace(l, text=normalise(l.text), runs=None) for l in page] for page in raw.pages]
    for lines in pages:
        lines[:] = [l for l in lines if not _BLANK_PAGE.match(l.text) and not _RULE.match(l.text)]
    body_size = _body_size(pages)
    # Document-wide: a page of short table rows must not look like a page of wrapped prose.
    wrap_width = _wrap_width([l for p in pages for l in p if not l.row]) or 80
    _drop_running_lines(pages, body_size=body_size, wrap_width=wrap_width)
    heading_sizes = sorted({l.size for p in pages for l in p if body_size and l.size > body_size * 1.1}, reverse=True)
    pitches = _line_pitches(pages)
    return [
        _layout_page(number, lines, plain=body_size == 0, body_size=body_size, heading_sizes=heading_sizes,
                     wrap_width=wrap_width, pitches=pitches, notes=_notes(lines, body_size))
        for number, lines in enumerate(pages, start=1)
    ]


def _drop_running_lines(pages: list[list[Line]], *, body_size: float, wrap_width: int) -> None:
    """Peel running headers/footers and page numbers off each page's top and bottom.

    A line is running when the same text (digits aside) sits at the same edge in the same
    size on several pages.  A header whose text changes every page or two ("12 1.4. SCOPE",
    "13 1.5. PLANS") is caught by its type instead: a page's first line is a header when it
    is set smaller than the body text, in the size that opens most pages.  A full line of
    body text is never running, even when pages repeat it (boilerplate prose).  Running lines
    are peeled from the edge inwards; one set at the very same height on several pages is
    furniture wherever it falls among the edge lines (a footer above a last page's colophon, a
    header below a page's title, a table row's neighbour).
    """
    def short(line: Line) -> bool:
        return len(line.text) < 0.7 * wrap_width or line.size != body_size

    def key(side: str, line: Line) -> tuple:
        return side, re.sub(r"\d+", "#", line.text.lower()), round(line.size)

    filled = [_top_down([l for l in lines if l.text]) for lines in pages]
    filled = [lines for lines in filled if lines]
    counts = Counter(k for lines in filled
                     for k in {key("top", l) for l in lines[:EDGE_LINES] if short(l)}
                     | {key("bottom", l) for l in lines[-EDGE_LINES:] if short(l)})
    threshold = 2 if len(filled) <= 4 else 3  # a header seen on a few pages only (one chapter's) still repeats
    running = {k for k, n in counts.items() if n >= threshold} if len(filled) >= 2 else set()
    placed = Counter(k for lines in filled
                     for k in {_placed(key("top", l), l) for l in lines[:EDGE_LINES] if short(l)}
                     | {_placed(key("bottom", l), l) for l in lines[-EDGE_LINES:] if short(l)} if k)
    fixed = {k for k, n in placed.items() if n >= threshold}
    opening = Counter(lines[0].size for lines in filled)
    header_sizes = {size for size, n in opening.items()
                    if 0 < size < body_size and n >= max(3, 0.5 * len(filled))}

    def is_running(side: str, line: Line, seen: int) -> bool:
        if _PAGE_NUMBER.match(line.text) and not _YEAR.fullmatch(line.text.strip()):
            return True  # (a year alone at a cover's foot, "2018", is no page number)
        if not short(line):
            return False
        return key(side, line) in running or (side == "top" and seen == 0 and line.size in header_sizes)

    def peel(lines: list[Line], side: str) -> list[Line]:
        ordered = lines if side == "top" else lines[::-1]
        drop, seen = 0, 0
        for i, line in enumerate(ordered):
            if not line.text:
                continue
            if seen == EDGE_LINES or not is_running(side, line, seen):
                break
            seen += 1
            drop = i + 1
        kept = ordered[drop:]
        return kept if side == "top" else kept[::-1]

    def furniture(side: str, lines: list[Line]) -> set[int]:
        edge = [l for l in lines if l.text]
        edge = edge[:EDGE_LINES] if side == "top" else edge[-EDGE_LINES:]
        return {id(l) for l in edge if short(l) and _placed(key(side, l), l) in fixed}

    for lines in pages:
        ordered = _top_down(lines)
        dropped = furniture("top", ordered) | furniture("bottom", ordered)
        kept = {id(l) for l in peel(peel(ordered, "top"), "bottom") if id(l) not in dropped}
        lines[:] = [l for l in lines if id(l) in kept]


def _placed(key: tuple, line: Line) -> tuple | None:
    """A running line's key with the height it is set at, when the text layer gives it."""
    return None if line.y is None else (*key, round(line.y))


def _top_down(lines: list[Line]) -> list[Line]:
    """A PDF page's lines from its top to its foot.  The text layer need not give them so: a header or footer laid
    out apart from the flow (absolutely placed, in its own layer) comes after the body, where it would sit between the
    page's last sentence and the next page's first."""
    if not lines or any(l.y is None for l in lines):
        return lines
    return sorted(lines, key=lambda l: -l.y)  # type: ignore[operator]  # (stable: a table row's cells stay in order)


# A note opening with its mark: "¹ KARI was renamed ...", "2 Membership took effect ...", "* European Space Agency"
# (or a mark on a line of its own, the note's text on the next)
_NOTE_START = re.compile(rf"^(?:[{SUPERSCRIPT_DIGITS}]{{1,3}}|\d{{1,2}}(?!\d)[.)]?|[{NOTE_SYMBOLS}])(?:\s?(?=[^\W\d_])|$)")
# the marks a page's text calls its notes with: raised figures, or a note symbol after a space
_CALL = re.compile(rf"[{SUPERSCRIPT_DIGITS}]+|(?<=\s)[{NOTE_SYMBOLS}]")
_PLAIN_DIGITS = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")


def _notes(lines: list[Line], body_size: float) -> set[int]:
    """The page's footnotes (ids of their lines): a block in smaller type than the body text at the foot of a PDF
    page, below every line of body text, opening with a note mark.  They are set apart from the text (a segment of
    their own after it), so that a sentence running over the page break is not cut by them."""
    if not body_size or not lines or any(l.y is None for l in lines):
        return set()
    ordered = _top_down(lines)
    block: list[Line] = []
    for line in reversed(ordered):
        if not line.text:
            continue
        if not 0 < line.size < 0.95 * body_size:
            break
        block.append(line)
    if not block or not _NOTE_START.match(block[-1].text):  # its top line opens a note
        return set()
    ids = {id(b) for b in block}
    rest = [l for l in lines if l.text and id(l) not in ids]
    if not any(l.size >= body_size for l in rest) or len(block) > 2 * len(rest):
        return set()
    # the mark opening it raised (set as a superscript by the reader), or called by a raised mark in the page's text:
    # small type at a page's foot opening with a number is as often a table's rows ("2 High ...", "18 May 2021 ...")
    mark = re.match(r"\S+", block[-1].text).group()  # type: ignore[union-attr]
    plain = mark.translate(_PLAIN_DIGITS).rstrip(".)")
    called = any(plain == found.translate(_PLAIN_DIGITS) for l in rest for found in _CALL.findall(l.text))
    if not (mark[0] in SUPERSCRIPT_DIGITS or called):
        return set()
    return ids


# A line of prose: a sentence ends in it ("... in Sydney. At that meeting", "... next plan."), among several words.
# A table's rows, a list's items and a form's fields rarely end a sentence.
_PROSE_LINE = re.compile(r"^(?:\S+\s+){5,}.*[.!?](?:\s+[A-Z\"“‘(]|[\"”’)]?$)")


def _body_size(pages: list[list[Line]]) -> float:
    """The body's type: the size of most text, or the size of most prose where that is larger.  A table set smaller
    than the prose may hold more characters (a member table and an events table beside a short foreword); reading
    its type as the body's would make every line of prose a heading."""
    sizes: Counter = Counter()
    prose: Counter = Counter()
    for lines in pages:
        for l in lines:
            if l.size and not l.row:
                sizes[l.size] += len(l.text)
                if _PROSE_LINE.match(l.text):
                    prose[l.size] += len(l.text)
    return max(counts.most_common(1)[0][0] for counts in (sizes, prose or sizes)) if sizes else 0.0


def _wrap_width(lines: list[Line]) -> int:
    """The length of a full line (90th percentile): lines this long were wrapped by the layout."""
    lengths = sorted(len(l.text) for l in lines if l.text and not _BULLET_ONLY.match(l.text))
    return lengths[int(0.9 * (len(lengths) - 1))] if lengths else 0


def _heading_level(line: Line, prev: Line | None, nxt: Line | None, *, plain: bool, body_size: float,
                   heading_sizes: list[float], wrap_width: int = 0) -> int:
    """The heading level of a line (1 = largest), or 0 when it is not a heading."""
    if line.level:  # Markdown '#'
        return line.level
    text = line.text
    words = text.split()
    if not words or len(words) > 18 or text.endswith((".", ",", ";")) or CAPTION.match(text) or _TOTAL_ROW.match(text) \
            or _DATE_ALONE.match(text):
        return 0
    # a parenthesis left open goes on on the next line ("Phase 2 – Surface activity (from" / "2028): longer stays")
    title_like = len(words) <= 12 and (text[0].isupper() or text[0].isdigit()) and not _CLOSING.search(text) \
        and text.count("(") <= text.count(")")
    if plain:
        return PLAIN_HEADING_LEVEL if title_like and _stands_alone(line, prev, nxt) else 0
    if line.size > body_size * 1.1:
        return heading_sizes.index(line.size) + 1
    # bold at body size, on a line of its own, its sentence not going on in plain type on the next line
    # ("International Architecture Working Group" / "(IAWG) — co-led by ESA and NASA.": a list item's bold lead),
    # nor an author's name over their affiliation
    if line.bold and title_like and not (nxt is not None and not nxt.bold and (
            _runs_on(text, nxt.text, len(text) >= 0.7 * wrap_width) or _byline(text, nxt.text))):
        return len(heading_sizes) + 1
    return 0


# An author block sets each name bold on a line of its own over a plain line naming the author's body, the body
# first, then its place ("Anna Berg¹" / "European Space Agency (ESA), Noordwijk, the Netherlands"; "Tom Reed" /
# "Institute of Space Science, JAXA, Tokyo"): a byline, no heading.
_NAME_WORD = r"[A-ZÀ-Þ][a-zß-ÿ'’]+(?:-[A-Za-zÀ-ÿ][a-zß-ÿ]+)?"
_BYLINE_NAME = re.compile(rf"(?:(?:Dr|Prof)\.?\s+)?{_NAME_WORD}(?:\s+[A-Z]\.)?(?:\s+(?:van|von|de|da|del|di|du|le|la|al))"
                          rf"{{0,2}}\s+{_NAME_WORD}(?P<mark>\s?[{SUPERSCRIPT_DIGITS}{NOTE_SYMBOLS}]+(?:,[{SUPERSCRIPT_DIGITS}]+)*)?")
_BODY_WORD = re.compile(r"\b(?:Agenc(?:y|ies)|Administration|Cent(?:er|re)s?|Institutes?|Universit(?:y|ies|é|ät)|"
                        r"Laborator(?:y|ies)|Offices?|Organi[sz]ations?|Corporation|Ministry|Department|Observatory|"
                        r"Council|Foundation|College|School)\b|^[A-Z]{2,}$")
# a part of an affiliation's line between commas: capitalised words, an acronym in brackets, small words between
_PLACE_PART = re.compile(r"(?:the\s+)?[A-Z][\w'’.\-]*(?:\s+(?:[A-Z][\w'’.\-]*|of|for|and|the|de|d'\w+|\([A-Z][\w\s]*\)))*")


def _byline(text: str, below: str) -> bool:
    """Whether a bold line is an author's name over their affiliation: a name (no body's), a name opening the line
    below, with an affiliation's raised mark after the author's name ("Anna Berg¹" / "Agenzia Spaziale Italiana
    (ASI), Rome — lead author"), or else a body's name and its place only ("Anna Berg" / "UK Space Agency, Swindon")."""
    m = _BYLINE_NAME.fullmatch(text.strip())
    if m is None or _BODY_WORD.search(m.group(0)):
        return False
    parts = below.rstrip(" ,").split(", ")  # (a line the layout wrapped may end on a comma)
    if not _PLACE_PART.fullmatch(parts[0]):
        return False
    return bool(m.group("mark")) or _BODY_WORD.search(parts[0]) is not None \
        and all(_PLACE_PART.fullmatch(part) for part in parts[1:])


# A line going on with the sentence of the line above, by its punctuation (a lower-case word may be the value of a
# bold field label above it: "Replaces" / "the GER supplement dated August 2020")
_RUNS_ON = re.compile(r"[(—–,;:]")


def _runs_on(text: str, following: str, full: bool) -> bool:
    """Whether the sentence of a bold line goes on in the plain line below it, making the bold line a list item's
    lead, no heading: the line below opens with a sentence's inner punctuation, the bold line ends on a word that
    leads into more ("The Lunar Working Group, set up in" / "May 2012 ..."; a field's label of two words, "Prepared
    by", is set above its value), it holds a term and the start of its text, which goes on in lower case ("Culture:
    exploration draws young" / "people to science ..."), or it fills the line (``full``) with a relative clause
    ("The Lunar Working Group (LWG), which drafted the" / ...)."""
    words = text.split()
    return bool(_RUNS_ON.match(following)) or len(words) >= 4 and words[-1].lower() in _CONNECTORS \
        or ": " in text and following[:1].islower() or full and _CLAUSE.search(text) is not None


# A relative clause inside a sentence ("(IAWG), which completed"), no title's
_CLAUSE = re.compile(r",\s+(?:which|who|whose|where|when|that)\s")


def _stands_alone(line: Line, prev: Line | None, nxt: Line | None) -> bool:
    """Plain text: a one-line paragraph that reads like a title, not an address, e-mail,
    phone number or table row."""
    text = line.text
    if not ((prev is None or not prev.text) and (nxt is None or not nxt.text)):
        return False
    letters = sum(c.isalpha() for c in text)
    return letters >= 0.6 * len(text.replace(" ", "")) and text.count(",") <= 1 \
        and not re.search(r"@|://|\bwww\.", text)


_CONNECTORS = {"and", "or", "of", "in", "on", "for", "the", "a", "an", "to", "with", "from", "by", "–", "-", "&"}
# Words, as written in lower case, that no sentence ends on: a line ending on one goes on in the next
_GOES_ON = {w for w in _CONNECTORS if w.isalpha()} | {"at", "into", "as", "its", "their", "was", "were", "is", "are",
                                                      "has", "have", "had", "that", "which", "who", "when", "where"}


def _column_edges(lines: list[Line]) -> dict[int, float]:
    """The right edge of the column of prose each line of a page is set in: the farthest the lines starting where it
    starts (within half an em, in its type) reach, when there are three or more and most hold a sentence's worth of
    words (a list's short items make no column); none for a line of no known place."""
    placed = [l for l in lines if l.x is not None and l.end is not None and l.size and not l.row]
    edges: dict[int, float] = {}
    found: dict[tuple, float | None] = {}  # by type and start: a page's lines share a few places, not one each
    for line in placed:
        key = (line.size, line.x)
        if key not in found:
            column = [o for o in placed if o.size == line.size and abs(o.x - line.x) < 0.5 * line.size]  # type: ignore[operator]
            prose = len(column) >= 3 and sorted(len(o.text) for o in column)[len(column) // 2] >= _PROSE_CHARS
            found[key] = max(o.end for o in column) if prose else None  # type: ignore[type-var]
        if found[key] is not None:
            edges[id(line)] = found[key]  # type: ignore[assignment]
    return edges


_PROSE_CHARS = 30  # a column narrower than this is a list's or a table's, not prose wrapped
_ITEM = re.compile(r"(?:\d{1,2}[.)]|[-•*–])\s")  # a numbered or bulleted item's opening


def _filled(above: Line | None, line: Line, edges: dict[int, float]) -> bool:
    """Whether the first word of ``line`` would not have fitted after ``above`` in its column (its width reckoned
    at a narrow 0.45 em a letter): the layout wrapped the line there, however short the column's lines are.  Not
    when the type's weight changes, or ``line`` is a date alone or opens an item: a new entry's lead."""
    edge = edges.get(id(above)) if above is not None else None
    return edge is not None and above.bold == line.bold and _DATE_ALONE.match(line.text) is None \
        and _ITEM.match(line.text) is None \
        and above.end + (len(line.text.split()[0]) + 1) * 0.45 * above.size >= edge  # type: ignore[union-attr,operator]


def _continues(heading: Line, line: Line, text_so_far: str, wrap_width: int) -> bool:
    """Whether ``line`` is the wrapped rest of the heading above it rather than a heading of its own:
    set closer than a blank line would allow, or reading as a continuation."""
    if heading.y is not None and line.y is not None and heading.size:
        return 0 < heading.y - line.y <= 1.7 * heading.size
    last = text_so_far.split()[-1].lower()
    return line.text[:1].islower() or last in _CONNECTORS or len(text_so_far) >= 0.6 * wrap_width


def _new_row(last: str, text: str) -> bool:
    """A line that starts a row of its own however long the one before: a Markdown table row, or a
    numbered item after a line that ends a sentence ("4. The exosphere." / "5. Astronomy ...")."""
    if text.startswith("|") and last.rstrip().endswith("|"):
        return True
    if CAPTION.match(text) and not re.search(r"[a-z,]$", last.rstrip()):  # a caption (not "... shown in" / "Table 2.")
        return True
    return bool(re.match(r"\d{1,2}[.)]\s", text)) and last.rstrip()[-1:] in ".;:!?"


# Words a line may end on with a hyphen of their own, not one that breaks a word: "twenty-" / "six", "co-" / "chair"
_COMPOUND_LEADS = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "co", "self", "non",
                   "well", "long", "short", "near", "cross", "half", "full", "low", "high"}


def _compound(last: str, text: str) -> bool:
    """Whether a line ending on a hyphen and the next line make a hyphenated compound, the hyphen kept: after a
    number word or a prefix that keeps its hyphen, after an acronym ("ESA-" / "led"), or before a word with a hyphen
    of its own ("Moon-" / "to-Mars")."""
    lead = re.search(r"([^\W\d_]+)-$", last).group(1)  # type: ignore[union-attr]
    return lead.lower() in _COMPOUND_LEADS or (len(lead) > 1 and lead.isupper()) or "-" in text.split()[0]


# A table's row of totals, often set bold: "Total 44", "Total: 22 agencies 41" (a figure of its own, no year's: not
# "Total funding in 2030").
_TOTAL_ROW = re.compile(r"(?i:totals?|sum)\b[^A-Z\d]*(?:\d{1,3}(?:[,.]\d{3})*\b[^A-Z\d]*)+$")
# A date alone on its line, a day or month in it ("30.09.2014", "14–15.06.2011", "09.2011", "2014-09-30", "May 2012",
# "7 October 2015"), is the date of the entry below it, as a chronology sets its entries, not a section's title: the
# entry's text keeps it. A year alone ("2015") may head the events of that year and stays a heading.
_MONTH_NAME = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DATE_ALONE = re.compile(rf"^(?:(?:[0-3]?\d(?:\s*[-–]\s*[0-3]?\d)?[./])?[01]?\d[./]|(?:[0-3]?\d(?:\s*[-–]\s*[0-3]?\d)?\s+)?"
                         rf"{_MONTH_NAME}\s+(?:[0-3]?\d(?:st|nd|rd|th)?,?\s+)?)(?:19|20)\d\d$"
                         r"|^(?:19|20)\d\d-[01]\d(?:-[0-3]\d)?$", re.I)
_PULL_QUOTE = re.compile(r"^[\"“‘«„]\s*[A-Z]")
_QUOTE_END = re.compile(r"[\"”’»]\W*$")


def _line_pitches(pages: list[list[Line]]) -> dict[float, float]:
    """How far apart a PDF sets the lines of one paragraph, per type size: the lower quartile of the distances between
    consecutive lines of that size (lines of a paragraph are the closest; a layout's line height need not be the same
    multiple of every size).  A size whose lines are mostly one-line paragraphs (fields, rows) tells none."""
    gaps: dict[float, list[float]] = {}
    for lines in pages:
        for above, line in zip(lines, lines[1:]):
            if above.y is not None and line.y is not None and above.size == line.size and line.size \
                    and not (above.row or line.row):  # (a table's rows written out are set apart as rows are)
                gap = above.y - line.y
                if 0.9 * line.size <= gap <= 3 * line.size:
                    gaps.setdefault(line.size, []).append(gap)
    pitches = {size: sorted(found)[len(found) // 4] for size, found in gaps.items()}
    return {size: pitch for size, pitch in pitches.items() if pitch <= 1.6 * size}


def _paragraph_gap(above: Line | None, line: Line, pitches: dict[float, float]) -> bool:
    """Whether a PDF sets ``line`` further below the line above than the lines of a paragraph are set: a new
    paragraph, table row, field or byline.  Only a line above with no closing mark is kept apart by it (a title, a
    field, a row), however long: prose run on after a full stop is cut into sentences later."""
    if above is None or above.y is None or line.y is None or not line.size:
        return False
    pitch = max(pitches.get(line.size, 0.0), pitches.get(above.size, 0.0)) or 1.2 * max(above.size, line.size)
    return above.y - line.y > max(1.3 * pitch, 1.3 * max(above.size, line.size))


def _layout_page(number: int, lines: list[Line], *, plain: bool, body_size: float,
                 heading_sizes: list[float], wrap_width: int, pitches: dict[float, float],
                 notes: set[int] | None = None) -> CleanPage:
    notes = notes or set()
    note_lines = [line for line in lines if id(line) in notes]
    lines = [line for line in lines if id(line) not in notes]
    edges = _column_edges(lines)
    parts: list[str] = []
    segments: list[Segment] = []
    body: list[str] = []  # pieces of the body run being built
    pending_bullet = False  # a bullet glyph on a line of its own marks the next line
    last_heading: Line | None = None  # the line just before, when it was (part of) a heading
    last_body: Line | None = None  # the raw line the last body piece came from
    quoting: Line | None = None  # a line of a quotation still open

    def emit(kind: str, text: str, level: int = 0):
        start = sum(map(len, parts)) + (1 if parts else 0)
        if parts:
            parts.append("\n")
        segments.append(Segment(kind, start, start + len(text), level))
        parts.append(text)

    body_kind = "body"  # "row" for a line the layout set apart (see _paragraph_gap)

    def flush_body():
        nonlocal body_kind
        if body:
            emit(body_kind, "".join(body).strip())
            body.clear()
        body_kind = "body"

    for i, line in enumerate(lines):
        text = line.text
        if _BULLET_ONLY.match(text):
            pending_bullet = True
            continue
        prev = lines[i - 1] if i else None
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        level = 0 if pending_bullet else _heading_level(line, prev, nxt, plain=plain, body_size=body_size,
                                                         heading_sizes=heading_sizes, wrap_width=wrap_width)
        # a pull quote set large ("“Working together is ...”", over one line or more) is no heading: the text below
        # it is still its section's
        if level and not plain and line.size > body_size * 1.1 and (
                _PULL_QUOTE.match(text) or quoting and line.size == quoting.size):
            level, quoting = 0, None if _QUOTE_END.search(text) else line
        if level:
            flush_body()
            if last_heading and not line.level and segments[-1].level == level and last_heading.size == line.size \
                    and _continues(last_heading, line, parts[-1], wrap_width):
                parts[-1] += " " + text  # a heading wrapped over two lines
                segments[-1].end += 1 + len(text)
            else:
                emit("heading", text, level)
            last_heading = line
            continue
        last_heading = None
        if not text:  # a blank line ends a paragraph
            flush_body()
            pending_bullet = False
            continue
        bullet = pending_bullet or bool(_BULLET_LEAD.match(text)) and not _LEGEND_MARK.search(text)
        if bullet:
            text = _BULLET_LEAD.sub("", text)
        pending_bullet = False
        if not text:
            continue
        if body and not bullet:
            last = body[-1]
            if _paragraph_gap(last_body, line, pitches) and (not _CLOSING.search(last)
                                                             or last.endswith(":") and text[:1].isupper()):
                body_kind = "row"  # the line above and this one: each a unit of its own
                flush_body()
                body_kind = "row"
        if body and not bullet:
            last = body[-1]
            # a line is wrapped when it fills the width, the next goes on in lower case, or it ends on a word no
            # sentence ends on ("... changed hands on" / "30 September 2014, when ..." in a narrow column)
            wrapped = (len(last) >= 0.7 * wrap_width or text[:1].islower() or last.split()[-1] in _GOES_ON
                       or _filled(last_body, line, edges)) and not _new_row(last, text) \
                and not (line.bold and nxt is not None and not nxt.bold and _byline(text, nxt.text))
            if wrapped and re.search(r"[^\W\d_]-$", last) and text[:1].islower():
                # "explo-" + "ration" -> "exploration"; "twenty-" + "six" -> "twenty-six"
                body[-1] = last if _compound(last, text) else last[:-1]
            else:
                body.append(" " if wrapped else "\n")
        elif body:
            body.append("\n")
        body.append(("- " if bullet else "") + text)
        last_body = line
    flush_body()
    if note_lines:  # one note a line, a note's wrapped lines joined
        text = ""
        for line in _top_down(note_lines):
            text += ("\n" if _NOTE_START.match(line.text) else " ") + line.text if text else line.text
        emit("note", text)
    return CleanPage(page=number, text="".join(parts), segments=segments)
