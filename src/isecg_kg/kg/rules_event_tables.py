"""Tables of events: an optional caption ("Table 4. Senior managers meetings, 2021–2022"), a header line
naming the columns in any order ("Date Place Host Agencies represented", "Venue | Dates | Organiser |
Participants"), then one row a line whose cells may wrap onto the next lines ("2022-06-14 to 2022-06-15
Rome, Italy (hybrid) ASI 22").  Page text keeps no cell borders, so a row is cut into cells by what each
kind looks like: the date cell is a date, the participants cell a number, the host cell an organisation;
the place is what lies between them, in the header's order.  When the date is not the first column, page
text may wrap every cell onto lines of its own (the date too) or run two rows on one line: the lines below
the header are joined and cut into rows at their dates.  A meeting's record ("Place: ..." / "Dates: ..." /
"Host: ...") is read as a table of one row, turned.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

import pyoxigraph as ox

from .context import Context, State
from .dates import DAY_WORD, DateSpan, find_dates, join_ranges
from .reference import Entity, Mention
from .rules_events import COUNT_FIELD_RE, PEOPLE, VIRTUAL_RE, count_of, date_facts, find_place, online, participant_count, virtual_place
from ..text import CARDINALS, TENS
from .rules_org import number
from .series import MEETING_RECORDS, ORDINALS
from .text import ORG_LIKE, TABLE_CAPTION_RE, Line, Sentence, clean_name

# The words a header may use for each kind of column (longer phrases first: "host country" is a place).
_COLUMNS = [
    ("place", r"host\s+(?:city|country)|city\s*/\s*country|venue|location|place|city|country|where|site"),
    ("count", r"(?:number|no\.?)\s+of\s+(?:agencies|participants|delegates|delegations|countries|attendees|members|"
              r"organi[sz]ations)|(?:agencies|countries|organi[sz]ations|members|delegations)\s+(?:represented|"
              r"present|attending|participating)|(?:participating|represented)\s+(?:agencies|countries|organi[sz]ations)"
              r"|participants|participation|attendees|attendance|delegates|delegations|agencies|represented|present"),
    ("host", r"host(?:ing)?\s+(?:agency|organi[sz]ation)|(?:hosted|organi[sz]ed|convened)\s+by|hosts?|organi[sz]ers?|"
             r"conveners?"),
    ("date", r"dates?|date\(s\)|when|days?|months?"),  # a calendar's "Month" column ("March 2023")
    ("name", r"meetings?|events?|names?|titles?|occasions?|workshops?|forums?|conferences?|sessions?|gatherings?|"
             r"what(?:\s+happened)?|activit(?:y|ies)|milestones?|happenings?|developments?|description"),
    # Who met (the body of the meeting: "ERWG", "Senior managers"): the row's name, the table's kind of event.
    ("body", r"body|bodies|(?:working\s+)?group|committee"),
    ("index", r"no\.?|#|nr\.?"),
    ("mode", r"format|mode|attendance\s+mode"),  # "online", "hybrid", "in person"
    ("other", r"(?:main\s+|key\s+)?(?:topics?|themes?|subjects?|outcomes?|decisions?|results?)|notes?|remarks?|"
              r"comments?|purpose|focus|type|agenda|chair"),
]
_HEADER_RE = re.compile("|".join(rf"(?P<{kind}>{words})(?![\w(])" for kind, words in _COLUMNS), re.I)
_SEPARATOR_RE = re.compile(r"[\s|/,;]*")
EVENT_NOUNS = {"meeting": "meeting", "meetings": "meeting", "workshop": "workshop", "workshops": "workshop",
               "forum": "forum", "forums": "forum", "conference": "conference", "conferences": "conference",
               "symposium": "symposium", "symposia": "symposium", "summit": "summit", "summits": "summit",
               "plenary": "plenary", "plenaries": "plenary", "congress": "congress", "congresses": "congress"}
_EVENT_NOUN_RE = re.compile(rf"\b(?:{'|'.join(EVENT_NOUNS)})\b", re.I)
# A participants cell: a number standing alone (not in a date, a name like "Artemis-2" or "3/4").
_NUMBER_RE = re.compile(r"(?<![\w\-–/])(?<!\d[.,])(\d{1,3})(?![\w\-–/%]|[.,]\d)")
_WORD_NUMBER_RE = re.compile(rf"(?<![\w\-])(?:(?:{'|'.join(TENS)})(?:-(?:{'|'.join(list(CARDINALS)[1:10])}))?|"
                             rf"{'|'.join(w for w in CARDINALS if w not in ('zero', 'one'))})(?![\w\-])", re.I)
# A count cell left without a figure: "n/a", "not recorded", "unknown", "—".
_NOT_APPLICABLE_RE = re.compile(r"\bn/a\b|\bnot\s+(?:applicable|recorded|known|available|reported)\b|\bunknown\b|"
                                r"(?<!\S)[–—-](?!\S)", re.I)


class _Number(NamedTuple):
    start: int
    end: int
    value: int | None


def _numbers(text: str, start: int = 0, end: int | None = None) -> list[_Number]:
    """The counts a row's text may give, in figures or words ("15", "eleven", "forty-one"), in order."""
    end = len(text) if end is None else end
    found = [_Number(m.start(1), m.end(1), int(m.group(1))) for m in _NUMBER_RE.finditer(text, start, end)]
    found += [_Number(m.start(), m.end(), n) for m in _WORD_NUMBER_RE.finditer(text, start, end)
              if (n := number(m.group())) is not None]
    return sorted(found)
_CELL_MAX_WORDS = 8  # a wrapped cell's line is short; a longer line is prose after the table
_CELLS_MAX_WORDS = 16  # below a dated row, the cleaner may run a few wrapped cells onto one line
_WRAPPED_MAX_LINES = 3  # continuation lines one row may have beside one a column
_HEADER_MAX_LINES = 6  # lines a header may take (one cell a line)
_BLOCK_MAX_LINES = 80  # lines a table of wrapped cells may take below its header


def columns(text: str) -> list[str] | None:
    """The kinds of the columns a header line names, in order, or None if it is no header of an
    event table (a word no header uses, or no date column, or too little beside it)."""
    kinds: list[str] = []
    at = 0
    text = text.strip()
    while True:
        gap = _SEPARATOR_RE.match(text, at)
        at = gap.end()
        if at >= len(text):
            break
        # ("Meeting or event": one column named two ways)
        joined = re.match(r"(?:and|or|&)\s+", text[at:]) if kinds and "|" not in gap.group() else None
        at += joined.end() if joined else 0
        m = _HEADER_RE.match(text, at)
        if m is None:
            return None
        kind = m.lastgroup or "other"
        # "Place / format", "Event and participants": one column named twice
        if kinds and ("/" in gap.group() and "|" not in gap.group() or joined):
            kinds[-1] = kinds[-1] if kinds[-1] != "other" else kind
        else:
            kinds.append(kind)
        at = m.end()
        # "Place (host)": a column's second name in brackets, the column's cells naming both ("Houston (NASA)")
        if (inner := re.match(r"\s*\(([^()]{2,30})\)", text[at:])) and _HEADER_RE.fullmatch(inner.group(1).strip()):
            at += inner.end()
    return kinds if _event_columns(kinds) else None


# A count column of people ("Delegates"), not of the agencies or delegations they came from.
_PEOPLE_RE = re.compile(r"(?:.*\s)?(?:participants|attendees|attendance|delegates|people|persons|experts)", re.I)


def _preferred_count(text: str) -> int:
    """Of a header's count columns, the first that counts agencies (or delegations, countries), not people
    ("When What Where Organised by Delegates Agencies": the second): its place among the count columns."""
    counted = [m.group() for m in _HEADER_RE.finditer(text) if m.lastgroup == "count"]
    return next((i for i, words in enumerate(counted) if not _PEOPLE_RE.fullmatch(words)), 0)


def _event_columns(kinds: list[str]) -> bool:
    details = {"place", "host", "count", "mode"} & set(kinds)
    return "date" in kinds and bool(details) and (len(details) > 1 or "name" in kinds or len(kinds) >= 3) \
        or _described(kinds)


def _described(kinds: list[str]) -> bool:
    """A dated list of what happened: a date column and one saying what ("When | What happened", "Date Milestone")."""
    return set(kinds) - {"other", "index"} == {"date", "name"}


def _pipe_table(lines: list[Line]) -> tuple[list[str], list[list[str]], list[Line]] | None:
    """A Markdown table from its header line on: (column kinds, rows of cells, the lines it takes).  Page
    text may join its rows on one line ("| a | b | | c | d |"): an empty cell between two rows parts them."""
    block = []
    for line in lines:
        if not line.text.startswith("|"):
            break
        block.append(line)
    tokens = [t.strip() for t in " ".join(line.text for line in block).strip().strip("|").split("|")]
    width = tokens.index("") if "" in tokens else len(tokens)
    kinds = [_cell_kind(_plain(cell, bullet=False)) for cell in tokens[:width]]  # "**Date**"
    if not width or None in kinds or not _event_columns(kinds):
        return None
    rows = [tokens[i:i + width] for i in range(width + 1, len(tokens), width + 1)]
    rows = [row for row in rows if len(row) == width and not all(re.fullmatch(r":?-{3,}:?", c) for c in row)]
    return kinds, rows, block


def _cell_kind(cell: str) -> str | None:
    m = _HEADER_RE.fullmatch(cell)
    # "Meeting or event", "Place / format": a column named two ways, of its first name's kind (as ``columns`` reads it)
    two = None if m else re.fullmatch(r"(.+?)\s*(?:/|\s(?:or|and|&)\s)\s*(.+)", cell)
    if two and _HEADER_RE.fullmatch(two.group(2)):
        m = _HEADER_RE.fullmatch(two.group(1))
    return m.lastgroup if m else None


def caption_name(text: str) -> str | None:
    """The name a caption gives its rows' events: "Table 4. ISECG senior managers meetings, 2021–2022"
    -> "ISECG senior managers meeting"."""
    text = re.sub(r"^\d{1,2}\.(?:\d{1,2}\.?)*\s+", "", TABLE_CAPTION_RE.sub("", text))  # "2. Meetings held in 2019"
    noun = _EVENT_NOUN_RE.search(text)
    if noun is None:
        return None
    # ("Report of the ISECG Workshop ...": the workshop's name, not its report's)
    words = re.sub(r"^(?:(?:list|overview|summary|schedule|calendar|report|proceedings)\s+of\s+(?:the\s+)?|(?:some|all|most|several|each|\d{1,2}|"
                   r"two|three|four|five|six|seven|eight|nine|ten)\s+of\s+(?:the\s+)?)", "", text[:noun.start()], flags=re.I)
    name = clean_name(f"{words} {EVENT_NOUNS[noun.group().lower()]}")
    return name[0].upper() + name[1:] if name else None


_PROGRAMME_RE = re.compile(r"\b(?:sessions?|chairs?)\b", re.I)  # a programme's columns


