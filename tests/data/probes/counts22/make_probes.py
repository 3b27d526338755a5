"""Write the document-date probes of round 22: PDFs whose metadata title (the HTML's <title>) is a file's label
ending in the document's genre and date ("(news release, June 2031)"), printed to PDF by headless Chromium:
    python3 make_probes.py && for f in *.html; do chromium --headless --no-sandbox --disable-gpu \
        --no-pdf-header-footer --print-to-pdf=${f%.html}.pdf $f; done"""
import pathlib

HERE = pathlib.Path(__file__).parent
CSS = """<style>body{font-family:'DejaVu Serif',serif;font-size:10.5pt;margin:0}
.side{font-size:9pt;width:28%;float:left;margin-right:12pt}h1{font-size:22pt;margin:8pt 0}
.sub{font-size:13pt;margin:4pt 0}.small{font-size:9pt}h2{font-size:14pt}</style>"""
BODY = "<p>" + " ".join(["The delegations reviewed the work of the year and agreed the next steps for their joint studies."] * 4) + "</p>"
DOCS = {
 # positives: the label's date is the document's, a box of older dates set before the body and its dateline
 "p-release-box": ("Lunar forum admits two agencies (news release, June 2031)", """<div class=side><b>Fact box:
 forum members over time</b><br>Date Members<br>April 2012 9 founding agencies<br>2019 12<br>End of 2027 16<br>3 June 2031
 18</div><div class=small>FOR IMMEDIATE RELEASE</div><h1>Lunar forum admits two agencies</h1>
<div class=sub>Chile and Greece join, taking membership to 18</div>
<p>Lisbon, 3 June 2031 – The Lunar Coordination Forum has admitted two new member agencies. With them the forum now
brings together 18 space agencies, twice the nine agencies that founded it in 2012.</p>"""),
 "p-paper-label": ("Sample Curation Guidelines (working group white paper, 2029)", """<h1>Sample Curation Guidelines for
 Returned Lunar Material</h1><div class=small>Ana Silva ¹, Kenji Mori ², Paul Grant ³, Lena Vogt ⁴, Omar Haddad ⁵,
 Ines Duarte ⁶, Tomas Berg ⁷, Ruth Ames ⁸</div><div class=small>¹ Portuguese Space Agency, Lisbon, Portugal; ² Japan
 Aerospace Exploration Agency, Sagamihara, Japan; ³ UK Space Agency, Swindon, United Kingdom; ⁴ German Aerospace Center,
 Cologne, Germany; ⁵ UAE Space Agency, Abu Dhabi, United Arab Emirates; ⁶ Portuguese Space Agency, Lisbon, Portugal;
 ⁷ Swedish National Space Agency, Solna, Sweden; ⁸ Canadian Space Agency, Saint-Hubert, Canada</div>
<div class=small>A white paper of the Curation Working Group · October 2029</div>"""),
 # negative: an author-and-year citation in the head is another work's year, not the document's
 "n-cited-head": ("Dust Mitigation Options", """<h1>Dust Mitigation Options</h1>
<div class=sub>Following the common roadmap (Lunar Forum, 2018)</div><div class=small>Issued March 2031</div>
<h2>1. Purpose</h2>"""),
}
for name, (title, body) in DOCS.items():
    (HERE / f"{name}.html").write_text(f"<html><head><meta charset=utf-8><title>{title}</title>{CSS}</head>"
                                       f"<body>{body}{BODY}</body></html>")
