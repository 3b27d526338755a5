"""Read a source file into raw lines per page, with the font facts heading detection needs.

Every failure a user can cause (encrypted, corrupt, not a PDF, no text layer, empty)
raises :class:`BadDocument` with a reason that says what to do.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import NamedTuple
from pathlib import Path

from ..text import NOTE_AFTER, NOTE_SYMBOLS, SUPERSCRIPT_DIGITS

log = logging.getLogger(__name__)

SUPPORTED_SUFFIXES = (".pdf", ".txt", ".md")


class BadDocument(Exception):
    """A source file that cannot be ingested; the message is shown to the user as is."""


@dataclass
class Line:
    text: str
    size: float = 0.0  # effective font size; 0 when unknown (plain text)
    bold: bool = False
    level: int = 0  # Markdown heading level (number of '#'); 0 for other lines
    y: float | None = None  # PDF: baseline height on the page, to tell a wrapped heading from two headings
    row: bool = False  # PDF: a table's row written out from its cells (see _read_tables), no sample of the body type
    x: float | None = None  # PDF: where the line starts and ends across the page (its glyphs' widths), when known
    end: float | None = None
    runs: list | None = field(default=None, repr=False, compare=False)  # PDF: its runs with their places (_read_tables)


@dataclass
class RawDocument:
    pages: list[list[Line]]  # one list of lines per page, in reading order
    info: dict  # PDF info dictionary (title, author, ...), empty for text


def read_document(path: Path) -> RawDocument:
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return _read_pdf(path)
    if suffix in (".txt", ".md"):
        return _read_text(path)
    raise BadDocument(f"unsupported file type {suffix!r}; supported: {', '.join(SUPPORTED_SUFFIXES)}")


def _read_pdf(path: Path) -> RawDocument:
    import pypdf

    # pypdf logs every defect it works around ("EOF marker not found", font fallbacks); the
    # one line that matters is the BadDocument reason below.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    with open(path, "rb") as handle:
        head = handle.read(1024)
    if not head.strip():
        raise BadDocument("empty file (no content); replace it with the complete PDF")
    if b"%PDF-" not in head:
        raise BadDocument("not a PDF (no %PDF- header); rename it or convert it to PDF")
    try:
        # strict=False tolerates the small defects real PDFs have; what remains is reported.
        reader = pypdf.PdfReader(path, strict=False)
        if reader.is_encrypted and not _decrypts(reader):
            raise BadDocument("encrypted PDF (password protected); save an unprotected copy and ingest that")
        pages, broken = [], []
        for number, page in enumerate(reader.pages, start=1):
            try:
                pages.append(_pdf_page_lines(page))
            except Exception as exc:  # noqa: BLE001 - one damaged page must not cost the others
                pages.append([])
                broken.append((number, exc))
        pages = _read_tables(pages)
        if broken and len(broken) == len(pages):
            raise broken[0][1]
        for number, exc in broken:
            log.warning("%s: page %d left empty: its text could not be read (%s: %s)",
                        path.name, number, type(exc).__name__, exc)
        info = {k.lstrip("/").lower(): str(v) for k, v in (reader.metadata or {}).items() if v}
    except BadDocument:
        raise
    except Exception as exc:  # noqa: BLE001 - a damaged file makes pypdf raise almost anything
        raise BadDocument(f"corrupt or truncated PDF ({type(exc).__name__}: {exc}); re-download or re-export it") from None
    if not pages:
        raise BadDocument("PDF has no pages")
    if not any(line.text.strip() for page in pages for line in page):
        raise BadDocument(
            f"no text layer on any of its {len(pages)} page(s) (a scanned or image-only PDF); run OCR on it first"
        )
    return RawDocument(pages=pages, info=info)


def _decrypts(reader) -> bool:
    """Many PDFs are "encrypted" with an empty user password only to set permissions."""
    try:
        return bool(reader.decrypt(""))
    except Exception:  # noqa: BLE001 - pypdf raises several types for unsupported crypto
        return False


_BOLD = re.compile(r"bold|black|heavy|semibold|demi", re.I)


def _pdf_page_lines(page) -> list[Line]:
    """Lines of a page with each line's dominant font size and weight (from pypdf's visitor); a table's rows read
    by their cells' places (see _read_tables)."""
    lines: list[Line] = []
    current: list[tuple[str, float, bool, float | None]] = []
    xs: list[tuple[float | None, dict[str, float] | None]] = []  # each run's place and its type's glyph widths
    metrics: dict[int, dict[str, float] | None] = {}

    def flush():
        _mark_notes(current)
        text = "".join(t for t, _, _, _ in current)
        if text.strip():
            weights: Counter = Counter()
            for t, size, bold, _ in current:
                weights[(size, bold)] += len(t.strip())
            (size, bold), _ = weights.most_common(1)[0]
            # the baseline of the line's longest run, not of a raised footnote or affiliation mark opening it
            y = max(current, key=lambda run: len(run[0].strip()))[3]
            runs = [Run(t, size, y, x, widths) for (t, size, _, y), (x, widths) in zip(current, xs)]
            cells = _cells(runs)
            lines.append(Line(text=text, size=size, bold=bold, y=y, runs=runs, x=cells[0].x if cells else None,
                              end=max(c.end for c in cells) if cells else None))
        current.clear()
        xs.clear()

    def visit(text, cm, tm, font, size):
        if not text:
            return
        scale = abs(tm[0] or 1.0) * abs(cm[0] or 1.0) if tm and cm else 1.0
        eff = round(float(size or 0.0) * scale, 1)
        y = round(tm[4] * cm[1] + tm[5] * cm[3] + cm[5], 1) if tm and cm else None
        x = round(tm[4] * cm[0] + tm[5] * cm[2] + cm[4], 1) if tm and cm else None
        bold = bool(font and _BOLD.search(str(font.get("/BaseFont", ""))))
        if font is not None and id(font) not in metrics:
            metrics[id(font)] = _glyph_widths(font)
        parts = text.split("\n")
        for i, part in enumerate(parts):
            if part:
                current.append((part, eff, bold, y))
                xs.append((x if i == 0 else None, metrics.get(id(font))))  # (where a part after a break starts: unknown)
            if i < len(parts) - 1:
                flush()

    page.extract_text(visitor_text=visit)
    flush()
    return lines


