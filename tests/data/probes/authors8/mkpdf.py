"""mini markup -> HTML -> PDF: '# ' h1, '## ' h2, '- ' li, '| a | b |' table rows, '[[cols]]'...'[[/cols]]' 3-column block,
other lines paragraphs. A line '~ text' is a small centered line."""
import html, subprocess, sys
from pathlib import Path
def conv(src: str) -> str:
    out, in_ul, in_tab = [], False, False
    for raw in src.splitlines():
        line = raw.rstrip()
        if in_ul and not line.startswith("- "): out.append("</ul>"); in_ul = False
        if in_tab and not line.startswith("|"): out.append("</table>"); in_tab = False
        if not line: continue
        e = html.escape
        if line.startswith("# "): out.append(f"<h1>{e(line[2:])}</h1>")
        elif line.startswith("## "): out.append(f"<h2>{e(line[3:])}</h2>")
        elif line.startswith("- "):
            if not in_ul: out.append("<ul>"); in_ul = True
            out.append(f"<li>{e(line[2:])}</li>")
        elif line.startswith("|"):
            if not in_tab: out.append("<table border=1 cellpadding=4 style='border-collapse:collapse'>"); in_tab = True
            cells = [c.strip() for c in line.strip("|").split("|")]
            out.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in cells) + "</tr>")
        elif line == "[[cols]]": out.append("<div style='columns:3'>")
        elif line == "[[/cols]]": out.append("</div>")
        elif line.startswith("~ "): out.append(f"<p style='text-align:center;font-size:10pt'>{e(line[2:])}</p>")
        else: out.append(f"<p>{e(line)}</p>")
    if in_ul: out.append("</ul>")
    if in_tab: out.append("</table>")
    return "<html><body style='font-family:serif;font-size:11pt;width:16cm'>" + "\n".join(out) + "</body></html>"
for p in sys.argv[1:]:
    p = Path(p); h = p.with_suffix(".html"); h.write_text(conv(p.read_text()))
    pdf = p.with_suffix(".pdf")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf}", str(h)], check=True, capture_output=True)
    h.unlink()
