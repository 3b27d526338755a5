"""Questions a document's tables answer.  The rows holding a value (rows): "How many of the missions listed in the
2015 paper were planned to launch in 2018?", "Which gaps in the 2019 assessment are rated High priority?" — the lines
of the document's tables (passages of short lines that are no sentences, under a caption or heading that names what
the question counts) holding the value as a cell of its own: the year, or the capitalised words, of the question's
predicate.  And, where no sentence answers, the cells of the one row a question names (cells: "Which agency planned
the SLIM lander, and for what launch year?"), the bodies of a table keyed by body (bodies: "Which agencies contributed
entries to the fact sheet?"), the date of the row the question's words name (dated_row: "What is the abstract
submission deadline?")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..kg.dates import find_dates
from ..records import SearchHit
from ..search.cues import DOCUMENT_NOUNS
from .lists import of_year
from .sentences import content_words

# "How many of the <things> <where> <are|were> <predicate>?", "Which <things> <where> were <predicate>?"
ASKED = re.compile(r"^\s*(?:(?P<count>how\s+many)(?:\s+of)?\s+the|(?P<count2>how\s+many)|which|what)\s+(?P<noun>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?s)"
                   r"\s+(?P<source>(?:(?:listed|shown|named|given|included)\s+)?(?:in|on|of)\s+.+?)"
                   r"\s+(?:were|are|was|is|have\s+been|had\s+been|will\s+be|have|has|had)\s+(?P<predicate>.+?)\s*\?*\s*$", re.I)
# The source must be a document or its table: "in the 2015 IAC paper", "in the 2016 paper's table".
TABLED = DOCUMENT_NOUNS | {"table", "tables", "list", "sheet", "annex", "appendix", "plan", "plans"}
YEAR = re.compile(r"(?<![\w-])(?:19|20)\d\d(?![\w-])")
# A cell value the predicate names: capitalised words not opening it ("rated High priority": High).
CAPITALISED = re.compile(r"(?<=\s)[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*")
MIN_LINES = 3  # short lines a passage needs to be read as a table
LINE_WORDS = 30  # a table line is no paragraph of prose
SENTENCE_END = re.compile(r"[.!?][\"')\]]?$|\.\s+[A-Z]")


@dataclass(frozen=True)
class Asked:
    count: bool
    noun: str
    value: str
    predicate: str  # what the rows asked for are ("rated High priority", "JAXA as lead agency")
    years: list[str]  # the years the source is named by ("in the 2019 assessment")


@dataclass
class Rows:
    value: str
    lines: list[str]
    passages: list[SearchHit]  # the table passages holding the rows, in document order


def asked(question: str) -> Asked | None:
    """The value a question filters a table's rows by, None when it asks for no such rows."""
    match = ASKED.match(question)
    if not match:
        return None
    if not any(w.lower() in TABLED for w in re.findall(r"[a-z]+", match.group("source"), re.I)):
        return None  # "How many agencies in ISECG were members in 2018?" is no question for a table's rows
    predicate = match.group("predicate")
    value = next(iter(YEAR.findall(predicate)), None) or next(
        (m.group() for m in CAPITALISED.finditer(f" {predicate}")), None)
    if value is None:
        return None
    return Asked(count=bool(match.group("count") or match.group("count2")), noun=match.group("noun"), value=value, predicate=predicate,
                 years=YEAR.findall(match.group("source")))


def rows(asked: Asked, results: list[SearchHit], passages_of) -> Rows | None:
    """The rows holding the value of the first document among ``results`` (of the year its source is named by) with
    a table of the things asked; ``passages_of(doc_id)`` gives a document's passages as hits, in order."""
    head = _stem(asked.noun.split()[-1])
    cell = re.compile(rf"(?<![\w-]){re.escape(asked.value)}(?![\w-])")
    seen = set()
    for result in results:
        doc_id = result.document.id
        if doc_id in seen or asked.years and not of_year(result, asked.years):
            continue
        seen.add(doc_id)
        passages = passages_of(doc_id)
        found, held = [], []
        for before, passage in zip([None, *passages], passages):
            lines = _table_lines(passage.text)
            if len(lines) >= MIN_LINES and _names(head, passage, lines, before):
                table = _rows(lines, _ends(lines, asked.value), head)
            elif YEAR.fullmatch(asked.value):
                table = _run_rows(passage.text, head)
            else:
                continue
            hits = [row for row in table if cell.search(_cell(row, asked.predicate))]
            found += [" ".join(row.split()) for row in hits]
            held += [passage] if hits else []
        if found:
            return Rows(value=asked.value, lines=found, passages=held)
    return None


