"""Write the tables51 probe HTML file and print it to PDF with headless chromium: a matrix of marks beside a column of
years."""
import functools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from print_pdf import doc as _doc, table  # noqa: E402

doc = functools.partial(_doc, Path(sys.argv[1]))

PROSE = ("<p>The working group reviews the table every second year and publishes the changes in its annual report, "
         "after the agencies have checked their entries.</p>")

# p02: a matrix of marks ("L" lead, "C" contributing) beside a column of target years: the marks written out with the
# columns they stand in, the years by their column's name
doc("p02-marks-and-years", "<h2>Capabilities</h2>" + PROSE
    + table(["Capability", "CNES", "KARI", "UKSA", "ISA", "Target year"],
            [["Regenerative fuel cells", "L", "C", "", "C", "2031"],
             ["Dust-tolerant connectors", "", "L", "C", "", "2029"],
             ["Surface radiation monitor", "C", "", "", "L", "2033"]], centred=(1, 2, 3, 4))
    + "<p>L: lead agency. C: contributing agency.</p>" + PROSE)
