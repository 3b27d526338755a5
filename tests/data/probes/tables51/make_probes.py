"""Write the tables51 probe HTML files and print them to PDF with headless chromium: a table whose cells wrap over
lines in narrow columns (pypdf gives each wrapped line, and the row's other cells, lines of their own), and a matrix
of marks beside a column of years."""
import functools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from print_pdf import doc as _doc, table  # noqa: E402

doc = functools.partial(_doc, Path(sys.argv[1]))

PROSE = ("<p>The working group reviews the table every second year and publishes the changes in its annual report, "
         "after the agencies have checked their entries.</p>")

# p01: gaps whose names wrap in a narrow column, the agencies' cell beside them on the first line or the last: each
# row read whole, in its columns' order
doc("p01-wrapped-cells", "<h2>Technology gaps</h2>" + PROSE
    + "<table><tr><th>ID</th><th style='width:110pt'>Technology gap</th><th style='width:70pt'>Agencies at work</th>"
    + "<th>Priority</th></tr>"
    + "<tr><td>G-1</td><td>Storage of cryogenic propellants over many months</td><td>UKSA, KARI</td><td>High</td></tr>"
    + "<tr><td>G-2</td><td>Dust-tolerant seals for suits and hatches</td><td>ISA, CNES, DLR, KARI</td><td>Low</td></tr>"
    + "<tr><td>G-3</td><td>Medical care for crews far from Earth</td><td>DLR</td><td>Medium</td></tr>"
    + "</table><h2>Next steps</h2>" + PROSE)

# p02: a matrix of marks ("L" lead, "C" contributing) beside a column of target years: the marks written out with the
# columns they stand in, the years by their column's name
doc("p02-marks-and-years", "<h2>Capabilities</h2>" + PROSE
    + table(["Capability", "CNES", "KARI", "UKSA", "ISA", "Target year"],
            [["Regenerative fuel cells", "L", "C", "", "C", "2031"],
             ["Dust-tolerant connectors", "", "L", "C", "", "2029"],
             ["Surface radiation monitor", "C", "", "", "L", "2033"]], centred=(1, 2, 3, 4))
    + "<p>L: lead agency. C: contributing agency.</p>" + PROSE)
