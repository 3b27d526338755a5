"""Technology tables: which agency works on which technology, read from a table whose header names a
column of work (technology, capability, element, contribution, area) and a column of agencies, in any
order and among other columns: "Technology area  Agencies named", "Area  Agency  Contribution",
"| Lead agency | Capability | Status |".

Page text gives a table one line a row, but the cleaner may join rows into one line and a wrapped cell
goes on in the lines below (Chromium's PDFs give a row's cells one after the other), so the table's lines
are read as one run of cells and a row is found by its agency cell: agencies named together ("NASA, ESA
and JAXA") that no article or preposition introduces ("for a NASA demonstration" is inside a cell).  The
text between two agency cells holds the cells after the one and before the other; where both sides have
cells it is cut at a line break or where a capitalised word follows a lower-case one ("... HALO habitat |
Gateway robotics").  The table ends at prose, a caption, a heading with no agency cell below, another
table's header or more lines without an agency cell than a row spans.  Markdown tables give their cells
between pipes.  Each agency of a row works on the row's work item: the cell of the most specific work
column ("Contribution" before "Area"), a new technology named by the cell.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .context import Context, State
from .facts import Evidence
from .reference import Entity
from .rules_roadmap import colon_items, line_work, work_item
from ..text import without_marks
from .text import CAPTION_RE, ORG_LIKE, Line, Sentence

RULE = "technology-table"
# The agency column: "Agency", "Agencies named", "Lead organisation", "Partners".
WHO_RE = re.compile(r"\b(?:(?:lead|leading|contributing|responsible|participating|partner)\s+)?"
                    r"(?:agenc(?:y|ies)|organi[sz]ations?|partners?|contributors?|providers?|"
                    r"(?:led|supplied|provided|developed|built|contributed|reported|pursued|performed|done|"
                    r"conducted|undertaken|carried\s+out|under\s*taken)\s+by)"
                    r"(?:\s+(?:named|involved|responsible|leading|contributing|active|working|investing|"
                    r"(?:with|reporting)\s+(?:(?:ongoing|current|reported|relevant|funded)\s+)?(?:activit(?:y|ies)|work|investments?|"
                    r"programmes?|programs?|projects?|interest)))?\b", re.I)  # "Agencies with Activity", "Agencies reporting work": one column
# Work columns, the most specific first: what is built, then the technology, then the area it is in.
WHAT_RES = [re.compile(r"\b(?:contributions?|elements?|(?:sub)?systems?|hardware|items?|projects?|instruments?|payloads?|"
                       r"modules?|vehicles?|landers?|rovers?|demonstrations?|experiments?|work|activit(?:y|ies))\b", re.I),
            re.compile(r"\b(?:technolog(?:y|ies)|capabilit(?:y|ies)|gaps?|needs?)\b", re.I),
            # (last: a column of tasks or priorities names the work only when no other does; "Priority" beside a gap
            # is its rating)
            re.compile(r"\b(?:areas?|domains?|fields?|disciplines?|tasks?|priorit(?:y|ies)|investigations?|studies|"
                       r"study)\b", re.I)]
MAX_HEADER_WORDS = 10
MAX_HEADER_LINES = 6  # a header's column names wrapped one or two words a line
MAX_TABLE_LINES = 80
MAX_CELL_LINES = 4  # lines without an agency cell in a row (its other cells wrapped)
MAX_CELL_LINE_WORDS = 12  # a wrapped cell's line is short
MAX_ROW_LINE_WORDS = 30  # in a table of numbered rows, a line may hold several cells
MAX_ITEM_WORDS = 16
MIN_NUMBERED_ROWS = 3
# Before a name inside a cell, not starting an agency cell: "for a NASA demonstration", "(ESA)".
INSIDE_CELL_RE = re.compile(r"(?:\b(?:a|an|the|for|of|by|with|to|from|in|on|at|and|or|via|under|its|their)\s+|[(\[/]\s*)$",
                            re.I)
# Between the agencies of one cell, each maybe qualified: "NASA (lead), ESA and JAXA", "NASA (fission surface power), JAXA".
JOINED_RE = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:,|;|&|/|and|,\s*and)\s*(?:the\s+)?")  # "CNES and the DLR"
# Where a cell may start inside a run of cells: a capitalised word or a number after a lower-case word that
# joins no words ("... HALO habitat | Gateway robotics", "... lunar relay satellite | 2027"; not "Power and Propulsion").
CELL_START_RE = re.compile(r"(?<=[a-z0-9)\]])(?<!\band)(?<!\bof)(?<!\bthe)(?<!\bfor)(?<!\bwith)(?<!\bto)(?<!\bin)"
                           r"(?<!\bon)(?<!\bfrom)(?<!\bat)(?<!\bby)(?<!\binto)\s+(?=[A-Z0-9])")
ACRONYM_END_RE = re.compile(r"(?<=[A-Z]{2})\s+(?=[A-Z][a-z])")
QUALIFIER_RE = re.compile(r"\s*\([^()]{1,20}\)")  # after an agency: its acronym or role, "(LSA)", "(lead)"
ROW_CODE_RE = re.compile(r"([A-Z]{1,4}-\d{1,2})\s+(?=\S)")  # "CT-3 Surface power ...": a row's code
# "5 Precision landing ...", "T5 ...": a numbered row
ROW_NUMBER_RE = re.compile(r"(?:[A-Z]{1,2}[\-.]?)?\d{1,2}\.?\s+(?=\S)")
NUMBERED_LINE_RE = re.compile(r"\n(?=\d{1,2}\.?\s+[A-Z])")  # a line that opens with a row's number
# Cells of numbers or dates: "1", "9 2022-08-04", "8 16 Nov. 2022".
NUMBER_CELLS_RE = re.compile(r"(?:\s*(?:[\d.:/\-–]+|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?))+\s*")
LABEL_RE = re.compile(r"[A-Z][a-z]+(?:\s+[a-z]+)?:\s")  # "Editors: ...", "Source: ...": a labelled line, no row
COLUMN_NAME_RE = re.compile(r"(?<!\S)[A-Z][a-z]")  # a column's name starts capitalised; "named" qualifies the one before
TAIL_RE = re.compile(r",\s+(?:to|which|that|planned|expected|due|for)\b.*$")  # "Rashid rover, to fly on ..."
TOLD_RE = re.compile(r"(?:\s—|;)\s[A-Z][^—;:\n]{0,40}:\s")
SEPARATOR_RE = re.compile(r"^\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*$")


@dataclass
class Columns:
    """Where a table's agency and work cells are: in a pipe table by index, else by side of the agency cell."""
    before: int = 0  # text cells before the agency cell
    after: int = 0  # text cells after it
    label_after: bool = False  # the work item is named after the agency cell
    label: int = 0  # the work cell's index among the cells of its side
    pipe: bool = False  # a Markdown table: cells between pipes
    who: int = 0  # pipe table: the agency cell's index
    what: int = 0  # pipe table: the work cell's index
    others_idle: bool = False  # another agency column holds agencies not working on the item


