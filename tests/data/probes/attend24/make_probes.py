"""Write the attend24 probe HTML files and print them to PDF with headless chromium: a meeting's minutes whose
attendance table closes with a row of totals set in bold (no heading), and a bold heading opening with "Total" that
stays one."""
import functools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from print_pdf import doc as _doc, table  # noqa: E402

doc = functools.partial(_doc, Path(sys.argv[1]))

HEAD = ("<h1>ISECG Heads of Agency Meeting — Minutes</h1><p>Date: 2027-04-20<br>Venue: Lisbon, Portugal<br>"
        "Chair: Ana Sousa, Portugal Space</p><h2>1. Opening and attendance</h2><p>The chair opened the meeting and "
        "welcomed the delegations. Attendance is recorded below.</p>")
DECISIONS = ("<h2>2. Decisions</h2><p>The minutes of the previous meeting were approved. The next meeting will be "
             "held in the autumn.</p>")

# p01: agency rows with the people each sent, a bold row of totals
doc("p01-bold-total", HEAD + table(["Agency", "Delegates", "Status"], [
    ["PT Space", "4", "Member (host)"], ["CNES", "2", "Member"], ["KARI", "3", "Member"], ["UKSA", "2", "Member"],
    ["<b>Total</b>", "<b>11</b>", ""]]) + DECISIONS)

# p02: totals of the bodies and of the people in one bold row
doc("p02-bold-total-kinds", HEAD + table(["Agency", "Head of delegation", "Delegates"], [
    ["ESA", "Jan Novak", "3"], ["DLR", "Petra Lang", "2"], ["ASI", "Luca Rossi", "2"],
    ["<b>Total: 3 agencies</b>", "", "<b>7</b>"]]) + DECISIONS)

# n01: a bold heading opening with "Total" stays a heading
doc("n01-total-heading", "<h1>Exploration Budget Review</h1><p><b>Total funding in 2030</b></p><p>The agencies "
    "expect their combined exploration budgets to grow in the second half of the decade, led by surface systems.</p>")