# A footnote or affiliation mark: figures (or note symbols) set smaller than the text beside it and raised above its
# baseline ("ESA¹", "in 2019²", "Okafor¹,³").  The text layer glues it to the word ("ESA1", "20192": the acronym and the
# year lost), so it is written as superscript figures set off by a space ("ESA ¹", "in 2019 ²"), which the rules read
# as a note mark, and a note opening with it ("¹ KARI was renamed ...") as the note it calls.
_NOTE_MARK = re.compile(rf"^\s*[0-9{NOTE_SYMBOLS}](?:[,\u2013-]?[0-9{NOTE_SYMBOLS}]){{0,4}}\s*$")
_SUPERSCRIPT = str.maketrans("0123456789", SUPERSCRIPT_DIGITS)
_NOTE_RUN = re.compile(rf"\s*[{SUPERSCRIPT_DIGITS}{NOTE_SYMBOLS},\u2013-]+\s*")  # a mark as _mark_notes wrote it


def _mark_notes(runs: list[tuple[str, float, bool, float | None]]) -> None:
    for i, (text, size, bold, y) in enumerate(runs):
        if y is None or not size or not _NOTE_MARK.match(text):
            continue
        # the text run it is attached to: the one before it, or after it when it opens the line
        near = next((r for r in reversed(runs[:i]) if r[0].strip()), None) if i else None
        near = near or next((r for r in runs[i + 1:] if r[0].strip()), None)
        # (a mark beside another mark is set as small; a table's cell of figures, "2019", is no mark: "20192")
        if near is None or near[3] is None or _NOTE_MARK.match(near[0]) and near[1] <= size:
            continue
        if size <= 0.85 * near[1] and y - near[3] >= 0.2 * near[1]:
            mark = text.strip().translate(_SUPERSCRIPT)
            before = " " if i and runs[i - 1][0][-1:].strip() else ""
            after = " " if i + 1 < len(runs) and runs[i + 1][0][:1].isalnum() or i == 0 else ""
            runs[i] = (before + mark + after, size, bold, y)


class Run(NamedTuple):
    text: str
    size: float
    y: float | None
    x: float | None  # where the run starts across the page
    widths: dict[str, float] | None  # its glyphs' widths in ems, when the font gives them


@dataclass
class Cell:
    text: str
    x: float  # where its text starts and ends across the page (the end from its glyphs' widths)
    end: float
    y: float  # the baseline of its first line
    size: float


