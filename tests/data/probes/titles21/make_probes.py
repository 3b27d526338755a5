"""Write the title probes of round 21: first pages whose PDF metadata title (the HTML's <title>) is a file's label of
the document, not its title, printed to PDF by headless Chromium:
    python3 make_probes.py && for f in *.html; do chromium --headless --no-sandbox --disable-gpu \
        --no-pdf-header-footer --print-to-pdf=${f%.html}.pdf $f; done"""
import pathlib

HERE = pathlib.Path(__file__).parent
CSS = """<style>body{font-family:'DejaVu Serif',serif;font-size:10.5pt;margin:0}
.banner{font-size:9pt;letter-spacing:1px}.kicker{font-size:20pt}.side{font-size:9.5pt;width:30%;float:left}
h1{font-size:26pt;margin:8pt 0}.sub{font-size:15pt;margin:4pt 0}.date{font-size:11pt}.big{font-size:13pt}
h2{font-size:14pt}</style>"""
BODY = "<p>" + " ".join(["The delegations reviewed the work of the year and agreed the next steps for their joint studies."] * 4) + "</p>"
DOCS = {
 # positives: the page's title over the file's label
 "p-release-label": ("Agency news release 4 March 2026", """<div class=banner>MEDIA CENTRE</div>
<h1>Six agencies agree a shared plan for lunar night survival</h1><h2>Background</h2>"""),
 "p-short-label": ("TRM status 2019", """<h1>Advancing the Mars Transit Roadmap</h1><div class=date>May 2019</div>
<h2>1. Purpose</h2>"""),
 "p-code-label": ("wkshp-rpt_v2 final 2024", """<h1>Workshop on Cislunar Navigation Standards</h1>
<div class=sub>Report of the organising committee</div><h2>1. Summary</h2>"""),
 # a body's full name set in the title's type above it, read as one heading
 "p-body-banner": ("MoM 2027", """<h1>International Lunar Network Coordination Group<br>Plenary Meeting — Record</h1>
<h2>1. Opening</h2>"""),
 # negatives: the metadata title kept
 "n-meta-more": ("Coordination Group Annual Report 2027", """<h1>Annual Report 2027</h1><h2>1. Overview</h2>"""),
 "n-periodical": ("Exploration Bulletin · Issue 7 · June 2026", """<div class=banner>EXPLORATION BULLETIN</div>
<h1>Heads of agency meet in Lisbon</h1>"""),
 "n-kicker-caps": ("Thermal Control of Lunar Rovers Through the Night", """<div class=kicker>SURVIVING THE NIGHT</div>
<div class=banner>Canadian Space Agency, Longueuil</div><h2>Abstract</h2>"""),
 "n-standfirst": ("Interview with a working-group chair", """<div class=side><b class=big>In brief</b><br>
Dr. Ruth Ames<br>Head of strategy at an agency.</div>
<div class=sub>Why the chair of the group thinks twelve agencies can still</div>
<p>agree on the next steps, and what she asks of the newest members.</p>"""),
 "n-prepared-by": ("Benefits of a Lunar Surface Outpost", """<div class=banner>Coordination Group</div>
<div class=sub>Benefits of a Lunar Surface Outpost</div><h1>Coordination Group White Paper</h1>
<div class=date>Prepared by</div><p>The benefits task team of the member agencies.</p>"""),
 "n-date-only": ("Mars Sample Return Coordination Teleconference", """<div class=sub>Mars Sample Return Coordination</div>
<h2>Teleconference, 9 January 2026</h2><h2>Participants</h2>"""),
}
for name, (title, body) in DOCS.items():
    (HERE / f"{name}.html").write_text(f"<html><head><meta charset=utf-8><title>{title}</title>{CSS}</head>"
                                       f"<body>{body}{BODY}</body></html>")
