"""Probe PDFs (round 21): a paper's byline whose affiliation letters are raised after the names (the PDF text runs
them onto the names: "Lucía Romeroa (corresponding author), Tobias Lindgrenb"), its affiliations by letter below;
a delegations table whose rows give a body's acronym, its full name, then its head of delegation ("KARI Korea
Aerospace Research Institute Min-seo Kang 3", "CSA – Canadian Space Agency Olivia Brennan (chair) remote").
Look-alikes: a byline of names that truly end in a letter a mark could be (Maria, Sarah, Costa) with no marks and no
affiliations by letter; a table of agencies whose rows give a body's acronym, its full name, then its seat.
Run from this directory: python make_probes.py (needs chromium)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from print_pdf import doc, table  # noqa: E402

FILLER = ("<p>The partners met four times during the year and agreed a common approach to the review of their "
          "programmes, which had grown in number and in scope since the previous study was issued.</p>")

P01 = """<p style="font-size:9pt">A Working Paper of the Partner Agencies · 3 March 2016</p>
<h1>Crew Health on the Way to Mars</h1>
<p>Lucía Romero<sup>a</sup> (corresponding author), Tobias Lindgren<sup>b</sup>, Sarah Okonkwo<sup>c</sup>,
Ana Maria Costa<sup>a</sup>, Emeka Bello<sup>d</sup></p>
<p style="font-size:8.5pt"><sup>a</sup> Agencia Espacial Mexicana (AEM), Mexico City · <sup>b</sup> Luxembourg Space
Agency, Luxembourg · <sup>c</sup> UK Space Agency, Swindon · <sup>d</sup> German Aerospace Center (DLR), Cologne</p>
<p><b>Summary.</b> The paper compares how agencies protect crew health on long missions.</p>""" + FILLER * 2

N01 = """<h1>Notes from the Lunar Power Workshop</h1>
<p>Maria Silva, Sarah Costa, Joana Garcia</p>
<p><b>Summary.</b> The workshop compared fission and solar power for a lunar outpost; a German Aerospace Center
(DLR) study was presented by its authors.</p>""" + FILLER

P02 = "<h1>Heads of Agency Meeting — Record</h1><p>Attendance was as follows.</p>" + table(
    ["Agency", "Full name", "Head of delegation", "Delegates"],
    [["KARI", "Korea Aerospace Research Institute", "Min-seo Kang", "3"],
     ["UKSA", "UK Space Agency", "Harriet Lowe", "2"],
     ["AEM", "Agencia Espacial Mexicana", "Rodrigo Salas", "1"]]) + FILLER

P03 = "<h1>Partner Meeting — Minutes</h1><p>The heads of delegation are listed below.</p>" + table(
    ["Agency", "Head of delegation", "Attendance"],
    [["CSA – Canadian Space Agency", "Olivia Brennan (chair)", "remote"],
     ["JAXA – Japan Aerospace Exploration Agency", "Haruto Ishikawa", "in person"]]) + FILLER

N02 = "<h1>Partner Agencies</h1>" + table(
    ["Agency", "Full name", "Headquarters", "Founded"],
    [["KARI", "Korea Aerospace Research Institute", "Daejeon, South Korea", "1989"],
     ["CNES", "Centre National d'Études Spatiales", "Paris France", "1961"],
     ["DLR", "German Aerospace Center", "Cologne Germany", "1969"]]) + FILLER

if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    for name, body in [("p01-letter-marks-role", P01), ("p02-delegations-acronym-name", P02),
                       ("p03-delegations-dash-chair", P03), ("n01-names-ending-like-marks", N01),
                       ("n02-agencies-acronym-seat", N02)]:
        doc(here, name, body)
