"""Write the cells17 probe HTML files and print them to PDF with headless chromium: tables whose cells pypdf runs
together (a matrix of marks under agency columns, tables of role columns), and tables that must keep their lines."""
import functools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from print_pdf import doc as _doc, table  # noqa: E402

doc = functools.partial(_doc, Path(sys.argv[1]))


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