@dataclass
class Row:
    agencies: list[Entity]
    label: str  # the work cell
    line: Line  # where the row starts
    text: str  # the row's cells, as evidence


def technology_tables(ctx: Context, state: State, sentence: Sentence) -> bool | None:
    """A technology table's header line reads the whole table (rows the ingester wrote out with their columns' names
    are read one by one, by those names); its rows' work is read here alone (_row_read)."""
    line = sentence.line
    if any(line is read for read in state.technology_table):
        return _row_read(state, line)
    if line.heading:  # "NASA: the Human Landing System": a short list item looks like a heading, used up below
        colon_items(ctx, sentence)
        line_work(ctx, sentence)
    if sentence.offset + len(sentence.text) != line.offset + len(line.text) \
            or state.phases is not None and len(state.phases) == 1:
        return None  # a header ends its line (the cleaner may join it to prose); a phase table's header is its own
    if _told_row(ctx, line):
        return _row_read(state, line)
    at = ctx.text.position(line)
    marked = _mark_table(ctx, at)
    if marked is not None:
        state.technology_table = marked
        return True
    columns, header = _columns(ctx, sentence.text), []
    if columns is not None and not columns.pipe:  # the header's last names wrapped below ("activity" / "Agencies planning")
        rest, k = [], at + 1
        if k < len(ctx.text.lines) and _header_rest_start(ctx, ctx.text.lines[k].text):
            while k < len(ctx.text.lines) and len(rest) < MAX_HEADER_LINES and _header_rest(ctx, ctx.text.lines[k].text):
                rest.append(ctx.text.lines[k].text)
                k += 1
        named = _named_below(ctx, line, k)
        rest += [below.text for below in named]
        whole = _columns(ctx, " ".join([sentence.text, *rest]), words=2 * MAX_HEADER_WORDS) if rest else None
        if whole is not None:
            columns = whole
            if named:  # the rows start below those lines
                header, at = ctx.text.lines[at:k + len(named) - 1], k + len(named) - 1
    if columns is None:
        columns, header = _wrapped_header(ctx, at)
        at += len(header) - 1 if header else 0
    if columns is None or not columns.pipe and _told_below(ctx, at):
        return None  # (rows the ingester wrote out with their columns' names: each read by _told_row, by its names)
    rows, used = (_pipe_rows if columns.pipe else _plain_rows)(ctx, at, columns)
    if not rows:
        return None
    state.technology_table = header + used
    for row in rows:
        evidence = Evidence(ctx.text.passage_at(row.line.page, row.line.offset), row.line.page, row.text)
        for item in _items(row.label):
            work = work_item(ctx, item, evidence, rule=RULE)
            for agency in row.agencies:
                ctx.rec.fact(agency.iri, "isecg:worksOn", work.iri, RULE, 0.8, evidence)
    return True


