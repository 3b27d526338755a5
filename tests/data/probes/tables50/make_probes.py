"""Write the tables50 probe HTML files and print them to PDF with headless chromium: tables whose column names wrap
over two lines in a narrow column ("Indicative" / "period", "Supporting" / "agencies"), so that the header's lowest
line, not its first, is the one the first row is set under."""
import functools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from print_pdf import doc as _doc  # noqa: E402

doc = functools.partial(_doc, Path(sys.argv[1]))

PROSE = ("<p>The years are indicative and depend on the budgets each agency secures; the working group reviews them "
         "every second year and publishes the changes in its annual report.</p>")

# p01: a table of phases, its middle column's name wrapped in a narrow column; no column of roles, so pypdf's lines
# are kept, under the header's names in one line, in the section of the heading above
doc("p01-phases-wrapped-name", "<h2>Mission phases</h2>" + PROSE
    + "<table><tr><th>Phase</th><th style='width:48pt'>Indicative period</th><th>Content</th></tr>"
    + "<tr><td>1. Lunar Return</td><td>2031–2035</td><td>Robotic landers scout the south pole</td></tr>"
    + "<tr><td>2. Surface Stays</td><td>2036–2040</td><td>Crews of four stay up to thirty days</td></tr>"
    + "<tr><td>3. Mars Preparation</td><td>after 2040</td><td>Long stays prove the systems for Mars</td></tr>"
    + "</table><h2>Next steps</h2>" + PROSE)

# p02: role columns whose names wrap over three lines ("Leading" / "agency of" / "the work"): written out by their names;
# its caption below it ends it (no row)
doc("p02-roles-wrapped-names", "<h2>Partnerships</h2>" + PROSE
    + "<table><tr><th>Subsystem</th><th style='width:40pt'>Leading agency of the work</th>"
    + "<th style='width:40pt'>Supporting agencies of the work</th></tr>"
    + "<tr><td>Regenerative fuel cell stack</td><td>UKSA</td><td>CNES, ISA</td></tr>"
    + "<tr><td>Dust-tolerant connectors</td><td>KARI</td><td>DLR</td></tr>"
    + "<tr><td>Surface radiation monitor</td><td>ISA</td><td>UKSA, KARI</td></tr>"
    + "</table><p style='font-size:8.5pt'><b>Table 2.</b> Partnerships agreed in 2031.</p>" + PROSE)
