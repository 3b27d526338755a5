"""Write the notes7 probe HTML files and print them to PDF with headless chromium."""
import subprocess, sys
from pathlib import Path

OUT = Path(sys.argv[1])
STYLE = """<style>
@page { size: A4; margin: 0; }
body { margin:0; font-family: %s; font-size: 10.5pt; line-height: 1.35; }
.page { position: relative; width: 210mm; height: 297mm; page-break-after: always; box-sizing: border-box; padding: 24mm 22mm; overflow: hidden; }
.hdr { position:absolute; top:9mm; left:22mm; right:22mm; font-size:8pt; color:#444; }
.ftr { position:absolute; bottom:9mm; left:22mm; right:22mm; font-size:8pt; color:#444; text-align:%s; }
.fn { position:absolute; bottom:18mm; left:22mm; right:22mm; font-size:8pt; border-top:1px solid #000; padding-top:2mm; }
h1 { font-size: 18pt; } h2 { font-size: 13pt; margin-top: 14pt; }
sup { font-size: 6.5pt; }
td, th { border: 1px solid #999; padding: 2pt 5pt; font-size: 9.5pt; }
table { border-collapse: collapse; }
</style>"""


def doc(name, pages, font="serif", align="left"):
    html = "<html><head>" + STYLE % (font, align) + "</head><body>" + "".join(
        f'<div class="page">{p}</div>' for p in pages) + "</body></html>"
    src = OUT / f"{name}.html"
    src.write_text(html)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={OUT / (name + '.pdf')}", str(src)], check=True, capture_output=True)


def hdr(text): return f'<div class="hdr">{text}</div>'
def ftr(text): return f'<div class="ftr">{text}</div>'
def fn(*notes): return '<div class="fn">' + "<br>".join(notes) + "</div>"


# p01: note marks raised after a year, an acronym, a bracket, a full name; the notes at the foot open with raised marks
doc("p01-marks-after-year-and-acronym", [
    "<h1>Space Agency Cooperation Bulletin</h1>"
    "<p>Established in 2007<sup>1</sup>, the coordination forum now gathers twenty-seven space agencies. "
    "The Polish Space Agency (POLSA)<sup>2</sup> took part for the first time in 2019<sup>3</sup>, and the "
    "secretariat is provided by CNES<sup>4</sup> in Paris. In March 2021<sup>5</sup> the forum was chaired by the "
    "Canadian Space Agency<sup>6</sup>.</p>"
    + fn("<sup>1</sup> Terms of reference signed in Kyoto.", "<sup>2</sup> Polska Agencja Kosmiczna.",
         "<sup>3</sup> As an observer.", "<sup>4</sup> Centre national d'études spatiales.",
         "<sup>5</sup> At the virtual plenary.", "<sup>6</sup> Until 2023."),
])

# p02: a sentence running over a page break, the first page's footnotes between; a running header laid out apart
# from the flow (it comes after the body in the text layer) and a footer with the page number
long = ("During the reporting period the working group completed its survey of lunar surface infrastructure, "
        "collected contributions from eleven agencies<sup>1</sup>, reviewed the interfaces between the planned "
        "landers and the surface power systems, compared the logistics concepts proposed by the agencies, and "
        "prepared a consolidated set of recommendations that was submitted to the heads of agency for their "
        "endorsement at the meeting held in Berlin in")
doc("p02-note-across-page-break", [
    hdr("Lunar Surface Infrastructure Survey · Interim Report") + "<h1>Working Group Activities</h1>"
    + "<p>" + long + " " + " ".join(["The survey is described in the annex of this report."] * 9) + "</p>"
    + "<p>" + long + "</p>"
    + fn("1 Including two agencies that are not members of the group.") + ftr("Page 1 of 2"),
    hdr("Lunar Surface Infrastructure Survey · Interim Report")
    + "<p>September 2022, where the heads of agency endorsed them unanimously.</p>"
    + "<p>The next survey is planned for 2024.</p>" + ftr("Page 2 of 2"),
])

