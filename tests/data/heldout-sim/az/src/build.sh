#!/bin/sh
# Print each HTML source to PDF with Debian's chromium.
cd "$(dirname "$0")"
for f in isecg-annual-report-2009 isecg-strategic-plan-2013-2017 csa-consultation-response-2020 iac-2016-panel-summary; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=../documents/$f.pdf $f.html 2>/dev/null
done