def event_table(ctx: Context, state: State, sentence: Sentence) -> bool:
    """A header line of an event table: read its rows at once (they are used up when reached)."""
    line = sentence.line
    if (line.page, line.offset) in state.used_lines:
        return True
    # (a dateline's further fields on its line, "· Rapporteurs: ...", are the other rules' too)
    head = _dateline_head(line.text)
    if sentence.offset == line.offset and _DATELINE_RE.fullmatch(head):
        return _dateline(ctx, state, line) and head == line.text
    if sentence.offset == line.offset and (_DATE_FIRST_LINE_RE.fullmatch(head) or _DASH_DATELINE_RE.fullmatch(head)) \
            and _dateline(ctx, state, line):
        return head == line.text
    record = ctx.events.record
    if sentence.offset == line.offset and record is not None and (field := _HOST_FIELD_RE.match(line.text)) \
            and not any(f.s == record.iri and f.p == "schema:organizer" for f in ctx.rec.result.facts):
        # "Hosting agency: ASI" below the record's head: its host
        hosts = [x.entity for x in ctx.rec.gazetteer.find(line.text[field.end():]) if x.entity.type in ORG_LIKE][:2]
        for host in hosts if re.fullmatch(r"[\w\s()&,.’'\-]{1,80}", line.text[field.end():]) else []:
            ctx.rec.fact(record.iri, "schema:organizer", host.iri, "event-table", 0.8, sentence.evidence())
        return False
    if sentence.offset == line.offset and _HELD_LINE_RE.fullmatch(_TRAILING_CAPTION_RE.sub("", line.text)) \
            and _dateline(ctx, state, line):
        if _TRAILING_CAPTION_RE.search(line.text) and ctx.events.record is not None:
            _attendance_list(ctx, ctx.events.record, line)  # "..., 12–13 March 2025 Participants:" / the list below
        return True
    record = ctx.events.record
    if sentence.offset == line.offset and record is not None and (field := COUNT_FIELD_RE.match(line.text)) \
            and (n := count_of(field.group(1))) and not any(f.s == record.iri and f.p == "isecg:participantCount"
                                                         for f in ctx.rec.result.facts):
        participant_count(ctx, record, n, sentence.evidence())  # "Participants: 23 agencies" in a record's head
        return False
    if sentence.offset == line.offset and (attended := _recorded(ctx, state)) is not None \
            and (_ATTENDANCE_CAPTION_RE.match(line.text) or _TRAILING_CAPTION_RE.search(line.text)) \
            and not _counted_bodies(ctx, attended):
        _attendance_list(ctx, attended, line)
    if sentence.offset == line.offset and record is not None and _ATTENDANCE_HEADER_RE.match(_cells_text(line.text)):
        _attendance_table(ctx, record, ctx.text.position(line))
    if sentence.offset != line.offset or not _HEADER_RE.match(_plain(line.text).lstrip("| ")):
        return False  # a header starts with a column's name
    at = ctx.text.position(line)
    if _LABEL_RE.match(_plain(line.text)):
        done = _record(ctx, state, at)
        # "Date: 11–12 June 2019 Location: DLR, Bremen In attendance:" / "ASI" / "CNES" / ...: the list below
        captioned = next((c for c in ctx.text.lines[at:at + _RECORD_MAX_LINES] if (c.page, c.offset) in state.used_lines
                          and _TRAILING_CAPTION_RE.search(c.text)), None)
        if done and captioned is not None and ctx.events.record is not None:
            _attendance_list(ctx, ctx.events.record, captioned)
        return done
    if _bare_record(ctx, ctx.text.lines[at:at + _RECORD_MAX_LINES]):
        return _record(ctx, state, at, bare=True)  # "Date 4–6 June 2019" / "Location Tsukuba, Japan" / "Host JAXA"
    before = [c for c in ctx.text.lines[max(0, at - 2):at] if TABLE_CAPTION_RE.match(c.text) or c.heading]
    years = set(re.findall(r"\b(?:19|20)\d\d\b", before[-1].text)) if before else set()
    year = int(years.pop()) if len(years) == 1 else None  # "Meetings in 2021": rows may give no year
    if line.text.startswith("|"):
        table = _pipe_table(ctx.text.lines[at:])
        if table is None:  # "| Date | Sunday 24 October 2021 |" / "| Venue | Dubai |": a record in two columns
            return _field(line.text) is not None and _record(ctx, state, at)
        kinds, cells, used = table
        prefer = _preferred_count(" | ".join(line.text.strip().strip("|").split("|")[:len(kinds)]))
        rows = [(_pipe_cells(ctx, kinds, row, year, prefer), " | ".join(row), line) for row in cells]
    else:
        kinds, header = _header(ctx.text.lines[at:at + _HEADER_MAX_LINES])
        below = _over_page_foot(kinds, ctx.text.lines[at + len(header):], year)
        if kinds and below and (last := _last_cell_run_on(kinds, header, below[0])) is not None:
            kinds, below = last[0], [last[1]] + below[1:]
        prefer = _preferred_count(" ".join(h.text for h in header))
        if kinds and _date_first(kinds):
            lines = _rows(ctx, kinds, below, year)
            rows = [(_cells(ctx, kinds, text, year, prefer), text, row[0])
                    for row in lines for text in _run_rows(ctx, kinds, _joined(row), year)]
            used = header + [r for row in lines for r in row]
        else:
            block, used = _block_rows(kinds, below, year) if kinds else ([], [])
            rows = [(_cells(ctx, kinds, text, year, prefer), text, first) for text, first in block]
            used = header + used
    # a row naming a work's edition alone ("GER, first edition"): no event, the editions' rule reads it
    editions = [first for cells, _, first in rows if cells["name"] and _EDITION_NAME_RE.fullmatch(cells["name"])]
    rows, used = [row for row in rows if row[2] not in editions], [r for r in used if r not in editions]
    if not rows:
        return False
    name = caption_name(before[-1].text) if before else None
    if name is None and _described(kinds):  # "Lunar milestones, 2023": each row a thing that happened
        if _PROGRAMME_RE.search(line.text):  # "Date Session Chair": a programme's sessions, the parts of one
            return False  # gathering, no events; its rows' people ("Kenji Watanabe (JAXA)") are the other rules'
        for cells, text, first in rows:
            _happened_row(ctx, cells, text, first)
        state.used_lines.update((r.page, r.offset) for r in used)
        state.line, state.event, state.table = line, None, None
        return True
    if name is None and not {"name", "body"} & set(kinds) and len({"place", "host", "count"} & set(kinds)) < 2:
        return False  # "Date Place" under a caption naming no events: launches, landings, anything
    body = ctx.body.acronym or ctx.body.label if ctx.body is not None else None
    if name is None or " " not in name:  # "Workshops, 2019-2021": the document's body's workshops
        # ("Senior managers met three times in 2019" above the table: the body's senior managers meetings)
        name = " ".join(filter(None, [body, _who_met(ctx, at), (name or "meeting").lower()]))
        name = name[0].upper() + name[1:]
    read: set[str] = set()
    for cells, text, first in rows:
        if "body" in kinds and cells["name"] and not _EVENT_NOUN_RE.search(cells["name"]):
            cells["name"] = f"{cells['name']} {name.split()[-1].lower()}"  # "ERWG" under "... meetings": an ERWG meeting
        _read_row(ctx, cells, text, first, name, rows=read)
    state.used_lines.update((r.page, r.offset) for r in used)
    state.line, state.event, state.table = line, None, None
    return True


# Who met, told in the prose just above a table of meetings whose caption names no kind of meeting ("Senior managers
# met three times in 2019"; not "The group met ...": the body itself).
_WHO_MET_RE = re.compile(r"(?:^|[.;]\s+)(?:The\s+)?(?P<who>(?!The\b)[A-Z][a-z]+(?:\s+[a-z]+){0,2}?)\s+(?:met|meet|gathered|convened)\b")
_WHO_MET_LINES = 4  # lines of prose between a caption and the table's header
_WHO_MET_BODY = {"group", "members", "agencies", "it", "they", "we"}


def _who_met(ctx: Context, at: int) -> str | None:
    """Who met at the meetings of the table whose header is line ``at``, as the prose above it (below any heading)
    says; None when it says none."""
    prose: list[str] = []
    for line in reversed(ctx.text.lines[max(0, at - _WHO_MET_LINES):at]):
        if line.heading or TABLE_CAPTION_RE.match(line.text):
            break
        prose.insert(0, line.text)
    m = _WHO_MET_RE.search(" ".join(prose))
    return m.group("who").lower() if m and m.group("who").lower() not in _WHO_MET_BODY else None


# A row naming a work's edition alone, no event of it ("GER, second edition", "The Roadmap 3rd edition"; not "Release of
# the first edition").
_EDITION_NAME_RE = re.compile(rf"\W*(?:[A-Z][\w\-]*\s+){{0,6}}?[A-Z][\w\-]*,?\s+(?i:{'|'.join(ORDINALS)})\s+(?i:edition)\W*")


# The paragraph after a table run onto its last row: "... Milan, Italy ASI 23 agencies The plenary in Tokyo also
# approved the 2024 work plan." (a capitalised word opening a clause of lower-case words, ending in a full stop)
_RUN_ON_ROW_RE = re.compile(r"\s(?=(?:The|This|These|Those|It|Its|In|All|Further|More|Each|Both|An?)\s+(?:[a-z][\w\-]*|[A-Z][\w\-]*)"
                            r"(?:\s+[\w\-’',]+){2,}\.(?:\s|$))")


def _cut_run_on(text: str) -> str:
    run_on = _RUN_ON_ROW_RE.search(text)
    return text[:run_on.start()] if run_on and run_on.start() > 0 else text


# A labelled line of a meeting's record: "Dates: 1-2 March 2018", "Host: CSA", "Place: Tokyo, Japan".
_LABEL_RE = re.compile(r"([A-Z][A-Za-z()/ ]{1,30}?)\s*:\s+(\S.*)")
_RECORD_MAX_LINES = 8  # labelled lines a record's head may have
_TITLE_LINES = 3  # lines above it that may give the meeting's name


# A caption over the list of who attended a recorded meeting: "Annex 1 – Agencies represented", "List of participants".
_ATTENDANCE_CAPTION_RE = re.compile(r"(?:(?:Annex|Appendix|Attachment)\s+[\dA-Z]+\W+)?(?:(?:agencies|delegations|organi[sz]ations)\s+"
                                    r"(?:represented|present|attending|participating)|attendance(?:\s+list)?|"
                                    r"list\s+of\s+(?:participating\s+)?(?:agencies|delegations|organi[sz]ations|participants|attendees))\s*:?(?=\s|$)"
                                    # a sentence over its list: "The following agencies were represented at
                                    # head-of-delegation level:"
                                    r"|(?:the\s+)?(?:following\s+)?(?:agencies|delegations|organi[sz]ations)\s+(?:were\s+)?(?:represented|"
                                    r"present|attended|took\s+part|participated)\b[^:.;]{0,60}:(?=\s|$)"
                                    # a minutes' field over its list: "Present:", "Participants:", "In attendance:"
                                    r"|(?:present|participants|attendees|in\s+attendance|members\s+present)\s*:(?=\s|$)", re.I)
# such a field ending the line before its list, the line the page text ran it onto ("..., 12–13 March 2025 Participants:")
_TRAILING_CAPTION_RE = re.compile(r"\s(?:Present|Participants|Attendees|In\s+attendance|Members\s+present)\s*:\s*$")
# who did not attend, said after the list: "Apologies: KARI, ISRO", "Apologies were received from ...", "Absent: ..."
_NOT_PRESENT_RE = re.compile(r"\s*\b(?:Apologies|Regrets|Absent|Excused|Unable\s+to\s+attend|Observers?|Secretariat|"
                             r"Guests?|Invited)\b")
# a person named before the organisation in brackets: "J. Smith (NASA)", "Dr Anna Keller (ESA)", "Marco Rossi (ASI)"
_PERSON_RE = re.compile(r"(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?(?:[A-Z]\.(?:\s*-?[A-Z]\.)*|[A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
                        r"(?:\s+(?:van|von|de|del|da|di|le|la)\b)?(?:\s+[A-Z][\w\-’']+){1,2}")
_LIST_MAX_LINES = 40  # lines an attendance list may take
_PEOPLE_TOLD_RE = re.compile(rf"\b{PEOPLE}\b", re.I)
# how an item of the list took part, after its name: "ESA, remotely", "CSA (online)", "JAXA, by videoconference"
_ATTENDED_HOW_RE = re.compile(r",?\s*\(?\b(?:remotely|online|virtually|in\s+person|by\s+video(?:conference|\s+link)?)\)?\s*$", re.I)


def _recorded(ctx: Context, state: State) -> Entity | None:
    """The gathering the document records: the one its head gives, else, in a meeting's record (a communiqué telling
    it in prose: "The senior managers met in Seoul on ..."), the gathering of its year told last."""
    if ctx.events.record is not None or ctx.series.genre not in MEETING_RECORDS or state.gathering is None:
        return ctx.events.record
    event = state.gathering[0]
    return event if ctx.events.starts.get(event.iri, "").startswith(str(ctx.doc.year)) else None


def _counted_bodies(ctx: Context, record: Entity) -> bool:
    """Whether the record has a head count told with no people counted ("Sixty-three delegates took part" counts none
    of the agencies a list below names)."""
    return any(f.s == record.iri and f.p == "isecg:participantCount" and not _PEOPLE_TOLD_RE.search(f.evidence.sentence)
               for f in ctx.rec.result.facts)


def _attendance_list(ctx: Context, record: Entity, caption: Line) -> None:
    """The organisations listed one a line under an attendance caption ("NASA (United States)" / "ESA (Europe)"):
    those who attended the recorded meeting, and how many."""
    lines = ctx.text.lines
    at = ctx.text.position(caption)
    found: list[Entity] = []
    head = _ATTENDANCE_CAPTION_RE.match(caption.text) or _TRAILING_CAPTION_RE.search(caption.text)
    # (the list's first item may share the caption's line: "Annex 1 – Agencies represented NASA (United States)")
    items = ([caption.text[head.end():]] if caption.text[head.end():].strip() else []) \
        + [line.text for line in lines[at + 1:at + 1 + _LIST_MAX_LINES]]
    ended = False
    for item in items:
        # "J. Smith (NASA); A. Rossi (ASI); ..." on one line; "... (CNES) Apologies were received from ISRO": no more
        cut = _NOT_PRESENT_RE.search(item)
        ended = cut is not None
        parts = [p for p in re.split(r"\s*;\s*", item[:cut.start()] if cut else item) if p.strip()]
        for part in parts:
            text = _plain(part).strip().rstrip(".,")
            orgs: list[Mention] = []  # (one body by its acronym and its name: "NASA (National Aeronautics and ...)")
            for m in ctx.rec.gazetteer.find(text):
                if m.entity.type in ORG_LIKE and all(o.entity.iri != m.entity.iri for o in orgs):
                    orgs.append(m)
            rest = re.sub(r"\([^()]*\)", " ", text[:orgs[0].start] + text[orgs[0].end:]) if len(orgs) == 1 else text
            rest = _ATTENDED_HOW_RE.sub(" ", rest)  # "ESA (European Space Agency), remotely": how it took part
            person = len(orgs) == 1 and text[orgs[0].start - 1:orgs[0].start] == "(" \
                and _PERSON_RE.fullmatch(text[:orgs[0].start - 1].strip(" ,–-"))  # "J. Smith (NASA)"
            if len(orgs) != 1 or not person and re.search(r"[A-Za-z]{3,}", rest.replace("the", "")) \
                    and not re.fullmatch(r"\W*", rest):
                ended = True  # a line that is one organisation alone (its country in brackets), else the list ended
                break
            found.append(orgs[0].entity)
        if ended:
            break
    if len({e.iri for e in found}) >= 2:
        evidence = ctx.text.sentence(caption.text, caption, caption.offset).evidence()
        for org in found:
            ctx.rec.fact(record.iri, "schema:attendee", org.iri, "attendance-list", 0.75, evidence)
        participant_count(ctx, record, len({e.iri for e in found}), evidence)


