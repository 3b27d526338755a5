"""Read a source file into raw lines per page, with the font facts heading detection needs.

Every failure a user can cause (encrypted, corrupt, not a PDF, no text layer, empty)
raises :class:`BadDocument` with a reason that says what to do.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ..text import NOTE_SYMBOLS, SUPERSCRIPT_DIGITS

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
    """Lines of a page with each line's dominant font size and weight (from pypdf's visitor)."""
    lines: list[Line] = []
    current: list[tuple[str, float, bool, float | None]] = []

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
            lines.append(Line(text=text, size=size, bold=bold, y=y))
        current.clear()

    def visit(text, cm, tm, font, size):
        if not text:
            return
        scale = abs(tm[0] or 1.0) * abs(cm[0] or 1.0) if tm and cm else 1.0
        eff = round(float(size or 0.0) * scale, 1)
        y = round(tm[4] * cm[1] + tm[5] * cm[3] + cm[5], 1) if tm and cm else None
        bold = bool(font and _BOLD.search(str(font.get("/BaseFont", ""))))
        parts = text.split("\n")
        for i, part in enumerate(parts):
            if part:
                current.append((part, eff, bold, y))
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
