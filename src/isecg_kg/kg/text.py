"""Text units of a document for extraction: its lines (page text keeps line breaks), the sentences
of a line, footnotes, and the passage each unit belongs to; plus the name clean-up every pass uses."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..ingest.model import Page, Passage
from ..text import CARDINALS, TENS, number_word, sentence_spans
from .dates import find_dates
from .facts import Evidence
from .reference import Entity, Mention
from .vocab import ORGANIZATION_TYPES

FOOTNOTE_MARKS = "¹²³⁴⁵⁶⁷⁸⁹*†‡"
LEADING_NOISE = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "our", "new", "of", "for", "and",
                 "in", "on", "to", "from", "with", "by", "at", "The", "A", "An", "This", "That", "These", "Those",
                 "Its", "Their", "Our", "No", "Each", "Every", "Another"}
NOT_SUBJECT_BEFORE = re.compile(r"(?:\b(by|with|from|at|of|to|for|and|in|within|on|about|into|thank|among|amongst|"
                                r"including|between|than|like|as)\s+(?:the\s+|their\s+|its\s+)?|\(\s*)$", re.I)
# "ISECG agency experts", "the group's member-agency representatives": people of a body's member agencies, so
# not the body itself ("NASA engineers" still work for NASA).
PEOPLE_OF_RE = re.compile(r"(?:'s|’s)?\s+(?:member[\s\-])?(?:agency|agencies|member|members)\s+(?:[a-z]+\s+)?"
                          r"(?:experts|representatives|staff|engineers|scientists|officials|delegates|delegations|"
                          r"specialists|managers|researchers)\b")
# A table's caption ("Table 4. Senior managers meetings", "Tab. A: Members"): it opens the table below it.
# (an annex's lettered tables too: "Table B.2 — ISECG plenary meetings held")
TABLE_CAPTION_RE = re.compile(r"^(?:Table|Tab\.)\s*[\dA-Z]+(?:[.\-]\d{1,2})*[.:]?\s+(?:[—–-]\s+)?")
# Any caption, a table's or a figure's: it ends a table above it.
CAPTION_RE = re.compile(r"^(?:Table|Figure|Fig\.)\s*(?:[A-Z][.\-])?\d", re.I)
LED_BY_RE = re.compile(r"\b(?:led|coordinated|chaired|co-chaired|headed|managed)\s+by\s+(?:the\s+)?", re.I)
ORG_LIKE = tuple(ORGANIZATION_TYPES)
# A body whose members are organisations (a coordination group), not an agency.
BODY_RE = re.compile(r"\b(?:Group|Committee|Council|Forum|Network|Consortium)\b")
# A group a document names that no list has, by its last word ("the ISECG Lunar Polar Volatiles Task Group")
GROUP_NAME_RE = re.compile(r"\b(?:Group|Team|Committee|Task\s+Force|Panel|Board)$")
# A long line cut mid-sentence whose next line goes on in lower case or with a year ("On 7 October" /
# "2015, shortly before ..."): one line.  Table cells are short and start with a capital.
_CUT_LINE_MIN_CHARS = 50
_MONTH_END_RE = re.compile(r"\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|"
                           r"November|December)$")  # "On 7 October" / "2015, shortly before": a date cut in two
_YEAR_START_RE = re.compile(r"(?:19|20)\d\d\b")
# (nor on "and": "Director of Human Spaceflight and" / "Exploration at ASI, becomes ...", but a list of bracketed items
# wrapped after its "and", "... Roscosmos (Russia) and" / "UKSA (United Kingdom).", stays in its lines, as list
# readers take it)
_FUNCTION_END_RE = re.compile(r"\s(?:at|in|of|on|by|from|to|the|for|with|its|their|between|into|during)$|(?<!\))\sand$")
# "... a workshop held on 16–18" / "February 2021.": a date cut after its days, in a long line of prose.
_DAY_END_RE = re.compile(r"\b(?:on|from|of|between)\s+\d{1,2}(?:\s*[–-]\s*\d{1,2})?$")
_MONTH_YEAR_START_RE = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|"
                                  r"December)\s+(?:19|20)\d\d\b")
# (or with a bracketed acronym closing a name the break cut from it: "... Kenji Sato (JAXA), John Smith" / "(NASA) and")
_CONTINUES_RE = re.compile(r"[a-z]|(?:19|20)\d\d[,;]?\s|\([A-Z][A-Za-z]{1,9}\)(?:[,;]\s|\s+and\s|\.?$)")
# A sentence a narrow column cut, however short the line: "20–21 April 2021, online. Twenty-four agencies" / "were".
_CUT_SENTENCE_RE = re.compile(r"\.\s+[A-Z][\w\-]*(?:\s+[a-z][\w\-]*)+$")
# A count written out, one to ninety-nine ("eighteen", "twenty-one", "Twenty one").
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_NUMBER_WORD = (rf"(?:(?:{'|'.join(TENS)})(?:[\s\-](?:{_UNITS})\b)?|"
                rf"{'|'.join(sorted((w for w in CARDINALS if w != 'zero'), key=len, reverse=True))})")
# A count told twice, in words and in figures, as formal texts write it ("twenty-one (21) agencies", "18 (eighteen)
# delegations"), or a tens word and its unit apart ("twenty one agencies"): the count once, in figures.
_TOLD_TWICE_RE = re.compile(rf"\b(?P<word>{_NUMBER_WORD})\s*\((?P<digits>\d{{1,2}})\)"
                            rf"|\b(?P<first>\d{{1,2}})\s*\((?P<then>{_NUMBER_WORD})\)", re.I)
_TENS_APART_RE = re.compile(rf"\b({'|'.join(TENS)})\s+({_UNITS})\b(?![\-’'])", re.I)
# A count in dozens: "a dozen", "some two dozen", "half a dozen" (not "dozens of").
_DOZEN_RE = re.compile(rf"\b(?P<times>half\s+a|a|{_NUMBER_WORD}|\d{{1,2}})\s+dozen\b", re.I)


# An en or em dash joining two words with no space, as a hyphen would: "a joint ISECG–IMEWG workshop" (not a range of
# numbers, "12–13 March", nor a dash set off by spaces).
_COMPOUND_DASH_RE = re.compile(r"(?<=[A-Za-z])[–—](?=[A-Za-z])")


def numbers_once(text: str) -> str:
    """A line's counts in words and figures at once ("twenty-one (21)") as figures ("21"), and counts in dozens ("two
    dozen": "24"), other text as it is, so every count rule reads them as it reads figures; "twenty one" as
    "twenty-one"."""
    def once(m: re.Match) -> str:
        word, digits = (m["word"], m["digits"]) if m["word"] else (m["then"], m["first"])
        return digits if number_word(word) == int(digits) else m[0]

    def dozens(m: re.Match) -> str:
        n = number_word(m[0])
        return str(n) if n else m[0]

    # ("some two dozen agencies": 24, as "some 24 agencies")
    return _DOZEN_RE.sub(dozens, _TENS_APART_RE.sub(r"\1-\2", _TOLD_TWICE_RE.sub(once, text)))


@dataclass
class Line:
    page: int
    offset: int  # in the page text
    text: str
    heading: bool


@dataclass
class Sentence:
    text: str
    line: Line
    offset: int  # in the page text
    passage_id: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    owner: Entity | None = None  # the group or organisation the section is about
    footnote: str | None = None

    def evidence(self) -> Evidence:
        return Evidence(self.passage_id, self.line.page, self.text.strip())

    def of_type(self, *names: str) -> list[Mention]:
        return [m for m in self.mentions if m.entity.type in names]


class Marks:
    """The bodies table rows call notes on with a mark ("SSAU ²"), and the mark of the note being read."""

    def __init__(self):
        self.bodies: dict[str, Entity] = {}
        self.pending: str | None = None  # a mark ending a sentence: it opens the next ("... in 2011. ² Joined as X.")

    def read(self, sentence: "Sentence", orgs: list[Mention]) -> Entity | None:
        """The body the note ``sentence`` is on, if it is one; else remember the bodies its marks call notes on."""
        text = sentence.text.strip()
        lead = text[0] if text and text[0] in FOOTNOTE_MARKS else self.pending
        # a note's last mark opens the next ("¹ Joined as X. ²" / "Joined as Y."); a row's last mark calls a note
        self.pending = text[-1] if lead is not None and len(text) > 1 and text[-1] in FOOTNOTE_MARKS else None
        if lead is not None:
            return self.bodies.get(lead)
        for i, c in enumerate(sentence.text):
            body = next((m.entity for m in reversed(orgs) if m.end <= i), None) if c in FOOTNOTE_MARKS else None
            if body is not None:
                self.bodies[c] = body
        return None


def _date_label(text: str) -> bool:
    """A list item's opening date standing as a sentence of its own ("- Tuesday 12 to Thursday 14 February 2019.",
    "May 2019."): the sentence after it tells what happened then."""
    dates = [d for d in find_dates(text) if len(d.start) >= 7]
    return bool(dates) and re.fullmatch(r"\W*", text[:dates[0].pos[0]] + text[dates[-1].pos[1]:]) is not None \
        and re.fullmatch(r"[\w\s,–—\-]*", text[dates[0].pos[0]:dates[-1].pos[1]]) is not None


# A byline or a cover's field opening with what was done with the document ("Prepared for the senior managers meeting
# in Adelaide, September 2017", "Presented at GLEX 2021, St Petersburg"): a line to read, no heading.
_BYLINE_RE = re.compile(r"^(?:Prepared|Presented|Submitted|Issued|Compiled|Written|Produced|Delivered|Published|Released|"
                        r"Edited|Drafted)\s+(?:for|at|to|by|on|in|during)\b")


def is_heading(text: str) -> bool:
    if _BYLINE_RE.match(text):
        return False
    words = text.split()
    # "Paris, 18-22 September 2022", "12–14 March: TWG meeting, Tokyo (JAXA)": a detail line (a day, its year or not)
    day_dated = any(len(d.start) == 10 for d in find_dates(text, default_year=2000))
    # a sentence ended inside the line ("... navigation relay. The Korea Aerospace Research"): prose a column cut
    prose = re.search(r"\b[a-z]{3,}\.\s+[A-Z][a-z]", text) is not None
    return (0 < len(words) <= 14 and not text.startswith(("-", "•")) and text[-1] not in ".:;,"
            and (text[0].isupper() or text[0].isdigit()) and not day_dated and not prose or
            bool(re.match(r"^(Annex|Chapter|Section)\b", text)))


# The rest of a quoted name cut by a line break: a few words, then its closing quote.
_CLOSES_QUOTE_RE = re.compile(r"^[^\s\"“”]+(?:\s+[^\s\"“”]+){0,4}[\"”]")


def _open_quote(text: str) -> bool:
    """Whether a line ends inside a quotation: an odd number of straight quotes, or more “ than ”."""
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")


def clean_name(name: str) -> str:
    """A name without leading articles, pronouns, prepositions or years, nor trailing punctuation."""
    words = name.replace("’", "'").split()
    while words and (words[0] in LEADING_NOISE or re.fullmatch(r"(19|20)\d\d", words[0])):
        words.pop(0)
    return " ".join(words).strip(" ,;:-–")


# A calendar item's opening date and colon: "12–14 March:", "7–9 May 2024:", "October 14:".
_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
ITEM_DATE_RE = re.compile(rf"(?:\d{{1,2}}(?:\s*[–-]\s*\d{{1,2}})?\s+{_MONTHS}|{_MONTHS}\s+\d{{1,2}}(?:\s*[–-]\s*\d{{1,2}})?,?)"
                           rf"(?:\s+(?:19|20)\d\d)?\s*:\s")


def _calendar_items(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """A sentence opening with a calendar item's date label cut before each later one: list items the page text ran
    onto one line ("12–14 March: TWG meeting, Tokyo (JAXA), 22 participants 7–9 May: ERWG meeting, ...")."""
    start, end = span
    first = ITEM_DATE_RE.match(text, re.match(r"[-•*\s]*", text[start:end]).end() + start)
    if first is None:
        return [span]
    cuts = [m.start() for m in ITEM_DATE_RE.finditer(text, first.end(), end) if re.match(r"\s", text[m.start() - 1])
            and not re.match(r"\d", text[m.start() - 2:m.start() - 1] or "")]
    if not cuts:
        return [span]
    # the paragraph after the list run onto its last item ("..., 24 participants The calendar for 2025 will be ...")
    after = _RUN_ON_RE.search(text, cuts[-1], end)
    return _pieces(text, [start, *cuts, *([after.start() + 1] if after else []), end])


_RUN_ON_RE = re.compile(r"(?<=[\w)])\s(?=(?:The|This|These|Those|It|Its|In|All|Further|More)\s+[a-z]+\s)")
_NUMBERED_RE = re.compile(r"(\d{1,2})[.)]\s+(?=[A-Z])")


def _numbered_items(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """A sentence opening with a numbered item ("1. ") cut before each next number in turn: a numbered list the page
    text ran onto one line ("1. ISECG meeting, Washington, 8 November 2007 — host: NASA 2. ISECG meeting, Berlin,
    ..."); numbers out of turn ("... 14 agencies 5. ...") are no item's."""
    start, end = span
    first = _NUMBERED_RE.match(text, re.match(r"\s*", text[start:end]).end() + start)
    if first is None:
        return [span]
    cuts, want = [], int(first.group(1)) + 1
    for m in _NUMBERED_RE.finditer(text, first.end(), end):
        if int(m.group(1)) == want and re.match(r"\s", text[m.start() - 1]):
            cuts.append(m.start())
            want += 1
    if not cuts:
        return [span]
    return _pieces(text, [start, *cuts, end])


def _pieces(text: str, bounds: list[int]) -> list[tuple[int, int]]:
    """The spans of ``text`` between consecutive ``bounds``, their trailing spaces left out, empty ones dropped."""
    return [(a, len(text[:b].rstrip())) for a, b in zip(bounds, bounds[1:]) if text[a:b].strip()]


class DocumentText:
    """The lines of a document's pages, their sentences and the passages they fall in."""

    def __init__(self, pages: list[Page], passages: list[Passage]):
        self.pages = sorted(pages, key=lambda p: p.page)
        self.passages = sorted(passages, key=lambda p: p.ordinal)
        self.lines = self._lines()
        self._unhead_rows()
        self.footnotes = {line.text[0]: line for line in self.lines if line.text[0] in FOOTNOTE_MARKS}

    def _lines(self) -> list[Line]:
        lines: list[Line] = []
        last = None  # the last line of text before this page (its footnotes, the cleaner's "note" segment, aside)
        for page in self.pages:
            offset = 0
            previous = None
            # the last line of the page before, a sentence the page break cut ("... at the invitation of" / "CNES, the
            # French space agency. Twenty-one agencies ..."): the first line of this page goes on with it
            carried = last if last is not None and len(last.text) >= _CUT_LINE_MIN_CHARS and not last.heading \
                and last.text[-1] not in ".:;!?" else None
            notes = min((seg.start for seg in page.segments if seg.kind == "note"), default=len(page.text) + 1)
            for raw in page.text.split("\n"):
                text = _COMPOUND_DASH_RE.sub("-", numbers_once(raw.strip()))
                if offset >= notes:  # a footnote: a line of its own, going on with none
                    previous = carried = None
                if carried is not None and text:
                    if _FUNCTION_END_RE.search(carried.text) or text[:1].islower():
                        carried.text = f"{carried.text} {text}"
                        carried.heading = is_heading(carried.text)
                        previous, carried = carried, None
                        offset += len(raw) + 1
                        continue
                    carried = None
                cut_date = previous is not None and _MONTH_END_RE.search(previous.text) and _YEAR_START_RE.match(text)
                cut_days = previous is not None and len(previous.text) >= _CUT_LINE_MIN_CHARS \
                    and _DAY_END_RE.search(previous.text) and _MONTH_YEAR_START_RE.match(text)
                cut_sentence = previous is not None and text[:1].islower() and _CUT_SENTENCE_RE.search(previous.text)
                cut_quote = previous is not None and _open_quote(previous.text) and _CLOSES_QUOTE_RE.match(text)
                # a long line ending on a word no sentence ends on ("... in hybrid form at" / "ESTEC, Noordwijk, ..."):
                # a narrow column's line cut before a name
                cut_word = previous is not None and len(previous.text) >= _CUT_LINE_MIN_CHARS \
                    and _FUNCTION_END_RE.search(previous.text) is not None and text[:1].isalnum()
                if cut_quote or cut_word:  # 'Third and last comes "Sustained Lunar' / 'Opportunities", placed from ...'
                    previous.text = f"{previous.text} {text}"
                    previous.heading = is_heading(previous.text)
                    offset += len(raw) + 1
                    continue
                if text and previous is not None and (len(previous.text) >= _CUT_LINE_MIN_CHARS or cut_date
                                                      or cut_sentence) \
                        and previous.text[-1] not in ".:;!?" and (_CONTINUES_RE.match(text) or cut_days or (
                            cut_date and TABLE_CAPTION_RE.match(previous.text))):  # "... on 31 December" / "2018"
                    previous.text = f"{previous.text} {text}"
                    previous.heading = is_heading(previous.text)
                elif text:
                    previous = Line(page.page, offset + len(raw) - len(raw.lstrip()), text, is_heading(text))
                    lines.append(previous)
                if previous is not None and previous.offset < notes:
                    last = previous
                offset += len(raw) + 1
        return lines

    def _unhead_rows(self) -> None:
        """Lines a PDF set apart one below the other with no closing mark between (the cleaner's "row" segments:
        table rows, list items whose bullets were lost, fields, a title's byline and date) are no headings, however
        short and capitalised: a heading is a line of its own, not one of a run of such lines."""
        segments = {page.page: [(seg.start, seg.end) for seg in page.segments if seg.kind == "row"]
                    for page in self.pages}

        def row_of(line: Line) -> tuple[int, int] | None:
            return next((span for span in segments.get(line.page, ()) if span[0] <= line.offset < span[1]), None)

        rows = [row_of(line) for line in self.lines]
        for i, line in enumerate(self.lines):
            if not line.heading or rows[i] is None:
                continue
            before = i > 0 and rows[i - 1] is not None and self.lines[i - 1].page == line.page
            after = i + 1 < len(self.lines) and rows[i + 1] is not None and self.lines[i + 1].page == line.page
            if before or after:
                line.heading = False

    def position(self, line: Line) -> int | None:
        """Where ``line`` (this very line, not an equal one) stands among the document's lines; None if nowhere."""
        return next((i for i, candidate in enumerate(self.lines) if candidate is line), None)

    def next_line(self, line: Line, *, same_page: bool = True) -> Line | None:
        """The line after ``line`` (on its page, unless not ``same_page``), if any."""
        at = self.position(line)
        following = self.lines[at + 1] if at is not None and at + 1 < len(self.lines) else None
        return following if following is not None and (following.page == line.page or not same_page) else None

    def sentences(self, line: Line) -> list[Sentence]:
        spans = sentence_spans(line.text)
        if len(spans) > 1 and _date_label(line.text[spans[0][0]:spans[0][1]]):
            spans[:2] = [(spans[0][0], spans[1][1])]  # "- 18–22 March 2019. The draft goes out ...": one sentence
        spans = [part for span in spans for part in _calendar_items(line.text, span)]
        spans = [part for span in spans for part in _numbered_items(line.text, span)]
        return [self.sentence(line.text[s:e], line, line.offset + s) for s, e in spans]

    def sentence(self, text: str, line: Line, offset: int) -> Sentence:
        return Sentence(text, line, offset, self.passage_at(line.page, offset))

    def passage_at(self, page: int, offset: int) -> str | None:
        best = None
        for p in self.passages:
            start, end = (p.pages[0], p.char_start), (p.pages[-1], p.char_end)
            if start <= (page, offset) < end:
                return p.id
            if best is None and start > (page, offset) and p.pages[0] == page:
                best = p.id
        return best or next((p.id for p in self.passages if page in p.pages), None)

    def footnote_of(self, sentence: Sentence) -> str | None:
        """The footnote a sentence calls with a mark ("... 27 organisations¹", "... the Framework. ²"), if the document
        has it; a mark opening a sentence is the one before's."""
        end = sentence.offset - sentence.line.offset + len(sentence.text)
        after = re.match(rf"\s*([{FOOTNOTE_MARKS}])", sentence.line.text[end:])
        mark = next((c for c in sentence.text.lstrip()[1:] if c in FOOTNOTE_MARKS), after.group(1) if after else None)
        if mark and mark in self.footnotes and self.footnotes[mark] is not sentence.line:
            return self.footnotes[mark].text
        return None

    def footnote_evidence(self, footnote: str, sentence: Sentence) -> Evidence:
        """Evidence from a footnote: its passage and page, the sentence that calls it and the note."""
        line = next(candidate for candidate in self.lines if candidate.text == footnote)
        return Evidence(self.passage_at(line.page, line.offset), line.page, f"{sentence.text.strip()} {footnote}")


def subjects(sentence: Sentence, before: int, *, fallback: bool = True) -> list[Entity]:
    """The organisations or groups a sentence is about: "X is ...", "X and Y are ...", "... led by X",
    else the group the section is about.  A name after a preposition ("hosted by X") is no subject.
    A clause with a subject of its own counts from its start: in "JAXA develops X; CSA matures Y" the
    subject before "matures" is CSA."""
    led = LED_BY_RE.search(sentence.text)
    if led:
        agent = next((m for m in sentence.mentions if m.start >= led.end() and m.entity.type in ORG_LIKE), None)
        if agent and agent.start - led.end() < 5:
            return [agent.entity]
    start = clause_start(sentence, before)
    found = coordinated(sentence, start, before) or (coordinated(sentence, 0, before) if start else [])
    if found:
        return [m.entity for m in found]
    return [sentence.owner] if fallback and sentence.owner is not None else []


# Where a new clause starts: after ";" or ", and/while/whereas/but" (a list's ", and" follows a name), and after the
# "that" of reported speech, whose subject is its own ("The TWG recorded that DLR is working on ...", "The secretariat
# reported that ISECG then had 14 agencies").
_CLAUSE_RE = re.compile(r"(?:;|,\s+(?:and|while|whereas|but)|\s+(?:while|whereas)|\b(?:noted|recorded|reported|said|"
                        r"stated|announced|confirmed|observed|explained|indicated|mentioned|recalled|learned|heard|added|"
                        r"reminded\s+\w+)\s+that)\s+")


def clause_start(sentence: Sentence, before: int) -> int:
    ends = {m.end for m in sentence.mentions if m.entity.type in ORG_LIKE}
    starts = [m.end() for m in _CLAUSE_RE.finditer(sentence.text, 0, before)
              if m.group().startswith(";") or m.start() not in ends]
    return starts[-1] if starts else 0


LIST_ASIDE_RE = re.compile(r"\s*\([^()]{1,60}\)")


def coordinated(sentence: Sentence, start: int, before: int) -> list[Mention]:
    """The first organisations named from ``start`` to ``before``, coordinated ("DLR and CNES")."""
    found: list[Mention] = []
    end = start  # where the last one found ends, with its aside in brackets ("the Italian Space Agency (ASI)",
    # "NASA (lead)", "CNES (France)"): the list goes on after it, a name inside it is none of the list's
    for m in sentence.mentions:
        if m.start < start or m.start >= before or m.entity.type not in ORG_LIKE \
                or PEOPLE_OF_RE.match(sentence.text, m.end) or found and m.start < end:
            continue
        if not found and not NOT_SUBJECT_BEFORE.search(sentence.text[start:m.start]):
            found.append(m)
        elif found and re.fullmatch(r"\s*(?:,|and|&|,\s*and)\s*(?:the\s+)?", sentence.text[end:m.start]):
            found.append(m)  # "DLR and CNES are ...", "the AEB and the KARI joined"
        elif found:
            break
        aside = LIST_ASIDE_RE.match(sentence.text, m.end)
        end = aside.end() if aside else m.end
    return found


def subject(sentence: Sentence, before: int, *, fallback: bool = True) -> Entity | None:
    found = subjects(sentence, before, fallback=fallback)
    return found[0] if found else None
