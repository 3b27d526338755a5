#!/bin/sh
# Print each HTML source to a PDF in ../documents with Debian's chromium.
cd "$(dirname "$0")"
for f in isecg-member-agency-directory-2015 commons-hearing-space-exploration-2019 technology-gap-assessment-errata-2022 human-robotic-workshop-abstracts-2010; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=../documents/$f.pdf $f.html 2>/dev/null
done
