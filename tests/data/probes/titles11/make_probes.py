"""Write the title probes (round 11): HTML first pages in several layouts, printed to PDF by headless Chromium
(no <title>, so the title is read from the first page's type):
    python3 make_probes.py && for f in *.html; do chromium --headless --no-sandbox --disable-gpu \
        --no-pdf-header-footer --print-to-pdf=${f%.html}.pdf $f; done"""
import pathlib

HERE = pathlib.Path(__file__).parent
CSS = """<style>body{font-family:'DejaVu Serif',serif;font-size:10.5pt;margin:0}
.banner{font-size:9pt;letter-spacing:1px}.series{font-size:11pt}.num{font-size:9pt}
h1{font-size:26pt;margin:8pt 0}.sub{font-size:15pt;margin:4pt 0}.date{font-size:11pt}
h2{font-size:14pt}.cover{height:900px}.pb{page-break-after:always}</style>"""
BODY = "<p>" + " ".join(["The agencies taking part in this study compared their plans for the coming decade and found where their work meets."] * 4) + "</p>"
docs = {
 # positives
 "banner-wrapped": """<div class=banner>INTERNATIONAL SPACE EXPLORATION COORDINATION GROUP</div>
<h1>Pathways to a Sustained Human Presence on the Lunar Surface and Beyond</h1>""" + "<h2>1. Introduction</h2>" + BODY,
 "series-subtitle": """<div class=series>ISECG White Paper Series · No. 4</div>
<h1>In-Space Assembly of Large Structures</h1><div class=sub>Options for Cooperation among Space Agencies</div>
<p class=date>June 2024</p><h2>Abstract</h2>""" + BODY,
 "number-capitals": """<div class=num>Report No. ISECG-TR-2022-07</div>
<h1>SURFACE MOBILITY FOR CREWED MARS MISSIONS</h1><div class=sub>A Comparison of Pressurised Rover Concepts</div>
<h2>Summary</h2>""" + BODY,
 "date-between": """<div class=banner>ISECG</div><h1>Radiation Protection for Deep-Space Crews</h1>
<p class=date>March 2025</p><div class=sub>Shielding, Forecasting and Operational Measures</div><h2>1. Background</h2>""" + BODY,
 "cover-only": """<div class="cover pb"><div class=banner>International Space Exploration Coordination Group</div><br><br>
<h1>Commercial Partnerships in Lunar Exploration: Lessons from the First Decade</h1></div>
<h2>Abstract</h2>""" + BODY + BODY,
 "three-lines": """<h1 style="font-size:30pt">Coordinating Robotic Precursor Missions for the Exploration of Mars and Its Moons Phobos and Deimos</h1>
<div class=sub>A Framework for Data Sharing</div><p class=date>Version 1.0 · 12 February 2023</p>""" + BODY,
 # negatives
 "standfirst": """<div class=banner>INTERNATIONAL SPACE EXPLORATION COORDINATION GROUP</div><h1>ISECG Annual Report 2024</h1>
<div class=sub>A year of closer cooperation between the member agencies</div><p class=date>Published April 2025</p><h2>1. Highlights</h2>""" + BODY,
 "dateline": """<h1>Lunar Surface Power Options</h1><div class=sub>ISECG · 14 May 2024 · Technical digest</div><h2>1. Scope</h2>""" + BODY,
 "single-line": """<h1>Lunar Communications Architecture</h1><h2>1. Introduction</h2>""" + BODY,
 "section-after": """<div class=banner>ISECG Technology Working Group</div><h1>Cryogenic Fluid Management Roadmap</h1>
<div class=sub>Executive Summary</div>""" + BODY,
}
for name, body in docs.items():
    (HERE / f"{name}.html").write_text(f"<html><head><meta charset=utf-8>{CSS}</head><body>{body}</body></html>")