# A row of a PDF's table of role columns as the ingester writes it, under a header naming a work column however long:
# "3 Precision landing — Lead agency: JAXA; Supporting agencies: DLR, ESA; Need: Landing within 100 m ...": the
# agencies of its roles work on it.  A row of a matrix of marks under agency columns is written with its marks as they
# stand, then each mark with its columns: "Dust mitigation ● ○ — ●: NASA; ○: DLR": the agencies marked work on it,
# whatever role the mark gives them ("lead", "○" contributing), save a mark of none ("✗", "–", "no").
TOLD_ROW_RE = re.compile(r"(?P<label>[^—]{3,200}?) — (?P<cells>[^\s—][^—]*)")
TOLD_CELL_RE = re.compile(r"(?:^|;\s)([^\s;:—][^;:—]{0,40}):\s")  # "; Supporting agencies: ", "; ○: "
ROLE_NAME_RE = re.compile(r"(?:co-?)?lead|prime|support|contributing|partner", re.I)
NO_WORK_MARK_RE = re.compile(r"[✗✘×\-–—]|no|none|n/?a|planned|interest(?:ed)?", re.I)
MIN_ROLES = 2


def _row_read(state: State, line: Line) -> bool | None:
    """A row whose work this rule read: the work rules skip it (State.work_row), the others read its other cells (the
    people of a "Lead(s)" column), but under a phase table open above, which would take it for its last phase's
    description: used up then."""
    state.work_row = line
    return True if state.phases is not None else None


def _told_below(ctx: Context, at: int) -> bool:
    """Whether the line below the header at ``at`` is a row written out with its columns' names."""
    lines = ctx.text.lines
    m = TOLD_ROW_RE.fullmatch(lines[at + 1].text) if at + 1 < len(lines) else None
    return m is not None and TOLD_CELL_RE.search(m.group("cells")) is not None


def _told_row(ctx: Context, line: Line) -> bool:
    m = TOLD_ROW_RE.fullmatch(line.text)
    names = list(TOLD_CELL_RE.finditer(m.group("cells"))) if m else []
    cells = [(name.group(1), m.group("cells")[name.end():after.start() if after else None].strip())
             for name, after in zip(names, [*names[1:], None])]
    label = without_marks(m.group("label"), cells) if m else None
    if label is not None:  # a matrix of marks
        roles = [value for name, value in cells if not NO_WORK_MARK_RE.fullmatch(name)]
    else:
        label = m.group("label") if m else ""
        roles = [value for name, value in cells if ROLE_NAME_RE.match(name)]
        if len(roles) < MIN_ROLES:
            return False
    lines = ctx.text.lines
    at = ctx.text.position(line)
    while at and TOLD_ROW_RE.fullmatch(lines[at - 1].text):
        at -= 1
    if not at or not _rank(lines[at - 1].text):
        return False  # the header names no work ("Standard  Lead agency  Partner agencies"): no technology table, its
        # row the other rules' (a group's leads and their people: "ERWG — Lead agency: NASA; Lead(s): A B (NASA)")
    evidence = Evidence(ctx.text.passage_at(line.page, line.offset), line.page, line.text)
    agencies = {entity.iri: entity for value in roles for _, _, entity in _agencies(ctx, value, inside=False)}
    for item in _items(label):
        known = ctx.rec.gazetteer.lookup(re.sub(r"\s*\([^()]*\)$", "", item))  # (without its acronym)
        if known is not None and known.type != "Technology":
            continue  # "Science Working Group (SWG) — Lead agency: ...": a table of groups, not of work
        work = work_item(ctx, item, evidence, rule=RULE)
        for agency in agencies.values():
            ctx.rec.fact(agency.iri, "isecg:worksOn", work.iri, RULE, 0.8, evidence)
    return True


# A mark in an agency's column: "X", "x", "●", "✓", "Yes".
MARK = r"(?:[Xx✓✔●•■◆★✗√]|[Yy]es)"
MARKS_RE = re.compile(rf"(?:\s+{MARK})+\s*$")
MIN_MARK_COLUMNS = 2


def _mark_table(ctx: Context, at: int) -> list[Line] | None:
    """A table whose columns after the first are agencies, a row's marks under those that work on its item:
    "Technology NASA ESA JAXA" / "In-situ resource utilisation X X X".  In Markdown each mark's cell says
    whose; in plain lines the empty cells are lost, so a row is read only when every agency is marked."""
    lines = ctx.text.lines
    text = lines[at].text
    pipe = text.startswith("|")
    cells = _pipe_cells(text) if pipe else None
    if pipe:
        agencies = [_whole_agency(ctx, cell) for cell in cells[1:]]
        first = cells[0]
    else:
        found = _agencies(ctx, text, inside=False)
        if not found or text[found[-1][1]:].strip():
            return None
        first = text[:found[0][0]]
        agencies = [entity for _, _, entity in found]
        if any(text[a[1]:b[0]].strip() for a, b in zip(found, found[1:])):
            return None  # only agencies after the first column's name
    named = [a for a in agencies if a is not None]
    if len(named) < MIN_MARK_COLUMNS or (not pipe and len(named) != len(agencies)) \
            or not first.strip() or _agencies(ctx, first) or not _rank(first) or len(first.split()) > 4:
        return None
    used, read = [lines[at]], []
    for line in lines[at + 1:at + 1 + MAX_TABLE_LINES]:
        if pipe:
            if not line.text.startswith("|"):
                break
            used.append(line)
            row = _pipe_cells(line.text)
            if SEPARATOR_RE.match(line.text) or len(row) < 2:
                continue
            who = [a for a, cell in zip(agencies, row[1:]) if a is not None and re.fullmatch(MARK, cell)]
            if who and not any(re.fullmatch(MARK, c) is None and c for c in row[1:] if c):
                read.append((line, row[0], who))
            continue
        marks = MARKS_RE.search(line.text)
        if marks is None:
            break
        used.append(line)
        label = line.text[:marks.start()].strip()
        if len(marks.group().split()) == len(named) and label and not _agencies(ctx, label):
            read.append((line, label, named))
    if not read:
        return None
    for line, label, who in read:
        evidence = Evidence(ctx.text.passage_at(line.page, line.offset), line.page, line.text)
        for item in _items(label):
            work = work_item(ctx, item, evidence, rule=RULE)
            for agency in who:
                ctx.rec.fact(agency.iri, "isecg:worksOn", work.iri, RULE, 0.8, evidence)
    return used


