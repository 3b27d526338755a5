import sys, subprocess, pypdf
src, out, style = sys.argv[1:4]
r = pypdf.PdfReader(src); n = len(r.pages)
fmt = {"ar2013": "Page {i} of {n}", "wp2023": "{i}", "tga2018": "{i} / {n}", "iac2021": "Page {i} of {n}"}[style]
align = {"ar2013": "center", "wp2023": "right", "tga2018": "left", "iac2021": "right"}[style]
html = "<html><head><style>@page{size:A4;margin:0}body{margin:0}.p{height:297mm;position:relative;page-break-after:always}.p div{position:absolute;bottom:5mm;left:18mm;right:18mm;font:8pt 'DejaVu Sans',sans-serif;color:#444;text-align:%s}</style></head><body>" % align
html += "".join('<div class="p"><div>%s</div></div>' % fmt.format(i=i+1, n=n) for i in range(n)) + "</body></html>"
open("/tmp/s_pn.html", "w").write(html)
subprocess.run(["chromium","--headless","--no-sandbox","--disable-gpu","--no-pdf-header-footer","--print-to-pdf=/tmp/s_pn.pdf","file:///tmp/s_pn.html"], stderr=subprocess.DEVNULL)
pn = pypdf.PdfReader("/tmp/s_pn.pdf")
w = pypdf.PdfWriter(clone_from=src)
for i, p in enumerate(w.pages):
    p.merge_page(pn.pages[i])
w.write(out)