# "How many tasks does the 2015 work plan list?": the numbered rows of the table of those things in the document named
LISTED = re.compile(r"^\s*how\s+many\s+(?P<noun>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?s)\s+(?:does|did|do)\s+(?P<source>.+?)\s+"
                    r"(?:list|name|include|contain|identify|give|set\s+out|define)\s*\?*\s*$", re.I)
ROW_CODE = re.compile(r"^(?:[A-Z]{1,3}[-.]?)?\d{1,3}[.)]?\s+\S")  # "T-1 Update ...", "P3 Lunar interior", "4. Dust"


def listed(question: str, results: list[SearchHit], passages_of) -> Rows | None:
    """The rows of the table of the things a "how many X does <document> list" question asks, in the first document
    among ``results`` (of the year the source is named by) with such a table: its lines that open with a row's code or
    number (a row a PDF wrapped counts once), MIN_LINES of them at least."""
    match = LISTED.match(question)
    if not match or not any(w.lower() in TABLED for w in re.findall(r"[a-z]+", match.group("source"), re.I)):
        return None
    head, years, seen = _stem(match.group("noun").split()[-1]), YEAR.findall(match.group("source")), set()
    for result in results:
        if result.document.id in seen or years and not of_year(result, years):
            continue
        seen.add(result.document.id)
        passages = passages_of(result.document.id)
        found, held = [], []
        for before, passage in zip([None, *passages], passages):
            lines = _table_lines(passage.text)
            coded = [line for line in lines if ROW_CODE.match(line)] if len(lines) >= MIN_LINES \
                and _names(head, passage, lines, before) else []
            found += [" ".join(line.split()) for line in coded if " ".join(line.split()) not in found]
            held += [passage] if coded else []
        if len(found) >= MIN_LINES:
            return Rows(value="", lines=found, passages=held)
    return None


def _ends(lines: list[str], value: str) -> list[bool]:
    """Which lines end a row of the table, a row wrapped over several lines: a line holding a cell of the value's kind
    (a year; or, when the value ends its lines, a capitalised word ending several lines, "High", "Medium")."""
    last = [line.split()[-1] for line in lines]
    if YEAR.fullmatch(value):
        return [bool(YEAR.search(line)) for line in lines]
    if value.split()[-1] in last:
        return [word[:1].isupper() and last.count(word) > 1 for word in last]
    return [True] * len(lines)  # a value inside its rows ("CNES France Mars Mars seismometer"): a row a line


def _rows(lines: list[str], ends: list[bool], head: str | None) -> list[str]:
    """The rows of a table's lines, a row wrapped over several lines kept whole: each ends at a line ``ends`` marks,
    and begins after the row before it or after a header row naming the things asked (``head``)."""
    header = re.compile(rf"\b{re.escape(head)}", re.I) if head else None
    found, start = [], 0
    for at, line in enumerate(lines):
        if not ends[at]:
            if at == 0 and header and header.search(line):
                start = at + 1  # the header row ("ID Technology gap Agencies with active work Priority")
            continue
        found.append("\n".join(lines[start:at + 1]))
        start = at + 1
    return found


# A header row run into the text by the extraction ("Agency Mission Destination Launch year"): capitalised column
# names, the last of them a year's.
RUN_HEADER = re.compile(r"\b(?:[A-Z][\w-]*\s+){1,6}(?:[A-Z][\w-]*\s+)?(?i:year|date)\b")