# The header of a record's attendance table: a column of the bodies present, one of the people each sent ("Agency
# Delegates Status", "Agency Full name Head of delegation Delegates", "| Organisation | Participants |").
_ATTENDANCE_HEADER_RE = re.compile(r"(?:agency|agencies|organi[sz]ations?|delegations?)\b(?=[^\d.]*\b(?:delegates|"
                                   r"participants|attendees|representatives|persons|people|attendance|"
                                   r"heads?\s+of\s+delegation)\b)(?!.{60})", re.I)
# A row's last cell saying how its body attended: "NOSA – Norwegian Space Agency Kari Nordvik remote".
_ATTENDED_CELL_RE = re.compile(r"\b(?:in\s+person|on\s+site|remote(?:ly)?|online|virtual(?:ly)?|by\s+video(?:conference|"
                               r"\s+link)?)\W*$", re.I)
# Its row of totals: "Total 44", "Total: 22 agencies 41".
_TOTAL_ROW_RE = re.compile(r"(?:total|totals|sum)\b\s*:?", re.I)
# what its figures may count; any other word tells a total of something else ("Total contribution 12 MEUR")
_TOTAL_NOUNS_RE = re.compile(r"\b(?:agencies|organi[sz]ations|delegations|delegates|participants|attendees|members|"
                             r"countries|people|persons|representatives)\b", re.I)
_ATTENDANCE_MAX_ROWS = 60  # rows (wrapped cells included) an attendance table may take
_WRAPPED_CELL_WORDS = 6  # a line of a row's wrapped cells: short, no figure
_WRAPPED_LINES = 2  # lines a row telling how its body attended may wrap onto before that cell


def _cells_text(text: str) -> str:
    """A table line's text, a Markdown table's bars and emphasis left out ("| **Total** | **44** |" -> "Total 44")."""
    return re.sub(r"\s+", " ", _plain(text).replace("|", " ").replace("*", "")).strip()


def _attendance_table(ctx: Context, record: Entity, at: int) -> None:
    """A table of the bodies at a recorded meeting, each row a body and the people it sent, closed by its totals
    ("Agency Delegates Status" / "NASA 6 Member" / ... / "Total 44"): each body attended the meeting, and each total
    counts its participants (the people; the bodies too when the row says so: "Total: 22 agencies 41"). A table that
    closes with no totals, or with a row naming no body, gives nothing: its rows may not all have been present; but
    one whose every row ends saying how its body attended ("ASA – Australian Space Agency Rebecca Lindqvist remote")
    gives its bodies, at the first line that is no row."""
    found: list[tuple[Entity, Line]] = []
    wrapped, lines_wrapped = "", 0
    told = True  # every row so far tells how its body attended

    def attended(rows: list[tuple[Entity, Line]]) -> None:
        for org, row in rows:
            ctx.rec.fact(record.iri, "schema:attendee", org.iri, "attendance-table", 0.75,
                         ctx.text.sentence(row.text, row, row.offset).evidence())

    for line in ctx.text.lines[at + 1:at + 1 + _ATTENDANCE_MAX_ROWS]:
        text = _cells_text(line.text)
        if (total := _TOTAL_ROW_RE.match(text)) and len({e.iri for e, _ in found}) >= 2:
            counts = {n.value for n in _numbers(text, total.end())}
            if not counts or re.search(r"[a-z]{3,}", _TOTAL_NOUNS_RE.sub("", text[total.end():])):
                return  # "Total contribution 12 MEUR": no head count
            evidence = ctx.text.sentence(line.text, line, line.offset).evidence()
            attended(found)
            for n in sorted(counts):
                participant_count(ctx, record, n, evidence)
            return
        how = _ATTENDED_CELL_RE.search(text)
        # a cell wrapped onto lines of its own: "UK Space" / "Agency Tom Baker 2"; in rows that tell how their body
        # attended, any line up to that cell ("SNSA – Swedish National Space Agency (until" / "2018 the Swedish ...")
        if not how and not text.endswith(".") and (not re.search(r"\d", text) and len(text.split()) <= _WRAPPED_CELL_WORDS
                                                    or found and told and lines_wrapped < _WRAPPED_LINES):
            wrapped, lines_wrapped = wrapped + text + " ", lines_wrapped + 1
            continue
        if not how and re.search(r"[a-z)]\.(?:\s|$)", text) and len(text.split()) > _WRAPPED_CELL_WORDS:
            break  # a sentence below the table ("The Secretariat (ESA) provided minutes. ... 19 delegations")
        orgs = [m.entity for m in ctx.rec.gazetteer.find(wrapped + text) if m.entity.type in ORG_LIKE]
        if not orgs and how and found and told:  # a row of a body no reference list has: the table goes on
            wrapped, lines_wrapped = "", 0
            continue
        if not orgs or not (_numbers(text) or how):
            break  # no body's row: prose, or another table
        told = told and how is not None
        found.append((orgs[0], line))  # "NASA 6 Member", "ISA (Israel Space Agency) 1 Applicant"
        wrapped, lines_wrapped = "", 0
    if told and len({e.iri for e, _ in found}) >= 2:
        attended(found)


# A record's dateline under its title: "Tokyo, 1-2 March 2018", "Paris, France, Tuesday 4 June 2019".
# ("Kyoto, Japan — 20–21 February 2013": a dash or a dot between them; "... 2013 Organised by: JAXA": a field of the
# record's head the page text ran onto the line)
_DATELINE_RE = re.compile(r"(?P<place>[A-Z][\w\-.' ]{1,30}(?:,\s*[A-Z][\w\-.' ]{1,30})?),\s+(?P<date>\S.{5,40})")
_DASH_DATELINE_RE = re.compile(r"(?P<place>[A-Z][\w\-.' ]{1,30}?(?:,\s*[A-Z][\w\-.' ]{1,30}?)?)(?:,|\s+[—–·|])\s+"
                               r"(?P<date>\d.{5,40}?)(?:\s+(?P<field>[A-Z][A-Za-z ]{1,25}?)\s*:\s+(?P<value>\S.{0,60}))?")


# A record's head line saying where it was held and when: "Held at the headquarters of the UK Space Agency, Swindon,
# 12–13 March 2025", "Meeting held in Rome, 14 June 2022", "Hosted by DLR, Bremen, 8 November 2016".
_HELD_LINE_RE = re.compile(r"(?:(?:[Mm]eeting\s+|[Ww]orkshop\s+)?(?:[Hh]eld|[Hh]osted|[Cc]onvened)|HELD|HOSTED)\s+(?:at|in|by)\s+"
                           r"(?P<rest>(?P<place>[^;:]{3,80}?),\s+(?P<date>(?:\d{1,2}|[A-Z][a-z]+)[^,;:]{3,40}))")
# A record's dateline giving the days first: "11 September 2012 · Naples, Italy", "20–21 February 2013 – Kyoto".
_DATE_FIRST_LINE_RE = re.compile(r"(?P<date>(?:\d{1,2}|[A-Z][a-z]+)[^·|—–,]{3,30}?\d{4})\s*(?:[·|—–]|,)\s*"
                                 r"(?P<place>[A-Z][\w\-.' ]{1,30}?(?:,\s*[A-Z][\w\-.' ]{1,30}?)?)")
# A field of a record's head naming its host: "Hosting agency: ASI", "Host: CSA", "Organised by: JAXA".
_HOST_FIELD_RE = re.compile(r"\W*(?:Host(?:ing)?(?:\s+(?:agency|agencies|organi[sz]ations?|institutions?))?|Hosts|(?:Hosted|Organi[sz]ed|"
                            r"Convened)\s+by|Organi[sz]ers?|Conveners?)\s*:\s*")
# the owner of a site named ("the headquarters of the UK Space Agency", "ESA's ESTEC", "CNES headquarters")
_SITE_OF_RE = re.compile(r"\b(?:headquarters|HQ|premises|offices?|campus|site|facilities|cent(?:re|er)|invitation)\s+of\s+"
                         r"(?:the\s+)?$", re.I)


def _title_above(ctx: Context, at: int) -> str | None:
    """The name of the gathering a record's title gives, on the heading just above line ``at`` or, over headings
    saying what the record is ("Minutes", "Summary record"), on one of the few above it."""
    for line in reversed(ctx.text.lines[max(0, at - _TITLE_LINES):at]):
        if not line.heading:
            return None
        titles = re.split(r"\s+(?:--|—|–)\s+|[():]", line.text)
        named = next((n for part in titles if (n := caption_name(part.strip()))), None)
        if named is not None:
            return named
        if not re.fullmatch(r"(?i:(?:draft\s+|final\s+|approved\s+)?(?:minutes|summary(?:\s+record)?|record|report|"
                            r"meeting\s+report|summary\s+of\s+(?:discussions|outcomes)|outcomes?|notes|agenda)"
                            r"(?:\s+of\s+the\s+meeting)?)", line.text.strip(" .")):
            return None
    return None


def _dateline_head(text: str) -> str:
    """A dateline the head's further fields follow, parted by dots or bars ("Berlin, 23–24 April 2018 · hosted by
    DLR · Rapporteurs: ..."): its first part."""
    return _FIELD_SPLIT_RE.split(text, maxsplit=1)[0]


def _dateline(ctx: Context, state: State, line: Line) -> bool:
    """The dateline of a meeting's record, below the title that names the meeting ("ISECG Senior Managers Meeting
    -- Summary Record" / "Tokyo, 1-2 March 2018"; "... Meeting (SAM-35)" / "Minutes" / "Held at the headquarters of
    the UK Space Agency, Swindon, 12–13 March 2025"): its place, dates and the host whose site it was; the meeting
    is the event of the record's sentences."""
    at = ctx.text.position(line)
    head = _dateline_head(line.text)
    m = _DATELINE_RE.fullmatch(head) or _HELD_LINE_RE.fullmatch(_TRAILING_CAPTION_RE.sub("", line.text)) \
        or _DATE_FIRST_LINE_RE.fullmatch(head) or _DASH_DATELINE_RE.fullmatch(head)
    dates = _dates(m.group("date"), ctx.doc.year)
    if not at or len(dates) != 1 or re.search(r"[A-Za-z]", m.group("date")[dates[0].pos[1]:]) \
            or find_dates(m.group("place")):
        return False
    hosts: list[Entity] = []
    place = m.group("place")
    field = m.groupdict().get("field")
    if field and _cell_kind(field) != "host":
        return False
    if field:  # "Organised by: JAXA"
        hosts = [x.entity for x in ctx.rec.gazetteer.find(m.group("value")) if x.entity.type in ORG_LIKE][:1]
    for part in _FIELD_SPLIT_RE.split(line.text)[1:] if m.re is not _HELD_LINE_RE else []:
        if by := _HOSTED_BY_RE.match(part):  # "... · hosted by the German Aerospace Center (DLR)"
            hosts = hosts or [x.entity for x in ctx.rec.gazetteer.find(part[by.end():]) if x.entity.type in ORG_LIKE][:1]
    if m.re is _HELD_LINE_RE:
        hosted = re.match(r"(?i:hosted)", line.text)
        orgs = [x for x in ctx.rec.gazetteer.find(place) if x.entity.type in ORG_LIKE]
        hosts = [x.entity for x in orgs if hosted or _SITE_OF_RE.search(place[:x.start])
                 or re.match(r"['’]s\s|\s+(?:headquarters|HQ|premises|offices|campus)\b", place[x.end:], re.I)][:1]
        # the town: the last part between commas naming no organisation ("..., Swindon")
        towns = [part.strip() for part in place.split(",") if not any(x.start < place.index(part) + len(part)
                                                                        and place.index(part) < x.end for x in orgs)]
        place = next((t for t in reversed(towns) if re.fullmatch(r"[A-Z][\w\-]+(?: [A-Z][\w\-]+){0,2}", t)), "")
        if not place and not hosts:
            return False
    named = _title_above(ctx, at) if m.re is _HELD_LINE_RE or ctx.text.lines[at - 1].heading else None
    if named is None or place and not (ctx.rec.gazetteer.find(place)
                                       or re.fullmatch(r"[A-Z][\w\-]+(?: [A-Z][\w\-]+){0,2}", place)):
        return False  # a place: known, or a town's name
    body = ctx.body.acronym or ctx.body.label if ctx.body is not None else None
    name = named if " " in named else " ".join(filter(None, [body, named.lower()]))
    date = _own_days_below(ctx, at, dates[0]) or dates[0]
    cells = {"date": date, "count": None, "hosts": hosts, "place": place or None, "name": None}
    state.event = _read_row(ctx, cells, line.text, line, name[0].upper() + name[1:])
    ctx.events.record = ctx.events.record or state.event
    if head == line.text:
        state.used_lines.add((line.page, line.offset))
    return True