def _whole_agency(ctx: Context, cell: str) -> Entity | None:
    """The agency a column's name is, if the whole name is one."""
    found = ctx.rec.gazetteer.find(cell.strip())
    return found[0].entity if len(found) == 1 and found[0].entity.type in ORG_LIKE \
        and found[0].end - found[0].start == len(cell.strip()) else None


def _wrapped_header(ctx: Context, at: int) -> tuple[Columns | None, list[Line]]:
    """A header whose column names a PDF wrapped one or two words a line ("ID Need" / "Agencies working" / "on
    it" / "First" / "needed"): its short lines read as one, ending before the first row."""
    lines, header = ctx.text.lines, []
    for line in lines[at:at + MAX_HEADER_LINES]:
        if len(line.text.split()) > 3 or _agencies(ctx, line.text) or line.text.rstrip().endswith((".", ":")) \
                or re.search(r"\b(?:19|20)\d\d\b", line.text):
            break  # a title with its year ("Technology Report 2022") is no column name
        header.append(line)
    for end in range(len(header), 1, -1):
        columns = _columns(ctx, " ".join(line.text for line in header[:end]))
        below = lines[at + end] if at + end < len(lines) else None
        if end > 2 and below is not None and _agencies(ctx, below.text) \
                and _columns(ctx, " ".join(line.text for line in header[:end - 1])) is not None:
            continue  # a cell a line: the last short line is the first row's first cell, its agencies below
        if columns is not None and not columns.pipe:
            named = _named_below(ctx, lines[at], at + end)
            whole = _columns(ctx, " ".join(line.text for line in header[:end] + named), words=2 * MAX_HEADER_WORDS) \
                if named else None
            return (whole, header[:end] + named) if whole is not None else (columns, header[:end])
    return None, []


def _named_below(ctx: Context, header: Line, k: int) -> list[Line]:
    """The lines from ``k`` on that each hold a column name set in the type of the header's first line ("Agency" /
    "reporting work" / "Example given by the agency"): the header's last columns (a row's cells are body text)."""
    level, named = _heading_level(ctx, header), []
    for line in ctx.text.lines[k:k + MAX_HEADER_LINES]:
        if level is None or _heading_level(ctx, line) != level or len(line.text.split()) > MAX_HEADER_WORDS // 2 \
                or _agencies(ctx, line.text):
            break
        named.append(line)
    return named


# A column of examples or notes about the row's subject, or of where its work is to be used, is not its work item:
# "Examples of gaps", "Description", "Target mission", "Destination", "Application".
ASIDE_COLUMN_RE = re.compile(r"^(?:examples?|description|details|notes?|remarks|comments?|typical|targets?|targeted|"
                             r"destinations?|applications?|intended|enabled|purposes?|objectives?|aims?)\b", re.I)
# A table whose rows are missions ("Mission  Agency  Destination  Contribution to the roadmap"): what its other columns
# call the row's contribution or work is what the mission does, no technology; a column of hardware or technology
# still names work ("Mission  Element  Agency").
MISSION_COLUMN_RE = re.compile(r"^missions?\b", re.I)
MISSION_DOES_RE = re.compile(r"\b(?:contributions?|work|activit(?:y|ies)|demonstrations?|experiments?|projects?|items?)\b",
                             re.I)


def work_header(ctx: Context, text: str) -> bool:
    """Whether a line is the header of a table of who works on what ("Agency  Element or capability")."""
    return _columns(ctx, text) is not None


def _rank(text: str, names: list[str] = ()) -> int:
    """How specific a work column the header text names: 3 (what is built) .. 1 (area), 0 none; ``names``: the
    header's column names, a mission column among them makes a column of what the row does none."""
    if ASIDE_COLUMN_RE.match(text.strip()) \
            or any(MISSION_COLUMN_RE.match(name.strip()) for name in names) and MISSION_DOES_RE.search(text):
        return 0
    return next((len(WHAT_RES) - i for i, pattern in enumerate(WHAT_RES) if pattern.search(text)), 0)


