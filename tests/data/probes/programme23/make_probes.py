"""Write the programme23 probe HTML files and print them to PDF with headless chromium: tables whose cells wrap (a
workshop's programme, a list of studies), each row of which pypdf gives as several lines, and a table of one-line
rows that keeps its lines."""
import functools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from print_pdf import doc as _doc, table  # noqa: E402

doc = functools.partial(_doc, Path(sys.argv[1]))

PROSE = ("<p>The meeting brought together engineers and scientists from the partner agencies. Its conclusions were "
         "sent to the steering board and summarised in the annual report.</p>")
# a page set in two columns, the tables in narrow columns: the gaps between their header's names are narrow too
TWO = "<style>.two { column-count: 2; column-gap: 7mm; } .two td, .two th { padding: 1px 3px; }</style>"

PROGRAMME = table(["Day / time", "Session", "Chair"], [
    ["9 March, 09:30", "D1 Dust transport and electrostatic lofting", "Ingrid Halvorsen (NOSA)"],
    ["9 March, 13:00", "D2 Seals and mechanisms", "Tomasz Wrobel (POLSA)"],
    ["10 March, 09:00", "D3 Filtration for habitats and airlocks", "Aiko Tanabe (JAXA)"],
])

# p01: a two-day programme in a narrow column: its time, session and chair cells wrap over two lines
doc("p01-programme-two-columns", TWO + "<h1>Lunar Dust Workshop</h1><div class='two'><h2>Programme</h2>" + PROGRAMME
    + PROSE + PROSE + "</div>")

# p02: a full-width table of studies whose description cells wrap, the agencies set in the middle of each row
doc("p02-studies-wrapped", "<h1>Study Summaries</h1>" + PROSE
    + table(["Study", "Scope", "Agencies"], [
        ["Cislunar relay", "Orbits and link budgets for a relay serving the far side, with the ground stations it "
         "would need and the frequencies it would use during the first decade of operations", "KARI, CNES"],
        ["Surface power", "Fission and solar options for a crewed outpost near the south pole, including energy storage "
         "through the lunar night and the cabling between the power plant and the habitats", "NASA, UKSA"],
    ]) + PROSE)

# n01: the programme broken across the page's columns, its header at the foot of the first, its rows atop the second
doc("n01-programme-across-columns", TWO + "<h1>Lunar Dust Workshop</h1><div class='two'>" + PROSE
    + "<h2>Programme</h2>" + PROGRAMME + PROSE + "</div>")