_TOLD_GATHERING_RE = re.compile(r"\b(?:meeting|workshop|conference|forum|symposium|summit|plenary|session|met|"
                                r"gathered|convened|took\s+place|(?:was|were)\s+held)\b", re.I)
_ISSUED_REACH = 7  # days a record or release may be dated after the gathering it tells
_BELOW_LINES = 3  # lines below a dateline where the paragraph telling its gathering may start


def _own_days_below(ctx: Context, at: int, day: DateSpan) -> DateSpan | None:
    """The gathering's own days the paragraph below a record's place and one date tells, ending at most a week
    before that date: "Houston, 14 November 2028" / "Issued by the ISECG Secretariat" / "The 18th ISECG plenary
    meeting was held on 8–10 November 2028 ...": the line is the record's date of issue, the meeting's days 8–10."""
    if day.end or len(day.start) != 10:
        return None
    issued = dt.date.fromisoformat(day.start)
    for line in ctx.text.lines[at + 1:at + 1 + _BELOW_LINES]:
        text = line.text
        if line.heading or not _TOLD_GATHERING_RE.search(text):
            continue
        for date in _dates(text, issued.year):
            last = (date.end or date.start)
            if len(last) == 10 and len(date.start) == 10 \
                    and 0 < (issued - dt.date.fromisoformat(last)).days <= _ISSUED_REACH:
                return date
        return None
    return None


# An organisation marked as the host in a list: "CNES (host)", "ASI (hosting agency)".
_HOST_MARK_RE = re.compile(r"\s*\((?:co-?)?host(?:ing\s+(?:agency|organi[sz]ation))?\)", re.I)
_PIPE_FIELD_RE = re.compile(r"\|\s*([A-Z][A-Za-z()/ ]{1,30}?)\s*\|\s*([^|]*?\S)\s*\|")


_BULLET_RE = re.compile(r"^\s*[-•*]\s+")
_EMPHASIS_RE = re.compile(r"(\*\*|__|\*|_)([^*_]+?)\1")


def _plain(text: str, *, bullet: bool = True) -> str:
    """A line without its list marker and Markdown emphasis ("- **Date:** 7 March 2031" -> "Date: 7 March 2031")."""
    return _EMPHASIS_RE.sub(r"\2", _BULLET_RE.sub("", text) if bullet else text)


def _field(text: str, *, bare: bool = False) -> tuple[str, str] | None:
    """A labelled field of a record: "Dates: 1-2 March 2018" (a list item's too: "- Date and time: 2020-09-09, ..."),
    or a two-column table's row "| Date | 1 March 2018 |"; ``bare``: or a row of a two-column table page text
    keeps no border of ("Date 4–6 June 2019", "Host JAXA"), its label a column's name."""
    m = _LABEL_RE.fullmatch(_plain(text)) or _PIPE_FIELD_RE.fullmatch(_plain(text, bullet=False).strip())
    if m is None and bare:
        words = _plain(text).split()
        for n in range(min(4, len(words) - 1), 0, -1):
            if _cell_kind(" ".join(words[:n])):
                return " ".join(words[:n]), " ".join(words[n:])
    return (m.group(1), m.group(2)) if m else None


# Where one field of a line of several ends: "Date: 14–16 May 2024 · Venue: Montreal, Canada · Host: CSA".
# (a dash before a field of hosting too: "Cologne, Germany, 14–15 June 2011 — hosted by DLR"; not the dash of days
# and place: "20–21 February 2013 – Kyoto")
_FIELD_SPLIT_RE = re.compile(r"\s+[·|•]\s+|\s{3,}|\s*;\s+(?=[A-Z][A-Za-z ]{1,20}:)|"
                             r"\s+[—–]\s+(?=(?i:(?:co-?)?(?:hosted|organi[sz]ed|convened)\s+by)\b)")


_RUN_FIELD_RE = re.compile(rf"\s+(?=(?-i:[A-Z]))(?=(?:{'|'.join(words for _, words in _COLUMNS)})\s*:\s)", re.I)


def _fields(text: str, *, bare: bool = False) -> list[tuple[str, str]]:
    """The labelled fields of a record's line, each part between dots, bars or wide gaps a field of its own when
    every part is one; else the line's one field."""
    parts = [p for p in _FIELD_SPLIT_RE.split(_plain(text)) if p.strip()]
    # fields the page text ran onto one line: "Venue: ESTEC, Noordwijk, the Netherlands Host: ESA", a label a
    # record's column names (date, place, host, participants) after a space
    parts = [q for p in parts for q in _RUN_FIELD_RE.split(p) if q.strip()] if len(parts) == 1 else parts
    if len(parts) > 1 and all(_LABEL_RE.fullmatch(p.strip()) for p in parts):
        return [(m.group(1), m.group(2)) for p in parts if (m := _LABEL_RE.fullmatch(p.strip()))]
    field = _field(text, bare=bare)
    return [field] if field else []


_BARE_RECORD_MIN = 3  # rows a two-column record without borders must have


def _bare_record(ctx: Context, lines: list[Line]) -> bool:
    """Lines that are rows of a two-column record without borders: at least three, one a date's."""
    fields = []
    for line in lines:
        field = _field(line.text, bare=True)
        if field is None or _LABEL_RE.fullmatch(_plain(line.text)):
            break
        fields.append(field)
    return len(fields) >= _BARE_RECORD_MIN and len({_cell_kind(label) for label, _ in fields}) == len(fields) \
        and any(_cell_kind(label) == "date" and _dates(value, ctx.doc.year) for label, value in fields)


def _record(ctx: Context, state: State, at: int, *, bare: bool = False) -> bool:
    """The head of a meeting's record or minutes, one labelled line a field ("Place: Tokyo, Japan" / "Dates:
    1-2 March 2018" / "Host: ..."): a table of one row, turned; the meeting is named by a title line above it
    ("... Senior Managers Meeting -- Summary Record") and is the event of the record's sentences."""
    lines = ctx.text.lines
    first = at  # the record may open with fields no event table names ("- Reference: ISECG-SAM-2020-02-MIN")
    while first and at - first < _RECORD_MAX_LINES and _field(lines[first - 1].text, bare=bare):
        first -= 1
    if at - first >= _RECORD_MAX_LINES or (lines[first].page, lines[first].offset) in state.used_lines:
        return False  # inside a record already read
    at = first
    block: list[Line] = []
    cells: dict = {"date": None, "count": None, "hosts": [], "place": None, "name": None}
    fields = []
    for line in lines[at:at + _RECORD_MAX_LINES]:
        if _field(line.text, bare=bare) is None:
            break
        block.append(line)
        fields += _fields(line.text, bare=bare)
    for field in fields:
        # "Date and time"; "Date and place: 4–6 June 2019, Tsukuba (Japan)": the value gives each kind the label names
        named = [k for part in re.split(r"\s+(?:and|&)\s+|\s*/\s*", field[0]) if (k := _cell_kind(part))]
        kind = _cell_kind(field[0]) or (named[0] if named else None)
        value = field[1]
        if kind == "date" and "place" in named[1:] and cells["place"] is None and (told := _dates(value, ctx.doc.year)):
            cells["place"] = (value[:told[0].pos[0]] + value[told[0].pos[1]:]).strip(" ,;") or None
        if kind == "name" and cells["name"] is None:  # "| Meeting | ISECG senior managers |"
            cells["name"] = re.split(r"\s*[(,;]", value)[0]
        elif kind == "date" and cells["date"] is None:
            cells["date"] = next(iter(_dates(value, ctx.doc.year)), None)
        elif kind == "host":
            cells["hosts"] = [x.entity for x in ctx.rec.gazetteer.find(value) if x.entity.type in ORG_LIKE][:1]
        elif kind == "place":
            cells["place"] = value = _TRAILING_CAPTION_RE.sub("", value)  # "Bremen In attendance:": the list's caption
            # "Location: DLR, Bremen", "Venue: ESA (ESTEC), Noordwijk": the body whose site it was, then the town
            lead = next((x for x in ctx.rec.gazetteer.find(value) if x.entity.type in ORG_LIKE and x.start == 0), None)
            rest = re.match(r"(?:\s*\([^()]*\))?\s*,\s*(?P<town>[A-Z].*)", value[lead.end:]) if lead else None
            if rest:
                cells["place"] = rest.group("town")
                cells["hosts"] = cells["hosts"] or [lead.entity]
        elif kind == "count" and _numbers(value):
            cells["count"], cells["people"] = _counts(value)
        elif kind == "count" and cells["count"] is None:
            cells["count"] = listed_bodies(ctx, value)  # "Present: ASI, CNES, CSA, ..."
        if kind == "place" and not cells["hosts"]:
            # "Venue: ASI Headquarters, Rome": the body whose own site received the meeting
            cells["hosts"] = [x.entity for x in ctx.rec.gazetteer.find(value) if x.entity.type in ORG_LIKE
                              and (re.match(r"['’]s\s|\s+(?:headquarters|HQ|premises|offices|campus)\b", value[x.end:], re.I)
                                   # "Location: Online and Toulouse (CNES)": the body named in brackets after the town
                                   or value[x.start - 1:x.start] == "(" and value[x.end:x.end + 1] == ")")][:1]
        if kind != "host" and not cells["hosts"]:  # "Attendees: NASA, ESA, JAXA, CSA, CNES (host)"
            cells["hosts"] = [x.entity for x in ctx.rec.gazetteer.find(value) if x.entity.type in ORG_LIKE
                              and _HOST_MARK_RE.match(value, x.end)][:1]
        if kind != "place" and (virtual := VIRTUAL_RE.search(value)):
            cells["online"] = cells.get("online") or virtual.group()  # "Meeting: ..., held online by videoconference"
    cells["place"] = cells["place"] or cells.pop("online", None)
    if cells["date"] is None or not (cells["place"] or cells["hosts"]):
        return False
    titles = [part for line in lines[max(0, at - _TITLE_LINES):at] for part in re.split(r"\s+(?:--|—|–)\s+|[():]", line.text)]
    named = next((n for part in reversed(titles) if (n := caption_name(part.strip()))), None)
    if cells["name"] and (named is None or " " not in named):  # no title names it; "ISECG senior managers": theirs
        noun = (named or "meeting").split()[-1].lower()
        named = cells["name"] if _EVENT_NOUN_RE.search(cells["name"]) else f"{cells['name']} {noun}"
    cells["name"] = None
    body = ctx.body.acronym or ctx.body.label if ctx.body is not None else None
    name = named if named and " " in named else " ".join(filter(None, [body, (named or "meeting").lower()]))
    state.event = _read_row(ctx, cells, " ".join(line.text for line in block), block[0], name[0].upper() + name[1:])
    ctx.events.record = ctx.events.record or state.event
    state.used_lines.update((line.page, line.offset) for line in block)
    return True


def _header(lines: list[Line]) -> tuple[list[str] | None, list[Line]]:
    """The column kinds of a header and its lines: one line, or one wrapped onto the next ("Date Place Host
    Number of" / "agencies"), or one cell a line ("Date" / "Place" / "Host") when the page text runs so."""
    dated = next((i for i, line in enumerate(lines) if find_dates(line.text)), len(lines))
    for n in range(min(dated, _HEADER_MAX_LINES), 0, -1):
        kinds = columns(" ".join(line.text for line in lines[:n]))
        if kinds:
            return kinds, lines[:n]
    return None, lines[:1]


_FOOT_MAX_LINES = 2  # a page's running foot or number


def _over_page_foot(kinds: list[str] | None, lines: list[Line], year: int | None) -> list[Line]:
    """The lines below a header at a page's foot whose rows go on on the next page: without the page's running foot
    and the next one's running head between them ("Date Event Place Host" / "72nd International Astronautical
    Congress, Dubai ..." / page 2: "3 March" / "2018" / ...)."""
    foot = next((i for i, line in enumerate(lines) if line.page != lines[0].page), 0)
    if not kinds or not 0 < foot <= _FOOT_MAX_LINES or _starts_row(kinds, lines, 0, year):
        return lines
    # (a row, not a sentence of prose opening with a date: "2019-05-14 is when the draft was sent.")
    row = next((j for j in range(foot, min(len(lines), foot + _FOOT_MAX_LINES + 1))
                if _starts_row(kinds, lines[j:], 0, year) and not lines[j].text.endswith(".")), None)
    return lines if row is None else lines[row:]


