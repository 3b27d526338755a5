"""Probe PDFs (round 19): list items whose bold lead runs on into plain type on the next line, beside bold headings
that stand alone.  Run from this directory: python make_probes.py (needs chromium)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from print_pdf import doc  # noqa: E402

FILLER = ("<p>The partners met four times during the year and agreed a common approach to the review of their "
          "programmes, which had grown in number and in scope since the previous report was issued.</p>")

BODY = FILLER + """
<p><b>Outlook for 2020</b></p>
<p>Three programmes were reviewed during the year:</p>
<p><b>The Surface Mobility Programme (SMP), which delivered the first pressurised</b><br>rover test campaign
in Kiruna during 2019, with support from two universities.</p>
<p><b>The Deep Space Habitation Team, formed in Toulouse in</b><br>June 2018 to draft the habitat standards.</p>
<p><b>Education and outreach: the agencies brought young</b><br>engineers to the test sites of the campaign.</p>
<p><b>Prepared by</b><br>Ana Ruiz (ESA)</p>
<p><b>Robotic precursors, landers and rovers</b></p>
<p>The precursors fly first. They test the landing systems.</p>
""" + FILLER

if __name__ == "__main__":
    doc(Path(__file__).resolve().parent, "l01-bold-leads", BODY)
