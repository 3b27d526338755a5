"""Probe PDFs (round 22): the record of a meeting whose table lists each delegation's people by name, body and role
(two of one body, one marked head), and a workshop summary whose table lists the heads of delegation by name, body
and country under a sentence saying so.  Run from this directory: python make_probes.py (needs chromium)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from print_pdf import doc, table  # noqa: E402

FILLER = ("<p>The participants reviewed the progress of the common lunar plan since their last meeting and agreed "
          "to exchange their cargo studies before the end of the year.</p>")

P01 = ("<h1>Plenary Meeting, Lisbon, 12–13 May 2019 — Record</h1><p>The plenary was hosted by the Portuguese "
       "Space Agency at its offices in Lisbon.</p><h2>Participants</h2>" + table(
           ["Name", "Agency", "Role"],
           [["Claire Dubois", "CNES", "Head of delegation"],
            ["Marc Petit", "CNES", "Adviser"],
            ["Kenji Mori", "JAXA", "Head of delegation"],
            ["Sofia Lindqvist", "Swedish National Space Agency", "Head of delegation"]]) + FILLER * 2)

P02 = ("<h1>Workshop on Lunar Logistics — Summary</h1><p>Turin, 4–6 October 2021</p><p>Nine agencies sent "
       "delegations to the workshop. The delegations were headed by the people listed in the table below.</p>" + table(
           ["Name", "Agency", "Country"],
           [["Priyanka Rao", "Indian Space Research Organisation", "India"],
            ["Tomasz Nowak", "Polish Space Agency", "Poland"],
            ["Ahmed Al Suwaidi", "UAE Space Agency", "United Arab Emirates"]]) + FILLER * 2)

if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    for name, body in [("p01-record-roles", P01), ("p02-summary-heads", P02)]:
        doc(here, name, body)