def _last_cell_run_on(kinds: list[str], header: list[Line], first: Line) -> tuple[list[str], Line] | None:
    """A header given one cell a line whose last cell the page text ran onto the first row ("Meeting" / "Date" /
    "Host" / "Participants Senior managers meeting 18–19 March 2030 ..."): the header's kinds with that column, and
    the row without its word."""
    if len(header) < 2:
        return None
    for words in (1, 2, 3):
        head = re.match(rf"\s*((?:\S+\s+){{{words}}})", first.text)
        if head is None:
            return None
        more = columns(" ".join(line.text for line in header) + " " + head.group(1))
        if more and len(more) == len(kinds) + 1 and more[:len(kinds)] == kinds and more[-1] != "other":
            return more, Line(first.page, first.offset + head.end(), first.text[head.end():], first.heading)
    return None


def _dates(text: str, year: int | None) -> list[DateSpan]:
    """The month or day dates of a cell, ranges joined; ``year`` is the caption's, for dates without one."""
    return join_ranges(text, [d for d in find_dates(text, default_year=year) if len(d.start) >= 7])


def _rows(ctx: Context, kinds: list[str], lines: list[Line], year: int | None) -> list[list[Line]]:
    """The rows below a header: a line with a date starts one (at its start when the date is the first
    column); short lines after it are its wrapped cells, while the row lacks a cell or the next line
    starts another row."""
    rows: list[list[Line]] = []
    for i, line in enumerate(lines):
        if _starts_row(kinds, lines, i, year):
            rows.append([line])
            continue
        # a long line is prose after the table, unless it is what a dated list of happenings says happened
        told = bool(rows) and _described(kinds) and not _complete(ctx, kinds, _joined(rows[-1]), year)
        if not rows or len(rows[-1]) > _WRAPPED_MAX_LINES + len(kinds) or line.text.endswith((".", ":")) \
                or "index" not in kinds and _SECTION_RE.fullmatch(line.text.strip()) \
                or len(line.text.split()) > _CELLS_MAX_WORDS and not told or TABLE_CAPTION_RE.match(line.text) \
                or columns(line.text):
            break
        # a complete row ends the table unless another row starts within a row's reach below (its cells wrap)
        reach = range(i + 1, min(len(lines), i + 1 + _WRAPPED_MAX_LINES + len(kinds)))
        if _complete(ctx, kinds, _joined(rows[-1]), year) and not any(_starts_row(kinds, lines, j, year) for j in reach):
            break
        rows[-1].append(line)
    return rows


_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# A line ending in the word or dash that opens a range's end: the end wrapped onto the next line.
_RANGE_OPEN_RE = re.compile(r"\d\s*(?:\b(?:to|until|till|through)|[–—]|\s-)\s*$")
_DATE_LINES = 3  # lines a date cell may wrap onto ("Tuesday 14" / "September" / "2021")
# The first line of a date cell wrapped in a narrow column: a day or days, with or without their month ("Tuesday 14",
# "8–9", "21 June", "13–14 October", "March 12–13,", "the ninth of", "3rd and 4th of"), a month alone ("December"), or
# a day cut at its hyphen ("2019-05-"), the rest (month, year, day) on the lines below.
_DAYS = r"\d{1,2}(?:st|nd|rd|th)?(?:\s*(?:[–\-]|to|and|&)\s*\d{1,2}(?:st|nd|rd|th)?)?"
_DAY_WORDS = rf"(?i:the\s+)?(?i:{_DAYS}|{DAY_WORD})(?:\s+(?:and|to|–)\s+(?:the\s+)?(?i:{_DAYS}|{DAY_WORD}))?\s+of"
_DATE_HEAD_RE = re.compile(rf"\W*(?:[A-Z][a-z]+day,?\s+)?(?:{_DAYS}(?:\s+[A-Z][a-z]+\.?)?|[A-Z][a-z]+\.?\s+{_DAYS}|"
                           rf"{_DAY_WORDS}|{_MONTHS}|(?:19|20)\d\d-[01]\d-)\W*")


def _starts_row(kinds: list[str], lines: list[Line], i: int, year: int | None) -> bool:
    """Whether line ``i`` starts a row: it opens with the date, whole or wrapped onto the next lines ("Tuesday 14" /
    "September" / "2021"; each of those lines short and without a date of its own); not the end of a range whose
    start ends the line above ("2019-06-11 to" / "2019-06-13 Noordwijk ESA ...") nor the rest of a date whose head
    the line above is ("18–20" / "February 2025 Cologne ...")."""
    if i and (_RANGE_OPEN_RE.search(lines[i - 1].text) or _wrapped_date(kinds, lines, i - 1, year)):
        return False
    return _row_start(kinds, lines[i].text, year) or _wrapped_date(kinds, lines, i, year)


def _wrapped_date(kinds: list[str], lines: list[Line], i: int, year: int | None) -> bool:
    """Whether line ``i`` is the head of a date cell whose rest wraps onto the next lines."""
    if not _date_first(kinds) or _dates(lines[i].text, year) or not _DATE_HEAD_RE.fullmatch(lines[i].text.strip()):
        return False
    for n in range(2, _DATE_LINES + 1):
        text = _joined(lines[i:i + n])
        dates = _dates(text, year)
        if dates and dates[0].pos[0] < len(lines[i].text.rstrip(" ,")) < dates[0].pos[1] and _row_start(kinds, text, year):
            return True
    return False


def _run_rows(ctx: Context, kinds: list[str], text: str, year: int | None) -> list[str]:
    """A row's text cut where page text ran the next rows onto its line ("12–14 February 2019 Noordwijk ESA 4–6 June
    2019 Tokyo JAXA"): at each later date that opens a row of its own, the text before it a complete row."""
    for date in _dates(text, year)[1:]:
        before, after = text[:date.pos[0]].rstrip(), text[date.pos[0]:]
        if _row_start(kinds, after, year) and _complete(ctx, kinds, before, year) \
                and all(_cells(ctx, kinds, before, year)[cell] for kind, cell in (("place", "place"), ("host", "hosts"))
                        if kind in kinds):
            return [before, *_run_rows(ctx, kinds, after, year)]
    return [text]


def _joined(lines: list[Line]) -> str:
    """A row's lines as one text; a date cut at its hyphen ("2023-03-21 to 2023-" / "03-23") joins without a space."""
    text = ""
    for line in lines:
        text += ("" if re.search(r"\d-$", text) else " " if text else "") + line.text.strip()
    return text


def _date_first(kinds: list[str]) -> bool:
    return kinds[0] == "date" or kinds[:2] == ["index", "date"]


# What may follow a count's number to the end of its line: "15 agencies", "21 agencies, 74 participants".
_COUNT_TAIL_RE = re.compile(r"(?:\s+[a-z]+)?(?:\s*,\s*\d{1,3}(?:\s+[a-z]+)?)*\s*")
# A numbered section heading ends a table ("4. New members"); page text marks any short line a heading.
_SECTION_RE = re.compile(r"\d{1,2}\.(?:\d{1,2}\.?)*\s+[A-Z][a-z]+(?:\s+[a-z]+)*")


def _block_rows(kinds: list[str], lines: list[Line], year: int | None) -> tuple[list[tuple[str, Line]], list[Line]]:
    """The rows of a table whose date is not its first column, when page text wraps its cells onto lines of
    their own, the date too ("12–14" / "February" / "2019"), or runs two rows on one line: the lines below
    the header, up to prose, are joined and cut into rows, one a date; a row ends after its count cell when
    that is the last column, else where a line starts.  Each row with the line it starts on; the lines used."""
    block: list[Line] = []
    cut: dict[int, str] = {}  # a last row's line and the paragraph run onto it: the row's part
    for line in lines[:_BLOCK_MAX_LINES]:
        words = line.text.split()
        section = line.heading and "index" not in kinds and _SECTION_RE.fullmatch(line.text)
        prose = len(words) > _CELL_MAX_WORDS and (line.text.endswith(".") or not re.search(r"\d", line.text))
        row = _cut_run_on(line.text) if prose else line.text
        # (or all the rows the page text ran onto one line, the paragraph after them too: some words a date each)
        several = len(_dates(row, year)) if prose and row != line.text else 0
        if prose and row != line.text and re.search(r"\d", row) and (
                block and len(row.split()) <= _CELL_MAX_WORDS or several > 1 and len(row.split()) <= _CELLS_MAX_WORDS * several):
            cut[len(block)] = row  # "Milan, Italy ASI 23 agencies The plenary in Tokyo also approved ..."
            block.append(line)
            break
        if section or prose or TABLE_CAPTION_RE.match(line.text) or columns(line.text) or line.text.endswith(":"):
            break
        block.append(line)
    texts = _stitched_years(_stitched_days([cut.get(i, line.text).strip() for i, line in enumerate(block)]))
    text, starts = "", []
    for line_text in texts:  # "2019-10-" / "20": a date cut at its hyphen joins without a space
        text += "" if re.search(r"\d-$", text) else " " if text else ""
        starts.append(len(text))
        text += line_text
    dates = _dates(text, year)
    if not dates:
        return [], []
    at = kinds.index("date")
    after = [k for k in kinds[at + 1:] if k != "other"]
    rows: list[tuple[str, Line]] = []
    begin = 0
    for i, date in enumerate(dates):
        limit = dates[i + 1].pos[0] if i + 1 < len(dates) else len(text)
        end = _row_end(text, starts, date.pos[1], limit, after, last=i + 1 == len(dates))
        if kinds[0] == "name" and end == limit and i + 1 < len(dates):
            # "... Longueuil, Canada CSA SWG meeting 6 July 2022 online CNES": the next row's name, run onto this one's
            # line before its date
            named = re.search(rf"\b[A-Z][\w\-]*\s+(?:[a-z][\w\-]*\s+){{0,3}}?{_EVENT_NOUN_RE.pattern}\s*$", text[date.pos[1]:end])
            if named and not _EVENT_NOUN_RE.search(text[date.pos[1]:date.pos[1] + named.start()]):
                end = date.pos[1] + named.start()
        opens = begin + len(text[begin:end]) - len(text[begin:end].lstrip())
        rows.append((text[begin:end].strip(), block[max(j for j, s in enumerate(starts) if s <= opens)]))
        begin = end
    used = [line for line, s in zip(block, starts) if s < begin]
    return rows, used


# A cell's days with no month ("10–12"), its month and year on the cell's next line ("September 2019").
_BARE_DAYS_RE = re.compile(r"(?<![\w–\-/.])([0-3]?\d\s*[–\-]\s*[0-3]?\d)(?=\s+(?![–\-]|(?:January|February|March|April|May|June|"
                           r"July|August|September|October|November|December)\b)|$)")
_MONTH_YEAR_RE = re.compile(r"(?<![\d–\-]\s)(?<![\d–\-])\b((?:January|February|March|April|May|June|July|August|September|October|"
                            r"November|December)(?:\s+(?:19|20)\d\d)?)\b")


# A cell's day and month with no year ("30 November – 2 December"), its year wrapped to the cell's next line.
_YEARLESS_RE = re.compile(rf"\b[0-3]?\d\s+{_MONTHS}(?:\s*[–\-]\s*[0-3]?\d(?:\s+{_MONTHS})?)?(?!\s*,?\s*(?:19|20)\d\d)\b")
_LONE_YEAR_RE = re.compile(r"(?<![\d–\-]\s)\b((?:19|20)\d\d)\b(?!\s*[–\-/]\s*\d)")


def _lone_year(text: str, at: int = 0) -> re.Match | None:
    """The first year in ``text`` from ``at`` that no month or day stands before (a year of its own)."""
    return next((m for m in _LONE_YEAR_RE.finditer(text, at)
                 if not re.search(rf"(?:{_MONTHS}|\d)\W{{0,2}}$", text[:m.start()])), None)


def _move_up(texts: list[str], i: int, at: int, j: int, found: re.Match) -> None:
    """The wrapped part of a date (``found``'s first group, on line ``j``) put beside the rest of it, at ``at`` on
    line ``i``; taken out of where it was."""
    rest = f"{texts[j][:found.start()]} {texts[j][found.end():]}"
    if j == i:
        texts[i] = " ".join(f"{rest[:at]} {found.group(1)}{rest[at:]}".split())
    else:
        texts[i] = f"{texts[i][:at]} {found.group(1)}{texts[i][at:]}"
        texts[j] = " ".join(rest.split())


