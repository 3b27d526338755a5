"""Write the lists20 probe HTML files and print them to PDF with headless chromium: matrices of marks whose legend (a
line after the table, or sentences before it) gives each mark its role, and a row labelled by an area and, after a
colon, the thing it names; asked for the organisations of one row, of a role or of any mark (lists.told_role_row)."""
import functools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from print_pdf import doc as _doc, table  # noqa: E402

doc = functools.partial(_doc, Path(sys.argv[1]))

PROSE = ("<p>Each delegation answered a short questionnaire on its current work; the secretariat compiled the "
         "answers over the summer and circulated them before this edition went to print.</p>")

# m01: a matrix of filled and open circles, the legend a line after the table; a row "area: thing"
doc("m01-legend-after", "<h1>Surface Systems Survey 2032</h1>" + PROSE
    + table(["Surface system", "CNES", "UKSA", "ISA", "KARI", "DLR"], [
        ["Regolith excavation for berms and pads", "○", "●", "○", "", "○"],
        ["Thermal control: heat pipes for the polar winter", "", "○", "", "○", ""],
        ["Pressurised airlocks with dust curtains", "●", "", "○", "", ""],
    ], centred=range(1, 6))
    + "<p>● lead &nbsp; ○ contributing &nbsp; blank: no work reported</p>" + PROSE)

# m02: a matrix of filled and open squares, the legend in sentences before the table
doc("m02-legend-before", "<h1>Orbital Systems Review 2030</h1>" + PROSE
    + "<p>A filled square (■) means that the agency leads flight development. An open square (□) means that it "
      "supports the work with studies or parts.</p>"
    + table(["Orbital system", "CNES", "UKSA", "ISA", "KARI", "DLR"], [
        ["Optical crosslinks between relay orbiters", "■", "□", "", "", "□"],
        ["Autonomous docking sensors", "", "", "■", "□", ""],
    ], centred=range(1, 6)) + PROSE)
