#!/bin/sh
# Print each HTML in src/ to a PDF in documents/ with Debian's chromium.
cd "$(dirname "$0")"
for f in isecg-press-release-first-roadmap-2011 isecg-senior-managers-meeting-record-2013 iac-2018-lunar-exploration-scenario isecg-technology-gap-assessment-extract-2021; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=../documents/$f.pdf $f.html 2>/dev/null
done