def _stitched_years(texts: list[str]) -> list[str]:
    """A row's day and month whose year wrapped below the other cells ("ERWG plenary 30 November – 2 December hybrid,
    ESTEC, ESA 74" / "2021 Noordwijk"): the year moved up beside them."""
    texts = list(texts)
    for i in range(len(texts)):
        dated = list(_YEARLESS_RE.finditer(texts[i]))
        if len(dated) != 1 or re.search(r"(?:19|20)\d\d", texts[i][:dated[0].start()]):
            continue
        at = dated[0].end()
        year = _lone_year(texts[i], at)
        j = i
        if year is None and i + 1 < len(texts) and not _YEARLESS_RE.search(texts[i + 1]):
            j, year = i + 1, _lone_year(texts[i + 1])
        if year is None or (j == i and find_dates(texts[i][at:year.start()])) \
                or (j != i and find_dates(texts[j][:year.start()])):
            continue
        _move_up(texts, i, at, j, year)
    return texts


def _stitched_days(texts: list[str]) -> list[str]:
    """Lines of a table whose date cell wrapped, days on the row's line and month after the other cells, on that line
    or the next ("Lunar surface 10–12 Toulouse, France CNES 14" / "scenario workshop September 2019"): the month
    moved up beside its days, so the row holds its whole date."""
    texts = list(texts)
    for i in range(len(texts)):
        days = list(_BARE_DAYS_RE.finditer(texts[i]))
        if len(days) != 1 or find_dates(texts[i][:days[0].start()]) or find_dates(texts[i][days[0].start():days[0].end() + 12]):
            continue
        at = days[0].end()
        month = _MONTH_YEAR_RE.search(texts[i], at)
        j = i
        if month is None and i + 1 < len(texts):
            j, month = i + 1, _MONTH_YEAR_RE.search(texts[i + 1])
        if month is None or re.match(r"\s*[0-3]?\d\b(?!\s*(?:19|20)\d\d)", texts[j][month.end():]) \
                or re.search(r"\d", texts[j][at if j == i else 0:month.start()].replace(texts[i][days[0].start():at], "")
                             if j != i else "") or _BARE_DAYS_RE.search(texts[j], at if j == i else 0, month.start()):
            continue  # (the month of another row's date: "4–6 June 2019" on the next line)
        if j != i and re.search(r"[0-3]?\d\s*$", texts[j][:month.start()]):
            continue
        _move_up(texts, i, at, j, month)
    return texts


_COUNT_NOUN_RE = re.compile(r"\s+(?:(?:space|member)\s+)?(?:agencies|participants|delegations|delegates|countries|"
                            r"organi[sz]ations|experts|attendees|members)\b")


def _row_end(text: str, starts: list[int], date_end: int, limit: int, after: list[str], *, last: bool) -> int:
    """Where the row whose date ends at ``date_end`` ends (the next row's date is at ``limit``)."""
    if not after:
        return date_end
    if after[-1] == "count":
        number = next(iter(_numbers(text, date_end, limit)), None)
        if number:  # the count's line ends the row, unless the next row goes on on it ("ESA 112 Technology ...")
            line_end = min([s for s in starts if s > number.end] + [len(text)])
            if not _COUNT_TAIL_RE.fullmatch(text, number.end, line_end) and (limit < line_end or last):
                # (the rest of the line is this row's wrapped cells when the next date is below it); the count's noun
                # is its cell's ("25 agencies Technology Working Group 16–18 April": "agencies" is no name's)
                noun = _COUNT_NOUN_RE.match(text, number.end, limit)
                return noun.end() if noun else number.end
            return line_end
    later = [s for s in starts if date_end < s < limit]
    if last:  # the row's cells after the date take a few lines at most
        return later[_WRAPPED_MAX_LINES] if len(later) > _WRAPPED_MAX_LINES else limit
    return later[-1] if later else limit


def _row_start(kinds: list[str], text: str, year: int | None) -> bool:
    dates = _dates(text, year)
    first = _date_first(kinds)
    return bool(dates) and (not first or re.fullmatch(r"(?:\d{1,2}[.)]?\s+)?[-•]?\s*", text[:dates[0].pos[0]]) is not None)


def _complete(ctx: Context, kinds: list[str], text: str, year: int | None) -> bool:
    cells = _cells(ctx, kinds, text, year)
    # a row ending in an empty count cell ("... CSIRO not recorded") is whole: the next row may run on after it
    blank = kinds[-1] == "count" and re.search(rf"(?:{_NOT_APPLICABLE_RE.pattern})\s*$", text, re.I) is not None
    return ("count" not in kinds or cells["count"] is not None or blank) and ("host" not in kinds or bool(cells["hosts"])) \
        and (not _described(kinds) or bool(cells["name"]))  # "19 Aug" / "2023" / "Luna-25 crashes": what happened


def _cells(ctx: Context, kinds: list[str], text: str, year: int | None, prefer: int = 0) -> dict:
    """The cells of a row: its date, participant count, hosts (organisations) and place text; ``prefer``: of
    several count columns, the one to read (the one counting agencies rather than people)."""
    if kinds[0] == "index":
        text = re.sub(r"^\s*\d{1,3}[.)]?\s+", lambda m: " " * len(m.group()), text)
    if "body" in kinds and "name" not in kinds:  # who met names the row
        kinds = ["name" if k == "body" else k for k in kinds]
    dates = _dates(text, year)
    date = dates[0] if dates else None
    anchors: dict[str, tuple[int, int]] = {"date": date.pos} if date else {}
    numbers = [n for n in _numbers(text) if not any(d.pos[0] <= n.start < d.pos[1] for d in dates)]
    # "24 (21 in person)": a count's note in brackets is no count of its own
    numbers = [n for n in numbers if not re.search(r"\([^()]*$", text[:n.start])] or numbers
    count = None
    if "count" in kinds and numbers:
        last = kinds.index("count") > max(kinds.index(k) for k in ("date", "place", "host") if k in kinds)
        number = numbers[-1] if last else numbers[0]
        if last and kinds.count("count") > 1:  # "Delegates Agencies": the cells in order past the last name
            named = max([m.end for m in ctx.rec.gazetteer.find(text)] + [date.pos[1] if date else 0])
            slots = [n for n in numbers if n.start >= named]
            slots = sorted(slots + [_Number(m.start(), m.end(), None) for m in _NOT_APPLICABLE_RE.finditer(text, named)])
            chosen = slots[prefer] if prefer < len(slots) else None
            number = chosen if chosen is not None and chosen.value is not None else \
                next((n for n in slots if n.value is not None), number)  # "n/a": the other count column's
        count, anchors["count"] = number.value, (number.start, number.end)
    mentions = [m for m in ctx.rec.gazetteer.find(text)
                if not any(a <= m.start < b for a, b in anchors.values())]
    hosts: list[Entity] = []
    place_text = name = None
    split = _place_after_name(kinds, text, anchors, mentions)
    after = _name_after_place(kinds, text, anchors, mentions) if split is None else None
    between = _host_between(kinds, text, anchors, mentions)
    for kind in ("host", "place", "name"):
        if kind not in kinds:
            continue
        i = kinds.index(kind)
        left = max((anchors[k][1] for k in kinds[:i] if k in anchors), default=0)
        right = min((anchors[k][0] for k in kinds[i + 1:] if k in anchors), default=len(text))
        if between is not None:  # "Guadalajara, Mexico IAF / AEM 67th Congress": place | host | name
            left, right = {"place": (left, between[0]), "host": between, "name": (between[1], right)}[kind]
        elif split is not None and kind in ("place", "name"):
            left, right = (split, right) if kind == "place" else (left, split)
        elif after is not None and kind in ("place", "name"):
            left, right = (left, after) if kind == "place" else (after, right)
        inside = [m for m in mentions if left <= m.start and m.end <= right]
        groups = _org_groups(text, [m for m in inside if m.entity.type in ORG_LIKE])
        # The columns sharing this stretch of text (none anchored between): this cell is the first or the last.
        sharing = [j for j, k in enumerate(kinds) if k not in anchors and k != "index" and j != i
                   and not any(kinds[b] in anchors for b in range(min(i, j), max(i, j)))]
        first = all(j > i for j in sharing) or split is not None and kind == "place" or after is not None \
            or between is not None
        if kind == "host" and groups:
            # "MEXT, supported by JAXA": who supported it did not host it
            group = groups[0] if first else groups[-1]
            hosts = [] if _SUPPORTED_BY_RE.search(text, left, group[0].start) else [m.entity for m in group]
        elif kind == "place":
            pieces, at = [], left
            for group in groups:
                pieces.append(text[at:group[0].start])
                at = _after_parenthesis(text, group[-1].end)
            pieces.append(text[at:right])
            pieces = [p.strip(" ,;|–-") for p in (_HOSTED_BY_RE.split(p)[0] for p in pieces) if re.search(r"[^\W\d_]", p)
                      and not re.fullmatch(r"(?:\W*\b(?:at|in|on|of|the|its|and|with|from)\b)+\W*", p, re.I)]  # "ESA, at ESTEC"
            place_text = (pieces[0] if first else pieces[-1]) if pieces else None
            # "Houston (NASA)" under "Place (host)": the organisation in brackets after the town received the meeting
            bracketed = [g for g in groups if text[:g[0].start].rstrip().endswith("(")]
            if "host" not in kinds and not hosts and bracketed:
                hosts = [m.entity for m in (bracketed[0] if first else bracketed[-1])]
        elif kind == "name" and (split is not None or after is not None or between is not None
                                 or not any(kinds[j] == "place" for j in sharing)):
            # The name cell, less the host's when the two share the stretch ("ESA Winter plenary").
            host = next((g for g in groups if [m.entity for m in g] == hosts), None) \
                if any(kinds[j] == "host" for j in sharing) else None
            cut = (host[0].start, _after_parenthesis(text, host[-1].end)) if host else (left, left)
            name = " ".join(f"{text[left:cut[0]]} {text[cut[1]:right]}".replace(":", " ").split()).strip(" ,;|–-") or None
    hosts = hosts or _hosted_by(text, mentions)
    return {"date": date, "count": count, "hosts": hosts, "place": place_text, "name": name}


# Who helped the host, said just before an organisation of its cell ("MEXT, supported by JAXA").
_SUPPORTED_BY_RE = re.compile(r"\b(?:supported|assisted|sponsored)\s+by\s+(?:the\s+)?$|\b(?:with\s+(?:the\s+)?support|"
                              r"in\s+(?:cooperation|partnership)|together)\s+(?:of|from|with)\s+(?:the\s+)?$", re.I)
# A cell that names its host in words: "Paris, France; hosted by CNES" under "Venue / host".
_HOSTED_BY_RE = re.compile(r"[;,]?\s*\b(?:co-?)?(?:hosted|organi[sz]ed|convened)\s+by\b", re.I)


def _hosted_by(text: str, mentions: list[Mention]) -> list[Entity]:
    """The organisations a row says hosted it ("hosted by CNES", "co-hosted by ASI and ESA"), when no host
    column gave one."""
    said = _HOSTED_BY_RE.search(text)
    if said is None:
        return []
    groups = _org_groups(text, [m for m in mentions if m.start >= said.end() and m.entity.type in ORG_LIKE])
    return [m.entity for m in groups[0]] if groups and not text[said.end():groups[0][0].start].strip(" the") else []


def _place_after_name(kinds: list[str], text: str, anchors: dict, mentions: list[Mention]) -> int | None:
    """Where the place cell starts when it follows the name cell with nothing anchored between ("Joint workshop
    ESTEC, Noordwijk ESA 11"): at the first place known or said to be online, or the word set off by a comma
    just before it (a site: "ESTEC, Noordwijk"), else at the last such pair; None when the columns are not so
    or no place is found."""
    if "name" not in kinds or "place" not in kinds or kinds.index("place") != kinds.index("name") + 1:
        return None
    i = kinds.index("name")
    left = max((anchors[k][1] for k in kinds[:i] if k in anchors), default=0)
    right = min((anchors[k][0] for k in kinds[i + 2:] if k in anchors), default=len(text))
    known = [m.start for m in mentions if m.entity.type in ("Place", "Country") and left < m.start < right]
    # (a virtual word opening the cell or in its brackets is the name's: "Virtual stakeholder workshop ... online",
    # "Annual meeting (held virtually) online")
    virtual = [m.start() for m in VIRTUAL_RE.finditer(text, left, right) if text[left:m.start()].strip()
               and text.count("(", left, m.start()) == text.count(")", left, m.start())]
    at = min(known + virtual[:1], default=None)
    if at is None:  # no place known: the last "Site, City" pair
        pair = [m.start() for m in re.finditer(r"\b[A-Z][\w\-]*,\s+[A-Z][\w\-]+", text[left:right])]
        at = left + pair[-1] if pair else None
    if at is None or not text[left:at].strip():
        return None
    # the site or town before the comma; of two or three words when the name's noun ends just before them ("Technology
    # meeting Abu Dhabi, UAE", "Plenary workshop Den Haag, Netherlands")
    site = re.search(rf"(?i:{_EVENT_NOUN_RE.pattern})\s+((?:[A-Z][\w\-]*\s+){{1,2}}[A-Z][\w\-]*,\s*)$", text[left:at]) \
        or re.search(r"()\b[A-Z][\w\-]*,\s*$", text[left:at])
    return left + site.start(1) if site and text[left:left + site.start(1)].strip() else at


