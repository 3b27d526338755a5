#!/bin/sh
# Build PDFs from HTML, then overlay "Page i of N" footers with pypdf.
cd /work/newsets/s/src
for f in ar2013:isecg-annual-report-2013 wp2023:moon-to-mars-architecture-white-paper-2023 tga2018:technology-gap-assessment-2018 iac2021:iac-2021-lunar-surface-coordination; do
  s=${f%%:*}; o=${f##*:}
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=/tmp/s_$o.pdf file:///work/newsets/s/src/$s.html 2>/dev/null
  /work/main/.venv/bin/python pagenum.py /tmp/s_$o.pdf /work/newsets/s/documents/$o.pdf "$s"
done