def _run_rows(text: str, head: str) -> list[str]:
    """The rows of a table whose lines the extraction ran together, after a header naming the things asked and ending
    in a year's column: each row ends at a year, and begins after the row before it (or after the last sentence
    between them: a footer the page put there)."""
    header = next((m for m in RUN_HEADER.finditer(text) if re.search(rf"\b{re.escape(head)}", m.group(), re.I)), None)
    if header is None:
        return []
    found, start = [], header.end()
    for year in YEAR.finditer(text, header.end()):
        row = re.split(r"[.;:]\s+", text[start:year.end()])[-1].strip()
        found += [row] if row else []
        start = year.end()
    return found


# A labelled cell of a row: "Lead agency: JAXA; Partners: NASA".
LABELLED = re.compile(r"(?:^|[;—–|]|\s-)\s*(?P<label>[A-Z][\w ]{1,30}?):\s*(?P<value>[^;|\n]*)")


def _cell(row: str, predicate: str) -> str:
    """Where a row must hold the value: the cell whose label the predicate names ("JAXA as lead agency": the "Lead
    agency:" cell, not "Partners:"), else the row's last line (a wrapped row's cells of the value's kind)."""
    cells = [m for m in LABELLED.finditer(row) if re.search(rf"\b{re.escape(m.group('label'))}\b", predicate, re.I)]
    return " ".join(m.group("value") for m in cells) if cells else row.rsplit("\n", 1)[-1]


def _table_lines(text: str) -> list[str]:
    """The lines of a passage that read as table rows (short, no sentence), when most of its lines do."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    short = [line for line in lines if len(line.split()) <= LINE_WORDS and not SENTENCE_END.search(line)]
    return short if len(short) * 2 > len(lines) else []


def _names(head: str, passage: SearchHit, lines: list[str], before: SearchHit | None) -> bool:
    """Whether a table is one of the things asked: its heading, caption or header row, or the last sentence before
    it ("Table 1 lists the lunar missions ..."), names them."""
    said = re.compile(rf"\b{re.escape(head)}", re.I)
    lead = before.text.rsplit("\n", 1)[-1] if before is not None else ""
    return any(said.search(text) for text in (passage.section or "", *lines[:2], lead[-300:]))


def _stem(noun: str) -> str:
    """The singular a plural noun's rows are named by ("agencies": agency, "launches": launch, "sites": site)."""
    noun = noun.lower()
    return noun[:-3] + "y" if noun.endswith("ies") else noun[:-2] if re.search(r"(?:s|x|ch|sh)es$", noun) \
        else noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


# The cells a question asks of the one row it names: "Which agency planned the SLIM lander, and for what launch year?",
# "Which destination does the appendix give as CNES's main interest?"
ASKS_ORG = re.compile(r"\b(?:which|what)\s+(?:[a-z]+\s+)?(?:agency|agencies|organi[sz]ations?)\b", re.I)
ASKS_YEAR = re.compile(r"\b(?:which|what)\s+(?:[a-z]+\s+){0,2}?years?\b", re.I)
ASKS_DESTINATION = re.compile(r"\b(?:which|what)\s+(?:[a-z]+\s+)?destinations?\b", re.I)
# "Who represented JAXA at the second plenary?": the people of the row (an attendance table's "JAXA (Japan) Naoko
# Ishida; Takeshi Mori")
ASKS_PERSON = re.compile(r"^\s*who\b", re.I)


@dataclass
class Cells:
    values: list[str]  # the values asked, in the order asked: organisations, year, destination
    row: str
    passage: SearchHit