def _places_known(kinds: list[str], text: str, anchors: dict, mentions: list[Mention],
                  cells: int) -> tuple[int, list[int]]:
    """Where the text of the ``cells`` columns from the place's on ends (at the next anchored cell), and where each
    place known in it (after the anchored cells before it) ends."""
    i = kinds.index("place")
    left = max((anchors[k][1] for k in kinds[:i] if k in anchors), default=0)
    right = min((anchors[k][0] for k in kinds[i + cells:] if k in anchors), default=len(text))
    return right, [m.end for m in mentions if m.entity.type in ("Place", "Country") and left <= m.start and m.end < right]


def _name_after_place(kinds: list[str], text: str, anchors: dict, mentions: list[Mention]) -> int | None:
    """Where the name cell starts when it follows the place cell with nothing anchored between ("Saint-Hubert
    (Canada) Senior managers", "Noordwijk (Netherlands) ERWG"): after the last place known there, with its
    bracket; None when the columns are not so or no place is known, or nothing follows it."""
    if "name" not in kinds or "place" not in kinds or kinds.index("name") != kinds.index("place") + 1:
        return None
    right, known = _places_known(kinds, text, anchors, mentions, 2)
    if not known:
        return None
    at = _after_parenthesis(text, max(known))
    at = at + 1 if text[max(known):at] == "" and text[at:at + 1] == ")" else at  # "(Netherlands)": its bracket
    return at if re.search(r"[A-Za-z]{2}", text[at:right]) else None


def _host_between(kinds: list[str], text: str, anchors: dict, mentions: list[Mention]) -> tuple[int, int] | None:
    """The host cell between the place and the name cells with nothing anchored among them ("Darmstadt, Germany ESA
    ISECG senior managers meeting"): the organisations named first after the last place known, joined by a comma,
    "and" or a slash (a bare space parts the host from the name); None when the columns are not so, or no place or
    host is known, or no name follows."""
    if not all(k in kinds for k in ("place", "host", "name")) \
            or kinds.index("host") != kinds.index("place") + 1 or kinds.index("name") != kinds.index("host") + 1 \
            or any(k in anchors for k in ("place", "host", "name")):
        return None
    right, places = _places_known(kinds, text, anchors, mentions, 3)
    if not places:
        return None
    start = _after_parenthesis(text, max(places))
    orgs = [m for m in mentions if m.entity.type in ORG_LIKE and start <= m.start and m.end <= right]
    if not orgs or text[start:orgs[0].start].strip(" ,;|–-"):
        return None
    end = orgs[0].end
    for m in orgs[1:]:
        if not re.fullmatch(r"\s*(?:,|and|&|/|\+)\s*(?:the\s+)?", text[end:m.start]):
            break
        end = m.end
    end = _after_parenthesis(text, end)
    return (start, end) if re.search(r"[A-Za-z]{2}", text[end:right]) else None


def _after_parenthesis(text: str, end: int) -> int:
    """"ASI (as incoming chair)": the host cell goes on to the closing parenthesis."""
    m = re.match(r"\s*\([^()]*\)", text[end:])
    return end + m.end() if m else end


def _org_groups(text: str, mentions: list[Mention]) -> list[list[Mention]]:
    """Organisations named together ("CNES and ESA", "NASA/JAXA") form one group."""
    groups: list[list[Mention]] = []
    for m in mentions:
        if groups and re.fullmatch(r"\s*\(?\s*(?:,|and|&|/|\+|with)?\s*(?:the\s+)?", text[groups[-1][-1].end:m.start]):
            groups[-1].append(m)
        else:
            groups.append([m])
    return groups


def _counts(cell: str) -> tuple[int, int | None]:
    """A count cell's count and head count: "42 experts from 14 agencies" counts the bodies first (14) and the people
    too (42), as a sentence's are ("61 (19 agencies)"); "15" or "all 15 agencies" a count alone."""
    found = _numbers(cell)
    bodies = [n for n in found if re.match(r"\s+(?:space\s+|member\s+)?(?:agencies|organi[sz]ations|delegations|"
                                           r"countries)\b", cell[n.end:])]
    people = found[0].value if bodies and found[0].start < bodies[0].start \
        and not re.search(r"\bof\b", cell[found[0].end:bodies[0].start]) else None
    return (bodies or found)[0].value, people


# A count a row's name cell gives after the name, in a table with no count column ("Senior managers meeting; 13 agencies
# represented", "Technology workshop; 84 participants from 12 agencies" under "Date Event Place / host"): a clause of
# its own opening on the number, which names no gathering.
_NAME_COUNT_RE = re.compile(r"\s*;\s*(?P<clause>(?:(?:all|about|some|over|nearly|around)\s+)?(?P<n>\d{1,4}|[a-z]+(?:-[a-z]+)?)\s+"
                            r"(?:[\w-]+\s+)?(?:agencies|organi[sz]ations|delegations|countries|participants|delegates|"
                            r"attendees|experts|people)\b[^;]*)(?=;|$)", re.I)


def _name_count(cell: str) -> tuple[str, int | None, int | None]:
    """A name cell less the count clause it gives, with that clause's count and head count (see _counts)."""
    m = _NAME_COUNT_RE.search(cell)
    numbers = _numbers(m.group("clause")) if m else []
    if not numbers or numbers[0].start != m.start("n") - m.start("clause") or _EVENT_NOUN_RE.search(m.group("clause")):
        return cell, None, None
    return (cell[:m.start()] + cell[m.end():]).strip(" ;"), *_counts(m.group("clause"))


# A date cell giving only a season or part of a year: "early 2021 (date to be fixed)", "Spring 2024".
_SEASON_YEAR_RE = re.compile(r"\s*(?:(?:early|mid|late|spring|summer|autumn|fall|winter)[\s\-]+)?((?:19|20)\d\d)"
                             r"\s*(?:\([^()]*\))?\s*", re.I)


def _season_year(cell: str) -> DateSpan | None:
    """The year of a date cell that gives no month (a meeting planned for "early 2021")."""
    m = _SEASON_YEAR_RE.fullmatch(cell)
    return DateSpan(m.group(1), None, m.span(1)) if m else None


def listed_bodies(ctx: Context, cell: str) -> int | None:
    """How many bodies a cell lists ("ASI, CNES, CSA, DLR and ESA"), when its items are bodies (most of them names a
    list knows, not people's names), two or more."""
    items = [i for i in re.split(r"\s*[,;]\s*(?:and\s+)?|\s+and\s+|\s*&\s*", cell.strip(" .")) if i.strip()]
    bodies = [x for x in ctx.rec.gazetteer.find(cell) if x.entity.type in ORG_LIKE]
    return len(items) if len(bodies) >= 2 and 2 * len(bodies) >= len(items) else None


def _pipe_cells(ctx: Context, kinds: list[str], row: list[str], year: int | None, prefer: int = 0) -> dict:
    """The cells of a Markdown table's row, each in its column; of several count columns the ``prefer``-th's
    (the one counting agencies), or another's when it gives none ("n/a")."""
    cells: dict = {"date": None, "count": None, "hosts": [], "place": None, "name": None}
    counts = [found[0].value if (found := _numbers(cell)) else listed_bodies(ctx, cell)
              for kind, cell in zip(kinds, row) if kind == "count"]
    if counts:
        cells["count"] = counts[prefer] if prefer < len(counts) and counts[prefer] is not None else \
            next((c for c in counts if c is not None), None)
    if "body" in kinds and "name" not in kinds:  # who met names the row
        kinds = ["name" if k == "body" else k for k in kinds]
    for kind, cell in zip(kinds, row):
        if kind == "date" and cells["date"] is None:
            cells["date"] = next(iter(_dates(cell, year)), None) or _season_year(cell)
        elif kind == "mode" and cells["place"] is None and VIRTUAL_RE.search(cell):
            cells["place"] = cell  # "online": where the meeting is held
        elif kind == "host":
            cells["hosts"] = [m.entity for m in ctx.rec.gazetteer.find(cell) if m.entity.type in ORG_LIKE]
        elif kind == "place":
            cells["place"] = cell
        elif kind == "name":
            cells["name"] = " ".join(cell.replace(":", " ").split()) or None
    return cells


# A gathering held within the one a row's name cell names, on a day of its span: "..., with an ISECG side meeting on
# the 22nd", "... (including a senior managers meeting on the 3rd)".
_WITHIN_RE = re.compile(rf"[,(]\s*(?:with|including|incl\.)\s+(?:an?\s+|the\s+)?(?P<name>(?:[\w\-]+\s+){{0,4}}?(?:{'|'.join(EVENT_NOUNS)}))"
                        r"\s+on\s+the\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b", re.I)


def _read_row(ctx: Context, cells: dict, text: str, line: Line, name: str, *, rows: set[str] | None = None) -> Entity | None:
    """The event of a table row, with its cells' date, hosts, place and participant count; ``rows``: the events
    of the table's rows before it (another row is another event, even of the same day)."""
    date: DateSpan | None = cells["date"]
    if date is None:
        return None
    evidence = ctx.text.sentence(text, line, line.offset).evidence()
    if cells["name"] and cells["count"] is None:
        named, count, people = _name_count(cells["name"])
        cells = {**cells, "name": named, "count": count, "people": cells.get("people") or people}
    if cells["name"] and (within := _WITHIN_RE.search(cells["name"])):
        # "70th Congress, with an ISECG side meeting on the 22nd": the row's gathering is the one held within, that day
        cells = {**cells, "name": within.group("name")}
        date = DateSpan(f"{date.start[:7]}-{int(within.group('day')):02d}", None, date.pos) if len(date.start) >= 7 else date
    table, name = name, _row_name(ctx, cells["name"]) or name
    place, virtual = None, None
    if cells["place"]:
        virtual = VIRTUAL_RE.search(cells["place"])
        known = [m for m in ctx.rec.gazetteer.find(cells["place"]) if m.entity.type in ("Place", "Country")]
        # "Saint-Hubert (Canada)": the town, in its country
        where = re.sub(r"\s*\(([A-Z][^()]*)\)", r", \1", cells["place"])
        place = None if virtual and not known else find_place(ctx, where, evidence)
        if place is None and virtual:  # "Virtual", "online", "Virtual (from Daejeon)"
            place = virtual_place(ctx, evidence)
            if virtual.group().lower() != place.label:
                ctx.rec.fact(place.iri, "skos:altLabel", ox.Literal(virtual.group().lower()), "event-table", 0.8,
                             evidence)
        else:
            virtual = None
    told = ctx.events.of_kind(date.start, _noun(name, table)) or _same_day_and_place(ctx, date, place)
    event = told if told is not None and told.iri not in (rows or ()) else ctx.rec.define(
        name, "Event", evidence, rule="event-table", confidence=0.85, slug=f"{name} {date.start}", lookup=False)
    if rows is not None:
        rows.add(event.iri)
    date_facts(ctx, event, date, "event-table", 0.9, evidence)
    for host in cells["hosts"]:
        ctx.rec.fact(event.iri, "schema:organizer", host.iri, "event-table", 0.85, evidence)
    if virtual:
        online(ctx, event, "event-table", evidence)
    if place is not None:
        ctx.rec.fact(event.iri, "schema:location", place.iri, "event-table", 0.85, evidence)
    for count in (cells["count"], cells.get("people")):
        if count:
            participant_count(ctx, event, count, evidence)
    return event


# Where a thing happened, said in its description: "touches down in Von Kármán crater", "crashes on the Moon".
_HAPPENED_AT_RE = re.compile(r"\b(?:in|at|near|on|into)\s+(?:the\s+)?((?:Von\s+|van\s+|de\s+)?[A-Z][\w\-'’]+"
                             r"(?:\s+[A-Z][\w\-'’]+){0,2})")
# A later clause of a description with a date of its own: "ISRO launches Chandrayaan-2, whose orbiter goes into
# lunar orbit on August 20".
_LATER_CLAUSE_RE = re.compile(r"[,;]\s+(?:(?:whose|which|and|then|where|when)\s+)?")
_NAME_MAX_WORDS = 12
_PLACE_MAX_AT = 6  # words before the place a description says a thing happened at


_MONTH_DAY_RE = re.compile(rf"\b({_MONTHS})\s+(\d{{1,2}})\b(?!\s*,?\s*\d{{4}})")


def _month_day(text: str, year: int) -> list[DateSpan]:
    """A day said month first without its year ("on August 20"), in the row's year."""
    m = _MONTH_DAY_RE.search(text)
    found = find_dates(f"{m.group(1)} {m.group(2)}, {year}") if m else []
    return [DateSpan(found[0].start, None, m.span())] if found and len(found[0].start) == 10 else []