CSS_B = """<style>body{font-family:'DejaVu Serif',serif;font-size:10.5pt;margin:0} h2{font-size:14pt}</style>"""
DOCS_B = {
 "b-label-big": """<div style="font-size:30pt;font-weight:bold">ISECG White Paper</div><div style="font-size:20pt">Water Ice Prospecting at the Lunar Poles</div><h2>1. Introduction</h2>""",
 "b-series-big": """<div style="font-size:28pt;font-weight:bold">Global Exploration Roadmap Supplement</div><div style="font-size:20pt;font-weight:bold">Mars Sample Return Campaign Scenario</div><p>October 2025</p>""",
 "b-logo-caps": """<div style="font-size:36pt;font-weight:bold">ISECG</div><div style="font-size:12pt">International Space Exploration Coordination Group</div><div style="font-size:22pt">Human Health Risks on Long-Duration Missions</div><p>Technical Note · 2024</p>""",
 "b-date-big": """<div style="font-size:24pt">SEPTEMBER 2024</div><div style="font-size:22pt;font-weight:bold">Lunar Surface Habitation Concepts</div>""",
 "b-number-big": """<div style="font-size:24pt">ISECG/TN/2024-011</div><div style="font-size:22pt;font-weight:bold">Autonomy for Crewed Deep-Space Vehicles</div>""",
 "b-series-no": """<div style="font-size:24pt">Technical Note No. 7</div><div style="font-size:20pt;font-weight:bold">Dust Mitigation for Surface Systems</div>""",
 "b-sub-dash": """<div style="font-size:26pt;font-weight:bold">Gateway Utilisation Plan</div><div style="font-size:16pt">— Science and Technology Demonstrations, 2027–2032 —</div><p>Issue 1 · 3 May 2026</p>""",
 "b-caps-banner-same": """<div style="font-size:20pt;font-weight:bold">INTERNATIONAL SPACE EXPLORATION COORDINATION GROUP</div><div style="font-size:20pt;font-weight:bold">Planetary Protection Considerations for Crewed Mars Landings</div>""",
}
for name, body in DOCS_B.items():
    (HERE / f"{name}.html").write_text(f"<html><head><meta charset=utf-8>{CSS_B}</head><body>{body}{BODY}<h2>2. Findings</h2>{BODY}</body></html>")

CSS_C = """<style>body{font-family:'DejaVu Sans',sans-serif;font-size:10.5pt;margin:0} h2{font-size:14pt}</style>"""
DOCS_C = {
 "c-centred-spaced": """<div style="text-align:center;font-size:26pt;line-height:2.2;font-weight:bold">Human and Robotic Partnership<br>in the Exploration of<br>Small Bodies</div>""",
 "c-br-short": """<div style="font-size:24pt;font-weight:bold">Mars<br>Ascent Vehicle<br>Interfaces</div><div style="font-size:14pt">Working Paper</div>""",
 "c-mixed-size": """<div style="font-size:22pt;font-weight:bold">The Case for</div><div style="font-size:34pt;font-weight:bold">Lunar Far-Side Radio Astronomy</div>""",
 "c-big-year": """<div style="font-size:22pt;font-weight:bold">Exploration Technology Roadmap</div><div style="font-size:40pt;font-weight:bold">2030</div><div style="font-size:22pt;font-weight:bold">Priorities for Cislunar Operations</div>""",
 "c-colon-lines": """<div style="font-size:26pt;font-weight:bold">Beyond the Gateway:</div><div style="font-size:26pt;font-weight:bold;margin-top:18pt">Mars Transit Habitat Options</div>""",
 "c-caps-two": """<div style="font-size:20pt;font-weight:bold;letter-spacing:2px;line-height:1.9">IN-SITU RESOURCE UTILISATION<br>DEMONSTRATION MISSIONS</div><p>Report ISECG-ISRU-03 · November 2023</p>""",
}
for name, body in DOCS_C.items():
    (HERE / f"{name}.html").write_text(f"<html><head><meta charset=utf-8>{CSS_C}</head><body>{body}{BODY}<h2>2. Findings</h2>{BODY}</body></html>")

# With a metadata title (the HTML's <title>): a strict part of the page's title, or the page's title and more.
DOCS_D = {
 "d-meta-part": ("Surface Habitat Commonality", """<div class=banner>INTERNATIONAL SPACE EXPLORATION COORDINATION GROUP</div>
<h1>Surface Habitat Commonality</h1><div class=sub>Shared Interfaces for Lunar and Martian Habitats</div><h2>1. Purpose</h2>"""),
 "d-meta-more": ("Orbital Debris Around the Moon - ISECG Discussion Paper 2025", """<div class=banner>ISECG DISCUSSION PAPER · 2025</div>
<h1>Orbital Debris Around the Moon</h1><h2>Summary</h2>"""),
 "d-meta-series": ("ISECG White Paper Series · No. 4", """<div class=series>ISECG White Paper Series · No. 4</div>
<h1>Crew Time as a Shared Resource</h1><p class=date>May 2024</p><h2>Abstract</h2>"""),
 "d-meta-number": ("Report No. ISECG-TR-2023-02", """<div class=num>Report No. ISECG-TR-2023-02</div>
<h1>Lunar Navigation Beacons</h1><p class=date>8 August 2023</p><h2>1. Scope</h2>"""),
 "d-number-date": ("Document", """<div class=num>ISECG/TN/2022-014</div>
<h1>Lunar Surface Cryogenic Storage</h1><p class=date>Issued 11 January 2023</p><h2>1. Scope</h2>"""),
 "d-iso-date": ("Document", """<h1>Gateway Logistics Flights</h1><p class=date>ISECG · 2021-11-30 · Technical digest</p><h2>1. Scope</h2>"""),
}
for name, (title, body) in DOCS_D.items():
    (HERE / f"{name}.html").write_text(f"<html><head><meta charset=utf-8><title>{title}</title>{CSS}</head><body>{body}{BODY}</body></html>")
