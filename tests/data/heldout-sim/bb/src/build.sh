#!/bin/sh
# Print each HTML document of the set to PDF with Debian's chromium.
cd "$(dirname "$0")"
for f in isecg-annual-report-2012 isecg-technology-gap-assessment-summary-2019 iac-2015-coordinating-lunar-exploration ger-fourth-edition-fact-sheet-2024; do
  [ -f "$f.html" ] || continue
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="../documents/$f.pdf" "$f.html" 2>/dev/null
done