# A table in a PDF's text layer: pypdf gives a row's cells one after the other, and its wrapped cells as lines of
# their own, so which column a cell is in is lost ("Dexterous robotics ✓ lead support": whose lead?).  A table is
# found by its header: a line of three cells or more, set apart by gaps wider than a word space, and the lines below
# it that fit its columns (in its type, no cell running into the next column).  Its rows are the lines set closer
# together than the rows are (a cell's wrapped lines, the row's other cells on its first line).  Two
# tables lose what a cell means with its column and are written out: a matrix of marks ("✓", "X", "lead",
# "support") under column names, a row read "label ✓ lead support — ✓: NASA; lead: CSA; support: DLR" (the marks as
# they stand, then each with its columns); and a table of role columns ("Lead agency", "Supporting agencies"), a row
# read "label — Lead agency: ESA; Supporting agencies: CSA, JAXA; Target: Gateway" (its number and first column of
# words, then each other column told by its name, the roles first).
# Other tables keep pypdf's lines: their rules read a row's cells in turn.
CELL_GAP = 1.0  # a gap this many times the type's size parts two cells (a word space is about a quarter)
# A figure's or table's caption, however it is set: no heading (the section goes on past the figure or table), and
# no row of the table above it
CAPTION = re.compile(r"^(?:Figure|Fig\.|Table|Exhibit|Chart|Graph|Map|Photo|Box)\s+[A-Z]?\d{1,3}(?:\.\d{1,2})*[a-z]?"
                     r"\s*(?:[:.\u2013\u2014|-]|$)")
MIN_COLUMNS = 3
MIN_ROWS = 2
HEADER_WORDS = 6  # a column's name is short
WRAPPED = 0.75  # rows are set further apart than a cell's wrapped lines (the table's smallest line gap) when that gap is
# well below the largest
# ... and at the type's leading, at most this many times its size apart: lines further apart are rows of their own
# (tables one under the other, their rows set closer than the tables are, are no table of rows two lines high)
LEADING = 1.6
ROW_KEY = re.compile(r"(?:[A-Z]{1,4}[-.]?)?\d{1,3}\.?|")  # a row's number or code, or no cell
MARK_CELL = re.compile(r"[^\w\s]|[A-Za-z]{1,2}|[A-Za-z][a-z]{1,9}")  # a glyph, a letter or two, one short word
# A column naming a role in the work ("Lead agency", "Supporting agencies", "Co-lead"): two side by side make a table
# of roles (one alone, "Lead in 2018", is read as the cells run on).
ROLE_HEADER = re.compile(r"^(?:(?:co-?)?lead(?:ing|s)?|prime|support(?:ing|s)?|contributing|partner(?:ing|s)?)\b", re.I)
MIN_ROLES = 2
MIN_MARKS = 3  # columns of marks that make a matrix of marks beside a column or two of values
# Glyph widths in ems, as in a sans-serif text type, when the font gives none: enough to tell a column gap from a word
# space in a short cell.
_NARROW, _WIDE = set("iljtfrI.,;:'!|()[] "), set("mwMW@%")


def _glyph_widths(font) -> dict[str, float] | None:
    """The widths of a font's glyphs in ems, by the character each stands for; None when pypdf cannot read them."""
    from pypdf.generic._font import Font  # (pypdf is pinned: its private font metrics give a run's width)

    try:
        metrics = Font.from_font_resource(font)
    except Exception:  # noqa: BLE001 - a damaged font dictionary: estimate the widths instead
        return None
    codes = metrics.character_map if isinstance(metrics.character_map, dict) else {}
    widths = {code: width / 1000 for code, width in metrics.character_widths.items() if code not in codes}
    return widths | {codes[code]: width / 1000 for code, width in metrics.character_widths.items() if code in codes}


def _width(text: str, size: float, widths: dict[str, float] | None) -> float:
    if widths:
        default = widths.get("default", 0.5)
        return size * sum(widths.get(c, default) for c in text)
    ems = sum(0.28 if c in _NARROW else 0.85 if c in _WIDE else 0.66 if c.isupper() else 0.52 for c in text)
    return ems * size


