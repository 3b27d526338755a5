"""Write the cells17 probe HTML files and print them to PDF with headless chromium: tables whose cells pypdf runs
together (a matrix of marks under agency columns, tables of role columns), and tables that must keep their lines."""
import subprocess, sys
from pathlib import Path

OUT = Path(sys.argv[1])
STYLE = """<style>
@page { size: %s; margin: 0; }
body { margin:0; font-family: %s; font-size: 10pt; line-height: 1.35; }
.page { width: 100%%; box-sizing: border-box; padding: 20mm 20mm; }
h1 { font-size: 17pt; } h2 { font-size: 12.5pt; margin-top: 14pt; }
td, th { border: 1px solid #888; padding: 4pt 6pt; font-size: %s; vertical-align: top; }
th { background: #eee; } table { border-collapse: collapse; margin: 8pt 0; }
td.c, th.c { text-align: center; width: 42pt; }
</style>"""


def doc(name, body, font="sans-serif", size="A4", cell="8.5pt"):
    html = "<html><head>" + STYLE % (size, font, cell) + "</head><body><div class='page'>" + body + "</div></body></html>"
    src = OUT / f"{name}.html"
    src.write_text(html)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={OUT / (name + '.pdf')}", str(src)], check=True, capture_output=True)


def table(header, rows, centred=()):
    def cell(tag, j, text):
        return f"<{tag}{' class=c' if j in centred else ''}>{text}</{tag}>"
    return ("<table><tr>" + "".join(cell("th", j, h) for j, h in enumerate(header)) + "</tr>"
            + "".join("<tr>" + "".join(cell("td", j, c) for j, c in enumerate(row)) + "</tr>" for row in rows)
            + "</table>")


PROSE = ("<p>The survey asked each agency which of the listed capabilities it develops. The answers were "
         "collected by the secretariat and checked with the delegations before publication.</p>")

# p01: a matrix of marks under agency columns (centred, wrapped labels, blank cells), a legend in prose
doc("p01-mark-matrix", "<h1>Surface Systems Survey 2027</h1>" + PROSE
    + "<p>In Table 3, ● marks the agency that leads a capability and ○ an agency that contributes to it.</p>"
    + table(["Capability", "CNES", "KARI", "UKSA", "ISA", "DLR"], [
        ["Regolith excavation and handling for construction", "●", "", "○", "", ""],
        ["Night-time thermal control", "", "○", "", "", "●"],
        ["Surface-to-orbit optical relay", "○", "●", "", "○", ""],
        ["Autonomous hazard detection", "", "", "●", "○", "○"],
    ], centred=range(1, 6))
    + "<p>Table 3 — Capabilities and agencies.</p>" + PROSE)

# p02: a table of role columns with a wrapped header name, cells of several agencies, serif type, landscape page
doc("p02-role-columns", "<h1>Capability Partnerships</h1>" + PROSE
    + table(["Ref.", "Capability", "Prime agency", "Partner agencies", "First flight"], [
        ["C-1", "Cryogenic fluid transfer in orbit", "CNES", "KARI, UKSA", "2029"],
        ["C-2", "Pressurised rover thermal control and power management", "KARI", "CNES, ISA, DLR", "2031"],
        ["C-3", "Sample caching", "UKSA", "ISA", "2030"],
    ]) + PROSE, font="serif", size="A4 landscape", cell="9pt")

# p03: co-leads and supporting agencies as the first columns after a label, a header set in two lines
doc("p03-colead-support", "<h2>Annex B</h2>" + PROSE
    + table(["Topic", "Co-lead<br>agencies", "Supporting<br>agencies"], [
        ["Dust-tolerant seals", "ISA, DLR", "CNES"],
        ["Lunar time standard", "UKSA", "KARI, ISA"],
        ["Radiation storm warning", "DLR, CNES", "UKSA, KARI"],
    ]) + PROSE)

# n01: tables that keep their lines: one role column beside text (read as the cells run on), agencies and years,
# and a matrix of words too long to be marks
doc("n01-plain-tables", "<h1>Groups and Members</h1>" + PROSE
    + table(["Group", "Remit", "Lead in 2026"], [
        ["Surface Power Team", "Fission and solar power studies", "CNES"],
        ["Navigation Team", "Lunar positioning services", "KARI"],
    ])
    + table(["Acronym", "Agency", "Joined"], [
        ["UKSA", "UK Space Agency", "2011"],
        ["ISA", "Israel Space Agency", "2015"],
    ])
    + table(["Area", "CNES", "KARI", "UKSA"], [
        ["Power", "fission reactor studies", "solar arrays", "radioisotope heaters"],
        ["Mobility", "rover wheels", "", "tele-operation"],
    ]) + PROSE)