# p03: numbered headings (several levels, a dotted number, an annex) and a footer "Report title | page"
doc("p03-numbered-headings", [
    "<h2>1 Purpose of this Report</h2><p>This report summarises the activities of the coordination group in 2021.</p>"
    "<h2>2.3 Membership</h2><p>The Mohammed Bin Rashid Space Centre became the group's twenty-fifth member in "
    "March 2021.</p><h2>3. Events and Meetings</h2><p>The group met virtually on 9 June 2021.</p>"
    + ftr("Coordination Group Annual Report 2021 | 4"),
    "<h2>A.1 Acronyms</h2><p>MBRSC Mohammed Bin Rashid Space Centre</p>"
    "<h2>2030 and Beyond</h2><p>Crewed missions to the lunar surface are planned for the next decade.</p>"
    + ftr("Coordination Group Annual Report 2021 | 5"),
], font="sans-serif", align="right")

# p04: words hyphenated at a line end (a narrow column): broken words joined, compounds keep their hyphen
doc("p04-hyphenated-line-ends", [
    '<div style="width:62mm">'
    "<p>The agencies agreed to continue the explo-<br>ration of the lunar south pole with robotic pre-<br>cursor "
    "missions. The membership grew to twenty-<br>six agencies in 2022. The ESA-<br>led study of surface "
    "power was finished, and the Moon-<br>to-Mars strategy was co-<br>chaired by JAXA and NASA.</p></div>",
])

# n01: look-alikes that must read as before: numbers after words, a range, a citation, a numbered list, a table's
# number columns, a subscript, an ordinal's raised letters, figure and table captions
doc("n01-numbers-not-marks", [
    "<h1>Campaign Overview</h1>"
    "<p>Phase 2 of the campaign starts with Artemis 3 in 2026, and Table 2 lists the missions planned for "
    "2025–2030 [3]. The rover produces O<sub>2</sub> from regolith; the 21<sup>st</sup> century will see "
    "humans return to the Moon.</p>"
    "<ol><li>Review of the roadmap</li><li>Adoption of the work plan</li><li>Election of the chair</li></ol>"
    "<p>Table 2 – Missions and their launch years</p>"
    "<table><tr><th>Mission</th><th>Agency</th><th>Launch</th><th>Mass (kg)</th></tr>"
    "<tr><td>Artemis 3</td><td>NASA</td><td>2026</td><td>26500</td></tr>"
    "<tr><td>Chandrayaan-3</td><td>ISRO</td><td>2023</td><td>3900</td></tr></table>"
    "<p>Figure 3: The lander on the launch pad in 2023.</p>",
])

# p05: facts whose year or agency carries a raised note mark; a count whose members are in the note it calls
doc("p05-marked-membership-facts", [
    "<h1>ISECG Annual Report 2022</h1><h2>Membership</h2>"
    "<p>The Israel Space Agency (ISA)<sup>1</sup> joined ISECG in 2019<sup>2</sup>, and the UK Space "
    "Agency<sup>3</sup> became a member in 2021. The ISECG secretariat is hosted by ESA<sup>4</sup>.</p>"
    "<p>By the end of 2022, ISECG membership counted 27 organisations<sup>5</sup>.</p>"
    + fn("<sup>1</sup> Founded in 1983.", "<sup>2</sup> Effective from the spring plenary.",
         "<sup>3</sup> Formerly the British National Space Centre.", "<sup>4</sup> At ESTEC, Noordwijk.",
         "<sup>5</sup> Including the Polish Space Agency (POLSA)."),
])

# p06: a joining sentence cut by the page break, the page's footnotes and a running header between its halves
para = " ".join(["The group reviewed the draft chapters of the roadmap and agreed on the next steps."] * 14)
doc("p06-joining-sentence-across-notes", [
    hdr("ISECG Annual Report 2022") + "<h1>ISECG Annual Report 2022</h1><h2>Membership</h2><p>" + para + "</p>"
    "<p>After a year as an observer and the approval of its application by the heads of agency<sup>1</sup>, "
    "the Polish Space Agency joined ISECG in</p>" + fn("<sup>1</sup> By written procedure.") + ftr("2"),
    hdr("ISECG Annual Report 2022") + "<p>October 2022, bringing the membership to twenty-seven agencies.</p>"
    + ftr("3"),
])

