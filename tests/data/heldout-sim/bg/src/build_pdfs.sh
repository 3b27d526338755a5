#!/bin/sh
# Print the four PDFs of set bg from their HTML with Debian's chromium.
cd "$(dirname "$0")"
for f in isecg-annual-report-2008 technology-gap-assessment-briefing-2017 heads-of-agencies-joint-communique-2021 isecg-membership-statistics-2024; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=../documents/$f.pdf $f.html
done
