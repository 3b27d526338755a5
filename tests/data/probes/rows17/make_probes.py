"""Write the rows17 probe HTML files and print them to PDF with headless chromium: tables of role columns and a
matrix of role words under agency columns, asked across their rows (lists.told_role_across, told_role_labels), and
a table of the same kind in a document of another year."""
import functools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from print_pdf import doc as _doc, table  # noqa: E402

doc = functools.partial(_doc, Path(sys.argv[1]))


PROSE = ("<p>Each delegation reported the work it funds on the listed subsystems. The secretariat checked the "
         "replies with the delegations before this edition was published.</p>")

# r01: a table of prime and partner columns, one agency prime of two rows
doc("r01-prime-partner", "<h1>Subsystem Cooperation Review 2031</h1>" + PROSE
    + table(["Ref.", "Subsystem", "Prime agency", "Partner agencies"], [
        ["S-1", "Lunar surface fission power", "UKSA", "CNES, ISA"],
        ["S-2", "Pressure suit joint bearings", "KARI", "DLR"],
        ["S-3", "Cislunar navigation beacons", "UKSA", "KARI, DLR"],
        ["S-4", "Regolith sintering for pads", "ISA", "CNES"],
    ]) + PROSE)

# r02: a matrix of role words under agency columns, the legend in prose
doc("r02-role-matrix", "<h1>Exploration Subsystems Status 2029</h1>" + PROSE
    + "<p>In the table, lead marks the agency that coordinates the work, support one that contributes studies, "
      "and ✓ national work only.</p>"
    + table(["Subsystem area", "CNES", "KARI", "UKSA", "ISA", "DLR"], [
        ["Water recovery from urine brine", "lead", "", "support", "✓", ""],
        ["Rover wheel dust shedding", "", "support", "", "lead", "✓"],
        ["Deep-space atomic clocks", "✓", "", "lead", "", "support"],
        ["Crew sleep quarters acoustics", "lead", "✓", "", "", "support"],
    ], centred=(1, 2, 3, 4, 5)) + PROSE)

# r03: the same kind of table, another year's edition: other leads
doc("r03-role-matrix-older", "<h1>Exploration Subsystems Status 2025</h1>" + PROSE
    + "<p>In the table, lead marks the agency that coordinates the work and support one that contributes.</p>"
    + table(["Subsystem area", "CNES", "KARI", "UKSA", "ISA", "DLR"], [
        ["Water recovery from urine brine", "", "lead", "support", "", ""],
        ["Rover wheel dust shedding", "support", "", "", "", "lead"],
    ], centred=(1, 2, 3, 4, 5)) + PROSE)