# n02: a byline with raised affiliation marks and the affiliations below it, marked the same way
doc("n02-byline-raised-marks", [
    "<h1>Surface Power Options for a Lunar Outpost</h1><p>A white paper, June 2023</p>"
    "<p>Anna Bergström<sup>1</sup>, Tomasz Brandt<sup>2</sup> and Keiko Sato<sup>3</sup></p>"
    "<p><sup>1</sup>German Aerospace Center (DLR), Cologne · <sup>2</sup>Polish Space Agency (POLSA), Warsaw · "
    "<sup>3</sup>Japan Aerospace Exploration Agency (JAXA), Tsukuba</p>"
    "<h2>Abstract</h2><p>Fission power and solar arrays are compared for a crewed outpost at the south pole.</p>",
])

# p07: a pull quote set large in the middle of a section, and a sidebar box with its own bold title
doc("p07-pull-quote-and-box", [
    "<h1>Annual Report 2023</h1><h2>Membership</h2>"
    "<p>The Netherlands Space Office joined the group in May 2023, and the Philippine Space Agency became a member "
    "in November 2023.</p>"
    '<p style="font-size:15pt; font-style:italic; margin: 10pt 20mm">“Working together is the only way to reach '
    'the Moon and Mars sustainably.”</p>'
    "<p>The Space Agency of Nigeria attended the plenary as an observer in 2023.</p>"
    '<div style="border:1px solid #000; padding:4mm; margin:6mm 0; font-size:9.5pt"><b>Did you know?</b><br>'
    "The group was founded in 2007 by fourteen space agencies.</div>"
    "<p>The membership is reviewed every year by the heads of agency.</p>",
])

# p08: six pages, headers alternating between the report's title (even pages) and the chapter's numbered title
# (odd pages), laid out apart from the flow; footers "Page N of 6"; chapters opening with numbered headings
chapters = [("1 Introduction", "The coordination group was created in 2007 to exchange information on exploration "
             "plans."), ("2 Membership", "The Korea Aerospace Research Institute joined the group in 2008."),
            ("3 Events and Meetings", "The plenary took place in Montreal on 12 October 2023.")]
pages = []
n = 0
for title, sentence in chapters:
    for half in (0, 1):
        n += 1
        header = "ISECG Annual Report 2023" if n % 2 == 0 else title
        body = (f"<h2>{title}</h2><p>{sentence}</p>" if half == 0 else "") + "<p>" + " ".join(
            ["The working groups reported on their progress and the secretariat presented the budget."] * 4) + "</p>"
        pages.append(hdr(header) + body + ftr(f"Page {n} of 6"))
doc("p08-alternating-running-headers", pages)

# p09: captions in bold above a table and below a figure, inside a section: the section goes on past them
doc("p09-bold-captions", [
    "<h1>Technology Report</h1><h2>Surface Mobility</h2>"
    "<p>Pressurised rovers are developed by JAXA and Toyota for crewed traverses from 2031.</p>"
    '<div style="height:30mm; border:1px solid #999"></div>'
    "<p><b>Figure 4: Concept of the pressurised rover</b></p>"
    "<p>Unpressurised rovers will be used from Artemis 5 onwards.</p>"
    "<p><b>Table 3 – Rovers and their agencies</b></p>"
    "<table><tr><th>Rover</th><th>Agency</th><th>First use</th></tr>"
    "<tr><td>Lunar Cruiser</td><td>JAXA</td><td>2031</td></tr><tr><td>LTV</td><td>NASA</td><td>2029</td></tr></table>"
    "<p>Both rovers are designed for ten years of operation.</p>",
])