def _cells(runs: list[Run]) -> list[Cell] | None:
    """A line's cells: its runs, a gap wider than a word space apart; a run set under the one before, at the same
    place, is the cell's next line ("Lead" / "agency").  None when pypdf gave no places."""
    cells: list[Cell] = []
    for text, size, y, x, widths in runs:
        if x is None or y is None or not size:
            return None
        if not text.strip():
            continue
        start = x + _width(text[:len(text) - len(text.lstrip())], size, widths)
        end = x + _width(text.rstrip(), size, widths)
        last = cells[-1] if cells else None
        # (a run set right against the cell goes on with it off its baseline too, and a note mark _mark_notes wrote, set
        # smaller and raised, as far as a word space from it: "avoidance ¹")
        near = (CELL_GAP if abs(y - last.y) < 0.5 * size else 0.5 if _NOTE_RUN.fullmatch(text) else 0.3) if last else 0
        if last and -size < start - last.end < near * size:
            last.text, last.end = last.text + text, max(last.end, end)
        elif last and abs(start - last.x) < 0.5 * size and y < last.y:
            last.text, last.end = _join([last.text, text.strip()]), max(last.end, end)
        else:
            cells.append(Cell(text.lstrip(), start, end, y, size))  # (its closing space parts it from a run after)
    for cell in cells:
        cell.text = " ".join(cell.text.split())
    return cells


def _join(texts: list[str]) -> str:
    """A cell's lines as one: a word the cell wrapped after its hyphen stays one word ("crew-" / "tended")."""
    return re.sub(r"(?<=[^\W\d_]-) (?=[^\W\d_])", "", " ".join(t.strip() for t in texts))


def _column(cell: Cell, header: list[Cell]) -> int:
    """The column a cell is in: the one starting where it starts (cells set flush left), else the one its middle is
    nearest to (centred cells)."""
    for i, name in enumerate(header):
        if abs(cell.x - name.x) < 0.5 * name.size:
            return i
    middle = (cell.x + cell.end) / 2
    return min(range(len(header)), key=lambda i: abs((header[i].x + header[i].end) / 2 - middle))


def _columns_of(cells: list[Cell], header: list[Cell]) -> list[int]:
    """The column of each of a table's cells, by the white gaps that run down the whole table: the cells and names
    between two gaps are one column (a column of cells set flush left under a centred name, "Sample caching" well
    left of "Capability"); a column holding no name, or several, goes by _column."""
    blocks: list[list[float]] = []  # the stretches across the table some cell or name covers
    for cell in sorted([*cells, *header], key=lambda c: c.x):
        if blocks and cell.x <= blocks[-1][1] + 0.3 * cell.size:
            blocks[-1][1] = max(blocks[-1][1], cell.end)
        else:
            blocks.append([cell.x, cell.end])

    def block(cell: Cell) -> int:
        return next(k for k, (a, b) in enumerate(blocks) if a <= cell.x <= b)
    named: dict[int, list[int]] = {}
    for i, name in enumerate(header):
        named.setdefault(block(name), []).append(i)
    return [named[block(cell)][0] if len(named.get(block(cell), [])) == 1 else _column(cell, header) for cell in cells]


def _fits(cells: list[Cell], header: list[Cell], rows: list[list[Cell]]) -> bool:
    """Whether a line's cells sit in the header's columns: none runs into the next column's name (a line of prose
    does) or starts three ems left of the rows above (a line of prose below a table set right of it), and the type is
    the rows' above (the first row's within a tenth of the header's: a header is often set smaller or larger).  (A
    cell may start left of its column's name: names are often centred.)"""
    size, slack = (rows[0][0].size, 0.05) if rows else (header[0].size, 0.1)
    left = min(cell.x for row in rows for cell in row) - 3 * size if rows else None
    for cell in cells:
        if abs(cell.size - size) > slack * size or left is not None and cell.x < left:
            return False
        i = _column(cell, header)
        if i + 1 < len(header) and cell.end > header[i + 1].x + 0.5 * cell.size:
            return False
    return True


def _read_tables(pages: list[list[Line]]) -> list[list[Line]]:
    """Each page's lines with its tables read (see above); a table that a page ends goes on at the top of the next
    with no header when the lines there fit its columns."""
    out: list[list[Line]] = []
    carried: list[Cell] | None = None  # the header of the table a page ended with
    for lines in pages:
        kept: list[Line] = []
        i = 0
        table = _table(lines, 0, carried, carried=True) if carried else None
        if table is not None:
            kept, i = table
        carried = None
        while i < len(lines):
            header = _cells(lines[i].runs) or []
            table = _table(lines, i, header) \
                if len(header) >= 2 and all(len(c.text.split()) <= HEADER_WORDS for c in header) else None
            if table is None:
                kept.append(lines[i])
                i += 1
                continue
            rows, i = table
            kept += rows
            carried = header
        out.append(kept)
    return out


