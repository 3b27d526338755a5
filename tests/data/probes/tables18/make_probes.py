"""Write the tables18 probe HTML files and print them to PDF with headless chromium: tables whose cells are set in
the middle of their row's height (Chromium's default), so that a row's marks or agencies fall between the lines of its
wrapped label, and labels carrying a raised note mark."""
import functools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from print_pdf import doc as _doc, table  # noqa: E402

doc = functools.partial(_doc, Path(sys.argv[1]))

MIDDLE = "<style>td { vertical-align: middle; }</style>"
PROSE = ("<p>Each delegation was asked what it is doing on the capabilities below; the secretariat compiled the "
         "answers in the spring and circulated them for review before this edition went to print.</p>")

# p01: a matrix of marks, vertically centred, labels wrapped over two or three lines, note marks on some labels
doc("p01-centred-marks", MIDDLE + "<h1>Capability Survey 2031</h1>" + PROSE
    + "<p>■ marks a leading role, □ a supporting one.</p>"
    + table(["Capability", "CNES", "UKSA", "ISA", "KARI", "DLR"], [
        ["Autonomous excavation and berm building for landing pads<sup>1</sup>", "■", "", "□", "", ""],
        ["Thermal wadis for night-time survival", "", "□", "", "■", "□"],
        ["Optical crosslinks between relay orbiters and surface terminals<sup>2</sup>", "□", "", "■", "", ""],
        ["Crew-tended greenhouse", "", "■", "", "", "□"],
    ], centred=range(1, 6))
    + "<p><sup>1</sup> Studies only. <sup>2</sup> Shared with a national programme.</p>" + PROSE,
    cell="8pt")

# p02: role columns, vertically centred, a label wrapped over three lines in a narrow first column, serif type
doc("p02-centred-roles", MIDDLE + "<h2>Annex C - Partnerships</h2>" + PROSE
    + "<table><tr><th style='width:120pt'>Subsystem</th><th>Leading agency</th><th>Supporting agencies</th></tr>"
    + "<tr><td>Regenerative fuel cell stack for a fourteen-day night</td><td>UKSA</td><td>CNES, ISA</td></tr>"
    + "<tr><td>Dust-tolerant electrical connectors</td><td>KARI</td><td>DLR</td></tr>"
    + "<tr><td>Surface radiation monitor with storm warning to crews</td><td>ISA</td><td>UKSA, KARI</td></tr>"
    + "</table>" + PROSE, font="serif")

# n01: a matrix of one-line rows with blank cells, centred: each line stays a row; a table of missions whose last column
# tells what each mission contributes
doc("n01-one-line-rows-missions", MIDDLE + "<h1>Outlook 2032</h1>" + PROSE
    + table(["Capability", "CNES", "UKSA", "ISA"], [
        ["Cryocoolers", "X", "", ""],
        ["Rover wheels", "", "", "X"],
        ["Laser ranging", "", "X", ""],
        ["Sample caching", "X", "", ""],
    ], centred=range(1, 4))
    + PROSE + table(["Mission", "Agency", "Destination", "Contribution to the campaign"], [
        ["Aurora Pathfinder", "UKSA", "Moon", "Polar ice mapping from low orbit"],
        ["Terra Nova lander", "CNES", "Moon", "First landing on a crater rim"],
        ["Kestrel", "ISA", "Mars", "Atmospheric entry test with a deployable shield"],
    ]) + PROSE)

# p03 (stop 35): marks qualified by a note, the note's raised mark set after the mark ("○ ²"), beside a numbered label
doc("p03-marks-with-notes", "<h1>Readiness Review 2033</h1>" + PROSE
    + table(["Technology", "CNES", "UKSA", "ISA", "KARI"], [
        ["1. Regolith sintering for roads", "◆", "", "◇<sup>1</sup>", ""],
        ["2. Cold-tolerant batteries", "", "◆<sup>2</sup>", "", "◇"],
        ["3. Lunar time standard", "◇", "", "", "◆"],
    ], centred=range(1, 5))
    + "<p>◆ lead, ◇ contributing. <sup>1</sup> Laboratory work only. <sup>2</sup> Jointly with industry.</p>" + PROSE)