def _columns(ctx: Context, text: str, words: int = MAX_HEADER_WORDS) -> Columns | None:
    """The columns of a header line naming an agency column and a work column, else None (``words``: more for a
    header's short lines joined)."""
    if len(text.split()) > words + text.count("|") or CAPTION_RE.match(text) \
            or text.rstrip().endswith((".", ":")) \
            or any(m.entity.type in ORG_LIKE for m in ctx.rec.gazetteer.find(text)):
        return None
    if text.startswith("|"):
        cells = _pipe_cells(text)
        who = next((i for i, cell in enumerate(cells) if WHO_RE.search(cell) and not NOT_WORKING_RE.search(cell)), None)
        if who is None:
            return None
        rank, what = max(((_rank(cell, cells), -i) for i, cell in enumerate(cells) if i != who and not WHO_RE.search(cell)),
                         default=(0, 0))
        return Columns(pipe=True, who=who, what=-what) if rank else None
    whos = list(WHO_RE.finditer(text))
    working = [m for m in whos if not NOT_WORKING_RE.search(_column_name(text, m))]
    if not working:  # "Technology  Agencies planning activity": no column of work under way
        return None
    agency = working[0]
    start = agency.start()
    if text[start:start + 1].islower():  # "Active work reported by": the agency column is the whole name
        start = max((m.start() for m in COLUMN_NAME_RE.finditer(text, 0, start)), default=start)
    before, after = _column_names(text[:start]), _column_names(text[agency.end():])
    if len(whos) > 1:  # another agency column ("Partners", "Agencies planning activity") is no work column; a column
        # of examples is none ("Example given by the agency")
        before, after = ([n for n in side if not WHO_RE.search(n) or ASIDE_COLUMN_RE.match(n)] for side in (before, after))
    ranks = [_rank(name, before + after) for name in before + after]
    if not any(ranks):
        return None
    best = ranks.index(max(ranks))
    label_after = best >= len(before)
    # agencies in another column that does not work on the row's item ("Agencies planning activity") are not read
    others_idle = any(m is not agency and NOT_WORKING_RE.search(_column_name(text, m)) for m in whos)
    return Columns(before=len(before), after=len(after), label_after=label_after,
                   label=best - len(before) if label_after else best, others_idle=others_idle)


# An agency column of those not (yet) working on the row's item: "Agencies planning activity", "Interested
# agencies", "Users", "Observers", "Potential partners".
NOT_WORKING_RE = re.compile(r"\b(?:plan(?:s|ned|ning)?|interest(?:ed)?|benefit\w*|users?|using|observ\w*|future|"
                            r"potential|candidates?|proposed|intend\w*|prospective|possible)\b", re.I)


def _column_name(text: str, m: re.Match) -> str:
    """The whole name of the header column a match falls in: from the capital that opens it to the next one."""
    start = max((c.start() for c in COLUMN_NAME_RE.finditer(text, 0, m.start() + 1)), default=0)
    end = next((c.start() for c in COLUMN_NAME_RE.finditer(text, m.end())), len(text))
    return text[start:end]


def _column_names(side: str) -> list[str]:
    """The column names of one side of a header: each starts capitalised ("Technology area", "Status");
    a side in capitals is one column."""
    starts = [m.start() for m in COLUMN_NAME_RE.finditer(side)]
    if not starts:
        return [side.strip()] if side.strip() and side.strip().isupper() else []
    return [side[a:b].strip() for a, b in zip(starts, starts[1:] + [len(side)])]


def _pipe_cells(text: str) -> list[str]:
    return [cell.strip() for cell in text.strip().strip("|").split("|")]


def _pipe_rows(ctx: Context, at: int, columns: Columns) -> tuple[list[Row], list[Line]]:
    """Rows of a Markdown table: the lines below its header that start with a pipe."""
    rows, used = [], [ctx.text.lines[at]]
    for line in ctx.text.lines[at + 1:at + 1 + MAX_TABLE_LINES]:
        if not line.text.startswith("|"):
            break
        used.append(line)
        cells = _pipe_cells(line.text)
        if SEPARATOR_RE.match(line.text) or len(cells) <= max(columns.who, columns.what):
            continue
        who = cells[columns.who]
        agencies = [entity for _, _, entity in _agencies(ctx, who, inside=False)]
        if agencies:
            rows.append(Row(agencies, cells[columns.what], line, line.text))
    return rows, used