def _header_rest(lines: list[Line], at: int, header: list[Cell]) -> int:
    """Take into the header the lines below that go on with it: cells on its baseline (pypdf may give a column's
    name a line of its own) or a name's wrapped words right under it ("Supporting" / "agencies"), none under the
    first column (a row's label); the index of the first line after it."""
    top = header[0].y
    k = at + 1
    while k < len(lines):
        cells = _cells(lines[k].runs) or []
        if not cells:
            break
        under = [next((name for name in header if cell.x < name.end and name.x < cell.end), None) for cell in cells]
        on_top = [abs(cell.y - top) < 0.5 * cell.size for cell in cells]
        if not all(level or name is not None and name is not header[0] and top - cell.y < 3.2 * cell.size
                   for cell, name, level in zip(cells, under, on_top)) \
                or any(len(cell.text.split()) > HEADER_WORDS for cell in cells):
            break
        for cell, name, level in zip(cells, under, on_top):
            if name is not None and not level:
                name.text, name.x, name.end = _join([name.text, cell.text]), min(name.x, cell.x), max(name.end, cell.end)
            else:
                header.append(cell)
        header.sort(key=lambda c: c.x)
        k += 1
    return k


def _bare(cell: str) -> str:
    """A cell's text without the note mark after it ("○ ²", a mark whose note qualifies it): the mark it stands for
    (a cell of a mark alone, "*", is that mark)."""
    return NOTE_AFTER.sub("", cell) or cell


def _table(lines: list[Line], at: int, header: list[Cell], *, carried: bool = False) -> tuple[list[Line], int] | None:
    """The header and rows of a table, written out when their columns say what a cell means (see above), and the
    index of the first line after the table; None for no table, or one whose pypdf lines are kept.  A table
    ``carried`` over from the page before has its rows from ``at`` on, under that page's header."""
    body: list[list[Cell]] = []
    k = at if carried else _header_rest(lines, at, header)
    below = k  # the first line under the header
    if len(header) < MIN_COLUMNS:
        return None
    # the header's lowest line (a name's wrapped words below its first): the first row is set close under it
    low = None if carried else min(c.y for line in lines[at:below] for c in _cells(line.runs) or [])
    while k < len(lines):
        cells = _cells(lines[k].runs)
        if not cells or not _fits(cells, header, body) or low is not None and low - max(c.y for c in cells) > 3.5 * cells[0].size \
                or cells[0].text[:1] in SUPERSCRIPT_DIGITS + NOTE_SYMBOLS or CAPTION.match(lines[k].text):
            break  # (a note below the table opens with its mark: "¹ Studies only."; its caption ends it too)
        body.append(cells)
        low = min(low if low is not None else cells[0].y, *(c.y for c in cells))
        k += 1
    every = [cell for cells in body for cell in cells]
    placed = {id(cell): j for cell, j in zip(every, _columns_of(every, header))}

    def gaps(cells: list[Cell], least: float) -> list[float]:
        baselines = sorted({c.y for c in cells}, reverse=True)
        return [a - b for a, b in zip(baselines, baselines[1:]) if a - b > least * header[0].size]
    # a cell's wrapped lines are set closer than the rows; when no gap is, each line is a row.  The wrapped lines are
    # looked for down each column: a row's other cells set in the middle of its height (a mark beside a label of two
    # lines) fall between them on the page.  (Lines are set at least their type's size apart; across columns a gap
    # below 1.1 times it is a cell set off its row's baseline.)
    rows_apart = gaps(every, 1.1)
    wrapped = [gap for j in range(len(header)) for gap in gaps([c for c in every if placed[id(c)] == j], 0.9)]
    pitch = min(wrapped) if wrapped and rows_apart and min(wrapped) < WRAPPED * max(rows_apart) \
        and min(wrapped) <= LEADING * every[0].size else 0.0
    # a line below the row's lowest line by more than halfway from that gap to the rows' (the least gap a tenth wider)
    # starts a row: rows are set alike but for rounding (14.3 and 15.0 apart over wrapped lines 11.2 apart), a row of
    # two lines stands further apart
    split = (pitch + min(gap for gap in rows_apart if gap > 1.1 * pitch)) / 2 if pitch else 0.0
    rows: list[list[Cell]] = []
    for cells in body:
        if not rows or max(c.y for c in cells) < min(c.y for c in rows[-1]) - split:
            rows.append([])
        rows[-1] += cells
    if len(rows) < MIN_ROWS:
        return None
    names = [c.text for c in header]
    table = []
    for row in rows:
        columns: list[list[str]] = [[] for _ in header]
        for cell in sorted(row, key=lambda c: (-c.y, c.x)):
            columns[placed[id(cell)]].append(cell.text)
        table.append([_join(texts) for texts in columns])
    filled = [j for j in range(1, len(names)) if any(row[j] for row in table)]
    marked = [j for j in filled if all(not row[j] or MARK_CELL.fullmatch(_bare(row[j])) for row in table)]
    # a matrix of marks: its columns all of marks, or a column or two of values beside many ("Target year")
    marks = (marked == filled or len(marked) >= MIN_MARKS and len(marked) > 2 * (len(filled) - len(marked))) \
        and all(row[0] and any(row[j] for j in marked) for row in table)
    roles = [j for j, name in enumerate(names) if j and ROLE_HEADER.search(name)]
    if len(roles) < MIN_ROLES:
        roles = []
    # the header's names in one line (pypdf may have given a name's wrapped words lines of their own)
    written = [] if carried else [replace(lines[at], text=" ".join(names))]
    if not marks and not roles:
        # cells its rules read in turn: the rows as pypdf gives them, under the header's names (a row's wrapped cells
        # joined on one line lost more answers on unseen documents than it gained: docs/heldout-rounds.md, stop 51)
        return written + lines[below:k], k
    # the label: the columns of row numbers or codes ("3", "C-1"), then the first of words; the roles come first
    labels = next((j + 1 for j in range(len(names)) if not all(ROW_KEY.fullmatch(row[j]) for row in table)), 1)
    others = [j for j in range(labels, len(names)) if j not in roles]
    for row, cells in zip(table, rows):
        if marks:  # each mark with the columns it stands in
            told: dict[str, list[str]] = {}
            for j in marked:
                if row[j]:
                    told.setdefault(_bare(row[j]), []).append(names[j])
            said = "; ".join([*(f"{mark}: {', '.join(columns)}" for mark, columns in told.items()),
                              *(f"{names[j]}: {row[j]}" for j in filled if j not in marked and row[j])])
            label = " ".join(row[j] for j in [0, *marked] if row[j])  # (a column of values told by its name only)
        else:  # the row's keys and first column of words label it; each other column is told by its name
            said = "; ".join(f"{names[j]}: {row[j]}" for j in [*roles, *others] if row[j])
            label = " ".join(cell for cell in row[:labels] if cell)
        first = max(cells, key=lambda c: c.y)
        written.append(Line(text=f"{label} — {said}" if said else label, size=first.size, y=first.y, row=True))
    return written, k