def _happened_row(ctx: Context, cells: dict, text: str, line: Line) -> None:
    """The events of a row of a dated list of what happened: one named by the description's first clause, on
    the row's date, where its words say it happened; and one for each later clause that gives its own date."""
    date: DateSpan | None = cells["date"]
    what = re.sub(r"\s*\([^()]*\)", "", cells["name"] or "").strip(" .")
    if date is None or not re.search(r"[A-Za-z]{3}", what):
        return
    evidence = ctx.text.sentence(text, line, line.offset).evidence()
    clauses = [(0, date)]
    for m in _LATER_CLAUSE_RE.finditer(what):
        own = [d for d in find_dates(what[m.end():], default_year=int(date.start[:4])) if len(d.start) >= 7] \
            or _month_day(what[m.end():], int(date.start[:4]))
        if own and not find_dates(what[:m.start()]):
            clauses.append((m.end(), own[0]))
    for i, (start, when) in enumerate(clauses):
        end = clauses[i + 1][0] if i + 1 < len(clauses) else len(what)
        clause = what[start:end]
        head = re.split(r"\s*[,;:]\s+|\s+[–—]\s+", clause)[0]
        if i:  # "orbiter goes into lunar orbit on August 20": the clause without its date
            head = re.sub(r"\s+(?:on|in|from)?\s*$", "", head[:when.pos[0]] if when.pos[0] > 0 else head)
            head = re.sub(r"\s+(?:on|in|from|during)$", "", head.strip())
        name = " ".join(head.split()[:_NAME_MAX_WORDS]).strip(" ,;.")
        if not re.search(r"[A-Za-z]{3}", name):
            continue
        name = name[0].upper() + name[1:]
        event = ctx.rec.define(name, "Event", evidence, rule="event-table", confidence=0.75,
                               slug=f"{name} {when.start}", lookup=False)
        date_facts(ctx, event, when, "event-table", 0.75, evidence)
        where = _HAPPENED_AT_RE.search(head)  # said by the verb's words, not of a thing named later
        if where and len(head[:where.start()].split()) <= _PLACE_MAX_AT and not re.match(rf"{_MONTHS}\b", where.group(1)):
            place = find_place(ctx, where.group(1), evidence)
            if place is not None:
                ctx.rec.fact(event.iri, "schema:location", place.iri, "event-table", 0.7, evidence)


def _same_day_and_place(ctx: Context, date: DateSpan, place: Entity | None) -> Entity | None:
    """The event the text told before of the row's day and place ("the Forum in Tokyo on 3 March 2018" and the
    row "3 March 2018 ISEF2 briefing Tokyo"), under whatever name the row gives it; or told on another of the row's
    days ("the plenary in Montreal on 15 November" and the row "14–15 November"), whose first day the row then
    gives it in place of the one told."""
    if place is None or len(date.start) < 10:
        return None
    for iri, start in ctx.events.starts.items():
        if (start == date.start or len(start) == 10 and date.end and date.start < start <= date.end) \
                and any(f.s == iri and f.p == "schema:location" and f.o == place.iri for f in ctx.rec.result.facts):
            if start != date.start:
                ctx.rec.result.facts[:] = [f for f in ctx.rec.result.facts
                                        if not (f.s == iri and f.p == "schema:startDate" and f.o.value == start)]
                del ctx.events.starts[iri]
            return ctx.rec.gazetteer.by_iri[iri]
    return None


def _noun(row: str, table: str) -> str:
    """The kind of event a row is: its name's last word, or the table's when its name says none ("Senior
    managers", "ERWG": a meeting), so the row and a sentence telling the same meeting are one event."""
    last = row.split()[-1]
    return last if _EVENT_NOUN_RE.fullmatch(last) else table.split()[-1]


def _row_name(ctx: Context, cell: str | None) -> str | None:
    """A row's own name ("Winter plenary", "ERWG plenary"): of the document's body unless it names one."""
    if not cell or not re.search(r"[A-Za-z]{3}", cell):
        return None
    if ctx.body is not None and not re.search(r"\s[A-Z]|[A-Z]{2}", cell):  # "Winter plenary", not "ERWG plenary"
        cell = f"{ctx.body.acronym or ctx.body.label} {cell[0].lower() + cell[1:] if not cell[1:2].isupper() else cell}"
    return cell[0].upper() + cell[1:]


# A chronology's entry: a list item or line that opens with its date, set off by a colon, a dash or a full stop
# ("Thursday, 28 February 2019: Canada made its commitment ...", "- 5-6 April 2022 -- the managers met online",
# "- September 2019. Public release.").
_DATED_ITEM_RE = re.compile(r"^\s*(?:[-•*]\s+)?(?P<date>[^:;.]{4,40}?)\s*(?::|\.|\s[–—-]{1,2})\s+(?P<what>\S.*)")
# A list item that closes with its date: "- Chang'e 4 touches down on the far side (3 January 2019)",
# "- Beresheet crashes during its landing attempt — 11 April 2019".
_DATED_LAST_RE = re.compile(r"[-•*]\s+(?P<what>\S.*?)\s*(?:\((?P<d1>[^()]{4,40})\)|\s[–—-]{1,2}\s+(?P<d2>[^–—]{4,40}?))"
                            r"\s*[.;]?")
_DATING = {"schema:startDate", "org:memberDuring", "dcterms:issued", "dcterms:date", "isecg:memberCount"}
# An accession told as an entry ("- May 2022 -- NZSA joined as the 26th"): a membership's rules, not an event.
_JOINED_RE = re.compile(r"\b(?:joined|joins|admitted|accession|acceded|members?(?:hip)?)\b", re.I)
_NOT_DONE_RE = re.compile(r"\b(?:will|would|shall|is\s+to|are\s+to|planned|expected|scheduled|due\s+to)\b", re.I)


def dated_item(ctx: Context, state: State, sentence: Sentence) -> None:
    """An entry of a chronology that no other rule made an event of: what it says happened, on its date (a day or
    a month: "Earlier in 2019", "Spring 2021" date no entry), named by its first clause, where it says."""
    m = _DATED_ITEM_RE.match(sentence.text) or _DATED_LAST_RE.fullmatch(sentence.text.strip())
    if m is None or any(f.p in _DATING and not f.s.endswith(f"/doc/{ctx.doc.id}")  # not the document's own date
                        for f in ctx.rec.result.facts[state.facts_at:]):
        return  # another rule read what the date tells (a meeting, an accession, a publication)
    label = next(g for g in (m.groupdict().get(k) for k in ("date", "d1", "d2")) if g)
    dates = [d for d in find_dates(label) if len(d.start) >= 7]
    if len(dates) != 1 or re.fullmatch(r"\W*", label[:dates[0].pos[0]] + label[dates[0].pos[1]:]) is None:
        return  # the label is the date alone ("Friday, 9 October 2009")
    what = m.group("what").strip()
    head = re.split(r"\s*[,;:(]\s*|\.\s", what)[0]
    if _NOT_DONE_RE.search(head) or _JOINED_RE.search(re.split(r";|\.\s", what)[0]) \
            or not re.match(r"(?:the\s+|an?\s+)?[\w’'\-]+(?:\s+[\w’'\-]+)*?\s+[a-z][\w’'\-]{2}", what, re.I):
        return
    name = " ".join(head.split()[:_NAME_MAX_WORDS]).strip(" .")
    name = name[0].upper() + name[1:]
    evidence = sentence.evidence()
    event = ctx.rec.define(name, "Event", evidence, rule="dated-item", confidence=0.7,
                           slug=f"{name} {dates[0].start}", lookup=False)
    date_facts(ctx, event, dates[0], "dated-item", 0.7, evidence)
    where = _HAPPENED_AT_RE.search(re.split(r";|\.\s", what)[0])
    if where and not re.match(rf"{_MONTHS}\b", where.group(1)):
        place = find_place(ctx, where.group(1), evidence)
        if place is not None:
            ctx.rec.fact(event.iri, "schema:location", place.iri, "dated-item", 0.65, evidence)


# A list or table with no header whose entry stands one cell a line: the date alone on its line, the event's name on
# the line below ("16 June 2021" / "Lunar polar volatiles webinar" / "Organised by JAXA, online" / "19 agencies"), as
# page text gives a calendar of list items or a table whose cells wrap.  The name line must say a gathering or
# release, or be a proper event name ("72nd International Astronautical Congress", "GLEX 2021").
_STACKED_NAME_RE = re.compile(r"\b(?:meetings?|workshops?|conferences?|forums?|symposi(?:um|a)|summits?|plenar(?:y|ies)|"
                              r"congress(?:es)?|gatherings?|sessions?|seminars?|webinars?|colloqui(?:um|a)|retreats?|"
                              r"video[\s\-]?conferences?|teleconferences?|launch(?:ed)?|release[sd]?|published|"
                              r"publication)\b|\b\d{1,3}(?:st|nd|rd|th)\s+[A-Z]|\b[A-Z]{2,}[\-\s]?(?:19|20)\d\d\b", re.I)
# A name line that is a document's title or a part of it ("Workshop report", "Meeting summary"): the date line
# above it is the document's issue date, not an event's.
_STACKED_DOC_RE = re.compile(r"\b(?:report|summary|record|minutes|newsletter|bulletin|agenda|contents|notes|annex|"
                             r"appendix|table|figure)\b", re.I)
_STACKED_COUNT_RE = re.compile(r"^(?:about\s+|some\s+|over\s+|more\s+than\s+)?(\d{1,3}|[A-Za-z]+(?:-[a-z]+)?)\s+"
                               r"(?:space\s+|member\s+)?(?:agencies|participants|delegations|delegates|countries|"
                               r"organi[sz]ations|attendees|people|experts)\b")
_STACKED_CELL_WORDS = 12  # a cell line is short; a longer one is prose
_STACKED_COVER_LINES = 3  # a date alone in a document's first lines is its date


def _date_alone(text: str) -> DateSpan | None:
    """The date a line is and nothing more (a list bullet aside): "16 June 2021", "- 25–29 October 2021", "April 2022"."""
    dates = join_ranges(text, [d for d in find_dates(text) if len(d.start) >= 7])
    if len(dates) != 1 or not re.fullmatch(r"[\s\-•*–]*", text[:dates[0].pos[0]]) \
            or not re.fullmatch(r"[\s,.:;]*", text[dates[0].pos[1]:]):
        return None
    return dates[0]


def stacked_entry(ctx: Context, state: State, sentence: Sentence) -> bool:
    """An entry of a list or table laid out one cell a line, read from its date line: its name below, then its
    place, host and count lines until the next entry's date, a long line or a sentence."""
    line = sentence.line
    if sentence.offset != line.offset or (date := _date_alone(line.text)) is None:
        return False
    at = ctx.text.position(line)
    below = ctx.text.lines[at + 1:at + 5]
    if at < _STACKED_COVER_LINES or not below:
        return False
    name_line = below[0]
    name = _plain(name_line.text).strip(" .")
    if (name_line.page, name_line.offset) in state.used_lines or len(name.split()) > _STACKED_CELL_WORDS \
            or name_line.text.rstrip().endswith(".") or find_dates(name) or not _STACKED_NAME_RE.search(name) \
            or _STACKED_DOC_RE.search(name):
        return False
    cells = {"date": date, "name": name, "place": None, "hosts": [], "count": None}
    used = [name_line]
    for cell in below[1:]:
        text = _plain(cell.text).strip()
        if (cell.page, cell.offset) in state.used_lines or _date_alone(text) or find_dates(text) \
                or len(text.split()) > _STACKED_CELL_WORDS or text.endswith(".") or _STACKED_NAME_RE.search(text):
            break
        mentions = ctx.rec.gazetteer.find(text)
        count = _STACKED_COUNT_RE.match(text)
        hosts = _hosted_by(text, mentions)
        orgs = [m for m in mentions if m.entity.type in ORG_LIKE]
        if count and (n := count_of(count.group(1))) and cells["count"] is None:
            cells["count"] = n
        elif hosts or orgs and re.fullmatch(r"[\W\s]*(?:and|&)?[\W\s]*", re.sub("|".join(
                re.escape(text[m.start:m.end]) for m in orgs), " ", text)):
            cells["hosts"] = cells["hosts"] or hosts or [m.entity for m in orgs]  # "Hosted by KARI", "CNES"
            rest = _HOSTED_BY_RE.split(text)[0].strip(" ,;") if hosts else ""
            if rest and (VIRTUAL_RE.search(rest) or any(m.entity.type in ("Place", "Country") for m in mentions)):
                cells["place"] = cells["place"] or rest  # "Online, hosted by KARI"
            elif hosts and (virtual := VIRTUAL_RE.search(text[_HOSTED_BY_RE.search(text).end():])):
                cells["place"] = cells["place"] or virtual.group()  # "Organised by JAXA, online"
        elif VIRTUAL_RE.search(text) or any(m.entity.type in ("Place", "Country") for m in mentions):
            cells["place"] = cells["place"] or text
        else:
            break
        used.append(cell)
    _read_row(ctx, cells, " ".join(c.text for c in [line, *used]), line, name)
    state.used_lines.update((c.page, c.offset) for c in used)
    return True