def _plain_rows(ctx: Context, at: int, columns: Columns) -> tuple[list[Row], list[Line]]:
    """Rows of a table in plain lines: the lines with an agency cell and the short lines between them
    (wrapped cells), until prose, a caption, a heading, another table's header or more lines without an
    agency than a wrapped cell takes; then read as one run of cells."""
    lines = ctx.text.lines
    used: list[Line] = []
    pending: list[Line] = []  # lines without an agency cell since the last one with
    repeated: list[Line] = []  # the header again, on the next page
    number = 1  # the next row's number, in a table whose rows are numbered ("1 In-situ resource ...")
    first = at + 1
    if first < len(lines) and _header_rest_start(ctx, lines[first].text):
        first += 1
    while first > at + 1 and first < len(lines) and _header_rest(ctx, lines[first].text):
        first += 1  # the header's column names wrapped below it ("Demonstration Agency Gap" / "area" / "Launch")
    for i in range(first, min(len(lines), at + 1 + MAX_TABLE_LINES)):
        line = lines[i]
        if _running_line(ctx, line):  # the document's running header or footer, between a table's pages
            repeated.append(line)
            continue
        if line.text == lines[at].text:  # the header repeated where the table goes on over a page
            used += pending
            pending = []
            repeated.append(line)
            continue
        if _ends_table(ctx, line) or line.page != lines[i - 1].page and _heading(ctx, line):
            break  # (a table going on over a page starts the next with rows or its header, not a heading)
        numbered = re.match(rf"(?:[A-Z]{{1,4}}-)?{number}\.?\s+\S", line.text) is not None  # "3 ...", "CT-3 ..."
        number += numbered
        if _agency_line(ctx, pending or used[-1:], line):  # "NASA, DLR, Israel" / "Space Agency"
            used += pending + [line]
            pending = []
            continue
        words = len(line.text.split())
        if numbered and words <= MAX_ROW_LINE_WORDS and len(pending) < MAX_CELL_LINES:
            pending.append(line)  # a numbered row starts: its cells before the agency cell may fill the line
            continue
        if len(pending) >= MAX_CELL_LINES and not _agency_ahead(ctx, pending, lines[i:i + 3]) \
                or words > MAX_ROW_LINE_WORDS \
                or WHO_RE.search(line.text) and 2 <= words <= MAX_HEADER_WORDS \
                and not _agencies(ctx, line.text, inside=False) \
                or _heading(ctx, line) and not any(_agencies(ctx, below.text)
                                                   for below in lines[i + 1:i + 1 + MAX_CELL_LINES - len(pending)]):
            break  # too long for a cell, another table's header ("Date Place Host Agencies"), a heading
        pending.append(line)
    if columns.after and used and pending:  # the last row's cells after its agencies, wrapped below it
        joined = "\n".join(line.text for line in used)
        last = _agencies(ctx, joined)[-1]
        empty = not joined[last[1]:].strip(" ,;")
        for k, line in enumerate(pending):
            cut_short = re.search(r"(?:\b(?:and|or|of|the|for|to|in|with|a|an)|,)$", used[-1].text.rstrip())
            if not (empty and k == 0 or re.match(r"[a-z(]", line.text) or cut_short):
                break  # a line goes on below one that ends in mid-phrase ("ASI Moon and" / "Mars concepts ...")
            used.append(line)
    return _stream_rows(ctx, used, columns), [*lines[at:first], *used, *repeated]


def _running_line(ctx: Context, line: Line) -> bool:
    """A line that opens with the document's title of several words ("ISECG Technology Report 2023 - 12"), a page's
    running header or footer the cleaner kept."""
    title = (ctx.doc.title or "").strip()
    return len(title.split()) >= 3 and line.text.startswith(title) \
        and re.fullmatch(r"[\s\-–—|,:]*(?:(?:page|p\.)\s*)?[\dA-Z\-.]{0,8}", line.text[len(title):], re.I) is not None


def _agency_line(ctx: Context, pending: list[Line], line: Line) -> bool:
    """Whether an agency cell ends on ``line``: an agency's name may be wrapped over the lines above it
    ("Indian Space" / "Research" / "Organisation"), read together with them."""
    if _agencies(ctx, line.text):
        return True
    above = "\n".join(p.text for p in pending)
    start = len(above) + 1 if above else 0
    return any(end > start for _, end, _ in _agencies(ctx, f"{above}\n{line.text}" if above else line.text))


def _agency_ahead(ctx: Context, pending: list[Line], ahead: list[Line]) -> bool:
    """Whether an agency's name starts in the last lines read or the line being read and goes on in the lines
    ahead ("Indian Space" / "Research" / "Organisation"): the row's lines go on past the usual count."""
    above = "\n".join(p.text for p in pending[-2:])
    text = above + "\n" + "\n".join(line.text for line in ahead)
    here = len(above) + 1 + (len(ahead[0].text) if ahead else 0)  # the end of the line being read
    return any(start < here and len(above) < end for start, end, _ in _agencies(ctx, text))


def _header_rest(ctx: Context, text: str) -> bool:
    """A line of one or two words, no number and no agency: the end of a column name wrapped below the
    header (a row's first cell is longer or comes with its agencies)."""
    return len(text.split()) <= 2 and not re.search(r"\d", text) and not _agencies(ctx, text)


def _header_rest_start(ctx: Context, text: str) -> bool:
    """The header goes on below it when the next line continues its last column name in lower case
    ("Gap" / "area") or is a column of notes ("Remarks"); another capitalised short line is more likely a row's
    first cell ("Human Landing")."""
    return (text[:1].islower() or ASIDE_COLUMN_RE.fullmatch(text.strip()) is not None) and _header_rest(ctx, text)


def _ends_table(ctx: Context, line: Line) -> bool:
    """Prose (a full stop), a caption or another table's header."""
    text = line.text
    return text.endswith(".") or bool(re.search(r"[a-z]{2}\.\s+[A-Z]", text)) or bool(CAPTION_RE.match(text)) \
        or bool(LABEL_RE.match(text)) or _columns(ctx, text) is not None


