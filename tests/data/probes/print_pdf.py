"""What the probe-PDF scripts (cells17/, rows17/ make_probes.py) share: a page's style, a table in HTML, and
printing a page to PDF with headless chromium."""
import subprocess
from pathlib import Path

STYLE = """<style>
@page { size: %s; margin: 0; }
body { margin:0; font-family: %s; font-size: 10pt; line-height: 1.35; }
.page { width: 100%%; box-sizing: border-box; padding: 20mm 20mm; }
h1 { font-size: 17pt; } h2 { font-size: 12.5pt; margin-top: 14pt; }
td, th { border: 1px solid #888; padding: 4pt 6pt; font-size: %s; vertical-align: top; }
th { background: #eee; } table { border-collapse: collapse; margin: 8pt 0; }
td.c, th.c { text-align: center; width: 42pt; }
</style>"""


def doc(out: Path, name, body, font="sans-serif", size="A4", cell="8.5pt"):
    html = "<html><head>" + STYLE % (size, font, cell) + "</head><body><div class='page'>" + body + "</div></body></html>"
    src = out / f"{name}.html"
    src.write_text(html)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={out / (name + '.pdf')}", str(src)], check=True, capture_output=True)


def table(header, rows, centred=()):
    def cell(tag, j, text):
        return f"<{tag}{' class=c' if j in centred else ''}>{text}</{tag}>"
    return ("<table><tr>" + "".join(cell("th", j, h) for j, h in enumerate(header)) + "</tr>"
            + "".join("<tr>" + "".join(cell("td", j, c) for j, c in enumerate(row)) + "</tr>" for row in rows)
            + "</table>")
