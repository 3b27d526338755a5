"""Write the rows17 probe HTML files and print them to PDF with headless chromium: tables of role columns and a
matrix of role words under agency columns, asked across their rows (lists.told_role_across, told_role_labels), and
a table of the same kind in a document of another year."""
import subprocess, sys
from pathlib import Path

OUT = Path(sys.argv[1])
STYLE = """<style>
@page { size: A4; margin: 0; }
body { margin:0; font-family: sans-serif; font-size: 10pt; line-height: 1.35; }
.page { width: 100%; box-sizing: border-box; padding: 20mm 20mm; }
h1 { font-size: 17pt; } h2 { font-size: 12.5pt; margin-top: 14pt; }
td, th { border: 1px solid #888; padding: 4pt 6pt; font-size: 8.5pt; vertical-align: top; }
th { background: #eee; } table { border-collapse: collapse; margin: 8pt 0; }
td.c, th.c { text-align: center; width: 42pt; }
</style>"""


def doc(name, body):
    src = OUT / f"{name}.html"
    src.write_text("<html><head>" + STYLE + "</head><body><div class='page'>" + body + "</div></body></html>")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={OUT / (name + '.pdf')}", str(src)], check=True, capture_output=True)


def table(header, rows, centred=()):
    def cell(tag, j, text):
        return f"<{tag}{' class=c' if j in centred else ''}>{text}</{tag}>"
    return ("<table><tr>" + "".join(cell("th", j, h) for j, h in enumerate(header)) + "</tr>"
            + "".join("<tr>" + "".join(cell("td", j, c) for j, c in enumerate(row)) + "</tr>" for row in rows)
            + "</table>")


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