def _heading(ctx: Context, line: Line) -> bool:
    """Whether the cleaner set the line as a heading (by its type); a bold cell may be one too, so only
    a heading with no agency cell in the lines below that a row can span ends a table."""
    return _heading_level(ctx, line) is not None


def _heading_level(ctx: Context, line: Line) -> int | None:
    """The level of the heading the cleaner set the line in, if it did."""
    return next((seg.level for page in ctx.text.pages if page.page == line.page for seg in page.segments
                 if seg.kind == "heading" and seg.start <= line.offset < seg.end), None)


def _agencies(ctx: Context, text: str, *, inside: bool = True) -> list[tuple[int, int, Entity]]:
    """The agencies a cell names (start, end, entity); with ``inside``, not those a cell's words
    introduce ("for a NASA demonstration", "(ESA)") nor possessives ("NASA's")."""
    found: list[tuple[int, int, Entity]] = []
    for m in ctx.rec.gazetteer.find(text):
        if m.entity.type not in ORG_LIKE or re.match(r"['’]|-\w", text[m.end:]) \
                or (inside and INSIDE_CELL_RE.search(text[:m.start])
                    and not (found and JOINED_RE.fullmatch(text[found[-1][1]:m.start]))):
            continue
        found.append((m.start, m.end, m.entity))
    return found


def _stream_rows(ctx: Context, lines: list[Line], columns: Columns) -> list[Row]:
    """The rows of a table's lines read as one run: its agency cells in order, each with the text cells
    around it (a line break is only a space: rows may be joined on a line, cells wrapped over lines)."""
    # a column's name told before its cell ("... — Lead agency: ESA; Supporting agencies: CSA, JAXA", a PDF's table of
    # role columns as the ingester writes its rows) is no cell: blanked, a cell boundary (offsets kept for evidence)
    text = TOLD_RE.sub(lambda m: "\n" + " " * (len(m.group()) - 1), "\n".join(line.text for line in lines))
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line.text) + 1)
    cells: list[tuple[int, int, list[Entity]]] = []  # agency cells: start, end, agencies
    for start, end, entity in _agencies(ctx, text):
        qualified = QUALIFIER_RE.match(text, end)  # "Luxembourg Space Agency (LSA)": the cell goes on
        end = qualified.end() if qualified else end
        if cells and JOINED_RE.fullmatch(text[cells[-1][1]:start]):
            cells[-1] = (cells[-1][0], end, cells[-1][2] + [entity])
        elif not cells or start >= cells[-1][1]:
            cells.append((start, end, [entity]))
    rows: list[Row] = []
    carried: list[Entity] = []  # a lead agency's cell, its partners' cell right after it on the line
    for k, (start, end, agencies) in enumerate(cells):
        agencies = carried + agencies
        carried = []
        gap_before = (cells[k - 1][1] if k else 0, start)
        gap_after = (end, cells[k + 1][0] if k + 1 < len(cells) else len(text))
        before = gap_before if columns.before else None
        after = gap_after if columns.after else None
        if columns.before and columns.after:  # a gap between two agency cells holds both rows' cells
            if k:
                before = (_cut(text, gap_before, columns.after), start)
            if k + 1 < len(cells):
                after = (end, _cut(text, gap_after, columns.after))
        if columns.before and not columns.after and k:  # rows the cleaner ran together: the last row code opens
            coded = [m for m in CELL_START_RE.finditer(text, *gap_before) if ROW_CODE_RE.match(text, m.end())]
            before = (coded[-1].end(), start) if coded else before  # "... None reported CT-3 Regolith ... CSA"
        side = after if columns.label_after or not columns.before else before
        label = _cell(text, side, columns.after if side is after else columns.before, columns.label) if side else ""
        between = text[end:cells[k + 1][0]] if k + 1 < len(cells) else "\n"
        if not label.strip() and not between.strip() and "\n" not in between and not columns.others_idle:
            carried = agencies  # "NASA ESA, CSA Closed-loop life support": lead and partners, one row
            continue
        if not label.strip() and rows:  # an agency cell of its own (wrapped, or a second agency column)
            if not columns.others_idle:
                rows[-1].agencies += [a for a in agencies if a not in rows[-1].agencies]
            continue
        first, last = (before or (start, 0))[0], (after or (0, end))[1]
        line = lines[max(i for i, s in enumerate(starts) if s <= first)]
        rows.append(Row(list({a.iri: a for a in agencies}.values()), label, line, " ".join(text[first:last].split())))
    numbered = [row for row in rows if ROW_NUMBER_RE.match(row.text)]
    if columns.before and len(numbered) >= MIN_NUMBERED_ROWS:  # rows numbered "1 ...", "2 ...": an agency cell with
        rows = numbered  # no number before it is not a row ("ISECG Technology Working Group", a page's footer)
    return rows


