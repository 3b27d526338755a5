"""Test material for ingestion: the sample PDFs, PDFs written to order, filler prose."""

from __future__ import annotations

import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "tests" / "data" / "pdf-samples"
REPORT = REPO / "corpus" / "isecg-annual-report-2022.pdf"


def copy(dest: Path, *sources: Path) -> None:
    for source in sources:
        shutil.copy(source, dest / source.name)


BAD_FILES = {  # name -> words the reason must contain
    "libreoffice-writer-password.pdf": "encrypted",
    "truncated.pdf": "truncated",
    "notes.pdf": "not a PDF",
    "grayscale-image.pdf": "no text layer",
    "empty.pdf": "empty file",
    "empty.txt": "empty file",
}


def add_bad_files(corpus) -> None:
    copy(corpus, SAMPLES / "libreoffice-writer-password.pdf", SAMPLES / "grayscale-image.pdf")
    data = REPORT.read_bytes()
    (corpus / "truncated.pdf").write_bytes(data[: len(data) // 2])  # a download cut off halfway
    (corpus / "notes.pdf").write_text("Minutes of the meeting, typed as plain text.\n")
    (corpus / "empty.pdf").write_bytes(b"")
    (corpus / "empty.txt").write_bytes(b"")


def write_pdf(path: Path, pages: list[list[tuple]]) -> Path:
    """A real PDF (standard Helvetica fonts, WinAnsi text) with the given lines per page:
    each line is ``(text, size)`` or ``(text, size, "bold")``, set from the top of an A4
    page down, 1.2 x size apart; a ``("", gap)`` entry adds ``gap`` points of space."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    fonts = add(b"<< /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >> "
                b"/F2 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >> >>")
    pages_id = len(objects) + 2 * len(pages) + 1  # the Pages object comes after every page and its content
    kids = []
    for lines in pages:
        y, ops = 800.0, []
        for text, size, *style in lines:
            if not text:
                y -= size
                continue
            y -= size * 1.2
            escaped = text.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
            font = b"/F2" if style == ["bold"] else b"/F1"
            ops.append(b"BT %s %g Tf 1 0 0 1 60 %g Tm (%s) Tj ET" % (font, size, y, escaped))
        stream = b"\n".join(ops)
        content = add(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                        b"/Resources << /Font %d 0 R >> >>" % (pages_id, content, fonts)))
    assert add(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))) == pages_id
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, catalog, xref)
    path.write_bytes(bytes(out))
    return path


PROSE = (
    "Lunar surface operations need power through the long night, and several agencies study fission "
    "reactors for it. The first missions will test the equipment near the south pole, where water ice "
    "may be found in shadowed craters. Partners share the results of these tests so that later crews "
    "can rely on them. Each agency reports its progress once a year to the coordination group. "
)


def prose_lines(words: int, width: int = 90) -> list[str]:
    """About ``words`` words of plain prose, wrapped at ``width`` characters."""
    text = (PROSE * (words // len(PROSE.split()) + 1)).split()[:words]
    lines, line = [], ""
    for word in text:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return lines + [line]