_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_UNDERLINE = re.compile(r"^\s{0,3}(=+|-+)\s*$")  # "Title" over "=====" (level 1) or "-----" (level 2)
_MD_INLINE = [
    (re.compile(r"!?\[([^\]]*)\]\([^)]*\)"), r"\1"),  # [text](target) -> text
    (re.compile(r"<((?:https?|mailto):[^>\s]+)>"), r"\1"),  # <http://...> -> http://...
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # **bold** -> bold
]


def _read_text(path: Path) -> RawDocument:
    """Plain text or Markdown.  Text has no pages: a form feed separates pages when present,
    else the file is one page.  Markdown link and emphasis syntax is dropped (plain text
    files often carry it too)."""
    raw = path.read_bytes()
    if not raw.strip():
        raise BadDocument("empty file (no text in it)")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
        log.warning("%s is not UTF-8; read it as Latin-1", path.name)
    markdown = path.suffix.lower() == ".md"
    front = markdown and re.match(r"---[ \t]*\r?\n", text) is not None  # a front matter: "title: ...", "date: ..."
    pages = []
    for chunk in text.split("\f"):
        lines: list[Line] = []
        for raw_line in chunk.splitlines():
            if front and lines and raw_line.strip() == "---":  # its end is no setext underline
                front = False
                lines.append(Line(text=raw_line))
                continue
            for pattern, repl in _MD_INLINE:
                raw_line = pattern.sub(repl, raw_line)
            heading = _MD_HEADING.match(raw_line) if markdown and not front else None
            underline = _MD_UNDERLINE.match(raw_line) if markdown and not front else None
            if heading:
                lines.append(Line(text=heading.group(2), level=len(heading.group(1))))
            elif underline and lines and lines[-1].text.strip() and not lines[-1].level:
                lines[-1].level = 1 if underline.group(1)[0] == "=" else 2
            else:
                lines.append(Line(text=raw_line))
        pages.append(lines)
    return RawDocument(pages=pages, info={})