def _cut(text: str, gap: tuple[int, int], after: int = 1) -> int:
    """Where the next row's first cell starts in a gap holding two rows' cells: the last place a cell
    may start, at a line break if one is ("Power and Propulsion Element; HALO habitat | Gateway robotics");
    with none, the gap is all the next row's (a row's first cell is seldom empty).  Cells of numbers after
    the agencies are the row's, and so are the one-word cells after them that the ``after`` columns still
    hold ("NASA 1 | High | T6 Closed-loop ...": a phase and a rating)."""
    cuts = list(CELL_START_RE.finditer(text, gap[0], gap[1]))
    numbers = [m for m in cuts if NUMBER_CELLS_RE.fullmatch(text, gap[0], m.start())]
    if numbers:  # the row's cells after its agencies are numbers ("ASA 1 | Rashid 2 rover"): numbers do not wrap
        last = numbers[-1]
        left = after - len(text[gap[0]:last.start()].split())
        later = [m for m in cuts if m.start() > last.start()]
        while left > 0 and later and len(text[last.end():later[0].start()].split()) == 1:
            last, later, left = later[0], later[1:], left - 1
        return last.end()
    breaks = [m for m in cuts if "\n" in m.group()]  # a row starts on a line of its own, if the cleaner left it
    # "CT-4 Precision landing" / "Phase 1 ISRO, ...": a row's code opens its first line, or opens the row where the
    # cleaner ran rows together on a line ("... None reported CT-3 Regolith excavation ... CSA, LSA")
    coded = [m for m in cuts if ROW_CODE_RE.match(text, m.end())]
    # "... planned on" / "Artemis I" / "7 High-power propulsion": a line opening with a row's number starts the row
    numbered = [m for m in NUMBERED_LINE_RE.finditer(text, gap[0], gap[1]) if text[gap[0]:m.start()].strip()]
    if numbered and not coded:
        return numbered[-1].end()
    breaks = coded or breaks
    if not any(text[gap[0]:m.start()].strip() for m in cuts):  # a cell ending in an acronym: "... for ESA | Robotics"
        cuts = list(ACRONYM_END_RE.finditer(text, gap[0], gap[1])) or cuts
    return (breaks or cuts)[-1].end() if cuts else gap[0]


def _cell(text: str, span: tuple[int, int], count: int, index: int) -> str:
    """Cell ``index`` of the ``count`` cells in ``text[span]``: the work cell is taken as the longest,
    so the other cells get the cuts nearest them; too few cuts leave the whole span."""
    start = span[0] + len(text[span[0]:span[1]]) - len(text[span[0]:span[1]].lstrip())
    number = ROW_NUMBER_RE.match(text, start, span[1])
    if number and count >= 2 and index >= 1:  # a numbered row: its number is the first cell
        span, count, index = (number.end(), span[1]), count - 1, index - 1
    elif number and index == 0 and re.match(r"[A-Z]", number.group()) and not ROW_CODE_RE.match(text, start):
        # "T5": a row's label, never its work's ("TN-4", a need's code, stays with its name: see _items)
        span = (number.end(), span[1])
    # (a row's code opening the work cell stays with its name: "TG-03 Lunar dust mitigation" is one cell)
    coded = ROW_CODE_RE.match(text, start, span[1]) if index == 0 else None
    opening = coded.end() if coded else start
    cuts = [m.end() for m in CELL_START_RE.finditer(text, *span) if text[span[0]:m.start()].strip() and m.end() > opening]
    breaks = [m.end() for m in CELL_START_RE.finditer(text, *span) if "\n" in m.group() and text[span[0]:m.start()].strip()
              and m.end() > opening]
    capital = [c for c in cuts if text[c].isupper()]
    one_a_line = breaks and not any(c < breaks[0] for c in capital)
    cuts = breaks if len(breaks) >= count - 1 and one_a_line else capital if len(capital) >= count - 1 else cuts
    # cells wrapped one a line: cut at the line breaks, unless the first line holds two cells ("Moon Human
    # Landing System;" / "VIPER rover ..."); else a cell opens with a capital rather than a number inside a
    # description ("Water recovery above 98 per cent")
    if count < 2 or len(cuts) < count - 1:
        return text[slice(*span)]
    bounds = [span[0], *cuts[:index], *cuts[len(cuts) - (count - 1 - index):], span[1]]
    return text[bounds[index]:bounds[index + 1]]


def _items(label: str) -> list[str]:
    """The work items a cell names: parts between semicolons, without a trailing clause."""
    items = []
    for part in label.split(";"):
        item = TAIL_RE.sub("", " ".join(part.split())).strip(" ,:–—-")
        item = re.sub(r"^\d{1,2}(?:\.\s+|\s+(?=[A-Z]))", "", item)  # "6. Surface mobility", "6 Surface mobility": the row's number
        # "TN-4 Dust mitigation", "P3 Lunar interior structure": the row's code after its name
        code = ROW_CODE_RE.match(item) or re.match(r"([A-Z]\d{1,2})\s+(?=[A-Z][a-z])", item)
        item = f"{item[code.end():]} ({code.group(1)})" if code else item
        if re.search(r"[A-Za-z]{3}", item) and len(item.split()) <= MAX_ITEM_WORDS:
            items.append(item)
    return items