def cells(question: str, keys: list[str], results: list[SearchHit], passages_of, mentions_in) -> Cells | None:
    """The cells a question asks of the one table row naming all its ``keys`` (names no entity covers, "SLIM"; or a
    body, when no body is asked for), in the first document among ``results`` with a table holding such a row: the
    row's organisations but the keys, its year, its destination (``mentions_in(text)`` names a text's entities)."""
    asks = [kind for kind, cue in (("org", ASKS_ORG), ("year", ASKS_YEAR), ("destination", ASKS_DESTINATION),
                                   ("person", ASKS_PERSON)) if cue.search(question)]
    if not asks or not keys:
        return None
    said = [re.compile(rf"(?<![\w-]){re.escape(key)}(?![\w-])", re.I) for key in keys]
    for doc_id in dict.fromkeys(r.document.id for r in results):
        held = [(row, passage, None) for passage in passages_of(doc_id) for row in _lookup_rows(passage.text)
                if all(key.search(row) for key in said)]
        if "person" in asks:  # (of the rows naming the keys, those naming people: not an actions table's "... JAXA")
            held = [(row, passage, named) for row, passage, _ in held for named in [mentions_in(row)]
                    if any(m.category == "person" for m in named)]
        if len(held) != 1:
            continue
        row, passage, named = held[0]
        named = named if named is not None else mentions_in(row)  # (the row's entities, read once)
        found = {"org": [m.text for m in named if m.category == "org"
                         and not any(key.fullmatch(m.text) or key.fullmatch(m.label) for key in said)],
                 "year": YEAR.findall(row)[:1],
                 "destination": [m.text for m in named if m.type == "Destination"][:1],
                 "person": [m.text for m in named if m.category == "person"]}
        if all(found[kind] for kind in asks):
            return Cells(values=[v for kind in asks for v in dict.fromkeys(found[kind])], row=" ".join(row.split()),
                         passage=passage)
    return None


def _lookup_rows(text: str) -> list[str]:
    """A passage's table rows: wrapped rows ending at their year when most lines hold one, else a row a line."""
    lines = _table_lines(text)
    if len(lines) < MIN_LINES:
        return []
    dated = [bool(YEAR.search(line)) for line in lines]
    return _rows(lines, dated if sum(dated) * 2 >= len(lines) else [True] * len(lines), None)


# "Which agencies contributed entries to the fact sheet?": the bodies opening the rows of a table keyed by body.
ASKS_ORGS = re.compile(r"^\s*(?:which|what)\s+(?:[a-z]+\s+)?(?:agencies|organi[sz]ations)\b", re.I)
TABLE_RANK = 3  # a table keyed by body answers for the document only when the search ranks it this high


def bodies(question: str, results: list[SearchHit], mentions_in) -> Cells | None:
    """The bodies opening the rows of a table keyed by body (most of its rows open with one, and at least
    MIN_LINES do), when the question asks for bodies and the search ranks that table among its first TABLE_RANK
    passages, in the first result's document."""
    if not ASKS_ORGS.search(question) or not results:
        return None
    for passage in results[:TABLE_RANK]:
        if passage.document.id != results[0].document.id:
            continue
        rows = _lookup_rows(passage.text)
        opening = [next((m.text for m in mentions_in(row) if m.category == "org" and row.startswith(m.text)), None)
                   for row in rows]
        named = [body for body in opening if body]
        if len(named) >= MIN_LINES and len(named) * 2 > len(rows):
            return Cells(values=list(dict.fromkeys(named)), row="; ".join(" ".join(r.split()) for r in rows),
                         passage=passage)
    return None


# "What is the abstract submission deadline for the workshop?": the date of the one row the question's words name.
ASKS_DATE = re.compile(r"\b(?:what|which)\s+(?:is\s+|was\s+)?(?:the\s+)?(?:[a-z]+\s+){0,3}?(?:date|deadline|day)\b", re.I)
MIN_SHARED = 2  # words a row must share with the question to be the one it names


def dated_row(question: str, results: list[SearchHit], passages_of) -> Cells | None:
    """The date of the one table row sharing the most words with a question asking for a date (at least MIN_SHARED,
    no other row as many), in the first result's document: its date as the row writes it."""
    if not ASKS_DATE.search(question) or not results:
        return None
    asked = content_words(question)
    scored = [(len(asked & content_words(row)), row, passage) for passage in passages_of(results[0].document.id)
              for row in _lookup_rows(passage.text) if find_dates(row)]
    best = max((n for n, _, _ in scored), default=0)
    named = [(row, passage) for n, row, passage in scored if n == best]
    if best < MIN_SHARED or len(named) != 1:
        return None
    row, passage = named[0]
    when = find_dates(row)[0]
    return Cells(values=[row[when.pos[0]:when.pos[1]]], row=" ".join(row.split()), passage=passage)
