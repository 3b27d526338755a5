"""Probe PDFs (round 20): a paper's author block that sets each name bold on a line of its own over a plain line
naming the author's body (in a two-column grid with raised affiliation marks, or one a row without marks), beside
look-alikes: a bold heading shaped like a name over a sentence that opens with a body, and speakers set the same way
under a "Speakers" caption.  Run from this directory: python make_probes.py (needs chromium)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from print_pdf import doc  # noqa: E402

GRID = """<style>.authors { display:grid; grid-template-columns: 1fr 1fr; column-gap: 10mm; row-gap: 2.5mm;
font-size:9pt; margin: 3mm 0 4mm 0; } .authors div b { display:block; font-size:9.6pt; }
.cols { column-count: 2; column-gap: 7mm; }</style>"""

FILLER = ("<p>The partners met four times during the year and agreed a common approach to the review of their "
          "programmes, which had grown in number and in scope since the previous study was issued.</p>")


def authors(people, marks=True):
    return "<div class='authors'>" + "".join(
        f"<div><b>{name}{f'<sup>{i}</sup>' if marks else ''}</b>{body}</div>"
        for i, (name, body) in enumerate(people, start=1)) + "</div>"


P01 = GRID + "<h1>Lunar Volatiles and the Crewed Exploration of the South Pole</h1>" + authors([
    ("Lucía Romero", "Agencia Espacial Mexicana (AEM), Mexico City, Mexico"),
    ("Tobias Lindgren", "Luxembourg Space Agency, Luxembourg"),
    ("Priya K. Natarajan", "Human Space Flight Centre, ISRO, Bengaluru, India"),
    ("Kenji Morita", "Japan Aerospace Exploration Agency (JAXA), Tsukuba, Japan — corresponding author"),
    ("Joana van Dijk", "Netherlands Space Office, The Hague, the Netherlands"),
]) + "<p><b>Abstract.</b> This paper reviews what crews could learn about the volatiles of the lunar south pole.</p>" \
    + "<div class='cols'><h2>1. Introduction</h2>" + FILLER * 3 + "</div>"

P02 = "<h1>Radiation Protection for Long-Duration Missions</h1>" + """
<p style="font-size:9.6pt"><b>Hannah Whitcombe</b><br><span style="font-size:9pt">UK Space Agency, Swindon, United Kingdom</span></p>
<p style="font-size:9.6pt"><b>Mateus Carvalho</b><br><span style="font-size:9pt">Agência Espacial Brasileira, Brasília, Brazil</span></p>
<h2>Abstract</h2><p>Shielding, monitoring and operations are compared for crews beyond low Earth orbit.</p>""" + FILLER * 2

# look-alikes: a bold heading shaped like a name over a sentence opening with a body; speakers, not authors
N01 = "<h1>Annual Review of Partner Programmes</h1>" + FILLER + """
<p><b>Lunar Logistics</b><br>European Space Agency, NASA and JAXA agreed in 2021 to share the cost of cargo
flights to the lunar surface.</p>""" + FILLER

N02 = GRID + "<h1>Workshop on Surface Power Systems</h1><p><b>Speakers</b></p>" + authors([
    ("Olivia Brennan", "Canadian Space Agency, Saint-Hubert, Canada"),
    ("Rafael Ortega", "Agencia Espacial Mexicana (AEM), Mexico City, Mexico"),
]) + "<p><b>Abstract.</b> The workshop compared fission and solar power for a lunar outpost.</p>" + FILLER

if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    for name, body in [("p01-grid-marked-authors", P01), ("p02-stacked-authors", P02),
                       ("n01-name-like-heading", N01), ("n02-speakers-stacked", N02)]:
        doc(here, name, body)
